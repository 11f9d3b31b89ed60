"""Comparing two analysed names: token alignment with weights, compounds, acronyms, across scripts.

The score of two names is the best over their romanisations of:

- **token alignment**: every word of the shorter name is paired with its most similar word of the other
  (order is free: *Kim Jong Un* = *Un Jong Kim*); each pair scores its string similarity, raised where the
  phonetic skeletons agree; a clearly different word (*Un* / *Il*, *Tangun* / *Hyoksin*) counts *against*
  the match, not merely as zero; words of the longer name left unpaired lower the score (a missing middle
  name a little, a missing distinctive word a lot); legal forms, particles, common and generic words weigh
  less than distinctive ones;
- **compounds**: words run together or split (*Kwangop* / *Kwang-op* / *Kwang op*, 조선단군 / *Choson
  Tangun*) are merged before alignment when the merge is what makes them agree;
- **acronyms**: *SHIG* / *Shahid Hemmat Industrial Group*, *KOMID* (syllable initials), capped below a
  plain name match.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import icu
import numpy as np
from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA, DamerauLevenshtein, Levenshtein

from epoc.names import frequency
from epoc.names.acronyms import FILLER, acronym_of
from epoc.names.analysis import ABD_ARTICLE, NameForm, Variant, analyse, make_variant
from epoc.names.common import (
    COMMON_PERSON_WORDS,
    GENERIC_ORG_WORDS,
    PARTICLES,
    PATRONYMIC_ENDINGS,
    SYNONYM_OF,
)
from epoc.names.countries import to_country_code
from epoc.names.hangul import is_hangul_syllable, jamo
from epoc.names.hanja import korean_readings
from epoc.names.language import CHINESE, JAPANESE, KOREAN, SLAVIC, may_be_chinese
from epoc.names.phonetic import scheme_for, skeleton
from epoc.names.script import ARABIC, ARMENIAN, CYRILLIC, GEORGIAN, GREEK, HAN, HANGUL, KANA, LATIN
from epoc.names.syllables import (
    hanja_read_in_korean,
    kontsevich_verdict,
    mandarin_verdict,
    one_family_name,
    other_family_names,
    other_korean_families,
    other_syllables,
    reads_as_korean,
    same_given_names,
    spells,
    spelt_as_hanja,
    spelt_as_kontsevich,
    spelt_as_mandarin,
    spelt_as_palladius,
)
from epoc.names.symbols import (
    NOT_FIRMS,
    SLIPPED_ABBREVIATIONS,
    SPELLINGS,
    another_body,
    distinctive_native_words,
    firm_unlike,
    is_kind,
    is_symbol,
    same_business,
    says_what_it_does,
    symbol_similarity,
)
from epoc.names.transcription import (
    foreign_reading,
    sound_classes,
    transcribes,
    transcription_classes,
    without_regnal,
)

_NO_VOWELS = str.maketrans("", "", "aeiouyw")
_VOWEL = re.compile("[aeiouy]")
# A second reading of the skeletons, per scheme, that counts a little less: pinyin j, q (基 ji, 加 jia) and
# Arabic ج (جادينو) render a foreign g or k as often as a j; Russian spelling writes an English w as a
# vowel (Уорли, Worley) where a German or Polish one is в
_SECOND_READING: dict[str | None, dict[int, Any]] = {
    "han": str.maketrans("j", "k"),
    "arabic": str.maketrans("j", "k"),
    "cyrillic": str.maketrans("", "", "v"),
    "slavic": str.maketrans("", "", "v"),
}
# a script's other way of writing foreign names: Hangul writes continental European names as they are said
# there, not as English says them (``epoc.names.phonetic``)
_OTHER_READING = {"hangul": "hangul-continental"}
# how a skeleton that partly agrees counts (below 1: generously); Han renderings of foreign names add and
# drop consonants (文 wen for a v, 斯特 si-te for st) yet partial agreement there is also common by chance
SOUND_POWER = {"han": 0.85}
# Han skeletons are so loose (祖桂荣 zuguirong and *Skyline* are both skln) that the letters' lengths must
# agree too: below this ratio of the shorter to the longer, the sound agreement counts proportionally less
HAN_LETTERS = 0.6
# Arabic script leaves short vowels out but writes a word's opening vowel (ا, and ع: romanised with a
# vowel) and its long closing one: a Latin word that opens with a vowel is not an Arabic one that opens
# with a consonant, nor the reverse (Adolfo / طلوعی, Ebrahimi / پرهام, Ahmad / مهدی), and one that ends
# otherwise is another name (Ahmadi / Ahmad, Tahera / Taher, Sami / Wisam), however alike the skeleton.
# Such a skeleton agreement counts this much
VOWELS_DIFFER = 0.6
_OPEN_VOWELS = frozenset("aeiou")
# what a vowel may stand for at a word's start: the article written onto a word (Albuflasa, El-Said), and
# French spellings of و and ي (Ould, Ouettar; Iyad)
_OPENING_ALIKE = {"w": "ou", "v": "ou", "y": "ie"}


# what a word's last letter may stand for: ی (-i, -y, -e; -a in Musa, Isa, Yahya), و (-u, -o), ا and ة
# (-a), ه (-e, -a, -h), or a consonant (a silent -e too)
_ENDINGS: dict[str, frozenset[str]] = {
    **{c: frozenset("C") for c in "bcdfgjklmnpqrstvxz'0123456789"},
    **{"i": frozenset("I"), "y": frozenset("IA"), "e": frozenset("IHAC"), "a": frozenset("AH")},
    **{"o": frozenset("U"), "u": frozenset("U"), "w": frozenset("U"), "h": frozenset("HC")},
}


def _ending(word: str) -> frozenset[str]:
    found = _ENDINGS.get(word[-1], frozenset("C"))
    if word[-1] == "e" and len(word) > 2:  # a silent e: Donohue, Wilde
        found |= _ENDINGS.get(word[-2], frozenset("C"))
    return found


_SAID_H = re.compile(r"(?<=[aeiou])h(?=[aeiou])")


def _h_unwritten(a: str, b: str) -> bool:
    """An h said between vowels (Salahaddin, Mohammad, Yahia) is a letter Arabic script writes (ه or ح):
    a reading of it with no h at all (سلطان sltan) is another name, whatever the skeleton says."""
    return "h" not in b and _SAID_H.search(a) is not None


_UNWRITTEN_VOWEL = re.compile("[eiou]")  # what a reading of Arabic script never has: it writes no such vowel
_WRITTEN_H = re.compile(r"(?<![kscgtdzp])h(?!$)")  # ح or ه read from Arabic script (not kh, ph …, a last ه)
# ی or و after a consonant and before another or the word's end: a long vowel (سعيد syd, محمود mhmwd), not
# a glide beside another vowel letter (كونيا Cunha, ستيورات Stuart)
_LONG_I = re.compile("(?<=[^aeiouywn])y(?=[^aeiouyw]|$)")
_LONG_U = re.compile("(?<=[^aeiouyw])w(?=[^aeiouyw]|$)")


def _arabic_letters_unmet(a: str, b: str) -> bool:
    """A word read from Arabic script (the one without e, i, o, u; a Latin word of a alone, Saad, reads
    either way) writes a letter the Latin word does not, whatever the skeleton, which takes them for one
    sound, says:

    - kaf opening it (ک, ك: k) against a Latin gh or an Arabic q, or ghain (غ: gh) against k or q: kaf is
      never written gh or q, nor ghain k (کاظمی Kazemi is not Ghasemi or Qasemi); a European qu is written
      with kaf (كوينتانا Quintana);
    - Persian's own پ (p) and گ (g) opening it against b, or k, q, gh: never written so (پاریزان is not
      Barzin); Arabic script writes a foreign p with ب and a g with ج, so the other way round is left alone,
      and the Latin word must surely be Latin (Pratt / برات: either may be read so);
    - ح or ه before its end against a Latin word with no h at all: every Latin spelling writes that h
      (Mohsen, Hamadani: محسن is not Mazen, همدانی not Madani);
    - a long vowel (ی, و) against a Latin word with no letter that says it (i, e or y; o, u, w or v):
      سعيد is not Sa'ad, حسین not Hasan."""
    for native, latin in ((a, b), (b, a)):
        if _UNWRITTEN_VOWEL.search(native):
            continue
        arabic_q = latin[:1] == "q" and latin[1:2] != "u"
        if native[0] == "k" and native[:2] != "kh" and (latin[:2] == "gh" or arabic_q):
            return True
        if native[:2] == "gh" and latin[0] in "kq" and latin[:2] != "kh":
            return True
        if _UNWRITTEN_VOWEL.search(latin) is not None:
            if native[0] == "p" and latin[0] == "b":
                return True
            if native[0] == "g" and native[:2] != "gh" and (latin[0] in "kq" or latin[:2] == "gh"):
                return True
        if "h" not in latin and _WRITTEN_H.search(native):
            return True
        if _LONG_I.search(native) and not any(c in latin for c in "iey"):
            return True
        if _LONG_U.search(native) and not any(c in latin for c in "ouwv"):
            return True
    return False


def _openings_differ(a: str, b: str) -> bool:
    vowel, other = (a, b) if a[0] in _OPEN_VOWELS else (b, a)
    if vowel[0] not in _OPEN_VOWELS or other[0] in _OPEN_VOWELS or vowel[:2] in ("al", "el"):
        return False
    if len(vowel) > 2 and vowel[1] == other[0] and (vowel[2] == vowel[1] or (vowel[1] == "s" != other[1:2])):
        # the article written onto the next word's doubled consonant (Es-Sabar, Ur-Rehman), or the vowel
        # Persian writes before an opening s and consonant (استانکزی Stanekzai)
        return False
    return vowel[0] not in _OPENING_ALIKE.get(other[0], "")


