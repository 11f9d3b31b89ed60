"""Hand-written name parts for heldout-9 (written for this set; not copied from any earlier set).

Each native-script part carries its Latin readings (first = the spelling this set prints, the rest = variants
used only as filter shadows)."""

# ---------------------------------------------------------------- Persian (Iran)
FA_GIVEN_M = [
    ('محمد', ['Mohammad', 'Mohammed', 'Muhammad']), ('علی', ['Ali']), ('حسین', ['Hossein', 'Hosein', 'Husain']),
    ('رضا', ['Reza']), ('مهدی', ['Mehdi', 'Mahdi']), ('حسن', ['Hassan', 'Hasan']), ('امیر', ['Amir']),
    ('سعید', ['Saeed', 'Said']), ('مجید', ['Majid']), ('حمید', ['Hamid']), ('مسعود', ['Masoud', 'Masood']),
    ('جواد', ['Javad', 'Jawad']), ('احمد', ['Ahmad']), ('محسن', ['Mohsen', 'Mohsin']), ('مصطفی', ['Mostafa', 'Mustafa']),
    ('بهروز', ['Behrouz', 'Behrooz']), ('فرهاد', ['Farhad']), ('کامران', ['Kamran']), ('داریوش', ['Dariush', 'Daryoush']),
    ('سیاوش', ['Siavash', 'Siyavash']), ('پویا', ['Pouya', 'Puya']), ('آرش', ['Arash']), ('بابک', ['Babak']),
    ('کاوه', ['Kaveh']), ('نیما', ['Nima']), ('شهرام', ['Shahram']), ('بهنام', ['Behnam']), ('پیمان', ['Peyman', 'Payman']),
    ('رامین', ['Ramin']), ('افشین', ['Afshin']), ('سهراب', ['Sohrab']), ('مهران', ['Mehran']), ('کیوان', ['Keyvan', 'Kayvan']),
    ('اکبر', ['Akbar']), ('ابراهیم', ['Ebrahim', 'Ibrahim']), ('یوسف', ['Yousef', 'Yusuf']), ('نادر', ['Nader']),
    ('منصور', ['Mansour', 'Mansur']), ('سینا', ['Sina']), ('هومن', ['Houman', 'Human']), ('شاهین', ['Shahin']),
    ('فرزاد', ['Farzad']), ('میلاد', ['Milad']), ('وحید', ['Vahid', 'Wahid']), ('یاسر', ['Yaser', 'Yasser']),
]
FA_GIVEN_F = [
    ('مریم', ['Maryam']), ('زهرا', ['Zahra']), ('فاطمه', ['Fatemeh', 'Fatima']), ('نرگس', ['Narges']),
    ('لیلا', ['Leila', 'Layla']), ('شیرین', ['Shirin']), ('پریسا', ['Parisa']), ('سمیرا', ['Samira']),
    ('نازنین', ['Nazanin']), ('الهام', ['Elham']), ('مهسا', ['Mahsa']), ('نسرین', ['Nasrin']), ('آزاده', ['Azadeh']),
    ('رویا', ['Roya']), ('ژیلا', ['Zhila', 'Jila']), ('سپیده', ['Sepideh']), ('مینا', ['Mina']), ('ترانه', ['Taraneh']),
]
FA_FAMILY = [
    ('احمدی', ['Ahmadi']), ('حسینی', ['Hosseini', 'Hoseini']), ('رضایی', ['Rezaei', 'Rezaee', 'Rezaie']),
    ('محمدی', ['Mohammadi']), ('کریمی', ['Karimi']), ('رحیمی', ['Rahimi']), ('موسوی', ['Mousavi', 'Musavi']),
    ('جعفری', ['Jafari', 'Jafary']), ('صادقی', ['Sadeghi', 'Sadeqi']), ('کاظمی', ['Kazemi']), ('نوری', ['Nouri', 'Noori']),
    ('قاسمی', ['Ghasemi', 'Qasemi']), ('حیدری', ['Heydari', 'Heidari']), ('عباسی', ['Abbasi']), ('اکبری', ['Akbari']),
    ('یزدانی', ['Yazdani']), ('شریفی', ['Sharifi']), ('نجفی', ['Najafi']), ('طاهری', ['Taheri']), ('زارعی', ['Zarei']),
    ('بهرامی', ['Bahrami']), ('فرهادی', ['Farhadi']), ('منصوری', ['Mansouri']), ('اسدی', ['Asadi']),
    ('رستمی', ['Rostami']), ('کرمانی', ['Kermani']), ('تهرانی', ['Tehrani']), ('شیرازی', ['Shirazi']),
    ('اصفهانی', ['Esfahani', 'Isfahani']), ('تبریزی', ['Tabrizi']), ('قزوینی', ['Ghazvini', 'Qazvini']),
    ('خراسانی', ['Khorasani']), ('مرادی', ['Moradi']), ('امیری', ['Amiri']), ('باقری', ['Bagheri', 'Baqeri']),
    ('فتحی', ['Fathi']), ('شجاعی', ['Shojaei']), ('دهقان', ['Dehghan', 'Dehqan']), ('نصیری', ['Nasiri']),
    ('قربانی', ['Ghorbani', 'Qorbani']), ('سبحانی', ['Sobhani']), ('خلیلی', ['Khalili']), ('آقایی', ['Aghaei']),
    ('ابراهیمی', ['Ebrahimi']), ('توکلی', ['Tavakoli']), ('کاشانی', ['Kashani']), ('صالحی', ['Salehi']),
    ('میرزایی', ['Mirzaei']), ('فلاحی', ['Fallahi']), ('زمانی', ['Zamani']), ('انصاری', ['Ansari']),
    ('هاشمی', ['Hashemi']), ('گودرزی', ['Goudarzi']), ('نظری', ['Nazari']), ('پورمحمدی', ['Pourmohammadi']),
    ('نیک‌نام', ['Niknam']), ('افشار', ['Afshar']), ('سلطانی', ['Soltani']), ('بختیاری', ['Bakhtiari']),
    ('فراهانی', ['Farahani']), ('لاریجانی', ['Larijani']), ('کیانی', ['Kiani']), ('وکیلی', ['Vakili']),
]

