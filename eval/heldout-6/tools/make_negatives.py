"""Build negatives/negatives.jsonl. Run: .venv/bin/python tools/make_negatives.py 2> negatives/build.log"""
import json, random, sys, os, itertools, unicodedata
from collections import Counter, defaultdict
sys.path.insert(0, os.path.dirname(__file__))
from faker import Faker
from unidecode import unidecode
from lists import Index, words
from translit import hangul_person, hangul_text, hangul_syl, han_person, pinyin_syl, cyr_shadows, generic, SURNAMES
from components import *

SEED = 20261206
R = random.Random(SEED)
def fk(loc):
    f = Faker(loc); f.seed_instance(R.randrange(10**9)); return f
F = {l: fk(l) for l in ['en_US','en_GB','en_IE','en_AU','fr_FR','de_DE','nl_NL','it_IT','de_AT','fr_BE','es_ES','es_MX','es_CO','es_AR','pt_BR','pt_PT',
     'tr_TR','id_ID','yo_NG','ig_NG','ha_NG','en_IN','ru_RU','uk_UA','bg_BG','zh_CN','zh_TW','ja_JP','ko_KR','hi_IN','bn_BD','th_TH','he_IL','el_GR','ka_GE','hy_AM']}
c = R.choice
def pick(pairs): n, lat = c(pairs); return n, lat

# ---------------- Latin persons ----------------
def p_western_anglo():
    f = F[c(['en_US','en_GB','en_IE','en_AU'])]
    g = f.first_name_male() if R.random() < .55 else f.first_name_female()
    s = f.last_name(); r = R.random()
    if r < .15: n = f"{s.upper()}, {g}"
    elif r < .3: n = f"{g} {f.first_name()[0]}. {s}"
    else: n = f"{g} {s}"
    return n, []
def p_western_cont():
    f = F[c(['fr_FR','de_DE','nl_NL','it_IT','de_AT','fr_BE'])]
    n = f"{f.first_name()} {f.last_name()}"
    if R.random() < .15: n = f"{f.last_name().upper()} {f.first_name()}"
    return n, []
def p_hispanic():
    f = F[c(['es_ES','es_MX','es_CO','es_AR'])]
    g = c(['María','José','Juan','Carlos','Luis','Ana']) if R.random() < .3 else f.first_name()
    n = f"{g} {f.last_name()} {f.last_name()}" if R.random() < .6 else f"{g} {f.last_name()}"
    return n, []
def p_luso():
    f = F[c(['pt_BR','pt_PT'])]
    g = c(['Maria','João','José','Ana','Paulo']) if R.random() < .3 else f.first_name()
    mid = c(['da Silva','dos Santos','de Oliveira','Pereira','da Costa','de Souza','Ferreira','Rodrigues','Almeida'])
    n = f"{g} {f.last_name()}" if R.random() < .5 else f"{g} {mid} {f.last_name()}"
    return n, []
def p_turkish():
    f = F['tr_TR']
    g = c(['Mehmet','Ahmet','Mustafa','Ali','Hüseyin','Hasan','İbrahim','Fatma','Ayşe','Emine']) if R.random() < .4 else f.first_name()
    s = f.last_name()
    n = f"{g} {s}" if R.random() < .8 else f"{g} {s}".upper()
    if R.random() < .2: n = unidecode(n)
    return n, []
def p_indonesian():
    f = F['id_ID']; r = R.random()
    if r < .25: n = f.first_name()  # mononym is common, make two-part
    n = f"{f.first_name()} {f.last_name()}"
    if r < .2: n = f"{c(['Muhammad','Siti','Agus','Dewi','Budi','Sri'])} {f.last_name()}"
    return n, []
def p_nigerian():
    f = F[c(['yo_NG','ig_NG','ha_NG'])]
    n = f"{f.first_name()} {f.last_name()}"
    if R.random() < .3: n = f"{c(['John','Grace','Emmanuel','Blessing','Ibrahim','Musa','Aisha','Samuel','Peter'])} {f.last_name()}"
    if R.random() < .15: n = f"{f.last_name().upper()}, {f.first_name()}"
    return n, []
VN_FAM = ['Nguyễn','Trần','Lê','Phạm','Hoàng','Huỳnh','Phan','Vũ','Võ','Đặng','Bùi','Đỗ','Hồ','Ngô','Dương','Lý']
VN_MID = ['Văn','Thị','Hữu','Đức','Minh','Quốc','Thanh','Ngọc','Xuân','Công','Hoàng','Thu']
VN_GIV = ['Anh','Bình','Cường','Dũng','Hải','Hùng','Khoa','Long','Nam','Phong','Quang','Sơn','Thắng','Tuấn','Việt','Hà','Hương','Lan','Linh','Mai','Nga','Trang','Yến','Thảo','Hiếu','Tâm','Toàn','Khánh']
def p_vietnamese():
    n = f"{c(VN_FAM)} {c(VN_MID)} {c(VN_GIV)}"
    r = R.random()
    if r < .35: n = unidecode(n)
    if r < .15: n = n.upper()
    return n, []
