"""Held-out set 3 negatives: 6,000 names not on any real list. Seed 20261213."""
import json, random, sys, collections, unicodedata
from faker import Faker
sys.path.insert(0, 'tools')
from lists import index, fold, tokset
from translit import hangul_variants, han_variants, latin
SEED = 20261213
R = random.Random(SEED)
_fk = {}
def F(loc):
    if loc not in _fk:
        f = Faker(loc); f.seed_instance(SEED + len(_fk) * 31); _fk[loc] = f
    return _fk[loc]
def pick(x): return R.choice(x)

# ---------------- hand pools (romanised, several schemes) ----------------
AR_GIVEN = [['Mohammad','Mohammed','Muhammad','Mohamed','Mohd','Mohamad'],['Ali'],['Ahmad','Ahmed'],['Hassan','Hasan'],['Hussein','Hussain','Husain','Hosseyn'],
  ['Abdulrahman','Abdel Rahman','Abd al-Rahman','Abdurrahman'],['Abdullah','Abdallah'],['Omar','Umar'],['Khalid','Khaled'],['Youssef','Yousef','Yusuf'],
  ['Ibrahim','Ebrahim'],['Mustafa','Moustafa','Mostafa'],['Tariq','Tarek','Tareq'],['Walid','Waleed'],['Samir','Sameer'],['Faisal','Faysal'],
  ['Nasser','Naser'],['Karim','Kareem'],['Jamal','Gamal'],['Bilal'],['Hamza'],['Ziad','Ziyad'],['Anas'],['Majed','Majid'],['Rami'],['Nabil'],
  ['Fatima','Fatma'],['Aisha','Aysha','Aicha'],['Mariam','Maryam','Meriem'],['Layla','Leila'],['Noura','Nura'],['Huda','Hoda'],['Rania'],['Salma']]
AR_FAM = ['Haddad','Khoury','Mansour','Nasr','Saleh','Shami','Tamimi','Qasim','Barakat','Darwish','Hijazi','Kanaan','Maalouf','Najjar','Sabbagh',
  'Zoubi','Odeh','Hamdan','Jaber','Khatib','Sharif','Masri','Halabi','Baghdadi','Qahtani','Otaibi','Dosari','Shehri','Ghamdi','Zahrani','Mutairi',
  'Suwaidi','Mazrouei','Kaabi','Nuaimi','Falasi','Marzouqi','Tayer','Ansari','Bakri','Rifai','Sayegh','Azzam','Bitar','Chalabi','Daher','Fakhoury',
  'Ghanem','Issa','Jarrah','Kassem','Lahham','Mikati','Nahas','Qabbani','Rahhal','Sarraf','Tannous','Wehbe','Yamani','Zein','Amiri','Bouzid',
  'Benali','Haddadi','Mebarki','Cherif','Belkacem','Ouali','Bennani','Tazi','Alaoui','Chraibi','Fassi','Berrada','Idrissi','Lahlou','Sqalli']
FA_GIVEN = ['Mohammad','Ali','Reza','Hossein','Mehdi','Hamid','Saeed','Amir','Behnam','Kourosh','Dariush','Farhad','Babak','Arash','Navid','Pouya',
  'Siavash','Kaveh','Ramin','Shahram','Bijan','Omid','Farzad','Payam','Sina','Milad','Shirin','Nasrin','Maryam','Zahra','Fereshteh','Golnaz','Azadeh',
  'Parvaneh','Roya','Mahsa','Nazanin','Sepideh','Mohammad Hossein','Mohammad Ali','Amir Hossein','Ali Akbar','Gholam Reza','Abolfazl','Mojtaba','Mostafa']
FA_FAM = ['Ahmadzadeh','Bagherpour','Dehghani','Esfandiari','Farahmand','Ghaffari','Habibollahi','Jalalvand','Kazemzadeh','Lotfabadi','Moghaddasi',
  'Nourbakhsh','Pourhashemi','Rastegar','Sadeghian','Tabrizian','Vakilzadeh','Yazdanpanah','Zarghami','Ashtiani','Behbahani','Kermanshahi',
  'Shirazinia','Mashhadi','Esfahanian','Golpayegani','Khansari','Navabi','Rouhollahi','Shafiee','Tavakkoli','Varzandeh','Zolfaghari','Mirzaei',
  'Alavi Tabar','Hosseini Nejad','Kashani Far','Mousavi Rad','Sobhani Far','Taheri Moghaddam','Ghorbani Fard','Karimkhani','Nikpour','Azarnoush']
