# Hand-written name components (script form | romanisation variants).
# Written for the held-out negative set from general knowledge of naming customs.

def _p(spec):
    """'محمد:Mohammad/Muhammad/Mohammed' lines -> list of (native, [latin variants])"""
    out = []
    for line in spec.strip().split("\n"):
        for item in line.split(";"):
            item = item.strip()
            if not item:
                continue
            nat, lat = item.split(":")
            out.append((nat.strip(), [x.strip() for x in lat.split("/")]))
    return out

# ----------------------------------------------------------------- Arabic
AR_MALE = _p("""
محمد:Mohammad/Muhammad/Mohammed/Mohamed; أحمد:Ahmad/Ahmed; علي:Ali; حسن:Hassan/Hasan; حسين:Hussein/Husain/Hussain; عمر:Omar/Umar
خالد:Khalid/Khaled; يوسف:Yousef/Yusuf/Youssef; إبراهيم:Ibrahim; مصطفى:Mustafa/Mostafa; محمود:Mahmoud/Mahmud; سعيد:Saeed/Said/Saed
كريم:Karim/Kareem; ناصر:Nasser/Naser; سالم:Salem/Salim; فيصل:Faisal/Faysal; طارق:Tariq/Tarek/Tareq; وليد:Walid/Waleed; ماجد:Majed/Majid
فهد:Fahad/Fahd; سلطان:Sultan; عادل:Adel/Adil; هاني:Hani/Hany; زياد:Ziad/Ziyad; بلال:Bilal; حمزة:Hamza/Hamzah; ياسر:Yasser/Yasir; أنس:Anas
سامي:Sami/Samy; رامي:Rami/Ramy; نبيل:Nabil/Nabeel; جمال:Jamal/Gamal; منصور:Mansour/Mansur; عثمان:Othman/Osman/Uthman; إسماعيل:Ismail/Ismael
عبدالله:Abdullah/Abdallah; عبدالرحمن:Abdulrahman/Abdul Rahman/Abdelrahman; عبدالعزيز:Abdulaziz/Abdelaziz; عبدالكريم:Abdulkarim/Abdelkarim
صالح:Saleh/Salih; راشد:Rashid/Rashed; سعد:Saad/Sa'ad; ماهر:Maher; مازن:Mazen; هشام:Hisham/Hesham; عماد:Imad/Emad; أيمن:Ayman; باسم:Basem/Bassem
نادر:Nader; وائل:Wael/Wa'il; شريف:Sherif/Sharif; عمرو:Amr; تامر:Tamer; أسامة:Osama/Usama; مروان:Marwan; غسان:Ghassan; فادي:Fadi/Fady; جهاد:Jihad
قصي:Qusay/Kusai; ليث:Laith/Layth; مهند:Muhannad/Mohannad; حيدر:Haidar/Haider; عباس:Abbas; جاسم:Jassim/Jasim; كاظم:Kadhim/Kazem; منذر:Munther/Mundhir
""")
AR_FEMALE = _p("""
فاطمة:Fatima/Fatma; عائشة:Aisha/Aysha; مريم:Maryam/Mariam; زينب:Zainab/Zeinab; نور:Nour/Noor; سارة:Sara/Sarah; ليلى:Layla/Leila; هدى:Huda/Hoda
رنا:Rana; دينا:Dina; سلمى:Salma; ريم:Reem/Rim; أمل:Amal; هالة:Hala; منى:Mona/Muna; نادية:Nadia/Nadiya; رشا:Rasha; لينا:Lina; ياسمين:Yasmin/Yasmine
""")
AR_FAMILY = _p("""
العتيبي:Al-Otaibi/Al Otaibi/Alotaibi; الشمري:Al-Shammari/Al Shammari/Alshammari; الدوسري:Al-Dosari/Al-Dossary/Aldosari; الحربي:Al-Harbi/Alharbi
الزهراني:Al-Zahrani/Alzahrani; الغامدي:Al-Ghamdi/Alghamdi; المطيري:Al-Mutairi/Almutairi; السبيعي:Al-Subaie/Al-Subaiei; الخطيب:Al-Khatib/El-Khatib
الحداد:Al-Haddad/El Haddad; النجار:Al-Najjar/El-Naggar; الصباغ:Al-Sabbagh/Sabbagh; العطار:Al-Attar/El-Attar; الحلبي:Al-Halabi/Halabi
التميمي:Al-Tamimi/Altamimi; الجبوري:Al-Jubouri/Al-Juburi; العبيدي:Al-Obaidi/Al-Ubaidi; الربيعي:Al-Rubaie/Al-Rubaye; الكبيسي:Al-Kubaisi/Al-Kubaissi
حداد:Haddad; خوري:Khoury/Khouri; سليمان:Suleiman/Sulaiman; درويش:Darwish/Darwiche; حمدان:Hamdan; بركات:Barakat; عواد:Awad/Awwad
شاهين:Shaheen/Chahine; يعقوب:Yacoub/Yaqub; عبود:Abboud/Abbud; جابر:Jaber/Jabir; زيدان:Zidan/Zeidan; فرحات:Farhat; غانم:Ghanem/Ghanim
طه:Taha; رزق:Rizk/Rizq; البنا:Al-Banna/El-Banna; الأنصاري:Al-Ansari/Alansari; القاضي:Al-Qadi/El-Kadi; الشريف:Al-Sharif/El-Sherif
المهيري:Al-Muhairi/Almheiri; الكعبي:Al-Kaabi/Alkaabi; النعيمي:Al-Nuaimi/Al Nuaimi; الهاجري:Al-Hajri/Alhajri; العنزي:Al-Anazi/Al-Enezi
البلوشي:Al-Balushi/Al Balooshi; الفلاسي:Al-Falasi/Al Falasi; الرميثي:Al-Romaithi/Al Rumaithi; السويدي:Al-Suwaidi/Al Suwaidi; الظاهري:Al-Dhaheri/Al Dhaheri
عيسى:Issa/Eissa; نصار:Nassar; قباني:Kabbani/Qabbani; عيتاني:Itani/Eitani; الصيرفي:Al-Sairafi/El-Seirafi; الدباغ:Al-Dabbagh/Dabbagh
""")
# kunya sons' names used after Abu
AR_KUNYA = AR_MALE[:40]

