import json, random, re, sys, unicodedata
from collections import Counter
from faker import Faker
sys.path.insert(0, "tools")
from lists import load_names, fold, tokens
from translit import romanize_korean_name, romanize_hangul, translit_cyr
from pypinyin import lazy_pinyin

SEED = 20261205
rng = random.Random(SEED)
Faker.seed(SEED)
_fk = {}
def F(loc):
    if loc not in _fk:
        _fk[loc] = Faker(loc); _fk[loc].seed_instance(SEED + len(_fk))
    return _fk[loc]

# ---------------- own lists ----------------
AR_GIVEN = "Ahmed Ahmad Mohammed Muhammad Mahmoud Khalid Omar Yusuf Youssef Ibrahim Tariq Samir Karim Nabil Walid Faisal Hamza Bilal Rami Ziad Hisham Fadi Majid Sami Adel Jamal Mustafa Hassan Hussein Ali Said Nasser Rashid Salim Amr Osama Anas Basel Marwan Imad Tamer Sherif Ayman Hatem Khaled Abdelrahman Abdullah Abdulaziz Saad Fahd Sultan Mansour Ziyad Jihad Nizar Raed Wael Ghassan Fatima Aisha Mariam Layla Nour Huda Rania Salma Zeinab Amal Dalia Hanan Yasmin Rana Lina Samira Reem Noura Hind Ghada Suha Maha".split()
AR_FAMILY = "Al-Masri Haddad Khoury Nasser Saleh Abdullah Al-Amin Bakr Darwish El-Sayed Farouk Ghanem Habib Hamdan Ismail Jaber Kassem Mansour Mahfouz Nassar Othman Qasim Rahman Sabbagh Shami Suleiman Tamimi Yassin Zaki Al-Khatib Al-Obeidi Awad Barakat Fakhoury Hijazi Issa Khalil Nimer Odeh Al-Zahrani Al-Ghamdi Al-Harbi Al-Mutairi Al-Dosari Al-Shehri Al-Qahtani El-Hadidi Abu-Zeid Bitar Chehab Daher Frangieh Hamoud Jabbour Karam Lahham Maalouf Naddaf Qabbani Saad Sarkis Tannous Wehbe Younes Zoghbi Abdel-Aziz El-Gamal Shalaby Mostafa Hegazy Fawzy Ragab Soliman Abdel-Fattah Nour El-Din".split()
FA_GIVEN = "Reza Ali Mohammad Hossein Mehdi Amir Behnam Kourosh Dariush Farhad Hamid Javad Kamran Majid Navid Omid Payam Ramin Saeed Shahram Siavash Vahid Babak Arash Bijan Ehsan Farshid Hooman Keyvan Mehran Nima Pouya Sina Soroush Parisa Shirin Maryam Niloufar Leila Fereshteh Mahnaz Roya Sara Zahra Azadeh Golnar Mina Nasrin Soheila Ladan Elham Homa Mahsa Nazanin Shabnam Taraneh Yasaman".split()
FA_FAMILY = "Ahmadi Hosseini Karimi Rezaei Mousavi Jafari Rahimi Mohammadi Sadeghi Ghorbani Hashemi Kazemi Moradi Nouri Rostami Sharifi Tavakoli Zamani Bagheri Farahani Ghasemi Heidari Jalali Khosravi Mirzaei Najafi Pourmand Yazdani Amini Bahrami Daneshvar Ebrahimi Esfandiari Golestani Kashani Shirazi Tehrani Esfahani Mashhadi Tabrizi Alavi Behzadi Derakhshan Farahmand Ghaffari Kamali Mahdavi Naderi Parsa Rahnama Sabeti Shahidi Soltani Vaziri Zand Arjmand Azizi Babaei Dehghan Eskandari Hatami Jahangiri Kiani Mokhtari Nikzad Rouhani Safavi Taheri".split()
IN_FAMILY_EXTRA = "Sharma Verma Gupta Iyer Nair Reddy Patel Shah Mehta Joshi Kulkarni Deshpande Banerjee Chatterjee Mukherjee Das Rao Pillai Menon Kapoor Malhotra Chauhan Singh Agarwal Bhat Hegde".split()
IN_GIVEN_EXTRA = "Arjun Rohan Vikram Rahul Aditya Sanjay Rajesh Suresh Anil Deepak Priya Anjali Kavita Sunita Meera Lakshmi Pooja Neha Ananya Divya Karthik Srinivas Venkatesh Ravi Mohan".split()

