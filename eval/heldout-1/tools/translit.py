import unicodedata
# Hangul -> Revised Romanization (syllable by syllable, no sound-change rules)
L = ["g","kk","n","d","tt","r","m","b","pp","s","ss","","j","jj","ch","k","t","p","h"]
V = ["a","ae","ya","yae","eo","e","yeo","ye","o","wa","wae","oe","yo","u","wo","we","wi","yu","eu","ui","i"]
T = ["","k","k","k","n","n","n","t","l","k","m","l","l","l","p","l","m","p","p","t","t","ng","t","t","k","t","p","t"]
def hangul_syl(c):
    o = ord(c) - 0xAC00
    if not 0 <= o < 11172: return c
    return L[o // 588] + V[(o % 588) // 28] + T[o % 28]
SURN = {"김":"Kim","이":"Lee","리":"Ri","박":"Park","최":"Choi","정":"Jung","강":"Kang","조":"Cho","윤":"Yoon","장":"Jang",
        "임":"Lim","한":"Han","오":"Oh","서":"Seo","신":"Shin","권":"Kwon","황":"Hwang","안":"Ahn","송":"Song","유":"Yoo",
        "홍":"Hong","전":"Jeon","고":"Ko","문":"Moon","손":"Son","양":"Yang","배":"Bae","백":"Baek","허":"Heo","노":"Noh","남":"Nam","심":"Shim","곽":"Kwak","성":"Sung","차":"Cha","주":"Joo","우":"Woo","구":"Koo","민":"Min","류":"Ryu","나":"Na","진":"Jin","지":"Ji","엄":"Eom","채":"Chae","원":"Won","천":"Cheon","방":"Bang","공":"Kong","현":"Hyun","함":"Ham","변":"Byun","염":"Yeom","여":"Yeo","추":"Choo","도":"Do","소":"So","석":"Seok","선":"Sun","설":"Seol","마":"Ma","길":"Gil","연":"Yeon","위":"Wi","표":"Pyo","명":"Myung","기":"Ki","반":"Ban","왕":"Wang","금":"Keum","옥":"Ok","육":"Yook","인":"In","맹":"Maeng","제":"Je","모":"Mo","탁":"Tak","국":"Kook","어":"Eo","은":"Eun","편":"Pyeon","용":"Yong"}
def romanize_korean_name(h, style=0):
    """h like 홍정훈 (family first, 1 syllable family). style 0: 'Hong Jeong-hun', 1: 'Hong Jeonghun', 2: 'Jeong-hun Hong'"""
    fam, giv = h[0], h[1:]
    f = SURN.get(fam, hangul_syl(fam).capitalize())
    sy = [hangul_syl(c) for c in giv]
    if style == 1: g = "".join(sy).capitalize()
    elif style == 3: g = " ".join(s.capitalize() for s in sy)
    else: g = "-".join(sy).capitalize()
    return f"{g} {f}" if style == 2 else f"{f} {g}"
def romanize_hangul(s):
    return "".join(hangul_syl(c) for c in s)

CYR = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюяіїєґ",
   ["a","b","v","g","d","e","yo","zh","z","i","y","k","l","m","n","o","p","r","s","t","u","f","kh","ts","ch","sh","shch","","y","","e","yu","ya","i","yi","ye","g"]))
def translit_cyr(s):
    out = []
    for c in s:
        lc = c.lower()
        if lc in CYR:
            t = CYR[lc]
            out.append(t.capitalize() if c != lc else t)
        else: out.append(c)
    return "".join(out)