# ----------------------------------------------------------------- Persian
FA_MALE = _p("""
محمد:Mohammad/Mohamad; علی:Ali; حسن:Hassan/Hasan; حسین:Hossein/Hosein; رضا:Reza; امیر:Amir; حمید:Hamid; مجید:Majid; سعید:Saeed/Saied
مسعود:Masoud/Massoud; محسن:Mohsen; مرتضی:Morteza; مجتبی:Mojtaba; جواد:Javad; علیرضا:Alireza; محمدرضا:Mohammadreza/Mohammad Reza
بهروز:Behrouz/Behruz; فرهاد:Farhad; بهرام:Bahram; کامران:Kamran; داریوش:Dariush/Daryoush; شهرام:Shahram; سیامک:Siamak; پیمان:Peyman/Payman
بابک:Babak; رامین:Ramin; مهرداد:Mehrdad; فرشید:Farshid; نادر:Nader; کاوه:Kaveh; آرش:Arash; سینا:Sina; پویا:Pouya/Puya; مهدی:Mehdi/Mahdi
ابراهیم:Ebrahim/Ibrahim; اسماعیل:Esmaeil/Esmail; یوسف:Yousef/Yusef; کریم:Karim; ناصر:Naser/Nasser; جعفر:Jafar/Jaafar; صادق:Sadegh/Sadeq
هادی:Hadi; مصطفی:Mostafa; منصور:Mansour; احمد:Ahmad; عباس:Abbas; حمیدرضا:Hamidreza; غلامرضا:Gholamreza; امید:Omid; وحید:Vahid
""")
FA_FEMALE = _p("""
مریم:Maryam; فاطمه:Fatemeh; زهرا:Zahra; نرگس:Narges; لیلا:Leila/Leyla; سارا:Sara; شیرین:Shirin; پریسا:Parisa; الهام:Elham; نسرین:Nasrin
مهسا:Mahsa; نگار:Negar; سمیرا:Samira; آزاده:Azadeh; فرزانه:Farzaneh; مینا:Mina; ندا:Neda; رویا:Roya; طاهره:Tahereh; معصومه:Masoumeh
""")
FA_FAMILY = _p("""
تهرانی:Tehrani; کریمی:Karimi; احمدی:Ahmadi; محمدی:Mohammadi; جعفری:Jafari/Jaafari; صادقی:Sadeghi/Sadeqi; رحیمی:Rahimi; کاظمی:Kazemi
قاسمی:Ghasemi/Qasemi; نوری:Nouri/Noori; شریفی:Sharifi; اکبری:Akbari; حیدری:Heidari/Heydari; فراهانی:Farahani; زارعی:Zarei/Zare'i; یزدانی:Yazdani
نجفی:Najafi; طاهری:Taheri; امینی:Amini; نیک‌نام:Niknam; خسروی:Khosravi; ملکی:Maleki; سلطانی:Soltani; عباسی:Abbasi; میرزایی:Mirzaei/Mirzaie
یوسفی:Yousefi/Yusefi; قربانی:Ghorbani/Qorbani; پورمحمدی:Pourmohammadi; شیرازی:Shirazi; اصفهانی:Esfahani/Isfahani; تبریزی:Tabrizi; کرمانی:Kermani
رستمی:Rostami; بهرامی:Bahrami; نظری:Nazari; فتحی:Fathi; منصوری:Mansouri; جلالی:Jalali; مرادی:Moradi; صفری:Safari; نوروزی:Nowruzi/Norouzi
توکلی:Tavakoli/Tavakkoli; خلیلی:Khalili; دهقان:Dehghan; افشار:Afshar; کیانی:Kiani/Kiyani; اسدی:Asadi; شجاعی:Shojaei/Shojaie; بیگی:Beigi
نیکپور:Nikpour; آقایی:Aghaei/Aghaie; فرجی:Faraji; حسن‌زاده:Hassanzadeh; علیزاده:Alizadeh; قلی‌زاده:Gholizadeh; رنجبر:Ranjbar; سبحانی:Sobhani
گودرزی:Goudarzi; شاه‌محمدی:Shahmohammadi; دلاوری:Delavari; کامیاب:Kamyab; بهشتی‌پور:Beheshtipour; میرحسینی:Mirhosseini; زرگر:Zargar; کشاورز:Keshavarz
""")
FA_BRAND = _p("""
آریا:Arya/Aria; کاوش:Kavosh; نوین:Novin; پیشرو:Pishro; سپهر:Sepehr; آسمان:Aseman; البرز:Alborz; زاگرس:Zagros; سهند:Sahand
کیان:Kian; آرمان:Arman; صبا:Saba; تدبیر:Tadbir; نگین:Negin; رایان:Rayan; فراز:Faraz; آوا:Ava; ستاره:Setareh; بهین:Behin; پرتو:Partow/Parto
آتی:Ati; مهرگان:Mehregan; سامان:Saman; ارغوان:Arghavan; تیراژ:Tiraj; هامون:Hamoon/Hamun; نیلوفر:Niloufar; آذرخش:Azarakhsh; پارسه:Parseh
گستر:Gostar; راهبرد:Rahbord; کهکشان:Kahkeshan; بنیان:Bonyan; پایا:Paya; ایده:Ideh; فناور:Fanavar; ماهان:Mahan; آرین:Arian; یکتا:Yekta
""")
FA_IND = [("صنایع", "Sanaye", "Industries"), ("مهندسی", "Mohandesi", "Engineering"), ("بازرگانی", "Bazargani", "Trading"),
          ("الکترونیک", "Electronic", "Electronics"), ("فناوری", "Fanavari", "Technology"), ("کشتیرانی", "Keshtirani", "Shipping"),
          ("حمل و نقل", "Haml va Naghl", "Transport"), ("تجهیزات", "Tajhizat", "Equipment"), ("صنعتی", "Sanati", "Industrial"),
          ("شیمی", "Shimi", "Chemical"), ("ماشین‌سازی", "Mashin Sazi", "Machinery")]

