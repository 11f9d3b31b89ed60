"""Hand-written name parts for heldout-8 negatives (my own lists; no name here was copied from a sanctions list).
Arabic-script parts carry their usual Latin readings so that the filter can compare them with listed Latin names."""

# Persian given / family names: (native, [Latin readings])
FA_GIVEN = [('محمد', ['Mohammad', 'Mohammed', 'Muhammad']), ('علی', ['Ali']), ('رضا', ['Reza']), ('حسین', ['Hossein', 'Hosein', 'Hussein']),
 ('مهدی', ['Mehdi', 'Mahdi']), ('احمد', ['Ahmad']), ('حمید', ['Hamid']), ('مجید', ['Majid']), ('سعید', ['Saeed', 'Saeid']),
 ('فرهاد', ['Farhad']), ('امید', ['Omid']), ('امیر', ['Amir']), ('کاوه', ['Kaveh']), ('بابک', ['Babak']), ('داریوش', ['Dariush']),
 ('پیمان', ['Peyman', 'Payman']), ('نیما', ['Nima']), ('آرش', ['Arash']), ('بهروز', ['Behrouz', 'Behrooz']), ('کامران', ['Kamran']),
 ('مسعود', ['Masoud', 'Massoud']), ('جواد', ['Javad']), ('ناصر', ['Naser', 'Nasser']), ('سیامک', ['Siamak']), ('شهرام', ['Shahram']),
 ('مریم', ['Maryam']), ('زهرا', ['Zahra']), ('فاطمه', ['Fatemeh']), ('نرگس', ['Narges']), ('لیلا', ['Leila', 'Layla']),
 ('سارا', ['Sara']), ('شیرین', ['Shirin']), ('پریسا', ['Parisa']), ('مهسا', ['Mahsa']), ('نازنین', ['Nazanin']), ('الهام', ['Elham']),
 ('رامین', ['Ramin']), ('سهراب', ['Sohrab']), ('بیژن', ['Bijan']), ('کیوان', ['Keyvan', 'Kayvan']), ('مازیار', ['Maziar']),
 ('یاسر', ['Yaser', 'Yasser']), ('هادی', ['Hadi']), ('وحید', ['Vahid']), ('ایمان', ['Iman']), ('پویا', ['Pouya', 'Puya'])]
FA_FAMILY = [('رحیمی', ['Rahimi']), ('کریمی', ['Karimi']), ('موسوی', ['Mousavi', 'Musavi']), ('حسینی', ['Hosseini', 'Hoseini']),
 ('تهرانی', ['Tehrani']), ('شیرازی', ['Shirazi']), ('قاسمی', ['Ghasemi', 'Qasemi']), ('مرادی', ['Moradi']), ('نوری', ['Nouri', 'Noori']),
 ('صادقی', ['Sadeghi']), ('باقری', ['Bagheri']), ('جعفری', ['Jafari']), ('عزیزی', ['Azizi']), ('رضایی', ['Rezaei', 'Rezaie']),
 ('اکبری', ['Akbari']), ('نجفی', ['Najafi']), ('کاظمی', ['Kazemi']), ('یزدانی', ['Yazdani']), ('فرهادی', ['Farhadi']),
 ('ملکی', ['Maleki']), ('سلطانی', ['Soltani']), ('امینی', ['Amini']), ('شریفی', ['Sharifi']), ('طاهری', ['Taheri']),
 ('زمانی', ['Zamani']), ('کرمانی', ['Kermani']), ('اصفهانی', ['Esfahani', 'Isfahani']), ('خسروی', ['Khosravi']), ('بهرامی', ['Bahrami']),
 ('قربانی', ['Ghorbani']), ('نادری', ['Naderi']), ('پورمحمدی', ['Pourmohammadi']), ('دانشور', ['Daneshvar']), ('فروتن', ['Foroutan']),
 ('سپهری', ['Sepehri']), ('آزادی', ['Azadi']), ('شجاعی', ['Shojaei']), ('میرزایی', ['Mirzaei']), ('رستمی', ['Rostami']),
 ('وکیلی', ['Vakili']), ('کیانی', ['Kiani']), ('ابراهیمی', ['Ebrahimi']), ('هاشمی', ['Hashemi']), ('نیک‌نام', ['Niknam']),
 ('قنبری', ['Ghanbari']), ('آقایی', ['Aghaei']), ('کشاورز', ['Keshavarz']), ('سبحانی', ['Sobhani'])]
