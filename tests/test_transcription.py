"""A foreign name in Chinese characters read back against its Latin spelling."""

from epoc.names.transcription import fold, foreign_similarity, spellings, transcribes


def test_fold_takes_the_spelling_choices_away():
    assert fold("Waheed") == "vahed"
    assert fold("Phillips") == "filips"
    assert fold("Cécile") == "sesile"


def test_a_character_stands_for_its_syllable_and_for_a_bare_consonant():
    assert "si" in spellings("斯") and "s" in spellings("斯")
    assert "t" in spellings("特")
    assert "va" in spellings("瓦")


def test_the_spelling_the_characters_allow_scores_highest():
    assert foreign_similarity("瓦希德", "Waheed") == 1.0
    assert foreign_similarity("塔希里", "Tahri") == 1.0
    # letters a transcription leaves unwritten (the d of dg, a closing r or l) cost less than one changed
    assert foreign_similarity("霍奇金", "Hodgkin") > 0.8
    assert foreign_similarity("普維尼諾", "Polverino") > foreign_similarity("普維尼諾", "Pomverino")
    assert foreign_similarity("瓦希德", "Bernard") < 0.5


def test_only_transcription_characters_read_as_a_foreign_name():
    assert transcribes("瓦希德")
    assert not transcribes("王建国")
    assert not transcribes("")


def test_a_regnal_number_is_not_read_as_part_of_the_name():
    assert foreign_similarity("拜巴尔一世", "Baibars") == foreign_similarity("拜巴尔", "Baibars")
    assert transcribes("拜巴尔一世")


def test_hong_kongs_mac_is_read_as_mak():
    assert "mak" in spellings("麥")
    assert foreign_similarity("麥李維", "McLeavey") > foreign_similarity("梅李維", "McLeavey")


def test_a_foreign_name_in_hangul_is_read_block_by_block():
    from epoc.names.transcription import hangul_spellings

    assert "s" in hangul_spellings("스")  # ㅡ: no vowel said
    assert foreign_similarity("스미스", "Smith") == 1.0
    assert foreign_similarity("레오폴트", "Leopold") == 1.0
    # a closing ㄹ and the next block's ㄹ are one l (탈레반 Taliban)
    assert foreign_similarity("탈레반", "Taleban") == 1.0
    # another name stays far below a match (0.78 here, at the transcription's confidence), however its
    # languages say it
    assert foreign_similarity("스미스", "Jones") <= 0.5


def test_a_korean_romanisation_reads_as_korean_and_a_foreign_name_does_not():
    # the Hangul reading trusts a Latin name that reads as Korean less: a Korean name it merely comes near
    from epoc.names.syllables import reads_as_korean

    assert reads_as_korean(("ri", "song", "hyok"))
    assert reads_as_korean(("kwangsu",))
    assert not reads_as_korean(("smith",))
    assert not reads_as_korean(("luigi", "cremona"))


def test_a_name_is_read_as_its_own_language_says_it():
    from epoc.names.transcription import foreign_reading

    # French au, ch and a silent x (沃謝羅 wo-xie-luo); German z and ei (츠바이틀러)
    assert foreign_reading("沃謝羅", "Vaucheraux") == (1.0, "French")
    assert foreign_similarity("沃謝羅", "Vaucheraux") > foreign_similarity("沃謝羅", "Vauchamp") + 0.3
    assert foreign_reading("츠바이틀러", "Zweitler")[1] == "German"
    assert foreign_reading("츠바이틀러", "Zweitler")[0] > 0.9
    # as written wins a tie: no language is named where the letters already say it
    assert foreign_reading("瓦希德", "Waheed") == (1.0, "")


def test_a_foreign_name_in_cyrillic_is_read_letter_by_letter():
    from epoc.names.transcription import foreign_reading

    # Russian writes the French name as said: au as о, ch as ш, the x unsaid
    assert foreign_reading("Вошеро", "Vaucheraux") == (1.0, "French")
    assert foreign_similarity("Вошеро", "Vauchamp") < 0.5
    # ь writes no sound of its own (Пьетц: Pietz)
    assert foreign_similarity("Пьетц", "Pietz") == 1.0


def test_an_accent_says_how_the_name_is_said():
    from epoc.matching.party import Party
    from epoc.matching.scorer import default_scorer
    from epoc.model import Name, Schema

    # German ö is said e (츠베르크, tsverk, as Korean writes Zwörk): folded to o, it read as another vowel
    def score(native: str, latin: str) -> float:
        person = Schema.PERSON
        return default_scorer().compare(Party(person, (Name(native),)), Party(person, (Name(latin),))).score

    assert score("츠베르크", "Zwörk") > score("츠베르크", "Zwork")


def test_a_name_in_ukrainian_letters_is_read_as_slavic_not_by_sound():
    # Russian writes a foreign name by its sounds in its own letters; і, ї, є, ґ and ў are Ukrainian and
    # Belarusian names' (Леонтій Гоголь): such a name is read as Slavic, and not fetched by sound
    from epoc.matching.index import read_by_sound
    from epoc.model import Name
    from epoc.names.language import SLAVIC, name_language

    assert name_language("Остапій Брель", "Cyrillic") == SLAVIC
    assert not read_by_sound(Name("Остапій Брель"))
    assert read_by_sound(Name("Мишель Вошеро"))