AR_BRAND = _p("""
النور:Al Noor/Al-Nour; الأمل:Al Amal; الفجر:Al Fajr; الرواد:Al Rowad/Al Ruwad; الخليج:Al Khaleej/Gulf; الريان:Al Rayyan; الواحة:Al Waha/Oasis
النخبة:Al Nukhba/Elite; المستقبل:Al Mustaqbal; الهدى:Al Huda; الإتقان:Al Itqan; الرائد:Al Raed; الشروق:Al Shorouq; الأفق:Al Ofoq/Horizon
الأصيل:Al Aseel; الدانة:Al Dana; النجمة:Al Najma; الصقر:Al Saqr/Falcon; المنارة:Al Manara; الوفاء:Al Wafaa; الرمال:Al Rimal; السنابل:Al Sanabel
الينابيع:Al Yanabee; البيان:Al Bayan; الفيحاء:Al Fayhaa; الياسمين:Al Yasmeen; الغدير:Al Ghadeer; الربيع:Al Rabie; البستان:Al Bustan; القمة:Al Qemma/Summit
""")
AR_IND = [("للتجارة العامة", "General Trading"), ("للمقاولات", "Contracting"), ("للصناعات الهندسية", "Engineering Industries"),
          ("للشحن والخدمات اللوجستية", "Shipping & Logistics"), ("للاستيراد والتصدير", "Import & Export"), ("للمعدات الصناعية", "Industrial Equipment"),
          ("للتقنية", "Technology"), ("للأعمال الكهروميكانيكية", "Electromechanical Works")]

