"""~400 near-miss traps, each near one real listed name. Seed 20261213+11."""
import csv, json, random, sys, collections, re
sys.path.insert(0, 'tools')
from lists import index, fold, tokset
from translit import hangul_variants, syl
from pypinyin import lazy_pinyin
from faker import Faker
SEED = 20261213 + 11
R = random.Random(SEED)
names, folded, toks, alltok = index()
rows = [r for r in csv.reader(open('/work/shared/data/raw/ofac_sdn/sdn.csv', encoding='latin-1'))
        if len(r) > 3 and any(p in r[3] for p in ('NPWMD', 'DPRK', 'IRAN', 'IFSR'))]
IND = [r[1].strip() for r in rows if r[2].strip() == 'individual' and ',' in r[1]]
ENT = [r[1].strip() for r in rows if r[2].strip() == '-0-']
KO_FAM = {'KIM','RI','PAK','CHOE','JANG','JONG','KANG','HAN','RYU','PAEK','SIN','YUN','O','CHANG','CHON','JO','HYON','KO','RIM','SO','MUN'}
out = []; seen = set(); log = open('negatives/traps.log', 'w')
def ok(name, schema, extra=()):
    f = fold(name)
    if not f or f in seen: return False
    for c in (name,) + tuple(extra):
        if fold(c) in folded or (schema == 'Person' and tokset(c) in toks):
            print('DROP listed', name, '~', folded.get(fold(c)) or toks.get(tokset(c)), file=log); return False
    seen.add(f); return True
def add(name, schema, script, locale, trap, near):
    assert fold(near) in folded, near
    out.append({'schema': schema, 'name': name, 'script': script, 'locale': locale, 'trap': trap, 'near': near})

ko_ind = [n for n in IND if n.split(',')[0].strip() in KO_FAM]
ir_ind = [n for n in IND if n.split(',')[0].strip() not in KO_FAM and re.search(r'[AEIOU]', n)]
GIVEN_SWAP = ['Kamran','Shahab','Nima','Ehsan','Vahid','Yasser','Majid','Farid','Peyman','Arman','Keyvan','Sohrab','Nader','Hadi','Jafar','Kamal',
  'Mahmoud','Sami','Adel','Rafiq','Hesham','Ziad','Bassam','Leila','Shadi','Neda','Tina','Elham','Mina','Soraya','Parisa','Laleh','Hana']
RU_GIVEN = ['Gennady','Stanislav','Arkady','Vitaly','Boris','Lyudmila','Zinaida','Valentina','Rostislav','Filipp','Matvei','Yaroslav']
# one-part: listed family name + different given name
cnt = 0
for n in R.sample(ir_ind, len(ir_ind)):
    if cnt >= 90: break
    fam, giv = [x.strip() for x in n.split(',', 1)]
    if len(fam) < 5 or ' ' in fam and R.random() < 0.5: continue
    pool_g = RU_GIVEN if re.search(r'(OV|EV|IN|KO|SKY|SKIY|YAN|IAN|ENKO)$', fam) else GIVEN_SWAP
    g = R.choice([x for x in pool_g if fold(x) not in fold(giv)])
    famc = fam.title() if R.random() < 0.7 else fam
    cand = R.choice([f"{g} {famc}", f"{fam}, {g}", f"{g} {famc}"])
    if ok(cand, 'Person'): add(cand, 'Person', 'Latin', 'fa_Latn', 'one-part', n); cnt += 1
# common-parts: Korean same family + one shared given syllable; Persian/Arabic shared common given + other family
KO_SYL = ['Hyok','Chol','Song','Il','Myong','Nam','Su','Ho','Chun','Hak','Gwang','Kyong','Mun','Sok','Ung','Yong','Jin','Hyon','Sun','Dok','Bom','Tae','Chang','Won','Ryong']
cnt = 0
for n in R.sample(ko_ind, len(ko_ind)):
    if cnt >= 70: break
    fam, giv = [x.strip() for x in n.split(',', 1)]
    gs = re.split(r"[\s\-]+", giv)
    if len(gs) != 2: continue
    keep = R.choice(gs); new = R.choice([s for s in KO_SYL if fold(s) not in {fold(x) for x in gs}])
    parts = [keep, new] if R.random() < 0.5 else [new, keep]
    cand = R.choice([f"{fam.title()} {parts[0]} {parts[1]}", f"{fam}, {parts[0]}-{parts[1].lower()}", f"{parts[0]}-{parts[1].lower()} {fam.title()}", f"{fam} {parts[0]}{parts[1].lower()}"])
    if ok(cand, 'Person'): add(cand, 'Person', 'Latin', 'ko_Latn', 'common-parts', n); cnt += 1