# ---------------------------------------------------------------- Arabic (Levant / Gulf)
AR_GIVEN_M = [
    ('محمد', ['Mohammad', 'Muhammad', 'Mohamed']), ('أحمد', ['Ahmad', 'Ahmed']), ('خالد', ['Khaled', 'Khalid']),
    ('عمر', ['Omar', 'Umar']), ('يوسف', ['Youssef', 'Yusuf']), ('إبراهيم', ['Ibrahim']), ('سامر', ['Samer']),
    ('باسل', ['Bassel', 'Basil']), ('فادي', ['Fadi']), ('رامي', ['Rami']), ('وائل', ['Wael']), ('طارق', ['Tarek', 'Tariq']),
    ('زياد', ['Ziad', 'Ziyad']), ('هشام', ['Hisham', 'Hicham']), ('ماهر', ['Maher']), ('نبيل', ['Nabil', 'Nabeel']),
    ('عماد', ['Imad', 'Emad']), ('جمال', ['Jamal', 'Gamal']), ('كريم', ['Karim', 'Kareem']), ('مازن', ['Mazen']),
    ('عادل', ['Adel', 'Adil']), ('سليم', ['Salim', 'Selim']), ('غسان', ['Ghassan']), ('حسام', ['Hussam', 'Houssam']),
    ('أنس', ['Anas']), ('بلال', ['Bilal']), ('مراد', ['Murad', 'Mourad']), ('عبد الله', ['Abdullah', 'Abdallah']),
    ('عبد الرحمن', ['Abdulrahman', 'Abdel Rahman']), ('نزار', ['Nizar']), ('جهاد', ['Jihad']), ('سامي', ['Sami']),
    ('وليد', ['Walid', 'Waleed']), ('منير', ['Munir', 'Mounir']), ('رياض', ['Riad', 'Riyad']), ('فراس', ['Firas']),
]
AR_GIVEN_F = [
    ('ليلى', ['Layla', 'Leila']), ('رنا', ['Rana']), ('هبة', ['Hiba', 'Heba']), ('سارة', ['Sara', 'Sarah']),
    ('ريم', ['Reem', 'Rim']), ('نور', ['Nour', 'Noor']), ('دينا', ['Dina']), ('لينا', ['Lina']), ('مريم', ['Mariam', 'Maryam']),
    ('رشا', ['Rasha']), ('سلمى', ['Salma']), ('هالة', ['Hala']), ('جنى', ['Jana']), ('ميساء', ['Maysa', 'Maisa']),
]
AR_FAMILY = [
    ('الحلبي', ['al-Halabi', 'Halabi']), ('الخطيب', ['al-Khatib', 'Khatib']), ('الشامي', ['al-Shami', 'Shami']),
    ('حداد', ['Haddad']), ('نصار', ['Nassar']), ('خوري', ['Khoury', 'Khouri']), ('عيسى', ['Issa']),
    ('داود', ['Daoud', 'Dawood']), ('سليمان', ['Suleiman', 'Sleiman']), ('صباغ', ['Sabbagh']), ('طحان', ['Tahhan']),
    ('درويش', ['Darwish', 'Darwiche']), ('قباني', ['Qabbani', 'Kabbani']), ('عطار', ['Attar']),
    ('الجابري', ['al-Jabiri', 'Jabiri']), ('بكري', ['Bakri']), ('حمدان', ['Hamdan']), ('الزين', ['al-Zein', 'Zein']),
    ('شهاب', ['Shihab', 'Chehab']), ('نجار', ['Najjar']), ('خياط', ['Khayyat', 'Khayat']), ('حجازي', ['Hijazi', 'Hegazy']),
    ('الرفاعي', ['al-Rifai', 'Rifai']), ('عثمان', ['Othman', 'Osman']), ('البيطار', ['al-Bitar', 'Bitar']),
    ('الصالح', ['al-Saleh', 'Saleh']), ('القاسم', ['al-Qasim', 'Qasim']), ('السمان', ['al-Samman', 'Samman']),
    ('الدباغ', ['al-Dabbagh', 'Dabbagh']), ('الحكيم', ['al-Hakim', 'Hakim']), ('العطري', ['al-Atri', 'Atri']),
    ('المصري', ['al-Masri', 'Masri']), ('البزرة', ['al-Bizra', 'Bizra']), ('الكردي', ['al-Kurdi', 'Kurdi']),
    ('الأيوبي', ['al-Ayoubi', 'Ayoubi']), ('الحمصي', ['al-Homsi', 'Homsi']), ('الطرابلسي', ['al-Trabulsi', 'Trabulsi']),
]

# ---------------------------------------------------------------- Pakistani (Latin only)
PK_GIVEN = ['Imran', 'Tariq', 'Asif', 'Kamran', 'Faisal', 'Nadeem', 'Shahid', 'Zahid', 'Waqar', 'Adnan', 'Junaid',
            'Bilal', 'Usman', 'Salman', 'Arshad', 'Naveed', 'Rizwan', 'Khurram', 'Sohail', 'Fahad', 'Irfan', 'Shoaib',
            'Ayesha', 'Sana', 'Hina', 'Saima', 'Nadia', 'Rabia', 'Sadia', 'Amna', 'Mehwish', 'Farah']
