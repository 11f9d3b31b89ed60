"""Hand-written name pools for held-out set 4 (own word lists; entries 'native|latin1/latin2')."""


def parse(block):
    out = []
    for line in block.split(";"):
        line = line.strip()
        if not line:
            continue
        nat, _, lat = line.partition("|")
        out.append((nat.strip(), [x.strip() for x in lat.split("/") if x.strip()]))
    return out


AR_GIVEN_M = parse("""
محمد|Mohammed/Muhammad/Mohamed/Mohd.;أحمد|Ahmed/Ahmad;خالد|Khalid/Khaled;عمر|Omar/Umar;يوسف|Youssef/Yousef/Yusuf;
إبراهيم|Ibrahim/Ebrahim;عبد الله|Abdullah/Abdallah/Abd Allah;عبد الرحمن|Abdulrahman/Abd al-Rahman/Abdel Rahman;
عبد العزيز|Abdulaziz/Abd al-Aziz/Abdelaziz;عبد الكريم|Abdulkarim/Abd al-Karim/Abdelkarim;سامي|Sami/Samy;طارق|Tariq/Tarek;
فيصل|Faisal/Faysal;ماجد|Majed/Majid;هشام|Hisham/Hicham;وليد|Walid/Waleed;ياسر|Yasser/Yasir;زياد|Ziad/Ziyad;
رامي|Rami/Ramy;نبيل|Nabil/Nabeel;سعيد|Said/Saeed/Saïd;حسام|Hussam/Houssam;عادل|Adel/Adil;مصطفى|Mustafa/Moustafa/Mostafa;
أنس|Anas;بلال|Bilal;حمزة|Hamza/Hamzah;سلمان|Salman;مروان|Marwan;منصور|Mansour/Mansur;نادر|Nader/Nadir;
عماد|Imad/Emad;جمال|Jamal/Gamal;كريم|Karim/Kareem;ناصر|Nasser/Nasir;رائد|Raed/Ra'ed;بسام|Bassam;غسان|Ghassan;
قاسم|Qasim/Kassem;صالح|Saleh/Salih;منير|Munir/Mounir;شريف|Sherif/Sharif;توفيق|Tawfiq/Tawfik/Toufik;مهند|Muhannad
""")
AR_GIVEN_F = parse("""
فاطمة|Fatima/Fatma;مريم|Maryam/Mariam;نور|Nour/Noor;ليلى|Layla/Leila;سارة|Sara/Sarah;هدى|Huda/Hoda;رنا|Rana;
ريم|Reem/Rim;دعاء|Duaa/Doaa;أمل|Amal;سلمى|Salma;ياسمين|Yasmin/Yasmine;هبة|Heba/Hiba;رشا|Rasha;لينا|Lina;
منى|Mona/Muna;عائشة|Aisha/Aicha;زينب|Zainab/Zeinab;خديجة|Khadija/Khadijah;نادية|Nadia/Nadiya;سهى|Suha/Soha
""")
AR_FAMILY = parse("""
الحسيني|al-Husseini/El Husseini;الزعبي|al-Zoubi/Alzoubi;الخطيب|al-Khatib/El Khatib;العمري|al-Omari/Alomari;
الشمري|al-Shammari/Alshammari;القحطاني|al-Qahtani;المطيري|al-Mutairi;الدوسري|al-Dosari/Aldossary;
الحربي|al-Harbi/Alharbi;العتيبي|al-Otaibi/Alotaibi;الغامدي|al-Ghamdi/Alghamdi;الزهراني|al-Zahrani/Alzahrani;
حداد|Haddad;نصار|Nassar;خوري|Khoury/Khouri;عيسى|Issa/Eissa;بركات|Barakat;سلامة|Salameh/Salama;
منصور|Mansour;يونس|Younis/Younes/Yunus;عثمان|Othman/Osman;الشريف|al-Sharif/El Sherif;عبد الحميد|Abdelhamid/Abd al-Hamid;
البنا|al-Banna/El Banna;السيد|El Sayed/al-Sayyid;فرحات|Farhat;الجبوري|al-Jubouri/Aljubouri;الدليمي|al-Dulaimi;
التميمي|al-Tamimi/Altamimi;الكعبي|al-Kaabi/Alkaabi;المهيري|al-Muhairi/Almheiri;النعيمي|al-Nuaimi/Alnuaimi;
بن علي|Ben Ali;بوزيد|Bouzid;بن سالم|Ben Salem;العلوي|El Alaoui/al-Alawi;الإدريسي|El Idrissi/al-Idrisi;
قاسمي|Kacimi/Qasimi;بلحاج|Belhadj;شرف|Sharaf/Charaf;عواد|Awad/Awwad;درويش|Darwish/Darwiche;
زيدان|Zidan/Zeidan;العنزي|al-Anazi/Alanazi;الفارس|al-Fares/Alfares;الصباغ|al-Sabbagh/Sabbagh;قباني|Kabbani/Qabbani
""")
FA_GIVEN_M = parse("""
محمد|Mohammad/Mohamad/Mohammed;علی|Ali;رضا|Reza;حسین|Hossein/Hosein/Hussein;مهدی|Mehdi/Mahdi;امیر|Amir;
علیرضا|Alireza/Ali Reza;محمدرضا|Mohammadreza/Mohammad Reza;حمید|Hamid;سعید|Saeed/Saeid/Said;مجید|Majid;
داریوش|Dariush/Daryoush;کامران|Kamran;بهروز|Behrouz/Behrooz;فرهاد|Farhad;پیمان|Peyman/Payman;کیوان|Keyvan/Kayvan;
بابک|Babak;آرش|Arash;سیاوش|Siavash/Siavosh;شهرام|Shahram;مسعود|Masoud/Massoud;جواد|Javad;غلامرضا|Gholamreza/Gholam Reza;
ابوالفضل|Abolfazl/Abol Fazl;مرتضی|Morteza/Mortaza;مصطفی|Mostafa;بهنام|Behnam;نیما|Nima;سینا|Sina;
کوروش|Kourosh/Koorosh;میلاد|Milad;یاسر|Yaser/Yasser;هادی|Hadi;پرویز|Parviz/Parwiz;اکبر|Akbar;ایرج|Iraj
""")
FA_GIVEN_F = parse("""
زهرا|Zahra;مریم|Maryam;فاطمه|Fatemeh/Fatima;نرگس|Narges;شیرین|Shirin;مهسا|Mahsa;نسرین|Nasrin;پریسا|Parisa;
لیلا|Leila/Layla;سپیده|Sepideh;مینا|Mina;آزاده|Azadeh;نگار|Negar;الهام|Elham;سمیرا|Samira;کیمیا|Kimia;
یاسمن|Yasaman/Yasmin;فرناز|Farnaz;گلناز|Golnaz;هانیه|Hanieh/Haniyeh
""")
FA_FAMILY = parse("""
کریمی|Karimi;رحیمی|Rahimi;حسینی|Hosseini/Hoseini;موسوی|Mousavi/Moussavi/Musavi;جعفری|Jafari/Jaafari;
محمدی|Mohammadi;صادقی|Sadeghi/Sadeqi;قاسمی|Ghasemi/Qasemi;رضایی|Rezaei/Rezaee;کاظمی|Kazemi;
تهرانی|Tehrani;شیرازی|Shirazi;اصفهانی|Esfahani/Isfahani;یزدانی|Yazdani;نوروزی|Norouzi/Nowruzi;
فرهادی|Farhadi;بهرامی|Bahrami;خسروی|Khosravi;امینی|Amini;مرادی|Moradi;زارعی|Zarei/Zare'i;
سلطانی|Soltani;اکبری|Akbari;عباسی|Abbasi;کیانی|Kiani/Kiyani;پورمحمدی|Pourmohammadi/Pour Mohammadi;
نیکخواه|Nikkhah;دهقان|Dehghan/Dehqan;ملکی|Maleki;آقایی|Aghaei/Aghaee;کرمانی|Kermani;افشار|Afshar;
طاهری مقدم|Taheri Moghaddam;علوی تبار|Alavi Tabar;حسینی نژاد|Hosseini Nejad/Hosseininejad;
میرزایی|Mirzaei/Mirzaee;قربانی|Ghorbani/Qorbani;شاهرخی|Shahrokhi;نجفی|Najafi;باقری|Bagheri/Baqeri;
صالحی|Salehi;رستمی|Rostami;فتحی|Fathi;اسدی|Asadi;جلالی|Jalali;منصوری|Mansouri;بیگی|Beigi/Beygi;
شریف زاده|Sharifzadeh/Sharif Zadeh;حیدری|Heydari/Heidari;کاشانی|Kashani;قزوینی|Ghazvini/Qazvini;
توکلی|Tavakoli/Tavakkoli;اشرفی|Ashrafi;رفیعی|Rafiei/Rafiee
""")