AR_GIVEN = [('محمد', ['Mohammed', 'Muhammad']), ('أحمد', ['Ahmed', 'Ahmad']), ('خالد', ['Khaled', 'Khalid']), ('عمر', ['Omar', 'Umar']),
 ('طارق', ['Tariq', 'Tarek']), ('سمير', ['Samir', 'Sameer']), ('نبيل', ['Nabil']), ('وليد', ['Walid', 'Waleed']), ('بسام', ['Bassam']),
 ('فادي', ['Fadi']), ('رامي', ['Rami']), ('زياد', ['Ziad', 'Ziyad']), ('ماهر', ['Maher']), ('هشام', ['Hisham', 'Hesham']),
 ('يوسف', ['Youssef', 'Yousef', 'Yusuf']), ('إبراهيم', ['Ibrahim']), ('حسن', ['Hassan', 'Hasan']), ('عماد', ['Imad', 'Emad']),
 ('مازن', ['Mazen']), ('نزار', ['Nizar']), ('جمال', ['Jamal']), ('كريم', ['Karim', 'Kareem']), ('سليم', ['Salim', 'Selim']),
 ('رنا', ['Rana']), ('ليلى', ['Layla', 'Leila']), ('نور', ['Nour', 'Noor']), ('هالة', ['Hala']), ('سلمى', ['Salma']), ('ريم', ['Reem', 'Rim']),
 ('دينا', ['Dina']), ('منى', ['Mona', 'Muna']), ('غسان', ['Ghassan']), ('أنس', ['Anas']), ('معاذ', ['Muath', 'Moaz']), ('باسل', ['Basel', 'Basil'])]
AR_FAMILY = [('حداد', ['Haddad']), ('الخوري', ['Al-Khoury', 'Khoury']), ('ناصر', ['Nasser', 'Naser']), ('صالح', ['Saleh', 'Salih']),
 ('منصور', ['Mansour', 'Mansur']), ('حمدان', ['Hamdan']), ('العلي', ['Al-Ali']), ('الشامي', ['Al-Shami', 'Shami']), ('عيسى', ['Issa', 'Eissa']),
 ('الحلبي', ['Al-Halabi', 'Halabi']), ('النجار', ['Al-Najjar', 'Najjar']), ('القاسم', ['Al-Qasim', 'Kassem']), ('سعادة', ['Saadeh']),
 ('عبود', ['Abboud']), ('الزين', ['Al-Zein', 'Zein']), ('طراد', ['Tarrad']), ('خليل', ['Khalil']), ('يونس', ['Younes', 'Yunus']),
 ('الأحمد', ['Al-Ahmad']), ('البزاز', ['Al-Bazzaz']), ('الصباغ', ['Al-Sabbagh', 'Sabbagh']), ('درويش', ['Darwish']), ('عطية', ['Attia', 'Atiyeh']),
 ('الحسيني', ['Al-Husseini']), ('المصري', ['Al-Masri', 'Masri']), ('الكردي', ['Al-Kurdi', 'Kurdi']), ('فرحات', ['Farhat']), ('شحادة', ['Shehadeh']),
 ('نعمة', ['Nehme', 'Nemeh']), ('بركات', ['Barakat']), ('الخطيب', ['Al-Khatib', 'Khatib']), ('عثمان', ['Othman', 'Osman']), ('جابر', ['Jaber'])]

# Chinese firm parts: (Han, English)
ZH_CITY = [('深圳', 'Shenzhen'), ('上海', 'Shanghai'), ('北京', 'Beijing'), ('广州', 'Guangzhou'), ('宁波', 'Ningbo'), ('苏州', 'Suzhou'),
 ('青岛', 'Qingdao'), ('大连', 'Dalian'), ('天津', 'Tianjin'), ('厦门', 'Xiamen'), ('成都', 'Chengdu'), ('西安', 'Xi\'an'), ('武汉', 'Wuhan'),
 ('沈阳', 'Shenyang'), ('丹东', 'Dandong'), ('东莞', 'Dongguan'), ('无锡', 'Wuxi'), ('杭州', 'Hangzhou'), ('长沙', 'Changsha'), ('合肥', 'Hefei')]
