"""Shared by make_negatives.py and verify_negatives.py: the document-noise templates, a function that strips
them, and the Latin readings of native-script forms used by the filter."""
import re

import translit
from pypinyin import lazy_pinyin, Style
import filters10 as F

TITLES_LAT = {'m': ['Mr.', 'Mr', 'Dr.', 'Prof.', 'Eng.', 'Capt.'], 'f': ['Mrs.', 'Ms.', 'Ms', 'Dr.', 'Prof.', 'Mrs']}
TITLES_CC = {'de': {'m': ['Herr', 'Dr.', 'Dipl.-Ing.', 'Prof. Dr.'], 'f': ['Frau', 'Dr.', 'Dipl.-Ing.']},
             'fr': {'m': ['M.', 'Dr', 'Me'], 'f': ['Mme', 'Mlle', 'Dr']},
             'es': {'m': ['Sr.', 'D.', 'Ing.', 'Dr.'], 'f': ['Sra.', 'Dña.', 'Dra.']},
             'mx': {'m': ['Ing.', 'Lic.', 'Sr.', 'C.P.'], 'f': ['Lic.', 'Ing.', 'Sra.']},
             'it': {'m': ['Sig.', 'Ing.', 'Dott.', 'Geom.'], 'f': ['Sig.ra', 'Dott.ssa', 'Ing.']},
             'nl': {'m': ['dhr.', 'ir.', 'drs.', 'ing.'], 'f': ['mevr.', 'ir.', 'drs.']},
             'pl': {'m': ['Pan', 'inż.', 'dr'], 'f': ['Pani', 'inż.', 'dr']},
             'tr': {'m': ['Bay', 'Dr.', 'Müh.'], 'f': ['Bayan', 'Dr.']}}
NOISE_LAT = ['Attn: {}', 'Attn.: {}', 'ATTN: {}', 'c/o {}', '"{}"', '{},', '({})', 'Contact: {}', 'Name: {}', '{} (Director)',
             '{} (Sales Manager)', 'Signed: {}']


# ---------------------------------------------------------------------- document noise
NOISE_NAT = {  # n: neutral, m / f: gendered titles
    'han': {'n': ['收货人：{}', '联系人：{}', '{}经理', '“{}”', '（{}）', '{}博士', '{}总经理', '采购：{}'], 'm': ['{}先生'], 'f': ['{}女士']},
    'jp': {'n': ['{}様', '{} 様', '{}殿', '担当：{}', '{}部長', '「{}」', '{}さん', '宛先：{}'], 'm': [], 'f': []},
    'hangul': {'n': ['{} 님', '{}씨', '담당자: {}', '{} 과장', '{} 부장', '수신: {}', '“{}”', '{} 귀하', '{} 박사'], 'm': [], 'f': []},
    'arabic': {'n': ['د. {}', 'إلى: {}', '«{}»'], 'm': ['السيد {}', 'المهندس {}', 'م. {}'], 'f': ['السيدة {}', 'المهندسة {}']},
    'persian': {'n': ['دکتر {}', 'مهندس {}', 'گیرنده: {}', '«{}»'], 'm': ['آقای {}', 'جناب آقای {}'], 'f': ['خانم {}', 'سرکار خانم {}']},
    'urdu': {'n': ['«{}»', 'ڈاکٹر {}'], 'm': ['جناب {}'], 'f': ['محترمہ {}']},
    'cyrillic': {'n': ['Грузополучатель: {}', 'Получатель: {}', 'д-р {}', 'инж. {}', '«{}»', '{} (директор)'], 'm': ['г-н {}'],
                 'f': ['г-жа {}']},
    'ukrainian': {'n': ['Одержувач: {}', '«{}»'], 'm': ['пан {}'], 'f': ['пані {}']},
    'devanagari': {'n': ['डॉ. {}', 'प्रेषिती: {}'], 'm': ['श्री {}'], 'f': ['श्रीमती {}']},
    'bengali': {'n': ['ডা. {}', 'প্রাপক: {}'], 'm': ['জনাব {}'], 'f': ['বেগম {}']},
    'thai': {'n': ['ดร.{}', 'คุณ{}', 'ผู้รับ: {}'], 'm': ['นาย{}'], 'f': ['นาง{}', 'นางสาว{}']},
    'greek': {'n': ['κ. {}', 'Δρ. {}', 'Παραλήπτης: {}', '«{}»'], 'm': [], 'f': []},
    'hebrew': {'n': ['ד"ר {}', 'לכבוד {}', '"{}"'], 'm': ['מר {}'], 'f': ["גב' {}"]},
    'georgian': {'n': ['„{}“'], 'm': ['ბატონი {}'], 'f': ['ქალბატონი {}']},
    'armenian': {'n': ['«{}»'], 'm': ['Պրն. {}'], 'f': ['Տիկին {}']}}