# how far an agreeing skeleton of n consonants goes across scripts: short ones agree by chance
_CROSS_TRUST = (0.5, 0.72, 0.78, 0.9, 0.95, 0.97)
# Arabic script writes few vowels, so two or three consonants agree by chance more often still (سمير العقيل
# against Samer Khalil, معيض against Mohammad): its short skeletons go less far (on the dev curve this
# keeps Arabic cross-script recall at the threshold and removes about a tenth of the Arabic false matches)
_CROSS_TRUST_BY: dict[str | None, tuple[float, ...]] = {"arabic": (0.5, 0.7, 0.74, 0.88, 0.95, 0.97)}
# a plain word one slip from an organisation word's spelling, or two from one of six letters or more: the
# word it was meant to be, a little less surely
MISSPELT_SYMBOL = {1: 0.9, 2: 0.8}
MISMATCH_BELOW = 0.66  # a word pair less similar than this is evidence against the match
CLOSE = 0.8  # in one script, a pair at least this similar is a spelling or a slip; below, little evidence
COMMON_WEIGHT = 0.4  # a very common given or family name (the fixed list; the lists' own counts agree)
# Only common words agree (together weighing less than one distinctive word) and some part of either name
# meets nothing: the score stays below the threshold, whatever the rest says (Yusuf Al-Hassan is not
# Mohammed Hassan Yusuf)
COMMON_ONLY_EVIDENCE = 1.0
COMMON_ONLY_CAP = 0.65
# A name that meets the other only in part, other than by leaving out middle names, needs two distinctive
# words to agree: *Hassan Mohammad Al-Masri* (Hassan son of Mohammad) is not *Mohammed AL-MASRI*, while
# *Mohammad Jafari* may well be *Mohammad Ali Jafari*. On the dev negatives this took the whole-list false
# matches from 260 to 205 (partial names of common parts) for one typo'd name; 1.6 let 19 of them back
PARTIAL_NAME_EVIDENCE = 2.0
# A word weighing less than this (a common name part, a generic organisation word) is not distinctive: it
# gives no typo allowance and does not count as the word a match rests on
DISTINCTIVE = 0.6
# A firm's own word: rare on the lists (the full weight) and no everyday word. Where one agrees, the
# country a listed firm's name opens with may be left out (Ryonbong General Corporation); Daesong, on 27
# listed names of several DPRK firms (0.90), does not name one firm without its country
OWN_WORD = 0.95
# One word alone agrees and another word of either name meets nothing or only an initial (Michael Fox /
# Fox, Капитон Попов / El Capitan, Monica Sundqvist / Monica S.): one shared word is a coincidence as
# often as not; capped like common words only
ONE_WORD_CAP = COMMON_ONLY_CAP
# Two different kinds of body (a bank and a university, an institute and an academy): different parties,
# however alike the rest of the name; only trading, import and export describe one business alike
KIND_CAP = 0.6
# Two Korean firms' names in Hangul whose distinctive word differs in a syllable: two words, capped alike
NATIVE_WORD_CAP = KIND_CAP
# Across scripts, a name of several words of which one meets nothing while every agreeing pair is only a
# loose sound agreement (Ahmad / احمدی, Mahmoud / مهدی at 0.74) is a coincidence of skeletons: a true match
# has a word that agrees closely, or all its words agree (رحیم حنفی حبیب الله, each word loosely). One-word
# names are left to their one pair
CROSS_CLOSE = 0.8
LOOSE_CAP = 0.68
# A firm's name rests on its distinctive words: when its one distinctive word agrees only loosely (Korea
# Kumsan Trading Corporation / 조선금산련예무역회사, kumsan ~ kumsanryonye 0.72), the generic words that
# agree in full (Korea, Trading, Corporation) do not make it a match. Several loose agreements are
# evidence (Shahid Hemmat / شهید همت, each word by its skeleton)
FIRM_LOOSE_CAP = LOOSE_CAP
# ... and agrees closely as a typed slip only by one edit in a word shorter than this: two edits change most
# of a short word (Miran / Mehran, Tamas / Thames), while a longer one takes two slips (Defence / Efence,
# two edits once folded as Defense)
FIRM_TWO_SLIPS = 6
# A firm named by one everyday word (Orion, Sunrise, Progress, Terra) shares it with many firms: that word
# alone agreeing, beside another form of company or a kind of body the other name does not say (*OOO
# Sfera* / *AO SFERA*, *Hudson LLC* / *Hudson Technologies*), is weak evidence, capped like one word alone
EVERYDAY_WORD_CAP = ONE_WORD_CAP
CROSS_FLOOR = -0.5  # the most one unrecognised word counts against a match across scripts
ACRONYM_SCORE = 0.78


@dataclass(frozen=True, slots=True)
class NameMatch:
    score: float
    how: str  # "identical", "tokens", "acronym", "none"
    detail: str
    left: str
    right: str
    # read across scripts by a sound skeleton or as a transcription: letters the script does not write
    # (Persian and Arabic vowels) were guessed, so a form of the same name in the other's script, where
    # either party gives one, tells more (``epoc.matching.scorer.best_names``)
    lossy: bool = False


_WEIGHTS: dict[tuple[str, bool], float] = {}


def token_weight(token: str, organisation: bool) -> float:
    """How much a word tells which party a name denotes: its kind (``base_weight``), lowered for a word
    many listed names carry (``epoc.names.frequency``): *Mohammad*, *Kim*, *Trading* are weak evidence."""
    found = _WEIGHTS.get((token, organisation))
    if found is None:
        found = base_weight(token, organisation)
        if found > 0.35 and not is_symbol(token) and not token.isdigit():
            learnt = frequency.rarity(token)
            if learnt is not None:
                found = min(found, learnt)
        if len(_WEIGHTS) > 500_000:
            _WEIGHTS.clear()
        _WEIGHTS[(token, organisation)] = found
    return found


frequency.on_change(_WEIGHTS.clear)


@lru_cache(maxsize=200_000)
def base_weight(token: str, organisation: bool) -> float:
    """A word's weight by its kind alone: legal forms and particles little, common names less."""
    if is_symbol(token):
        return 0.4 if is_kind(token) else 0.15
    if token.isdigit():
        return 1.0
    if len(token) == 1:
        return 0.35
    if token in PARTICLES:
        return 0.25
    if organisation:
        return 0.4 if token in GENERIC_ORG_WORDS else 1.0
    if token.endswith(PATRONYMIC_ENDINGS):
        return 0.5
    if token in COMMON_PERSON_WORDS:
        return COMMON_WEIGHT
    return 1.0


_SIMILARITY_CACHE: dict[tuple[str, str, str | None], float] = {}
_CACHE_SIZE = 1_000_000
# a misspelt organisation word is judged by whether the lists write it (``_misspelt_symbol``)
frequency.on_change(_SIMILARITY_CACHE.clear)


def token_similarity(a: str, b: str, cross: str | None) -> float:
    """How alike two words are, 0..1: their spelling, and their skeletons (closer across scripts).
    Cached by the pair (in either order) and ``cross``."""
    if a == b:
        return 1.0
    key = (a, b, cross) if a < b else (b, a, cross)
    found = _SIMILARITY_CACHE.get(key)
    if found is None:
        if len(_SIMILARITY_CACHE) >= _CACHE_SIZE:
            _SIMILARITY_CACHE.clear()
        found = _SIMILARITY_CACHE[key] = _token_similarity(key[0], key[1], cross)
    return found


def _misspelt_symbol(word: str, symbol: str, typed: bool = True) -> float:
    """How far a plain word is a slip in one of the symbol's spellings ("Goup", "Compnay", "Copny",
    "Comaupny": a letter moved counts as one slip however far), or in its three-letter abbreviation
    ("Lkd.", "tLLC"): the kind word of a typed name is as often mistyped as any other, and a miss there
    sank the whole name (*HARA COMAuPNY* met *HARA COMPANY* at 0.01). ``typed``: the word was typed in Latin
    letters, not read from native script."""
    if len(word) < 4:
        return _misspelt_abbreviation(word, symbol)
    slips = 3
    for form in SPELLINGS[symbol]:
        distance = DamerauLevenshtein.distance(word, form, score_cutoff=2)
        if distance == 1 or (distance == 2 and len(form) >= 6 and not _two_letters_replaced(word, form)):
            slips = min(slips, distance)
    if slips == 2 and (len(word) < 5 or frequency.share(word) > 0):
        return 0.0  # a word the lists themselves write (Training, Trading) is that word, not a slip
    if slips == 1 and typed and len(word) < 5 and frequency.share(word) > 0:
        # ... and so is a short one a slip from a short spelling (Bong, a Korean name, is not Tajik's bonk,
        # a bank; Film is not Firm): four letters leave little room for a slip to be told from a word. A
        # word read from native script is no typist's (گروپ, grwp, is a group however the lists write it)
        return 0.0
    return MISSPELT_SYMBOL.get(slips, 0.0) or _misspelt_abbreviation(word, symbol)


def _misspelt_abbreviation(word: str, symbol: str) -> float:
    """One slip in the symbol's three-letter abbreviation (``SLIPPED_ABBREVIATIONS``: Ltd, LLC, Inc, PLC,
    JSC), in a word the lists never write (*Oltd*, *Lkd*; not *Td*, a Russian trading house's initials)."""
    forms = SLIPPED_ABBREVIATIONS.get(symbol)
    if not forms or not 2 <= len(word) <= 4 or frequency.share(word) > 0:
        return 0.0
    if any(OSA.distance(word, form, score_cutoff=1) == 1 for form in forms):
        return MISSPELT_SYMBOL[1]
    return 0.0


def _two_letters_replaced(word: str, form: str) -> bool:
    """Two slips in a short word that are both a letter written for another (Yansang / yinhang, the
    Chinese for bank): a word of its own as often as a misspelling; a dropped, added or swapped letter is
    the typist's."""
    if len(form) >= 8:  # in a long word (Industrial) two letters replaced still leave the word
        return False
    ops = Levenshtein.editops(word, form)
    return len(ops) == 2 and all(op.tag == "replace" for op in ops)


# A name and the same name with the suffix -i (the nisba, Persian and Arabic): Karimi, Mohammadi, Abbasi,
# Hosseini are family names of their own, not the given names Karim, Mohammad, Abbas, Hossein misspelt
NISBA = 0.6
# The endings that make a family name of a name (Karim -> Karimi, Mirza -> Mirzaei, Rahimi -> Rahimian,
# Hassan -> Hassanzadeh, Ahmad -> Ahmadpour): "of", "son of", "born of" -- another family's name, not a
# spelling of the name it is made from. The short ones only after a stem of four letters (Sam / Sami)
_NISBA_SHORT = ("i", "ei", "ee")
_NISBA_LONG = ("zadeh", "zade", "pour", "nejad", "nezhad", "nia")


def _nisba(longer: str, base: str) -> bool:
    if not longer.startswith(base) or len(longer) <= len(base) or len(base) < 3:
        return False
    ending = longer[len(base) :]
    if ending in _NISBA_SHORT or (ending == "y" and not any(c in "aeiou" for c in base)):
        # a y only in a word read from Arabic script, which writes no short vowels (hsyny / hsyn): in a
        # Latin name it is a spelling (Yuriy, Abubakary) or a slip's last letter (Famil for Family); and an
        # i after i or e is a slip doubling it (Abdii), not Abdi's nisba
        return len(base) >= 4 and base[-1] not in "iey"
    return ending in _NISBA_LONG or (ending in ("an", "yan") and base[-1] == "i")


def _nisba_apart(left: Variant, right: Variant) -> bool:
    """A word of one name is a name the lists know well with a nisba ending (*Abbasi* / *Abbas*, *Mohammadi
    Farhad* / *Mohammad Farhadi*), and the other name lacks that word as it is: another family's name, so
    the names run together are not a slip apart. Where the shorter word is no such name, a slip dropped
    the last letter as likely (*Haqqan* for Haqqani; typo'd UN names found 0.992 -> 0.987 without this)."""
    return any(
        ((_nisba(a, b) and frequency.established(b)) or (_nisba(b, a) and frequency.established(a)))
        and a not in right.words
        and b not in left.words
        for a in left.words
        for b in right.words
    )


# Two spellings of one name differ by a vowel or two written or left out (Yusuf / Youssef, Mahmud /
# Mahmoud); a word three letters longer with the same consonants is another name (Ansar / Anisoara, Baker /
# Boubaker), not a spelling of it
SPELLING_LENGTHS = 2


def _spelling_key(word: str) -> str:
    """What two Latin spellings of one name share: the Latin skeleton, with an opening h, w or y kept
    (Yousef / Yusuf: ysf; Hassan / Hussein: hsn, too unalike as written to be raised)."""
    opening = word[0] if word[0] in "hwy" else ""
    return opening + skeleton(word, "latin")