# ----------------------------------------------------------------- Pashto / Urdu (romanised only)
PK_GIVEN = """Gul Zaman; Rahmatullah; Naveed; Imran; Faisal; Asif; Tariq; Bilal; Usman; Hamid; Shahid; Waqar; Zubair; Kashif; Adnan; Fawad; Noor Ahmad;
Zabihullah; Hekmatullah; Samiullah; Najibullah; Habibullah; Ahmad Shah; Mir Wais; Sher Ali; Khan Mohammad; Abdul Wahid; Abdul Qadir; Fazal; Ihsanullah;
Junaid; Saqib; Haroon; Irfan; Sohail; Nadeem; Kamran; Rizwan; Shoaib; Ayesha; Sana; Nazia; Farzana; Rukhsana; Shabnam; Mehwish""".replace("\n", " ").split(";")
PK_GIVEN = [x.strip() for x in PK_GIVEN if x.strip()]
PK_FAMILY = """Khan; Ahmadzai; Yusufzai; Afridi; Durrani; Popalzai; Shinwari; Wardak; Niazi; Qureshi; Chaudhry; Malik; Butt; Siddiqui; Rana; Sheikh;
Iqbal; Javed; Aslam; Akhtar; Mirza; Baig; Awan; Khattak; Mohmand; Bangash; Kakar; Achakzai; Safi; Stanikzai; Sahak; Jadoon; Abbasi; Gondal; Warraich;
Bhatti; Cheema; Khokhar; Rajput; Ansari; Hashmi; Zaidi; Naqvi; Rizvi; Kazmi; Memon; Soomro; Baloch; Mengal""".replace("\n", " ").split(";")
PK_FAMILY = [x.strip() for x in PK_FAMILY if x.strip()]

