"""A foreign name written in Chinese characters, read back against a Latin spelling of it.

Chinese writes a foreign name syllable by syllable in characters chosen for their sound (瓦希德 *Waheed*,
霍奇金 *Hodgkin*, 羅蘭 *Roeland*): each character stands for a few Latin spellings of its syllable, and
some only for a consonant (斯 s, 特 t, 德 d, 克 k, 尔 r or l, 夫 f or v: the vowel of the syllable is not said
in the original). ``foreign_similarity(han, latin)`` asks how close the Latin word comes to any spelling
the characters allow, by the fewest letters changed: 1.0 for a spelling the characters allow exactly,
lower for each letter more or less.

Each character's syllable comes from pypinyin (its initial and final); the spellings each initial and
final stand for are written here from the transcription tables (Xinhua's rules for foreign names), in a
folded Latin alphabet (``fold``) where the choices of Latin spelling (ph / f, c / k / s, w / v, doubled
letters) are taken away on both sides.

A foreign name in Hangul is read the same way, block by block (스미스 *Smith*, 레오폴트 *Leopold*), and
one in Cyrillic letter by letter (Соссье *Saussier*): ``foreign_reading`` reads all three.

The Latin name is read as written and as its own language would say it (``epoc.names.spoken``: French
*Foucault* is 福柯 Fu-ke, German *Zweig* 츠바이크): the transcriber wrote what was heard, and the closest
of those readings counts.

The reading is loose by nature: it is one route among the comparisons, at a confidence the matcher gives
it, and only for characters a transcription uses (``TRANSCRIBING``): 王建国 is a Chinese name, read as one
(and a name in Hangul read as Korean goes by its syllables).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from rapidfuzz import process
from rapidfuzz.distance import Levenshtein

from epoc.names.hangul import FINALS, is_hangul_syllable, jamo
from epoc.names.spoken import spoken_forms

# The spellings of each pinyin initial and final in a foreign name ("-": nothing written). Initials:
# voicing is lost (b / p, d / t, g / k), l stands for r, x for s, sh or h, y and w open a vowel, r for the
# zh of French j (让 Jean).
_INITIALS = {
    "b": "b p v", "p": "p b", "m": "m", "f": "f v", "d": "d t", "t": "t d", "n": "n", "l": "l r",
    "g": "g k", "k": "k g", "h": "h k -", "j": "j g z d i ch", "q": "k ch ts j", "x": "s sh h ks z",
    "zh": "j g z ch", "ch": "ch k sh t", "sh": "sh s ch", "r": "r j l zh", "z": "z ts s d",
    "c": "ts s z ch t", "s": "s z sh ts", "y": "i j -", "w": "v u -", "": "- h",
}  # fmt: skip
# Finals: the vowel is the transcriber's guess; e, i, u and er after a consonant are often no vowel at all
_FINALS = {
    "a": "a e o", "o": "o a u", "e": "e a o -", "i": "i e -", "u": "u o -", "v": "u i", "ai": "ai a e i",
    "ei": "ei e i ai", "ao": "ao o au a", "ou": "ou o u", "an": "an a on en un am",
    "en": "en an in on em un e", "ang": "ang an on", "eng": "eng en in ing an", "ong": "ong on un",
    "er": "r l er ar -", "ia": "ia a", "ie": "ie e", "iao": "iao io o", "iu": "iu u", "ian": "ian en an in",
    "in": "in en im i", "iang": "iang ian an", "ing": "ing in en", "iong": "iong ion", "ua": "ua a",
    "uo": "uo o", "uai": "uai ai", "ui": "ui i e", "uan": "uan an on", "un": "un on en", "uang": "uang an",
    "ue": "ue e", "ve": "ue e", "van": "uan an", "vn": "un in",
}  # fmt: skip
# Characters the transcription tables use (simplified and traditional), written from general knowledge: a
# name all of them may be a foreign one; a name with others (建, 国, 秀) is read as Chinese only
TRANSCRIBING = frozenset(
    "阿埃艾爱愛安昂奥奧澳巴拜班邦保鲍鮑贝貝本比彼毕畢宾賓波玻伯博布查察柴昌车車彻徹陈陳成楚茨达達戴丹道德登迪狄蒂帝"
    "丁东東杜都敦顿頓多厄恩尔爾耳法凡范方菲斐费費芬丰豐冯馮佛弗伏福夫富盖蓋甘冈岡高戈哥格葛根古瓜圭贵貴哈海汉漢豪"
    "赫黑亨洪胡华華怀懷惠霍基吉加迦贾賈杰傑捷金津久卡凯凱坎康考柯科可克肯孔库庫奎昆拉腊臘莱萊赖賴兰蘭朗劳勞勒雷蕾"
    "黎里裡理礼禮李立丽麗利莉列林琳灵靈留柳龙龍隆卢盧鲁魯陆陸路露伦倫罗羅洛马馬玛瑪迈邁麦麥曼芒毛梅美门門蒙孟米密"
    "敏明摩莫墨默姆穆纳納娜乃奈南内內尼妮涅宁寧纽紐努诺諾欧歐帕派潘庞龐培佩彭皮珀普奇齐齊琪乔喬切钦欽丘屈让讓热熱"
    "日茹瑞若萨薩塞赛賽桑瑟森沙莎山珊尚绍紹舍申施什史士舒斯松宋苏蘇索塔泰坦汤湯唐陶特滕提图圖托瓦万萬旺威韦韋维維"
    "卫衛魏温溫文翁沃乌烏伍武西希锡錫席夏谢謝辛欣休修许許雅亚亞扬揚杨楊耶叶葉伊依易因英尤于约約越泽澤扎紮詹兹茲佐"
    "祖娅婭契琼瓊黛莲蓮娃薇丝絲烈翰廉堡歇勃"
)
# Characters whose Hong Kong (Cantonese) reading stands in a transcription beside the Mandarin one: 麥 for
# Mac and Mc (麥李維 McLeavey)
_CANTONESE = {"麥": ("mak",), "麦": ("mak",)}
# a regnal number after the name (拜巴尔一世 Baibars I, 알렉산드르 2세 Alexander II): not part of the name
_REGNAL = re.compile(r"\s*(?:[一二三四五六七八九十]+世|\d+세)$")


def without_regnal(text: str) -> str:
    """The name without a regnal number after it, as the readings below read it."""
    return _REGNAL.sub("", text.strip())


def fold(text: str) -> str:
    """A Latin spelling with its spelling choices taken away: lower case, no accents, Mc as Mac, ph as f, th
    as t, a soft c as s and a hard one as k, w as v, y between consonants as i, doubled letters single."""
    word = unicodedata.normalize("NFKD", text.lower())
    word = "".join(c for c in word if c.isascii() and c.isalpha())
    if word.startswith("mc"):  # Mc is Mac, said so
        word = "mac" + word[2:]
    for spelt, said in _FOLDS:
        word = word.replace(spelt, said)
    word = _SOFT_C.sub("s", word)
    word = _HARD_C.sub("k", word).replace("q", "k")
    word = _Y_VOWEL.sub("i", word)
    return _DOUBLED.sub(r"\1", word)


_FOLDS = (
    ("tsch", "ch"), ("sch", "sh"), ("ph", "f"), ("th", "t"), ("dh", "d"), ("gh", "g"), ("ck", "k"),
    ("qu", "kv"), ("x", "ks"), ("w", "v"),
)  # fmt: skip
_SOFT_C = re.compile(r"c(?=[eiy])")
_HARD_C = re.compile(r"c(?!h)")
_Y_VOWEL = re.compile(r"y(?![aeiou])")
_DOUBLED = re.compile(r"(.)\1+")


@lru_cache(maxsize=20_000)
def spellings(character: str) -> tuple[str, ...]:
    """The folded Latin spellings one character stands for in a transcription (瓦: va, ve, vo, a, …)."""
    from pypinyin import Style, pinyin  # loads its dictionary: only when Han text comes

    initial = pinyin(character, style=Style.INITIALS, strict=False)[0][0]
    final = pinyin(character, style=Style.FINALS, strict=False)[0][0]
    if not final and not initial:
        return ()
    found = set()
    for opening in _INITIALS.get(initial, initial).split():
        for closing in _FINALS.get(final, final).split():
            spelt = _DOUBLED.sub(r"\1", (opening + closing).replace("-", ""))
            if spelt:
                found.add(spelt)
    found.update(_CANTONESE.get(character, ()))
    return tuple(sorted(found))


_LONGEST = 7  # the most Latin letters one character covers: a spelling of five, and slips


# Latin letters a transcription leaves unwritten, and what leaving one out costs (a letter changed costs 1):
# an r or l that closes a syllable (Polverino 普維尼諾, Gougain), an h after a letter (Mouhot 穆奥) but the
# c, s or z it makes one sound with, a silent closing e (Marlowe 馬洛), the d of dg and dj (Hodgkin 霍奇金)
UNWRITTEN = 0.3
_CONSONANTS = frozenset("bcdfgjklmnpqrstvxz")


def _unwritten(word: str) -> list[float]:
    """What leaving out each letter of a folded word costs."""
    costs = []
    for i, letter in enumerate(word):
        after = word[i + 1 : i + 2]
        closing = after == "" or after in _CONSONANTS
        if (
            (letter in "rl" and closing and i > 0)
            or (letter == "h" and i > 0 and word[i - 1] not in "csz")
            or (letter == "e" and after == "" and i > 1)
            or (letter == "d" and after in ("g", "j"))
        ):
            costs.append(UNWRITTEN)
        else:
            costs.append(1.0)
    return costs


def foreign_similarity(native: str, latin: str) -> float:
    """How close ``latin`` comes to a spelling the characters, Hangul blocks or Cyrillic letters of
    ``native`` allow, read as a foreign name transcribed: 1 less the changes needed over the folded Latin
    word's length (a letter the transcription leaves unwritten costs ``UNWRITTEN``)."""
    return foreign_reading(native, latin)[0]


