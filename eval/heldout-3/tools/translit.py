"""Crude romanisers used only by the list filter (Hangul -> RR and MR-like; Cyrillic/other via unidecode; Han via pypinyin)."""
import itertools
from unidecode import unidecode
from pypinyin import lazy_pinyin
L = ['g','kk','n','d','tt','r','m','b','pp','s','ss','','j','jj','ch','k','t','p','h']
L_MR = ['k','kk','n','t','tt','r','m','p','pp','s','ss','','ch','tch','ch','k','t','p','h']
V = ['a','ae','ya','yae','eo','e','yeo','ye','o','wa','wae','oe','yo','u','wo','we','wi','yu','eu','ui','i']
V_MR = ['a','ae','ya','yae','o','e','yo','ye','o','wa','wae','oe','yo','u','wo','we','wi','yu','u','ui','i']
T = ['','k','k','k','n','n','n','t','l','k','m','l','l','l','p','l','m','p','p','t','t','ng','t','t','k','t','p','t']
T_MR = ['','k','k','k','n','n','n','t','l','k','m','l','l','l','p','l','m','p','p','t','t','ng','t','t','k','t','p','t']
SURN = {'김':['kim'],'이':['ri','lee','yi','i'],'박':['pak','park'],'최':['choe','choi'],'정':['jong','chong','jung','jeong'],
        '리':['ri','li'],'림':['rim','lim'],'류':['ryu','yu'],'로':['ro','roh'],'노':['no','roh'],'윤':['yun','yoon'],'한':['han'],
        '장':['jang','chang'],'강':['kang'],'조':['jo','cho'],'신':['sin','shin'],'오':['o','oh'],'전':['jon','chon','jeon']}
def syl(c, mr=False):
    o = ord(c) - 0xAC00
    if not (0 <= o < 11172): return c
    l, v, t = o // 588, (o % 588) // 28, o % 28
    return ((L_MR if mr else L)[l] if not (mr and l==5) else 'r') + (V_MR if mr else V)[v] + (T_MR if mr else T)[t]
def hangul_variants(name):
    name = name.replace(' ', '')
    if not name or not all('\uac00' <= c <= '\ud7a3' for c in name): return []
    fam = SURN.get(name[0], [syl(name[0]), syl(name[0], True)])
    outs = set()
    for f in fam:
        for mr in (False, True):
            g = ''.join(syl(c, mr) for c in name[1:])
            outs.add(f + ' ' + g); outs.add(g + ' ' + f)
    # all-syllables split
    parts = [syl(c) for c in name]
    outs.add(' '.join(parts))
    return list(outs)
def han_variants(name):
    n = name.replace(' ', '').replace('\u3000', '')
    p = lazy_pinyin(n)
    if not p: return []
    return [' '.join(p), p[0] + ' ' + ''.join(p[1:]), ''.join(p[1:]) + ' ' + p[0]]
def latin(name):
    return unidecode(name)