def _token_similarity(a: str, b: str, cross: str | None) -> float:
    if is_symbol(a) or is_symbol(b):
        if is_symbol(a) and is_symbol(b):
            return symbol_similarity(a, b)  # legal forms: neither for nor against; kinds: a difference
        symbol, word = (a, b) if is_symbol(a) else (b, a)
        return _misspelt_symbol(word, symbol, typed=not cross)
    if a.isdigit() or b.isdigit():
        return 0.0
    if a in SYNONYM_OF and SYNONYM_OF[a] == SYNONYM_OF.get(b):
        return 1.0  # one country in two languages: Korea, Choson
    if not cross and "abd" in (a, b) and not frequency.known(b if a == "abd" else a):
        # Abd is how analysis writes Abdul, Abdel …: a slip in one of those (Adbul, Aidul) is measured
        # against them, not against the three letters it was shortened to; a name the lists know (Adel,
        # one letter from Abdel) is that name
        typed = b if a == "abd" else a
        return max(_token_similarity(min(form, typed), max(form, typed), None) for form in ABD_ARTICLE)
    if len(a) == 1 or len(b) == 1:  # an initial
        return 0.8 if a[0] == b[0] else 0.0
    spelling = OSA.normalized_similarity(a, b)  # a swap of two letters is one edit
    stems = _stems_before_ending(a, b)
    if stems is not None and OSA.normalized_similarity(*stems) < MISMATCH_BELOW:
        # the ending says nothing of which name: stems unlike are two names (Taras / Zabral); stems a slip
        # or two apart are left to the whole word (Perovna for Petrovna, Ismasielovich for Ismailovich)
        spelling = min(spelling, OSA.normalized_similarity(*stems))
    ca, cb = len(a.translate(_NO_VOWELS)) or 1, len(b.translate(_NO_VOWELS)) or 1
    ratio = min(ca, cb) / max(ca, cb)  # consonants: what both scripts write
    if not cross:
        # the same skeleton raises words already alike (Mohammad / Muhammad, Hemmat / Himmat), not
        # words that merely share two consonants (Nyazi / Yunis)
        # and not words that open differently (Dumas / Tamas, Ghasemi / Kazemi: other names that sound alike)
        key = _spelling_key(a)
        if (
            key == _spelling_key(b)
            and _VOWEL.search(a) is not None  # a word without vowels is letters (MSN, KSR), not Mason
            and _VOWEL.search(b) is not None
            and ratio >= 0.75
            and abs(len(a) - len(b)) <= SPELLING_LENGTHS
            and a[0] == b[0]
            and (spelling >= 0.7 or (len(key) >= 3 and spelling >= 0.6))
        ):
            spelling = max(spelling, 0.88)
        if max(len(a), len(b)) <= 4 and spelling < 0.85 and a[0] != b[0]:
            return min(spelling, 0.6)  # short words differing in the first letter: Jong / Tong
        if _nisba(a, b) or _nisba(b, a):
            return min(spelling, NISBA)
        if spelling >= MISMATCH_BELOW and (
            frequency.distinct_names(a, b) or frequency.other_name_same_ending(a, b)
        ):
            return MISMATCH_BELOW - 0.01  # another name, not this one misspelt
        return spelling
    # Across scripts vowels are guessed or missing: the consonant skeleton carries the evidence, the
    # more of it the better, and words of very different length rarely denote the same name. Which
    # consonants count as the same depends on the other script (``cross`` names the scheme).
    sa, sb = skeleton(a, cross), skeleton(b, cross)
    sound = Levenshtein.normalized_similarity(sa, sb)
    other = _OTHER_READING.get(cross)
    if other is not None:
        ra, rb = skeleton(a, other), skeleton(b, other)
        reread = Levenshtein.normalized_similarity(ra, rb)
        if reread > sound:
            sa, sb, sound = ra, rb, reread
    size = min(len(sa), len(sb))
    second = _SECOND_READING.get(cross)
    if second is not None:
        ra, rb = sa.translate(second), sb.translate(second)
        if ra and rb:
            sound = max(sound, 0.9 * Levenshtein.normalized_similarity(ra, rb))
    trusts = _CROSS_TRUST_BY.get(cross, _CROSS_TRUST)
    trust = trusts[min(size, len(trusts) - 1)]
    power = SOUND_POWER.get(cross, 0.7)
    lengths = min(len(sa), len(sb)) / max(len(sa), len(sb), 1)
    estimate: float = trust * sound**power * min(1.0, lengths + 0.35)
    if cross == "arabic" and (
        _openings_differ(a, b)
        or not _ending(a) & _ending(b)
        or _h_unwritten(a, b)
        or _h_unwritten(b, a)
        or _arabic_letters_unmet(a, b)
    ):
        estimate *= VOWELS_DIFFER
    if cross == "han":  # pinyin of a transcribed name is at most about half again as long as the name
        letters = min(len(a), len(b)) / max(len(a), len(b))
        estimate *= min(1.0, letters / HAN_LETTERS)
    if cross == "slavic":  # a Slavic name's letters are its sounds: Карась is not Garcia, Єресько not Razik
        estimate = min(estimate, spelling + SLAVIC_SOUND_OVER_LETTERS)
        if _slavic_endings_differ(a, b) or frequency.other_name_same_ending(a, b):
            return min(max(spelling, estimate), MISMATCH_BELOW - 0.01)
    return max(spelling, estimate)


def _contribution(
    similarity: float, cross: str | None, a: str = "", b: str = "", strict: bool = False
) -> float:
    """A pair's evidence: its similarity when alike, negative when clearly different (less so across
    scripts, where one word of a correct pair is often rendered past recognition)."""
    if similarity >= MISMATCH_BELOW:
        # in one script, two words this far apart that are both names the lists know (Khalid / Khamis) are
        # two names, not a slip (a slip seldom makes a name: Rochman / Rocmlan): little evidence. Short
        # words (Abu / Au, Kim / Km) are all known and slip as often as not: left as they are. A reading
        # of native script has no slips at all (박광수 is not Pak Kwang-ho)
        slip = not strict and (min(len(a), len(b)) < 5 or not (_real(a) and _real(b)))
        if cross or similarity >= CLOSE or slip:
            return similarity
        return CLOSE * (similarity - MISMATCH_BELOW) / (CLOSE - MISMATCH_BELOW)
    against = _against(similarity)
    return max(against, CROSS_FLOOR) if cross else against


def _real(word: str) -> bool:
    """A word on some listed name, or one people commonly write: a real name, not a slip of one."""
    return frequency.known(word) or frequency.common_word(word)


def _against(similarity: float) -> float:
    """How far a pair less alike than ``MISMATCH_BELOW`` counts against."""
    return -1.5 * (MISMATCH_BELOW - similarity) / MISMATCH_BELOW - 0.2


def _merge_compounds(left: Variant, right: Variant, cross: str | None) -> tuple[Variant, Variant]:
    """Run together adjacent words of one side where the result matches a single word of the other."""
    left = _merge_into(left, right, cross)
    right = _merge_into(right, left, cross)
    return left, right


MERGED_ALIKE = 0.84  # words run together meet a word of the other name this alike (or their sounds do)


def _merge_into(side: Variant, other: Variant, cross: str | None) -> Variant:
    tokens = list(side.tokens)
    if len(tokens) < 2:
        return side
    targets = [t for t in other.tokens if not is_symbol(t) and len(t) >= 4 and t not in tokens]
    if not targets:
        return side
    symbols = [is_symbol(t) for t in tokens]
    changed = False
    i = 0
    while i < len(tokens) - 1:
        for size in (4, 3, 2):
            if i + size > len(tokens) or True in symbols[i : i + size]:
                continue
            parts = tokens[i : i + size]
            if _merges(parts, targets, cross):
                tokens[i : i + size] = ["".join(parts)]
                symbols[i : i + size] = [False]
                changed = True
                break
        i += 1
    return make_variant(tuple(tokens)) if changed else side


def _merges(parts: list[str], targets: list[str], cross: str | None) -> bool:
    """Whether the words run together meet one of ``targets`` better than any of them alone does."""
    joined = "".join(parts)
    for target in targets:
        if cross:  # compare the sounds both scripts write
            ratio = len(skeleton(joined, cross)) / max(1, len(skeleton(target, cross)))
            if not 0.6 <= ratio <= 1.6:
                continue
        elif not MERGED_ALIKE * len(target) <= len(joined) <= len(target) / MERGED_ALIKE:
            continue  # a similarity is at most the shorter length over the longer: it cannot be alike enough
        # the cut-offs (a little below what is needed) only skip computing what cannot reach it
        whole = Levenshtein.normalized_similarity(joined, target, score_cutoff=MERGED_ALIKE - 0.01)
        if cross:  # the sounds as the other script writes them (loose skeletons merged too much)
            heard = skeleton(joined, cross), skeleton(target, cross)
            cutoff = MERGED_ALIKE / 0.95 - 0.01
            whole = max(whole, 0.95 * Levenshtein.normalized_similarity(*heard, score_cutoff=cutoff))
        if whole >= MERGED_ALIKE and whole > max(Levenshtein.normalized_similarity(p, target) for p in parts):
            return True
    return False


_NOTHING = "nothing in common"  # a pair of names no route compared to anything above nought
_NO_WORDS = "no words to compare"


def align(
    left: Variant,
    right: Variant,
    organisation: bool,
    cross: str | None,
    strict: bool = False,
    leads: tuple[int, int] = (0, 0),
) -> tuple[float, str]:
    """The token alignment score of two romanisations, and a short account of the pairing; words run
    together or split are merged where that is what makes the two agree. ``strict``: one side is a
    reading of native script (no typing slips in it), so short words must agree exactly and the words
    run together must be the same letters. ``leads``: how many words of each name are a family name
    written first (``JAFARI, Mohammad Ali``), to tell its middle names."""
    if not left.tokens or not right.tokens:
        return 0.0, _NO_WORDS
    if sorted(left.tokens) == sorted(right.tokens):
        return 1.0, "the same words"
    score, detail = _align_words(left, right, organisation, cross, strict, leads)
    differ = kinds_differ(left, right) if organisation and score > KIND_CAP else None
    if differ is not None:
        kind_a, kind_b = (k.lstrip("#") for k in differ)
        return KIND_CAP, f"{detail}; '{kind_a}' and '{kind_b}' are different kinds of body"
    return score, detail


def _align_words(
    left: Variant, right: Variant, organisation: bool, cross: str | None, strict: bool, leads: tuple[int, int]
) -> tuple[float, str]:
    score, detail, clean = _align(left, right, organisation, cross, strict, leads)
    if not clean and score < JOINED_SAME:
        # the words run together, legal forms and kinds of body left out only where both sides have the
        # same ones (a bank is not a shipping line, however alike the rest); typos allowed by the
        # distinctive letters only (not the generic Korea, Choson … every such name shares)
        size = min(_distinctive_letters(left, organisation), _distinctive_letters(right, organisation))
        apart = (
            strict
            or _one_word_differs(left, right, cross)
            or _nisba_apart(left, right)
            or (not organisation and _initial_beside_word(left, right))
        )
        size = 0 if apart else size
        joined = _joined(left.letters, right.letters, size)
        if sorted(t for t in left.tokens if is_symbol(t)) == sorted(t for t in right.tokens if is_symbol(t)):
            joined = max(joined, _joined(left.joined, right.joined, size))
        if joined > score:
            score, detail = joined, f"{left.letters}~{right.letters} run together {joined:.2f}"
    if clean or score >= 0.97 or len(left.words) == len(right.words):
        return score, detail  # compounds change the number of words: nothing to merge
    merged_left, merged_right = _merge_compounds(left, right, cross)
    if merged_left is left and merged_right is right:
        return score, detail
    merged, merged_detail, _ = _align(merged_left, merged_right, organisation, cross, strict)
    return (merged, merged_detail) if merged > score else (score, detail)