@lru_cache(maxsize=100_000)
def foreign_reading(native: str, latin: str) -> tuple[float, str]:
    """``foreign_similarity``, and the language whose saying of the Latin came closest ("": as written)."""
    units = _units(without_regnal(native))
    if not units:
        return 0.0, ""
    return _closest(_heard(latin), units, transcription_classes(native))


def _units(text: str) -> list[tuple[str, ...]]:
    """The Latin spellings of each unit of a name written by sound: Hangul blocks, Cyrillic letters or
    characters (other signs left out)."""
    if any(is_hangul_syllable(c) for c in text):
        blocks = [c for c in text if is_hangul_syllable(c)]
        return [
            hangul_spellings(b, i > 0 and FINALS[jamo(blocks[i - 1])[2]] == "l") for i, b in enumerate(blocks)
        ]
    if any(c in _CYRILLIC for c in text.lower()):
        return [_CYRILLIC[c] for c in text.lower() if c in _CYRILLIC]
    return [spellings(c) for c in text if "\u3400" <= c <= "\u9fff"]


# A heard form: the folded Latin as one word, the language that says it so ("": as written), and each of
# its words' consonant classes (``sound_classes``)
_Heard = tuple[str, str, tuple[frozenset[str], ...]]


@lru_cache(maxsize=20_000)
def _heard(latin: str) -> tuple[_Heard, ...]:
    """The Latin name as written and as the languages that spell it say it, each form once."""
    found: dict[str, _Heard] = {}
    for form, language in spoken_forms(latin):
        words = [w for w in (fold(part) for part in form.split()) if w]
        joined = "".join(words)
        if joined and joined not in found:
            found[joined] = (joined, language, tuple(_word_classes(w) for w in words))
    return tuple(found.values())