ZH_WORD = ['华晟', '鑫源', '恒通', '中科', '博远', '瑞达', '凯信', '海纳', '宏泰', '金航', '天宇', '星辰', '精工', '联创', '东方',
 '汇丰达', '新锐', '远洋', '诚信', '盛世', '安捷', '明阳', '卓越', '鼎盛', '嘉禾', '润泽', '永康', '华宇', '泰和', '铭扬', '九州', '昊天',
 '佳美', '晨光', '百川', '长城', '蓝海', '同济', '腾飞', '和信']
ZH_SECTOR = [('电子科技', 'Electronic Technology'), ('精密机械', 'Precision Machinery'), ('贸易', 'Trading'), ('进出口', 'Import and Export'),
 ('新材料', 'New Materials'), ('仪器仪表', 'Instruments'), ('复合材料', 'Composite Materials'), ('自动化设备', 'Automation Equipment'),
 ('物流', 'Logistics'), ('国际贸易', 'International Trade'), ('光电', 'Optoelectronics'), ('科技发展', 'Technology Development')]
ZH_FORM = [('有限公司', ['Co., Ltd.', 'Co. Ltd', 'Company Limited']), ('股份有限公司', ['Co., Ltd.', 'Joint Stock Co., Ltd.']),
 ('有限責任公司', ['Co., Ltd.']), ('(香港)有限公司', ['(HK) Limited', '(Hong Kong) Ltd.'])]

# Korean firm parts (Hangul)
KO_WORD = ['한빛', '대성', '미래', '동방', '새한', '태양', '금강', '백두', '청운', '영진', '삼화', '대륙', '한울', '우성', '세진',
 '해동', '진성', '동진', '보람', '가온', '누리', '상록', '은하', '광명', '수성', '화신', '동일', '신흥', '명성', '한결']
KO_FORM = [('무역회사', 'Trading Company'), ('주식회사', 'Co., Ltd.'), ('상사', 'Trading Co.'), ('정밀', 'Precision'), ('기계', 'Machinery'),
 ('전자', 'Electronics'), ('해운', 'Shipping'), ('산업', 'Industrial Co.'), ('기술', 'Technology'), ('물산', 'Corporation')]

# Japanese firm parts: (kanji, romaji)
JA_WORD = [('日進', 'Nisshin'), ('東洋', 'Toyo'), ('大和', 'Yamato'), ('三光', 'Sanko'), ('北陸', 'Hokuriku'), ('朝日', 'Asahi'),
 ('丸山', 'Maruyama'), ('中央', 'Chuo'), ('富士見', 'Fujimi'), ('昭和', 'Showa'), ('関西', 'Kansai'), ('瀬戸内', 'Setouchi'),
 ('太平', 'Taihei'), ('新光', 'Shinko'), ('明和', 'Meiwa'), ('松浦', 'Matsuura'), ('協和', 'Kyowa'), ('双葉', 'Futaba')]
JA_SECTOR = [('精機', 'Seiki'), ('電子', 'Denshi'), ('工業', 'Kogyo'), ('商事', 'Shoji'), ('化成', 'Kasei'), ('製作所', 'Seisakusho'),
 ('計測', 'Keisoku'), ('物産', 'Bussan'), ('機械', 'Kikai')]
JA_FORM = [('株式会社', 'Kabushiki Kaisha', 'Co., Ltd.'), ('有限会社', 'Yugen Kaisha', 'Ltd.')]

# Russian firm parts (Cyrillic)
RU_WORD = ['Уралприбор', 'Техномаш', 'Сибэлектро', 'Волгакомплект', 'Спецснаб', 'Промавтоматика', 'Северсталькомплект', 'Электроприбор-Юг',
 'Балтмаш', 'Инжтехсервис', 'Металлотрейд', 'Камаприбор', 'Донтехнолог', 'Оптикомплект', 'Ладога-Инжиниринг', 'Росполимер',
 'Теплоконтроль', 'Вектор-Плюс', 'Звезда-Логистик', 'Енисейснаб', 'Амурпромтех', 'Радиокомплект-М', 'Технопарк-Восток', 'Гидромаш-Сервис']
