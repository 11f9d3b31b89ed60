# -*- coding: utf-8 -*-
"""Organisation word pools for heldout-11 (native, latin). Typed by hand."""

KR_WORDS = [("대한", "Daehan"), ("동양", "Dongyang"), ("삼일", "Samil"), ("우성", "Woosung"), ("세진", "Sejin"), ("태광", "Taekwang"),
            ("신흥", "Shinheung"), ("한빛", "Hanbit"), ("미래", "Mirae"), ("제일", "Jeil"), ("동아", "Dong-A"), ("금강", "Keumkang"),
            ("서광", "Seokwang"), ("한성", "Hansung"), ("대원", "Daewon"), ("영진", "Youngjin"), ("성우", "Sungwoo"), ("진흥", "Jinheung"),
            ("새한", "Saehan"), ("태영", "Taeyoung"), ("정우", "Jungwoo"), ("동일", "Dongil"), ("한일", "Hanil"), ("대륙", "Daeryuk"),
            ("경일", "Kyungil"), ("삼영", "Samyoung"), ("한국", "Korea"), ("코리아", "Korea"), ("유진", "Eugene"), ("선진", "Sunjin"),
            ("현대", "Hyundai"), ("신성", "Shinsung"), ("대성", "Daesung"), ("청호", "Chungho"), ("우진", "Woojin")]
KR_IND = [("정밀", "Precision"), ("전자", "Electronics"), ("기계", "Machinery"), ("화학", "Chemical"), ("금속", "Metal"), ("산업", "Industrial"),
          ("테크", "Tech"), ("소재", "Materials"), ("광학", "Optics"), ("중공업", "Heavy Industries"), ("상사", "Trading"),
          ("엔지니어링", "Engineering"), ("에어로", "Aero"), ("공업", "Industries"), ("통상", "Trading"), ("계측", "Instruments"),
          ("특수강", "Special Steel"), ("기공", "Machine Works"), ("시스템", "Systems"), ("물산", "Trading")]
KR_UNI = [("서울대학교", "Seoul National University"), ("연세대학교", "Yonsei University"), ("고려대학교", "Korea University"),
          ("한양대학교", "Hanyang University"), ("성균관대학교", "Sungkyunkwan University"), ("부산대학교", "Pusan National University"),
          ("경북대학교", "Kyungpook National University"), ("충남대학교", "Chungnam National University"), ("인하대학교", "Inha University"),
          ("아주대학교", "Ajou University"), ("한국항공대학교", "Korea Aerospace University"), ("전남대학교", "Chonnam National University"),
          ("울산대학교", "University of Ulsan"), ("경상국립대학교", "Gyeongsang National University"), ("창원대학교", "Changwon National University")]
KR_HOSP = [("서울아산병원", "Asan Medical Center"), ("세브란스병원", "Severance Hospital"), ("삼성서울병원", "Samsung Medical Center"),
           ("분당서울대학교병원", "Seoul National University Bundang Hospital"), ("부산대학교병원", "Pusan National University Hospital"),
           ("인하대학교병원", "Inha University Hospital"), ("한림대학교성심병원", "Hallym University Sacred Heart Hospital")]
KR_INST = [("한국기계연구원", "Korea Institute of Machinery and Materials"), ("한국생산기술연구원", "Korea Institute of Industrial Technology"),
           ("한국화학연구원", "Korea Research Institute of Chemical Technology"), ("한국재료연구원", "Korea Institute of Materials Science"),
           ("한국표준과학연구원", "Korea Research Institute of Standards and Science")]

KP_WORDS = [("은하", "Unha"), ("금별", "Kumbyol"), ("묘향", "Myohyang"), ("청류", "Chongryu"), ("보통강", "Pothonggang"),
            ("백두", "Paektu"), ("칠보", "Chilbo"), ("금수", "Kumsu"), ("해당화", "Haedanghwa"), ("락원", "Rakwon"), ("련못", "Ryonmot"),
            ("새별", "Saebyol"), ("삼천리", "Samchonri"), ("릉라", "Rungra"), ("모란", "Moran"), ("송악", "Songak"), ("대봉", "Taebong"),
            ("금야", "Kumya"), ("장수", "Jangsu"), ("비파", "Pipha"), ("천리마", "Chollima"), ("봉화", "Ponghwa"), ("미림", "Mirim"),
            ("룡남", "Ryongnam"), ("신의주", "Sinuiju"), ("함흥", "Hamhung"), ("청진", "Chongjin"), ("원산", "Wonsan"), ("단천", "Tanchon")]
KP_KIND = [("무역회사", ["Trading Company", "Trading Corporation", "Trading Co."]), ("총회사", ["General Corporation", "General Company"]),
           ("합영회사", ["Joint Venture Company", "JV Company"]), ("무역총회사", ["General Trading Corporation"]), ("기술교류사", ["Technology Exchange Company"]),
           ("수출입회사", ["Import and Export Company", "Export and Import Corporation"]), ("기계공장", ["Machine Factory", "Machinery Plant"])]