LATIN_COMPANY_WORDS = "Alpine Apex Atlas Aurora Baltic Beacon Blue Boreal Cascade Cedar Crescent Crystal Delta Eastern Emerald Falcon Frontier Golden Granite Harbor Horizon Iris Juniper Keystone Lakeside Lotus Maple Meridian Nordic Northstar Oasis Orion Pacific Pinnacle Polar Prairie Quantum Redwood Riverside Sapphire Sierra Silverline Solaris Summit Sunrise Tidewater Unity Vanguard Vertex Westbrook Zenith".split()
LATIN_BIZ = ["Logistics","Trading","Foods","Textiles","Consulting","Engineering","Packaging","Furniture","Software","Pharma","Ceramics","Agro","Shipping","Marine Services","Electrical","Plastics","Printing","Garments","Hospitality","Travel","Construction","Medical Supplies","Optics","Paper","Dairy","Machinery","Auto Parts","Chemicals","Import Export","Holdings"]
LEGAL = {"en_US":["LLC","Inc.","Corp.","Co.","Ltd."],"en_GB":["Ltd","Limited","PLC","LLP"],"de_DE":["GmbH","GmbH & Co. KG","AG","KG","e.K."],"fr_FR":["SARL","SAS","SA"],"es_ES":["S.L.","S.A."],"es_MX":["S.A. de C.V.","S. de R.L."],"tr_TR":["Ltd. Şti.","A.Ş.","San. ve Tic. Ltd. Şti."],"id_ID":["PT","CV"],"it_IT":["S.r.l.","S.p.A."],"nl_NL":["B.V.","N.V."],"pl_PL":["Sp. z o.o.","S.A."],"pt_BR":["Ltda.","S.A."],"ae":["FZE","FZCO","LLC","L.L.C."],"hk":["Co., Ltd.","Limited","Company Limited","Trading Co., Ltd.","Technology Co., Ltd."],"in":["Pvt. Ltd.","Private Limited","Ltd."],"ru":["LLC","OOO","JSC","AO"],"kr":["Co., Ltd.","Corp.","Inc."],"jp":["Co., Ltd.","K.K.","Corporation"],"ir":["Co.","Company","Group","Industries"]}