# ----------------------------------------------------------------- Korean
KO_SURNAME = {  # hangul: (DPRK style, ROK RR, ROK informal)
 "김": ("Kim", "Gim", "Kim"), "이": ("Ri", "I", "Lee"), "리": ("Ri", "Ri", "Lee"), "박": ("Pak", "Bak", "Park"), "최": ("Choe", "Choe", "Choi"),
 "정": ("Jong", "Jeong", "Jung"), "강": ("Kang", "Gang", "Kang"), "조": ("Jo", "Jo", "Cho"), "윤": ("Yun", "Yun", "Yoon"), "장": ("Jang", "Jang", "Chang"),
 "림": ("Rim", "Rim", "Lim"), "임": ("Im", "Im", "Lim"), "한": ("Han", "Han", "Han"), "오": ("O", "O", "Oh"), "서": ("So", "Seo", "Suh"),
 "신": ("Sin", "Sin", "Shin"), "권": ("Kwon", "Gwon", "Kwon"), "황": ("Hwang", "Hwang", "Hwang"), "안": ("An", "An", "Ahn"), "송": ("Song", "Song", "Song"),
 "류": ("Ryu", "Ryu", "Yoo"), "전": ("Jon", "Jeon", "Jun"), "홍": ("Hong", "Hong", "Hong"), "고": ("Ko", "Go", "Koh"), "문": ("Mun", "Mun", "Moon"),
 "양": ("Yang", "Yang", "Yang"), "손": ("Son", "Son", "Sohn"), "배": ("Pae", "Bae", "Bae"), "백": ("Paek", "Baek", "Baek"), "허": ("Ho", "Heo", "Hur"),
 "남": ("Nam", "Nam", "Nam"), "심": ("Sim", "Sim", "Shim"), "노": ("No", "No", "Roh"), "하": ("Ha", "Ha", "Ha"), "주": ("Ju", "Ju", "Joo"),
 "구": ("Ku", "Gu", "Koo"), "민": ("Min", "Min", "Min"), "진": ("Jin", "Jin", "Chin"), "지": ("Ji", "Ji", "Jee"), "차": ("Cha", "Cha", "Cha"),
 "엄": ("Om", "Eom", "Uhm"), "원": ("Won", "Won", "Won"), "방": ("Pang", "Bang", "Bang"), "현": ("Hyon", "Hyeon", "Hyun"), "함": ("Ham", "Ham", "Hahm"),
 "변": ("Pyon", "Byeon", "Byun"), "염": ("Yom", "Yeom", "Yeom"), "여": ("Yo", "Yeo", "Yeo"), "추": ("Chu", "Chu", "Choo"), "도": ("To", "Do", "Do"),
 "석": ("Sok", "Seok", "Suk"), "선": ("Son", "Seon", "Sun"), "설": ("Sol", "Seol", "Sul"), "마": ("Ma", "Ma", "Ma"), "길": ("Kil", "Gil", "Kil"),
 "연": ("Yon", "Yeon", "Yun"), "표": ("Phyo", "Pyo", "Pyo"), "명": ("Myong", "Myeong", "Myung"), "기": ("Ki", "Gi", "Ki"), "반": ("Pan", "Ban", "Bahn"),
 "금": ("Kum", "Geum", "Keum"), "옥": ("Ok", "Ok", "Ok"), "인": ("In", "In", "In"), "맹": ("Maeng", "Maeng", "Maeng"), "탁": ("Thak", "Tak", "Tak"),
 "태": ("Thae", "Tae", "Tae"), "계": ("Kye", "Gye", "Kye"), "채": ("Chae", "Chae", "Chae"), "우": ("U", "U", "Woo"), "봉": ("Pong", "Bong", "Bong"),
}
KO_GIVEN_SYL = list("영수철호성일남혁준현진광명석국동원혜경희은정순미숙옥란주우태용학범봉춘상재훈기선윤화연식길만덕복룡근규하지서도빈아나민유승찬건")
KO_BRAND_SYL = list("대성한영진세동신일우명태화광해금삼보원정창경유현승은용제흥남서상미선호")
KO_DPRK_BRAND = ["금강", "백운", "만수", "청송", "해금", "은하", "새별", "동방", "삼천리", "대동", "금성", "미래", "한빛", "봉화", "진달래", "능라",
                 "창광", "칠보", "송악", "락원", "보배", "명성", "매봉", "룡악", "장수", "태양", "려명", "승리", "청류", "동해", "서해", "해돋이",
                 "붉은별", "광복", "개선", "룡성", "삼지연", "평양", "남포", "원산", "함흥", "해주", "강계", "혜산", "평성", "정주", "순천", "안주"]

