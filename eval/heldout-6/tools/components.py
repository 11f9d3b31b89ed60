"""Hand-written name parts: (native, [Latin variants]). Written for this set."""
AR_GIVEN_M = [('محمد',['Mohammad','Muhammad','Mohamed','Mohammed']),('علي',['Ali']),('أحمد',['Ahmad','Ahmed']),('حسن',['Hassan','Hasan']),
 ('حسين',['Hussein','Hussain']),('عمر',['Omar','Umar']),('خالد',['Khaled','Khalid']),('يوسف',['Yousef','Youssef','Yusuf']),
 ('إبراهيم',['Ibrahim']),('عبدالله',['Abdullah','Abdallah']),('سعيد',['Saeed','Said']),('محمود',['Mahmoud','Mahmud']),
 ('مصطفى',['Mostafa','Mustafa']),('طارق',['Tariq','Tarek']),('سامي',['Sami']),('كريم',['Karim','Kareem']),('ناصر',['Nasser','Nasir']),
 ('فيصل',['Faisal','Faysal']),('رامي',['Rami']),('زياد',['Ziad','Ziyad']),('وليد',['Walid','Waleed']),('هشام',['Hisham']),
 ('ماجد',['Majed','Majid']),('عادل',['Adel','Adil']),('جمال',['Jamal','Gamal']),('نبيل',['Nabil','Nabeel']),('باسل',['Basel','Basil']),
 ('أنس',['Anas']),('بلال',['Bilal']),('حمزة',['Hamza','Hamzah']),('عمار',['Ammar']),('مازن',['Mazen']),('رائد',['Raed']),('أيمن',['Ayman'])]
AR_GIVEN_F = [('فاطمة',['Fatima','Fatma']),('مريم',['Maryam','Mariam']),('ليلى',['Layla','Leila']),('نور',['Nour','Noor']),('سارة',['Sara','Sarah']),
 ('هدى',['Huda','Hoda']),('رنا',['Rana']),('دينا',['Dina']),('سلمى',['Salma']),('ريم',['Reem','Rim']),('لينا',['Lina']),('منى',['Mona','Muna'])]
AR_FAMILY = [('الحداد',['Al-Haddad','Alhaddad','el-Haddad']),('النجار',['Al-Najjar','Al Najjar','el-Naggar']),('الخطيب',['Al-Khatib','Al Khateeb']),
 ('العطار',['Al-Attar','Attar']),('الشامي',['Al-Shami','Shami']),('المصري',['Al-Masri','El Masry']),('الحلبي',['Al-Halabi','Halabi']),
 ('البيطار',['Al-Bitar','Bitar']),('الزين',['Al-Zein','Zein']),('حداد',['Haddad']),('عيسى',['Issa','Eissa']),('منصور',['Mansour','Mansur']),
 ('سليمان',['Suleiman','Sulaiman']),('حمدان',['Hamdan']),('عثمان',['Othman','Osman']),('الطويل',['Al-Tawil','El Taweel']),
 ('الصباغ',['Al-Sabbagh','Sabbagh']),('درويش',['Darwish','Darwich']),('نصار',['Nassar']),('شاهين',['Shahin','Shaheen']),
 ('الخوري',['Al-Khoury','Khoury']),('عودة',['Odeh','Awda']),('بركات',['Barakat']),('الرفاعي',['Al-Rifai','Rifai']),
 ('السقا',['Al-Saqqa','Saqqa']),('الكردي',['Al-Kurdi','Kurdi']),('الدباغ',['Al-Dabbagh','Dabbagh']),('المهيري',['Al-Muhairi','Al Mheiri']),
 ('الكعبي',['Al-Kaabi','Al Kaabi']),('الزعبي',['Al-Zoubi','Zoubi']),('الشهري',['Al-Shehri','Shehri']),('الفرا',['Al-Farra','Farra']),
 ('الحمصي',['Al-Homsi','Homsi']),('القباني',['Al-Qabbani','Kabbani']),('الجمال',['Al-Jammal','Gammal']),('النابلسي',['Al-Nabulsi','Nabulsi']),
 ('عبد الرحمن',['Abdel Rahman','Abdul Rahman']),('الطحان',['Al-Tahhan','Tahhan']),('الخياط',['Al-Khayyat','Khayat']),('الملا',['Al-Mulla','Mulla'])]
