# -*- coding: utf-8 -*-
"""Hand-made organisation pools: distinctive words, kind words, legal forms by country."""
from pools import P

ZH_PLACES = P("""江苏=Jiangsu; 浙江=Zhejiang; 广东=Guangdong; 深圳=Shenzhen; 上海=Shanghai; 北京=Beijing; 天津=Tianjin; 苏州=Suzhou; 宁波=Ningbo;
无锡=Wuxi; 西安=Xi'an; 成都=Chengdu; 大连=Dalian; 青岛=Qingdao; 厦门=Xiamen; 东莞=Dongguan; 武汉=Wuhan; 长沙=Changsha; 沈阳=Shenyang;
南京=Nanjing; 常州=Changzhou; 佛山=Foshan; 温州=Wenzhou; 合肥=Hefei; 郑州=Zhengzhou; 济南=Jinan; 昆明=Kunming; 南昌=Nanchang""")
# brand chars: simp, trad, pinyin, cantonese
ZH_BRAND = [l.split() for l in """恒 恒 heng hang
达 達 da tat
华 華 hua wah
鑫 鑫 xin yam
瑞 瑞 rui sui
泰 泰 tai tai
宏 宏 hong wang
信 信 xin shun
成 成 cheng shing
源 源 yuan yuen
通 通 tong tung
利 利 li lee
丰 豐 feng fung
盛 盛 sheng shing
德 德 de tak
兴 興 xing hing
金 金 jin kam
远 遠 yuan yuen
嘉 嘉 jia ka
博 博 bo pok
润 潤 run yun
晨 晨 chen san
光 光 guang kwong
永 永 yong wing
安 安 an on
联 聯 lian luen
创 創 chuang chong
捷 捷 jie chit
海 海 hai hoi
龙 龍 long lung
凯 凱 kai hoi
明 明 ming ming
振 振 zhen chun
威 威 wei wai
锦 錦 jin kam""".splitlines()]
ZH_INDUSTRY = P("""精密机械=Precision Machinery; 电子科技=Electronic Technology; 新材料=New Materials; 进出口贸易=Import and Export Trading;
化工=Chemical; 光电=Optoelectronics; 自动化设备=Automation Equipment; 机电=Mechanical and Electrical; 仪器仪表=Instruments and Meters;
复合材料=Composite Materials; 特种钢材=Special Steel; 数控技术=CNC Technology; 物流=Logistics; 纺织=Textile; 食品=Foods; 医药=Pharmaceutical;
模具=Mould; 五金制品=Hardware Products; 轴承=Bearing; 阀门=Valve; 传感器=Sensor; 电源=Power Supply; 塑胶=Plastics; 包装=Packaging""")
ZH_TRAD_INDUSTRY = {"精密机械": "精密機械", "电子科技": "電子科技", "新材料": "新材料", "进出口贸易": "進出口貿易", "化工": "化工", "光电": "光電",
    "自动化设备": "自動化設備", "机电": "機電", "仪器仪表": "儀器儀表", "复合材料": "複合材料", "特种钢材": "特種鋼材", "数控技术": "數控技術",
    "物流": "物流", "纺织": "紡織", "食品": "食品", "医药": "醫藥", "模具": "模具", "五金制品": "五金製品", "轴承": "軸承", "阀门": "閥門",
    "传感器": "傳感器", "电源": "電源", "塑胶": "塑膠", "包装": "包裝"}
ZH_INST = P("""人民医院=People's Hospital; 中医院=Hospital of Traditional Chinese Medicine; 职业技术学院=Vocational and Technical College;
理工学院=Institute of Technology; 农村商业银行=Rural Commercial Bank; 师范学院=Normal College""")