PH_GIV = ['Jose','Maria','Juan','Mark','John Paul','Jerome','Rodel','Marvin','Ronaldo','Rowena','Maricel','Jennifer','Joy','Christian','Angelica','Rommel','Arnel','Jocelyn','Ma. Theresa','Kristine','Aileen','Dante','Efren','Lourdes']
PH_FAM = ['Dela Cruz','Santos','Reyes','Bautista','Mercado','Garcia','Mendoza','Villanueva','Aquino','Ramos','Castillo','Pascual','Manalo','Tolentino','Macaraeg','Dimaculangan','Panganiban','Soriano','Salazar','de Guzman','Magbanua','Lacson','Sison','Ocampo','Lopez','Dizon','Navarro','Cabrera','Agbayani','Buenaventura']
def p_filipino():
    n = f"{c(PH_GIV)} {c(PH_FAM)}"
    if R.random() < .4: n = f"{c(PH_GIV)} {c(PH_FAM).split()[-1][0]}. {c(PH_FAM)}"
    return n, []
def p_indian():
    f = F['en_IN']
    g = c(['Rajesh','Suresh','Amit','Priya','Anil','Sunil','Ravi','Pooja','Deepak','Vijay']) if R.random() < .3 else f.first_name()
    n = f"{g} {f.last_name()}"
    if R.random() < .2: n = f"{g} {c(['Kumar','Prasad','Lal','Chand','Devi'])} {f.last_name()}"
    return n, []
PK_GIV = ['Muhammad','Ahmed','Ali','Imran','Asif','Tariq','Zahid','Waqar','Faisal','Usman','Bilal','Shahid','Naveed','Kamran','Adnan','Sajid','Irfan','Ayesha','Sana','Fatima','Nadia','Saima','Rabia','Hina','Zubair','Junaid','Khurram','Atif','Rizwan','Owais']
PK_FAM = ['Qureshi','Siddiqui','Chaudhry','Malik','Butt','Abbasi','Rana','Awan','Bhatti','Sheikh','Raja','Mirza','Gondal','Cheema','Warraich','Niazi','Khattak','Afridi','Yousafzai','Memon','Baloch','Jatoi','Lodhi','Ansari','Rajput','Zaidi','Rizvi','Hashmi','Kiani','Durrani']
def p_pakistani():
    g = c(PK_GIV); s = c(PK_FAM); r = R.random()
    n = f"{g} {s}" if r < .6 else (f"{g} {c(PK_GIV)} {s}" if r < .85 else f"{s.upper()}, {g}")
    return n, []
def p_arabic_rom():
    g = pick(AR_GIVEN_M if R.random() < .8 else AR_GIVEN_F); s = pick(AR_FAMILY); f2 = pick(AR_GIVEN_M)
    gl, sl, fl = c(g[1]), c(s[1]), c(f2[1]); r = R.random()
    if r < .45: n = f"{gl} {sl}"
    elif r < .7: n = f"{gl} {fl} {sl}"
    elif r < .85: n = f"{gl} bin {fl} {sl}"
    else: n = f"{sl.upper()}, {gl}"
    return n, []
def p_persian_rom():
    g = pick(FA_GIVEN_M if R.random() < .8 else FA_GIVEN_F); s = pick(FA_FAMILY); r = R.random()
    gl, sl = c(g[1]), c(s[1])
    if r < .6: n = f"{gl} {sl}"
    elif r < .8: n = f"{gl}-{c(c(FA_GIVEN_M)[1])} {sl}"
    else: n = f"{sl.upper()}, {gl}"
    return n, []
def ko_style(h):
    sur, giv = h[0], h[1:]
    mr = R.random() < .5
    syl = [x.capitalize() for x in hangul_syl(giv, mr)]
    sn = c(SURNAMES.get(sur, [''.join(hangul_syl(sur))])).capitalize()
    r = R.random()
    if r < .3: return f"{sn} {' '.join(syl)}"
    if r < .55: return f"{sn} {syl[0]}-{'-'.join(s.lower() for s in syl[1:])}" if len(syl) > 1 else f"{sn} {syl[0]}"
    if r < .75: return f"{sn.upper()} {' '.join(syl)}"
    if r < .9: return f"{syl[0]}-{''.join(s.lower() for s in syl[1:])} {sn}"
    return f"{sn} {''.join(syl).capitalize()}"
def p_korean_rom():
    f = F['ko_KR']; h = f.last_name() + f.first_name()
    return ko_style(h), hangul_person(h)
def p_chinese_rom():
    f = F['zh_CN']; h = f.last_name() + f.first_name(); py = pinyin_syl(h)
    if len(py) < 2: return None
    sur, giv = py[0].capitalize(), [p for p in py[1:]]
    r = R.random()
    if r < .35: n = f"{sur} {''.join(giv).capitalize()}"
    elif r < .55: n = f"{sur.upper()} {' '.join(g.capitalize() for g in giv)}"
    elif r < .75: n = f"{''.join(giv).capitalize()} {sur}"
    else: n = f"{sur} {'-'.join(giv).capitalize()}"
    return n, han_person(h)

