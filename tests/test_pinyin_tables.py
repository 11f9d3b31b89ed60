"""The pinyin tables written out (so that comparing Latin names does not load pypinyin) are pypinyin's."""

import subprocess
import sys

from epoc.names.pinyin_tables import CHINESE_FAMILY_SPELLINGS, PINYIN_OF
from epoc.names.syllables import build_pinyin_tables, one_family_name, same_given_names


def test_the_written_tables_are_what_pypinyin_gives():
    assert build_pinyin_tables() == (PINYIN_OF, CHINESE_FAMILY_SPELLINGS)


def test_comparing_latin_names_does_not_load_pypinyin():
    code = (
        "import sys\n"
        "from epoc.names.syllables import one_family_name, same_given_names\n"
        "assert one_family_name('lee', 'li')\n"
        "assert same_given_names(('li', 'hsiuying'), ('li', 'xiuying')) is True\n"
        "assert 'pypinyin' not in sys.modules\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_the_tables_answer_as_before():
    assert one_family_name("wang", "wang")
    assert not one_family_name("gao", "guo")
    assert same_given_names(("zhang", "xiuming"), ("zhang", "xiaoming")) is not True