CN_FAM = ['Wang','Li','Zhang','Liu','Chen','Yang','Zhao','Huang','Zhou','Wu','Xu','Sun','Hu','Zhu','Gao','Lin','He','Guo','Ma','Luo','Liang','Song',
  'Zheng','Xie','Han','Tang','Feng','Yu','Dong','Xiao','Cheng','Cao','Yuan','Deng','Fu','Shen','Zeng','Peng','Lü','Su','Lu','Jiang','Cai','Jia','Ding']
CN_GIVEN_SYL = ['jian','hua','ming','guo','hong','xiao','wen','jun','yong','li','hai','tao','bin','feng','qiang','ping','gang','yan','lei','xin',
  'yu','chen','kai','rui','hao','zhi','peng','dong','jie','fang','yun','lan','qing','shan','song','tian','xue','yi','zhen','bo','cheng','hui','ning']
WG = {'zh':'ch','x':'hs','q':'ch\'','j':'ch','z':'ts','c':'ts\''}
def wade(s):
    for a,b in (('zh','ch'),('x','hs'),('q',"ch'"),('j','ch'),('z','ts'),('c',"ts'")):
        if s.startswith(a): return b + s[len(a):]
    return s
KO_FAM_LAT = [['Kim','Gim'],['Lee','Yi','Rhee','Ri'],['Park','Pak','Bak'],['Choi','Choe'],['Jung','Jeong','Chung'],['Kang'],['Cho','Jo'],['Yoon','Yun'],
  ['Jang','Chang'],['Lim','Im','Rim'],['Han'],['Oh'],['Seo','Suh'],['Shin','Sin'],['Kwon'],['Hwang'],['Ahn','An'],['Song'],['Jeon','Chun'],['Hong'],
  ['Yu','Yoo'],['Ko','Go'],['Moon','Mun'],['Yang'],['Son'],['Bae'],['Baek','Paek'],['Heo','Huh'],['Nam'],['Noh','Ro'],['Ha'],['Kwak'],['Sung'],['Cha']]
RU_M = ['Aleksandr','Dmitry','Sergei','Andrei','Alexei','Mikhail','Nikolai','Vladimir','Yevgeny','Pavel','Igor','Oleg','Viktor','Konstantin','Timur','Artyom','Denis','Roman']
RU_F = ['Yelena','Olga','Tatiana','Natalia','Irina','Svetlana','Marina','Anastasia','Yulia','Ekaterina','Daria','Ksenia']
IN_GIVEN = ['Rajesh','Suresh','Anil','Sunil','Vikram','Arjun','Rahul','Amit','Sanjay','Deepak','Priya','Anjali','Kavita','Sunita','Meera','Lakshmi',
  'Venkatesh','Srinivas','Harpreet','Gurpreet','Manoj','Naveen','Karthik','Aditya','Pooja','Neha','Ritu','Abhishek','Rohit','Sandeep']
IN_FAM = ['Sharma','Verma','Gupta','Iyer','Iyengar','Nair','Menon','Reddy','Rao','Naidu','Patel','Shah','Mehta','Desai','Joshi','Kulkarni','Deshpande',
  'Chatterjee','Banerjee','Mukherjee','Bose','Sen','Das','Ghosh','Singh','Gill','Sandhu','Malhotra','Kapoor','Khanna','Chopra','Pillai','Krishnan','Subramaniam']
AF_GIVEN = ['Chukwuemeka','Oluwaseun','Adebayo','Ngozi','Chiamaka','Kwame','Kofi','Ama','Abena','Tendai','Tatenda','Thabo','Sipho','Nomvula','Amara',
  'Fatou','Mamadou','Ousmane','Aminata','Moussa','Ibrahima','Wanjiru','Kamau','Njeri','Otieno','Achieng','Haile','Tesfaye','Abebe','Mekdes','Yohannes']