JOINED_SAME = 0.97  # the same letters, spaced differently: Abdul Rahman / Abdulrahman
JOINED_SCORES = (0.92, 0.85, 0.78)  # the words run together, 1, 2 or 3 letters apart


def _initial_beside_word(left: Variant, right: Variant) -> bool:
    """A person's initial in one name only, a word more than the other has (*VIK A SINGH* / *Vikas Singh*):
    run together, it would pass for a word's last letter (Vika-), so only the same letters run together
    agree (*A Q Khan* / *AQ Khan*). With as many words on each side, a letter alone is as often a slip
    (*Pak Mun L*), and so is an initial left out where the other name has initials too (*Tufail, S.*)."""
    if len(left.words) == len(right.words):
        return False
    initials = [sum(1 for w in v.words if len(w) == 1) for v in (left, right)]
    return min(initials) == 0 < max(initials)


def _distinctive_letters(variant: Variant, organisation: bool) -> int:
    """How many letters of the name tell it apart: its words that are not generic, particles or symbols."""
    return sum(len(w) for w in variant.words if w not in GENERIC_ORG_WORDS and w not in PARTICLES)


def _one_word_differs(left: Variant, right: Variant, cross: str | None) -> bool:
    """The same number of words, and one of them, in the written order, two or more edits from the other
    name's and unlike it (*Khalid* / *Khamis Narvaezi*): another word, not slips spread over a long name,
    so the name's typo allowance is not spent on it."""
    if len(left.words) != len(right.words):
        return False
    differing = [(a, b) for a, b in zip(left.words, right.words, strict=True) if a != b]
    if len(differing) != 1:
        return False  # a space moved (Moohta rAchwan) changes two words
    a, b = differing[0]
    if frequency.distinct_names(a, b):
        return True  # Kim Bong Chol / Kim Yong Chol: another given name, not a slip in this one
    return (
        min(len(a), len(b)) >= 4  # not a short form the tokeniser made (abd for Abdul, abudl for a slip)
        and OSA.distance(left.letters, right.letters, score_cutoff=2) >= 2  # as written (la-Qizani: one swap)
        and OSA.distance(a, b, score_cutoff=2) >= 2
        and token_similarity(a, b, cross) < 0.8
    )


def _joined(a: str, b: str, distinctive: int | None = None) -> float:
    """The two names' words run together, as one string: a typo that moves a space (*Abdulla hRagab*) or
    a letter or two in a long name still reads as the same name (one more when one of them swaps two
    letters); short names must agree exactly. The typos allowed go by the ``distinctive`` letters."""
    size = min(len(a), len(b)) if distinctive is None else min(len(a), len(b), distinctive)
    allowed = 0 if size < 7 else 1 if size < 14 else 2 if size < 20 else 3
    if a == b and a:
        return JOINED_SAME
    if not allowed or not (a.isalpha() and b.isalpha()):  # numbers must agree exactly
        return 0.0
    distance = OSA.distance(a, b, score_cutoff=allowed + 1)
    if distance == 0:
        return JOINED_SAME
    if distance <= allowed:
        return JOINED_SCORES[distance - 1]
    if size >= 10 and distance == allowed + 1 and Levenshtein.distance(a, b) > distance:
        # one of the edits swaps two neighbouring letters, the commonest slip of typing: one more allowed
        return JOINED_SCORES[min(distance, len(JOINED_SCORES)) - 1] - 0.07
    return 0.0


def _greedy_total(
    pairs: list[tuple[float, int, int]], short: Variant, long_: Variant, organisation: bool
) -> float:
    """The weighted sum of similarities of the greedy pairing of ``pairs`` (for choosing a pairing)."""
    used_short: set[int] = set()
    used_long: set[int] = set()
    total = 0.0
    for similarity, i, j in pairs:
        if i in used_short or j in used_long:
            continue
        used_short.add(i)
        used_long.add(j)
        total += similarity * (
            token_weight(short.tokens[i], organisation) + token_weight(long_.tokens[j], organisation)
        )
    return total


STRICT_SHORT = 0.5  # a short word read from native script that differs (li / lin, yong / song): not a slip


def _align(
    left: Variant,
    right: Variant,
    organisation: bool,
    cross: str | None,
    strict: bool = False,
    leads: tuple[int, int] = (0, 0),
) -> tuple[float, str, bool]:
    """Greedy pairing of words, best pairs first. ``clean``: every word paired, every pair close."""
    short, long_ = (left, right) if len(left.tokens) <= len(right.tokens) else (right, left)
    long_lead = leads[1] if long_ is right else leads[0]
    pairs: list[tuple[float, int, int]] = []
    cache = _SIMILARITY_CACHE
    for i, a in enumerate(short.tokens):
        for j, b in enumerate(long_.tokens):
            if a == b:
                similarity = 1.0
            else:  # token_similarity's cache, looked up here: this is the innermost loop of screening
                found = cache.get((a, b, cross) if a < b else (b, a, cross))
                similarity = token_similarity(a, b, cross) if found is None else found
                if strict and a[0] != "#" != b[0]:
                    if similarity > STRICT_SHORT and max(len(a), len(b)) <= 4:
                        similarity = STRICT_SHORT
                    elif organisation:  # a firm's letters as written: no sound-alike raise (Berevin)
                        similarity = min(similarity, OSA.normalized_similarity(a, b))
            pairs.append((similarity, i, j))
    pairs.sort(reverse=True)
    if cross and len(short.tokens) == len(long_.tokens) > 1:
        # across scripts the greedy pairing can cross words over; the names' own order (or its reverse,
        # family name first) is tried too, and the better pairing kept
        matrix = {(i, j): sim for sim, i, j in pairs}
        n = len(short.tokens)
        orders = [[(i, i) for i in range(n)], [(i, n - 1 - i) for i in range(n)]]
        greedy_total = _greedy_total(pairs, short, long_, organisation)
        for order in orders:
            ordered = sorted(((matrix[p], *p) for p in order), reverse=True)
            if _greedy_total(ordered, short, long_, organisation) > greedy_total:
                pairs = ordered + [p for p in pairs if (p[1], p[2]) not in set(order)]
                greedy_total = _greedy_total(ordered, short, long_, organisation)
    used_short: set[int] = set()
    used_long: set[int] = set()
    total = weights = 0.0
    unmet = False  # a word of either name that meets nothing like it
    unlike = False  # two words paired that are unlike (not a word left out: another word)
    distinct_matched = 0.0  # the weight of the words that agree: two distinctive ones, or more common ones
    agreeing = 0  # word pairs (not symbols, not initials) that agree
    closest = 0.0  # the most similar pair of words (not symbols, not initials)
    initials = False
    own_word_agrees = False  # a firm's own word (not an everyday one) agrees closely
    everyday_agree = own_agree = 0  # a firm's distinctive words that agree: everyday words, its own
    other_body = False  # a firm's kinds of body (or forms of company) paired that say another body
    distinctive: list[float] = []  # a firm's pairs of distinctive words: how alike (a slip counts close)
    generic: list[float] = []  # ... and of its other words, for a name made of generic words only
    clean = len(short.tokens) == len(long_.tokens)
    notes: list[str] = []
    for similarity, i, j in pairs:
        if i in used_short or j in used_long:
            continue
        used_short.add(i)
        used_long.add(j)
        a, b = short.tokens[i], long_.tokens[j]
        weight_a, weight_b = token_weight(a, organisation), token_weight(b, organisation)
        weight = (weight_a + weight_b) / 2
        total += weight * _contribution(similarity, cross, a, b, strict)
        weights += weight
        if organisation and min(len(a), len(b)) > 1 and not (is_symbol(a) or is_symbol(b)):
            edits = OSA.distance(a, b, score_cutoff=3)
            slips = not (cross or strict) and edits <= (2 if min(len(a), len(b)) >= FIRM_TWO_SLIPS else 1)
            kept = distinctive if min(weight_a, weight_b) >= DISTINCTIVE else generic
            near = a != b and (slips or similarity >= CLOSE)  # only a near pair can be another word
            if near and (other_syllables(a, b) or frequency.other_compound(a, b)):
                # Kangsong / Bongsong: another syllable; Gidroavtomatika / Radioavtomatika: another compound
                kept.append(min(similarity, CLOSE - 0.01))
            elif slips or cross or strict:
                kept.append(CLOSE if slips else similarity)
            else:  # in one script a firm's word is as written: a sound-alike is another word (Mehran / Miran)
                kept.append(min(similarity, OSA.normalized_similarity(a, b)))
            if kept is distinctive and kept[-1] >= CLOSE:
                if frequency.common_word(a) or frequency.common_word(b):
                    everyday_agree += 1
                else:
                    own_agree += 1
        elif organisation and is_symbol(a) and is_symbol(b) and another_body(a, b):
            other_body = True
        if (
            organisation
            and not (cross or strict)  # as written: a reading of native script spells a word many ways
            and similarity >= CLOSE
            and min(weight_a, weight_b) >= OWN_WORD
            and not (frequency.common_word(a) or frequency.common_word(b))
        ):
            own_word_agrees = True  # a word of the firm's own (Hyoksin), not an everyday one (Aircraft)
        if similarity >= MISMATCH_BELOW and not is_symbol(a):
            if min(len(a), len(b)) > 1:
                agreeing += 1
                closest = max(closest, similarity)
            elif len(a) != len(b):
                initials = True  # an initial agrees with a word: it does not say which word
            distinct_matched += min(weight_a, weight_b)
            if weight < 0.6 and len(a) > 1:
                notes.append(f"'{b}' is a common {'word' if organisation else 'name'}: weak")
        if similarity < 0.85:
            clean = False
        if similarity < MISMATCH_BELOW and not (is_symbol(a) or is_symbol(b)):
            unmet = unlike = True
        if a != b:
            notes.append(f"{a}~{b} {similarity:.2f}")
    if weights <= 0:
        return 0.0, _NO_WORDS, True
    score = max(0.0, total / weights)
    long_weight = sum(token_weight(t, organisation) for t in long_.tokens)
    missing = sum(token_weight(t, organisation) for j, t in enumerate(long_.tokens) if j not in used_long)
    if missing and long_weight:
        share = missing / long_weight
        score *= 1 - (0.35 if distinct_matched >= 1.6 else 0.7) * share
        unused = _unused(long_.tokens, used_long)
        notes.append(f"unmatched: {' '.join(unused)}")
        unmet = unmet or any(
            not is_symbol(t)
            and len(t) > 1
            and t not in PARTICLES
            and not (organisation and own_word_agrees and _country_word(t))
            for t in unused
        )
        initials = initials or any(len(t) == 1 for t in unused)
    if cross and unmet and closest < CROSS_CLOSE and len(short.words) >= 2 and score > LOOSE_CAP:
        score = LOOSE_CAP
        notes.append("no word agrees closely across scripts")
    elif (
        unmet
        and not organisation
        and score > COMMON_ONLY_CAP
        and distinct_matched
        < (
            COMMON_ONLY_EVIDENCE
            if _middle_left_out(used_long, long_, long_lead, unlike)
            else PARTIAL_NAME_EVIDENCE
        )
    ):
        score = COMMON_ONLY_CAP
        notes.append("only common names agree")
    elif (unmet or initials) and agreeing <= 1 and score > ONE_WORD_CAP:
        score = ONE_WORD_CAP
        notes.append("one word alone agrees: weak")
    elif (
        everyday_agree == 1
        and not own_agree
        and (other_body or any(says_what_it_does(t) for t in _unused(long_.tokens, used_long)))
        and score > EVERYDAY_WORD_CAP
    ):
        score = EVERYDAY_WORD_CAP
        notes.append("one everyday word alone agrees: weak")
    elif len(distinctive) == 1 and distinctive[0] < CLOSE and score > FIRM_LOOSE_CAP:
        score = FIRM_LOOSE_CAP
        notes.append("the distinctive words agree only loosely")
    elif not distinctive and any(g < CLOSE for g in generic) and score > FIRM_LOOSE_CAP:
        # a name of generic words only (Choson Central Bank): each must agree closely, or any Choson
        # X Bank is it
        score = FIRM_LOOSE_CAP
        notes.append("a name of generic words that agree only loosely")
    return score, "; ".join(notes) or "the same words", clean