# ----------------------------------------------------------------- Chinese
CANTO_SURNAME = {"陳": "Chan", "黃": "Wong", "李": "Lee", "張": "Cheung", "梁": "Leung", "劉": "Lau", "林": "Lam", "吳": "Ng", "何": "Ho", "郭": "Kwok",
                 "馬": "Ma", "羅": "Law", "鄭": "Cheng", "謝": "Tse", "楊": "Yeung", "麥": "Mak", "葉": "Yip", "蔡": "Choi", "曾": "Tsang", "周": "Chow",
                 "盧": "Lo", "余": "Yu", "鄧": "Tang", "蘇": "So", "朱": "Chu", "潘": "Poon", "方": "Fong", "袁": "Yuen", "馮": "Fung", "譚": "Tam",
                 "胡": "Wu", "許": "Hui", "區": "Au", "關": "Kwan", "鍾": "Chung", "姚": "Yiu", "莫": "Mok", "湯": "Tong", "彭": "Pang", "黎": "Lai"}
CANTO_GIVEN = {"偉": "Wai", "明": "Ming", "志": "Chi", "強": "Keung", "文": "Man", "華": "Wah", "國": "Kwok", "建": "Kin", "家": "Ka", "俊": "Chun",
               "嘉": "Ka", "詠": "Wing", "永": "Wing", "美": "Mei", "玲": "Ling", "芳": "Fong", "麗": "Lai", "秀": "Sau", "英": "Ying", "德": "Tak",
               "輝": "Fai", "光": "Kwong", "健": "Kin", "浩": "Ho", "子": "Tsz", "敏": "Man", "慧": "Wai", "欣": "Yan", "儀": "Yee", "思": "Sze",
               "穎": "Wing", "傑": "Kit", "豪": "Ho", "達": "Tat", "興": "Hing", "成": "Shing", "安": "On", "康": "Hong", "寶": "Po", "雄": "Hung",
               "清": "Ching", "泰": "Tai", "耀": "Yiu", "森": "Sum", "鴻": "Hung", "錦": "Kam", "少": "Siu", "詩": "Sze", "月": "Yuet", "婷": "Ting",
               "翠": "Chui", "珍": "Chun", "潔": "Kit", "雅": "Nga", "琪": "Kei", "卓": "Cheuk", "立": "Lap", "銘": "Ming", "樂": "Lok", "昌": "Cheong"}
CN_BRAND_CHARS = "恒达华信鑫源宏泰永盛金鹏天润瑞丰博远凯联创锦程嘉汇通海纳顺祥明辉宝利兴隆康安诚德正和美亿星晟蓝佳科峰中新东方益泽昊宇腾飞"
CN_CITY = [("深圳市", "Shenzhen"), ("广州市", "Guangzhou"), ("大连", "Dalian"), ("宁波", "Ningbo"), ("青岛", "Qingdao"), ("苏州", "Suzhou"), ("无锡", "Wuxi"),
           ("厦门", "Xiamen"), ("东莞市", "Dongguan"), ("杭州", "Hangzhou"), ("南京", "Nanjing"), ("成都", "Chengdu"), ("西安", "Xi'an"), ("武汉", "Wuhan"),
           ("沈阳", "Shenyang"), ("珠海", "Zhuhai"), ("佛山市", "Foshan"), ("温州", "Wenzhou"), ("长沙", "Changsha"), ("郑州", "Zhengzhou"), ("济南", "Jinan"),
           ("合肥", "Hefei"), ("昆明", "Kunming"), ("烟台", "Yantai"), ("威海", "Weihai"), ("常州", "Changzhou"), ("中山市", "Zhongshan"), ("泉州", "Quanzhou"),
           ("绍兴", "Shaoxing"), ("南通", "Nantong"), ("洛阳", "Luoyang"), ("株洲", "Zhuzhou"), ("绵阳", "Mianyang"), ("长春", "Changchun"), ("大庆", "Daqing")]