PK_FAMILY = ['Qureshi', 'Malik', 'Butt', 'Chaudhry', 'Siddiqui', 'Sheikh', 'Awan', 'Abbasi', 'Mirza', 'Rana',
             'Bhatti', 'Gondal', 'Cheema', 'Warraich', 'Niazi', 'Khattak', 'Durrani', 'Afridi', 'Baig', 'Hashmi',
             'Zaidi', 'Rizvi', 'Jafri', 'Kazmi', 'Gilani', 'Memon', 'Soomro', 'Lakhani', 'Paracha', 'Sethi']

# ---------------------------------------------------------------- Korean (Hangul syllables; readings computed)
KO_SUR_DPRK = [('김', 'Kim'), ('리', 'Ri'), ('박', 'Pak'), ('최', 'Choe'), ('정', 'Jong'), ('강', 'Kang'), ('조', 'Jo'),
               ('윤', 'Yun'), ('장', 'Jang'), ('한', 'Han'), ('오', 'O'), ('서', 'So'), ('신', 'Sin'), ('권', 'Kwon'),
               ('황', 'Hwang'), ('안', 'An'), ('송', 'Song'), ('류', 'Ryu'), ('전', 'Jon'), ('홍', 'Hong'), ('고', 'Ko'),
               ('문', 'Mun'), ('량', 'Ryang'), ('손', 'Son'), ('배', 'Pae'), ('백', 'Paek'), ('허', 'Ho'), ('남', 'Nam'),
               ('심', 'Sim'), ('로', 'Ro'), ('하', 'Ha'), ('곽', 'Kwak'), ('차', 'Cha'), ('주', 'Ju'), ('구', 'Ku'),
               ('민', 'Min'), ('라', 'Ra'), ('지', 'Ji'), ('엄', 'Om'), ('채', 'Chae'), ('원', 'Won'), ('방', 'Pang'),
               ('현', 'Hyon'), ('함', 'Ham'), ('렴', 'Ryom'), ('석', 'Sok'), ('길', 'Kil'), ('림', 'Rim'), ('태', 'Thae'),
               ('계', 'Kye'), ('탁', 'Thak'), ('편', 'Phyon'), ('명', 'Myong'), ('우', 'U'), ('도', 'To')]
KO_SUR_ROK = [('김', 'Kim'), ('이', 'Lee'), ('박', 'Park'), ('최', 'Choi'), ('정', 'Jung'), ('강', 'Kang'), ('조', 'Cho'),
              ('윤', 'Yoon'), ('장', 'Jang'), ('임', 'Lim'), ('한', 'Han'), ('오', 'Oh'), ('서', 'Seo'), ('신', 'Shin'),
              ('권', 'Kwon'), ('황', 'Hwang'), ('안', 'Ahn'), ('송', 'Song'), ('류', 'Ryu'), ('전', 'Jeon'), ('홍', 'Hong'),
              ('고', 'Ko'), ('문', 'Moon'), ('양', 'Yang'), ('손', 'Son'), ('배', 'Bae'), ('백', 'Baek'), ('허', 'Heo'),
              ('남', 'Nam'), ('노', 'Noh'), ('하', 'Ha'), ('곽', 'Kwak'), ('성', 'Sung'), ('차', 'Cha'), ('주', 'Joo'),
              ('우', 'Woo'), ('구', 'Koo'), ('민', 'Min'), ('진', 'Jin'), ('지', 'Ji'), ('엄', 'Eom'), ('채', 'Chae'),
              ('원', 'Won'), ('천', 'Cheon'), ('방', 'Bang'), ('공', 'Kong'), ('현', 'Hyun'), ('함', 'Ham'), ('변', 'Byun'),
              ('염', 'Yeom'), ('여', 'Yeo'), ('추', 'Choo'), ('도', 'Do'), ('석', 'Seok'), ('설', 'Seol'), ('마', 'Ma')]
KO_GIVEN_SYL = list('철일성남혁룡명광학수호진준국범선순옥희영복만석삼봉규택식무원경동덕은금향심애정춘태현훈용환재세한혜란미화'
                    '민서지우연하윤도유주예시은채건현빈소아린나율승찬태규재원기상')

# ---------------------------------------------------------------- Chinese (characters; pinyin computed)
ZH_SUR = list('王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史黎贺顾毛郝龚邵万钱覃武戴孔汤庞樊兰殷施陶洪翟安颜倪严牛温芦季俞章鲁葛伍申尤毕聂柴焦向柳邢骆岳齐')
ZH_GIVEN = list('伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍鹏辉建国志文斌宇浩凯健俊帆帅旭宁琳晨欣怡雪梦佳悦思源泽睿'
                '博然轩瑞涵昊天逸航晗诚毅峰岩松柏林森海波江河清亮光耀宏达庆祥福寿康乐安春夏秋冬梅竹菊莲芝蓉蕾瑶璐颖慧智')