ZH_CITIES = [("北京", "北京", "Beijing"), ("上海", "上海", "Shanghai"), ("深圳", "深圳", "Shenzhen"), ("广州", "廣州", "Guangzhou"),
             ("天津", "天津", "Tianjin"), ("杭州", "杭州", "Hangzhou"), ("苏州", "蘇州", "Suzhou"), ("南京", "南京", "Nanjing"),
             ("武汉", "武漢", "Wuhan"), ("成都", "成都", "Chengdu"), ("西安", "西安", "Xi'an"), ("大连", "大連", "Dalian"),
             ("青岛", "青島", "Qingdao"), ("宁波", "寧波", "Ningbo"), ("无锡", "無錫", "Wuxi"), ("东莞", "東莞", "Dongguan"),
             ("厦门", "廈門", "Xiamen"), ("长沙", "長沙", "Changsha"), ("沈阳", "瀋陽", "Shenyang"), ("郑州", "鄭州", "Zhengzhou"),
             ("常州", "常州", "Changzhou"), ("佛山", "佛山", "Foshan"), ("合肥", "合肥", "Hefei"), ("济南", "濟南", "Jinan")]
ZH_WORDS = [("华信", "Huaxin"), ("中联", "Zhonglian"), ("恒达", "Hengda"), ("鑫源", "Xinyuan"), ("金泰", "Jintai"), ("宏远", "Hongyuan"),
            ("东方", "Dongfang"), ("天成", "Tiancheng"), ("永兴", "Yongxing"), ("博远", "Boyuan"), ("瑞丰", "Ruifeng"), ("海川", "Haichuan"),
            ("联创", "Lianchuang"), ("汇通", "Huitong"), ("盛达", "Shengda"), ("佳信", "Jiaxin"), ("中泰", "Zhongtai"), ("华瑞", "Huarui"),
            ("普源", "Puyuan"), ("鼎盛", "Dingsheng"), ("兴业", "Xingye"), ("创新", "Chuangxin"), ("启明", "Qiming"), ("金盾", "Jindun"),
            ("宇航", "Yuhang"), ("凯达", "Kaida"), ("远航", "Yuanhang"), ("德润", "Derun"), ("国泰", "Guotai"), ("晨光", "Chenguang")]
ZH_IND = [("精密机械", "Precision Machinery", "Jingmi Jixie"), ("电子科技", "Electronic Technology", "Dianzi Keji"), ("科技", "Technology", "Keji"),
          ("贸易", "Trading", "Maoyi"), ("进出口", "Import & Export", "Jinchukou"), ("新材料", "New Materials", "Xin Cailiao"),
          ("化工", "Chemical", "Huagong"), ("仪器", "Instrument", "Yiqi"), ("光电", "Optoelectronics", "Guangdian"),
          ("自动化", "Automation", "Zidonghua"), ("金属材料", "Metal Materials", "Jinshu Cailiao"), ("航空科技", "Aviation Technology", "Hangkong Keji"),
          ("复合材料", "Composite Materials", "Fuhe Cailiao"), ("传感技术", "Sensor Technology", "Chuangan Jishu"), ("机电设备", "Electromechanical Equipment", "Jidian Shebei"),
          ("数控设备", "CNC Equipment", "Shukong Shebei"), ("轴承", "Bearing", "Zhoucheng"), ("特种合金", "Special Alloy", "Tezhong Hejin")]
ZH_UNI = [("浙江大学", "Zhejiang University"), ("南京大学", "Nanjing University"), ("中山大学", "Sun Yat-sen University"), ("武汉大学", "Wuhan University"),
          ("厦门大学", "Xiamen University"), ("山东大学", "Shandong University"), ("华东师范大学", "East China Normal University"),
          ("吉林大学", "Jilin University"), ("同济大学", "Tongji University"), ("南开大学", "Nankai University"), ("兰州大学", "Lanzhou University"),
          ("湖南大学", "Hunan University"), ("重庆大学", "Chongqing University"), ("东南大学", "Southeast University"), ("郑州大学", "Zhengzhou University"),
          ("苏州大学", "Soochow University"), ("暨南大学", "Jinan University"), ("江南大学", "Jiangnan University"), ("福州大学", "Fuzhou University"),
          ("云南大学", "Yunnan University"), ("广西大学", "Guangxi University"), ("宁波大学", "Ningbo University")]
ZH_NUM = [("第一", "First"), ("第二", "Second"), ("第三", "Third"), ("第四", "Fourth"), ("第五", "Fifth"), ("第六", "Sixth")]