KO_BRAND = P("""대성=Daesung/Daeseong; 한양=Hanyang; 동양=Dongyang/Tongyang; 삼화=Samhwa; 세진=Sejin; 우진=Woojin/Ujin; 태광=Taekwang/Taegwang;
신흥=Shinheung/Sinheung; 영진=Youngjin/Yeongjin; 한일=Hanil; 대진=Daejin; 성우=Sungwoo/Seongu; 유진=Yujin/Eugene; 일신=Ilshin/Ilsin;
동원=Dongwon; 삼진=Samjin; 대원=Daewon; 한빛=Hanbit; 미래=Mirae; 새한=Saehan; 동진=Dongjin; 금성=Kumsung/Geumseong; 청우=Chungwoo/Cheongu;
경동=Kyungdong/Gyeongdong; 서진=Seojin/Suhjin""")
KO_IND = P("""정밀=Precision; 전자=Electronics; 기계=Machinery; 화학=Chemical; 소재=Materials; 테크=Tech; 엔지니어링=Engineering; 물산=Trading/Mulsan;
상사=Trading/Sangsa; 중공업=Heavy Industries; 금속=Metal; 광학=Optics; 산업=Industrial; 에너지=Energy; 로지스틱스=Logistics""")
KP_PLACE = P("""대동강=Taedonggang/Daedonggang; 묘향=Myohyang/Myohyang; 칠보=Chilbo/Ch'ilbo; 만경대=Mangyongdae/Man'gyŏngdae; 룡악=Ryongak/Ryongak;
보통강=Pothonggang/Potonggang; 모란봉=Moranbong/Moranbong; 청류=Chongryu/Ch'ŏngryu; 새별=Saebyol/Saepyŏl; 락원=Rakwon/Rakwŏn;
삼천리=Samchonri/Samch'ŏlli; 경흥=Kyongheung/Kyŏnghŭng; 능라=Rungra/Rŭngra; 해당화=Haedanghwa/Haedanghwa; 려명=Ryomyong/Ryŏmyŏng;
봉화=Ponghwa/Ponghwa; 장수산=Jangsusan/Changsusan; 룡남산=Ryongnamsan/Ryongnamsan; 자강=Jagang/Chagang; 함흥=Hamhung/Hamhŭng;
강선=Kangson/Kangsŏn; 선봉=Sonbong/Sŏnbong; 평양=Pyongyang/P'yŏngyang; 원산=Wonsan/Wŏnsan""")
KP_KIND = P("""무역회사=Trading Company/Trading Co.; 무역총회사=General Trading Corporation/General Trading Corp.; 합영회사=Joint Venture Company/JV Co.;
기계공장=Machine Factory/Machine Plant; 수산사업소=Fisheries Station/Fishery Station; 병원=Hospital/Hospital; 식료공장=Foodstuff Factory/Food Factory;
피복공장=Garment Factory/Clothing Factory; 종합대학=University/University; 상점=Store/Shop""")

JA_BRAND = P("""東和=Towa; 大和=Daiwa; 三協=Sankyo; 日東=Nitto; 昭和=Showa; 富士=Fuji; 北陸=Hokuriku; 中央=Chuo; 大東=Daito; 協和=Kyowa;
太陽=Taiyo; 新日本=Shin-Nihon/Shin Nippon; 東邦=Toho; 旭=Asahi; 丸一=Maruichi; 山田=Yamada; 岡本=Okamoto; 高田=Takada; 西日本=Nishi-Nihon; 湘南=Shonan""")
JA_IND = P("""精機=Seiki/Precision; 製作所=Seisakusho/Works; 工業=Kogyo/Industries; 電機=Denki/Electric; 化学=Kagaku/Chemical; 商事=Shoji/Trading;
産業=Sangyo/Industries; 技研=Giken/Engineering; 金属=Kinzoku/Metal; 光学=Kogaku/Optical; 物産=Bussan/Trading; 電子=Denshi/Electronics""")
JA_KANA = P("""サンテック=Suntech; ミナトテクノ=Minato Techno; アオバ=Aoba; ハヤテ=Hayate; テクノブリッジ=Technobridge; ユニオンパーツ=Union Parts;
グリーンライン=Green Line; コスモメタル=Cosmo Metal; ネクサス=Nexus; アルファトレード=Alpha Trade; プライムオプト=Prime Opto; ミライ=Mirai;
ソレイユ=Soleil; リバーサイド=Riverside; ヒカリデバイス=Hikari Device; エムケイ精工=MK Seiko""")