# Chinese: (hanzi, pinyin, Wade-Giles)
ZH_FAMILY = [("王", "Wang", "Wang"), ("李", "Li", "Li"), ("张", "Zhang", "Chang"), ("刘", "Liu", "Liu"),
             ("陈", "Chen", "Ch'en"), ("杨", "Yang", "Yang"), ("黄", "Huang", "Huang"), ("赵", "Zhao", "Chao"),
             ("周", "Zhou", "Chou"), ("吴", "Wu", "Wu"), ("徐", "Xu", "Hsu"), ("孙", "Sun", "Sun"),
             ("朱", "Zhu", "Chu"), ("郭", "Guo", "Kuo"), ("林", "Lin", "Lin"), ("何", "He", "Ho"),
             ("高", "Gao", "Kao"), ("罗", "Luo", "Lo"), ("郑", "Zheng", "Cheng"), ("谢", "Xie", "Hsieh"),
             ("蔡", "Cai", "Ts'ai"), ("曹", "Cao", "Ts'ao"), ("邓", "Deng", "Teng"), ("许", "Xu", "Hsu"),
             ("萧", "Xiao", "Hsiao"), ("钟", "Zhong", "Chung"), ("秦", "Qin", "Ch'in"), ("邱", "Qiu", "Ch'iu"),
             ("江", "Jiang", "Chiang"), ("蒋", "Jiang", "Chiang"), ("彭", "Peng", "P'eng"), ("詹", "Zhan", "Chan")]
