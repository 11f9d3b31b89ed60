"""Chinese characters read in Korean: the table is Unihan's, and a name is read both ways."""

from epoc.names.hanja import UNIHAN, build_hanja_table, korean_readings, mandarin_of
from epoc.names.hanja_table import HANJA
from epoc.names.syllables import hanja_read_in_korean, spelt_as_hanja


def test_the_written_table_is_what_unihan_gives():
    assert (UNIHAN / "Unihan_Readings.txt.bz2").exists(), "install Debian's unicode-data (make system)"
    assert build_hanja_table() == HANJA


def test_a_character_is_read_in_korean_with_the_reading_names_take_first():
    assert korean_readings("金成浩")[0] == "김성호"  # 金 is 금 too, but a family name reads 김
    assert "리명식" in korean_readings("李明植") and "이명식" in korean_readings("李明植")  # North and South
    assert korean_readings("張成")[0] == korean_readings("张成")[0] == "장성"  # simplified as traditional
    assert korean_readings("金 成浩")[0] == "김 성호"
    assert korean_readings("矿")[0] == "광"  # 矿 -> 礦 -> 鑛: a variant of the traditional form reads
    assert korean_readings("金ア") == ()  # kana have no Korean reading


def test_a_hangul_syllable_stands_for_the_mandarin_of_every_common_character_read_so():
    assert {"sun", "xun"} <= mandarin_of("손")
    assert "de" in mandarin_of("덕") and "da" not in mandarin_of("덕")
    assert "nv" in mandarin_of("녀")  # 女 nǚ: ü written v, as the pinyin tables write it, tone and all gone


def test_a_korean_romanisation_spells_the_korean_reading_of_the_characters():
    assert hanja_read_in_korean("金成浩", ("kim", "song", "ho")) == "김성호"
    assert hanja_read_in_korean("金成浩", ("song", "ho", "kim")) == "김성호"  # family name last
    assert hanja_read_in_korean("金成浩", ("kim", "song", "min")) is None  # another given name
    assert hanja_read_in_korean("金成浩", ("jin", "chenghao")) is None  # Mandarin, asked elsewhere


def test_a_pinyin_name_says_the_characters_a_hangul_name_reads():
    assert spelt_as_hanja("손덕명", ("sun", "deming")) == (("손", "sun"), ("덕", "de"), ("명", "ming"))
    assert spelt_as_hanja("손덕명", ("deming", "sun")) == (("손", "sun"), ("덕", "de"), ("명", "ming"))
    assert spelt_as_hanja("손덕명", ("sun", "daming")) is None  # 大 da is 대
    assert spelt_as_hanja("손덕명", ("sun", "de")) is None  # a syllable short
    assert spelt_as_hanja("손덕명", ("smith", "deming")) is None  # not pinyin
