"""A Korean name written in Cyrillic as Russian writes Korean (the Kontsevich system, older spellings)."""

import pytest

from epoc.names.kontsevich import hangul_readings
from epoc.names.syllables import kontsevich_readings, kontsevich_verdict


@pytest.mark.parametrize(
    ("cyrillic", "hangul"),
    [
        ("Чхве Рён Хэ", "최령해"),  # ㅊ чх, ㅕ ё, ㅇ н, ㅐ э
        ("Ли Бён Чхоль", "리병철"),  # ㅂ б between vowels, ㄹ ль
        ("Ким Чен Ир", "김정일"),  # the older е for ㅓ, р for a final ㄹ
        ("Пак Пон Чжу", "박봉주"),  # ㅈ чж
    ],
)
def test_a_cyrillic_name_reads_back_into_the_hangul_it_writes(cyrillic, hangul):
    assert hangul in hangul_readings(cyrillic)


@pytest.mark.parametrize(
    ("cyrillic", "words", "expected"),
    [
        ("Тхэ Мён Гиль", ("tae", "myong", "gil"), True),
        ("Тхэ Мён Гиль", ("thae", "myong", "kil"), True),  # McCune-Reischauer
        ("Тхэ Мён Гиль", ("tae", "myong", "su"), False),  # another given name
        ("Иван Петров", ("ivan", "petrov"), None),  # no Korean romanisation
        ("Тхэ Мён Гиль", ("ivan", "petrov"), None),
    ],
)
def test_a_korean_romanisation_spells_the_cyrillic_or_another_name(cyrillic, words, expected):
    assert kontsevich_verdict(cyrillic, words) is expected


def test_a_russian_name_is_no_korean_writing():
    assert kontsevich_readings("Иван Петров") == []
    assert kontsevich_readings("ТОО") == []  # one word alone: Russian writes a Korean family name apart
