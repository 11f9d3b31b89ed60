"""Chinese characters read in Korean (hanja): 金正恩 is *Kim Jong Un*, and 孫欽 written in Hangul is 손흠.

A Korean name is written in Chinese characters too (in the North's and the South's papers, in Chinese
and Japanese text), and each character has a Korean reading: 金 김, 正 정, 恩 은. Read in Mandarin the
same name is *Jin Zheng'en*, which shares no syllable with *Kim Jong Un*; read in Korean it is 김정은, and
is then compared as any Korean name in Hangul is. The other way, Korean writes a Chinese person's name of
past centuries (and many of today's in the press) by those readings, not by its Mandarin sounds: 孫欽
*Sun Xin* is 손흠, 徐盛 *Xu Sheng* 서성. A Hangul syllable then stands for every character read so, and a
pinyin name is the Hangul one when each of its syllables is the Mandarin reading of such a character.

The readings are Unicode's Unihan database (``kHangul``, ``kMandarin``; simplified characters through
``kTraditionalVariant``), as Debian's ``unicode-data`` package installs it, kept to the characters of
Korea's standard set (KS X 1001) and of its school list: a rarer character read so would let any pinyin
syllable meet a Hangul one. ``python -m epoc.names.hanja`` writes ``hanja_table``; a test holds the file
to what the database gives.
"""

from __future__ import annotations

import bz2
import json
import unicodedata
from functools import lru_cache
from itertools import product
from pathlib import Path

UNIHAN = Path("/usr/share/unicode")
_COMMON_SOURCES = frozenset("0E")  # kHangul sources: KS X 1001, and the basic education list


def _fields(path: Path, wanted: set[str]) -> dict[str, dict[str, str]]:
    found: dict[str, dict[str, str]] = {}
    with bz2.open(path, "rt", encoding="utf-8") as lines:
        for line in lines:
            if line.startswith("#") or not line.strip():
                continue
            code, field, value = line.rstrip("\n").split("\t", 2)
            if field in wanted:
                found.setdefault(chr(int(code[2:], 16)), {})[field] = value
    return found


def _toneless(reading: str) -> str:
    """A pinyin reading without its tone mark, ü written v as ``pinyin_tables`` writes it (lǘ -> lv)."""
    decomposed = unicodedata.normalize("NFD", reading).replace("u\u0308", "v")
    return "".join(c for c in decomposed if not unicodedata.combining(c))


_VARIANT_FIELDS = ("kTraditionalVariant", "kZVariant", "kSemanticVariant")


def _variants_of(char: str, variants: dict[str, dict[str, str]]) -> list[str]:
    """The characters Unihan gives as the traditional form or a variant of ``char`` (``U+7E3D<kMatthews``:
    the source after ``<`` left out)."""
    fields = variants.get(char, {})
    return [
        chr(int(code.split("<")[0][2:], 16)) for f in _VARIANT_FIELDS for code in fields.get(f, "").split()
    ]


def build_hanja_table(folder: Path = UNIHAN) -> dict[str, tuple[str, str]]:
    """Each common character -> (its Korean readings, one Hangul block each; its Mandarin readings,
    pinyin without tones, space-separated)."""
    readings = _fields(folder / "Unihan_Readings.txt.bz2", {"kHangul", "kMandarin"})
    variants = _fields(folder / "Unihan_Variants.txt.bz2", set(_VARIANT_FIELDS))
    korean: dict[str, str] = {}
    for char, fields in readings.items():
        kept = [
            (spelt, sources)
            for entry in fields.get("kHangul", "").split()
            for spelt, sources in [entry.split(":")]
            if set(sources) & _COMMON_SOURCES
        ]
        kept.sort(key=lambda reading: "N" not in reading[1])  # the reading names take first (金: 김, 금)
        if kept:
            korean[char] = "".join(dict.fromkeys(spelt for spelt, _ in kept))
    # a simplified or Japanese form reads as the form Korean keeps (张 as 張, 総 as 總), one or two variants
    # away (矿 -> 礦 -> 鑛)
    for char in variants:
        if char not in korean and "kMandarin" in readings.get(char, {}):
            near = _variants_of(char, variants)
            found = "".join(korean.get(v, "") for v in near) or "".join(
                korean.get(w, "") for v in near for w in _variants_of(v, variants)
            )
            if found:
                korean[char] = "".join(dict.fromkeys(found))
    table = {}
    for char, hangul in sorted(korean.items()):
        mandarin = readings.get(char, {}).get("kMandarin")
        if mandarin:
            table[char] = (hangul, " ".join(dict.fromkeys(_toneless(m) for m in mandarin.split())))
    return table


_HEADER = """Made by ``python -m epoc.names.hanja`` from Unicode's Unihan database
(``hanja.build_hanja_table``); do not edit: a test holds it to what the database gives. Each character ->
(its Korean readings, its Mandarin readings without tones)."""


def write_hanja_table(path: Path, folder: Path = UNIHAN) -> None:
    lines = [f'"""{_HEADER}"""', "", "HANJA = {"]
    for char, (hangul, mandarin) in build_hanja_table(folder).items():
        lines.append(
            f"    {json.dumps(char, ensure_ascii=False)}: ({json.dumps(hangul, ensure_ascii=False)}, "
            f"{json.dumps(mandarin)}),"
        )
    lines += ["}", ""]
    path.write_text("\n".join(lines), encoding="utf-8")


@lru_cache(maxsize=1)
def _mandarin_of_hangul() -> dict[str, frozenset[str]]:
    from epoc.names.hanja_table import HANJA

    found: dict[str, set[str]] = {}
    for hangul, mandarin in HANJA.values():
        for block in hangul:
            found.setdefault(block, set()).update(mandarin.split())
    return {block: frozenset(options) for block, options in found.items()}


def mandarin_of(block: str) -> frozenset[str]:
    """The Mandarin readings (pinyin) of the common characters Korean reads as this Hangul block."""
    return _mandarin_of_hangul().get(block, frozenset())


@lru_cache(maxsize=20_000)
def korean_readings(han: str, limit: int = 4) -> tuple[str, ...]:
    """A name in Chinese characters read in Korean, in Hangul (金正恩 -> 김정은; 金 is also 금, read second);
    none when a character has no common Korean reading. Spaces and dots are kept."""
    from epoc.names.hanja_table import HANJA

    options: list[str] = []
    for char in han:
        if char in HANJA:
            options.append(HANJA[char][0])
        elif char.isspace() or char in "·・.":
            options.append(" ")
        else:
            return ()
    if not any(o != " " for o in options):
        return ()
    # the reading names take comes first (金: 김 before 금); two per character at most, ``limit`` in all
    readings = ("".join(choice) for choice in product(*(o[:2] for o in options)))
    return tuple(r for _, r in zip(range(limit), readings, strict=False))


if __name__ == "__main__":  # pragma: no cover - regenerates the table
    write_hanja_table(Path(__file__).with_name("hanja_table.py"))