# simplified -> traditional for the characters above that differ
ZH_TRAD = {'张': '張', '刘': '劉', '陈': '陳', '杨': '楊', '黄': '黃', '赵': '趙', '吴': '吳', '马': '馬', '郭': '郭',
           '罗': '羅', '郑': '鄭', '谢': '謝', '许': '許', '韩': '韓', '冯': '馮', '邓': '鄧', '肖': '蕭', '董': '董',
           '袁': '袁', '蒋': '蔣', '叶': '葉', '苏': '蘇', '吕': '呂', '卢': '盧', '钟': '鍾', '谭': '譚', '陆': '陸',
           '贾': '賈', '韦': '韋', '邹': '鄒', '闫': '閆', '贺': '賀', '顾': '顧', '龚': '龔', '邵': '邵', '万': '萬',
           '钱': '錢', '汤': '湯', '庞': '龐', '兰': '蘭', '颜': '顏', '严': '嚴', '芦': '蘆', '鲁': '魯', '聂': '聶',
           '骆': '駱', '齐': '齊', '伟': '偉', '丽': '麗', '强': '強', '军': '軍', '艳': '艷', '杰': '傑', '涛': '濤',
           '刚': '剛', '华': '華', '萍': '萍', '鹏': '鵬', '辉': '輝', '国': '國', '斌': '斌', '凯': '凱', '帅': '帥',
           '宁': '寧', '梦': '夢', '悦': '悅', '泽': '澤', '轩': '軒', '涵': '涵', '逸': '逸', '航': '航', '诚': '誠',
           '峰': '峰', '亮': '亮', '宏': '宏', '达': '達', '庆': '慶', '祥': '祥', '寿': '壽', '乐': '樂', '莲': '蓮',
           '蕾': '蕾', '颖': '穎', '慧': '慧', '龙': '龍', '孙': '孫', '沈': '沈', '薛': '薛', '齐': '齊', '毕': '畢',
           '岳': '岳', '汪': '汪', '亿': '億', '静': '靜', '娟': '娟', '怡': '怡', '睿': '睿', '毅': '毅'}

# ---------------------------------------------------------------- Serbian Cyrillic
SR_GIVEN_M = ['Милош', 'Марко', 'Никола', 'Стефан', 'Лазар', 'Душан', 'Драган', 'Бранко', 'Горан', 'Ненад', 'Владимир',
              'Милан', 'Јован', 'Урош', 'Вук', 'Небојша', 'Срђан', 'Жељко', 'Александар', 'Предраг', 'Дејан', 'Бојан']
SR_GIVEN_F = ['Јелена', 'Милица', 'Ана', 'Марија', 'Драгана', 'Ивана', 'Снежана', 'Тамара', 'Бојана', 'Катарина',
              'Јована', 'Невена', 'Теодора']
SR_FAMILY = ['Јовановић', 'Николић', 'Марковић', 'Ђорђевић', 'Стојановић', 'Илић', 'Станковић', 'Павловић',
             'Стефановић', 'Томић', 'Лукић', 'Ђурић', 'Васић', 'Радовановић', 'Симић', 'Костић', 'Обрадовић', 'Живковић',
             'Бошковић', 'Ћирић', 'Јанковић', 'Митровић', 'Радосављевић', 'Вуковић', 'Перишић', 'Благојевић', 'Тодоровић']
SR_LAT = {'а': 'a', 'б': 'b', 'в': 'v', 'г': 'g', 'д': 'd', 'ђ': 'đ', 'е': 'e', 'ж': 'ž', 'з': 'z', 'и': 'i', 'ј': 'j',
          'к': 'k', 'л': 'l', 'љ': 'lj', 'м': 'm', 'н': 'n', 'њ': 'nj', 'о': 'o', 'п': 'p', 'р': 'r', 'с': 's', 'т': 't',
          'ћ': 'ć', 'у': 'u', 'ф': 'f', 'х': 'h', 'ц': 'c', 'ч': 'č', 'џ': 'dž', 'ш': 'š'}

# ---------------------------------------------------------------- Belarusian Cyrillic (with the official Latin)
BE_GIVEN_M = [('Аляксандр', 'Aliaksandr'), ('Сяргей', 'Siarhei'), ('Уладзімір', 'Uladzimir'), ('Андрэй', 'Andrei'),
              ('Дзмітрый', 'Dzmitry'), ('Мікалай', 'Mikalai'), ('Павел', 'Pavel'), ('Віктар', 'Viktar'), ('Юрый', 'Yury'),
              ('Алег', 'Aleh'), ('Вадзім', 'Vadzim'), ('Ігар', 'Ihar'), ('Яўген', 'Yauhen'), ('Валянцін', 'Valiantsin'),
              ('Генадзь', 'Hienadz'), ('Антон', 'Anton'), ('Максім', 'Maksim'), ('Раман', 'Raman'), ('Кірыл', 'Kiryl')]
BE_GIVEN_F = [('Вольга', 'Volha'), ('Наталля', 'Natallia'), ('Святлана', 'Sviatlana'), ('Таццяна', 'Tatsiana'),
              ('Ірына', 'Iryna'), ('Алена', 'Alena'), ('Ганна', 'Hanna'), ('Марына', 'Maryna'), ('Вераніка', 'Veranika'),
              ('Людміла', 'Liudmila'), ('Кацярына', 'Katsiaryna')]
# (male, female, male Latin, female Latin)
BE_FAMILY = [('Кавалёў', 'Кавалёва', 'Kavaliou', 'Kavaliova'), ('Навіцкі', 'Навіцкая', 'Navitski', 'Navitskaya'),
             ('Шыманскі', 'Шыманская', 'Shymanski', 'Shymanskaya'), ('Карповіч', 'Карповіч', 'Karpovich', 'Karpovich'),
             ('Жук', 'Жук', 'Zhuk', 'Zhuk'), ('Мельнікаў', 'Мельнікава', 'Melnikau', 'Melnikava'),
             ('Лукашэвіч', 'Лукашэвіч', 'Lukashevich', 'Lukashevich'), ('Грыцук', 'Грыцук', 'Hrytsuk', 'Hrytsuk'),
             ('Сінкевіч', 'Сінкевіч', 'Sinkevich', 'Sinkevich'), ('Кузьміч', 'Кузьміч', 'Kuzmich', 'Kuzmich'),
             ('Дубовік', 'Дубовік', 'Dubovik', 'Dubovik'), ('Астапенка', 'Астапенка', 'Astapenka', 'Astapenka'),
             ('Кліменка', 'Кліменка', 'Klimenka', 'Klimenka'), ('Раманаў', 'Раманава', 'Ramanau', 'Ramanava'),
             ('Паўлоўскі', 'Паўлоўская', 'Paulouski', 'Paulouskaya'), ('Баранаўскі', 'Баранаўская', 'Baranouski', 'Baranouskaya'),
             ('Здановіч', 'Здановіч', 'Zdanovich', 'Zdanovich'), ('Марозаў', 'Марозава', 'Marozau', 'Marozava'),
             ('Бабровіч', 'Бабровіч', 'Babrovich', 'Babrovich'), ('Сакалоў', 'Сакалова', 'Sakalou', 'Sakalova'),
             ('Лапацік', 'Лапацік', 'Lapatsik', 'Lapatsik'), ('Ярмоленка', 'Ярмоленка', 'Yarmolenka', 'Yarmolenka')]

