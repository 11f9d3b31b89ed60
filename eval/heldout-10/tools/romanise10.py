"""Display romanisations for heldout-10's generator (the writer's own tables).

Korean: Revised Romanization, the 'passport' spellings common in the ROK (Young, Sung, Joon ...), DPRK practice
(McCune-Reischauer without breves: Kim Chol Ho, Ri Yong Nam) and MR with apostrophes as the UN list writes it
(Ch'o'l).  Russian: BGN/PCGN-like, ICAO passport (2013) and the popular English spellings (Sergei, Dmitry).
Ukrainian: the 2010 national system.  Kazakh: passport-style.  Georgian: national system.  Armenian: a
common transliteration.  Japanese: Hepburn <-> kana.
"""
import re
import unicodedata

from translit import L_RR, V_RR, T_RR

# ------------------------------------------------------------------ Korean
def _dec(ch):
    c = ord(ch) - 0xAC00
    if not 0 <= c < 11172:
        return None
    return c // 588, (c % 588) // 28, c % 28

L_KP = ['k', 'kk', 'n', 't', 'tt', 'r', 'm', 'p', 'pp', 's', 'ss', '', 'j', 'jj', 'ch', 'kh', 'th', 'ph', 'h']
V_KP = ['a', 'ae', 'ya', 'yae', 'o', 'e', 'yo', 'ye', 'o', 'wa', 'wae', 'oe', 'yo', 'u', 'wo', 'we', 'wi', 'yu', 'u', 'ui', 'i']
L_AP = ['k', 'kk', 'n', 't', 'tt', 'r', 'm', 'p', 'pp', 's', 'ss', '', 'ch', 'tch', "ch'", "k'", "t'", "p'", 'h']
V_AP = ['a', 'ae', 'ya', 'yae', "o'", 'e', "yo'", 'ye', 'o', 'wa', 'wae', 'oe', 'yo', 'u', "wo'", 'we', 'wi', 'yu', "u'", "u'i", 'i']
T_KP = ['', 'k', 'k', 'k', 'n', 'n', 'n', 't', 'l', 'k', 'm', 'l', 'l', 'l', 'p', 'l', 'm', 'p', 'p', 't', 't', 'ng', 't', 't', 'k', 't', 'p', 't']

PASSPORT = {'영': 'young', '성': 'sung', '정': 'jung', '현': 'hyun', '수': 'soo', '우': 'woo', '주': 'joo', '희': 'hee',
            '철': 'chul', '석': 'suk', '선': 'sun', '순': 'soon', '숙': 'sook', '경': 'kyung', '명': 'myung', '병': 'byung',
            '형': 'hyung', '준': 'joon', '윤': 'yoon', '규': 'kyu', '훈': 'hoon', '은': 'eun', '서': 'seo', '연': 'yeon',
            '혜': 'hye', '진': 'jin', '민': 'min', '지': 'ji', '상': 'sang', '동': 'dong', '재': 'jae', '태': 'tae', '광': 'kwang',
            '용': 'yong', '종': 'jong', '기': 'ki', '구': 'koo', '근': 'keun', '건': 'gun', '덕': 'duk', '범': 'bum',
            '섭': 'sub', '억': 'uk', '원': 'won', '유': 'yoo', '하': 'ha', '호': 'ho', '환': 'hwan', '효': 'hyo'}