ZH_GIVEN = [("志", "zhi", "chih"), ("明", "ming", "ming"), ("建", "jian", "chien"), ("国", "guo", "kuo"),
            ("华", "hua", "hua"), ("晓", "xiao", "hsiao"), ("俊", "jun", "chün"), ("嘉", "jia", "chia"),
            ("欣", "xin", "hsin"), ("婷", "ting", "t'ing"), ("宇", "yu", "yü"), ("浩", "hao", "hao"),
            ("子", "zi", "tzu"), ("清", "qing", "ch'ing"), ("德", "de", "te"), ("文", "wen", "wen"),
            ("春", "chun", "ch'un"), ("秀", "xiu", "hsiu"), ("泽", "ze", "tse"), ("昌", "chang", "ch'ang"),
            ("静", "jing", "ching"), ("兰", "lan", "lan"), ("鹏", "peng", "p'eng"), ("凯", "kai", "k'ai"),
            ("瑞", "rui", "jui"), ("荣", "rong", "jung"), ("忠", "zhong", "chung"), ("庆", "qing", "ch'ing"),
            ("天", "tian", "t'ien"), ("海", "hai", "hai"), ("振", "zhen", "chen"), ("铭", "ming", "ming"),
            ("雪", "xue", "hsüeh"), ("思", "si", "ssu"), ("慧", "hui", "hui"), ("成", "cheng", "ch'eng")]
CANTONESE_FAMILY = ["Chan", "Wong", "Cheung", "Lau", "Leung", "Ho", "Tsang", "Lam", "Yip", "Ng", "Kwok", "Tse",
                    "Chow", "Fung", "Tang", "Lo", "Mak", "Siu", "Yeung", "Kwan"]
CANTONESE_GIVEN = ["Ka", "Wai", "Man", "Kin", "Chi", "Yuk", "Siu", "Hon", "Kwok", "Ming", "Fai", "Ling", "Wing",
                   "Hoi", "Tak", "Sze", "Yan", "Kit", "Lok", "Shing"]

KO_GIVEN_POP = {  # popular (passport) spellings of frequent given-name syllables
    "영": "Young", "수": "Soo", "민": "Min", "준": "Joon", "현": "Hyun", "성": "Sung", "진": "Jin", "우": "Woo",
    "지": "Ji", "은": "Eun", "혜": "Hye", "정": "Jung", "석": "Suk", "동": "Dong", "호": "Ho", "철": "Chul",
    "경": "Kyung", "희": "Hee", "선": "Sun", "재": "Jae", "훈": "Hoon", "태": "Tae", "상": "Sang", "용": "Yong",
}