RU_ROOTS = P("""Техно=Tekhno/Techno; Пром=Prom; Спец=Spets/Spec; Энерго=Energo; Строй=Stroy/Stroi; Мет=Met; Маш=Mash; Авто=Avto; Гео=Geo; Агро=Agro;
Транс=Trans; Тех=Tekh/Tech; Нефте=Nefte; Электро=Elektro/Electro; Хим=Khim/Chem; Лес=Les; Мед=Med; Газ=Gaz; Инвест=Invest; Сервис=Servis/Service""")
RU_TAILS = P("""снаб=snab; сервис=servis/service; комплект=komplekt; трейд=treyd/trade; монтаж=montazh; ресурс=resurs/resource; систем=sistem/system;
лаб=lab; инжиниринг=inzhiniring/engineering; поставка=postavka; логистик=logistik/logistic; торг=torg""")
RU_PLACES = P("""Урал=Ural; Волга=Volga; Сибирь=Sibir/Siberia; Балт=Balt; Кама=Kama; Дон=Don; Вятка=Vyatka; Нева=Neva; Ока=Oka; Алтай=Altay/Altai;
Тверь=Tver; Самара=Samara; Казань=Kazan; Пермь=Perm; Томск=Tomsk; Омск=Omsk""")
UA_PLACES = P("""Дніпро=Dnipro; Поділля=Podillia/Podolye; Карпати=Karpaty; Славутич=Slavutych; Полісся=Polissia; Запоріжжя=Zaporizhzhia; Одеса=Odesa/Odessa""")
KZ_PLACES = P("""Алатау=Alatau; Есіл=Esil/Yesil; Сарыарқа=Saryarka/Saryarqa; Каспий=Kaspiy/Caspian; Жетісу=Zhetisu; Тұран=Turan; Ертіс=Ertis/Irtysh""")
BY_PLACES = P("""Нёман=Nioman/Neman; Палессе=Palesse/Polesye; Дзвіна=Dzvina/Dvina; Бярэзіна=Biarezina/Berezina; Гродна=Hrodna/Grodno; Віцебск=Vitsebsk/Vitebsk""")
RU_WORDS = P("""Вектор=Vektor/Vector; Алмаз=Almaz; Гранит=Granit; Меридиан=Meridian; Орион=Orion; Сигма=Sigma; Альянс=Alyans/Alliance; Полюс=Polyus/Polus;
Атлант=Atlant; Звезда=Zvezda; Импульс=Impuls/Impulse; Прогресс=Progress; Квант=Kvant; Спектр=Spektr/Spectr; Электрон=Elektron/Electron;
Радуга=Raduga; Сокол=Sokol; Кристалл=Kristall/Crystal; Фотон=Foton/Photon; Луч=Luch; Исток=Istok; Рубин=Rubin; Салют=Salyut; Восход=Voskhod""")
RU_FORMS = P("""ООО=OOO/LLC; АО=AO/JSC; ПАО=PAO/PJSC; ЗАО=ZAO/CJSC; ТД=TD/Trading House""")
UA_FORMS = P("""ТОВ=TOV/LLC; ПрАТ=PrAT/PJSC""")
KZ_FORMS = P("""ТОО=TOO/LLP; АО=AO/JSC""")
BY_FORMS = P("""ТАА=TAA/LLC; ААТ=AAT/OJSC""")