HK_WORDS = [("永興", "Wing Hing"), ("恒昌", "Hang Cheong"), ("大昌", "Tai Cheong"), ("金輝", "Kam Fai"), ("新興", "Sun Hing"), ("宏達", "Wang Tat"),
            ("偉業", "Wai Yip"), ("明德", "Ming Tak"), ("裕豐", "Yue Fung"), ("華興", "Wah Hing"), ("聯發", "Luen Fat"), ("合興", "Hop Hing"),
            ("昌盛", "Cheong Shing"), ("福華", "Fook Wah"), ("利達", "Lee Tat"), ("德興", "Tak Hing"), ("東昇", "Tung Sing"), ("萬利", "Man Lee")]
HK_IND = [("貿易", "Trading"), ("電子", "Electronics"), ("實業", "Industrial"), ("國際", "International"), ("科技", "Technology"),
          ("五金", "Hardware"), ("船務", "Shipping"), ("物流", "Logistics")]
TW_WORDS = [("鴻昌", "Hung Chang"), ("永豐", "Yung Feng"), ("建新", "Chien Hsin"), ("聯成", "Lien Cheng"), ("國瑞", "Kuo Jui"),
            ("台興", "Tai Hsing"), ("正昌", "Cheng Chang"), ("長興", "Chang Hsing"), ("和泰", "Ho Tai"), ("啟明", "Chi Ming"), ("欣達", "Hsin Ta")]
TW_IND = [("精密工業", "Precision Industry"), ("電子", "Electronics"), ("機械", "Machinery"), ("光電", "Optoelectronics"), ("科技", "Technology"),
          ("材料", "Materials"), ("企業", "Enterprise")]

JA_WORDS = [("東洋", "トウヨウ", "Toyo"), ("日本", "ニッポン", "Nippon"), ("大和", "ダイワ", "Daiwa"), ("三和", "サンワ", "Sanwa"),
            ("富士", "フジ", "Fuji"), ("旭", "アサヒ", "Asahi"), ("太陽", "タイヨウ", "Taiyo"), ("昭和", "ショウワ", "Showa"),
            ("協和", "キョウワ", "Kyowa"), ("中央", "チュウオウ", "Chuo"), ("北陸", "ホクリク", "Hokuriku"), ("東邦", "トウホウ", "Toho"),
            ("山陽", "サンヨウ", "San'yo"), ("新星", "シンセイ", "Shinsei"), ("丸山", "マルヤマ", "Maruyama"), ("北斗", "ホクト", "Hokuto"),
            ("大洋", "タイヨウ", "Taiyo"), ("平和", "ヘイワ", "Heiwa"), ("明和", "メイワ", "Meiwa"), ("松井", "マツイ", "Matsui")]
JA_IND = [("製作所", "Seisakusho", "Manufacturing"), ("精機", "Seiki", "Precision"), ("工業", "Kogyo", "Industries"), ("電機", "Denki", "Electric"),
          ("化学", "Kagaku", "Chemical"), ("商事", "Shoji", "Trading"), ("光学", "Kogaku", "Optical"), ("金属", "Kinzoku", "Metals"),
          ("計器", "Keiki", "Instruments"), ("産業", "Sangyo", "Industry")]
JA_UNI = [("東京大学", "University of Tokyo"), ("京都大学", "Kyoto University"), ("大阪大学", "Osaka University"), ("東北大学", "Tohoku University"),
          ("名古屋大学", "Nagoya University"), ("九州大学", "Kyushu University"), ("北海道大学", "Hokkaido University"),
          ("慶應義塾大学", "Keio University"), ("早稲田大学", "Waseda University"), ("神戸大学", "Kobe University"), ("広島大学", "Hiroshima University")]

FA_WORDS = [("پارس", "Pars"), ("آریا", "Arya"), ("نوین", "Novin"), ("سپهر", "Sepehr"), ("آسمان", "Asman"), ("البرز", "Alborz"),
            ("دماوند", "Damavand"), ("زاگرس", "Zagros"), ("توس", "Toos"), ("پویا", "Pouya"), ("رایان", "Rayan"), ("آرمان", "Arman"),
            ("فراز", "Faraz"), ("کیهان", "Keyhan"), ("مهر", "Mehr"), ("نیرو", "Niroo"), ("تدبیر", "Tadbir"), ("اندیشه", "Andisheh"),
            ("پیشرو", "Pishro"), ("ارس", "Aras"), ("تابان", "Taban"), ("نگین", "Negin"), ("آتیه", "Atieh"), ("بهین", "Behin"),
            ("کاوش", "Kavosh"), ("سامان", "Saman"), ("آفتاب", "Aftab"), ("ستاره", "Setareh"), ("نوآوران", "Noavaran"), ("هامون", "Hamoun"),
            ("گستر", "Gostar"), ("آذر", "Azar"), ("شایان", "Shayan"), ("کوثر", "Kowsar"), ("ماهان", "Mahan")]