# ---------------------------------------------------------------- Greek / Georgian / Armenian Latin tables
GR_LAT = {'α': 'a', 'β': 'v', 'γ': 'g', 'δ': 'd', 'ε': 'e', 'ζ': 'z', 'η': 'i', 'θ': 'th', 'ι': 'i', 'κ': 'k', 'λ': 'l',
          'μ': 'm', 'ν': 'n', 'ξ': 'x', 'ο': 'o', 'π': 'p', 'ρ': 'r', 'σ': 's', 'ς': 's', 'τ': 't', 'υ': 'y', 'φ': 'f',
          'χ': 'ch', 'ψ': 'ps', 'ω': 'o'}
KA_LAT = {'ა': 'a', 'ბ': 'b', 'გ': 'g', 'დ': 'd', 'ე': 'e', 'ვ': 'v', 'ზ': 'z', 'თ': 't', 'ი': 'i', 'კ': 'k', 'ლ': 'l',
          'მ': 'm', 'ნ': 'n', 'ო': 'o', 'პ': 'p', 'ჟ': 'zh', 'რ': 'r', 'ს': 's', 'ტ': 't', 'უ': 'u', 'ფ': 'p', 'ქ': 'k',
          'ღ': 'gh', 'ყ': 'q', 'შ': 'sh', 'ჩ': 'ch', 'ც': 'ts', 'ძ': 'dz', 'წ': 'ts', 'ჭ': 'ch', 'ხ': 'kh', 'ჯ': 'j', 'ჰ': 'h'}
HY_LAT = {'ա': 'a', 'բ': 'b', 'գ': 'g', 'դ': 'd', 'ե': 'e', 'զ': 'z', 'է': 'e', 'ը': 'y', 'թ': 't', 'ժ': 'zh', 'ի': 'i',
          'լ': 'l', 'խ': 'kh', 'ծ': 'ts', 'կ': 'k', 'հ': 'h', 'ձ': 'dz', 'ղ': 'gh', 'ճ': 'ch', 'մ': 'm', 'յ': 'y', 'ն': 'n',
          'շ': 'sh', 'ո': 'o', 'չ': 'ch', 'պ': 'p', 'ջ': 'j', 'ռ': 'r', 'ս': 's', 'վ': 'v', 'տ': 't', 'ր': 'r', 'ց': 'ts',
          'ւ': 'v', 'փ': 'p', 'ք': 'k', 'օ': 'o', 'ֆ': 'f', 'և': 'ev'}

# ---------------------------------------------------------------- firm parts
# distinctive words for invented firms (checked against every list by the filter; invented or ordinary words)
LATIN_BRAND = ['Brightwater', 'Kestrel', 'Northgate', 'Halvorsen', 'Silverbirch', 'Corrindale', 'Ashdown', 'Westmarch',
               'Lindqvist', 'Oakhurst', 'Bramwell', 'Tessaro', 'Valdoria', 'Montegrano', 'Quillon', 'Sandvale',
               'Harrowgate', 'Pemberly', 'Eastbrook', 'Greystone', 'Fernlea', 'Marisol', 'Lucerna', 'Velantis',
               'Arkwright', 'Thornbury', 'Calloway', 'Dunmore', 'Redfern', 'Stonebridge', 'Wexley', 'Alderton',
               'Cobalt Ridge', 'Blue Heron', 'Red Kite', 'Iron Lantern', 'Seven Rivers', 'High Meadow', 'Clearpoint',
               'Novaterra', 'Fortuna Nova', 'Albatec', 'Meraki', 'Octavian', 'Pallas', 'Sirocco', 'Tramonte', 'Zephyra',
               'Boreal', 'Caravel', 'Delmare', 'Estrella Norte', 'Granvik', 'Hollandia', 'Isola', 'Jadeport', 'Korvin',
               'Larchmont', 'Maplewood', 'Norrland', 'Orchid Bay', 'Pinecrest', 'Quayside', 'Riverbend', 'Solvang',
               'Tidewater', 'Upland', 'Verdant', 'Willowby', 'Yellowpine', 'Zennor']
SECTOR_EN = ['Precision Engineering', 'Industrial Supplies', 'Machine Tools', 'Electronics', 'Instruments',
             'Composite Materials', 'Metals', 'Valves and Fittings', 'Hydraulics', 'Bearings', 'Optics', 'Laboratory Equipment',
             'Automation', 'Logistics', 'Freight Services', 'Chemicals', 'Trading', 'Technical Services', 'Components',
             'Aerospace Components', 'Test Systems', 'Measurement Systems', 'Power Systems', 'Marine Services', 'Cables',
             'Polymers', 'Castings', 'Forgings', 'Sensors', 'Controls', 'Import Export', 'General Trading', 'Engineering']