FA_GIVEN_M = [('محمد',['Mohammad','Mohamad']),('علی',['Ali']),('حسین',['Hossein','Hosein']),('رضا',['Reza']),('مهدی',['Mahdi','Mehdi']),
 ('امیر',['Amir']),('سعید',['Saeed','Saeid']),('مجید',['Majid']),('حمید',['Hamid']),('مسعود',['Masoud','Massoud']),('بهروز',['Behrouz','Behruz']),
 ('فرهاد',['Farhad']),('کامران',['Kamran']),('داریوش',['Dariush','Daryoush']),('بابک',['Babak']),('پژمان',['Pejman']),('مرتضی',['Morteza']),
 ('ابوالفضل',['Abolfazl']),('جواد',['Javad']),('نادر',['Nader']),('شهرام',['Shahram']),('آرش',['Arash']),('کیوان',['Keyvan','Kayvan']),
 ('میلاد',['Milad']),('سینا',['Sina']),('پیمان',['Peyman','Payman']),('بهزاد',['Behzad']),('فرشید',['Farshid'])]
FA_GIVEN_F = [('زهرا',['Zahra']),('مریم',['Maryam']),('فاطمه',['Fatemeh']),('نرگس',['Narges']),('لیلا',['Leila','Leyla']),('سمیرا',['Samira']),
 ('شیرین',['Shirin']),('پریسا',['Parisa']),('نسرین',['Nasrin']),('مینا',['Mina']),('الهام',['Elham']),('ساناز',['Sanaz'])]
FA_FAMILY = [('رضایی',['Rezaei','Rezaee']),('احمدی',['Ahmadi']),('محمدی',['Mohammadi']),('حسینی',['Hosseini','Hoseini']),('کریمی',['Karimi']),
 ('موسوی',['Mousavi','Musavi']),('جعفری',['Jafari','Jaafari']),('رحیمی',['Rahimi']),('صادقی',['Sadeghi','Sadeqi']),('کاظمی',['Kazemi']),
 ('قاسمی',['Ghasemi','Qasemi']),('مرادی',['Moradi']),('حیدری',['Heydari','Heidari']),('نوری',['Nouri','Nuri']),('اکبری',['Akbari']),
 ('یزدانی',['Yazdani']),('شریفی',['Sharifi']),('طاهری',['Taheri']),('نجفی',['Najafi']),('زارعی',['Zarei','Zareie']),('فراهانی',['Farahani']),
 ('کرمانی',['Kermani']),('تهرانی',['Tehrani']),('شیرازی',['Shirazi']),('اصفهانی',['Esfahani','Isfahani']),('بهرامی',['Bahrami']),
 ('سلطانی',['Soltani']),('نیک‌نام',['Niknam']),('خسروی',['Khosravi']),('امینی',['Amini']),('رستمی',['Rostami']),('قربانی',['Ghorbani','Qorbani']),
 ('عباسی',['Abbasi']),('ملکی',['Maleki']),('باقری',['Bagheri','Baqeri']),('کیانی',['Kiani']),('مختاری',['Mokhtari']),('صفری',['Safari']),
 ('جلالی',['Jalali']),('دهقان',['Dehghan','Dehqan']),('اسدی',['Asadi']),('توکلی',['Tavakoli']),('رنجبر',['Ranjbar']),('گلزار',['Golzar']),
 ('آهنگر',['Ahangar']),('خیاط',['Khayat','Khayyat']),('پورمحمدی',['Pourmohammadi']),('شجاعی',['Shojaei']),('فتحی',['Fathi']),('وکیلی',['Vakili']),
 ('بزرگمهر',['Bozorgmehr']),('نیکپور',['Nikpour']),('آزادی',['Azadi']),('فرجی',['Faraji'])]