FA_KIND = [("شرکت {w} صنعت", ["{W} Sanat Co.", "{W} Sanat Company"]), ("شرکت مهندسی {w}", ["{W} Engineering Company", "{W} Engineering Co."]),
           ("صنایع {w}", ["{W} Industries", "Sanaye {W}"]), ("شرکت بازرگانی {w}", ["{W} Trading Company", "Bazargani {W}"]),
           ("شرکت {w} الکترونیک", ["{W} Electronic Co.", "{W} Electronics Company"]), ("شرکت فنی {w}", ["{W} Technical Company"]),
           ("شرکت {w} پلیمر", ["{W} Polymer Co."]), ("شرکت حمل و نقل {w}", ["{W} Transport Co.", "{W} Shipping Co."])]
FA_UNI = [("دانشگاه تهران", "University of Tehran"), ("دانشگاه صنعتی امیرکبیر", "Amirkabir University of Technology"),
          ("دانشگاه علم و صنعت ایران", "Iran University of Science and Technology"), ("دانشگاه شیراز", "Shiraz University"),
          ("دانشگاه فردوسی مشهد", "Ferdowsi University of Mashhad"), ("دانشگاه تبریز", "University of Tabriz"),
          ("دانشگاه صنعتی اصفهان", "Isfahan University of Technology"), ("دانشگاه علوم پزشکی تهران", "Tehran University of Medical Sciences"),
          ("دانشگاه اصفهان", "University of Isfahan"), ("دانشگاه گیلان", "University of Guilan"), ("دانشگاه یزد", "Yazd University"),
          ("دانشگاه رازی", "Razi University"), ("دانشگاه کاشان", "University of Kashan")]
FA_HOSP = [("بیمارستان میلاد", "Milad Hospital"), ("بیمارستان شریعتی", "Shariati Hospital"), ("بیمارستان سینا", "Sina Hospital"),
           ("بیمارستان نمازی", "Namazi Hospital"), ("بیمارستان رازی", "Razi Hospital"), ("بیمارستان فیروزگر", "Firoozgar Hospital"),
           ("بیمارستان لاله", "Laleh Hospital"), ("بیمارستان آتیه", "Atieh Hospital"), ("بیمارستان پارس", "Pars Hospital")]

AR_WORDS = [("النور", "Al Noor"), ("الأمل", "Al Amal"), ("الخليج", "Al Khaleej"), ("الشرق", "Al Sharq"), ("الرواد", "Al Rowad"),
            ("النخبة", "Al Nokhba"), ("الصفا", "Al Safa"), ("المنارة", "Al Manara"), ("البركة", "Al Baraka"), ("الاتحاد", "Al Ittihad"),
            ("الريان", "Al Rayan"), ("السلام", "Al Salam"), ("الفرات", "Al Furat"), ("الواحة", "Al Waha"), ("الهدى", "Al Huda"),
            ("الياسمين", "Al Yasmeen"), ("الشام", "Al Sham"), ("النيل", "Al Nil"), ("الرافدين", "Al Rafidain"), ("الأصيل", "Al Aseel")]
AR_KIND = [("شركة {w} للتجارة العامة", ["{W} General Trading Co.", "{W} General Trading LLC"]),
           ("مؤسسة {w} التجارية", ["{W} Trading Establishment", "{W} Commercial Est."]),
           ("شركة {w} للصناعات الهندسية", ["{W} Engineering Industries Co.", "{W} Engineering Industries Company"]),
           ("شركة {w} للمقاولات", ["{W} Contracting Co.", "{W} Contracting Company"]),
           ("مجموعة {w}", ["{W} Group"]), ("شركة {w} للشحن", ["{W} Shipping Co.", "{W} Freight Company"])]
AR_UNI = [("جامعة دمشق", "Damascus University"), ("جامعة حلب", "University of Aleppo"), ("جامعة القاهرة", "Cairo University"),
          ("جامعة بغداد", "University of Baghdad"), ("جامعة الملك سعود", "King Saud University"), ("جامعة الإمارات العربية المتحدة", "United Arab Emirates University"),
          ("الجامعة الأردنية", "University of Jordan"), ("جامعة الإسكندرية", "Alexandria University"), ("جامعة عين شمس", "Ain Shams University"),
          ("جامعة تشرين", "Tishreen University"), ("جامعة البعث", "Al-Baath University"), ("جامعة الموصل", "University of Mosul")]
AR_HOSP = [("مستشفى الأمل", "Al Amal Hospital"), ("مستشفى المواساة", "Al Mouwasat Hospital"), ("مستشفى الشفاء", "Al Shifa Hospital"),
           ("مستشفى السلام الدولي", "Al Salam International Hospital"), ("مستشفى النور التخصصي", "Al Noor Specialist Hospital")]