ZH_WORDS = list("华鑫恒瑞兴达盛泰宏鼎顺嘉禾润丰晨曦远航凯锐博雅天成金诚长城东方海纳百川")
ZH_BIZ = ["贸易","科技","电子","物流","食品","纺织","建材","医药","软件","家具","包装","服装","餐饮","环保","广告","文化传媒","农业","化妆品","五金","印刷"]
ZH_CITIES = ["上海","深圳","广州","杭州","苏州","南京","成都","武汉","青岛","厦门","宁波","天津","重庆","西安","长沙","郑州","合肥","昆明","福州","济南"]
TW_BIZ = ["貿易","科技","電子","物流","食品","紡織","建材","醫藥","軟體","傢俱","包裝","服飾","餐飲","環保","廣告","文化","農業","五金","印刷","光電"]
TW_CITIES = ["台北","新竹","台中","台南","高雄","桃園","基隆","嘉義","香港","九龍"]
JA_BIZ = ["商事","工業","電機","食品","建設","物産","製作所","運輸","薬品","化成","印刷","不動産","繊維","精工","産業"]
KATA_WORDS = ["サクラ","ミライ","アオバ","ヒカリ","ツバサ","ソラ","ハヤテ","コスモ","スズラン","カエデ","ミドリ","ユニバース","テクノ","システム","ネット","デザイン","フーズ","ロジスティクス","ソリューションズ","エンジニアリング","トレーディング","ホールディングス","メディカル","クリエイト","プランニング"]
HIRA_FAM = ["たなか","やまもと","すずき","さとう","いとう","わたなべ","なかむら","こばやし","かとう","よしだ","やまだ","ささき","まつもと","いのうえ","きむら","はやし","しみず","やまぐち","もり","いけだ"]
HIRA_GIV = ["ゆうこ","はなこ","さくら","ひろし","たかし","まさと","あゆみ","みほ","けんた","しょうた","なおこ","えり","だいすけ","ゆか","かずや","まい","りょう","あきら","ともこ","しんじ"]
KO_BIZ = ["무역","상사","전자","물산","식품","건설","산업","테크","소프트","물류","에너지","정밀","화학","제약","미디어","디자인","엔지니어링","푸드","패션","인터내셔널"]
KO_WORDS = ["한빛","새솔","가온","누리","다온","해솔","라온","미르","별빛","푸른","한결","아름","초록","은하","바다","하늘","대한","서울","부산","동방","태양","한울","나래","솔빛","온새미"]
AR_CO_WORDS = ["النور","الأمل","الفجر","الرواد","الخليج","النخيل","الواحة","المستقبل","الصفوة","الريان","السلام","الأفق","الهدى","الرحاب","البيان","الوفاء","الياسمين","المنارة","الشروق","القمة"]
AR_CO_BIZ = ["للتجارة العامة","للمقاولات","للأغذية","للنقل والشحن","للاستشارات","للمفروشات","للعطور","للسياحة والسفر","للإلكترونيات","للطباعة والنشر","للأدوية","للمنسوجات","للتطوير العقاري","للخدمات الطبية"]
AR_CO_FORM = ["شركة {w} {b}","مؤسسة {w} {b}","شركة {w} {b} ذ.م.م","مجموعة {w} {b}","شركة {w} {b} المحدودة","مكتب {w} {b}"]
FA_CO_WORDS = ["آرمان","پویا","سپیده","نگین","ستاره","آفتاب","مهرگان","پارسیان","البرز","زاگرس","کوثر","سپهر","آوا","نیکان","رایان","هامون","شبنم","آسمان","افرا","بهار","ماهان","آریا","دنا","سبلان","بامداد"]
FA_CO_BIZ = ["بازرگانی","فرش","مواد غذایی","حمل و نقل","نساجی","لوازم خانگی","چاپ و نشر","داروسازی","پخش","ساختمانی","کشاورزی","گردشگری","مبلمان","نرم افزار","بسته بندی"]
FA_CO_FORM = ["شرکت {w} {b}","شرکت {b} {w}","شرکت {w} {b} (سهامی خاص)","شرکت {w} {b} با مسئولیت محدود","موسسه {b} {w}","فروشگاه {w}","گروه {b} {w}"]
FA_COMMON_PART = None
RU_WORDS = ["Альфа","Вектор","Горизонт","Зенит","Меридиан","Радуга","Северное Сияние","Уют","Родник","Берёзка","Сфера","Ладья","Кристалл","Восход","Гранит","Янтарь","Престиж","Континент","Тайга","Волна","Созвездие","Исток","Фортуна","Рассвет","Дельта"]
RU_BIZ = ["Торг","Строй","Трейд","Сервис","Логистик","Продукт","Мебель","Текстиль","Фарм","Маркет","Агро","Принт","Тур","Консалт"]
RU_FORM = ["ООО «{w}»","ООО «{w}-{b}»","АО «{w}»","ИП {p}","ООО «{b}{w}»","ЗАО «{w}»","ООО «Торговый дом «{w}»"]
UK_FORM = ["ТОВ «{w}»","ПП «{w}»","ФОП {p}","ТОВ «{w}-{b}»","ПрАТ «{w}»"]
UK_WORDS = ["Злагода","Калина","Вишня","Світанок","Джерело","Барвінок","Колос","Дніпро","Карпати","Соняшник","Веселка","Оберіг","Затишок","Лелека","Ятрань"]
HI_WORDS = ["श्री गणेश","लक्ष्मी","सूर्या","गंगा","हिमालय","अन्नपूर्णा","शिवम","कृष्णा","साई","भारत","नवभारत","आदित्य","सरस्वती","त्रिवेणी","कावेरी"]
HI_BIZ = ["ट्रेडर्स","इंटरप्राइजेज","टेक्सटाइल्स","फूड्स","एक्सपोर्ट्स","कंस्ट्रक्शन","फार्मा","इलेक्ट्रिकल्स","प्रिंटर्स","एग्रो"]
HI_FORM = ["{w} {b} प्राइवेट लिमिटेड","{w} {b}","{w} {b} लिमिटेड","मैसर्स {w} {b}","{w} {b} प्रा. लि."]
TH_WORDS = ["สยาม","รุ่งเรือง","ศรีสุข","เจริญ","มั่นคง","ทองคำ","แสงทอง","พัฒนา","ไทยรุ่ง","บูรพา","อุดมสุข","นครชัย","ชัยมงคล"]
TH_BIZ = ["การค้า","ขนส่ง","อาหาร","ก่อสร้าง","เทรดดิ้ง","อิเล็กทรอนิกส์","สิ่งทอ","การพิมพ์","เฟอร์นิเจอร์"]
TH_FORM = ["บริษัท {w}{b} จำกัด","บริษัท {w} {b} จำกัด (มหาชน)","ห้างหุ้นส่วนจำกัด {w}{b}","หจก.{w}{b}","บจก. {w}{b}"]
HE_WORDS = ["אורן","גפן","תמר","שקד","ארז","דקל","זית","רימון","ברוש","אלון","כרמל","גליל","נגב","ירדן","אופק"]
HE_BIZ = ["סחר","הנדסה","מזון","תוכנה","לוגיסטיקה","בנייה","טקסטיל","ייעוץ","אלקטרוניקה","הפצה"]
HE_FORM = ["{w} {b} בע\"מ","{w} {b} בע״מ","קבוצת {w}","{w} {b} ושות'","{w} {b} בע\"מ"]
EL_WORDS = ["Ολυμπος","Αιγαίο","Ερμής","Αθηνά","Ποσειδών","Ιόνιο","Κρήτη","Δελφοί","Αστέρι","Ήλιος","Πήγασος","Ορίζων","Αργώ"]
EL_BIZ = ["Εμπορική","Τεχνική","Ναυτιλιακή","Τροφίμων","Κατασκευαστική","Συμβουλευτική","Μεταφορική","Πληροφορική"]
EL_FORM = ["{w} {b} Α.Ε.","{w} {b} Ε.Π.Ε.","{w} {b} Ι.Κ.Ε.","{b} {w} Ο.Ε.","{w} Α.Ε."]

