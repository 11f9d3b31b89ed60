"""A Chinese name written in Hangul as Korean writes Mandarin (the foreign-word rules' table for Chinese)."""

import pytest

from epoc.names.mandarin_hangul import hangul_of
from epoc.names.syllables import mandarin_readings, spelt_as_mandarin


@pytest.mark.parametrize(
    ("syllable", "written"),
    [
        # initials: zh and j are ㅈ, z ㅉ, q c ch ㅊ, x sh ㅅ, s ㅆ, f ㅍ
        ("zhang", "장"), ("jin", "진"), ("ze", "쩌"), ("qiang", "창"), ("cai", "차이"), ("chen", "천"),
        ("xi", "시"), ("shen", "선"), ("song", "쑹"), ("fang", "팡"),
        # finals of two blocks, and the ones written with the medial alone
        ("zhou", "저우"), ("tao", "타오"), ("lai", "라이"), ("wei", "웨이"), ("gui", "구이"),
        ("yuan", "위안"),
        ("xuan", "쉬안"), ("yue", "웨"), ("yan", "옌"), ("wen", "원"), ("kun", "쿤"), ("er", "얼"),
        # ㅑ ㅖ ㅛ ㅠ are ㅏ ㅔ ㅗ ㅜ after ㅈ ㅉ ㅊ, not after ㅅ
        ("jia", "자"), ("jiu", "주"), ("jian", "젠"), ("xian", "셴"), ("xiu", "슈"),
        # the -i of zhi, chi, shi, ri, zi, ci, si is ㅡ
        ("zhi", "즈"), ("shi", "스"), ("ri", "르"), ("si", "쓰"), ("ci", "츠"),
        ("ju", "쥐"), ("guo", "궈"), ("zhong", "중"), ("long", "룽"),
    ],
)  # fmt: skip
def test_pinyin_syllables_are_written_as_the_rules_write_them(syllable, written):
    assert hangul_of(syllable) == written


def test_no_pinyin_syllable_has_no_writing():
    assert hangul_of("kim") is None
    assert hangul_of("xyz") is None


@pytest.mark.parametrize(
    ("hangul", "words", "expected"),
    [
        ("타오웨이밍", ("tao", "weiming"), True),
        ("타오웨이밍", ("weiming", "tao"), True),  # family name last
        ("타오웨이밍", ("t'ao", "weiming"), False),  # not alphabetic: left to the other comparisons
        ("쩌우셴룽", ("zou", "xianlong"), True),
        ("쩌우셴룽", ("tsou", "hsienlung"), True),  # Wade-Giles spells the same syllables
        ("타오웨이밍", ("tao", "weiping"), False),
        ("쩌우셴룽", ("zou", "xiannong"), False),
        ("김정은", ("kim", "jong", "un"), False),  # a Korean romanisation is no pinyin
    ],
)
def test_a_latin_name_spells_the_hangul_as_korean_writes_mandarin(hangul, words, expected):
    assert spelt_as_mandarin(hangul, tuple(w for w in words if w.isalpha())) is expected


def test_a_hangul_name_reads_back_into_pinyin_for_the_index():
    assert "tao weiming" in mandarin_readings("타오웨이밍")
    assert "cai yuanpei" in mandarin_readings("차이위안페이")  # 차이 is cai, not cha + yi
    assert mandarin_readings("김정은") == []  # 김 and 은 are no syllable the rules write