def _unused(tokens: tuple[str, ...], used: set[int]) -> list[str]:
    """The words of a name that the pairing left unpaired."""
    return [t for j, t in enumerate(tokens) if j not in used]


def _country_word(token: str) -> bool:
    """A country's name or adjective (Korea, Korean, Choson, Iran): the country a firm's name opens with,
    which documents and applications leave out (*Ryonbong General Corporation* for Korea Ryonbong …)."""
    return token in SYNONYM_OF or to_country_code(token) is not None


def _middle_left_out(used: set[int], name: Variant, lead: int, unlike: bool) -> bool:
    """Every word of ``name`` that met nothing lies between two that did, in the order given name first
    (its ``lead`` words, a family name written first, moved to the end): a middle name left out (*Mohammad
    Jafari* / *JAFARI, Mohammad Ali*); and no two paired words are unlike."""
    if unlike or not used:
        return False
    size = len(name.tokens)
    place = {j: (j - lead) % size for j in range(size)}
    first, last = min(place[j] for j in used), max(place[j] for j in used)
    return all(first < place[j] < last for j in range(size) if j not in used)


def kinds_differ(left: Variant, right: Variant) -> tuple[str, str] | None:
    """A kind of body on each side that the other lacks and that is a different kind (``#bank`` and
    ``#university``), or None. Counted: *X Academy - X Institute* is not *X Institute - X Institute*. A
    foundation, a university … against a name that says only that it is a firm is a different kind too."""
    unlike = firm_unlike(left.tokens, right.tokens)
    if unlike is not None:
        return unlike
    kinds_left = [t for t in left.tokens if t[0] == "#" and is_kind(t)]
    kinds_right = [t for t in right.tokens if t[0] == "#" and is_kind(t)] if kinds_left else []
    if not kinds_right or sorted(kinds_left) == sorted(kinds_right):
        return None  # the common case, decided without counting
    mine, theirs = Counter(kinds_left), Counter(kinds_right)
    for a in mine - theirs:
        for b in theirs - mine:
            if not same_business(a, b):
                return a, b
    return None


# What a body does, as its names say it; the descriptors (group, industry, factory, development,
# technology, engineering) are left out: one firm's names add and drop them freely
_DESCRIPTORS = frozenset(
    ("#group", "#industry", "#factory", "#development", "#tech", "#engineering", "#complex", "#manufacturing")
)


def _institution_kinds(form: NameForm) -> set[str]:
    return {t for v in form.variants[:1] for t in v.tokens if is_kind(t) and t not in _DESCRIPTORS}


def kinds_across_names(match: NameMatch, left: Sequence[NameForm], right: Sequence[NameForm]) -> NameMatch:
    """The best pair of names, capped at ``KIND_CAP`` when one of them names a kind of body that the
    other party's names, all of them, say it is not: *Al Naser Wings School* against the alias *AL NASER
    WINGS* of an airline (the alias names no kind; the airline's other names do)."""
    if match.score <= KIND_CAP:
        return match
    by_text = {f.text: f for f in (*left, *right)}
    mine, theirs = by_text.get(match.left), by_text.get(match.right)
    if mine is None or theirs is None:
        return match
    for named, other_name, others in ((mine, theirs, right), (theirs, mine, left)):
        kinds = _institution_kinds(named)
        not_firms = (kinds & NOT_FIRMS) - _institution_kinds(other_name)
        if not_firms:
            written = tuple(sorted({t for f in others for v in f.variants[:1] for t in v.tokens}))
            unlike = firm_unlike(tuple(sorted(not_firms)), written)
            if unlike is not None:
                kind_a, kind_b = (k.lstrip("#") for k in unlike)
                detail = f"{match.detail}; a '{kind_a}' is not a firm, and its other names say '{kind_b}'"
                return NameMatch(KIND_CAP, match.how, detail, match.left, match.right, match.lossy)
        extra = kinds - _institution_kinds(other_name)
        if not extra:
            continue
        said = set().union(*(_institution_kinds(f) for f in others))
        # every kind this name says is unlike every kind the other party's names say
        if said and all(symbol_similarity(e, k) == 0 for e in kinds for k in said):
            kind_a, kind_b = min(extra).lstrip("#"), min(said).lstrip("#")
            detail = f"{match.detail}; '{kind_a}' and '{kind_b}' (its other names) are different kinds"
            return NameMatch(KIND_CAP, match.how, detail, match.left, match.right, match.lossy)
    return match


def _acronym(left: Variant, right: Variant) -> bool:
    """One name is the other's acronym, the words it leaves out at the end all organisation words or
    fillers (*KOMID*, Korea Mining Development Trading Corporation; not *DIO* for Defence Industries
    Organization Training and Research School, a school of it)."""
    for short, long_ in ((left, right), (right, left)):
        if len(short.plain) == 1 and short.plain[0].isalpha():
            reach = _last_distinctive(long_)
            if acronym_of(short.plain[0], long_.plain, reach):
                return True
    return False


def spells_out(acronym: NameForm, name: NameForm) -> bool:
    """Is ``acronym`` a one-word name that ``name`` spells out (*CASC*, China Aerospace Science and
    Technology Corporation)?"""
    return any(
        len(a.plain) == 1 and len(b.plain) >= 3 and _acronym(a, b)
        for a in acronym.variants
        for b in name.variants
    )


def _last_distinctive(variant: Variant) -> int:
    """The place of a name's last word that is neither an organisation word nor a filler (0 if none)."""
    if len(variant.tokens) != len(variant.plain):
        return 0  # words merged or split in analysis: the places do not line up
    for place in range(len(variant.plain) - 1, -1, -1):
        if not is_symbol(variant.tokens[place]) and variant.plain[place] not in FILLER:
            return place
    return 0


def _scheme(left: NameForm, right: NameForm) -> str | None:
    """None for two names in one script; else the skeleton scheme of the non-Latin one."""
    if left.script == right.script:
        return None
    return scheme_for(right.script if left.script in (LATIN, None) else left.script)


# How far a comparison across scripts is trusted, by the route it takes (how lossy the reading was).
# The scripts the engine models (Arabic, Cyrillic, Hangul, Han) go by their own sound skeletons, at full
# weight; a native personal name (Chinese, Korean, Japanese) is compared as its speakers spell it, at full
# weight, and a Chinese or Korean one by the loose skeleton too (it may be a foreign name) but at
# ``NATIVE_SKELETON``; scripts ICU only transliterates are compared by spelling at ``OTHER_SCRIPTS``, so
# that a loose reading never makes a confident match alone.
MODELLED = frozenset((ARABIC, CYRILLIC, HANGUL, HAN))
NATIVE_SKELETON = 0.72
# a Slavic name's skeleton: its spelling routes come first, but Polish, German and Czech spellings of the
# same name (Czerwinski, Matschke) are read right only by sound
SLAVIC_SKELETON = 0.8
# ... and by sound a word agrees at most this much better than its letters do: the Polish or German
# spelling of a Slavic name keeps its vowels (Czerwinski / Червинский), another name does not (Карась /
# Garcia, Шевченко / Shevchuk share a skeleton, not a name). Foreign names in Cyrillic (маккул McCool) are
# not read as Slavic and keep the whole skeleton
SLAVIC_SOUND_OVER_LETTERS = 0.3
# The endings of Slavic family names, by kind (Latin spellings): one stem with two of them is two family
# names (Шевченко / Shevchuk, Данильчук / Danilchenko), however alike their sounds
_SLAVIC_ENDINGS = (
    ("enko", "enka"),
    ("chuk", "czuk", "iuk", "yuk", "juk"),
    ("ovich", "evich", "ovych", "evych", "owicz", "ewicz"),
    ("sky", "ski", "skiy", "skii", "skyi", "skaya", "ska"),
)


# The endings most Russian, Ukrainian and Belarusian family names and patronymics end with, longest first:
# two names that share one are alike in those letters by grammar, not by name (Tarasova / Zabralova agreed
# at 0.67 as written, their stems at 0.50)
_FAMILY_ENDINGS = ("ovich", "evich", "ovna", "evna", "enko", "chuk", "skaya", "skiy", "sky", "ski", "ova",
                   "eva", "ov", "ev")  # fmt: skip
_STEM = 3  # shorter stems (Pop|ova) are left as written: a slip in them is most of the stem


def _stems_before_ending(a: str, b: str) -> tuple[str, str] | None:
    """The two words without the family-name ending both have, when each keeps ``_STEM`` letters."""
    for ending in _FAMILY_ENDINGS:
        if a.endswith(ending) and b.endswith(ending):
            size = len(ending)
            if min(len(a), len(b)) - size >= _STEM:
                return a[:-size], b[:-size]
            return None
    return None


def _slavic_ending(word: str) -> int | None:
    for kind, endings in enumerate(_SLAVIC_ENDINGS):
        if word.endswith(endings):
            return kind
    return None


def _slavic_endings_differ(a: str, b: str) -> bool:
    """Two words with two different kinds of Slavic family-name ending (-enko, -chuk, -ovich, -sky)."""
    kind_a, kind_b = _slavic_ending(a), _slavic_ending(b)
    return kind_a is not None and kind_b is not None and kind_a != kind_b


# a firm's name in Cyrillic, Han or Hangul is a word of the language or a foreign one spelt out (Магнит,
# Рособоронэкспорт, 浪潮 Langchao): its romanisations say it; a one-word name agreeing by skeleton alone
# (Щукина / Askon, 浪潮 / Lynch) is never a match alone
FIRM_SKELETON = LOOSE_CAP
SPELT_FIRMS = frozenset((CYRILLIC, HAN, HANGUL))  # (Arabic script writes no vowels: its skeleton is all)
OTHER_SCRIPTS = {GREEK: 0.95, ARMENIAN: 0.93, GEORGIAN: 0.93, KANA: 0.9}
OTHER_SCRIPT = 0.85  # Devanagari, Bengali, Thai, Hebrew …: a transliteration of the letters only