# ---------------- Latin companies ----------------
BRAND_W = ['Larkspur','Halvorsen','Brightwater','Kestrel','Ashdown','Meriden','Tamarind','Valmont','Corvina','Norhaven','Elmstead','Quillon','Saxby','Thornbury',
 'Wexcombe','Pellmar','Avonlea','Castellan','Brennick','Oakhurst','Redfern','Silverdale','Tolland','Harcastle','Fenwick','Garrow','Lindqvist','Marbury','Peverell','Rushmere',
 'Stanwell','Trevane','Ullswater','Vantor','Westerly','Yardley','Zelltek','Alvane','Brisco','Calder','Dunmore','Eskdale','Fairmont','Glenrock','Holloway','Ivorstone']
LEGAL_W = ['GmbH','Ltd','Ltd.','Limited','LLC','Inc.','S.A.','B.V.','S.r.l.','S.p.A.','AG','GmbH & Co. KG','SAS','AB','Oy','N.V.','PLC','Pty Ltd','S.L.','Sp. z o.o.','s.r.o.','ApS']
IND_W = [('Engineering',),('Precision Parts',),('Industrial Supplies',),('Logistics',),('Machine Tools',),('Electronics',),('Metals',),('Instruments',),('Components',),
 ('Trading',),('Technologies',),('Automation',),('Composites',),('Valves',),('Hydraulics',),('Optics',),('Fasteners',),('Polymers',),('Forgings',)]
def c_western():
    b = c(BRAND_W); i = c(IND_W)[0]; r = R.random()
    if r < .5: n = f"{b} {i} {c(LEGAL_W)}"
    elif r < .75: n = f"{b} {c(LEGAL_W)}"
    else: n = f"{F[c(['en_GB','de_DE','fr_FR','it_IT','nl_NL'])].last_name()} {i} {c(LEGAL_W)}"
    return n, []
SHARED = [('Aerospace Industries', ['{B} Aerospace Industries {L}', '{B} Aerospace Ind. {L}']), ('Trading', ['{B} Trading {L}', '{B} Trdg {L}', '{B} General Trading {L}']),
 ('Bank', ['{B} Bank', 'Bank {B}', '{B} Commercial Bank', '{B} Development Bank']), ('Technology', ['{B} Technology {L}', '{B} Tech. {L}', '{B} Science & Technology {L}']),
 ('Shipping', ['{B} Shipping {L}', '{B} Maritime {L}', '{B} Shipping & Logistics {L}']), ('Industries', ['{B} Industries {L}', '{B} Ind. Grp', '{B} Industrial Group']),
 ('Defence', ['{B} Defence Systems {L}', '{B} Defense Systems {L}', '{B} Defence Research Organisation', '{B} Defense Research Organization']),
 ('Centre', ['{B} Research Centre', '{B} Research Center', '{B} Engineering Centre']), ('Aluminium', ['{B} Aluminium Products {L}', '{B} Aluminum Products {L}']),
 ('Electronics', ['{B} Electronics Industries', '{B} Electronic Industries {L}']), ('Machine', ['{B} Machine Building Plant', '{B} Machinery Intl {L}'])]
SHARED_B = BRAND_W + ['Pacifica','Northstar','Bluewater','Goldcrest','Summit','Crescent','Evergreen','Horizon','Keystone','Meridian','Orion','Sapphire','Sterling','Vanguard',
 'Apex','Zenith','Atlas','Falcon','Cobalt','Harbour','Harbor','Unity','Triton','Polaris','Sunrise','Emerald','Granite','Delta','Lotus','Jade']
def c_shared():
    grp, tpls = c(SHARED); b = c(SHARED_B)
    n = c(tpls).format(B=b, L=c(['Co.','Ltd','Ltd.','Corp.','Inc.','LLC','Co., Ltd.','PLC']))
    return n, []
def c_korean_style():
    h = c(KO_BRAND); b = ''.join(x.capitalize() if i == 0 else x for i, x in enumerate(hangul_syl(h, R.random() < .6)))
    r = R.random()
    if r < .35: n = f"Korea {b} Trading Corporation"
    elif r < .5: n = f"Korea {b} Trdg Corp."
    elif r < .65: n = f"{b} {c(['Industrial','Electronics','Machinery','Shipping','Precision'])} Co., Ltd."
    elif r < .8: n = f"KOREA {b.upper()} {c(['GENERAL TRADING','INDUSTRIAL','TECHNOLOGY','SHIPPING'])} CORPORATION"
    else: n = f"{b} {c(['Tech','Trading','Electronics'])} Co."
    return n, hangul_text(h)
def c_chinese_style():
    city = c(CN_CITY); b = c(CN_BRAND); ind = c(CN_IND); bp = ''.join(pinyin_syl(b)).capitalize()
    r = R.random(); L = c(['Co., Ltd.','Co. Ltd','Co., Limited','Company Limited','Corp.','Co Ltd'])
    if r < .6: n = f"{city[1]} {bp} {c(ind[2])} {L}"
    elif r < .8: n = f"{bp} {c(ind[2])} (HK) Limited"
    else: n = f"{city[1].upper()} {bp.upper()} {ind[1].upper()} CO., LTD."
    return n, []