AF_FAM = ['Okafor','Adeyemi','Okonkwo','Balogun','Eze','Nwosu','Mensah','Asante','Owusu','Boateng','Moyo','Ncube','Dlamini','Nkosi','Zulu','Diallo',
  'Traore','Keita','Coulibaly','Ndiaye','Sow','Diop','Mwangi','Kariuki','Ochieng','Omondi','Bekele','Tadesse','Girma','Wolde','Kebede']
EU_LOCALES = ['en_IE','fr_CA','de_CH','es_AR','it_IT','pl_PL','nl_BE','sv_SE','no_NO','pt_BR','cs_CZ','sk_SK','hr_HR','sl_SI','lt_LT','lv_LV','et_EE',
  'tr_TR','az_AZ','fil_PH','en_NZ','fr_CH','de_AT','es_CL','ro_RO','hu_HU','fi_FI','da_DK','id_ID','vi_VN','uz_UZ']

def latin_person():
    k = R.random()
    if k < 0.20:   # Arabic-origin, varied romanisation and shapes
        g = pick(pick(AR_GIVEN)); f = pick(AR_FAM); art = pick(['Al-','al-','Al ','El-','','',''])
        fam = art + f if art else f
        shape = R.random()
        if shape < 0.25: return f"{g} {pick(pick(AR_GIVEN[:26]))} {fam}", 'ar_Latn'
        if shape < 0.45: return f"{fam.upper()}, {g}", 'ar_Latn'
        if shape < 0.55: return f"{g} {'bint' if AR_GIVEN.index(next(x for x in AR_GIVEN if g in x))>=26 else 'bin'} {pick(pick(AR_GIVEN[:26]))} {fam}", 'ar_Latn'
        if shape < 0.62: return f"{g} Abu {f}", 'ar_Latn'
        return f"{g} {fam}", 'ar_Latn'
    if k < 0.34:   # Persian
        g = pick(FA_GIVEN); f = pick(FA_FAM)
        shape = R.random()
        if shape < 0.3: return f"{f.upper()}, {g}", 'fa_Latn'
        if shape < 0.4: return f"{pick(['Seyed','Seyyed','Sayyid'])} {g} {f}", 'fa_Latn'
        return f"{g} {f}", 'fa_Latn'
    if k < 0.46:   # Chinese: pinyin, Wade-Giles, HK/TW style
        fam = pick(CN_FAM); s1, s2 = pick(CN_GIVEN_SYL), pick(CN_GIVEN_SYL)
        sch = R.random()
        if sch < 0.55:
            giv = (s1 + s2) if R.random() < 0.8 else s1
            return (f"{fam} {giv.capitalize()}" if R.random() < 0.6 else f"{giv.capitalize()} {fam}"), 'zh_Latn'
        if sch < 0.8:
            return f"{wade(fam.lower()).capitalize()} {wade(s1).capitalize()}-{wade(s2)}", 'zh_Latn_WG'
        return f"{fam.upper()} {s1.capitalize()} {s2.capitalize()}", 'zh_Latn'
    if k < 0.56:   # Korean
        fam = pick(pick(KO_FAM_LAT))
        h = F('ko_KR').first_name()
        vs = [v for v in hangul_variants('김' + h)]
        rr = [v.split(' ',1)[1] for v in vs if v.startswith('kim ')]
        giv = pick(rr) if rr else 'minsu'
        giv = giv.replace(' ', '')
        if len(giv) > 3 and R.random() < 0.5:
            # hyphenate after first syllable
            syls = [__import__('translit').syl(c, R.random()<0.4) for c in h]
            if len(syls) == 2:
                giv = syls[0] + '-' + syls[1]
        giv = giv.capitalize()
        sh = R.random()
        if sh < 0.5: return f"{fam} {giv}", 'ko_Latn'
        if sh < 0.75: return f"{giv} {fam}", 'ko_Latn'
        return f"{fam.upper()} {giv.replace('-', ' ').title()}", 'ko_Latn'
    if k < 0.63:   # Russian / Ukrainian transliterated (BGN or scholarly-ish via unidecode)
        loc = pick(['ru_RU','ru_RU','uk_UA'])
        f = F(loc)
        if R.random() < 0.5:
            n = f"{f.first_name_male()} {f.middle_name_male() if loc=='ru_RU' else ''} {f.last_name_male()}"
        else:
            n = f"{f.first_name_female()} {f.last_name_female()}"
        n = ' '.join(latin(n).replace("'", '').split())
        return n, loc[:2] + '_Latn'
    if k < 0.71:
        return f"{pick(IN_GIVEN)} {pick(['', pick(['Kumar','Prasad','Lal','Devi','Kaur']) + ' '])}{pick(IN_FAM)}".replace('  ',' '), 'hi_Latn'
    if k < 0.77:
        return (f"{pick(AF_GIVEN)} {pick(AF_FAM)}" if R.random()<0.8 else f"{pick(AF_FAM).upper()} {pick(AF_GIVEN)}"), 'af_Latn'
    loc = pick(EU_LOCALES)
    f = F(loc)
    n = f"{f.first_name()} {f.last_name()}"
    if R.random() < 0.12: n = f"{f.last_name().upper()}, {f.first_name()}"
    if R.random() < 0.06: n = f"{f.first_name()[0]}. {f.last_name()}"
    return n, loc