RU_FORM = [('ООО', 'OOO', 'LLC'), ('АО', 'AO', 'JSC'), ('ПАО', 'PAO', 'PJSC'), ('ЗАО', 'ZAO', 'CJSC'), ('НПП', 'NPP', 'Research and Production Enterprise'),
 ('ТОВ', 'TOV', 'LLC')]

# Persian firm parts: (native, Latin)
FA_WORD = [('آرین', 'Arian'), ('پارس', 'Pars'), ('البرز', 'Alborz'), ('زاگرس', 'Zagros'), ('سپهر', 'Sepehr'), ('کوثر', 'Kowsar'),
 ('نگین', 'Negin'), ('آسمان', 'Aseman'), ('اروند', 'Arvand'), ('کاوش', 'Kavosh'), ('رهپویان', 'Rahpouyan'), ('توسعه', 'Tose\'e'),
 ('مهر', 'Mehr'), ('نوآوران', 'Noavaran'), ('پیشرو', 'Pishro'), ('بهین', 'Behin'), ('ایده', 'Ideh'), ('سامان', 'Saman'),
 ('تابان', 'Taban'), ('هامون', 'Hamoun'), ('کیمیا', 'Kimia'), ('فراز', 'Faraz'), ('دنا', 'Dena'), ('شایان', 'Shayan')]
FA_SECTOR = [('صنعت', 'Sanat'), ('تجارت', 'Tejarat'), ('الکترونیک', 'Electronic'), ('مهندسی', 'Engineering'), ('بازرگانی', 'Bazargani'),
 ('فناوری', 'Fanavari'), ('ماشین‌سازی', 'Machine Sazi'), ('پلیمر', 'Polymer')]
FA_FORM = [('شرکت', 'Company', 'prefix'), ('سهامی خاص', 'PJS', 'suffix'), ('مسئولیت محدود', 'LLC', 'suffix')]

# Gulf/Arab firm parts: (Arabic, Latin)
AR_WORD = [('النخبة', 'Al Nokhba'), ('الريادة', 'Al Reyada'), ('الأفق', 'Al Ofoq'), ('الواحة', 'Al Waha'), ('السلام', 'Al Salam'),
 ('المدار', 'Al Madar'), ('البيان', 'Al Bayan'), ('الجزيرة', 'Al Jazira'), ('الأمان', 'Al Aman'), ('الصقر', 'Al Saqr'),
 ('الفجر الجديد', 'New Dawn'), ('النجمة الذهبية', 'Golden Star Line'), ('الرمال', 'Al Rimal'), ('اللؤلؤة', 'Al Loulou'), ('الخليج الأزرق', 'Blue Gulf')]
AR_SECTOR = [('للتجارة العامة', 'General Trading'), ('للإلكترونيات', 'Electronics'), ('للشحن', 'Shipping'), ('للمعدات الصناعية', 'Industrial Equipment'),
 ('للتقنية', 'Technology'), ('للاستيراد والتصدير', 'Import & Export')]
AR_FORM = ['LLC', 'L.L.C.', 'FZE', 'FZCO', 'FZ-LLC', 'W.L.L.', 'S.A.L.', 'Est.']

# European firm parts
EU_SECTOR = {'de': (['Messtechnik', 'Maschinenbau', 'Präzisionsteile', 'Antriebstechnik', 'Handelsgesellschaft', 'Elektronik', 'Logistik'], ['GmbH', 'GmbH & Co. KG', 'AG', 'e.K.']),
 'it': (['Meccanica', 'Elettronica', 'Strumenti', 'Componenti', 'Trasporti', 'Tecnologie'], ['S.r.l.', 'S.p.A.', 'S.a.s.']),
 'fr': (['Mécanique', 'Électronique', 'Instruments', 'Composants', 'Logistique', 'Industries'], ['SARL', 'SAS', 'S.A.']),
 'nl': (['Techniek', 'Elektronica', 'Handelsonderneming', 'Precisie', 'Logistiek'], ['B.V.', 'N.V.', 'V.O.F.']),
 'pl': (['Technika', 'Elektronika', 'Maszyny', 'Logistyka', 'Handel'], ['Sp. z o.o.', 'S.A.', 'Sp.k.']),
 'cs': (['Strojírna', 'Elektro', 'Technik', 'Obchod'], ['s.r.o.', 'a.s.']),
 'sv': (['Mekaniska', 'Elektronik', 'Instrument', 'Handel'], ['AB', 'HB']),
 'en': (['Precision Engineering', 'Electronics', 'Instruments', 'Freight Services', 'Technical Supplies', 'Components'], ['Ltd', 'Limited', 'LLP', 'PLC', 'Inc.', 'LLC', 'Corp.']),
 'es': (['Ingeniería', 'Componentes', 'Electrónica', 'Suministros'], ['S.L.', 'S.A.']),
 'tr': (['Makine', 'Elektronik', 'Dış Ticaret', 'Mühendislik', 'Lojistik'], ['Ltd. Şti.', 'A.Ş.', 'San. ve Tic. Ltd. Şti.'])}