def pick(x): return rng.choice(x)

# ---------------- generators: return (schema, name, script, locale) ----------------
def faker_person(loc, order="gf"):
    f = F(loc)
    g, fam = f.first_name(), f.last_name()
    return f"{fam} {g}" if order == "fg" else f"{g} {fam}"

def latin_person():
    r = rng.random()
    if r < 0.45:
        loc = pick(["en_US","en_GB","en_AU","en_CA","de_DE","de_AT","fr_FR","es_ES","es_MX","tr_TR","id_ID","it_IT","nl_NL","pl_PL","pt_BR","pt_PT","sv_SE","cs_CZ","ro_RO","hu_HU","fi_FI","da_DK","en_NG","en_PH","vi_VN"])
        f = F(loc)
        if loc == "hu_HU": n = f"{f.last_name()} {f.first_name()}"
        elif loc == "vi_VN": n = f"{f.last_name()} {f.middle_name() if hasattr(f,'middle_name') else ''} {f.first_name()}".replace("  "," ")
        elif rng.random() < 0.15 and loc.startswith(("en","de")): n = f"{f.first_name()} {f.first_name()[0]}. {f.last_name()}"
        else: n = f"{f.first_name()} {f.last_name()}"
        return n, loc
    if r < 0.55:
        g, fam = pick(AR_GIVEN), pick(AR_FAMILY)
        if rng.random() < 0.4: n = f"{g} {pick(AR_GIVEN)} {fam}"
        elif rng.random() < 0.2: n = f"{fam.upper()}, {g}"
        else: n = f"{g} {fam}"
        return n, "ar_Latn"
    if r < 0.64:
        g, fam = pick(FA_GIVEN), pick(FA_FAMILY)
        if rng.random() < 0.2: g = f"{g}{pick(['',' '])}{pick(['reza','ali','mohammad','hossein'])}".strip()
        return f"{g} {fam}", "fa_Latn"
    if r < 0.73:
        f = F("zh_CN"); fam, g = f.last_romanized_name(), f.first_romanized_name()
        return (f"{fam} {g}" if rng.random() < 0.7 else f"{g} {fam}"), "zh_Latn"
    if r < 0.79:
        f = F("ja_JP"); fam, g = f.last_romanized_name(), f.first_romanized_name()
        return (f"{g} {fam}" if rng.random() < 0.6 else f"{fam.upper()} {g}"), "ja_Latn"
    if r < 0.87:
        f = F("ko_KR"); h = f.last_name() + f.first_name()
        return romanize_korean_name(h, rng.choice([0,0,1,2,3])), "ko_Latn"
    if r < 0.94:
        g, l, m = _ru_full(F(pick(["ru_RU","ru_RU","uk_UA"])))
        n = f"{g} {l}" if rng.random() < 0.5 else f"{l} {g}"
        return translit_cyr(n), "ru_Latn"
    f = F("en_IN")
    if rng.random() < 0.5: return f"{pick(IN_GIVEN_EXTRA)} {pick(IN_FAMILY_EXTRA)}", "en_IN"
    return f.name(), "en_IN"