UR_WORDS = [("کریسنٹ", "Crescent"), ("النور", "Al-Noor"), ("پاک", "Pak"), ("انڈس", "Indus"), ("مارگلہ", "Margalla"), ("راوی", "Ravi"),
            ("چناب", "Chenab"), ("خیبر", "Khyber"), ("مہران", "Mehran"), ("شالیمار", "Shalimar"), ("زم زم", "Zam Zam"), ("ستارہ", "Sitara"),
            ("ہلال", "Hilal"), ("نیشنل", "National"), ("الفلاح", "Al-Falah"), ("فاران", "Faran")]
UR_KIND = [("{w} انجینئرنگ (پرائیویٹ) لمیٹڈ", ["{W} Engineering (Pvt.) Ltd.", "{W} Engineering (Private) Limited"]),
           ("{w} ٹریڈرز", ["{W} Traders"]), ("{w} انٹرپرائزز", ["{W} Enterprises"]), ("{w} انڈسٹریز", ["{W} Industries (Pvt) Ltd", "{W} Industries"])]
PK_UNI = [("University of the Punjab", "جامعہ پنجاب"), ("COMSATS University Islamabad", None), ("Quaid-i-Azam University", "قائد اعظم یونیورسٹی"),
          ("Aga Khan University Hospital", None), ("Shaukat Khanum Memorial Cancer Hospital", None), ("University of Karachi", "جامعہ کراچی"),
          ("Bahauddin Zakariya University", None), ("University of Peshawar", "جامعہ پشاور"), ("Lahore General Hospital", None),
          ("Pakistan Institute of Medical Sciences", None), ("Mehran University of Engineering and Technology", None)]

RU_WORDS = ["Техносфера", "Спектр", "Меридиан", "Импульс", "Сигма", "Ладога", "Промтех", "Стройинвест", "Техноком", "Интегра",
            "Кристалл", "Орион", "Азимут", "Вертикаль", "Гарант", "Парус", "Сфера", "Эталон", "Магистраль", "Феникс", "Рубин",
            "Аргон", "Квант", "Пульсар", "Горизонт", "Альтаир", "Терра", "Северный ветер", "Уралтехснаб", "Сибпромкомплект",
            "Волгаэнерго", "Балтикмаш", "Донской экспресс", "Камский завод приборов", "Новые технологии", "Инженерный центр"]
RU_FORMS = [("ООО «{w}»", ["OOO {W}", "{W} LLC", "LLC {W}", "OOO \"{W}\""]), ("АО «{w}»", ["AO {W}", "JSC {W}", "{W} JSC"]),
            ("ЗАО «{w}»", ["ZAO {W}", "CJSC {W}"]), ("НПП «{w}»", ["NPP {W}", "Research and Production Enterprise {W}"]),
            ("ПАО «{w}»", ["PAO {W}", "PJSC {W}"])]
RU_UNI = [("Московский государственный университет", "Moscow State University"), ("Санкт-Петербургский государственный университет", "Saint Petersburg State University"),
          ("Новосибирский государственный университет", "Novosibirsk State University"), ("Казанский федеральный университет", "Kazan Federal University"),
          ("Уральский федеральный университет", "Ural Federal University"), ("Дальневосточный федеральный университет", "Far Eastern Federal University"),
          ("Воронежский государственный университет", "Voronezh State University"), ("Самарский университет", "Samara University"),
          ("Городская клиническая больница № 1", "City Clinical Hospital No. 1"), ("Городская клиническая больница № 15", "City Clinical Hospital No. 15"),
          ("Областная клиническая больница", "Regional Clinical Hospital"), ("Институт органической химии", "Institute of Organic Chemistry")]
UA_FORMS = [("ТОВ «{w}»", ["TOV {W}", "{W} LLC"]), ("ПП «{w}»", ["PP {W}", "Private Enterprise {W}"]), ("ПрАТ «{w}»", ["PrAT {W}", "{W} PJSC"])]
UA_WORDS = ["Техноград", "Дніпро", "Карпати", "Світанок", "Полісся", "Славутич", "Оріон", "Веста", "Укрпромсервіс", "Енергоресурс", "Агротех", "Подільська зірка"]
KZ_FORMS = [("ТОО «{w}»", ["TOO {W}", "{W} LLP"]), ("АО «{w}»", ["AO {W}", "{W} JSC"])]
KZ_WORDS = ["Алатау", "Сарыарқа", "Қазтехснаб", "Ертіс", "Нұр", "Болашақ", "Дала", "Тұран", "Астана-Инжиниринг", "Каспий-Сервис"]
BY_FORMS = [("ООО «{w}»", ["OOO {W}", "{W} LLC"]), ("ОАО «{w}»", ["OAO {W}", "{W} OJSC"]), ("ЗАО «{w}»", ["ZAO {W}", "{W} CJSC"])]
BY_WORDS = ["Белтехимпорт", "Неман", "Полесье", "Зубр", "Мирель", "Витязь", "Белпромснаб", "Гродномаш", "Минский приборный завод", "Берестье"]