ORG_TYPES_EN = {'trading':['Trading Co., Ltd.','Trading LLC','General Trading FZE','Import & Export Co.','Trading Corp.','Intl Trading Grp','Commerce Co., Ltd.'],
 'engineering':['Engineering Ltd','Engineering Services LLC','Precision Engineering Pte Ltd','Technik GmbH','Industrial Co.','Machinery Ind. Co.','Tech Corp.','Engineering Works Pvt. Ltd.','Ingeniería S.A.'],
 'bank':['Bank','Commercial Bank','Savings Bank','Investment Bank PJSC','Bank Ltd.','Cooperative Bank','Credit Union'],
 'university':['University','University of Technology','Polytechnic Institute','Institute of Science and Technology','Technical University','College of Engineering'],
 'shipping':['Shipping Co.','Maritime Ltd','Marine Services LLC','Shipping Agency','Navigation Co., Ltd.','Logistics FZCO','Freight Forwarding Ltd','Lines S.A.']}
EN_WORDS = ['Silver Reed','Northgate','Blue Harbour','Cedarline','Amberfield','Ironbridge','Larkspur','Meridian Bay','Westmarch','Harrowgate','Pinecrest',
 'Coralview','Eastwind','Falconridge','Granite Peak','Highmoor','Juniper','Kestrel','Lindenhall','Marlow','Oakhaven','Quayside','Redfern','Stonebrook',
 'Thistledown','Valemont','Willowmere','Yarrow','Zephyr','Brightwater','Copperleaf','Driftwood','Emberton','Foxglove','Glenmore','Hollybank']
PLACE = ['Lagos','Nairobi','Almaty','Tashkent','Baku','Tbilisi','Yerevan','Karachi','Colombo','Dhaka','Hanoi','Manila','Jakarta','Penang','Busan','Osaka',
 'Kaohsiung','Ningbo','Qingdao','Xiamen','Izmir','Mersin','Limassol','Valletta','Rotterdam','Antwerp','Gdansk','Constanta','Varna','Piraeus',
 'Muscat','Doha','Manama','Salalah','Aqaba','Mombasa','Durban','Santos','Callao','Cartagena','Haifa','Sharjah','Fujairah','Bandar Lampung','Cebu']
UNI_PLACE = ['Ostrava','Kharkiv Polytechnic','Kazan','Isfahan','Tabriz','Mashhad','Shiraz','Daejeon','Gwangju','Ulsan','Harbin','Chengdu','Wuhan','Hefei',
 'Lanzhou','Kanpur','Roorkee','Tiruchirappalli','Lahore','Peshawar','Ankara','Konya','Alexandria','Mansoura','Sfax','Oran','Tlemcen','Nagpur','Sendai','Kumamoto']