NOISE_ORG_NAT = {
    'han': ['收货人：{}', '买方：{}', '“{}”', '最终用户：{}'], 'jp': ['{} 御中', '「{}」', '宛先：{}'],
    'hangul': ['{} 귀중', '수신: {}', '“{}”'], 'arabic': ['إلى: {}', 'السادة/ {}', '«{}»'],
    'persian': ['گیرنده: {}', '«{}»', 'خریدار: {}'], 'urdu': ['«{}»', 'بنام: {}'],
    'cyrillic': ['Грузополучатель: {}', 'Покупатель: {}', 'Конечный пользователь: {}'], 'ukrainian': ['Покупець: {}'],
    'devanagari': ['मेसर्स {}', 'प्रेषिती: {}'], 'bengali': ['মেসার্স {}', 'প্রাপক: {}'], 'thai': ['ผู้รับ: {}'],
    'greek': ['Παραλήπτης: {}'], 'hebrew': ['לכבוד {}'], 'georgian': ['„{}“'], 'armenian': ['«{}»']}
NOISE_ORG_LAT = ['Messrs. {}', 'M/s. {}', 'To: {}', 'Consignee: {}', '"{}"', '{} (the Buyer)', 'End user: {}', '{},',
                 'Ship to: {}', 'c/o {}']

NOISE_KEY = {'cn': 'han', 'hk': 'han', 'tw': 'han', 'jp': 'jp', 'kr': 'hangul', 'kp': 'hangul', 'ar': 'arabic', 'sy': 'arabic',
             'ir': 'persian', 'pk': 'urdu', 'ru': 'cyrillic', 'kz': 'cyrillic', 'ua': 'ukrainian', 'in': 'devanagari',
             'bd': 'bengali', 'th': 'thai', 'gr': 'greek', 'il': 'hebrew', 'ge': 'georgian', 'am': 'armenian'}




def _tpl_regex(t):
    a, b = t.split('{}')
    return re.compile('^' + re.escape(a) + '(.+?)' + re.escape(b) + '[,;. ]?$')


_ALL = set(NOISE_LAT + NOISE_ORG_LAT)
for v in NOISE_ORG_NAT.values():
    _ALL.update(v)
for v in NOISE_NAT.values():
    for lst in v.values():
        _ALL.update(lst)
for d in TITLES_CC.values():
    for v in d.values():
        _ALL.update(t + ' {}' for t in v)
for v in TITLES_LAT.values():
    _ALL.update(t + ' {}' for t in v)
_RX = sorted((_tpl_regex(t) for t in _ALL), key=lambda r: -len(r.pattern))


def strip_noise(s):
    """the name inside a noise template, or s itself"""
    for rx in _RX:
        m = rx.match(s)
        if m and m.group(1).strip():
            return m.group(1).strip()
    return s


def readings_of(s):
    """Latin readings of a native-script form (translit.py): Hangul RR/MR, pinyin for Han (also for Japanese
    kanji, as a reader that does not know the language would read them), Cyrillic BGN/Ukrainian/Unidecode."""
    sc = F.script_of(s)
    out = []
    if sc == 'hangul':
        t = s.replace(' ', '')
        if 2 <= len(t) <= 4:
            out += translit.hangul_person(s)
        out += translit.hangul_text(t)
    elif sc == 'han':
        t = re.sub(r'\s+', '', s)
        if len(t) <= 4:
            out += translit.han_person(t)
        py = [p for p in lazy_pinyin(t, style=Style.NORMAL, errors='ignore') if p.strip()]
        out += [' '.join(py)]
    elif sc == 'cyrillic':
        out += translit.cyr_shadows(s)
    return [o for o in out if o.strip()]


EXTRA_PLACES = ('tehran isfahan esfahan shiraz tabriz mashhad yazd karaj qom pyongyang nampo sinuiju beijing shanghai tianjin '
                'dalian shenzhen guangzhou xian chengdu wuhan harbin moscow st petersburg damascus aleppo latakia karachi lahore '
                'islamabad rawalpindi dubai sharjah hong kong').split()


def places():
    """place and region words of the organisation pools (Latin and romanised), plus a few capitals and hubs"""
    import orgs10
    import romanise10 as R
    out = set(EXTRA_PLACES)
    for cc, d in orgs10.ORG.items():
        for k in ('C', 'ST', 'UC'):
            if k not in d:
                continue
            for e in d[k].replace('\n', '').split('|'):
                for part in e.split('='):
                    part = part.strip()
                    if not part:
                        continue
                    if F.script_of(part) == 'cyrillic':
                        part = R.ua_lat(part) if cc == 'ua' else (R.kz_lat(part) if cc == 'kz' else R.ru_lat(part, 'bgn'))
                    out.update(F.W(part))
    return out