HI_WORDS = [("श्री", "Shree"), ("भारत", "Bharat"), ("साई", "Sai"), ("गणेश", "Ganesh"), ("लक्ष्मी", "Lakshmi"), ("ओम", "Om"), ("जय", "Jai"),
            ("कृष्णा", "Krishna"), ("सनराइज़", "Sunrise"), ("सुप्रीम", "Supreme"), ("महालक्ष्मी", "Mahalaxmi"), ("विजय", "Vijay"), ("अंबिका", "Ambika")]
HI_KIND = [("{w} इंडस्ट्रीज प्राइवेट लिमिटेड", ["{W} Industries Pvt. Ltd.", "{W} Industries Private Limited"]),
           ("{w} इंजीनियरिंग वर्क्स", ["{W} Engineering Works"]), ("{w} ट्रेडिंग कंपनी", ["{W} Trading Company", "{W} Trading Co."]),
           ("{w} इलेक्ट्रॉनिक्स", ["{W} Electronics"])]
IN_INST = [("अखिल भारतीय आयुर्विज्ञान संस्थान", "All India Institute of Medical Sciences"), (None, "Indian Institute of Technology Bombay"),
           (None, "Indian Institute of Technology Madras"), (None, "Apollo Hospital Chennai"), (None, "Anna University"),
           ("दिल्ली विश्वविद्यालय", "University of Delhi"), (None, "Jadavpur University"), (None, "Manipal Hospital"), (None, "Vellore Institute of Technology")]

TH_WORDS = [("สยาม", "Siam"), ("ไทย", "Thai"), ("รุ่งเรือง", "Rungruang"), ("เจริญ", "Charoen"), ("ศรีไทย", "Srithai"), ("ทองไทย", "Thongthai"),
            ("พัฒนา", "Pattana"), ("บางกอก", "Bangkok"), ("สุวรรณ", "Suwan"), ("มั่นคง", "Mankong"), ("ก้าวหน้า", "Kaona")]
TH_IND = [("เทรดดิ้ง", "Trading"), ("เอ็นจิเนียริ่ง", "Engineering"), ("อิเล็กทรอนิกส์", "Electronics"), ("อุตสาหกรรม", "Industry"), ("เคมีภัณฑ์", "Chemicals")]
TH_INST = [("จุฬาลงกรณ์มหาวิทยาลัย", "Chulalongkorn University"), ("มหาวิทยาลัยมหิดล", "Mahidol University"), ("มหาวิทยาลัยเกษตรศาสตร์", "Kasetsart University"),
           ("โรงพยาบาลศิริราช", "Siriraj Hospital"), ("โรงพยาบาลรามาธิบดี", "Ramathibodi Hospital"), ("มหาวิทยาลัยเชียงใหม่", "Chiang Mai University")]

EL_WORDS = [("Αθηνά", "Athina"), ("Όλυμπος", "Olympos"), ("Ερμής", "Ermis"), ("Αιγαίο", "Aegean"), ("Ποσειδών", "Poseidon"),
            ("Ήλιος", "Ilios"), ("Κρήτη", "Kriti"), ("Πήγασος", "Pegasus"), ("Ίκαρος", "Ikaros"), ("Δήλος", "Dilos")]
EL_IND = [("Τεχνική", "Techniki"), ("Ναυτιλιακή", "Shipping"), ("Εμπορική", "Trading"), ("Βιομηχανική", "Industrial"), ("Ηλεκτρονική", "Electronics")]
EL_INST = [("Εθνικό Μετσόβιο Πολυτεχνείο", "National Technical University of Athens"), ("Αριστοτέλειο Πανεπιστήμιο Θεσσαλονίκης", "Aristotle University of Thessaloniki"),
           ("Πανεπιστήμιο Πατρών", "University of Patras"), ("Γενικό Νοσοκομείο Αθηνών Ο Ευαγγελισμός", "Evangelismos General Hospital of Athens")]

HE_WORDS = [("אורן", "Oren"), ("גלים", "Galim"), ("שחר", "Shahar"), ("תבור", "Tavor"), ("כרמל", "Carmel"), ("ים", "Yam"), ("נגב", "Negev"),
            ("ארזים", "Arazim"), ("אופק", "Ofek"), ("רימון", "Rimon")]
HE_IND = [("טכנולוגיות", "Technologies"), ("הנדסה", "Engineering"), ("סחר", "Trading"), ("אלקטרוניקה", "Electronics"), ("תעשיות", "Industries")]
HE_INST = [("הטכניון", "Technion"), ("האוניברסיטה העברית בירושלים", "Hebrew University of Jerusalem"), ("אוניברסיטת תל אביב", "Tel Aviv University"),
           ("המרכז הרפואי שיבא", "Sheba Medical Center"), ("בית החולים רמב״ם", "Rambam Hospital"), ("אוניברסיטת בן-גוריון בנגב", "Ben-Gurion University of the Negev")]