CN_IND = [("电子科技", "Electronic Technology"), ("贸易", "Trading"), ("进出口", "Import & Export"), ("机械设备", "Machinery Equipment"),
          ("精密仪器", "Precision Instrument"), ("新材料", "New Material"), ("化工", "Chemical"), ("船务", "Shipping"), ("物流", "Logistics"),
          ("光电", "Optoelectronic"), ("自动化", "Automation"), ("航空材料", "Aviation Material"), ("通信技术", "Communication Technology"),
          ("实业", "Industrial"), ("国际贸易", "International Trade"), ("传感技术", "Sensing Technology"), ("数控设备", "CNC Equipment"), ("特种钢材", "Special Steel")]
TW_IND = [("貿易", "Trading"), ("電子", "Electronics"), ("精密機械", "Precision Machinery"), ("國際", "International"), ("科技", "Technology"),
          ("實業", "Industrial"), ("船務代理", "Shipping Agency"), ("工業", "Industrial")]

# ----------------------------------------------------------------- Cyrillic extras
SR_MALE = "Милан Драган Ненад Зоран Дејан Марко Никола Горан Бранко Милош Стефан Владимир Душан Небојша Предраг Синиша Бојан Александар".split()
SR_FEMALE = "Јелена Ивана Милица Драгана Снежана Марија Тамара Весна Гордана Бојана".split()
SR_FAMILY = ("Петровић Јовановић Николић Марковић Ђорђевић Стојановић Илић Станковић Павловић Тодоровић Ристић Живковић Костић Пешић "
             "Радосављевић Обрадовић Лазић Миленковић Вуковић Гајић Јанковић Симић Бабић Стевановић Филиповић Ђурић Милутиновић").split()
BY_MALE = "Аляксандр Сяргей Андрэй Мікалай Уладзімір Дзмітрый Павел Віктар Алег Ігар Юрый Раман Вадзім Міхаіл".split()
BY_FEMALE = "Вольга Наталля Таццяна Алена Святлана Ірына Марына Кацярына".split()
BY_FAMILY = ("Каваленка Шапавалаў Ковальчук Навумчык Грыгаровіч Лапцэвіч Станкевіч Карповіч Жук Мароз Дашкевіч Пятровіч Бародзіч "
             "Калінкевіч Сідарэнка Ярашэвіч Тарасевіч Мацкевіч Радзевіч Бабровіч").split()
BY_PATR = "Іванавіч Пятровіч Мікалаевіч Сяргеевіч Аляксандравіч Віктаравіч Уладзіміравіч Міхайлавіч".split()
KZ_MALE = "Нұрлан Асхат Ерлан Даурен Бауыржан Арман Талғат Серік Ғалым Мұрат Қайрат Ержан Айдос Дәулет Жандос Марат Руслан Санжар".split()
KZ_FEMALE = "Айгүл Гүлнар Динара Әсем Жанар Сәуле Ақмарал Аружан Мадина Салтанат".split()
KZ_FAMILY = ("Сейтқали Жұмабаев Нұрпейісов Әбдірахманов Тоқтаров Бекмұхамбетов Оспанов Қасымов Ермеков Құдайбергенов Мұқанов Сәрсенбаев "
             "Байжанов Ахметжанов Төлегенов Исабеков Жақсылықов Омаров Сүлейменов Кенжебеков").split()
KZ_FATHER = "Серік Қайрат Болат Мұрат Ерлан Жұмабай Бақыт Нұрлан Әділ Асқар".split()
CY_PREFIX = "Техно Пром Спец Энерго Строй Авто Агро Транс Сиб Урал Волга Нева Балт Мет Хим Электро Радио Гидро Авиа Тех Снаб Инвест Нефте Газо Сталь Лес Кабель Тепло Вент".split()
CY_SUFFIX = "сервис снаб комплект торг маш строй прибор систем проект лайн тех логистик импорт ресурс монтаж инжиниринг трейд пром групп альянс".split()
CY_WORD = "Вектор Гранит Меридиан Орион Ресурс Альтаир Сигма Аргумент Фаворит Эталон Квант Азимут Горизонт Кристалл Контур Импульс Спектр Форпост Магистраль Прогресс Стандарт Атлант Вертикаль Созвездие Рубеж Пульсар Сапфир Малахит Янтарь Берег".split()