FA_BRAND = P("""پارس=Pars; آریا=Arya/Aria; سپهر=Sepehr; کاوه=Kaveh; البرز=Alborz; زاگرس=Zagros; ستاره=Setareh; نوین=Novin; سهند=Sahand; مهر=Mehr;
کیمیا=Kimia; آسیا=Asia; ایمن=Imen/Iman; تابان=Taban; فرزان=Farzan; نگین=Negin; رایان=Rayan; آفتاب=Aftab; بهین=Behin; پیشگامان=Pishgaman""")
FA_KIND = P("""مهندسی=Engineering/Mohandesi; بازرگانی=Trading/Bazargani; صنایع=Industries/Sanaye; فنی=Technical/Fanni; تولیدی=Manufacturing/Tolidi;
کشت و صنعت=Agro-Industry/Kesht va Sanat; حمل و نقل=Transport/Haml va Naql; داروسازی=Pharmaceutical/Darusazi""")
AR_BRAND = P("""النور=Al Noor/Al-Nour; الأمل=Al Amal/Al-Amal; الفجر=Al Fajr/Al-Fajr; الرواد=Al Rowad/Al-Ruwad; السلام=Al Salam/Al-Salam; الخليج=Al Khaleej/Gulf;
الشرق=Al Sharq/Al-Sharq; النجمة=Al Najma/Al-Najmah; الوفاء=Al Wafa/Al-Wafaa; البركة=Al Baraka/Al-Barakah; الصفوة=Al Safwa/Al-Safwah;
الريادة=Al Riyada/Al-Riyadah; الأفق=Al Ofoq/Al-Ufuq; المستقبل=Al Mustaqbal/Al-Mustaqbal; الياسمين=Al Yasmeen/Al-Yasmin; الواحة=Al Waha/Al-Wahah""")
AR_KIND = P("""للتجارة العامة=General Trading/Gen. Trdg.; للمقاولات=Contracting/Contg.; للصناعات الهندسية=Engineering Industries/Eng. Ind.;
للنقل والشحن=Transport and Shipping/Shipping; للإلكترونيات=Electronics/Electronics; للأدوية=Pharmaceuticals/Pharma""")
TH_BRAND = P("""สยาม=Siam; ไทยเจริญ=Thai Charoen/Thai Jaroen; รุ่งเรือง=Rungruang/Rung Rueang; สหมิตร=Sahamit/Saha Mit; ทองไทย=Thongthai/Thong Thai;
เอเชีย=Asia; กรุงเทพ=Krungthep/Bangkok; ชัยพัฒนา=Chaiphatthana/Chai Pattana; ศรีสยาม=Sri Siam/Si Sayam; บางนา=Bangna/Bang Na""")
TH_IND = P("""วิศวกรรม=Engineering; อุตสาหกรรม=Industry; เทรดดิ้ง=Trading; อิเล็กทรอนิกส์=Electronics; เคมีภัณฑ์=Chemicals; โลหะกิจ=Metal Works; โลจิสติกส์=Logistics""")
HE_BRAND = P("""אורן=Oren; גלבוע=Gilboa; כרמל=Carmel; ארז=Erez; נגב=Negev; שחר=Shahar; רימון=Rimon; גליל=Galil; ירדן=Yarden/Jordan; אלמוג=Almog; חרמון=Hermon; תמר=Tamar""")
HE_IND = P("""מערכות=Systems; הנדסה=Engineering; אופטיקה=Optics; אלקטרוניקה=Electronics; תעשיות=Industries; יבוא ושיווק=Import and Marketing; לוגיסטיקה=Logistics""")
EL_BRAND = P("""Αιγαίο=Aigaio/Aegean; Όλυμπος=Olympos/Olympus; Ερμής=Ermis/Hermes; Αθηνά=Athina/Athena; Πήγασος=Pigasos/Pegasus; Ιόνιο=Ionio/Ionian;
Κρήτη=Kriti/Crete; Μακεδονία=Makedonia/Macedonia; Θεσσαλία=Thessalia/Thessaly; Ήπειρος=Ipeiros/Epirus""")
EL_IND = P("""Τεχνική=Techniki/Technical; Μηχανολογική=Michanologiki/Mechanical; Εμπορική=Emporiki/Commercial; Ηλεκτρονική=Ilektroniki/Electronic;
Ναυτιλιακή=Naftiliaki/Shipping; Κατασκευαστική=Kataskevastiki/Construction""")
KA_BRAND = P("""კავკასია=Kavkasia/Caucasus; ქართლი=Kartli; რიონი=Rioni; მტკვარი=Mtkvari; ალაზანი=Alazani; თეთნულდი=Tetnuldi; არაგვი=Aragvi; იმერეთი=Imereti; კოლხეთი=Kolkheti""")
KA_IND = P("""ინჟინერინგი=Engineering; ტექნოლოგიები=Technologies; ტრეიდი=Trade; ლოგისტიკა=Logistics; ენერჯი=Energy; კონსტრაქშენი=Construction""")
HY_BRAND = P("""Արարատ=Ararat; Արագած=Aragats; Սևան=Sevan; Մասիս=Masis; Զվարթնոց=Zvartnots; Նաիրի=Nairi; Շիրակ=Shirak; Լոռի=Lori; Գառնի=Garni; Դիլիջան=Dilijan""")
HY_IND = P("""Ինժիներինգ=Engineering; Տեխնոլոգիաներ=Technologies; Առևտուր=Trade/Arevtur; Լոգիստիկ=Logistic; Էներգո=Energo; Շին=Shin/Construction""")