HY_WORDS = [("Արարատ", "Ararat"), ("Մասիս", "Masis"), ("Նաիրի", "Nairi"), ("Արագած", "Aragats"), ("Սևան", "Sevan"), ("Վան", "Van"), ("Զարթոնք", "Zartonk")]
KA_WORDS = [("კავკასია", "Kavkasia"), ("ივერია", "Iveria"), ("რუსთავი", "Rustavi"), ("ალაზანი", "Alazani"), ("მტკვარი", "Mtkvari"), ("ქართლი", "Kartli")]
HY_INST = [("Երևանի պետական համալսարան", "Yerevan State University"), ("Հայաստանի ազգային պոլիտեխնիկական համալսարան", "National Polytechnic University of Armenia")]
KA_INST = [("თბილისის სახელმწიფო უნივერსიტეტი", "Tbilisi State University"), ("საქართველოს ტექნიკური უნივერსიტეტი", "Georgian Technical University")]

WEST = {
    "de": (["Präzisionstechnik", "Maschinenbau", "Antriebstechnik", "Messtechnik", "Elektronik", "Werkzeugbau", "Lasertechnik", "Vakuumtechnik", "Oberflächentechnik"],
           ["GmbH", "GmbH & Co. KG", "AG", "KG"], ["Technische Universität {c}", "Universitätsklinikum {c}", "Hochschule {c}"],
           ["München", "Stuttgart", "Dresden", "Aachen", "Hamburg", "Köln", "Leipzig", "Bremen", "Kassel", "Ulm"]),
    "fr": (["Mécanique", "Électronique", "Industries", "Composites", "Précision", "Technologies", "Aéro Services", "Usinage"],
           ["S.A.S.", "SARL", "S.A."], ["Université de {c}", "CHU de {c}", "École Centrale de {c}"],
           ["Lyon", "Toulouse", "Bordeaux", "Grenoble", "Nantes", "Lille", "Rennes", "Strasbourg"]),
    "it": (["Meccanica", "Elettronica", "Compositi", "Ingegneria", "Tecnologie", "Forniture Industriali"],
           ["S.r.l.", "S.p.A."], ["Politecnico di {c}", "Università degli Studi di {c}", "Ospedale di {c}"],
           ["Milano", "Torino", "Bologna", "Padova", "Napoli", "Genova", "Firenze"]),
    "es": (["Ingeniería", "Mecanizados", "Electrónica", "Suministros Industriales", "Composites", "Tecnologías"],
           ["S.L.", "S.A."], ["Universidad de {c}", "Hospital Universitario de {c}", "Universidad Politécnica de {c}"],
           ["Madrid", "Valencia", "Sevilla", "Zaragoza", "Bilbao", "Málaga"]),
    "gb": (["Engineering", "Precision Engineering", "Instruments", "Components", "Technologies", "Composites", "Electronics", "Aerospace Services", "Logistics"],
           ["Ltd", "Limited", "Ltd.", "PLC"], ["University of {c}", "{c} Royal Infirmary", "{c} General Hospital"],
           ["Leeds", "Sheffield", "Bristol", "Nottingham", "Leicester", "Coventry", "Aberdeen", "Cardiff"]),
    "us": (["Technologies", "Aerospace", "Systems", "Instruments", "Precision Machining", "Industrial Supply", "Electronics", "Materials", "Photonics"],
           ["Inc.", "LLC", "Corp.", "Corporation", "Co."], ["{c} State University", "University of {c}", "{c} Medical Center"],
           ["Ohio", "Kansas", "Arizona", "Oregon", "Iowa", "Utah", "Colorado", "Nebraska"]),
    "tr": (["Makina Sanayi ve Ticaret", "Savunma Sanayi", "Elektronik", "Mühendislik", "Dış Ticaret", "Kompozit"],
           ["A.Ş.", "Ltd. Şti."], ["{c} Üniversitesi", "{c} Teknik Üniversitesi", "{c} Devlet Hastanesi"],
           ["Ankara", "İzmir", "Bursa", "Konya", "Kayseri", "Eskişehir"]),
    "ae": (["General Trading", "Trading", "Technical Services", "Industrial Equipment Trading", "Logistics"],
           ["LLC", "FZE", "FZCO", "L.L.C.", "FZ-LLC"], ["{c} Hospital"], ["Sharjah", "Ajman", "Dubai"]),
    "sg": (["Engineering", "Trading", "Technologies", "Marine Services", "Electronics", "Supply Chain"],
           ["Pte. Ltd.", "Pte Ltd"], ["{c} General Hospital"], ["Changi", "Tan Tock Seng", "Jurong"]),
    "my": (["Engineering", "Trading", "Teknologi", "Industries", "Marine"],
           ["Sdn. Bhd.", "Sdn Bhd"], ["Universiti {c}", "Hospital {c}"], ["Malaya", "Teknologi Malaysia", "Sains Malaysia", "Putra Malaysia"]),
    "nl": (["Techniek", "Engineering", "Instruments", "Trading", "Precision"],
           ["B.V.", "BV"], ["Universiteit {c}", "Technische Universiteit {c}"], ["Twente", "Delft", "Eindhoven", "Utrecht", "Leiden"]),
    "vn": (["Thương mại", "Kỹ thuật", "Cơ khí", "Điện tử", "Xuất nhập khẩu"],
           ["Công ty TNHH", "Công ty Cổ phần"], ["Đại học {c}", "Bệnh viện {c}"], ["Bách khoa Hà Nội", "Quốc gia Hà Nội", "Cần Thơ", "Đà Nẵng"]),
    "id": (["Teknik", "Mandiri", "Elektronika", "Industri", "Perkasa"],
           ["PT", "CV"], ["Universitas {c}", "Rumah Sakit {c}"], ["Indonesia", "Gadjah Mada", "Airlangga", "Diponegoro", "Padjadjaran"]),
}
WEST_WORDS = {
    "de": ["Keller", "Brandt", "Hoffmann", "Lindner", "Vogt", "Seidel", "Nordtec", "Alpha", "Rheintal", "Elbe", "Sauer", "Krause"],
    "fr": ["Durand", "Lefèvre", "Aquitaine", "Atlantique", "Provence", "Morel", "Vallée", "Bonnet"],
    "it": ["Rossi", "Bianchi", "Adriatica", "Lombarda", "Ferri", "Galli", "Tirrena"],
    "es": ["Ibérica", "Levante", "Cantábrica", "Navarro", "Ruiz", "Montes"],
    "gb": ["Pennine", "Severn", "Thames", "Harrison", "Whitfield", "Midland", "Northgate", "Ashford", "Kestrel"],
    "us": ["Cascade", "Summit", "Liberty", "Keystone", "Pioneer", "Redwood", "Granite State", "Mesa", "Lakeshore", "Patriot"],
    "tr": ["Anadolu", "Ege", "Marmara", "Toros", "Yıldız", "Kaya", "Başkent", "Doğu"],
    "ae": ["Al Noor", "Gulf Star", "Emirates Link", "Desert Rose", "Al Reem", "Blue Horizon", "Palm Crest", "Falcon Eye"],
    "sg": ["Lion City", "Merlion", "Straits", "Orchid", "Harbourfront", "Eastgate"],
    "my": ["Mutiara", "Bintang", "Cahaya", "Setia", "Gemilang", "Seri"],
    "nl": ["Holland", "Delta", "Zeeland", "Van Dijk", "De Vries", "Noordzee"],
    "vn": ["Hoàng Long", "Minh Phát", "Thành Công", "Việt Á", "Sao Mai", "Phú Thịnh"],
    "id": ["Sinar", "Maju", "Jaya", "Nusantara", "Cahaya", "Sentosa"],
}