KR_SUR_LAT = {'김': ['Kim', 'Gim'], '이': ['Lee', 'Yi', 'Rhee', 'I'], '박': ['Park', 'Bak', 'Pak'], '최': ['Choi', 'Choe'],
              '정': ['Jung', 'Jeong', 'Chung'], '강': ['Kang', 'Gang'], '조': ['Cho', 'Jo'], '윤': ['Yoon', 'Yun'],
              '장': ['Jang', 'Chang'], '임': ['Lim', 'Im', 'Yim'], '한': ['Han'], '오': ['Oh', 'O'], '서': ['Seo', 'Suh'],
              '신': ['Shin', 'Sin'], '권': ['Kwon', 'Gwon'], '황': ['Hwang'], '안': ['Ahn', 'An'], '송': ['Song'],
              '류': ['Ryu', 'Yoo', 'Yu'], '전': ['Jeon', 'Jun', 'Chun'], '홍': ['Hong'], '고': ['Ko', 'Go', 'Koh'],
              '문': ['Moon', 'Mun'], '양': ['Yang'], '손': ['Son', 'Sohn'], '배': ['Bae', 'Pae'], '백': ['Baek', 'Paik', 'Paek'],
              '허': ['Heo', 'Huh', 'Hur'], '유': ['Yoo', 'Yu'], '남': ['Nam'], '심': ['Shim', 'Sim'], '노': ['Noh', 'Roh', 'No'],
              '하': ['Ha'], '곽': ['Kwak', 'Gwak'], '성': ['Sung', 'Seong'], '차': ['Cha'], '주': ['Joo', 'Ju'], '우': ['Woo', 'U'],
              '구': ['Koo', 'Gu', 'Ku'], '민': ['Min'], '나': ['Na', 'Ra'], '진': ['Jin', 'Chin'], '지': ['Ji', 'Chi'],
              '엄': ['Eom', 'Um'], '채': ['Chae'], '원': ['Won'], '천': ['Cheon', 'Chun'], '방': ['Bang', 'Pang'],
              '공': ['Kong', 'Gong'], '현': ['Hyun', 'Hyeon'], '함': ['Ham'], '변': ['Byun', 'Byeon'], '염': ['Yeom', 'Yum'],
              '여': ['Yeo', 'Yu'], '추': ['Choo', 'Chu'], '도': ['Do', 'Doh'], '석': ['Seok', 'Suk'], '선': ['Sun', 'Seon'],
              '설': ['Seol', 'Sul'], '마': ['Ma'], '길': ['Gil', 'Kil'], '연': ['Yeon', 'Yun'], '위': ['Wi', 'Wee'],
              '표': ['Pyo'], '명': ['Myung', 'Myeong'], '남궁': ['Namgung', 'Namkung'], '황보': ['Hwangbo'],
              '제갈': ['Jegal'], '선우': ['Sunwoo', 'Seonu']}
KP_SUR_LAT = {'김': 'Kim', '리': 'Ri', '박': 'Pak', '최': 'Choe', '정': 'Jong', '강': 'Kang', '조': 'Jo', '윤': 'Yun', '장': 'Jang',
              '림': 'Rim', '한': 'Han', '오': 'O', '서': 'So', '신': 'Sin', '권': 'Kwon', '황': 'Hwang', '안': 'An', '송': 'Song',
              '류': 'Ryu', '전': 'Jon', '홍': 'Hong', '고': 'Ko', '문': 'Mun', '량': 'Ryang', '손': 'Son', '배': 'Pae',
              '백': 'Paek', '허': 'Ho', '남': 'Nam', '심': 'Sim', '로': 'Ro', '하': 'Ha', '곽': 'Kwak', '차': 'Cha', '주': 'Ju',
              '우': 'U', '구': 'Ku', '민': 'Min', '라': 'Ra', '지': 'Ji', '엄': 'Om', '채': 'Chae', '원': 'Won', '천': 'Chon',
              '방': 'Pang', '현': 'Hyon', '함': 'Ham', '변': 'Pyon', '렴': 'Ryom', '탁': 'Thak', '태': 'Thae', '계': 'Kye'}

def ko_syl(ch, style='rr'):
    d = _dec(ch)
    if d is None:
        return ch
    l, v, t = d
    if style == 'passport' and ch in PASSPORT:
        return PASSPORT[ch]
    if style in ('rr', 'passport'):
        return L_RR[l] + V_RR[v] + T_RR[t]
    if style == 'kp':
        return L_KP[l] + V_KP[v] + T_KP[t]
    if style == 'ap':
        return L_AP[l] + V_AP[v] + T_KP[t]
    raise ValueError(style)

def ko_given(giv, style='rr', join='-'):
    """join: '-' (Min-jun), '' (Minjun), ' ' (Min Jun)"""
    syl = [ko_syl(c, style) for c in giv]
    if join == '-':
        s = syl[0].capitalize() + ''.join('-' + x for x in syl[1:])
    elif join == '':
        s = ''.join(syl).capitalize()
    else:
        s = ' '.join(x.capitalize() for x in syl)
    return s

def ko_surname(sur, dprk=False, k=0):
    if dprk:
        return KP_SUR_LAT.get(sur) or ko_given(sur, 'kp', '').capitalize()
    opts = KR_SUR_LAT.get(sur) or [ko_given(sur, 'rr', '')]
    return opts[min(k, len(opts) - 1)]

# ------------------------------------------------------------------ Cyrillic
_RU = {'а': 'a', 'б': 'b', 'в': 'v', 'г': 'g', 'д': 'd', 'ж': 'zh', 'з': 'z', 'и': 'i', 'к': 'k', 'л': 'l', 'м': 'm',
       'н': 'n', 'о': 'o', 'п': 'p', 'р': 'r', 'с': 's', 'т': 't', 'у': 'u', 'ф': 'f', 'х': 'kh', 'ц': 'ts', 'ч': 'ch',
       'ш': 'sh', 'щ': 'shch', 'ы': 'y', 'э': 'e'}