BANK_NAMES = ['Al Waha','Noor Al Khaleej','Sahel','Andes','Baltic Amber','Cedar Coast','Pamir','Ararat','Tigris Valley','Oasis','Rift Valley','Mekong Delta',
 'Altyn Dala','Hindu Kush','Atlas','Sinai Coast','Nile Star','Kilimanjaro','Zagros','Caspian Pearl','Indus','Ganges','Bosporus Crescent']

def latin_org():
    kind = pick(list(ORG_TYPES_EN))
    t = pick(ORG_TYPES_EN[kind])
    if kind == 'university':
        p = pick(UNI_PLACE + [F(pick(EU_LOCALES)).last_name()])
        return (f"{p} {t}" if R.random() < 0.6 else f"{t} of {p}".replace('University of Technology of', 'University of Technology,')), 'en'
    if kind == 'bank':
        b = pick(BANK_NAMES + [pick(AR_FAM) + ' Brothers', pick(PLACE)])
        return (f"{b} {t}" if R.random() < 0.7 else f"Banco {b}" if R.random()<0.5 else f"Bank {b}"), 'en'
    base = R.random()
    if base < 0.35: w = pick(EN_WORDS)
    elif base < 0.55: w = pick(PLACE) + ' ' + pick(['Global','Pacific','Continental','United','Star','Horizon','Delta','Prime'])
    elif base < 0.7: w = pick(AR_FAM) + ' ' + pick(['& Sons','Group','Brothers'])
    elif base < 0.82: w = (pick(CN_FAM) + pick(CN_GIVEN_SYL)).capitalize() if R.random() < 0.5 else pick(['Zhongxing','Huaxin','Jinlong','Tianhe','Hengtai','Ruifeng','Xinhe','Dongfang Hongyu','Longsheng','Baoxin']) 
    else: w = F(pick(EU_LOCALES)).last_name() + pick([' & Partner',' Brothers',' Holdings',''])
    n = f"{w} {t}"
    if R.random() < 0.1: n = n.upper()
    return n, 'en'