# kind words used in trap shape "kind changed" (word -> replacements of another category)
KIND_SWAP = {
    "TRADING CORPORATION": ["HOSPITAL", "UNIVERSITY", "SPORTS CLUB", "HOTEL"],
    "TRADING COMPANY": ["HOSPITAL", "COLLEGE", "HOTEL", "KINDERGARTEN"],
    "CORPORATION": ["UNIVERSITY", "HOSPITAL", "FOUNDATION", "SCHOOL"],
    "COMPANY": ["UNIVERSITY", "HOSPITAL", "SCHOOL", "CLINIC"],
    "INDUSTRIAL GROUP": ["UNIVERSITY", "HOSPITAL", "CULTURAL CENTRE"],
    "INDUSTRIES GROUP": ["HOSPITAL", "UNIVERSITY"],
    "INDUSTRIES": ["UNIVERSITY", "HOSPITAL", "FOOTBALL CLUB"],
    "INDUSTRY": ["HOSPITAL", "SCHOOL"],
    "BANK": ["UNIVERSITY", "HOSPITAL", "LIBRARY"],
    "INSTITUTE": ["HOSPITAL", "TRADING COMPANY", "HOTEL"],
    "UNIVERSITY": ["HOSPITAL", "TRADING COMPANY", "BANK"],
    "ACADEMY": ["HOSPITAL", "TRADING COMPANY"],
    "CENTER": ["BANK", "TRADING COMPANY", "HOTEL"],
    "CENTRE": ["BANK", "TRADING COMPANY", "HOTEL"],
    "SHIPPING COMPANY": ["HOSPITAL", "UNIVERSITY"],
    "GROUP": ["HOSPITAL", "UNIVERSITY"],
    "CO., LTD.": ["UNIVERSITY", "HOSPITAL"],
    "CO., LTD": ["UNIVERSITY", "HOSPITAL"],
    "CO. LTD": ["UNIVERSITY", "HOSPITAL"],
    "CO LTD": ["UNIVERSITY", "HOSPITAL"],
    "LIMITED": ["UNIVERSITY", "HOSPITAL"],
}