ZH_CITY = [('上海', 'Shanghai'), ('北京', 'Beijing'), ('深圳', 'Shenzhen'), ('广州', 'Guangzhou'), ('苏州', 'Suzhou'),
           ('无锡', 'Wuxi'), ('宁波', 'Ningbo'), ('杭州', 'Hangzhou'), ('南京', 'Nanjing'), ('成都', 'Chengdu'),
           ('西安', "Xi'an"), ('武汉', 'Wuhan'), ('长沙', 'Changsha'), ('青岛', 'Qingdao'), ('厦门', 'Xiamen'),
           ('东莞', 'Dongguan'), ('佛山', 'Foshan'), ('合肥', 'Hefei'), ('郑州', 'Zhengzhou'), ('济南', 'Jinan'),
           ('沈阳', 'Shenyang'), ('大连', 'Dalian'), ('天津', 'Tianjin'), ('常州', 'Changzhou'), ('昆山', 'Kunshan'),
           ('温州', 'Wenzhou'), ('烟台', 'Yantai'), ('洛阳', 'Luoyang'), ('绵阳', 'Mianyang'), ('珠海', 'Zhuhai')]
ZH_BRAND = ['恒信', '华瑞', '宏达', '鑫源', '瑞丰', '嘉盛', '博远', '中科', '金桥', '天润', '远航', '东方', '新锐', '力拓',
            '汇通', '正泰', '安捷', '精诚', '联创', '卓越', '明辉', '永成', '海川', '晨光', '盛世', '德润', '思创', '宇航',
            '科瑞', '长青', '普华', '锦程', '启明', '鼎盛', '昌隆', '和信', '同创', '明远', '开元', '泰和']
ZH_SECTOR = [('精密机械', 'jingmi jixie', 'Precision Machinery'), ('电子科技', 'dianzi keji', 'Electronic Technology'),
             ('贸易', 'maoyi', 'Trading'), ('进出口', 'jinchukou', 'Import and Export'), ('新材料', 'xin cailiao', 'New Materials'),
             ('仪器仪表', 'yiqi yibiao', 'Instruments'), ('自动化设备', 'zidonghua shebei', 'Automation Equipment'),
             ('光电', 'guangdian', 'Optoelectronics'), ('阀门', 'famen', 'Valve'), ('复合材料', 'fuhe cailiao', 'Composite Materials'),
             ('化工', 'huagong', 'Chemical'), ('物流', 'wuliu', 'Logistics'), ('轴承', 'zhoucheng', 'Bearing'),
             ('测控技术', 'cekong jishu', 'Measurement and Control Technology'), ('模具', 'muju', 'Mould'),
             ('金属制品', 'jinshu zhipin', 'Metal Products'), ('传感技术', 'chuangan jishu', 'Sensor Technology')]
ZH_LEGAL = [('有限公司', 'youxian gongsi', 'Co., Ltd.'), ('股份有限公司', 'gufen youxian gongsi', 'Co., Ltd.'),
            ('有限责任公司', 'youxian zeren gongsi', 'Co., Ltd.')]

JA_BRAND = [('大和', 'Daiwa'), ('東洋', 'Toyo'), ('日進', 'Nisshin'), ('富士見', 'Fujimi'), ('北斗', 'Hokuto'), ('旭光', 'Kyokko'),
            ('三栄', 'San-ei'), ('昭和', 'Showa'), ('明和', 'Meiwa'), ('双葉', 'Futaba'), ('秀峰', 'Shuho'), ('若葉', 'Wakaba'),
            ('青葉', 'Aoba'), ('白鷺', 'Shirasagi'), ('瑞穂', 'Mizuho'), ('千代田', 'Chiyoda'), ('高砂', 'Takasago'),
            ('丸善', 'Maruzen'), ('協和', 'Kyowa'), ('信和', 'Shinwa'), ('共進', 'Kyoshin'), ('朝日', 'Asahi'),
            ('光和', 'Kowa'), ('井上', 'Inoue'), ('中村', 'Nakamura'), ('吉川', 'Yoshikawa'), ('松尾', 'Matsuo')]
JA_SECTOR = [('精機', 'Seiki', 'Precision Machinery'), ('電子工業', 'Denshi Kogyo', 'Electronics Industries'),
             ('工業', 'Kogyo', 'Industries'), ('商事', 'Shoji', 'Trading'), ('製作所', 'Seisakusho', 'Works'),
             ('計測', 'Keisoku', 'Measurement'), ('化学', 'Kagaku', 'Chemical'), ('光学', 'Kogaku', 'Optical'),
             ('物産', 'Bussan', 'Trading'), ('金属', 'Kinzoku', 'Metals'), ('電機', 'Denki', 'Electric')]
JA_LEGAL = [('株式会社', 'Kabushiki Kaisha', 'Co., Ltd.'), ('有限会社', 'Yugen Kaisha', 'Ltd.')]

KO_BRAND = ['한빛', '대성', '미래', '우성', '동진', '삼화', '세진', '태광', '신일', '한울', '대원', '성진', '금강', '청암',
            '화신', '동아', '새한', '유진', '하나', '정우', '보성', '원일', '영진', '해동']
KO_SECTOR = [('정밀', 'Precision'), ('전자', 'Electronics'), ('기계', 'Machinery'), ('산업', 'Industrial'), ('물산', 'Trading'),
             ('화학', 'Chemical'), ('테크', 'Tech'), ('엔지니어링', 'Engineering'), ('계측', 'Instruments'), ('소재', 'Materials'),
             ('해운', 'Shipping'), ('상사', 'Trading')]
KO_LEGAL = [('주식회사', 'Co., Ltd.'), ('(주)', 'Co., Ltd.'), ('유한회사', 'Ltd.')]