# ---------------- native-script organisations ----------------
ZH_ORG_W = ['恒泰','瑞丰','鑫和','华信','宏远','金龙','天和','东方红雨','隆盛','宝鑫','海澜','志诚','远航','博达','嘉禾','明辉','永兴','泰康','中远兴','汇通','润发','盛世','正元','弘毅']
ZH_PLACE = ['宁波','青岛','厦门','大连','苏州','无锡','常州','东莞','佛山','珠海','烟台','威海','绍兴','温州','泉州','长沙','西安','成都','昆明','南宁']
ZH_KIND = ['贸易有限公司','国际贸易有限公司','进出口有限公司','机械工程有限公司','精密机械有限公司','船务有限公司','物流有限公司','航运有限公司','科技股份有限公司','工程技术有限公司','商业银行','农村商业银行','理工大学','科技大学','职业技术学院']
JA_W = ['山本','高橋','青葉','北斗','旭','桜井','富士見','瑞穂','大和','東邦','日進','光洋','三和','協栄','昭栄','丸紅屋','新星']
JA_KIND = ['株式会社','商事株式会社','工業株式会社','精機株式会社','海運株式会社','エンジニアリング株式会社','銀行','信用金庫','工業大学','大学','物産株式会社']
KANA_W = ['アオバ','ミズホ','サクラ','ヒカリ','ホクト','スバル','トーワ','アサヒ','ヤマト','ニッシン','コウヨウ','みらい','ひまわり','やまびこ','あおぞら']
KANA_KIND = ['トレーディング株式会社','エンジニアリング合同会社','シッピング株式会社','テクノ株式会社','商会','マリン有限会社','ロジスティクス株式会社']
KO_W = ['한빛','새벽','푸른바다','대성','동진','미래','청솔','한결','누리','해오름','금강','태성','세진','온누리','한울','다온','서광','우진','성진','대림']
KO_KIND = ['무역 주식회사','(주)','㈜','상사','엔지니어링','정밀기계','해운','물류','종합무역','기술','은행','저축은행','과학기술대학교','공과대학','대학교']
AR_W = ['الواحة','النور','الفجر','الريان','السلام','الأمل','الرشيد','البيان','الخليج الأزرق','الهلال','النخيل','الصفا','المروج']
AR_KIND = [('شركة',' للتجارة العامة ذ.م.م'),('مؤسسة',' للهندسة'),('مصرف','',),('بنك','',),('جامعة','',),('شركة',' للملاحة البحرية'),('شركة',' للشحن والخدمات اللوجستية')]
FA_W = ['پارس نوین','آرمان','پیشگامان','سپهر','آسمان آبی','کیمیا','رهپویان','نیک اندیش','بهاران','افق روشن','ستاره شرق','پویا گستر','دانش پژوه','آذرخش']
FA_KIND = [('شرکت بازرگانی',' (سهامی خاص)'),('شرکت مهندسی',''),('شرکت کشتیرانی',''),('بانک',''),('دانشگاه',''),('شرکت حمل و نقل بین‌المللی',''),('مؤسسه مالی و اعتباری','')]
RU_W = ['Север','Вектор','Гранит','Альтаир','Меридиан','Промтех','Волга-Транс','Стройинвест','Сибирский кедр','Калина','Балтика-Сервис','Техноресурс','Уралмашснаб','Орион-М','Рассвет']
RU_KIND = ['ООО «{}»','АО «{}»','ЗАО «{}»','Торговый дом «{}»','Банк «{}»','{} Технический университет','Судоходная компания «{}»','ТОВ «{}»','ПрАТ «{}»']
HI_W = ['सूर्या','गंगा','हिमालय','विजय','श्री गणेश','नवभारत','सागर','कावेरी','अरुणोदय','मेघदूत']
HI_KIND = [' ट्रेडिंग प्राइवेट लिमिटेड',' इंजीनियरिंग लिमिटेड',' शिपिंग कंपनी',' सहकारी बैंक',' विश्वविद्यालय',' प्रौद्योगिकी संस्थान',' एक्सपोर्ट्स']
TH_W = ['สยามรุ่งเรือง','ทองไทย','เจริญพัฒนา','ศรีสุข','มั่นคง','ฟ้าใส','ชัยมงคล','รุ่งอรุณ','บูรพา','นครทอง']
TH_KIND = [('บริษัท ',' จำกัด'),('บริษัท ',' เทรดดิ้ง จำกัด'),('ห้างหุ้นส่วนจำกัด ',''),('ธนาคาร',''),('มหาวิทยาลัย',''),('บริษัท ',' ชิปปิ้ง จำกัด'),('บริษัท ',' วิศวกรรม จำกัด (มหาชน)')]
HE_W = ['אורן','גלבוע','כרמל','שקד','ברק','נחשון','תבור','רימון','אלון','צוקים']
HE_KIND = [('',' סחר בע"מ'),('',' הנדסה בע"מ'),('בנק ',''),('',' ספנות בע"מ'),('המכללה האקדמית ',''),('',' מערכות בע"מ')]
EL_W = ['Αιγαίο','Ολυμπος','Ποσειδών','Αστέρας','Κρήτη','Νηρεύς','Ερμής','Πήγασος','Ιόνιο','Αρκαδία']
EL_KIND = [('',' Α.Ε.'),('',' Ε.Π.Ε.'),('Ναυτιλιακή Εταιρεία ',''),('Τράπεζα ',''),('Πανεπιστήμιο ',''),('',' Τεχνική Α.Ε.'),('',' Εμπορική Ο.Ε.')]
KA_W = ['თეთრი ქვა','კავკასია','ივერია','მთაწმინდა','რიონი','არაგვი','ოქროს საწმისი','მზიური','ლაზიკა','კოლხეთი']
KA_KIND = [('შპს ',''),('სს ',''),('',' ბანკი'),('',' უნივერსიტეტი'),('შპს ',' ტრეიდინგი'),('შპს ',' საინჟინრო კომპანია'),('',' შიპინგი')]