RU_ORG_WORDS = ["Северный Ветер", "Техностиль", "Волгаснаб", "Уралпромкомплект", "Балтийская Гавань", "Светоч",
                "Альфа-Интегра", "Сибирский Кедр", "Ладога-Сервис", "Вектор Плюс", "Медовый Луг", "Промтекстиль",
                "Зелёная Долина", "Стройресурс-М", "Камская Мануфактура", "Орион-Лоджистик", "Белый Парус",
                "Новые Горизонты", "Тульский Пряник", "Агрохолдинг Заречье", "Гранит-Строй", "Полярная Звезда",
                "ТехноЛайн", "Русский Самовар", "Вологодское Масло", "Кубань-Агро", "ЭкоДом", "Старый Мельник",
                "Астра-Мед", "Солнечный Берег", "Электросвет", "Импульс-Т", "Мега-Трейд", "Лесная Поляна"]
UK_ORG_WORDS = ["Карпатський Мед", "Дніпро-Агро", "Полтавська Галушка", "Світанок", "Яблуневий Сад", "Слобожанщина",
                "Подільська Кераміка", "Зелений Гай", "Веселка", "Київ-Текстиль", "Одеська Рибка", "Волинь-Ліс",
                "Чумацький Шлях", "Буковинська Сироварня", "Лелека"]
BE_ORG_WORDS = ["Белая Вежа", "Палескі Мёд", "Радзімка", "Нёман-Тэкс", "Лясная Казка", "Васілёк", "Мінскі Хлеб",
                "Браслаўскія Азёры"]
BG_ORG_WORDS = ["Родопи Мляко", "Балкан Транс", "Тракийско Злато", "Черноморски Бриз", "Пирин Софт", "Розова Долина",
                "Дунав Логистик", "Витоша Дизайн", "Стара Планина Агро"]
SR_ORG_WORDS = ["Шумадија Воће", "Дунавска Звезда", "Златибор Тура", "Морава Млин", "Београдски Точак", "Фрушка Гора Вино",
                "Јадар Пласт"]
BE_GIVEN_M = ["Аляксандр", "Андрэй", "Сяргей", "Уладзімір", "Міхась", "Янка", "Алесь", "Дзмітрый", "Павел", "Язэп",
              "Васіль", "Рыгор", "Юрась", "Зміцер", "Кастусь"]
BE_GIVEN_F = ["Алена", "Вольга", "Наталля", "Тацяна", "Ірына", "Святлана", "Ганна", "Марыя", "Людміла", "Кацярына"]
BE_FAMILY = ["Каваленка", "Шаўчук", "Лукашэвіч", "Бандарэнка", "Жук", "Навумчык", "Мароз", "Кудзіновіч", "Сінкевіч",
             "Дубоўскі", "Бяляўскі", "Гурскі", "Мельнік", "Карповіч", "Латушка", "Станкевіч", "Ярмоленка", "Касцюк"]
BE_PATR_M = ["Аляксандравіч", "Іванавіч", "Сяргеевіч", "Міхайлавіч", "Пятровіч", "Уладзіміравіч", "Васільевіч"]
BE_PATR_F = ["Аляксандраўна", "Іванаўна", "Сяргееўна", "Міхайлаўна", "Пятроўна", "Уладзіміраўна"]
SR_GIVEN_M = ["Милош", "Ненад", "Дејан", "Бојан", "Марко", "Душан", "Зоран", "Горан", "Никола", "Стефан", "Владимир",
              "Александар", "Драган", "Вук", "Лазар", "Огњен", "Предраг"]
SR_GIVEN_F = ["Јелена", "Милица", "Ана", "Драгана", "Бојана", "Ивана", "Тамара", "Снежана", "Јована", "Марија"]
SR_FAMILY = ["Петровић", "Јовановић", "Николић", "Марковић", "Ђорђевић", "Стојановић", "Илић", "Станковић",
             "Павловић", "Милошевић", "Томић", "Поповић", "Којић", "Лазић", "Ђурић", "Симић", "Вукчевић", "Радовановић"]
