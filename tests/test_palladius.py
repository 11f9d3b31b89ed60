"""A Chinese name written in Cyrillic as Russian writes Mandarin (the Palladius system)."""

import pytest

from epoc.names.palladius import cyrillic_of
from epoc.names.syllables import palladius_readings, spelt_as_palladius


@pytest.mark.parametrize(
    ("syllable", "written"),
    [
        # initials: j and z цз, q and c ц, x and s с, zh чж, r ж, h х
        ("jin", "цзинь"), ("ze", "цзэ"), ("qiang", "цян"), ("cai", "цай"), ("xi", "си"), ("zhou", "чжоу"),
        ("ren", "жэнь"), ("hu", "ху"),
        # -n is нь, -ng н; e э; ü юй
        ("bin", "бинь"), ("ping", "пин"), ("ke", "кэ"), ("xu", "сюй"), ("xue", "сюэ"), ("yuan", "юань"),
        ("lv", "люй"),
        # syllables without an initial, and the ones written otherwise
        ("yi", "и"), ("wang", "ван"), ("wei", "вэй"), ("you", "ю"), ("ye", "е"),
        ("zhi", "чжи"), ("shi", "ши"), ("zi", "цзы"), ("si", "сы"), ("guo", "го"), ("hui", "хуэй"),
        ("gui", "гуй"), ("dong", "дун"),
    ],
)  # fmt: skip
def test_pinyin_syllables_are_written_as_palladius_writes_them(syllable, written):
    assert cyrillic_of(syllable) == written


@pytest.mark.parametrize(
    ("cyrillic", "words", "expected"),
    [
        ("Тао Вэймин", ("tao", "weiming"), True),
        ("Тао Вэймин", ("weiming", "tao"), True),  # family name last
        ("Цзоу Сяньлун", ("zou", "xianlong"), True),
        ("Цзоу Сянь-лун", ("tsou", "hsienlung"), True),  # Wade-Giles and a hyphen: the same syllables
        ("Тао Вэймин", ("tao", "weiping"), False),
        ("Иван Петров", ("ivan", "petrov"), False),  # no pinyin
    ],
)
def test_a_latin_name_spells_the_cyrillic_as_russian_writes_mandarin(cyrillic, words, expected):
    assert spelt_as_palladius(cyrillic, words) is expected


def test_a_cyrillic_name_reads_back_into_pinyin_for_the_index():
    assert "tao weiming" in palladius_readings("Тао Вэймин")
    assert palladius_readings("Иван Петров") == []  # Петров is no syllables Palladius writes
    # one word alone is no Chinese person's name as Russian writes it: the Kazakh firm's form ТОО (tuo o)
    # had fetched TUTO, an alias, and matched it in a paper
    assert palladius_readings("ТОО") == []