def _word_classes(word: str) -> frozenset[str]:
    """A folded word's consonant classes, with and without the letters a transcription leaves unwritten;
    those of two classes or more (one says too little)."""
    kept = "".join(c for c, cost in zip(word, _unwritten(word), strict=True) if cost == 1.0)
    return frozenset(c for c in (_classes(word), _classes(kept)) if len(c) >= 2)


def _near_any(classes: frozenset[str], said: frozenset[str]) -> bool:
    """Some of ``classes`` is one of ``said`` or a class away from one (a consonant heard otherwise)."""
    if classes & said:
        return True
    return any(process.extractOne(c, said, scorer=Levenshtein.distance, score_cutoff=1) for c in classes)


def _closest(
    heard: tuple[_Heard, ...], forms: list[tuple[str, ...]], said: frozenset[str]
) -> tuple[float, str]:
    """The best ``_spelt`` of the heard forms, and its language (the form as written wins a tie). A
    language's form is aligned only where each of its words' consonants are among those the native name
    may stand for (``said``): another language's consonants are another name, and aligning is dear."""
    best = (0.0, "")
    for word, language, classes in heard:
        if language and not all(_near_any(c, said) for c in classes if c):
            continue
        score = _spelt(word, forms, best[0])
        if score > best[0]:
            best = (score, language)
    return best