VOW = set('аеёиоуыэюяіїєәөұүaeiou')

def ru_lat(s, style='bgn'):
    """style: bgn (Sergey Yevgeniy Fyodorov), icao (Sergei Evgenii Fedorov), pop (Sergei Yevgeny Fyodorov)"""
    out = []
    low = s.lower()
    for i, ch in enumerate(low):
        prev = low[i - 1] if i else ' '
        nxt = low[i + 1] if i + 1 < len(low) else ' '
        start = not prev.isalpha()
        if ch == 'е':
            t = 'ye' if style in ('bgn', 'pop') and (start or prev in VOW or prev in 'ъь') else 'e'
        elif ch == 'ё':
            if style == 'icao':
                t = 'e'
            elif prev in 'жчшщ':
                t = 'o'
            else:
                t = 'yo'
        elif ch == 'й':
            if style == 'icao':
                t = 'i'
            elif style == 'pop' and not nxt.isalpha():
                t = 'i' if prev in 'еа' else 'y'
            else:
                t = 'y'
        elif ch == 'ю':
            t = 'iu' if style == 'icao' else 'yu'
        elif ch == 'я':
            t = 'ia' if style == 'icao' else 'ya'
        elif ch == 'ъ':
            t = 'ie' if style == 'icao' else ''
        elif ch == 'ь':
            t = ''
        elif ch in _RU:
            t = _RU[ch]
        else:
            t = ch
        out.append(t)
    r = ''.join(out)
    # -ий / -ый endings
    if style == 'pop':
        r = re.sub(r'iy\b', 'y', r)
        r = re.sub(r'yy\b', 'y', r)
        r = r.replace('yevgeniy', 'yevgeny')
    if style == 'icao':
        r = re.sub(r'ii\b', 'ii', r)
    # ь before vowels in BGN: 'ьe' -> 'ye' handled by the е rule (prev in ъь)
    return _recase(s, r)

def _recase(src, r):
    # capitalise each word as the source does (Cyrillic words are Title Case or UPPER)
    words_src = re.split(r'(\s+|-)', src)
    words_r = re.split(r'(\s+|-)', r)
    if len(words_src) != len(words_r):
        return r.title()
    res = []
    for a, b in zip(words_src, words_r):
        if a.isupper() and sum(ch.isalpha() for ch in a) > 1:
            res.append(b.upper())
        elif a[:1].isupper():
            res.append(b[:1].upper() + b[1:])
        else:
            res.append(b)
    return ''.join(res)

_UA = {'а': 'a', 'б': 'b', 'в': 'v', 'г': 'h', 'ґ': 'g', 'д': 'd', 'е': 'e', 'ж': 'zh', 'з': 'z', 'и': 'y', 'і': 'i',
       'к': 'k', 'л': 'l', 'м': 'm', 'н': 'n', 'о': 'o', 'п': 'p', 'р': 'r', 'с': 's', 'т': 't', 'у': 'u', 'ф': 'f',
       'х': 'kh', 'ц': 'ts', 'ч': 'ch', 'ш': 'sh', 'щ': 'shch', 'ь': '', "'": '', '’': '', 'ʼ': ''}

def ua_lat(s):
    out = []
    low = s.lower()
    for i, ch in enumerate(low):
        prev = low[i - 1] if i else ' '
        start = not prev.isalpha() and prev not in "'’ʼ"
        if ch in 'єїйюя':
            t = {'є': ('ye', 'ie'), 'ї': ('yi', 'i'), 'й': ('y', 'i'), 'ю': ('yu', 'iu'), 'я': ('ya', 'ia')}[ch][0 if start else 1]
        elif ch == 'г' and prev == 'з':
            t = 'gh'
        else:
            t = _UA.get(ch, ch)
        out.append(t)
    return _recase(s, ''.join(out))

def ua_lat_alt(s):
    """the popular older spelling (Serhiy, Yuliya, Nataliya, Oliynyk): y-forms kept inside words"""
    out = []
    low = s.lower()
    for i, ch in enumerate(low):
        prev = low[i - 1] if i else ' '
        if ch in 'єїйюя':
            t = {'є': 'ye', 'ї': 'yi', 'й': 'y', 'ю': 'yu', 'я': 'ya'}[ch]
        elif ch == 'г' and prev == 'з':
            t = 'gh'
        else:
            t = _UA.get(ch, ch)
        out.append(t)
    return _recase(s, ''.join(out))