def latin_company():
    r = rng.random()
    if r < 0.45:
        loc = pick(["en_US","en_GB","de_DE","fr_FR","es_ES","es_MX","tr_TR","it_IT","nl_NL","pl_PL","pt_BR"])
        f = F(loc)
        base = pick([f.last_name(), f.last_name(), pick(LATIN_COMPANY_WORDS)])
        biz = pick(LATIN_BIZ) if loc.startswith("en") else pick(["Handel","Technik","Logistik","Bau","Service","Consulting","Import Export","Industrie","Textil","Transporte","Comercial","Distribuciones","Gıda","İnşaat","Tekstil","Elektrik","Commerce","Services","Trasporti"])
        if loc.startswith("en"): n = f"{base} {biz} {pick(LEGAL[loc])}"
        elif loc == "id_ID": n = f"PT {base} {biz}"
        else: n = f"{base} {biz} {pick(LEGAL[loc])}"
        if rng.random() < 0.2: n = f.company()
        return n, loc
    if r < 0.6:
        n = f"{pick(LATIN_COMPANY_WORDS)} {pick(['General Trading','Trading','Logistics','Foodstuff Trading','Auto Spare Parts','Perfumes','Marine Services'])} {pick(LEGAL['ae'])}"
        if rng.random() < 0.3: n = f"{pick(AR_FAMILY).replace('Al-','Al ')} {pick(['General Trading','Contracting','Enterprises'])} {pick(['LLC','Co. W.L.L.','Est.','FZE'])}"
        return n, "ar_Latn"
    if r < 0.75:
        f = F("zh_CN")
        city = pick(["Shenzhen","Shanghai","Ningbo","Xiamen","Dongguan","Hangzhou","Qingdao","Suzhou","Foshan","Hong Kong","Guangzhou","Wuxi","Yiwu"])
        n = f"{city} {f.last_romanized_name()}{f.first_romanized_name().lower()} {pick(['Textile','Furniture','Electronics','Trading','Import and Export','Packaging','Lighting','Toys','Garment','Houseware'])} {pick(LEGAL['hk'])}"
        return n, "zh_Latn"
    if r < 0.83:
        n = f"{pick(['Hanbit','Saesol','Gaon','Nuri','Daon','Haesol','Raon','Mir','Pureun','Hangyeol','Areum','Eunha','Bada','Haneul','Dongbang'])} {pick(['Trading','Food','Fashion','Logis','Tech','Design','Medical','Cosmetics','Textile'])} {pick(LEGAL['kr'])}"
        return n, "ko_Latn"
    if r < 0.9:
        f = F("ja_JP")
        n = f"{f.last_romanized_name()} {pick(['Shoji','Kogyo','Denki','Shokuhin','Kensetsu','Bussan','Seisakusho','Unyu','Printing','Foods'])} {pick(LEGAL['jp'])}"
        return n, "ja_Latn"
    if r < 0.95:
        n = f"{pick(['Sharma','Patel','Shah','Mehta','Reddy','Agarwal','Sai','Ganesh','Lakshmi','Shree','Om','Krishna'])} {pick(['Textiles','Traders','Enterprises','Exports','Foods','Pharma','Agro','Printers','Builders'])} {pick(LEGAL['in'])}"
        return n, "en_IN"
    f = F("ru_RU")
    n = f"{pick(LEGAL['ru'])} {translit_cyr(pick(RU_WORDS))}" if rng.random() < 0.5 else f"{translit_cyr(pick(RU_WORDS))} {pick(['Trade','Service','Logistic','Stroy','Agro'])} {pick(LEGAL['ru'])}"
    return n, "ru_Latn"

