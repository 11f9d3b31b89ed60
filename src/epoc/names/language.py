"""Which language a native-script personal name is in, decided before it is romanised.

A name in Han characters may be Chinese, Japanese or a Korean name in hanja; a name in Hangul may be a
Korean name or a foreign one written in Hangul (조지 for *George*). Each is romanised with its own
language's systems only, and compared as its speakers spell it in Latin letters (not by a loose sound
skeleton, which suits only foreign names transcribed into the script):

- **Japanese**: kana in the name, or a family name of two or more kanji that the Japanese dictionary
  (UniDic, through fugashi) tags as a family name at the start (田中優子, 阿部 七夏), or a family name
  that is not a Chinese one spaced from the given name, as Japanese writes them (森 裕樹); read with cutlet
  (Hepburn), never with Mandarin or Korean sounds;
- **Chinese**: two to four Han characters, the first a common Chinese family name (王建国, 李方伟);
- **Korean**: two to four Hangul syllables, the first a common Korean family name (김정은, 이지현);
- **Slavic**: a Cyrillic personal name of two or more words, one of them a Russian, Ukrainian or
  Belarusian family name or patronymic by its ending (Воронова, Шевченко, Олегович) or a common East
  Slavic given name (Мирослав): its letters are all written, so it is compared by spelling in the
  romanisation systems its bearers' papers use, not by a consonant skeleton (Воронова is not *Bernova*).

The family-name lists are short on purpose (the commonest ~100 of each); a name they miss falls back to
the script's general route, which is how it was compared before.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from epoc.names.hangul import writes_cluster
from epoc.names.script import CYRILLIC, HAN, HANGUL, KANA

JAPANESE = "ja"
CHINESE = "zh"
KOREAN = "ko"
SLAVIC = "sla"

CHINESE_FAMILY_NAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔"
    "钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢"
    "安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游"
    "辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应"
    "臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝"
    # traditional forms of those that differ
    "張劉陳楊黃趙吳孫馬郭羅鄭謝許韓馮鄧蕭葉蘇呂盧鍾譚陸賈韋閆雷龍陶賀顧龔萬錢嚴湯溫顏龐聶魯嚴殷詹蘭焦劉紀畢單塗駱藍辛"
    "靳鮑華饒蘆麥竇費衛臧鄔邊師欒隋鄺歐陽"
)
# characters Chinese writes foreign names with and seldom gives a child: a Han name that has one after its
# family name is a foreign name transcribed (马克 Mark, 安东尼 Anthony), compared by its sounds
TRANSCRIPTION_CHARACTERS = frozenset(
    "斯尔爾特克夫姆兹茲娅婭诺諾莱萊蒂拉里尼基科奥奧索埃塔普巴卡洛格什茨契奇戈贝貝默瑟瓦沃乌烏阿迪登顿頓赫霍卢盧鲁魯"
    "穆纳納内內妮帕佩皮萨薩桑塞舍舒汤湯图圖托沙谢謝耶约約泽澤扎布罗羅"
)
KOREAN_FAMILY_NAMES = frozenset(
    "김이박최정강조윤장임한오서신권황안송류전홍고문양손배백허유남심노하곽성차주우구민진지엄채원천방공현함변염여추도소석"
    "선설마길연위표명기반왕금옥육인맹제모탁국어은편용예경봉사부가복태목형계피두감음빈동온호범좌팽승간상갈시견당화나라"
    # as North Korea writes them, keeping the initial ㄹ the South drops (리 Ri for 이 Yi, 림 Rim, 로 Ro …)
    "리림로류량렴룡려륙"
)


# endings of Slavic family names and patronymics (-ов, -енко, -ович, -ская, -ић …); a foreign name written in
# Cyrillic seldom ends so (Мартин does: its spelling route finds *Martin* all the same)
_SLAVIC_ENDING = re.compile(
    "(?:ов|ова|ев|ева|ёв|ёва|ин|ина|ын|ына|ий|ая|ой|енко|ич|овна|евна|ична|ук|юк|як|ів|ська|ець"
    "|ић|ски|ска|віч|энка|ёнак|онак|скі|ава"  # and South Slavic, Belarusian: Петровић, Лукашэнка
    "|ко|чук|ак|ик)$"  # and Ukrainian: Бойко, Єресько, Ковальчук, Байдак, Мельник
)
_SLAVIC_GIVEN = """
    александр алексей анатолий андрей антон аркадий артём артем борис вадим валентин валерий василий
    виктор виталий владимир владислав всеволод вячеслав геннадий георгий глеб григорий давид даниил денис
    дмитрий евгений егор иван игорь илья кирилл константин лев леонид максим марк матвей михаил никита
    николай олег павел пётр петр роман руслан святослав семён семен сергей станислав степан тарас тимур
    фёдор федор юрий ярослав богдан мирослав остап орест тарас олександр андрій василь віктор володимир
    дмитро євген іван ігор микола михайло олексій петро сергій юрій ярослава александра алла алёна алина
    анастасия анна валентина валерия вера виктория галина дарья евгения екатерина елена елизавета жанна
    зоя ирина карина кира ксения лариса лидия любовь людмила маргарита марина мария надежда наталья
    наталия нина оксана ольга полина раиса светлана софия софья тамара татьяна ульяна юлия яна олена
    оксана катерина наталія ганна марія людмила тетяна юлія світлана јован марко милан драган зоран
    ненад небојша горан дејан милош никола стефан милица јелена ивана драгана снежана аляксандр алег
    сяргей уладзімір андрэй дзмітрый мікалай наталля вольга таццяна ірына алена
    анатолій валерій віталій всеволод геннадій григорій данило ілля кирило костянтин матвій микита павло
    семен станіслав тимофій федір альберт эдуард альбіна анастасія аліна валерія віра вікторія дарина
    дарія євгенія єлизавета ксенія лідія любов мирослава надія ніна поліна раїса софія уляна эльвира"""
SLAVIC_GIVEN_NAMES = frozenset(_SLAVIC_GIVEN.split())


# letters only Ukrainian and Belarusian write (Леонтій, Ўладзімір): a name in them is no foreign name
# written by its sounds in Russian
_UKRAINIAN_BELARUSIAN = frozenset("іїєґў")


def _slavic(text: str) -> bool:
    words = [w.strip(".,").lower() for w in text.split()]
    if len(words) < 2:
        return False
    if any(c in _UKRAINIAN_BELARUSIAN for w in words for c in w):
        return True
    return any(w in SLAVIC_GIVEN_NAMES or (len(w) >= 5 and _SLAVIC_ENDING.search(w)) for w in words)


@lru_cache(maxsize=1)
def _tagger() -> Any:
    """cutlet's tagger and converter (fugashi over UniDic-lite), loaded on the first Japanese name."""
    import cutlet  # 0.2 s and ~50 MB: only when a Han name may be Japanese

    return cutlet.Cutlet()