GULF_B = ['Al Noor','Blue Dune','Desert Falcon','Palm Crest','Silver Creek','Al Wafi','Golden Sands','Emirates Star','Oasis Peak','Al Baraha','Coral Bay','Jebel Crest','Marina Gate','Al Yasmeen','Red Sea Star']
def c_gulf():
    b = c(GULF_B + [x[1][0] for x in AR_BRAND]); r = R.random()
    if r < .3: n = f"{b} General Trading LLC"
    elif r < .5: n = f"{b} {c(['Technology','Trading','Logistics','Marine Services'])} FZE"
    elif r < .65: n = f"{b} {c(['Trading','Electromechanical'])} FZCO"
    elif r < .8: n = f"{b} Trading & Contracting Co. W.L.L."
    else: n = f"{b} {c(['Intl','International'])} Trdg L.L.C."
    return n, []
ASEAN_B = ['Sinar Jaya','Maju Bersama','Cahaya Timur','Mega Teknik','Bintang Laut','Harapan Baru','Sri Permata','Golden Lotus','Kim Seng','Tan Brothers','Lim Hock','Siam Pacific','Viet Tien','Hoang Long','Mekong Star','Jaya Utama']
def c_asean():
    b = c(ASEAN_B); r = R.random()
    if r < .3: n = f"{b} {c(['Engineering','Trading','Marine','Technology'])} Sdn Bhd"
    elif r < .5: n = f"{b} {c(['Holdings','Logistics','Precision'])} Pte Ltd"
    elif r < .65: n = f"PT {b} {c(['Teknik','Abadi','Perkasa','Sejahtera'])}"
    elif r < .8: n = f"{b} {c(['Trading','Import-Export','Technology'])} Co., Ltd."
    else: n = f"{b} {c(['Joint Stock Company','JSC','Trading JSC'])}"
    return n, []
def c_iranian():
    b = c(c(FA_BRAND)[1]); ind = c(c(FA_IND)[1]); r = R.random()
    if r < .3: n = f"{b} {ind} Co."
    elif r < .5: n = f"{b} {c(['Sanat','Sanaye','Tejarat'])} Company"
    elif r < .7: n = f"{b} {ind} Group"
    elif r < .85: n = f"{b.upper()} {c(['ENGINEERING','TRADING','INDUSTRIAL'])} CO. (PJS)"
    else: n = f"{b} {c(['Kish','Qeshm'])} Trading Co."
    return n, []
TRIN_B = ['Anadolu Yıldız','Ege Teknik','Boğaziçi','Karadeniz','Marmara Makina','Toros','Kartal','Deniz','Sharma','Gupta','Om Sai','Shree Ganesh','Laxmi','Vardhman','Sahyadri','Narmada']
def c_turkish_indian():
    b = c(TRIN_B); r = R.random()
    if b[0] in 'ABEKMTD': n = f"{b} {c(['Makina','Dış Ticaret','Mühendislik','Elektronik'])} {c(['A.Ş.','Ltd. Şti.','San. ve Tic. Ltd. Şti.'])}"
    else: n = f"{b} {c(['Engineering','Industries','Tech','Metals','Exports'])} {c(['Pvt. Ltd.','Private Limited','Pvt Ltd','LLP'])}"
    return n, []

# ---------------- Arabic script ----------------
def a_arabic_person():
    g = pick(AR_GIVEN_M if R.random() < .8 else AR_GIVEN_F); f2 = pick(AR_GIVEN_M); s = pick(AR_FAMILY); r = R.random()
    if r < .5: parts = [g, s]
    elif r < .8: parts = [g, f2, s]
    else: parts = [g, ('بن', ['bin']), f2, s]
    n = ' '.join(p[0] for p in parts)
    sh = [' '.join(c(p[1]) for p in parts) for _ in range(3)] + [' '.join(p[1][0] for p in parts)]
    return n, sh
def a_persian_person():
    g = pick(FA_GIVEN_M if R.random() < .8 else FA_GIVEN_F); s = pick(FA_FAMILY); r = R.random()
    parts = [g, s] if r < .8 else [g, pick(FA_GIVEN_M), s]
    n = ' '.join(p[0] for p in parts)
    sh = [' '.join(c(p[1]) for p in parts) for _ in range(3)] + [' '.join(p[1][0] for p in parts)]
    return n, sh
def a_persian_company():
    b = pick(FA_BRAND); i = pick(FA_IND); r = R.random()
    if r < .35: n = f"شرکت {b[0]} {i[0]}"; sh = [f"{l} {il}" for l in b[1] for il in i[1]]
    elif r < .55: n = f"شرکت صنایع {b[0]}"; sh = [f"{l} industries" for l in b[1]] + [f"sanaye {l}" for l in b[1]]
    elif r < .75: n = f"شرکت بازرگانی {b[0]}"; sh = [f"{l} trading" for l in b[1]] + [f"bazargani {l}" for l in b[1]]
    elif r < .9: n = f"{b[0]} {i[0]} (سهامی خاص)"; sh = [f"{l} {il}" for l in b[1] for il in i[1]]
    else: n = f"گروه صنعتی {b[0]}"; sh = [f"{l} industrial group" for l in b[1]]
    return n, sh