_KZ = dict(_RU)
_KZ.update({'ә': 'a', 'ғ': 'g', 'қ': 'k', 'ң': 'n', 'ө': 'o', 'ұ': 'u', 'ү': 'u', 'і': 'i', 'һ': 'h', 'и': 'i'})

def kz_lat(s):
    out = []
    low = s.lower()
    for i, ch in enumerate(low):
        prev = low[i - 1] if i else ' '
        nxt = low[i + 1] if i + 1 < len(low) else ' '
        start = not prev.isalpha()
        if ch == 'е':
            t = 'ye' if start else 'e'
        elif ch == 'й':
            t = 'i' if prev in 'аеоуәөұү' and not nxt.isalpha() else ('i' if prev in 'а' else 'y')
        elif ch == 'ю':
            t = 'yu'
        elif ch == 'я':
            t = 'ya'
        elif ch == 'ё':
            t = 'yo'
        elif ch in 'ъь':
            t = ''
        elif ch == 'с' and prev in VOW and nxt in VOW:
            t = 'ss'          # Kazakh passport habit: Assel, Kassymov
        else:
            t = _KZ.get(ch, ch)
        out.append(t)
    return _recase(s, ''.join(out))

def ru_fem(sur):
    if sur.endswith(('ов', 'ев', 'ёв', 'ин', 'ын')):
        return sur + 'а'
    if sur.endswith('ский'):
        return sur[:-4] + 'ская'
    if sur.endswith('цкий'):
        return sur[:-4] + 'цкая'
    if sur.endswith('ой'):
        return sur[:-2] + 'ая'
    return sur

def ru_patronymic_f(m):
    for a, b in (('ьич', 'инична'), ('ович', 'овна'), ('евич', 'евна'), ('ич', 'ична')):
        if m.endswith(a):
            return m[:-len(a)] + b
    return m

def ua_patronymic_f(m):
    if m.endswith('йович'):
        return m[:-5] + 'ївна'
    if m.endswith('ьович'):
        return m[:-5] + 'ївна'
    if m.endswith('ович'):
        return m[:-4] + 'івна'
    return m

# ------------------------------------------------------------------ Georgian / Armenian
_GE = {'ა': 'a', 'ბ': 'b', 'გ': 'g', 'დ': 'd', 'ე': 'e', 'ვ': 'v', 'ზ': 'z', 'თ': 't', 'ი': 'i', 'კ': 'k', 'ლ': 'l',
       'მ': 'm', 'ნ': 'n', 'ო': 'o', 'პ': 'p', 'ჟ': 'zh', 'რ': 'r', 'ს': 's', 'ტ': 't', 'უ': 'u', 'ფ': 'p', 'ქ': 'k',
       'ღ': 'gh', 'ყ': 'q', 'შ': 'sh', 'ჩ': 'ch', 'ც': 'ts', 'ძ': 'dz', 'წ': 'ts', 'ჭ': 'ch', 'ხ': 'kh', 'ჯ': 'j', 'ჰ': 'h'}

def ge_lat(s):
    return ' '.join(''.join(_GE.get(c, c) for c in w).capitalize() for w in s.split(' '))

_AM = {'ա': 'a', 'բ': 'b', 'գ': 'g', 'դ': 'd', 'զ': 'z', 'է': 'e', 'ը': 'y', 'թ': 't', 'ժ': 'zh', 'ի': 'i', 'լ': 'l',
       'խ': 'kh', 'ծ': 'ts', 'կ': 'k', 'հ': 'h', 'ձ': 'dz', 'ղ': 'gh', 'ճ': 'ch', 'մ': 'm', 'յ': 'y', 'ն': 'n', 'շ': 'sh',
       'չ': 'ch', 'պ': 'p', 'ջ': 'j', 'ռ': 'r', 'ս': 's', 'վ': 'v', 'տ': 't', 'ր': 'r', 'ց': 'ts', 'փ': 'p', 'ք': 'k',
       'օ': 'o', 'ֆ': 'f', 'և': 'ev'}

def am_lat(s):
    res = []
    for w in s.split(' '):
        low = w.lower()
        out = []
        i = 0
        while i < len(low):
            ch = low[i]
            if ch == 'ո' and i + 1 < len(low) and low[i + 1] == 'ւ':
                out.append('u'); i += 2; continue
            if ch == 'ո':
                out.append('vo' if i == 0 else 'o')
            elif ch == 'ե':
                out.append('ye' if i == 0 else 'e')
            else:
                out.append(_AM.get(ch, ch))
            i += 1
        res.append(''.join(out).capitalize())
    return ' '.join(res)