def _spelt(word: str, characters: list[tuple[str, ...]], beat: float = 0.0) -> float:
    """1 less the fewest changes that spell ``word`` with one of each character's forms, in order, over
    the word's length; 0 as soon as it cannot come above ``beat`` (changes only add up)."""
    size = len(word)
    skip = _unwritten(word)
    unreached = float(size + 4 * len(characters))
    most = (1.0 - beat) * size  # the changes that would leave it no better than ``beat``
    best = [0.0] + [unreached] * size  # the fewest changes to spell word[:p] with the characters so far
    for forms in characters:
        if not forms:
            continue
        if beat and min(best) >= most:
            return 0.0
        _leave_out(best, skip)
        after = [unreached] * (size + 1)
        for start, cost in enumerate(best):
            if cost >= unreached:
                continue
            for end in range(start, min(size, start + _LONGEST) + 1):
                changes = _changes(word[start:end], forms)
                after[end] = min(after[end], cost + changes)
        best = after
    _leave_out(best, skip)
    return max(0.0, 1.0 - best[size] / size)


@lru_cache(maxsize=500_000)  # the same pieces recur in every heard form of a word, and across candidates
def _changes(piece: str, forms: tuple[str, ...]) -> int:
    """The fewest letters changed to make ``piece`` one of ``forms``."""
    found = process.extractOne(piece, forms, scorer=Levenshtein.distance)
    return int(found[1]) if found else len(piece)


def _leave_out(best: list[float], skip: list[float]) -> None:
    """Let the letters a transcription leaves unwritten be passed over, at their cost, in place."""
    for position, cost in enumerate(skip):
        best[position + 1] = min(best[position + 1], best[position] + cost)


# A foreign name in Hangul is spelt by its sounds too (스미스 Smith, 에드거 Edgar): each syllable block's
# onset, vowel and final stand for a few Latin spellings, and ㅡ is often no vowel at all (스 s, 트 t, 르 r).
# Onsets ㄱ ㄲ ㄴ ㄷ ㄸ ㄹ ㅁ ㅂ ㅃ ㅅ ㅆ ㅇ ㅈ ㅉ ㅊ ㅋ ㅌ ㅍ ㅎ
_HANGUL_ONSETS = (
    "g k", "k g", "n", "d t", "t d", "r l", "m", "b v p", "p b", "s sh t z", "s", "- h", "j z g d ch zh",
    "ts z", "ch ts k t s", "k g", "t d", "p f", "h -",
)  # fmt: skip
# vowels ㅏ ㅐ ㅑ ㅒ ㅓ ㅔ ㅕ ㅖ ㅗ ㅘ ㅙ ㅚ ㅛ ㅜ ㅝ ㅞ ㅟ ㅠ ㅡ ㅢ ㅣ
_HANGUL_VOWELS = (
    "a e o", "e a ai", "ia ya", "ye ie", "o u e a", "e a", "io yo ie ye", "ye ie e", "o au", "va ua oa",
    "ve ue", "oe ve e", "io yo", "u o", "vo uo o", "ve ue", "vi ui i", "iu yu u", "- u e i", "ui i e", "i e",
)  # fmt: skip
# finals, by how a syllable ends (``hangul.FINALS``)
_HANGUL_FINALS = {"": "-", "k": "k g", "n": "n", "t": "t s d", "l": "l r", "m": "m", "p": "p b", "ng": "ng n"}