def _japanese_family_name(text: str) -> bool:
    """Does the name open with a family name of two or more kanji, as the Japanese dictionary knows it?"""
    words = list(_tagger().tagger(text))
    if not words:
        return False
    first = words[0]
    return len(first.surface) >= 2 and first.feature.pos3 == "人名" and first.feature.pos4 == "姓"


def spaced_as_korean_name(words: list[str]) -> bool:
    """Words spaced as forms and letters space a Korean name: the family name apart from a given name of one
    or two syllables (박 순옥), or syllable by syllable (박 순 옥). Two syllables and one (박순 옥) are not:
    so foreign names are written in Hangul (마틴 신, *Martin Sheen*)."""
    sizes = tuple(map(len, words))
    return 2 <= len(words) <= 4 and (sizes in ((1, 1), (1, 2)) or set(sizes) == {1})


@lru_cache(maxsize=100_000)
def name_language(text: str, script: str | None) -> str | None:
    """The language of a native-script *personal-looking* name (``ja``, ``zh``, ``ko``, ``sla``), or None
    when the script says nothing more (or the name looks like a foreign one written in it)."""
    if script == CYRILLIC:
        return SLAVIC if _slavic(text) else None
    if script == KANA:
        return JAPANESE
    letters = "".join(text.split())
    if script == HAN:  # 々 repeats the kanji before it (佐々木)
        if not 2 <= len(letters) <= 6 or not all("\u3400" <= c <= "\u9fff" or c == "々" for c in letters):
            return None
        if _japanese_family_name(text):
            return JAPANESE
        foreign = any(c in TRANSCRIPTION_CHARACTERS for c in letters[1:])
        words = text.split()
        if len(words) == 2 and words[0][0] not in CHINESE_FAMILY_NAMES and not foreign:
            # family and given name spaced apart, as Japanese writes them (森 裕樹); a foreign name's
            # parts are spaced too (维克托·塞尔文, its dot read as a space), but in transcription characters
            return JAPANESE
        if len(letters) <= 4 and letters[0] in CHINESE_FAMILY_NAMES and not foreign:
            return CHINESE
        return None
    words = text.split()
    spaced = len(words) == 1 or spaced_as_korean_name(words)
    korean = 2 <= len(letters) <= 4 and spaced and letters[0] in KOREAN_FAMILY_NAMES
    return KOREAN if script == HANGUL and korean and not any(map(writes_cluster, letters)) else None


def may_be_chinese(text: str) -> bool:
    """Two or three Han characters none of which a transcription of a foreign name would use: a Chinese
    personal name whose family name the short list misses (危杨, 祖淑华), or a foreign one written in
    characters that list does not know (凱林 *Kaelin*). Which, only the other name can tell."""
    letters = "".join(text.split())
    return 2 <= len(letters) <= 3 and all(
        "\u3400" <= c <= "\u9fff" and c not in TRANSCRIPTION_CHARACTERS for c in letters
    )


def japanese_readings(text: str) -> list[str]:
    """A Japanese name in Hepburn (cutlet), and with long vowels written short as lists usually write them
    (*Yuuko*, *Satou* -> *Yuko*, *Sato*)."""
    reading = _tagger().romaji(text).lower().replace("?", " ")
    short = reading.replace("ou", "o").replace("uu", "u").replace("oo", "o")
    return [reading, short]