FA_BRAND = [('آرمان', 'Arman'), ('پارسیان', 'Parsian'), ('سپهر', 'Sepehr'), ('نوین', 'Novin'), ('آفتاب', 'Aftab'),
            ('البرز', 'Alborz'), ('کیمیا', 'Kimia'), ('ایده‌پرداز', 'Ideh Pardaz'), ('رهاورد', 'Rahavard'), ('آسمان', 'Aseman'),
            ('درخشان', 'Derakhshan'), ('پیشرو', 'Pishro'), ('آینده', 'Ayandeh'), ('مهرگان', 'Mehregan'), ('تابان', 'Taban'),
            ('آریا', 'Aria'), ('کاوش', 'Kavosh'), ('سروش', 'Soroush'), ('زاگرس', 'Zagros'), ('ستاره', 'Setareh'),
            ('فراز', 'Faraz'), ('پرتو', 'Partow'), ('روشن', 'Roshan'), ('بهار', 'Bahar'), ('گلستان', 'Golestan'),
            ('شباهنگ', 'Shabahang'), ('آبنوس', 'Abnous'), ('نگین', 'Negin'), ('سپیدار', 'Sepidar'), ('ارغوان', 'Arghavan'),
            ('آذرخش', 'Azarakhsh'), ('تندیس', 'Tandis'), ('کهربا', 'Kahroba'), ('نسترن', 'Nastaran'), ('پگاه', 'Pegah'),
            ('مهتاب', 'Mahtab'), ('چکاد', 'Chakad'), ('سیمرغ', 'Simorgh'), ('آوند', 'Avand'), ('فرتاک', 'Fartak'),
            ('رادین', 'Radin'), ('هیرمند', 'Hirmand'), ('شاهوار', 'Shahvar'), ('دلارام', 'Delaram')]
FA_SECTOR = [('صنایع', 'Sanaye', 'Industries'), ('مهندسی', 'Mohandesi', 'Engineering'), ('بازرگانی', 'Bazargani', 'Trading'),
             ('تجهیزات', 'Tajhizat', 'Equipment'), ('فن‌آوری', 'Fanavari', 'Technology'), ('الکترونیک', 'Electronic', 'Electronics'),
             ('ماشین‌سازی', 'Mashin Sazi', 'Machine Building'), ('حمل و نقل', 'Haml va Naql', 'Transport')]
FA_LEGAL = [('شرکت', 'Sherkat', 'Company'), ('شرکت سهامی خاص', 'Sherkat Sahami Khass', 'Private Joint Stock Company')]

AR_BRAND = [('النور', 'Al Nour'), ('الرواد', 'Al Rowad'), ('الفجر الجديد', 'New Dawn'), ('السلام', 'Al Salam'),
            ('الأمل', 'Al Amal'), ('الشروق', 'Al Shorouk'), ('الواحة', 'Al Waha'), ('المنارة', 'Al Manara'),
            ('الياسمين', 'Al Yasmin'), ('الخليج', 'Al Khaleej'), ('الهلال', 'Al Hilal'), ('الريان', 'Al Rayyan'),
            ('البشائر الخضراء', 'Green Tidings'), ('الأفق', 'Al Ofoq'), ('الصفوة', 'Al Safwa'), ('النخبة', 'Al Nukhba')]
AR_SECTOR = [('للتجارة العامة', 'General Trading'), ('للمعدات الصناعية', 'Industrial Equipment'),
             ('للإلكترونيات', 'Electronics'), ('للهندسة', 'Engineering'), ('للخدمات الفنية', 'Technical Services'),
             ('للاستيراد والتصدير', 'Import and Export'), ('للشحن', 'Shipping')]
AR_LEGAL = [('شركة', 'Company', 'Co.'), ('مؤسسة', 'Establishment', 'Est.')]

RU_BRAND = [('Северсталь-Ресурс', 'Severstal-Resurs'), ('Техноком', 'Tekhnokom'), ('Уралспецмаш', 'Uralspetsmash'),
            ('Волгаприбор', 'Volgapribor'), ('Сибтехкомплект', 'Sibtekhkomplekt'), ('Балтнавигатор', 'Baltnavigator'),
            ('Промсервис', 'Promservis'), ('Электроника-Плюс', 'Elektronika-Plyus'), ('Каскад-М', 'Kaskad-M'),
            ('Орбита-Инвест', 'Orbita-Invest'), ('Ладога', 'Ladoga'), ('Меридиан-Юг', 'Meridian-Yug'),
            ('Стройприбор', 'Stroypribor'), ('Инжтехсервис', 'Inzhtekhservis'), ('Ангара', 'Angara'),
            ('Верхневолжский', 'Verkhnevolzhskiy'), ('Камский', 'Kamskiy'), ('Донской', 'Donskoy'), ('Озёрный', 'Ozyornyy'),
            ('Прогресс-Т', 'Progress-T'), ('Полярис', 'Polyaris'), ('Рубин-Сервис', 'Rubin-Servis'), ('Тайга', 'Tayga')]
RU_SECTOR = [('завод', 'zavod', 'Plant'), ('научно-производственное предприятие', 'nauchno-proizvodstvennoye predpriyatiye',
              'Research and Production Enterprise'), ('торговый дом', 'torgovyy dom', 'Trading House'),
             ('машиностроительный завод', 'mashinostroitelnyy zavod', 'Machine-Building Plant'),
             ('конструкторское бюро', 'konstruktorskoye byuro', 'Design Bureau')]