def han_person():
    r = rng.random()
    if r < 0.45: return F("zh_CN").last_name() + F("zh_CN").first_name(), "zh_CN"
    if r < 0.65: return F("zh_TW").last_name() + F("zh_TW").first_name(), "zh_TW"
    f = F("ja_JP"); sep = pick([" ", " ", "", "　"])
    return f.last_name() + sep + f.first_name(), "ja_JP"
def han_company():
    r = rng.random()
    if r < 0.4:
        f = F("zh_CN")
        if rng.random() < 0.5: return f.company(), "zh_CN"
        return f"{pick(ZH_CITIES)}{pick(ZH_WORDS)}{pick(ZH_WORDS)}{pick(ZH_BIZ)}{pick(['有限公司','有限责任公司','股份有限公司','商行','实业有限公司'])}", "zh_CN"
    if r < 0.65:
        return f"{pick(TW_CITIES)}{pick(ZH_WORDS)}{pick(ZH_WORDS)}{pick(TW_BIZ)}{pick(['有限公司','股份有限公司','企業社','行'])}".translate(str.maketrans("华兴达盛顺丰晨远航凯锐诚长东纳","華興達盛順豐晨遠航凱銳誠長東納")), "zh_TW"
    f = F("ja_JP")
    if rng.random() < 0.5: return f.company(), "ja_JP"
    ln = f.last_name(); b = pick(JA_BIZ)
    return pick([f"株式会社{ln}{b}", f"{ln}{b}株式会社", f"有限会社{ln}{b}", f"{ln}{b}（株）"]), "ja_JP"
def kana_person():
    f = F("ja_JP"); r = rng.random()
    if r < 0.6: return f.last_kana_name() + pick([" ","・",""]) + f.first_kana_name(), "ja_JP"
    if r < 0.8: return pick(HIRA_FAM) + " " + pick(HIRA_GIV), "ja_JP"
    return f.last_name() + " " + f.first_kana_name(), "ja_JP"  # kanji family + katakana given
def kana_company():
    w = pick(KATA_WORDS) + pick(["", pick(KATA_WORDS)])
    return pick([f"株式会社{w}", f"{w}株式会社", f"合同会社{w}", f"{w}（株）", f"有限会社{w}"]), "ja_JP"
def hangul_person():
    f = F("ko_KR"); n = f.last_name() + f.first_name()
    if rng.random() < 0.1: n = n[0] + " " + n[1:]
    return n, "ko_KR"
def hangul_company():
    w, b = pick(KO_WORDS), pick(KO_BIZ)
    return pick([f"주식회사 {w}{b}", f"{w}{b} 주식회사", f"(주){w}{b}", f"유한회사 {w}", f"{w}{b}(주)", f"㈜{w}{b}", f"{w}{b} 유한책임회사"]), "ko_KR"
def arabic_person():
    if rng.random() < 0.5:
        loc = pick(["ar_AA","ar_SA","ar_EG" if False else "ar_AA"])
        f = F(loc)
        ln = f.last_name()
        while len(ln.split()) > 2: ln = f.last_name()
        n = f"{f.first_name()} {ln}" if rng.random() < 0.6 else f"{f.first_name()} {f.first_name_male()} {ln}"
        return n, loc
    f = F("fa_IR")
    return f"{f.first_name()} {f.last_name()}", "fa_IR"
def arabic_company():
    if rng.random() < 0.5:
        return pick(AR_CO_FORM).format(w=pick(AR_CO_WORDS), b=pick(AR_CO_BIZ)), "ar_AA"
    return pick(FA_CO_FORM).format(w=pick(FA_CO_WORDS), b=pick(FA_CO_BIZ)), "fa_IR"