# Hangul common-parts: family 김/리/박/최 + Faker given; MR syllables share exactly one with the listed given
fk = Faker('ko_KR'); fk.seed_instance(SEED)
HF = {'KIM': '김', 'RI': '리', 'PAK': '박', 'CHOE': '최', 'JANG': '장', 'KANG': '강', 'HAN': '한'}
pool = list({fk.first_name() for _ in range(3000)})
cnt = 0
for n in R.sample(ko_ind, len(ko_ind)):
    if cnt >= 25: break
    fam, giv = [x.strip() for x in n.split(',', 1)]
    if fam not in HF: continue
    gs = {fold(x) for x in re.split(r"[\s\-]+", giv)}
    R.shuffle(pool)
    for g in pool:
        if len(g) != 2: continue
        mr = {fold(syl(c, True)) for c in g} | {fold(syl(c)) for c in g}
        per = [{fold(syl(c, True)), fold(syl(c))} for c in g]
        shared = sum(1 for p in per if p & gs)
        if shared == 1:
            cand = HF[fam] + g
            if ok(cand, 'Person', tuple(hangul_variants(cand))):
                add(cand, 'Person', 'Hangul', 'ko_KR', 'common-parts', n); cnt += 1
            break
COMMON_GIVEN = ['Mohammad','Ali','Hossein','Reza','Mehdi','Hassan','Ahmad','Abbas','Mahmoud','Javad']
OTHER_FAM = ['Ghasemlou','Nikravesh','Pakdaman','Shahbazi','Rahnavard','Sarvestani','Eskandari','Bahrami','Rezvani','Kiani','Parsa','Soltani',
  'Hashemzadeh','Kordestani','Amini','Mirzaagha','Dadkhah','Firouzabadi','Niknam','Yousefi','Taghavi','Arjomand','Ebadi','Heidari']
cnt = 0
for n in R.sample(ir_ind, len(ir_ind)):
    if cnt >= 40: break
    fam, giv = [x.strip() for x in n.split(',', 1)]
    cg = [g for g in COMMON_GIVEN if re.search(r'\b' + g + r'\b', giv, re.I)]
    if not cg: continue
    of = R.choice([x for x in OTHER_FAM if fold(x) != fold(fam)])
    cand = R.choice([f"{cg[0]} {of}", f"{of.upper()}, {cg[0]}", f"{cg[0]} {R.choice(['Al-','Seyed '])}{of}"])
    if ok(cand, 'Person'): add(cand, 'Person', 'Latin', 'fa_Latn', 'common-parts', n); cnt += 1
# generic-prefix
GEN = ['KOREA', 'KOREAN', 'IRAN', 'SHAHID', 'CHINA', 'DANDONG', 'JOINT STOCK COMPANY', 'PARS', 'BEIJING', 'SHENZHEN', 'HONG KONG', 'SEPAHAN', 'NORTH']
INV = ['Sobaeksu','Hanbit','Cheongun','Namgang','Mirim','Hwangcho','Saegil','Taedonggyo','Jinju','Tonggun','Kasan','Yonpung','Azarbod','Golsorkh',
  'Baharestan','Dena Kooh','Nilufar','Sorayya','Mehrafarin','Tirgan','Hexiang','Lanfeng','Qiaoxin','Mingrun','Yuhang Borui','Tianyao','Kalinka','Belovod']
TYPES = ['Trading Corporation','Trading Co., Ltd.','General Corporation','Industries','Industrial Group','Technology Co.','Foodstuffs Company',
  'Publishing House','Cosmetics Factory','Textile Mill','Shoe Factory','Import & Export Co.','Tourism Company','Agricultural Machinery Co.']