UK_BRAND = [('Дніпротехсервіс', 'Dniprotekhservis'), ('Карпати-Метал', 'Karpaty-Metal'), ('Поділля', 'Podillia'),
            ('Слобожанщина', 'Slobozhanshchyna'), ('Таврія-Буд', 'Tavriia-Bud'), ('Волинь-Прилад', 'Volyn-Pryklad'),
            ('Полісся', 'Polissia'), ('Дністер', 'Dnister'), ('Говерла', 'Hoverla'), ('Буковина-Тех', 'Bukovyna-Tekh')]
SR_BRAND = ['Морава', 'Дрина', 'Шумадија', 'Космај', 'Фрушка', 'Тара', 'Копаоник', 'Ибар', 'Тимок', 'Авала']
BE_BRAND = [('Нёман', 'Nioman'), ('Палессе', 'Palesse'), ('Бярэзіна', 'Biarezina'), ('Прыпяць', 'Prypiats'),
            ('Сож', 'Sozh'), ('Нарач', 'Narach'), ('Дзвіна', 'Dzvina'), ('Белавежа', 'Bielavezha')]

# ---------------------------------------------------------------- document noise (titles and phrases around a name)
TITLES = {  # person titles are gender-neutral here, so that no title contradicts the name
    'hangul': (['{} 씨', '{} 박사', '{} 과장', '{} 부장', '담당자: {}', '{}님'], ['{} 귀중', '수신: {}', '{} 앞']),
    'han': (['{}博士', '联系人：{}', '{}工程师', '{} 经理'], ['致：{}', '{}（盖章）', '收货人：{}']),
    'ja': (['{}様', '{} 殿', '担当：{}', '{}氏'], ['{} 御中', '宛先：{}']),
    'kana': (['{}様', '{} さん'], ['{} 御中']),
    'fa': (['دکتر {}', 'مهندس {}', 'سرکار {}'], ['{} (سهامی خاص)', 'گیرنده: {}']),
    'ar': (['د. {}', 'إلى: {}', 'م. {}'], ['السادة {}', 'إلى: {}']),
    'ru': (['д-р {}', 'Контактное лицо: {}', 'инж. {}', 'проф. {}'], ['Грузополучатель: {}', 'в адрес {}']),
    'uk': (['д-р {}', 'Контактна особа: {}', 'інж. {}'], ['Одержувач: {}']),
    'sr': (['др {}', 'инж. {}', 'проф. {}'], ['Прималац: {}']),
    'be': (['д-р {}', 'Кантактная асоба: {}', 'праф. {}'], ['Атрымальнік: {}']),
    'devanagari': (['डॉ. {}', 'प्रो. {}', 'संपर्क: {}'], ['प्रति: {}']),
    'thai': (['คุณ{}', 'ดร.{}', 'ผู้ติดต่อ: {}'], ['เรียน {}']),
    'greek': (['Δρ. {}', 'Καθ. {}', 'Υπόψη: {}'], ['Προς: {}']),
    'hebrew': (['ד"ר {}', 'לכבוד {}', 'פרופ\' {}'], ['לכבוד {}']),
    'georgian': (['დოქტ. {}', 'პროფ. {}', 'ადრესატი: {}'], ['ადრესატი: {}']),
    'armenian': (['դոկտ. {}', 'պրոֆ. {}', 'Ստացող՝ {}'], ['Ստացող՝ {}']),
    'latin': (['Dr. {}', 'Eng. {}', 'Prof. {}', 'Attn: {}', 'Dr {}', 'Ing. {}', 'Capt. {}'],
              ['Messrs {}', 'M/s {}', 'Attn: {}', 'c/o {}']),
}


# ---------------------------------------------------------------- words swapped into listed organisation names (trap shape 4)
PLACES = {'DPRK': [('Wonsan', '원산'), ('Hamhung', '함흥'), ('Kaesong', '개성'), ('Sinuiju', '신의주'), ('Chongjin', '청진'),
                   ('Haeju', '해주'), ('Nampho', '남포'), ('Kanggye', '강계'), ('Hyesan', '혜산'), ('Sariwon', '사리원'),
                   ('Anju', '안주'), ('Manpho', '만포'), ('Tokchon', '덕천'), ('Songnim', '송림')],
          'Iran': ['Tabriz', 'Shiraz', 'Mashhad', 'Kerman', 'Zanjan', 'Qazvin', 'Semnan', 'Kashan', 'Hamedan', 'Ahvaz', 'Rasht',
                   'Sari', 'Bushehr', 'Urmia', 'Arak', 'Kermanshah'],
          'China': ['Ningbo', 'Wuxi', 'Hefei', 'Kunming', 'Lanzhou', 'Taiyuan', 'Nanchang', 'Guiyang', 'Xuzhou', 'Zibo', 'Baotou'],
          'Russia': ['Tula', 'Perm', 'Kazan', 'Samara', 'Omsk', 'Tver', 'Kaluga', 'Ryazan', 'Kursk', 'Bryansk', 'Penza'],
          'Pakistan': ['Multan', 'Sialkot', 'Gujranwala', 'Faisalabad', 'Peshawar', 'Quetta', 'Sukkur'],
          'Syria': ['Hama', 'Homs', 'Latakia', 'Tartus', 'Idlib', 'Daraa', 'Raqqa'],
          'x': ['Antwerp', 'Rotterdam', 'Mombasa', 'Valletta', 'Piraeus', 'Limassol', 'Batumi', 'Aqaba', 'Colombo']}
COMMON_WORDS = ['Golden', 'Star', 'Ocean', 'Harmony', 'Pioneer', 'Sunrise', 'Diamond', 'Victory', 'Unity', 'Crystal',
                'Silver', 'Eagle', 'Lotus', 'Phoenix', 'Evergreen', 'Summit', 'Horizon', 'Rainbow', 'Liberty', 'Bridge']