# Latin-only countries: distinctive words, industries, legal forms
LAT_ORG = {
 "TR": ("Anadolu Marmara Ege Toros Kartal Yıldız Doğu Akdeniz Başkent Ergün Özkan Demirtaş Birlik Atlas Karadeniz Simge Akın Yeşil",
        "Makina|Elektronik|Kimya|Savunma Teknolojileri|Metal|Otomotiv|Dış Ticaret|Mühendislik|Tekstil|Plastik", ["A.Ş.", "Ltd. Şti.", "San. ve Tic. A.Ş.", "San. ve Tic. Ltd. Şti."]),
 "DE": ("Rheintal Nordstern Brandt Kessler Hofmann Alpen Elbe Weser Falken Hansa Lindner Baumann Bergmann Adler Sonnen Vogt Steiner Ostwind",
        "Präzisionstechnik|Maschinenbau|Elektronik|Antriebstechnik|Messtechnik|Handelsgesellschaft|Werkzeugbau|Logistik|Oberflächentechnik|Sensorik", ["GmbH", "AG", "GmbH & Co. KG", "KG"]),
 "GB": ("Pennine Severn Thames Kestrel Harrow Ashford Wexley Marlow Redbridge Greystone Oakfield Hawthorn Lyndale Brockley Castleton Fenwick Whitmore Calder",
        "Engineering|Precision Components|Electronics|Trading|Instruments|Aerospace Fasteners|Logistics|Technical Services|Composites|Controls", ["Ltd", "Limited", "plc", "LLP", "Ltd."]),
 "FR": ("Armor Provence Lumière Bellevue Vauban Dauphiné Garonne Loire Saint-Clair Mistral Azur Beaumont Lavoisier Morel Fontaine Chabert Delorme",
        "Mécanique|Électronique|Industries|Précision|Technologies|Aéro Services|Équipements|Logistique|Composites|Optique", ["SAS", "SARL", "S.A.", "SA"]),
 "IN": ("Shree Ganesh Sai Balaji Lakshmi Om Sri Venkateswara Bharat Ashoka Kaveri Himalaya Vindhya Shakti Omkar Mahalaxmi Tirupati Sagar Krishna Deccan Narmada",
        "Engineering|Precision Tools|Electronics|Industries|Forgings|Castings|Alloys|Polymers|Hospital|Instruments|Exports|Infotech", ["Pvt. Ltd.", "Private Limited", "Ltd.", "LLP", "(P) Ltd"]),
 "PK": ("Indus Ravi Chenab Al-Fazal Crescent Karakoram Margalla Mehran Frontier Madina Sialkot Qadri Faisal Usmania Ittefaq Kohinoor Pak-Gulf Zamzam",
        "Engineering|Surgical Instruments|Textile Mills|Industries|Traders|Electronics|Steel|Chemicals|Sports|Enterprises", ["(Pvt.) Ltd.", "(Private) Limited", "Ltd.", "& Co."]),
 "MY": ("Sinar Cahaya Mutiara Bintang Kenanga Seri Jaya Mega Perdana Tunas Permata Delima Melati Nusantara Hikmah Gemilang Bestari Syarikat",
        "Engineering|Trading|Technologies|Industries|Marine Services|Precision|Logistics|Electronics|Resources|Holdings", ["Sdn Bhd", "Sdn. Bhd.", "Bhd", "Berhad"]),
 "ID": ("Maju Sejahtera Abadi Makmur Sentosa Mandiri Cahaya Mulia Karya Bersama Nusantara Sumber Jaya Sinar Harapan Indah Perkasa Utama",
        "Teknik|Elektronika|Industri|Logistik|Perdagangan|Kimia|Engineering|Trading|Prima|Persada", ["PT", "PT", "Tbk", "CV"]),
 "VN": ("Hòa Bình Phú Thịnh Thành Công Minh Phát Hưng Thịnh Sao Mai An Phát Đại Việt Tân Cảng Nam Việt Hoàng Long Phương Đông",
        "Cơ khí|Điện tử|Thương mại|Kỹ thuật|Xuất nhập khẩu|Công nghệ|Vận tải", ["Công ty TNHH", "Công ty Cổ phần", "JSC", "Co., Ltd"]),
 "BR": ("Paulista Guanabara Atlântico Ipiranga Serrano Cerrado Planalto Carioca Mineira Amazonas Pampa Tupi Horizonte Bandeirante Itaú-Sul",
        "Engenharia|Indústria Mecânica|Eletrônica|Comércio Exterior|Usinagem|Metalúrgica|Tecnologia|Logística|Química", ["Ltda.", "S.A.", "Ltda", "EIRELI"]),
 "NG": ("Zenon Dangote-Vale Lekki Ikeja Oduduwa Niger-Delta Arewa Bonny Jos Plateau Onitsha Sahel Olumo Ibeju Eko Oyo Kano-Gate",
        "Engineering|Trading|Oil Services|Industries|Logistics|Electronics|Ventures|Global Resources|Technical Services", ["Ltd", "Nigeria Limited", "Limited", "Ltd."]),
 "IT": ("Adriatica Tirrena Padana Lombarda Vesuvio Etna Dolomiti Brenta Arno Ligure Sannio Marche Trentina Romagnola",
        "Meccanica|Elettronica|Precisione|Componenti|Tecnologie|Industrie|Trasporti|Ottica", ["S.r.l.", "S.p.A.", "Srl", "SpA"]),
 "PL": ("Wisła Mazowsze Karpaty Bałtyk Sudety Warta Odra Pomorze Tatry Polmet Elbud Techmet Agropol",
        "Mechanika|Elektronika|Technika|Precyzja|Logistyka|Handel|Inżynieria", ["Sp. z o.o.", "S.A.", "sp. z o.o."]),
 "AE": ("Blue Dune Desert Rose Crescent Moon Palm Gate Falcon Eye Pearl Coast Emirates Bridge Oasis Star Gulf Horizon Jebel Line Creekside Safa",
        "General Trading|Electronics Trading|Technical Services|Marine Equipment|Industrial Supplies|Logistics|Spare Parts Trading|Engineering", ["LLC", "FZE", "FZCO", "L.L.C.", "FZ-LLC", "DMCC"]),
 "SG": ("Merlion Orchid Lion Gate Raffles Pacific Straits Harbourfront Jurong Tampines Sentosa Bukit Changi Kallang Marina",
        "Electronics|Precision Engineering|Trading|Marine|Technologies|Components|Logistics|Supply Chain", ["Pte Ltd", "Pte. Ltd.", "Private Limited"]),
}
LAT_INST = {  # universities, hospitals, institutes, banks (latin)
 "TR": ["{w} Üniversitesi", "{w} Devlet Hastanesi", "{w} Teknik Üniversitesi", "{w} Katılım Bankası"],
 "DE": ["Hochschule {w}", "Klinikum {w}", "{w}-Institut für Werkstoffkunde", "{w} Sparkasse", "Volksbank {w}"],
 "GB": ["University of {w}", "{w} General Hospital", "{w} Institute of Technology", "{w} Building Society", "{w} College"],
 "FR": ["Université de {w}", "Centre hospitalier de {w}", "Institut {w} de Recherche", "Banque {w}"],
 "IN": ["{w} Institute of Technology", "{w} Multispeciality Hospital", "{w} College of Engineering", "{w} Co-operative Bank", "{w} University"],
 "PK": ["{w} University of Engineering and Technology", "{w} Hospital", "{w} Institute of Science", "{w} Bank Limited"],
 "MY": ["Universiti {w}", "Hospital {w}", "Kolej {w}", "Bank {w} Berhad"],
 "ID": ["Universitas {w}", "Rumah Sakit {w}", "Politeknik {w}", "Bank {w}"],
 "BR": ["Universidade {w}", "Hospital {w}", "Instituto {w} de Pesquisas", "Banco {w}"],
 "NG": ["{w} University", "{w} Teaching Hospital", "{w} Polytechnic", "{w} Microfinance Bank"],
 "IT": ["Università {w}", "Ospedale {w}", "Istituto {w} di Ricerca", "Banca {w}"],
 "PL": ["Politechnika {w}", "Szpital {w}", "Bank {w}"],
 "AE": ["{w} Hospital", "{w} University", "{w} Institute of Technology"],
 "SG": ["{w} Polytechnic", "{w} Medical Centre", "{w} Institute"],
 "VN": ["Đại học {w}", "Bệnh viện {w}", "Ngân hàng {w}"],
}
ABBREV = [("Corporation", "Corp."), ("International", "Intl"), ("Technology", "Tech."), ("Technologies", "Tech."), ("Engineering", "Eng."),
          ("Industries", "Ind."), ("Industrial", "Ind."), ("Company", "Co."), ("Limited", "Ltd"), ("Manufacturing", "Mfg."), ("Trading", "Trdg."),
          ("Electronics", "Elec."), ("Private", "Pvt."), ("Precision", "Prec."), ("Group", "Grp"), ("Services", "Svcs.")]