def routes(left: NameForm, right: NameForm) -> list[tuple[str | None, float, str, bool]]:
    """The ways of comparing two names: (skeleton scheme or None for spelling, confidence, why, strict)."""
    if left.script == right.script:
        # two readings of one native script are its letters: no typing slips in a romanisation
        return [(None, 1.0, "", left.script not in (LATIN, None))]
    latin = (LATIN, None)
    if left.script not in latin and right.script not in latin:
        # two native scripts: the skeletons are trusted only between scripts the engine models, and a
        # personal name read in its own language (Japanese, Chinese, Korean) is no foreign name in another
        # (Hanja and Hangul are one language's two scripts)
        unmodelled = [s for s in (left.script, right.script) if s not in MODELLED]
        confidence = min((OTHER_SCRIPTS.get(s or "", OTHER_SCRIPT) for s in unmodelled), default=1.0)
        if (left.native or right.native) and {left.script, right.script} != {HAN, HANGUL}:
            confidence = min(confidence, NATIVE_SKELETON)
        why = "" if confidence == 1.0 else f"{left.script} and {right.script} by sound skeleton"
        return [(_scheme(left, right), confidence, why, False)]
    native = left if right.script in latin else right
    script = native.script
    if native.native == JAPANESE:
        return [(None, 1.0, "read as a Japanese name", True)]
    if native.native == SLAVIC or (native.organisation and script in SPELT_FIRMS):
        # every letter written: spelling, in its romanisation systems (a firm's name too: Магнит is
        # Magnit, not Magnetar; Щукина is not Askon, 浪潮 is not Lynch, though their skeletons agree)
        scheme = scheme_for(script)
        if native.native == SLAVIC:
            why, loose, scheme = "read as a Slavic name", SLAVIC_SKELETON, "slavic"
        else:  # several words agreeing by sound are evidence (Катиба ат-Таухид валь-Джихад); one is not
            why = "read as spelt"
            other = right if native is left else left
            loose = FIRM_SKELETON if min(len(native.first.words), len(other.first.words)) < 2 else 1.0
        return [(None, 1.0, why, True), (scheme, loose, "by sound skeleton", False)]
    if native.native:
        return [
            (None, 1.0, f"read as a {'Chinese' if native.native == 'zh' else 'Korean'} name", True),
            (scheme_for(script), NATIVE_SKELETON, "by sound skeleton", False),
        ]
    if script in MODELLED:
        return [(scheme_for(script), 1.0, "", False)]
    confidence = OTHER_SCRIPTS.get(script or "", OTHER_SCRIPT)
    return [(None, confidence, f"{script} transliterated", True)]


# A Korean or Chinese personal name against a romanisation of the same kind (``epoc.names.syllables``):
# every syllable spelt in its place is the same name however the letters differ (Kim Young-soo, 김영수);
# one syllable that is not is another name however alike the letters (Kim Yong-su, 김정수). Two Latin
# romanisations that share a Korean or Chinese family name are asked the same of their given names
# (Kim Seong-min is not KIM Sang-man; Li Hsiu-ying is Li Xiuying)
SYLLABLES_AGREE = 0.95
SYLLABLES_DIFFER = 0.6


def syllable_verdict(left: NameForm, right: NameForm) -> bool | None:
    """Korean and Chinese personal names syllable by syllable: True, the same name; False, another name;
    None when the question does not apply (``epoc.names.syllables``)."""
    if left.organisation or right.organisation:
        return None
    if left.is_latin and right.is_latin:
        family_first = (_family_lead(left) == 1, _family_lead(right) == 1)  # LI, Tian: Li is the family
        same = same_given_names(left.first.words, right.first.words, family_first)
        if same is None and (
            other_family_names(left.first.words, right.first.words)
            or other_korean_families(left.first.words, right.first.words)
        ):
            return False
        return same
    native, latin = (left, right) if right.is_latin else (right, left)
    if not latin.is_latin:
        return None
    if native.script == CYRILLIC:
        if _russian_writing(native.text, latin.first.words):
            return True  # a Chinese or Korean name as Russian writes it (Си Цзиньпин, Ли Бён Чхоль)
        if kontsevich_verdict(native.text, latin.first.words) is False:
            return False  # a Korean name Russian would write otherwise (Ким Ё Чжон is not Kim Jong Un)
    if native.script != HANGUL:
        return _native_verdict(native, latin)
    # a Chinese name as Korean writes Mandarin (시진핑 Xi Jinping), however Korean reads it; another
    # Chinese name where Korean says nothing (타오웨이밍 is not Tao Weiping)
    mandarin = mandarin_verdict(native.text, latin.first.words)
    if mandarin:
        return True
    verdict = _native_verdict(native, latin)
    return False if verdict is None and mandarin is False else verdict


# A personal name in Chinese characters read in Korean (金正恩 is 김정은, *Kim Jong Un*), and one in Hangul
# read as the characters Korean reads so, said in Mandarin (손흠 is 孫欽, *Sun Xin*): ``epoc.names.hanja``.
# The first is a reading (two at most per character), compared syllable by syllable as a Hangul name is;
# the second lets a Hangul syllable stand for every character read so (정: nine Mandarin syllables), so it
# is surer than a sound skeleton and less sure than a name spelt syllable by syllable.
HANJA_IN_KOREAN = 0.9
HANJA_IN_MANDARIN = 0.85


def _hanja_reading(left: NameForm, right: NameForm) -> tuple[float, str] | None:
    """(score, detail) where one name is the other's characters read in Korean or in Mandarin."""
    if left.organisation or right.organisation or left.is_latin == right.is_latin:
        return None
    native, latin = (right, left) if left.is_latin else (left, right)
    if not latin.is_latin:
        return None
    words = latin.first.words
    if native.script == HAN and native.native != JAPANESE:
        reading = hanja_read_in_korean(native.text, words)
        if reading is not None:
            return HANJA_IN_KOREAN, f"read in Korean as {reading}, syllable by syllable (hanja)"
    elif native.script == HANGUL:
        said = spelt_as_hanja(native.text, words)
        if said is not None:
            pairs = ", ".join(f"{block} {spelt}" for block, spelt in said)
            return HANJA_IN_MANDARIN, f"{pairs}: the characters Korean reads so, said in Mandarin (hanja)"
    return None


def _firm_readings(left: NameForm, right: NameForm) -> tuple[NameForm, list[str]] | None:
    """A body's name in characters and one in Hangul: the Hangul one, and the Korean readings of the other
    (端川商业银行: 단천상업은행, as the lists write the Tanchon Commercial Bank in Hangul)."""
    if {left.script, right.script} != {HAN, HANGUL}:
        return None
    han, hangul = (left, right) if left.script == HAN else (right, left)
    return hangul, list(korean_readings("".join(han.text.split())))


def _firm_read_in_korean(left: NameForm, right: NameForm, best: NameMatch) -> NameMatch:
    """A body's name in characters, read in Korean, compared with its name in Hangul as two Hangul names
    are, at the confidence of the reading (``HANJA_IN_KOREAN``): Chinese writes North Korea's bodies by
    the characters of their Korean names."""
    found = _firm_readings(left, right)
    if found is None:
        return best
    hangul, readings = found
    for reading in readings:
        match = compare_names(analyse(reading, HANGUL, None, True), hangul)
        score = match.score * HANJA_IN_KOREAN
        if score > best.score:
            detail = f"read in Korean as {reading}: {match.detail}"
            best = NameMatch(score, match.how, detail, left.text, right.text, lossy=True)
    return best


def _russian_writing(cyrillic: str, words: tuple[str, ...]) -> str | None:
    """Which language's names the Cyrillic writes as Russian writes them, spelt by the Latin words:
    Mandarin (Palladius), Korean (Kontsevich) or neither."""
    if spelt_as_palladius(cyrillic, words):
        return "Mandarin"
    return "Korean" if spelt_as_kontsevich(cyrillic, words) else None


def _native_verdict(native: NameForm, latin: NameForm) -> bool | None:
    """``syllable_verdict`` of a native name and a Latin one, read in the native name's language."""
    language = native.native
    pinyin_pair = len(latin.first.words) >= 2  # a family and a given name (Wang Wei) ask it of 危杨 too
    if language is None and native.script == HAN and pinyin_pair and may_be_chinese(native.text):
        language = CHINESE
    if language not in (CHINESE, KOREAN):
        return None
    verdict = spells(native.text, language, latin.first.words)
    if verdict is False and language == CHINESE and not pinyin_pair and len(native.text.strip()) >= 3:
        return None  # three characters and one Latin word: a foreign name transcribed (安德烈 André)
    return verdict


# A foreign person's name in Chinese characters (瓦希德 *Waheed*, 霍奇金 *Hodgkin*) read back as it was
# transcribed (``epoc.names.transcription``), at this confidence, when every character is one that
# transcriptions use (a name with others, 王建国, is a Chinese name and read as one). On the dev Han pairs
# this raised recall at the threshold from 0.79 to 0.86; 0.95 let the random pairs' false matches rise.
# The same for a name in Hangul not read as Korean (버지니아 웨이드 *Virginia Wade*): 0.82 -> 0.87
TRANSCRIBED = 0.9
# ... and lower when a character is one they seldom use (Hong Kong's 臣 for -son, 艾美臣 Edmilson), in a name
# not read as Chinese or Japanese: recall at 1 % FPR 0.869 -> 0.876
TRANSCRIBED_OTHERS = 0.8


_NOT_TRANSCRIBED = frozenset(("jr", "sr"))
_LETTER_RUNS = re.compile(r"[^\W\d_]+")


# A foreign name in Cyrillic (Пьетц *Pietz*, Соссье *Saussier*, Мишель Фуко *Michel Foucault*) is read
# the same way, letter by letter, where no language was read in it (a Slavic name goes by its
# romanisations). Dev Cyrillic pairs at 1 % FPR 0.950 -> 0.975, false matches at 0.7 unchanged (3 of 1,000)
TRANSCRIBED_CYRILLIC = 0.9
# how many Latin letters each unit of a transcription stands for: a character or Hangul block one to five,
# a Cyrillic letter none (ь) to three (щ: shch)
_LETTERS_PER_UNIT = {HAN: (1, 5), HANGUL: (1, 5), CYRILLIC: (0.5, 3)}


def _transcription(left: NameForm, right: NameForm) -> tuple[NameForm, NameForm, str, float] | None:
    """Where a pair is read as a foreign name transcribed: the name in characters, Hangul or Cyrillic, the
    Latin name, its words a transcription writes, and the reading's confidence."""
    native, latin = (left, right) if right.is_latin else (right, left)
    if not latin.is_latin or native.native in (JAPANESE, KOREAN):
        return None  # (a Korean name goes by its syllables, a Japanese one by its readings)
    if native.script == HANGUL:
        # a Latin name that reads as a Korean romanisation is more likely a Korean name the reading merely
        # comes near (a given name alone, an unlisted family name) than a foreign one
        confidence = TRANSCRIBED_OTHERS if reads_as_korean(latin.first.words) else TRANSCRIBED
    elif native.script == CYRILLIC and native.native is None:
        confidence = TRANSCRIBED_CYRILLIC
    elif native.script == HAN and transcribes(native.text):
        confidence = TRANSCRIBED
    elif native.script == HAN and native.native is None:
        # a character transcriptions seldom use, in a name no language was read in
        confidence = TRANSCRIBED_OTHERS
    else:
        return None  # a Chinese or Slavic name, read as one
    # initials, numbers (a regnal II) and Jr. are not transcribed (John R. Hodge 존 하지, Alexander II
    # 알렉산드르 2세): left out of both
    # (as written, accents kept: they say how the name is said, Jörg, Żurawski)
    words = _LETTER_RUNS.findall(latin.text.lower())
    spelt = " ".join(w for w in words if len(w) > 1 and w not in _NOT_TRANSCRIBED)
    units = sum(1 for c in without_regnal(native.text) if c.isalpha())
    fewest, most = _LETTERS_PER_UNIT[native.script]
    if not fewest * units <= len(spelt.replace(" ", "")) <= most * units:
        return None
    return native, latin, spelt, confidence


