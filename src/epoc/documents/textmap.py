"""Text folded for matching, with a map back to the original offsets; sentences and paragraphs.

Folding here is the gazetteer's: lower case, accents and other combining marks removed, Arabic letter
variants unified (ي/ی, ك/ک, ة/ه), tatweel dropped, every run of non-letters one space. Names and document
text are folded by the same function, so a folded name is found in folded text, and ``FoldedText.span``
gives the original characters back.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from itertools import accumulate

_ARABIC = {"ي": "ی", "ى": "ی", "ك": "ک", "ة": "ه", "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ؤ": "و", "ئ": "ی"}
_DROP = "\x00"


class _FoldTable(dict[int, str]):
    """``str.translate`` table built as characters are met: each maps to one character (or a drop mark)."""

    def __missing__(self, code: int) -> str:
        char = chr(code)
        out: str
        if char.isalnum():
            low = char.lower()
            low = low if len(low) == 1 else char
            if code < 0x0590 or 0x1E00 <= code <= 0x1FFF:  # Latin, Greek, Cyrillic: drop the accents
                low = unicodedata.normalize("NFD", low)[0]
            out = _ARABIC.get(low, low)
        elif unicodedata.combining(char) or char in "\u0640\u200d":  # marks, tatweel, ZWJ: nothing
            out = _DROP
        else:
            out = " "
        self[code] = out
        return out


_TABLE = _FoldTable()
# A word is a run of one script class: where a PDF's bidi reordering glues a Persian name to a Latin one
# ("قدسQods"), or Han follows Latin without a space, the fold puts a space between them.
_ARABIC_RANGE = "\u0600-\u06ff\u0750-\u077f\u200c"
_CJK_RANGE = "\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff"
_HANGUL_RANGE = "\uac00-\ud7a3\u1100-\u11ff\u3130-\u318f"
_WORDS = re.compile(
    f"[{_ARABIC_RANGE}]+|[{_CJK_RANGE}]+|[{_HANGUL_RANGE}]+|[^ {_ARABIC_RANGE}{_CJK_RANGE}{_HANGUL_RANGE}]+"
)
_PLAIN_WORDS = re.compile(r"[^ ]+")
_OTHER_SCRIPTS = re.compile(f"[{_ARABIC_RANGE}{_CJK_RANGE}{_HANGUL_RANGE}]")


def _words_of(text: str) -> re.Pattern[str]:
    """The word pattern a text needs: splitting by script only where other scripts appear (faster)."""
    return _WORDS if _OTHER_SCRIPTS.search(text) else _PLAIN_WORDS


# The words organisations' names are made of, written one way: British and American spellings (Aerospace
# Industries Organisation is the Organization the lists write) and the abbreviations Partners write in
# documents and forms (``Ind. Grp``, ``Mfg. Co.``, ``Gen. Corp``, ``Commercial Bk``, ``Tech. Co. Ltd.``).
# Names and text are folded alike, so each word of a class matches every other. A word is mapped only where
# it is an abbreviation or a spelling no other reading has: "Ind." is Industrial, Industries or Industry,
# all one word here.
_WORD_CLASSES = {
    "organization": ("organisation", "org", "orgn"),
    "organizations": ("organisations",),
    "center": ("centre", "ctr"),
    "centers": ("centres",),
    "defense": ("defence",),
    "fiber": ("fibre",),
    "fibers": ("fibres",),
    "meter": ("metre",),
    "theater": ("theatre",),
    "license": ("licence",),
    "industries": ("industrial", "industry", "ind", "inds", "indus", "indust"),
    "group": ("grp",),
    "corporation": ("corp",),
    "general": ("gen", "genl"),
    "manufacturing": ("mfg", "manuf", "mfr", "mfrs", "manufacture", "manufacturers"),
    "international": ("intl",),
    "bank": ("bk", "bnk"),
    "technology": ("tech", "techn", "technologies", "technological", "technical", "technique", "technic",
                   "technics"),
    "department": ("dept", "dep"),
    "association": ("assn", "assoc", "associated", "associates"),
    "engineering": ("eng", "engg", "engr"),
    "institute": ("inst",),
    "national": ("natl",),
    "laboratory": ("lab", "labs", "laboratories"),
    "university": ("univ",),
    "academy": ("acad",),
    "machinery": ("mach",),
    "chemical": ("chem", "chemicals"),
    "equipment": ("equip", "eqpt"),
    "electronics": ("elec", "electronic"),
    "trading": ("trdg",),
    "first": ("1st",),
    "second": ("2nd",),
    "third": ("3rd",),
    "limited": ("ltd",),
}  # fmt: skip
_SPELLINGS = {variant: word for word, variants in _WORD_CLASSES.items() for variant in variants}
ORGANISATION_WORDS = frozenset(_WORD_CLASSES) - {
    "fiber", "fibers", "meter", "theater", "license", "first", "second", "third"
}  # fmt: skip
# Words a name can do without in running text: "Scientific Studies & Research" is the "… and Research" the
# list writes, "Import-Export" its "Import and Export".
_DROPPED = frozenset({"and"})


def is_abbreviation(word: str) -> bool:
    """``Org``, ``Mfg``, ``Bk``: a word written short for a longer one (a full stop after it is its own)."""
    full = _SPELLINGS.get(word.lower())
    return full is not None and len(full) > len(word)


def _spelt(word: str) -> str:
    return _SPELLINGS.get(word, word)


# Initials written with full stops ("S.H.I.G.", "U.S.A."): one word, as the acronym is.
_DOTTED = re.compile(r"(?<![\w.])(?:[^\W\d_]\.){3,}(?![\w])")  # three or more: "U.S." stays "u s"


def _undot(text: str) -> str:
    """``S.H.I.G.`` -> ``SHIG.`` padded with dots to the same length (offsets stay right)."""
    return _DOTTED.sub(lambda m: m.group().replace(".", "") + "." * m.group().count("."), text)


def _join_initials(
    text: str, found: list[tuple[int, int, str]], kept: list[int] | None
) -> list[tuple[int, int, str]]:
    """Words of single letters written ``S.H.I.G.`` joined into one (``shig``), with the run's offsets."""
    runs = [(m.start(), m.end() - 1) for m in _DOTTED.finditer(text)]  # without the last full stop
    if not runs:
        return found
    if kept is not None:  # original offsets -> the translated text's (marks dropped)
        runs = [(bisect_left(kept, a), bisect_left(kept, b)) for a, b in runs]
    out: list[tuple[int, int, str]] = []
    at = 0
    for start, end in runs:
        while at < len(found) and found[at][0] < start:
            out.append(found[at])
            at += 1
        letters = []
        while at < len(found) and found[at][0] < end:
            letters.append(found[at][2])
            at += 1
        if letters:
            out.append((start, end - start, "".join(letters)))
    out.extend(found[at:])
    return out