def _ru_full(f):
    sx = pick(["male","female"])
    g = getattr(f, "first_name_"+sx)(); l = getattr(f, "last_name_"+sx)() if hasattr(f, "last_name_"+sx) else f.last_name()
    m = getattr(f, "middle_name_"+sx)() if hasattr(f, "middle_name_"+sx) else ""
    return g, l, m
def cyr_person():
    r = rng.random()
    if r < 0.6:
        g, l, m = _ru_full(F("ru_RU"))
        if rng.random() < 0.5: return f"{l} {g} {m}", "ru_RU"
        return f"{g} {l}", "ru_RU"
    if r < 0.9:
        g, l, m = _ru_full(F("uk_UA"))
        if rng.random() < 0.4 and m: return f"{l} {g} {m}", "uk_UA"
        return f"{g} {l}", "uk_UA"
    g, l, m = _ru_full(F("bg_BG")); return f"{g} {l}", "bg_BG"
def cyr_company():
    if rng.random() < 0.7:
        f = F("ru_RU")
        p = f"{f.last_name()} {f.first_name()[0]}. {f.middle_name()[0]}."
        return pick(RU_FORM).format(w=pick(RU_WORDS), b=pick(RU_BIZ), p=p), "ru_RU"
    f = F("uk_UA"); p = f"{f.last_name()} {f.first_name()} {f.middle_name()}"
    return pick(UK_FORM).format(w=pick(UK_WORDS), b=pick(["Агро","Буд","Трейд","Сервіс"]), p=p), "uk_UA"
def deva_person():
    loc = pick(["hi_IN","hi_IN","hi_IN","ne_NP"]); f = F(loc)
    return f"{f.first_name()} {f.last_name()}", loc
def deva_company():
    return pick(HI_FORM).format(w=pick(HI_WORDS), b=pick(HI_BIZ)), "hi_IN"
def thai_person():
    f = F("th_TH"); return f"{f.first_name()} {f.last_name()}", "th_TH"
def thai_company():
    if rng.random() < 0.3: return F("th_TH").company(), "th_TH"
    return pick(TH_FORM).format(w=pick(TH_WORDS), b=pick(TH_BIZ)), "th_TH"
def heb_person():
    f = F("he_IL"); return f"{f.first_name()} {f.last_name()}", "he_IL"
def heb_company():
    w = pick(HE_WORDS) if rng.random() < 0.6 else F("he_IL").last_name()
    return pick(HE_FORM).format(w=w, b=pick(HE_BIZ)), "he_IL"
def greek_person():
    f = F("el_GR"); return f"{f.first_name()} {f.last_name()}", "el_GR"
def greek_company():
    w = pick(EL_WORDS) if rng.random() < 0.5 else F("el_GR").last_name()
    return pick(EL_FORM).format(w=w, b=pick(EL_BIZ)), "el_GR"
def other_person():
    loc, script = pick([("ka_GE","Georgian"),("hy_AM","Armenian"),("bn_BD","Bengali")])
    f = F(loc); return f"{f.first_name()} {f.last_name()}", loc, script

PLAN = [  # script, total, person_gen, company_gen
    ("Latin", 4450, latin_person, latin_company),
    ("Han", 2000, han_person, han_company),
    ("Kana", 620, kana_person, kana_company),
    ("Hangul", 1320, hangul_person, hangul_company),
    ("Arabic", 1420, arabic_person, arabic_company),
    ("Cyrillic", 1120, cyr_person, cyr_company),
    ("Devanagari", 600, deva_person, deva_company),
    ("Thai", 400, thai_person, thai_company),
    ("Hebrew", 360, heb_person, heb_company),
    ("Greek", 360, greek_person, greek_company),
]