def a_arabic_company():
    b = pick(AR_BRAND); i = pick(AR_IND); r = R.random()
    if r < .5: n = f"شركة {b[0]} {i[0]}"
    elif r < .7: n = f"مؤسسة {b[0]} {i[0]}"
    elif r < .85: n = f"شركة {b[0]} {i[0]} ذ.م.م"
    else: n = f"مجموعة {b[0]} {i[0]}"
    return n, [f"{l} {il}" for l in b[1] for il in i[1]]

# ---------------- Cyrillic ----------------
def y_ru():
    f = F['ru_RU']; m = R.random() < .65
    g = f.first_name_male() if m else f.first_name_female(); s = f.last_name_male() if m else f.last_name_female()
    p = f.middle_name_male() if m else f.middle_name_female()
    if m and R.random() < .25: g = c(['Иван','Сергей','Александр','Дмитрий','Андрей','Алексей'])
    r = R.random()
    n = f"{s} {g} {p}" if r < .4 else (f"{g} {s}" if r < .75 else (f"{g} {p} {s}" if r < .9 else f"{s} {g[0]}. {p[0]}."))
    return n, cyr_shadows(n)
def y_uk():
    f = F['uk_UA']; m = R.random() < .65
    g = f.first_name_male() if m else f.first_name_female(); s = f.last_name()
    p = f.middle_name_male() if m else f.middle_name_female()
    n = f"{s} {g} {p}" if R.random() < .5 else f"{g} {s}"
    return n, cyr_shadows(n)
def y_bg():
    f = F['bg_BG']; m = R.random() < .6
    g = f.first_name_male() if m else f.first_name_female(); s = f.last_name_male() if m else f.last_name_female()
    n = f"{g} {s}" if R.random() < .7 else f"{g} {f.first_name_male()}{'ов' if m else 'ова'} {s}"
    return n, cyr_shadows(n)
def y_sr():
    m = R.random() < .65; g = c(SR_GIVEN_M if m else SR_GIVEN_F); s = c(SR_FAMILY)
    n = f"{g} {s}" if R.random() < .75 else f"{s.upper()} {g}"
    return n, cyr_shadows(n)
def y_kk():
    g = c(KAZ_GIVEN); s = c(KAZ_FAMILY)
    if g in ('Айгерим','Динара','Гульнара','Жанар','Асель','Мадина','Әсел') and s.endswith('ов'): s += 'а'
    n = f"{g} {s}" if R.random() < .6 else f"{s} {g}"
    return n, cyr_shadows(n)
def y_company():
    r = R.random()
    if r < .45: b = c(RU_BRAND); n = c(['ООО «{}»','АО «{}»','ЗАО «НПП «{}»','ООО «ТД «{}»','ПАО «{}»','ООО "{}"','ООО НПФ «{}»']).format(b)
    elif r < .6: b = c(UA_BRAND); n = c(['ТОВ «{}»','ПрАТ «{}»','ТОВ "{}"']).format(b)
    elif r < .72: b = c(BG_BRAND); n = c(['„{}“ ЕООД','„{}“ ООД','{} АД']).format(b)
    elif r < .86: b = c(KZ_BRAND); n = c(['ТОО «{}»','АО «{}»']).format(b)
    else: b = c(SR_BRAND); n = c(['{} д.о.о.','{} а.д.','Привредно друштво „{}“ д.о.о.']).format(b)
    return n, cyr_shadows(n) + cyr_shadows(b)

# ---------------- Han ----------------
def h_zh_hans():
    f = F['zh_CN']; n = f.last_name() + f.first_name(); return n, han_person(n)
def h_zh_hant():
    f = F['zh_TW']; n = f.last_name() + f.first_name(); return n, han_person(n)
def h_ja():
    f = F['ja_JP']; l = f.last_name_pair(); g = f.first_name_pair()
    n = f"{l[0]} {g[0]}" if R.random() < .6 else f"{l[0]}{g[0]}"
    return n, [f"{l[2]} {g[2]}"] + han_person(l[0] + g[0], len(l[0]))
def h_zh_co():
    if R.random() < .75:
        city = c(CN_CITY); b = c(CN_BRAND); ind = c(CN_IND); form = c(CN_FORM)
        n = f"{city[0] if R.random() < .8 else ''}{b}{ind[0]}{form[0]}"
        bp = ''.join(pinyin_syl(b))
        sh = [' '.join(pinyin_syl(n)), f"{city[1]} {bp} {ind[1]} co ltd", f"{bp} {ind[1]} co ltd", f"{bp} {ind[1]}"]
    else:
        city = c(TW_CITY); b = c(TW_BRAND); ind = c(TW_IND)
        n = f"{city[0]}{b}{ind[0]}{c(['有限公司','股份有限公司'])}"
        bp = ''.join(pinyin_syl(b)); sh = [' '.join(pinyin_syl(n)), f"{bp} {ind[1]} co ltd", f"{bp} {ind[1]}"]
    return n, sh