FA_BRAND = [('آریا',['Arya','Aria']),('البرز',['Alborz']),('دماوند',['Damavand']),('زاگرس',['Zagros']),('سپید',['Sepid']),('نگین',['Negin']),
 ('آفتاب',['Aftab']),('مهرگان',['Mehregan']),('کاوه',['Kaveh']),('سیمرغ',['Simorgh']),('ستاره',['Setareh']),('بهار',['Bahar']),
 ('نیلوفر',['Niloufar','Nilufar']),('پیام',['Payam']),('رویان',['Royan']),('آسمان',['Asman','Aseman']),('توس',['Tous','Toos']),
 ('کوثر',['Kowsar','Kosar']),('گلستان',['Golestan']),('مهتاب',['Mahtab']),('شایان',['Shayan']),('آرمان',['Arman']),('پویا',['Pouya','Puya']),
 ('نوآوران',['Noavaran']),('رهپویان',['Rahpouyan']),('تابان',['Taban']),('کیمیا',['Kimia']),('آوند',['Avand']),('بردیا',['Bardia']),('هامون',['Hamoun'])]
FA_IND = [('صنعت',['Sanat','Industry','Industrial']),('مهندسی',['Mohandesi','Engineering']),('بازرگانی',['Bazargani','Trading','Commercial']),
 ('تجارت',['Tejarat','Trade']),('فناوری',['Fanavari','Technology']),('الکترونیک',['Electronic','Electronics']),('ماشین‌سازی',['Mashinsazi','Machine Building']),
 ('کشتیرانی',['Keshtirani','Shipping']),('قطعه‌سازی',['Ghatehsazi','Parts Manufacturing']),('پلیمر',['Polymer']),('ابزار',['Abzar','Tools'])]
AR_BRAND = [('النخبة',['Al-Nukhba','Al Nokhba','Elite']),('الرواد',['Al-Rowad','Al Ruwad','Pioneers']),('الأفق',['Al-Ufuq','Al Ofok','Horizon']),
 ('الندى',['Al-Nada','Al Nada']),('الواحة',['Al-Waha','Oasis']),('السنابل',['Al-Sanabel','Sanabel']),('المنارة',['Al-Manara','Manara']),
 ('الربيع',['Al-Rabie','Al Rabea']),('الياسمين',['Al-Yasmin','Yasmeen']),('النجمة',['Al-Najma','Najma']),('الصقر',['Al-Saqr','Al Saqer']),
 ('البشائر',['Al-Bashaer','Bashaer']),('الشروق',['Al-Shorouk','Shorouk']),('اللؤلؤة',['Al-Lulua','Lulu']),('الريان',['Al-Rayyan','Rayyan']),
 ('الجزيرة الخضراء',['Green Island','Al-Jazira Al-Khadra']),('بوابة الشرق',['Bawabat Al-Sharq','East Gate']),('الأمانة',['Al-Amana','Amana']),
 ('الفيروز',['Al-Fairouz','Fairouz']),('السلسبيل',['Al-Salsabil','Salsabeel'])]
AR_IND = [('للتجارة العامة',['General Trading','Trading']),('للصناعات الهندسية',['Engineering Industries']),('للتكنولوجيا',['Technology']),
 ('للنقل البحري',['Shipping','Maritime Transport']),('للمقاولات',['Contracting']),('للإلكترونيات',['Electronics']),('للاستيراد والتصدير',['Import Export','Import and Export'])]