def _transcribed(left: NameForm, right: NameForm, best: NameMatch, verdict: bool | None) -> NameMatch:
    found = _transcription(left, right)
    if found is None:
        return best
    native, latin, spelt, confidence = found
    if verdict is False and len(latin.first.words) > 1:
        return best  # the Latin name spells another Chinese name, syllable by syllable
    similarity, language = foreign_reading(without_regnal(native.text), spelt)
    score = confidence * similarity
    if score <= best.score:
        return best
    said = f", said as {language} says it" if language else ""
    detail = (
        f"{spelt} as {native.text} transcribes it{said} (read as a foreign name: confidence {confidence:.2f})"
    )
    return NameMatch(score, "tokens", detail, left.text, right.text, lossy=True)


def _may_be_transcribed(left: NameForm, right: NameForm) -> float:
    """The most a transcription's reading could give the pair, where the consonants the characters,
    blocks or letters may stand for meet those of a Latin word as its languages say it (``index`` fetches
    by the same classes); 0 where they do not, or the pair is not read so. Cheap: no spelling is aligned."""
    found = _transcription(left, right)
    if found is None:
        return 0.0
    native, _, spelt, confidence = found
    said = {c for word in spelt.split() if len(word) >= 3 for c in sound_classes(word)}
    return confidence if said & transcription_classes(native.text) else 0.0


# A person's name that marks its family name (``DUPLAN, Joseph Pierre Richard``; ``Il-Su KIM``) and the
# other name has nothing like it, in its script or by its skeleton in another (سمير العقيل / RADA, Samer
# Akil): given names alone agree (Joseph Richard), which is as weak as common names alone
FAMILY_UNMET_CAP = COMMON_ONLY_CAP
# Abu Rami (Rami's father), Umm Ali: a kunya names a person by a child's name. A name that has the child's
# name without the kunya's particle (Rami, Rami al-Sabbagh) is another person's: a near miss
KUNYA_CAP = COMMON_ONLY_CAP
_KUNYA = frozenset(("abu", "abou", "abw", "umm"))  # (not um: Um, 엄, is a Korean family name)


def _kunya_apart(left: NameForm, right: NameForm) -> str | None:
    """The kunya one name is (*Abu Rami*, or *RAMI, Abu* as a list writes it, family name first) whose
    child's name the other has without any such particle."""
    for form, other in ((left, right), (right, left)):
        words, lead = form.first.words, _family_lead(form)
        if 0 < lead < len(words):
            words = words[lead:] + words[:lead]  # read in the order said: given names, then the family
        for i, word in enumerate(words[:-1]):
            if word not in _KUNYA:
                continue
            child = words[i + 1]
            theirs = [w for v in other.variants for w in v.words]
            if any(OSA.distance(w, k, score_cutoff=2) <= 1 for w in theirs for k in _KUNYA):
                continue  # the other has the particle too (or a slip of it)
            if any(w == child or OSA.distance(w, child, score_cutoff=2) <= 1 for w in theirs):
                return f"{word} {child}"
    return None


# across scripts a skeleton agrees by chance more often: the family name must agree this well to be met
# (Влох does not meet VELLER at 0.68, nor Карась BORIS; الطحان meets AL-TAHHAN at 0.74)
FAMILY_MEETS_ACROSS = 0.7


@lru_cache(maxsize=100_000)
def _family_part(text: str) -> str | None:
    """The family name a name marks: before the comma of ``FAMILY, Given``, or the words in capitals of
    ``Given FAMILY`` (among words that are not), or None."""
    if "," in text:
        return text.split(",", 1)[0].strip() or None
    words = text.split()
    capitals = [w for w in words if w.isupper() and sum(c.isalpha() for c in w) > 1]  # not an initial
    others = [part for w in words if w not in capitals for part in re.split(r"[-'’]", w) if part]
    if capitals and others and all(part[0].isupper() and part[1:].islower() for part in others):
        return " ".join(capitals)  # written so on purpose, not a slip of the shift key (REHMAt)
    return None


def _family_lead(form: NameForm) -> int:
    """How many words a Latin name's family name, written first before a comma (``AL-MASRI, Mohammed``),
    takes in its romanisation; 0 for any other name."""
    if not form.is_latin or "," not in form.text:
        return 0
    part = _family_part(form.text)
    return len(analyse(part).first.tokens) if part else 0


def _family_unmet(left: NameForm, right: NameForm) -> str | None:
    """The family name one of the two marks that no word of the other resembles (across scripts, by the
    other script's skeleton), or None."""
    for form, other in ((left, right), (right, left)):
        if not form.is_latin:
            continue
        part = _family_part(form.text)
        family = analyse(part).first.words if part else ()
        if not family:
            continue
        cross = None if other.is_latin else scheme_for(other.script)
        words = {w for variant in other.variants for w in variant.words}
        if not any(_meets(f, w, cross) for f in family for w in words):
            return part
    return None


def _meets(a: str, b: str, cross: str | None = None) -> bool:
    """Alike, or one the start of the other, as a name's words are cut differently alone and in context
    (Abdur alone, Abd Rehman in a name)."""
    opens = a[:3] == b[:3] and (a.startswith(b) or b.startswith(a))
    if opens or (cross is None and one_family_name(a, b)):  # Lee / LI: one family name, 李
        return True
    return token_similarity(a, b, cross) >= (FAMILY_MEETS_ACROSS if cross else MISMATCH_BELOW)


QUICK_LETTERS_BELOW = 0.6  # (Technology and Development Group Limited: all its words are such words)


def quick_similarity(left: NameForm, right: NameForm) -> float:
    """A cheap upper-bound-like estimate (0..1) of how alike two names are, in compiled code: the best
    token-sorted similarity of their words, of their words run together or, across scripts, of their
    skeletons. Screening uses it to skip the full comparison of candidates that cannot come near a match;
    acronyms are let through."""
    best = 0.0
    cross = left.script != right.script
    for lv in left.variants:
        for rv in right.variants:
            best = max(best, fuzz.token_ratio(lv.sorted_words, rv.sorted_words) / 100)
            if cross:
                best = max(best, fuzz.token_ratio(lv.sorted_sounds, rv.sorted_sounds) / 100)
            else:  # a space moved by a typo (Kore Asamjong, Nasee rHaqqani): the words run together, in
                # order, and with their organisation words where a name is nearly all such words
                best = max(best, fuzz.ratio(lv.joined, rv.joined) / 100)
                if best < QUICK_LETTERS_BELOW:
                    best = max(best, fuzz.ratio(lv.letters, rv.letters) / 100)
            if len(lv.plain) == 1 or len(rv.plain) == 1:
                best = max(best, 1.0 if _acronym(lv, rv) else 0.0)
    if (
        best < SYLLABLES_AGREE
        and cross
        and (left.is_latin or right.is_latin)
        and (left.script in _MANDARIN_WRITTEN or right.script in _MANDARIN_WRITTEN)
        and syllable_verdict(left, right) is True
    ):
        # a Chinese name as Korean or Russian writes Mandarin (시진핑, Си Цзиньпин) shares few letters with
        # its pinyin, read either way: the syllables decide
        return 1.0
    if best < HANJA_IN_KOREAN and cross:  # 金正恩 and Kim Jong Un share no letter either
        found = _hanja_reading(left, right)
        best = max(best, 1.0 if found is not None else 0.0)
        firm = _firm_readings(left, right) if left.organisation or right.organisation else None
        if firm is not None:  # 端川商业银行 / 단천상업은행: the reading as written
            best = max([best, *(fuzz.ratio(r, "".join(firm[0].text.split())) / 100 for r in firm[1])])
    if best < TRANSCRIBED and cross and not (left.organisation or right.organisation):
        # a foreign name in characters, Hangul or Cyrillic shares few letters with its Latin spelling as
        # its own language says it (沃謝羅 Vaucheraux): the transcription's reading, where it applies, decides
        best = max(best, _may_be_transcribed(left, right))
    return best


_MANDARIN_WRITTEN = frozenset((HANGUL, CYRILLIC))  # scripts whose writings of Mandarin are compared as such


# Between two Latin names the estimate is their word evidence, as the full comparison weighs it: each
# word's best agreement with any word of the other party's names (an unrelated word counts against), so
# that one shared common word (Muhammad, Trading) no longer passes a name. Measured on 4,000 random
# records of the real lists: of the candidates the letter-level estimate passed, 27 % pass this one,
# with every pair that scores 0.7 or more in full among them.
QUICK_LETTERS_CLOSE = 0.8  # names this alike run together or as written (a moved space, a slip) pass
# below this, two Latin words' similarity is their spelling (``_token_similarity``)
_SPELLING_RAISED_FROM = 0.6


@dataclass(frozen=True, slots=True)
class NameWords:
    """A party's names as ``quick_estimate`` reads them, worked out once per party (``name_words``)."""

    forms: tuple[NameForm, ...]
    latin: tuple[NameForm, ...]  # the names in Latin letters
    words: list[str]  # their words
    joins: list[str]  # adjacent words run together (Karimi Sabet: KARIMI-SABET) that are not words
    special: list[int]  # the words not compared by spelling: initials, numbers, synonyms (Korea, Choson)
    # per Latin name, each romanisation's words (their numbers in ``words``) with their weights, and its
    # number of tokens
    weighted: tuple[tuple[tuple[tuple[tuple[int, float], ...], int], ...], ...]


def name_words(forms: Sequence[NameForm]) -> NameWords:
    latin = tuple(f for f in forms if f.is_latin)
    organisation = any(f.organisation for f in forms)
    words = sorted({w for f in latin for v in f.variants for w in v.words})
    joins = {
        "".join(v.words[i : i + size])
        for f in latin
        for v in f.variants
        for size in (2, 3)
        for i in range(len(v.words) - size + 1)
    }
    number = {w: i for i, w in enumerate(words)}
    weighted = tuple(
        tuple(
            (tuple((number[w], token_weight(w, organisation)) for w in v.words), len(v.tokens))
            for v in f.variants
        )
        for f in latin
    )
    special = [i for i, w in enumerate(words) if len(w) == 1 or w.isdigit() or w in SYNONYM_OF or w == "abd"]
    return NameWords(tuple(forms), latin, words, sorted(joins - set(words)), special, weighted)