def native_org(script):
    if script == 'Han':
        if R.random() < 0.6: return (pick(ZH_PLACE) if R.random()<0.5 else '') + pick(ZH_ORG_W) + pick(ZH_KIND), 'zh_CN'
        return pick(JA_W) + pick(JA_KIND) if R.random()<0.7 else '株式会社' + pick(JA_W), 'ja_JP'
    if script == 'Kana':
        return pick(KANA_W) + pick(KANA_KIND) if R.random()<0.8 else '株式会社' + pick(KANA_W), 'ja_JP'
    if script == 'Hangul':
        k = pick(KO_KIND)
        if k in ('(주)','㈜'): return (k + pick(KO_W) + pick(['무역','산업','테크','해운'])), 'ko_KR'
        return pick(KO_W) + (' ' if R.random()<0.4 else '') + k, 'ko_KR'
    if script == 'Arabic':
        if R.random() < 0.5:
            a, b = pick(AR_KIND); return f"{a} {pick(AR_W)}{b}", 'ar_SA'
        a, b = pick(FA_KIND); return f"{a} {pick(FA_W)}{b}", 'fa_IR'
    if script == 'Cyrillic':
        return pick(RU_KIND).format(pick(RU_W)), 'ru_RU'
    if script == 'Devanagari': return pick(HI_W) + pick(HI_KIND), 'hi_IN'
    if script == 'Thai': a, b = pick(TH_KIND); return a + pick(TH_W) + b, 'th_TH'
    if script == 'Hebrew': a, b = pick(HE_KIND); return a + pick(HE_W) + b, 'he_IL'
    if script == 'Greek': a, b = pick(EL_KIND); return a + pick(EL_W) + b, 'el_GR'
    if script == 'Georgian': a, b = pick(KA_KIND); return a + pick(KA_W) + b, 'ka_GE'

COMMON_KO_GIVEN_HANGUL = ['민준','서준','도윤','지훈','현우','지민','서연','수빈','하은','예진','성호','영수','정호','동현','상철','광민','은정','혜진']
def native_person(script):
    if script == 'Han':
        r = R.random()
        if r < 0.45:
            f = F('zh_CN'); fam = f.last_name()
            # very common family names combined with ordinary given names
            if R.random() < 0.3: fam = pick(['王','李','张','刘','陈'])
            return fam + f.first_name(), 'zh_CN'
        if r < 0.6:
            f = F('zh_TW'); return f.last_name() + f.first_name(), 'zh_TW'
        f = F('ja_JP'); sep = pick([' ', '', '\u3000', ' '])
        return f.last_name() + sep + f.first_name(), 'ja_JP'
    if script == 'Kana':
        f = F('ja_JP'); r = R.random()
        if r < 0.45: return f.last_kana_name() + pick(['・',' ','']) + f.first_kana_name(), 'ja_JP'
        if r < 0.7:
            k = f.last_kana_name() + ' ' + f.first_kana_name()
            return ''.join(chr(ord(c) - 0x60) if '\u30a1' <= c <= '\u30f6' else c for c in k), 'ja_JP'
        return f.last_name() + ' ' + f.first_kana_name(), 'ja_JP'
    if script == 'Hangul':
        f = F('ko_KR'); fam = f.last_name()
        giv = f.first_name() if R.random() < 0.75 else pick(COMMON_KO_GIVEN_HANGUL)
        if R.random() < 0.25: fam = pick(['김','이','박'])
        return fam + (' ' if R.random() < 0.15 else '') + giv, 'ko_KR'
    if script == 'Arabic':
        r = R.random()
        if r < 0.45:
            f = F(pick(['ar_SA','ar_PS','ar_AA'])) if True else None
            try: g, l = f.first_name(), f.last_name()
            except Exception: f = F('ar_SA'); g, l = f.first_name(), f.last_name()
            if not any('\u0600' <= c <= '\u06ff' for c in g + l): f = F('ar_SA'); g, l = f.first_name(), f.last_name()
            if R.random() < 0.3: g = pick(['محمد','علي','أحمد','حسن','عبد الله','عمر'])
            if R.random() < 0.25: return f"{g} بن {F('ar_SA').first_name_male()} {l}", 'ar_SA'
            return f"{g} {l}", 'ar_SA'
        f = F('fa_IR'); g, l = f.first_name(), f.last_name()
        if R.random() < 0.3: g = pick(['محمد','علی','حسین','رضا','مهدی','محمدرضا','امیرحسین'])
        return f"{g} {l}", 'fa_IR'
    if script == 'Cyrillic':
        loc = pick(['ru_RU','ru_RU','uk_UA','uk_UA','bg_BG','kk_KZ' if False else 'ru_RU'])
        f = F(loc)
        if loc == 'ru_RU':
            r = R.random()
            if r < 0.4: return f"{f.last_name_male()} {f.first_name_male()} {f.middle_name_male()}", loc
            if r < 0.6:
                return f"{f.last_name_female()} {f.first_name_female()[0]}.{f.middle_name_female()[0]}.", loc
            return f"{f.first_name_female()} {f.last_name_female()}", loc
        if loc == 'uk_UA':
            if R.random() < 0.5: return f"{f.last_name_male()} {f.first_name_male()} {f.middle_name_male()}", loc
            return f"{f.first_name_female()} {f.last_name_female()}", loc
        return f"{f.first_name_male()} {f.last_name_male()}", loc
    loc = {'Devanagari': pick(['hi_IN','hi_IN','ne_NP']), 'Thai':'th_TH','Hebrew':'he_IL','Greek':'el_GR','Georgian':'ka_GE'}[script]
    f = F(loc)
    if script == 'Greek':
        if R.random() < 0.5: return f"{f.first_name_male()} {f.last_name_male()}", loc
        return f"{f.first_name_female()} {f.last_name_female()}", loc
    return f"{f.first_name()} {f.last_name()}", loc