# famous listed persons in other spellings (romanised + native)
FAMOUS = ["Kim Jong Un","Kim Jong-un","Kim Jeong Eun","Kim Jong Il","Kim Jong-il","Kim Il Sung","Kim Il-sung","Kim Yo Jong","Kim Yo-jong","Choe Ryong Hae","Choi Ryong-hae","Ri Pyong Chol","Ri Byong Chol","Jang Chang Ha","Pak Jong Chon","Kim Jong Sik","Jon Il Ho","Yu Jin","Ri Man Gon","Kim Yong Chol","Hong Sung Mu","Ju Kyu Chang","O Kuk Ryol","Kim Chong Un","Kim Jung Un",
           "김정은","김정일","김일성","김여정","최룡해","리병철","장창하","박정천","김정식","전일호","리만건","김영철","홍승무","주규창","오극렬",
           "Ali Khamenei","Qasem Soleimani","Qassem Soleimani","Mohsen Fakhrizadeh","Mohsen Fakhrizadeh Mahabadi","Hossein Salami","Amir Ali Hajizadeh","Mohammad Bagheri","Ahmad Vahidi","Ali Akbar Salehi","Fereydoun Abbasi","Fereidoun Abbasi Davani","Mohammad Eslami","Hassan Tehrani Moghaddam",
           "علی خامنه‌ای","قاسم سلیمانی","محسن فخری‌زاده","امیرعلی حاجی‌زاده","حسین سلامی","Li Fangwei","Karl Lee","李方伟","Bashar al-Assad","Vladimir Putin","Владимир Путин","Osama bin Laden","Abu Bakr al-Baghdadi"]

def main():
    listed = load_names()
    listed_fold = {fold(n) for n, _ in listed}
    listed_tok = {" ".join(sorted(tokens(n))) for n, _ in listed if len(tokens(n)) >= 2}
    famous_fold = {fold(n) for n in FAMOUS}
    famous_tok = {" ".join(sorted(tokens(n))) for n in FAMOUS}
    seen, out, dropped = set(), [], Counter()
    def alt_forms(name, script, locale):
        forms = [name]
        if script == "Hangul" and re.fullmatch(r"[가-힣 ]+", name):
            h = name.replace(" ", "")
            forms += [romanize_korean_name(h, s) for s in (0, 1, 2)]
        if script == "Cyrillic": forms.append(translit_cyr(name))
        if script == "Han" and locale.startswith("zh") and len(name) <= 4:
            py = lazy_pinyin(name); forms += [py[0] + " " + "".join(py[1:]), "".join(py[1:]) + " " + py[0]]
        return forms
    def bad(name, schema, script, locale):
        for fm in alt_forms(name, script, locale):
            fl = fold(fm); tk = " ".join(sorted(tokens(fm)))
            if fl in listed_fold or fl in famous_fold: return "listed-exact" if fm == name else "listed-translit"
            if schema == "Person" and (tk in listed_tok or tk in famous_tok): return "listed-token-set"
        return None
    n = 0
    for script, total, pg, cg in PLAN:
        n_co = round(total * 0.25)
        for i in range(total):
            schema = "Organization" if i < n_co else "Person"
            for attempt in range(30):
                res = (cg if schema == "Organization" else pg)()
                if len(res) == 3: name, locale, scr = res
                else: (name, locale), scr = res, script
                name = re.sub(r"\s+", " ", name).strip()
                k = fold(name)
                if not k or k in seen: dropped["duplicate"] += 1; continue
                why = bad(name, schema, scr, locale)
                if why: dropped[why] += 1; print("DROP", why, name, file=sys.stderr); continue
                seen.add(k); out.append(dict(schema=schema, name=name, script=scr, locale=locale)); break
    for i in range(150):
        for attempt in range(30):
            name, locale, scr = other_person()
            k = fold(name)
            if k in seen or bad(name, "Person", scr, locale): continue
            seen.add(k); out.append(dict(schema="Person", name=name, script=scr, locale=locale)); break
    rng.shuffle(out)
    with open("negatives/negatives.jsonl", "w") as fh:
        for i, r in enumerate(out, 1):
            fh.write(json.dumps({"id": f"neg-{i:05d}", **r}, ensure_ascii=False) + "\n")
    print("total", len(out), file=sys.stderr)
    print("dropped", dict(dropped), file=sys.stderr)
    c = Counter((r["script"], r["schema"]) for r in out)
    for k, v in sorted(c.items()): print(k, v, file=sys.stderr)
if __name__ == "__main__": main()