@lru_cache(maxsize=20_000)
def hangul_spellings(block: str, after_l: bool = False) -> tuple[str, ...]:
    """The folded Latin spellings one Hangul syllable block stands for in a foreign name; ``after_l``: the
    block before it closes with ㄹ, so its own ㄹ may be that l again (탈레반 Taliban: tal-le)."""
    if not is_hangul_syllable(block):
        return ()
    lead, vowel, tail = jamo(block)
    onsets = _HANGUL_ONSETS[lead].split() + (["-"] if lead == 5 and after_l else [])
    found = {
        _DOUBLED.sub(r"\1", (o + v + f).replace("-", ""))
        for o in onsets
        for v in _HANGUL_VOWELS[vowel].split()
        for f in _HANGUL_FINALS[FINALS[tail]].split()
    }
    return tuple(sorted(f for f in found if f))


# A foreign name in Cyrillic is written letter by letter as it is said (Пьетц *Pietz*, Уайли *Wyllie*,
# Соссье *Saussier*): each letter stands for the few Latin spellings of its sound, ь for none or an i
_CYRILLIC = {
    letter: tuple(spelt.replace("-", "") for spelt in spellings.split())
    for letter, spellings in {
        "а": "a", "б": "b", "в": "v f", "г": "g h", "д": "d t", "е": "e ie ye ai", "ё": "yo io e o",
        "ж": "zh j g", "з": "z s", "и": "i ie e", "й": "i y -", "к": "k", "л": "l", "м": "m", "н": "n",
        "о": "o", "п": "p", "р": "r", "с": "s z", "т": "t d", "у": "u ou v", "ф": "f v", "х": "h kh k",
        "ц": "ts z s", "ч": "ch", "ш": "sh s ch", "щ": "shch sh", "ъ": "-", "ы": "i y", "ь": "- i",
        "э": "e a ai", "ю": "yu iu u", "я": "ya ia a", "і": "i", "ї": "yi i", "є": "ye e", "ґ": "g",
    }.items()
}  # fmt: skip


def transcribes(han: str) -> bool:
    """Every character is one a transcription of a foreign name uses."""
    characters = [c for c in without_regnal(han) if "\u3400" <= c <= "\u9fff"]
    return bool(characters) and all(c in TRANSCRIBING for c in characters)


# The index fetches a foreign name written in characters, Hangul or Cyrillic by the consonants said, by
# class, which its Latin spelling (as its languages say it) and the units' spellings share: voicing, and the
# letters a transcription may leave unwritten, taken away (Vaucheraux: PSL, as French says it; 沃謝羅: PSL)
_CLASS_OF = str.maketrans("pbfvtdkgqszjxmnlrh", "PPPPTTKKKSSSSNNLLH", "aeiouyw")
_SAID_AS_ONE = re.compile(r"[csz]h|ts")
_MOST_CLASS_KEYS = 64  # a longer name's characters allow too many: it keeps the first (its others fetch it)


def _classes(word: str) -> str:
    return _DOUBLED.sub(r"\1", _SAID_AS_ONE.sub("S", word).translate(_CLASS_OF))


@lru_cache(maxsize=200_000)
def sound_classes(latin: str) -> frozenset[str]:
    """The consonant classes of one Latin word as its languages say it, with and without the letters a
    transcription leaves unwritten (two classes or more: one says too little)."""
    return frozenset(c for _, _, classes in _heard(latin) for word in classes for c in word)


_PARTS = re.compile(r"[\s·・‧\-]+")  # the words of a name in characters (·) or Hangul (spaces)


@lru_cache(maxsize=20_000)
def transcription_classes(native: str) -> frozenset[str]:
    """The consonant classes a foreign name's characters, Hangul blocks or Cyrillic letters may stand
    for, word by word (``sound_classes`` of the Latin spellings they allow)."""
    return frozenset(c for part in _PARTS.split(without_regnal(native)) for c in _part_classes(part))


def _part_classes(text: str) -> set[str]:
    options = [{_classes(s) for s in forms} for forms in _units(text)]
    found = {""}
    for choices in options:
        found = {_DOUBLED.sub(r"\1", a + b) for a in found for b in choices}
        if len(found) > _MOST_CLASS_KEYS:
            found = set(sorted(found)[:_MOST_CLASS_KEYS])
    return {c for c in found if len(c) >= 2}