def quick_estimate(left: NameWords, right: NameWords, enough: float = 1.0) -> float:
    """A cheap estimate (0..1) of the best name evidence between two parties' names: screening compares
    in full only the candidates that pass it. Latin names by their words' evidence, or letters nearly
    the same, an acronym, the same syllables; other pairs by ``quick_similarity``. Once the estimate
    reaches ``enough`` it is returned as it stands."""
    best = 0.0
    if left.latin and right.latin:
        agree_left, agree_right = _best_agreements(left, right)
        evidence_left = [_word_evidence(f, agree_left) for f in left.weighted]
        evidence_right = [_word_evidence(f, agree_right) for f in right.weighted]
        for evidence_a, size_a in evidence_left:
            for evidence_b, size_b in evidence_right:
                # the full comparison pairs the words of the name with fewer of them
                if size_a != size_b:
                    best = max(best, evidence_a if size_a < size_b else evidence_b)
                else:
                    best = max(best, evidence_a, evidence_b)
        if best >= enough:
            return min(best, 1.0)
        for a in left.latin:
            for b in right.latin:
                for lv in a.variants:
                    for rv in b.variants:
                        for x, y in ((lv.joined, rv.joined), (lv.letters, rv.letters)):
                            alike = fuzz.ratio(x, y) / 100
                            if alike >= QUICK_LETTERS_CLOSE:
                                best = max(best, alike)
                        if (len(lv.plain) == 1 or len(rv.plain) == 1) and _acronym(lv, rv):
                            return 1.0
                if best >= enough:
                    return min(best, 1.0)
                if best < SYLLABLES_AGREE and syllable_verdict(a, b) is True:
                    return 1.0
    if len(left.latin) < len(left.forms) or len(right.latin) < len(right.forms):
        for a in left.forms:
            for b in right.forms:
                if not (a.is_latin and b.is_latin):
                    best = max(best, quick_similarity(a, b))
    return min(best, 1.0)


def _best_agreements(left: NameWords, right: NameWords) -> tuple[list[float], list[float]]:
    """Each word's best contribution (``_contribution``) against any word of the other side, or any
    words of it run together, by the words' numbers. Spelling is compared in compiled code; only pairs
    alike enough to be raised are looked at word by word."""
    size_left, size_right = len(left.words), len(right.words)
    if not size_left or not size_right:
        return [0.0] * size_left, [0.0] * size_right
    rows, columns = left.words + left.joins, right.words + right.joins
    # read as Python numbers (their float32 values) once: a few dozen, each looked at once or twice
    spelling = process.cdist(rows, columns, scorer=OSA.normalized_similarity, dtype=np.float32).tolist()
    # a word with nothing close counts against by its best spelling, as in the full comparison
    raised = _SPELLING_RAISED_FROM
    best_left = [_against(x if x < raised else raised) for x in map(max, spelling[:size_left])]
    columns_best = list(map(max, zip(*spelling, strict=True)))[:size_right]
    best_right = [_against(x if x < raised else raised) for x in columns_best]
    special_left, special_right = set(left.special), set(right.special)
    for i, row in enumerate(spelling):
        word = i < size_left
        # two runs of words together are compared as their words; an initial, a number or a synonym with
        # every word of the other side
        for j in range(len(columns) if word else size_right):
            if row[j] >= raised or (word and j < size_right and (i in special_left or j in special_right)):
                contribution = _word_contribution(rows[i], columns[j])
                if word and contribution > best_left[i]:
                    best_left[i] = contribution
                if j < size_right and contribution > best_right[j]:
                    best_right[j] = contribution
    return best_left, best_right


_CONTRIBUTIONS: dict[tuple[str, str], float] = {}
frequency.on_change(_CONTRIBUTIONS.clear)  # a slip or another name: by whether the lists know the words


def _word_contribution(a: str, b: str) -> float:
    """Two Latin words' contribution (``_contribution``), cached by the pair."""
    key = (a, b) if a < b else (b, a)
    found = _CONTRIBUTIONS.get(key)
    if found is None:
        if len(_CONTRIBUTIONS) >= _CACHE_SIZE:
            _CONTRIBUTIONS.clear()
        found = _CONTRIBUTIONS[key] = _contribution(token_similarity(a, b, None), None, a, b)
    return found


def _word_evidence(
    variants: tuple[tuple[tuple[tuple[int, float], ...], int], ...], agreements: list[float]
) -> tuple[float, int]:
    """A name's best romanisation's weighted mean of its words' agreements, and its number of tokens."""
    best = (0.0, variants[0][1] if variants else 0)
    for words, size in variants:
        total = weights = 0.0
        for word, weight in words:
            total += weight * agreements[word]
            weights += weight
        if weights:
            best = max(best, (max(0.0, total / weights), size))
    return best


def compare_names(left: NameForm, right: NameForm) -> NameMatch:
    """The best score over the two names' romanisations, with what made it. Symmetric: the pair is
    compared in one canonical order, whichever side each name comes from."""
    if (left.text, left.script or "") > (right.text, right.script or ""):
        found = _compare(right, left)
        return NameMatch(found.score, found.how, found.detail, found.right, found.left, found.lossy)
    return _compare(left, right)


# ㄹ, ㄴ and ㅇ open a word in one Korean spelling and not the other (련합 / 연합, 로동 / 노동)
_INITIAL_SOUND_LEADS = frozenset((2, 5, 11))


def _another_native_word(left: str, right: str) -> tuple[str, str] | None:
    """Two Korean firms' names in Hangul whose one distinctive word differs in one syllable (조선통합무역회사
    / 조선종합무역회사): another word, not a slip, since the name was not typed in letters; the typo
    allowance of the romanised name is spent on the generic words every such firm shares. A syllable
    that opens the word and differs by the initial-sound law (련합 / 연합) is the same word."""
    mine, theirs = distinctive_native_words(left), distinctive_native_words(right)
    if len(mine) != len(theirs):
        return None
    differing = [(a, b) for a, b in zip(mine, theirs, strict=True) if a != b]
    if len(differing) != 1 or len(differing[0][0]) != len(differing[0][1]):
        return None
    a, b = differing[0]
    places = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
    if len(places) != 1 or not (is_hangul_syllable(a[places[0]]) and is_hangul_syllable(b[places[0]])):
        return None
    (lead_a, *rest_a), (lead_b, *rest_b) = jamo(a[places[0]]), jamo(b[places[0]])
    if places[0] == 0 and rest_a == rest_b and {lead_a, lead_b} <= _INITIAL_SOUND_LEADS:
        return None
    return a, b


@lru_cache(maxsize=1)
def _simplified() -> Any:
    """ICU's Traditional-Simplified, built on first use: only two firms' names in Han ask for it."""
    return icu.Transliterator.createInstance("Traditional-Simplified")


def _no_character_shared(left: str, right: str) -> tuple[str, str] | None:
    """Two Chinese firms' names in Han whose distinctive words, past a place name they share (上海明辉 /
    上海丙至), have no character in common, read in simplified characters (輝 is 辉): two firms, however
    alike their romanisations run (shanghaiminghui / shanghaibingzi), since neither was typed in letters."""
    mine = _simplified().transliterate("".join(distinctive_native_words(left)))
    theirs = _simplified().transliterate("".join(distinctive_native_words(right)))
    size = min(len(mine), len(theirs))
    shared = next((i for i in range(size) if mine[i] != theirs[i]), size)
    rest_mine, rest_theirs = mine[shared:], theirs[shared:]
    if not rest_mine or not rest_theirs or set(rest_mine) & set(rest_theirs):
        return None
    return rest_mine, rest_theirs


def _compare(left: NameForm, right: NameForm) -> NameMatch:
    if left.text == right.text:
        return NameMatch(1.0, "identical", "the same name", left.text, right.text)
    organisation = left.organisation or right.organisation
    best = NameMatch(0.0, "none", _NOTHING, left.text, right.text)
    leads = (0, 0) if organisation else (_family_lead(left), _family_lead(right))
    for cross, confidence, why, strict in routes(left, right):
        if confidence <= best.score:
            continue  # a route scores at most its confidence: this one cannot do better
        lossy = left.script != right.script and (cross is not None or confidence < 1.0)
        for lv in left.variants:
            for rv in right.variants:
                score, detail = align(lv, rv, organisation, cross, strict, leads)
                score = min(score, 1.0) * confidence
                if score > best.score:
                    how = "identical" if score >= 1.0 else "tokens"
                    if confidence < 1.0 or why:
                        detail += f"; {why} (confidence {confidence:.2f})" if why else ""
                    best = NameMatch(score, how, detail, left.text, right.text, lossy)
                elif best.detail == _NOTHING and detail != _NO_WORDS:
                    # words compared and found against (kim agrees, giu~kyu is another syllable): say so,
                    # not "nothing in common"
                    best = NameMatch(0.0, "none", detail, left.text, right.text, lossy)
                if best.score >= 1.0:
                    return best
    verdict = syllable_verdict(left, right)
    if verdict is True and best.score < SYLLABLES_AGREE:
        detail = "the same name, syllable by syllable"
        native, other = (right, left) if left.is_latin else (left, right)
        if native.script == HANGUL and spelt_as_mandarin(native.text, other.first.words):
            detail += ", as Korean writes Mandarin"
        elif native.script == CYRILLIC:
            written = _russian_writing(native.text, other.first.words)
            detail += f", as Russian writes {written}" if written else ""
        best = NameMatch(SYLLABLES_AGREE, "tokens", detail, left.text, right.text)
    elif verdict is False and best.score > SYLLABLES_DIFFER:
        detail = f"{best.detail}; another name, syllable by syllable"
        best = NameMatch(SYLLABLES_DIFFER, best.how, detail, left.text, right.text, best.lossy)
    if organisation and best.score < HANJA_IN_KOREAN:  # (a body in characters against one in Hangul)
        best = _firm_read_in_korean(left, right, best)
    hanja = (
        None
        if organisation or verdict is True or best.score >= HANJA_IN_KOREAN
        else _hanja_reading(left, right)
    )
    if hanja is not None and hanja[0] > best.score:
        best = NameMatch(hanja[0], "tokens", hanja[1], left.text, right.text, lossy=True)
        verdict = True  # syllable by syllable, as a Hangul name is
    if not organisation and verdict is not True and best.score < TRANSCRIBED:
        best = _transcribed(left, right, best, verdict)
    if best.score > KUNYA_CAP and not organisation:
        kunya = _kunya_apart(left, right)
        if kunya is not None:
            detail = f"{best.detail}; {kunya} is a kunya (a parent's name), not the name itself"
            best = NameMatch(KUNYA_CAP, best.how, detail, left.text, right.text, best.lossy)
    if (
        best.score > FAMILY_UNMET_CAP
        and not organisation
        and verdict is not True  # syllable by syllable the family name is met
        and (left.is_latin or right.is_latin)
    ):
        family = _family_unmet(left, right)
        if family is not None:
            detail = f"{best.detail}; the family name {family} meets nothing"
            best = NameMatch(FAMILY_UNMET_CAP, best.how, detail, left.text, right.text, best.lossy)
    if organisation and best.score > NATIVE_WORD_CAP and left.script == right.script == HANGUL:
        differ = _another_native_word(left.text, right.text)
        if differ is not None:
            detail = f"{best.detail}; '{differ[0]}' and '{differ[1]}' are two words, a syllable apart"
            best = NameMatch(NATIVE_WORD_CAP, best.how, detail, left.text, right.text, best.lossy)
    if organisation and best.score > NATIVE_WORD_CAP and left.script == right.script == HAN:
        differ = _no_character_shared(left.text, right.text)
        if differ is not None:
            detail = f"{best.detail}; '{differ[0]}' and '{differ[1]}' share no character"
            best = NameMatch(NATIVE_WORD_CAP, best.how, detail, left.text, right.text, best.lossy)
    if best.score < ACRONYM_SCORE and organisation:
        for lv in left.variants:
            for rv in right.variants:
                if _acronym(lv, rv):
                    detail = "one name is the other's acronym"
                    return NameMatch(ACRONYM_SCORE, "acronym", detail, left.text, right.text)
    return best