def fold_key(text: str) -> str:
    """The folded form of a name: ``"Shahid  Hemmat-Industrial, Group."`` -> ``"shahid hemmat industries
    group"``; British spellings as American, abbreviations as the word (``organisation``, ``Org.`` ->
    ``organization``), ``and`` and ``&`` dropped, ``S.H.I.G.`` as ``shig``."""
    translated = _undot(text).translate(_TABLE).replace(_DROP, "")
    words = (_spelt(w) for w in _words_of(translated).findall(translated))
    return " ".join(w for w in words if w not in _DROPPED)


@dataclass(frozen=True, slots=True)
class FoldedText:
    """``folded`` is `` word word … `` (a space at each edge); ``span`` maps folded offsets back."""

    original: str
    folded: str
    _folded_starts: list[int]  # where each word starts in ``folded``
    _starts: list[int]  # where it starts in the translated text
    _kept: list[int] | None  # translated index -> original index, where marks were dropped
    _lengths: list[int]  # each word's length in the translated text

    @classmethod
    def of(cls, text: str) -> FoldedText:
        translated = text.translate(_TABLE)
        kept = None
        if _DROP in translated:  # combining marks to remove: keep each one's neighbours' offsets
            kept = [i for i, c in enumerate(translated) if c != _DROP]
            kept.append(len(text))
            translated = translated.replace(_DROP, "")
        found = [
            (m.start(), len(m.group()), _spelt(m.group()))
            for m in _words_of(translated).finditer(translated)
            if m.group() not in _DROPPED
        ]
        if "." in text:
            found = _join_initials(text, found, kept)
        words = [w for _s, _n, w in found]
        folded_starts = list(accumulate((len(w) + 1 for w in words[:-1]), initial=1)) if words else []
        return cls(
            text,
            " " + " ".join(words) + " ",
            folded_starts,
            [start for start, _n, _w in found],
            kept,
            [n for _s, n, _w in found],
        )

    def _original(self, position: int) -> int:
        word = bisect_right(self._folded_starts, position) - 1
        inside = position - self._folded_starts[word]
        length = self._lengths[word]
        folded_end = self._folded_starts[word + 1] - 1 if word + 1 < len(self._folded_starts) else None
        if folded_end is None:
            folded_end = len(self.folded) - 1
        if folded_end - self._folded_starts[word] != length and inside:
            # a word folded to another length ("Org" -> "organization", "S.H.I.G" -> "shig"): its last
            # character is the original's last, any other inside it stays inside it
            last = inside == folded_end - self._folded_starts[word] - 1
            inside = length - 1 if last else min(inside, length - 1)
        translated = self._starts[word] + inside
        return self._kept[translated] if self._kept is not None else translated

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original ``(start, end)`` of the folded characters ``start..end`` (end exclusive; neither end on
        a space)."""
        return self._original(start), self._original(end - 1) + 1


class Layout:
    """Sentences and paragraphs of a text, for the context of a mention and its provenance."""

    _PARAGRAPH = re.compile(r"\n[ \t\f]*\n")
    # A sentence ends at . ! ? (or their CJK and Arabic forms) followed by space and a capital or digit,
    # or at a paragraph break; abbreviations such as "Co." and "U.S." do not end one.
    _SENTENCE_END = re.compile(
        r"(?<=[.!?。！？؟])[\"')\]]*\s+(?=[\"'(\[]?[A-Z0-9\u0600-\u06FF\u0400-\u042F])"
    )
    _ABBREVIATIONS = re.compile(
        r"(?:\b(?:Co|Corp|Inc|Ltd|Mr|Mrs|Ms|Dr|Gen|Col|Lt|Maj|Capt|No|St|Ave|Blvd|Rd|Jr|Sr|Ph|etc|vs|Messrs|Prof|"
        r"Brig|Adm|Sgt|Cmdr|Gov|Rep|Sen|Dept|Ave|Bldg|approx|a/k/a|f/k/a|e\.g|i\.e|U\.S|U\.K|E\.O|P\.O)\.|"
        r"\b[A-Z]\.)$"
    )

    # A line break after a short line without a full stop (a heading, a form's field) ends a sentence too.
    _HEADING_END = re.compile(
        r"(?m)^[^\n]{1,120}(?<![.,;:\-–(])\n(?=[ \t]*[A-Z0-9\u0600-\u06FF\u0400-\u042F(])"
    )

    def __init__(self, text: str) -> None:
        self.text = text
        self.paragraph_starts = [0] + [m.end() for m in self._PARAGRAPH.finditer(text)]
        starts = [0]
        for match in self._SENTENCE_END.finditer(text):
            if not self._ABBREVIATIONS.search(text[max(0, match.start() - 12) : match.start()]):
                starts.append(match.end())
        for match in self._HEADING_END.finditer(text):
            starts.append(match.end())
        boundaries = sorted(set(starts) | set(self.paragraph_starts))
        self.sentence_starts = boundaries

    def paragraph(self, offset: int) -> int:
        """The 1-based number of the paragraph holding ``offset``."""
        return bisect_right(self.paragraph_starts, offset)

    def sentence(self, start: int, end: int, limit: int = 600) -> str:
        """The sentence (or sentences) around ``start..end``, trimmed to ``limit`` characters."""
        first = self.sentence_starts[max(0, bisect_right(self.sentence_starts, start) - 1)]
        index = bisect_right(self.sentence_starts, max(start, end - 1))
        last = self.sentence_starts[index] if index < len(self.sentence_starts) else len(self.text)
        sentence = self.text[first:last].strip()
        if len(sentence) > limit:
            left = max(first, start - limit // 2)
            sentence = "…" + self.text[left : left + limit].strip() + "…"
        return " ".join(sentence.split())