def h_ja_co():
    b = c(JA_BRAND); i = c(JA_IND); r = R.random()
    n = f"株式会社{b[0]}{i[0]}" if r < .4 else (f"{b[0]}{i[0]}株式会社" if r < .8 else f"{b[0]}{i[0]}(株)")
    return n, [f"{b[1]} {i[1]}", f"{b[1]} {i[2]}", f"{b[1]} {i[1]} co ltd", f"{b[1]} {i[2]} co ltd"]

# ---------------- Hangul ----------------
def k_person():
    f = F['ko_KR']; h = f.last_name() + f.first_name()
    return h, hangul_person(h)
def k_person_spaced():
    f = F['ko_KR']; h = f.last_name() + f.first_name(); r = R.random()
    n = f"{h[0]} {h[1:]}" if r < .7 else f"{h[1:]} {h[0]}"
    return n, hangul_person(h)
def k_company():
    b = c(KO_BRAND); i = c(KO_IND); r = R.random()
    if r < .25: n = f"{b}{i[0]}"
    elif r < .45: n = f"조선{b}{i[0]}"
    elif r < .65: n = f"(주){b}{i[0]}"
    elif r < .8: n = f"주식회사 {b}{i[0]}"
    else: n = f"{b}{i[0]} 주식회사"
    bs = {''.join(hangul_syl(b)), ''.join(hangul_syl(b, True)), ' '.join(hangul_syl(b)), ' '.join(hangul_syl(b, True))}
    sh = [f"{x} {y}" for x in bs for y in i[2]] + [f"korea {x} {y}" for x in bs for y in i[2]] + [x for x in bs if ' ' not in x] + hangul_text(n.replace(' ', ''))
    return n, sh

# ---------------- other scripts ----------------
def o_person(loc):
    def g():
        f = F[loc]; n = f"{f.first_name()} {f.last_name()}"
        return n, generic(n)
    return g
def o_kana():
    f = F['ja_JP']; l = f.last_name_pair(); g = f.first_name_pair(); r = R.random()
    kat = f"{l[1]} {g[1]}"
    if r < .5: n = kat
    elif r < .8: n = ''.join(chr(ord(ch) - 0x60) if 'ァ' <= ch <= 'ヶ' else ch for ch in kat)
    else: n = f"{l[1]}・{g[1]}"
    return n, [f"{l[2]} {g[2]}", unidecode(n)]
KANA_B = ['ミドリ','サクラ','アオバ','ヒカリ','ツバサ','ミライ','コスモ','アサヒ','ホクト','ヤマト','ソレイユ','ルミナ','アルテ','ノーザン','ベイサイド']
KANA_W = ['テクノ','トレーディング','システムズ','エンジニアリング','マシナリー','ロジスティクス','エレクトロニクス','プレシジョン']
def o_kana_co():
    b = c(KANA_B); w = c(KANA_W); n = c(['{}・{}','{}{}','{}{}カンパニー']).format(b, w)
    return n, [unidecode(n), unidecode(b)]
HI_B = ['श्री गणेश','महालक्ष्मी','सूर्या','गंगा','हिमालय','कावेरी','नर्मदा','अन्नपूर्णा','सरस्वती','विजय','ओम साई','जय भारत']
HI_W = ['इंडस्ट्रीज','ट्रेडर्स','टेक्नोलॉजीज़','इंजीनियरिंग वर्क्स','एंटरप्राइजेज','मशीन टूल्स']
def o_hi_co():
    n = f"{c(HI_B + [F['hi_IN'].last_name()])} {c(HI_W)} {c(['प्राइवेट लिमिटेड','प्रा. लि.','लिमिटेड',''])}".strip(); return n, generic(n)
BN_B = ['মেঘনা','পদ্মা','যমুনা','সোনালী','বনফুল','সুরমা','কর্ণফুলী','তিস্তা','রূপসা','ধানসিঁড়ি']
BN_W = ['ট্রেডিং','ইন্ডাস্ট্রিজ','এন্টারপ্রাইজ','ইঞ্জিনিয়ারিং','শিপিং লাইনস']
def o_bn_co():
    n = f"{c(BN_B + [F['bn_BD'].last_name()])} {c(BN_W)} {c(['লিমিটেড','লিঃ',''])}".strip(); return n, generic(n)
TH_B = ['สยามโกลด์','ไทยรุ่งเรือง','ศรีสวัสดิ์','เจริญผล','ทองดี','รุ่งโรจน์','แสงทอง','บางกอกเมทัล','ชัยมงคล','ธนพัฒน์','เอเชียแปซิฟิก','มหาชัย']
TH_W = ['เทรดดิ้ง','เอ็นจิเนียริ่ง','อินดัสตรี','เทคโนโลยี','โลจิสติกส์','']
def o_th_co():
    n = f"บริษัท {c(TH_B)}{c(TH_W)} จำกัด" if R.random() < .8 else f"บริษัท {c(TH_B)} จำกัด (มหาชน)"; return n, generic(n)