KAZ_GIVEN = ['Нурлан','Ерлан','Асхат','Бауыржан','Серік','Марат','Даурен','Айдос','Ержан','Талгат','Айгерим','Динара','Гульнара','Жанар','Асель','Мадина','Әсел','Құрманғазы','Ақжол','Нұрсұлтан']
KAZ_FAMILY = ['Ахметов','Нурпеисов','Жумабаев','Сейткали','Омаров','Тулегенов','Касымов','Абенов','Искаков','Бекмуханов','Сарсенбаев','Кенжебаев','Байжанов','Есенов','Мұхамеджанов','Әбдірахманов','Қасымов','Оспанов','Жақсыбеков','Төлеуов']
SR_GIVEN_M = ['Милош','Никола','Стефан','Лука','Марко','Душан','Немања','Дејан','Зоран','Горан','Небојша','Владимир','Бранко','Ђорђе','Јован']
SR_GIVEN_F = ['Јелена','Милица','Ана','Драгана','Весна','Снежана','Марија','Тијана','Јована','Ивана']
SR_FAMILY = ['Јовановић','Петровић','Николић','Марковић','Ђорђевић','Стојановић','Илић','Станковић','Павловић','Милошевић','Тодоровић','Ђурић','Живковић','Лазић','Вуковић','Радовановић','Пешић','Косановић','Бојић','Митровић']
RU_BRAND = ['Северный ветер','Сфера','Гранит','Меридиан','Берёзка','Техснаб','Промресурс','Старт-Инвест','Полимер-Сервис','Альфа-Трейд','Интегра',
 'Ладога','Волна','Кедр','Янтарь','Аврора','ТрансЛогистик','Орбита','Сибтехмонтаж','Уралметаллснаб','Векторпром','Норд-Снаб','Энергокомплект','Техно-Альянс','СпецМашСервис','Виктория','Лотос','Стройдеталь','Импульс-Плюс','Феникс-Логистик','Кристалл','Радуга','Надежда','Прогресс-Т','ТехноВолга']
UA_BRAND = ['Світанок','Дніпро-Агро','Каштан','Зоря','Укрметалпостач','Полісся','Київтехсервіс','Карпати-Трейд']
BG_BRAND = ['Балкан Трейд','Рила','Странджа','Тракия Машини','Дунав Логистик','Родопа']
KZ_BRAND = ['Алатау Сервис','Каспий Логистик','Астана Техснаб','Жетісу','Көкшетау','Сарыарқа Трейд']
SR_BRAND = ['Морава','Шумадија','Дрина Промет','Авала','Копаоник Трејд','Тимок']
CN_CITY = [('深圳','Shenzhen'),('大连','Dalian'),('宁波','Ningbo'),('青岛','Qingdao'),('苏州','Suzhou'),('无锡','Wuxi'),('厦门','Xiamen'),('天津','Tianjin'),
 ('沈阳','Shenyang'),('丹东','Dandong'),('广州','Guangzhou'),('东莞','Dongguan'),('上海','Shanghai'),('北京','Beijing'),('西安','Xi\'an'),('成都','Chengdu'),
 ('长沙','Changsha'),('杭州','Hangzhou'),('佛山','Foshan'),('常州','Changzhou'),('珠海','Zhuhai'),('烟台','Yantai'),('合肥','Hefei'),('济南','Jinan')]
CN_BRAND = ['华瑞','恒通','鑫源','宏达','金桥','博远','瑞丰','泰和','海润','新航','天诚','永盛','德信','百川','嘉禾','盛世','凯越','远航','明辉','星辰','路通',
 '润泽','佳美','锦程','安泰','东升','鸿运','汇通','晟宇','睿博','昊天','中瑞','广源','利达','鼎盛','伟业','弘毅','恒昌','诚信','卓越','铭扬','乐晟','金穗','启航','蓝海']
CN_IND = [('科技','Technology',['Technology','Tech','Science & Technology']),('贸易','Trading',['Trading','Trade']),('进出口','Import & Export',['Import & Export','Imp. & Exp.','Import and Export']),
 ('机械','Machinery',['Machinery']),('电子','Electronics',['Electronics','Electronic']),('精密仪器','Precision Instrument',['Precision Instrument','Precision Instruments']),
 ('新材料','New Materials',['New Material','New Materials']),('物流','Logistics',['Logistics']),('化工','Chemical',['Chemical','Chemicals']),
 ('船务','Shipping',['Shipping']),('实业','Industrial',['Industrial','Industry']),('自动化设备','Automation Equipment',['Automation Equipment']),('光电','Optoelectronics',['Optoelectronic','Opto-Electronics'])]