# institutions (Organization)
INST_EN = ['Institute of {x} Engineering', '{c} University of Technology', '{c} Polytechnic Institute', 'Centre for {x} Research',
 'Center for Advanced {x} Studies', '{c} Academy of Applied Sciences', 'National Laboratory for {x}', '{c} State Technical College']
INST_FIELD = ['Propulsion', 'Materials', 'Aerodynamics', 'Optics', 'Metrology', 'Mechatronics', 'Composite', 'Avionics', 'Thermal Sciences', 'Geodesy']
INST_CITY = ['Tabriz', 'Mashhad', 'Aleppo', 'Latakia', 'Chongqing', 'Harbin', 'Nanjing', 'Lahore', 'Karachi', 'Hamhung', 'Chongjin',
 'Novosibirsk', 'Kazan', 'Tomsk', 'Izmir', 'Bursa', 'Minsk', 'Almaty', 'Tashkent', 'Yazd', 'Shiraz', 'Peshawar', 'Multan', 'Wonsan']

# kind words for kind-changing traps: listed kind -> other kinds
KIND_SWAP = {'bank': ['University', 'Shipping Company', 'Insurance Company', 'Hospital'],
 'banking corporation': ['Trading Corporation', 'University'], 'university': ['Bank', 'Trading Company', 'Hospital'],
 'trading corporation': ['Shipping Company', 'Bank', 'Football Club', 'University'], 'trading company': ['Bank', 'Shipping Company', 'Hospital'],
 'shipping company': ['Trading Company', 'Bank', 'University'], 'industries': ['University', 'Bank', 'Hotel'],
 'industrial group': ['Medical Group', 'University', 'Bank'], 'institute': ['Bank', 'Trading Company', 'Football Club'],
 'research center': ['Trading Center', 'Shopping Center', 'Bank'], 'company': ['University', 'Foundation', 'Hospital'],
 'corporation': ['University', 'Foundation'], 'group': ['Foundation', 'University'], 'electronics': ['Bakery', 'Textiles'],
 'academy': ['Bank', 'Trading Company'], 'design bureau': ['Travel Bureau', 'Bank'], 'plant': ['Hospital', 'University']}

GENERIC = set('''korea korean dprk choson chosun trading trade corporation corp company co ltd limited llc fze fzco jsc ojsc cjsc pjsc ao ooo
industries industrial industry group general international import export development technology technologies tech engineering electronics
electronic machinery machine manufacturing shahid beijing shanghai shenzhen dandong dalian hong kong hk china chinese iran iranian
joint stock design bureau research production center centre institute scientific science and of the for in de sanat sanaye sherkat
bazargani tejarat commercial bank banking investment holding holdings pvt private enterprise enterprises systems system services service
shipping maritime logistics aerospace aviation defense defence precision instruments instrument materials composite equipment
supply supplies network networks new s a l inc plc gmbh srl bv sa spa'''.split())

DISTINCT_NEW = ['Kumchon', 'Ryongsan', 'Paekdu', 'Songhwa', 'Haebang', 'Arvand', 'Kowsar', 'Zagros', 'Hamoun', 'Tabesh', 'Xinghe', 'Ruitai',
 'Hengda', 'Jinpeng', 'Lanhai', 'Yuanfeng', 'Volga', 'Ladoga', 'Taiga', 'Sever', 'Kedr', 'Orion', 'Cedar', 'Falcon Ridge', 'Silver Lake',
 'Evergreen', 'Northstar', 'Bluewater', 'Sunrise', 'Highland', 'Amber', 'Crescent', 'Lotus', 'Harmony', 'Pioneer Bay', 'Summit']
