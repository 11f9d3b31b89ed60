"""How a Latin name is said in the languages that spell it, for the scripts that write names by sound.

Chinese, Korean and Russian write a foreign name as it is said in its own language, not as English would
read its letters: *Foucault* is 福柯 (Fu-ke), *Guillaume* 기욤 (Gi-yom), *Pietz* Пьетц, *Szczucka* Щуцкая.
``spoken_forms(word)`` gives the word as written and as each language's common spelling rules say it, in
Latin letters an English reader would sound out (French *Foucault* → *fuko*, German *Ehrig* → *erih*,
Polish *Szczucka* → *shchutska*), so a transcription is read back against the form its transcriber heard.

The rules are the few each language's spelling is known by (silent French endings, German ei and z,
Spanish j and ll, Polish cz and sz …), not a full reading of the language: the word's language is not
known, so every reading is offered and the closest one counts. English spelling is too irregular for
rules; its few here are the vowels English spells most unlike their letters (*Wright*, *Wyllie*, *Lee*).
"""

from __future__ import annotations

import re
from functools import lru_cache

# each language's rules, applied in order to the lower-case word with its accents
_RULES: dict[str, tuple[tuple[str, str], ...]] = {
    "French": (
        (r"(?<=[^aeiouy])e$", ""),  # a closing e is silent (Théodore)
        (r"^h", ""),
        (r"eaux?$", "o"), (r"eau", "o"), (r"aux?$", "o"), (r"au", "o"),  # Mazeau, Bertaux, Foucault
        (r"ou", "u"), (r"oi", "ua"),  # Leroux, Renoir
        (r"(?<=[aeiou])ill", "y"), (r"gn", "ny"), (r"qu", "k"), (r"gu(?=[eiy])", "g"),  # Guillaume, Mignon
        (r"ch", "sh"),  # Fouché
        (r"eu[xs]?$", "e"), (r"eu", "e"),  # Lemieux
        (r"ier$", "ie"), (r"[eé][rz]$", "e"), (r"ai", "e"), (r"ei", "e"),  # Saussier, Dumez
        (r"j", "zh"), (r"g(?=[eiy])", "zh"),  # Jean, Georges
        (r"(?<=[aeiouyn])(?:lt|ts|t|s|x|d|z|p)$", ""),  # silent closing consonants: Rigault, Durand
        (r"ea(?=n)", "a"), (r"en(?=[^aeiouy]|$)", "an"),  # nasal: Jean, Laurent
        (r"(?<=[aeiouy])s(?=[aeiouy])", "z"),
    ),
    "German": (
        (r"(?<=[aeiouy])h(?=[^aeiouy])", ""),  # a lengthening h is silent
        (r"ig$", "ih"), (r"(?<!s)ch", "h"), (r"tsch", "ch"), (r"sch", "sh"), (r"^s(?=[pt])", "sh"),  # Ehrig
        (r"ei", "ai"), (r"ie", "i"), (r"(?:eu|äu)", "oi"), (r"tz", "ts"), (r"z", "ts"),  # Zweig, Pietz
        (r"v", "f"), (r"j", "y"), (r"(?:ö|oe)", "e"), (r"(?:ü|ue)", "iu"), (r"(?:ä|ae)", "e"), (r"ß", "s"),
        (r"(?<=[aeiouy])s(?=[aeiouy])", "z"), (r"g$", "k"), (r"d$", "t"), (r"b$", "p"),  # Jörg, Schmid
    ),
    "Spanish": (
        (r"^h", ""), (r"(?<=[aeiou])h", ""), (r"j", "h"), (r"ll", "y"), (r"ñ", "ny"),  # Trujillo, Ibáñez
        (r"qu", "k"), (r"gu(?=[eiéí])", "g"), (r"z", "s"), (r"c(?=[eiéí])", "s"), (r"v", "b"),  # Guillén
    ),
    "Portuguese": (
        (r"lh", "ly"), (r"nh", "ny"), (r"x", "sh"), (r"ão", "ang"), (r"ç", "s"), (r"qu", "k"), (r"j", "zh"),
        (r"^h", ""),
    ),
    "Italian": (
        (r"gli", "li"), (r"gn", "ny"), (r"sc(?=[ei])", "sh"), (r"ch", "k"), (r"gh", "g"),  # Michelini
        (r"ci(?=[aou])", "ch"), (r"c(?=[ei])", "ch"), (r"gi(?=[aou])", "j"), (r"g(?=[ei])", "j"),  # Cerci
        (r"zz", "ts"), (r"z", "ts"), (r"^h", ""),
    ),
    "Polish": (
        (r"ch", "h"), (r"szcz", "shch"), (r"sz", "sh"), (r"cz", "ch"), (r"rz", "zh"), (r"ż", "zh"),
        (r"ł", "u"), (r"c(?!h)", "ts"), (r"j", "y"), (r"ś", "sh"), (r"ć", "ch"), (r"ó", "u"), (r"ą", "on"),
        (r"ę", "en"), (r"w", "v"),  # Żurawski, Mickiewicz, Wojcicki
    ),
    "Hungarian": (
        (r"sz", "S"), (r"cs", "ch"), (r"zs", "zh"), (r"s", "sh"), (r"S", "s"), (r"gy", "dy"), (r"ly", "y"),
    ),  # (S holds Hungarian sz, an s, apart from its s, an sh)
    "Dutch": ((r"oe", "u"), (r"ij", "ei"), (r"ui", "ai"), (r"j", "y"), (r"v", "f"), (r"g", "h")),  # Dijk
    "Scandinavian": (
        (r"å", "o"), (r"ø", "e"), (r"æ", "e"), (r"(?:sj|skj|stj)", "sh"), (r"kj", "sh"), (r"j", "y"),
    ),  # Göran, Joonas
    "English": (
        (r"igh", "ai"), (r"^wy", "wai"), (r"(?<=[^aeiou])y(?=[^aeiou])", "ai"),  # Wright, Wyllie
        (r"ee", "i"), (r"oo", "u"), (r"ea", "i"), (r"ey$", "i"),
    ),
}  # fmt: skip
_COMPILED = {
    language: tuple((re.compile(spelt), said) for spelt, said in rules) for language, rules in _RULES.items()
}


@lru_cache(maxsize=100_000)
def spoken_forms(name: str) -> tuple[tuple[str, str], ...]:
    """The name (lower case, accents kept) as written (language ""), then as each language's spelling rules
    say it, word by word (a person's names are said in one language): (form, language) pairs, each form
    once."""
    written = name.lower()
    forms = {written: ""}
    for language, rules in _COMPILED.items():
        said = " ".join(_said(part, rules) for part in written.split())
        if said.strip():
            forms.setdefault(said, language)
    return tuple(forms.items())


def _said(word: str, rules: tuple[tuple[re.Pattern[str], str], ...]) -> str:
    for spelt, sound in rules:
        word = spelt.sub(sound, word)
    return word