cnt = 0; gen_ents = [e for e in ENT if any(e.startswith(g + ' ') for g in GEN)]
R.shuffle(gen_ents)
for e in gen_ents * 3:
    if cnt >= 80: break
    g = next(g for g in GEN if e.startswith(g + ' '))
    grp = INV[:12] if g in ('KOREA','KOREAN','NORTH') else INV[12:20] if g in ('IRAN','SHAHID','PARS','SEPAHAN') else INV[26:] if g == 'JOINT STOCK COMPANY' else INV[20:26]
    w = R.choice([x for x in grp if all(fold(t) not in alltok for t in x.split())] or ['Saegil'])
    cand = f"{g.title() if R.random()<0.6 else g} {w} {R.choice(TYPES)}"
    if R.random() < 0.2: cand = cand.upper()
    if ok(cand, 'Organization'): add(cand, 'Organization', 'Latin', 'en', 'generic-prefix', e); cnt += 1
# org-word: same distinctive words, different organisation type
SWAP = {'BANK': ['University', 'Hospital', 'Football Club', 'Theatre', 'Kindergarten'],
        'INDUSTRIES': ['Hospital', 'Sports Club', 'Cultural Centre', 'Secondary School'],
        'INDUSTRIAL GROUP': ['Charity Foundation', 'Hospital', 'Football Club'],
        'SHIPPING LIMITED': ['Bakery Limited', 'Dental Clinic Limited', 'Travel Agency Limited'],
        'TRADING COMPANY': ['Orchestra', 'Cooking School', 'Orphanage'],
        'TRADING CORPORATION': ['Youth Theatre', 'Hospital', 'Publishing House'],
        'UNIVERSITY': ['Bank', 'Hotel', 'Bookshop'],
        'TRADING FZE': ['Restaurant LLC', 'Flower Shop', 'Beauty Salon FZE'],
        'COMPANY': ['Hospital', 'Museum', 'Choir']}
cnt = 0
ents = R.sample(ENT, len(ENT))
for e in ents:
    if cnt >= 70: break
    for k, alts in SWAP.items():
        if e.endswith(' ' + k) and len(e) > len(k) + 4:
            stem = e[:-len(k)].strip().rstrip(',')
            if len(stem.split()) > 4: break
            cand = f"{stem.title()} {R.choice(alts)}"
            if R.random() < 0.25: cand = cand.upper()
            if ok(cand, 'Organization'): add(cand, 'Organization', 'Latin', 'en', 'org-word', e); cnt += 1
            break
# native-other-language
# (a) Han: homophone family character + given name with one syllable changed, near a listed Chinese person in pinyin
rev = collections.defaultdict(list)
for cp in range(0x4E00, 0x9FA6):
    c = chr(cp); p = lazy_pinyin(c)[0]
    rev[p].append(c)
CN_NAME_CHARS = set('伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华慧建国红玲志新海波宁飞燕欣晨瑞博嘉晓文春俊凯鹏辉琳雪梅兰峰浩宇云天成')
FAM_CH = set('黎厉栗郦章汪柳扬皇巫邬许岑冼祁戚齐秦覃谭檀汤湯滕田童涂屠万汪韦卫魏温闻翁邬伍武奚席夏咸向项萧谢辛邢幸熊胥宣薛荀严阎言颜晏燕阳杨姚叶易殷尹应雍尤游于余俞虞郁喻袁岳云臧曾翟詹湛章招赵甄郑钟仲周朱诸祝庄卓宗邹祖左') - set('李王张刘陈杨赵周吴徐孙朱胡郭何马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏')
ALLIND = [r[1].strip() for r in csv.reader(open('/work/shared/data/raw/ofac_sdn/sdn.csv', encoding='latin-1')) if len(r) > 3 and r[2].strip() == 'individual' and ',' in r[1]]
cn_ind = [n for n in ALLIND if re.fullmatch(r"[A-Z]{1,5}, [A-Z][a-z]+", n) and n.split(',')[0] not in KO_FAM]
cnt = 0
for n in R.sample(cn_ind, len(cn_ind)):
    if cnt >= 45: break
    fam, giv = [x.strip() for x in n.split(',')]
    fchars = [c for c in rev.get(fam.lower(), []) if c in FAM_CH]
    if not fchars: continue
    gp = re.findall(r"(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ui|ue|a|o|e|i|u|v)(?:ng|n)?", giv.lower())
    if ''.join(gp) != giv.lower() or not gp: continue
    chars = []
    for i, p in enumerate(gp):
        cs = [c for c in rev.get(p, []) if c in CN_NAME_CHARS]
        if not cs: chars = None; break
        chars.append(R.choice(cs))
    if not chars: continue
    # change one syllable to a different common name character
    j = R.randrange(len(chars)); chars[j] = R.choice([c for c in CN_NAME_CHARS if lazy_pinyin(c)[0] != gp[j]])
    cand = R.choice(fchars) + ''.join(chars)
    py = lazy_pinyin(cand)
    if ok(cand, 'Person', (' '.join(py), py[0] + ' ' + ''.join(py[1:]))):
        add(cand, 'Person', 'Han', 'zh_CN', 'native-other-language', n); cnt += 1