HE_W = ['סחר','הנדסה','טכנולוגיות','אלקטרוניקה','שילוח ולוגיסטיקה','מתכות','יבוא ויצוא']
def o_he_co():
    f = F['he_IL']; b = c([f.last_name(), c(['אופק','גלבוע','כרמל','נגב','ארבל','תבור','שקד','אלון'])]); L = c(['בע"מ','בע״מ','בעמ'])
    n = f"{b} {c(HE_W)} {L}"; return n, generic(n)
EL_B = ['Αιγαίο','Ολυμπος','Ερμής','Ποσειδών','Πήγασος','Κρήτη','Ιόνιο','Θεσσαλία','Αστέρας']
def o_el_co():
    f = F['el_GR']; r = R.random()
    n = f"{f.last_name_male()} Α.Ε." if r < .3 else (f"{c(EL_B)} {c(['Ναυτιλιακή','Τεχνική','Εμπορική','Μηχανολογική'])} {c(['Α.Ε.','Ε.Π.Ε.','Ι.Κ.Ε.'])}" if r < .75 else f"{f.last_name_male().upper()} & ΣΙΑ Ο.Ε.")
    return n, generic(n)
KA_B = ['ივერია','ალაზანი','მთაწმინდა','ლაზიკა','ბორჯომი','არაგვი','რიონი','ქართლი','ტაო','კოლხეთი','ენგური','საგარეჯო']
def o_ka_co():
    b = c(KA_B + [F['ka_GE'].last_name()]); n = c(['შპს „{}“','შპს {} ტრეიდი','სს „{}“','შპს {} ინჟინერინგი']).format(b); return n, generic(n) + generic(b)
HY_B = ['Սևան','Արագած','Զվարթնոց','Նաիրի','Դիլիջան','Գառնի','Տաթև','Վարդենիս','Արփա','Որոտան','Լոռի','Գեղամ']
def o_hy_co():
    b = c(HY_B + [F['hy_AM'].last_name()]); n = c(['«{}» ՍՊԸ','«{} Տեխնոլոջիս» ՍՊԸ','«{}» ՓԲԸ','{} Թրեյդ ՍՊԸ']).format(b); return n, generic(n) + generic(b)

# (kind, schema, quota, generator, native_script?)
KINDS = [
 ('latin/western-anglo','Person',110,p_western_anglo,0),('latin/western-continental','Person',130,p_western_cont,0),('latin/hispanic','Person',110,p_hispanic,0),
 ('latin/lusophone','Person',80,p_luso,0),('latin/turkish','Person',80,p_turkish,0),('latin/indonesian','Person',70,p_indonesian,0),('latin/nigerian','Person',70,p_nigerian,0),
 ('latin/vietnamese','Person',80,p_vietnamese,0),('latin/filipino','Person',70,p_filipino,0),('latin/indian','Person',80,p_indian,0),('latin/pakistani','Person',70,p_pakistani,0),
 ('latin/arabic-romanised','Person',120,p_arabic_rom,0),('latin/persian-romanised','Person',110,p_persian_rom,0),('latin/korean-romanised','Person',120,p_korean_rom,0),
 ('latin/chinese-pinyin','Person',100,p_chinese_rom,0),
 ('latin-co/western-legal-forms','Company',110,c_western,0),('latin-co/shared-generic-words','Company',130,c_shared,0),('latin-co/korean-style','Company',70,c_korean_style,0),
 ('latin-co/chinese-style','Company',80,c_chinese_style,0),('latin-co/gulf-style','Company',60,c_gulf,0),('latin-co/asean-style','Company',60,c_asean,0),
 ('latin-co/iranian-style','Company',50,c_iranian,0),('latin-co/turkish-indian','Company',40,c_turkish_indian,0),
 ('arabic/arabic-person','Person',210,a_arabic_person,1),('arabic/persian-person','Person',210,a_persian_person,1),('arabic/persian-company','Company',100,a_persian_company,1),
 ('arabic/arabic-company','Company',80,a_arabic_company,1),
 ('cyrillic/russian-person','Person',180,y_ru,1),('cyrillic/ukrainian-person','Person',75,y_uk,1),('cyrillic/bulgarian-person','Person',55,y_bg,1),
 ('cyrillic/serbian-person','Person',50,y_sr,1),('cyrillic/kazakh-person','Person',60,y_kk,1),('cyrillic/company','Company',180,y_company,1),
 ('han/chinese-simplified-person','Person',170,h_zh_hans,1),('han/chinese-traditional-person','Person',80,h_zh_hant,1),('han/japanese-kanji-person','Person',100,h_ja,1),
 ('han/chinese-company','Company',110,h_zh_co,1),('han/japanese-company','Company',40,h_ja_co,1),
 ('hangul/person-joined','Person',200,k_person,1),('hangul/person-spaced','Person',80,k_person_spaced,1),('hangul/company','Company',120,k_company,1),
 ('devanagari/person','Person',90,o_person('hi_IN'),1),('devanagari/company','Company',40,o_hi_co,1),
 ('bengali/person','Person',77,o_person('bn_BD'),1),('bengali/company','Company',33,o_bn_co,1),
 ('thai/person','Person',84,o_person('th_TH'),1),('thai/company','Company',36,o_th_co,1),
 ('hebrew/person','Person',77,o_person('he_IL'),1),('hebrew/company','Company',33,o_he_co,1),
 ('greek/person','Person',77,o_person('el_GR'),1),('greek/company','Company',33,o_el_co,1),
 ('georgian/person','Person',70,o_person('ka_GE'),1),('georgian/company','Company',30,o_ka_co,1),
 ('armenian/person','Person',70,o_person('hy_AM'),1),('armenian/company','Company',30,o_hy_co,1),
 ('kana/person','Person',85,o_kana,1),('kana/company','Company',35,o_kana_co,1)]