# ------------------------------------------------------------------ Japanese kana
_KANA = {
    'a': 'あ', 'i': 'い', 'u': 'う', 'e': 'え', 'o': 'お',
    'ka': 'か', 'ki': 'き', 'ku': 'く', 'ke': 'け', 'ko': 'こ', 'ga': 'が', 'gi': 'ぎ', 'gu': 'ぐ', 'ge': 'げ', 'go': 'ご',
    'sa': 'さ', 'shi': 'し', 'su': 'す', 'se': 'せ', 'so': 'そ', 'za': 'ざ', 'ji': 'じ', 'zu': 'ず', 'ze': 'ぜ', 'zo': 'ぞ',
    'ta': 'た', 'chi': 'ち', 'tsu': 'つ', 'te': 'て', 'to': 'と', 'da': 'だ', 'de': 'で', 'do': 'ど',
    'na': 'な', 'ni': 'に', 'nu': 'ぬ', 'ne': 'ね', 'no': 'の', 'ha': 'は', 'hi': 'ひ', 'fu': 'ふ', 'he': 'へ', 'ho': 'ほ',
    'ba': 'ば', 'bi': 'び', 'bu': 'ぶ', 'be': 'べ', 'bo': 'ぼ', 'pa': 'ぱ', 'pi': 'ぴ', 'pu': 'ぷ', 'pe': 'ぺ', 'po': 'ぽ',
    'ma': 'ま', 'mi': 'み', 'mu': 'む', 'me': 'め', 'mo': 'も', 'ya': 'や', 'yu': 'ゆ', 'yo': 'よ',
    'ra': 'ら', 'ri': 'り', 'ru': 'る', 're': 'れ', 'ro': 'ろ', 'wa': 'わ', 'wo': 'を',
    'kya': 'きゃ', 'kyu': 'きゅ', 'kyo': 'きょ', 'sha': 'しゃ', 'shu': 'しゅ', 'sho': 'しょ', 'cha': 'ちゃ', 'chu': 'ちゅ',
    'cho': 'ちょ', 'nya': 'にゃ', 'nyu': 'にゅ', 'nyo': 'にょ', 'hya': 'ひゃ', 'hyu': 'ひゅ', 'hyo': 'ひょ', 'mya': 'みゃ',
    'myu': 'みゅ', 'myo': 'みょ', 'rya': 'りゃ', 'ryu': 'りゅ', 'ryo': 'りょ', 'gya': 'ぎゃ', 'gyu': 'ぎゅ', 'gyo': 'ぎょ',
    'ja': 'じゃ', 'ju': 'じゅ', 'jo': 'じょ', 'bya': 'びゃ', 'byu': 'びゅ', 'byo': 'びょ', 'pya': 'ぴゃ', 'pyu': 'ぴゅ', 'pyo': 'ぴょ'}

def kana(romaji, kata=False):
    s = romaji.lower()
    out = []
    i = 0
    while i < len(s):
        if s[i] == "'":
            i += 1; continue
        if s[i] == 'n' and (i + 1 == len(s) or s[i + 1] not in 'aiueoy'):
            out.append('ん'); i += 1
            continue
        if i + 1 < len(s) and s[i] == s[i + 1] and s[i] not in 'aiueon':
            out.append('っ'); i += 1
            continue
        if s[i:i + 3] == 'tch':
            out.append('っ'); i += 1
            continue
        for L in (3, 2, 1):
            if s[i:i + L] in _KANA:
                out.append(_KANA[s[i:i + L]]); i += L
                break
        else:
            raise ValueError(romaji)
    h = ''.join(out)
    if kata:
        h = ''.join(chr(ord(c) + 0x60) if 'ぁ' <= c <= 'ゖ' else c for c in h)
    return h

def hepburn_long(reading, style):
    """reading with 'ou'/'oo'/'uu'; style: plain (Sato), h (Satoh), ou (Satou), macron (Satō)"""
    if style == 'plain':
        return re.sub(r'ou|oo', 'o', reading).replace('uu', 'u')
    if style == 'h':
        return re.sub(r'(ou|oo)$', 'oh', re.sub(r'(ou|oo)(?=.)', 'o', reading)).replace('uu', 'u')
    if style == 'ou':
        return reading
    if style == 'macron':
        return re.sub(r'ou|oo', 'ō', reading).replace('uu', 'ū')
    raise ValueError(style)