# English words used in firm names (for one-letter traps: a different real word)
EN_WORDS = """star stag spar scar sear gold bold cold fold hold mold sold told gild gilt pine wine line mine nine fine dine vine pint pins pane cone bone tone zone
lone hone sea tea pea bay day way ray hay may pay say sun son sin sum run gun bun fun pun nun rose nose hose pose rise rite kite site bite mite
east cast fast last mast past vast west best nest pest rest test vest zest nova note vote tote mote rote blue glue clue true tree free flee green
greet great grease sky ski pole mole role hole sole bole tall tale pale sale male gale bale dale vale hale kale wale peak beak leak weak teak
bear dear fear gear hear near pear rear sear tear wear year real seal deal heal meal peal veal zeal moon noon boon soon loon coon iron icon
oak oat bat cat fat hat mat pat rat sat vat tower power lower mower rower cower dower bower hawk hack back pack rack sack tack jack lack
star steel steer steed sheer sheep sheet shoot shore store stone stove stare stark stork storm form norm dorm worm firm fire hire wire tire
dire mire sire ace ice age ape arc art ark arm aim air ail all alp amp and ant any ape bark dark lark mark park spark shark
eagle angle ample apple fable table cable gable sable maple rapple light fight might night right sight tight wight eight bright
delta dealt metro retro astro united unite untie ocean crest chest trust crust frost front fount mount count point joint print prime
prize pride bride bribe tribe trine brine urine union onion opion alpha aloha omega vega sigma digma zenith rapid vapid valid solid
polar solar sonar lunar molar wave cave gave have nave pave rave save dove love move rove cove hove grove drove prove trove""".split()