TITLES = {'arabic': ['السيد','المهندس','السيدة','آقای','مهندس','دکتر'], 'cyrillic': ['господин','г-н','г-жа','гражданин'], 'han': ['先生','女士','様','博士'],
 'hangul': ['씨','님','사장','박사'], 'devanagari': ['श्री','श्रीमती'], 'bengali': ['জনাব','শ্রী'], 'thai': ['นาย','นาง'], 'hebrew': ['מר',"גב'"],
 'greek': ['κ.','Κος'], 'georgian': ['ბატონი','ქალბატონი'], 'armenian': ['պարոն','տիկին'], 'kana': ['様','さん']}
SUFFIX_TITLE = {'han', 'hangul', 'kana'}
def noisy(name, script, schema):
    kinds = ['punct', 'upper', 'spaces'] + (['title'] if schema == 'Person' else [])
    if script in ('arabic', 'han', 'hangul', 'devanagari', 'bengali', 'thai', 'hebrew', 'georgian', 'kana'):
        kinds = [k for k in kinds if k != 'upper']
    k = c(kinds)
    if k == 'title':
        t = c(TITLES[script])
        return k, (f"{name} {t}" if script in SUFFIX_TITLE and R.random() < .5 else (f"{name}{t}" if script in SUFFIX_TITLE else f"{t} {name}"))
    if k == 'punct':
        return k, c(['"{}"', '“{}”', '{},', '{}.', '({})', '- {}', '{};', '«{}»', "'{}'", '{} :']).format(name)
    if k == 'upper':
        return k, name.upper()
    sp = '　' if script in ('han', 'kana') else ' '
    if ' ' in name and R.random() < .6:
        return k, name.replace(' ', '  ', 1)
    return k, c([f"{sp}{name}", f"{name}{sp}", f"  {name} "])

def distinctive(ws):
    return [w for w in ws if w not in GENERIC and len(w) > 1]

def main():
    ix = Index()
    log = sys.stderr
    print(f"# make_negatives.py seed={SEED}; list names read: {len(ix.names)}", file=log)
    out, seen = [], set()
    dropped = Counter(); noise_ct = Counter()
    for kind, schema, quota, gen, native in KINDS:
        script = kind.split('/')[0].replace('latin-co', 'latin')
        got = tries = 0
        while got < quota:
            tries += 1
            if tries > quota * 60: print(f"!! {kind}: only {got}/{quota}", file=log); break
            r = gen()
            if not r: continue
            name, shadows = r
            name = unicodedata.normalize('NFC', ' '.join(name.split()))
            key = ' '.join(sorted(words(name)))
            if key in seen: dropped['duplicate'] += 1; continue
            hit = ix.check(name, tuple(shadows))
            if hit:
                dropped[f'R{1 if hit[0]=="exact" else 2} {hit[0]}'] += 1
                print(f"DROP {hit[0]:6} {kind:34} {name!r} via {hit[1]!r} ~ listed {hit[2]!r}", file=log); continue
            if schema == 'Company':
                bad = None
                for s in (name,) + tuple(shadows):
                    d = distinctive(words(s))
                    if d and ix.check_words(d + ['\x00']) is None:
                        cand = None
                        for w in set(d):
                            ids = ix.by_word.get(w, set()); cand = set(ids) if cand is None else cand & ids
                        cand = {i for i in (cand or ()) if ix.sets[i][2] != 'person'}
                        if cand: bad = (s, ix.sets[min(cand)][1]); break
                if bad:
                    dropped['R3 distinctive'] += 1
                    print(f"DROP distinct {kind:34} {name!r} via {bad[0]!r} ~ listed {bad[1]!r}", file=log); continue
            seen.add(key)
            k = kind
            if native and R.random() < 0.10:
                nk, nn = noisy(name, script, schema)
                if ix.check(nn) is None:
                    name, k = nn, f"{kind}+noise-{nk}"; noise_ct[nk] += 1
            out.append({'name': name, 'schema': schema, 'kind': k})
            got += 1
    print(f"# kept {len(out)}; dropped {sum(dropped.values())}: {dict(dropped)}; noise {dict(noise_ct)}", file=log)
    rs = random.Random(SEED); rs.shuffle(out)
    os.makedirs('negatives', exist_ok=True)
    with open('negatives/negatives.jsonl', 'w', encoding='utf-8') as f:
        for o in out: f.write(json.dumps(o, ensure_ascii=False) + '\n')
main()
