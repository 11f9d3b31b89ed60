"""A Latin name said as the languages that spell it say it, for scripts that write names by sound."""

from epoc.names.spoken import spoken_forms


def said(name: str) -> dict[str, str]:
    return {language: form for form, language in spoken_forms(name)}


def test_the_name_as_written_comes_first():
    assert spoken_forms("Vaucheraux")[0] == ("vaucheraux", "")


def test_each_language_says_its_own_spellings():
    assert said("Vaucheraux")["French"] == "voshero"  # au, ch, a silent closing x
    assert said("Zweitler")["German"] == "tswaitler"  # (w is v to every reader: the folding says so)
    assert said("Tschernach")["German"] == "chernah"
    assert said("Szczelnik")["Polish"] == "shchelnik"
    assert said("Jiménez")["Spanish"] == "himénes"
    assert said("Wrighton")["English"] == "wraiton"


def test_each_word_is_said_on_its_own():
    # a closing consonant is silent at the end of each word, not only of the whole name
    assert said("Laurent Vaucheraux")["French"] == "loran voshero"


def test_a_form_said_as_written_is_not_repeated():
    forms = [form for form, _ in spoken_forms("Tana")]
    assert len(forms) == len(set(forms))