CN_FORM = [('有限公司','Co., Ltd.'),('股份有限公司','Co., Ltd.'),('有限责任公司','Co., Ltd.')]
TW_CITY = [('臺北','Taipei'),('新竹','Hsinchu'),('台中','Taichung'),('香港','Hong Kong'),('高雄','Kaohsiung')]
TW_BRAND = ['華瑞','恆通','鑫源','宏達','金橋','博遠','瑞豐','泰和','海潤','新航','天誠','永盛','德信','百川','嘉禾','錦程','安泰','鴻運','匯通','昊天']
TW_IND = [('科技','Technology'),('貿易','Trading'),('精密機械','Precision Machinery'),('電子','Electronics'),('實業','Industrial'),('國際','International')]
JA_BRAND = [('青葉','Aoba'),('朝日精機','Asahi Seiki'),('みどり','Midori'),('大和','Yamato'),('北斗','Hokuto'),('東光','Toko'),('旭','Asahi'),('白鷺','Shirasagi'),
 ('光洋','Koyo'),('三栄','San-ei'),('富士見','Fujimi'),('菱和','Ryowa'),('協和','Kyowa'),('丸八','Maruhachi'),('桜井','Sakurai'),('新星','Shinsei')]
JA_IND = [('商事','Shoji','Trading'),('工業','Kogyo','Industries'),('精密','Seimitsu','Precision'),('電機','Denki','Electric'),('産業','Sangyo','Industry'),
 ('テクノ','Techno','Techno'),('物産','Bussan','Trading'),('製作所','Seisakusho','Works'),('貿易','Boeki','Trading')]
KO_BRAND = ['금성','은하','청송','해림','대양','한빛','새별','푸른솔','다온','태성','동진','세진','우성','한결','가람','누리','별빛','솔빛','은별','선진','영진',
 '삼광','대원','성진','흥국','신흥','광명','한울','보람','청운','백마','금강','서광','진달래','만경','오성','유성','태양','해돋이','남강']
KO_IND = [('무역회사','Trading Company',['Muyok Hoesa','Trading Company','Trading Corporation','Trading Corp.']),('무역','Trading',['Muyeok','Trading']),
 ('산업','Industrial',['Sanop','Sanup','Industrial','Industries']),('기계','Machinery',['Kigye','Gigye','Machinery']),('전자','Electronics',['Jonja','Jeonja','Electronics']),
 ('해운','Shipping',['Haeun','Shipping']),('상사','Trading',['Sangsa','Trading']),('정밀','Precision',['Jongmil','Jeongmil','Precision']),
 ('항공','Aerospace',['Hanggong','Aerospace','Aviation']),('테크','Tech',['Tech']),('물산','Trading',['Mulsan','Trading']),('종합상사','General Trading',['General Trading','Jonghap Sangsa'])]
GENERIC = set('''co company corporation corp ltd limited llc inc plc gmbh kg ag sa sas sarl srl spa bv nv ab as oy jsc ojsc pjsc cjsc ooo ao zao pao fze fzco fz llc
wll sdn bhd pte pt tbk pvt private public joint stock group grp intl international industries industry industrial ind trading trade trdg tech technology technologies
technical shipping maritime bank aerospace aviation engineering eng electronic electronics machinery machine tools tool systems system solutions services service svcs
general import export imp exp and the of for logistics precision instrument instruments chemical chemicals materials material new holdings holding enterprise enterprises
manufacturing mfg works science sciences research institute center centre organisation organization development energy metals metal steel commercial korea korean
china chinese hong kong iran iranian dubai global contracting supply supplies equipment automation defence defense sanat sanaye tejarat bazargani mohandesi muyok
muyeok hoesa sangsa kigye sanop shoji kogyo boeki co.ltd a s as sti ltdsti anonim sirketi limited sirketi sa de cv ltda eireli lda e spol s r o'''.split())