PLAN = {  # script: (persons, orgs)
 'Latin': (1800, 600), 'Han': (600, 200), 'Kana': (150, 50), 'Hangul': (450, 150), 'Arabic': (450, 150), 'Cyrillic': (370, 130),
 'Devanagari': (190, 60), 'Thai': (150, 50), 'Hebrew': (110, 40), 'Greek': (110, 40), 'Georgian': (110, 40)}

def main():
    names, folded, toks, alltok = index()
    log = sys.stderr
    seen = set(); out = []; drops = collections.Counter()
    def listed(name, schema, script, locale):
        cands = [name]
        if script == 'Hangul': cands += hangul_variants(name)
        if script in ('Han',) and locale.startswith('zh'): cands += han_variants(name)
        if script in ('Cyrillic','Greek','Georgian','Devanagari','Thai','Hebrew','Arabic'): cands.append(latin(name))
        for c in cands:
            fc = fold(c)
            if fc in folded: return f"fold={folded[fc]!r} via {c!r}"
            if schema == 'Person' and tokset(c) in toks: return f"tokens={toks[tokset(c)]!r} via {c!r}"
        return None
    for script, (np, no) in PLAN.items():
        for schema, n in (('Person', np), ('Organization', no)):
            got = 0; tries = 0
            while got < n and tries < n * 60:
                tries += 1
                if script == 'Latin': nm, loc = latin_person() if schema == 'Person' else latin_org()
                else: nm, loc = native_person(script) if schema == 'Person' else native_org(script)
                nm = ' '.join(nm.split()) if '\u3000' not in nm else nm.strip()
                f = fold(nm)
                if not f or f in seen: drops['dup'] += 1; continue
                why = listed(nm, schema, script, loc)
                if why:
                    drops['listed'] += 1; print(f"DROP listed {nm} [{why}]", file=log); continue
                seen.add(f); got += 1
                out.append({'schema': schema, 'name': nm, 'script': script, 'locale': loc})
            if got < n: print(f"SHORT {script} {schema} {got}/{n}", file=log)
    R.shuffle(out)
    with open('negatives/negatives.jsonl', 'w') as fo:
        for i, r in enumerate(out, 1):
            fo.write(json.dumps({'id': f'neg3-{i:05d}', **r}, ensure_ascii=False) + '\n')
    c = collections.Counter((r['script'], r['schema']) for r in out)
    print(f"TOTAL {len(out)} drops {dict(drops)}", file=log)
    for k, v in sorted(c.items()): print('COUNT', k, v, file=log)
    for k, v in collections.Counter(r['locale'] for r in out).most_common(): print('LOCALE', k, v, file=log)
main()
