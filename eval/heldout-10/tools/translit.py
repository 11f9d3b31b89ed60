"""Romanisations used only as filter shadows: Hangul RR and McCune-Reischauer-like, Han pinyin,
Cyrillic BGN-like (Russian/Ukrainian/Bulgarian/Serbian/Kazakh letters), Unidecode for the rest."""
from pypinyin import lazy_pinyin, Style
from unidecode import unidecode

L_RR = ['g','kk','n','d','tt','r','m','b','pp','s','ss','','j','jj','ch','k','t','p','h']
L_MR = ['k','kk','n','t','tt','r','m','p','pp','s','ss','','ch','tch','ch','k','t','p','h']
V_RR = ['a','ae','ya','yae','eo','e','yeo','ye','o','wa','wae','oe','yo','u','wo','we','wi','yu','eu','ui','i']
V_MR = ['a','ae','ya','yae','o','e','yo','ye','o','wa','wae','oe','yo','u','wo','we','wi','yu','u','ui','i']
T_RR = ['','k','k','k','n','n','n','t','l','k','m','l','l','l','p','l','m','p','p','t','t','ng','t','t','k','t','p','t']
T_MR = T_RR

SURNAMES = {'김':['kim','gim'],'이':['lee','yi','ri','i','rhee'],'박':['park','pak','bak'],'최':['choi','choe'],
 '정':['jung','jeong','chong','jong','chung'],'강':['kang','gang'],'조':['cho','jo'],'윤':['yoon','yun'],'장':['jang','chang'],
 '임':['lim','im','rim'],'한':['han'],'오':['oh','o'],'서':['seo','so','suh'],'신':['shin','sin'],'권':['kwon','gwon'],
 '황':['hwang'],'안':['ahn','an'],'송':['song'],'류':['ryu','yu','yoo'],'유':['yu','yoo','ryu'],'전':['jeon','jon','chon','chun'],
 '홍':['hong'],'고':['ko','go'],'문':['moon','mun'],'양':['yang','ryang'],'손':['son','sohn'],'배':['bae','pae'],
 '백':['baek','paek','paik'],'허':['heo','ho','hur'],'남':['nam'],'심':['sim','shim'],'노':['noh','no','ro','roh'],
 '하':['ha'],'곽':['kwak','gwak'],'성':['sung','seong','song'],'차':['cha'],'주':['joo','ju','chu'],'우':['woo','u'],
 '구':['koo','ku','gu'],'민':['min'],'나':['na','ra'],'진':['jin','chin'],'지':['ji','chi'],'엄':['eom','om'],
 '채':['chae'],'원':['won'],'천':['cheon','chon'],'방':['bang','pang'],'공':['gong','kong'],'현':['hyun','hyeon','hyon'],
 '함':['ham'],'변':['byun','byeon','pyon'],'염':['yeom','yom'],'여':['yeo','yo'],'추':['choo','chu'],'도':['do','to'],
 '석':['seok','sok'],'선':['sun','seon','son'],'설':['seol','sol'],'마':['ma'],'길':['gil','kil'],'연':['yeon','yon'],
 '위':['wi'],'표':['pyo'],'명':['myung','myong'],'기':['ki','gi'],'반':['ban','pan'],'왕':['wang'],'금':['geum','kum'],
 '옥':['ok'],'육':['yuk'],'인':['in'],'맹':['maeng'],'제':['je'],'모':['mo'],'탁':['tak','thak'],'국':['guk','kuk'],
 '봉':['bong','pong'],'용':['yong'],'계':['gye','kye'],'편':['pyeon','phyon'],'태':['tae','thae'],'소':['so'],'예':['ye'],'어':['eo','o']}

def _dec(ch):
    c = ord(ch) - 0xAC00
    if not 0 <= c < 11172: return None
    return c // 588, (c % 588) // 28, c % 28

def hangul_syl(s, mr=False):
    out = []
    for ch in s:
        d = _dec(ch)
        if d is None:
            out.append(ch); continue
        l, v, t = d
        L, V, T = (L_MR, V_MR, T_MR) if mr else (L_RR, V_RR, T_RR)
        out.append(L[l] + V[v] + T[t])
    return out

def is_hangul(s):
    return any(_dec(c) is not None for c in s)

def hangul_person(full):
    """full: Hangul name without space (surname = first syllable) or 'surname given'. Return Latin shadows."""
    s = full.replace(' ', '')
    if len(s) < 2: return []
    sur, giv = s[0], s[1:]
    surs = SURNAMES.get(sur, []) + [''.join(hangul_syl(sur)), ''.join(hangul_syl(sur, True))]
    out = set()
    for mr in (False, True):
        g = hangul_syl(giv, mr)
        for sn in set(surs):
            out.add(f"{sn} {' '.join(g)}")
            out.add(f"{sn} {''.join(g)}")
    # voiced-medial DPRK style: RR consonants + MR vowels
    return sorted(out)

def hangul_text(s):
    """shadows for an unsegmented Hangul string: syllables spaced, RR and MR"""
    return [' '.join(hangul_syl(s)), ' '.join(hangul_syl(s, True)), ''.join(hangul_syl(s)), ''.join(hangul_syl(s, True))]

def pinyin_syl(s):
    return [p for p in lazy_pinyin(s, style=Style.NORMAL, errors='ignore') if p.strip()]

def han_person(full, surname_len=1):
    s = full.replace(' ', '').replace('　', '')
    py = pinyin_syl(s)
    if len(py) < 2: return [' '.join(py)]
    sur, giv = py[:surname_len], py[surname_len:]
    return [' '.join(py), ''.join(sur) + ' ' + ''.join(giv), ''.join(giv) + ' ' + ''.join(sur)]

CYR = {'а':'a','б':'b','в':'v','г':'g','д':'d','е':'e','ё':'e','ж':'zh','з':'z','и':'i','й':'y','к':'k','л':'l','м':'m',
 'н':'n','о':'o','п':'p','р':'r','с':'s','т':'t','у':'u','ф':'f','х':'kh','ц':'ts','ч':'ch','ш':'sh','щ':'shch','ъ':'',
 'ы':'y','ь':'','э':'e','ю':'yu','я':'ya','і':'i','ї':'yi','є':'ye','ґ':'g','ђ':'dj','ј':'j','љ':'lj','њ':'nj','ћ':'c',
 'џ':'dz','ә':'a','ғ':'g','қ':'k','ң':'n','ө':'o','ұ':'u','ү':'u','һ':'h','ў':'u'}
def cyr(s, ukr=False):
    out = []
    prev = ' '
    for ch in s:
        lo = ch.lower()
        if lo in CYR:
            t = CYR[lo]
            if lo == 'е' and (prev in ' «"-' or prev in 'аеёиоуыэюяьъ'): t = 'ye'
            if ukr and lo == 'и': t = 'y'
            if ukr and lo == 'г': t = 'h'
            out.append(t)
        else:
            out.append(ch)
        prev = lo
    return ''.join(out)

def cyr_shadows(s):
    return sorted({cyr(s), cyr(s, ukr=True), unidecode(s)})

def generic(s):
    return [unidecode(s)]