# (b) Hebrew / Devanagari / Greek / Georgian names whose romanised family name equals a listed family name (other people, other languages)
NATIVE = [('Hebrew','he_IL',{'HADDAD':'חדד','AMAR':'עמר','DAHAN':'דהן','HASSAN':'חסן','SHEMESH':'שמש','COHEN':'כהן','MIZRAHI':'מזרחי','SASSON':'ששון','NASSER':'נאסר','KHOURY':'ח\'ורי','SALEH':'סאלח','ABBAS':'עבאס','AZIZ':'עזיז','HAMDAN':'חמדאן','JABER':'ג\'אבר'},
           ['משה','יוסי','אבי','רונית','מיכל','דוד','שירה','נועה','אליהו','רחל']),
          ('Devanagari','hi_IN',{'KHAN':'ख़ान','SHAH':'शाह','AHMED':'अहमद','HUSSAIN':'हुसैन','ALI':'अली','RAHMAN':'रहमान','KARIM':'करीम','QURESHI':'क़ुरैशी','ANSARI':'अंसारी','SIDDIQUI':'सिद्दीक़ी','MALIK':'मलिक','IQBAL':'इक़बाल','HAIDER':'हैदर','AKHTAR':'अख़्तर'},
           ['राहुल','सलमान','इरफ़ान','आमिर','नसीम','शबाना','फ़रहान','ज़ैनब','तनवीर','रुख़सार']),
          ('Greek','el_GR',{'KARAMI':'Καράμης','NIKOLAEV':'Νικολάεφ','PETROV':'Πετρώφ','IVANOV':'Ιβάνοφ','SAVIN':'Σαβίν','ROMANOV':'Ρομάνοφ'},
           ['Γιώργος','Δημήτρης','Ελένη','Κατερίνα','Νίκος','Σοφία','Παναγιώτης','Μαρία']),
          ('Georgian','ka_GE',{'MAMEDOV':'მამედოვი','ALIYEV':'ალიევი','HUSEYNOV':'ჰუსეინოვი','ABBASOV':'აბასოვი'},
           ['ნინო','გიორგი','დავით','თამარ','ლევან','ეკა','ზურაბ','მარიამ'])]
cnt = 0
from unidecode import unidecode
for script, loc, fams, givs in NATIVE:
    for fam, nat in fams.items():
        nears = [n for n in ALLIND if n.split(',')[0].strip() == fam]
        if not nears: continue
        near = R.choice(nears)
        for _ in range(2 if script in ('Hebrew','Devanagari') else 1):
          for _t in range(3):
            g = R.choice(givs)
            cand = f"{g} {nat}"
            if ok(cand, 'Person', (unidecode(cand),)):
                add(cand, 'Person', script, loc, 'native-other-language', near); cnt += 1
                break
print('native b', cnt, file=log)
R.shuffle(out)
with open('negatives/traps.jsonl', 'w') as fo:
    for i, r in enumerate(out, 1):
        fo.write(json.dumps({'id': f'trap3-{i:04d}', **r}, ensure_ascii=False) + '\n')
c = collections.Counter((r['trap'], r['script']) for r in out)
print('TOTAL', len(out), file=log)
for k, v in sorted(c.items()): print('COUNT', k, v, file=log)
