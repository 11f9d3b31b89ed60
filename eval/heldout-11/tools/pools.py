# -*- coding: utf-8 -*-
"""Name pools typed by hand for heldout-11 (weights are rough real-world frequencies).

Each family/given entry: (native, weight, [latin variants]) -- the first variant is the
most usual spelling. Weights only matter relative to each other inside one list.
"""

# ------------------------------------------------------------------ Korean
# hangul, weight, ROK usual, RR, MR(breve), DPRK-usual (for the same hangul where it differs)
KO_FAMILY = [
    ("김", 215, ["Kim", "Gim"], "Kim", "김"),
    ("이", 147, ["Lee", "Yi", "Rhee", "I"], "Ri", "리"),
    ("박", 84, ["Park", "Bak", "Pak"], "Pak", "박"),
    ("최", 47, ["Choi", "Choe", "Chey"], "Choe", "최"),
    ("정", 43, ["Jung", "Jeong", "Chung", "Chong"], "Jong", "정"),
    ("강", 23, ["Kang", "Gang"], "Kang", "강"),
    ("조", 21, ["Cho", "Jo"], "Jo", "조"),
    ("윤", 21, ["Yoon", "Yun"], "Yun", "윤"),
    ("장", 20, ["Jang", "Chang"], "Jang", "장"),
    ("임", 17, ["Lim", "Im", "Yim"], "Rim", "림"),
    ("한", 15, ["Han"], "Han", "한"),
    ("오", 15, ["Oh", "O"], "O", "오"),
    ("서", 15, ["Seo", "Suh", "So"], "So", "서"),
    ("신", 15, ["Shin", "Sin"], "Sin", "신"),
    ("권", 14, ["Kwon", "Gwon"], "Kwon", "권"),
    ("황", 14, ["Hwang"], "Hwang", "황"),
    ("안", 14, ["Ahn", "An"], "An", "안"),
    ("송", 13, ["Song"], "Song", "송"),
    ("전", 13, ["Jeon", "Jun", "Chun"], "Jon", "전"),
    ("홍", 11, ["Hong"], "Hong", "홍"),
    ("유", 11, ["Yoo", "Yu", "Ryu"], "Ryu", "류"),
    ("고", 9, ["Ko", "Go"], "Ko", "고"),
    ("문", 9, ["Moon", "Mun"], "Mun", "문"),
    ("양", 9, ["Yang"], "Ryang", "량"),
    ("손", 9, ["Son", "Sohn"], "Son", "손"),
    ("배", 8, ["Bae", "Pae"], "Pae", "배"),
    ("백", 8, ["Baek", "Paik", "Paek"], "Paek", "백"),
    ("허", 6, ["Heo", "Hur", "Huh"], "Ho", "허"),
    ("노", 6, ["Noh", "Roh", "No"], "Ro", "로"),
    ("남", 6, ["Nam"], "Nam", "남"),
    ("현", 3, ["Hyun", "Hyeon"], "Hyon", "현"),
    ("주", 3, ["Joo", "Ju", "Choo"], "Ju", "주"),
]
# given-name syllables: hangul, passport/usual spelling (ROK), weight
KO_GIVEN_SYL = [
    ("민", "Min", 30), ("준", "Jun", 25), ("서", "Seo", 20), ("지", "Ji", 30), ("현", "Hyun", 28),
    ("우", "Woo", 15), ("영", "Young", 30), ("수", "Soo", 25), ("성", "Sung", 28), ("진", "Jin", 22),
    ("은", "Eun", 20), ("정", "Jung", 25), ("하", "Ha", 12), ("윤", "Yoon", 12), ("재", "Jae", 18),
    ("동", "Dong", 15), ("상", "Sang", 15), ("혜", "Hye", 12), ("경", "Kyung", 20), ("희", "Hee", 20),
    ("훈", "Hoon", 12), ("호", "Ho", 18), ("철", "Chul", 14), ("석", "Seok", 12), ("광", "Kwang", 10),
    ("일", "Il", 8), ("남", "Nam", 6), ("명", "Myung", 10), ("혁", "Hyuk", 8), ("용", "Yong", 14),
    ("태", "Tae", 12), ("원", "Won", 14), ("규", "Kyu", 8), ("기", "Ki", 10), ("승", "Seung", 14),
    ("연", "Yeon", 12), ("미", "Mi", 14), ("숙", "Sook", 8), ("순", "Soon", 6), ("선", "Sun", 10),
    ("주", "Joo", 8), ("예", "Ye", 6), ("도", "Do", 6), ("빈", "Bin", 5), ("건", "Gun", 6),
    ("환", "Hwan", 8), ("국", "Kook", 5), ("근", "Keun", 5), ("옥", "Ok", 4), ("향", "Hyang", 3),
    ("란", "Ran", 3), ("송", "Song", 5), ("혁", "Hyuk", 4), ("범", "Bum", 4), ("한", "Han", 5),
    ("유", "Yu", 8), ("아", "Ah", 8), ("나", "Na", 5), ("림", "Rim", 3), ("학", "Hak", 4),
    ("복", "Bok", 3), ("춘", "Chun", 5), ("길", "Gil", 3), ("만", "Man", 4), ("청", "Chung", 3),
]

# ------------------------------------------------------------------ Chinese (simplified, traditional, pinyin)
# simp, trad, pinyin, cantonese, hokkien/teochew(SG/MY), weight
ZH_FAMILY = [
    ("王", "王", "Wang", "Wong", "Ong", 72), ("李", "李", "Li", "Lee", "Lee", 71), ("张", "張", "Zhang", "Cheung", "Teo", 70),
    ("刘", "劉", "Liu", "Lau", "Lau", 54), ("陈", "陳", "Chen", "Chan", "Tan", 48), ("杨", "楊", "Yang", "Yeung", "Yeo", 32),
    ("黄", "黃", "Huang", "Wong", "Ng", 25), ("赵", "趙", "Zhao", "Chiu", "Teo", 23), ("吴", "吳", "Wu", "Ng", "Goh", 21),
    ("周", "周", "Zhou", "Chow", "Chew", 21), ("徐", "徐", "Xu", "Tsui", "Chee", 15), ("孙", "孫", "Sun", "Suen", "Sng", 15),
    ("马", "馬", "Ma", "Ma", "Beh", 13), ("朱", "朱", "Zhu", "Chu", "Choo", 13), ("胡", "胡", "Hu", "Wu", "Oh", 12),
    ("郭", "郭", "Guo", "Kwok", "Koh", 11), ("何", "何", "He", "Ho", "Ho", 11), ("高", "高", "Gao", "Ko", "Koh", 10),
    ("林", "林", "Lin", "Lam", "Lim", 10), ("罗", "羅", "Luo", "Law", "Lo", 10), ("郑", "鄭", "Zheng", "Cheng", "Tay", 9),
    ("梁", "梁", "Liang", "Leung", "Neo", 9), ("谢", "謝", "Xie", "Tse", "Chia", 8), ("宋", "宋", "Song", "Sung", "Song", 7),
    ("唐", "唐", "Tang", "Tong", "Tng", 7), ("许", "許", "Xu", "Hui", "Khoo", 7), ("韩", "韓", "Han", "Hon", "Han", 7),
    ("冯", "馮", "Feng", "Fung", "Pang", 6), ("邓", "鄧", "Deng", "Tang", "Teng", 6), ("曹", "曹", "Cao", "Tso", "Chow", 6),
    ("彭", "彭", "Peng", "Pang", "Phang", 6), ("曾", "曾", "Zeng", "Tsang", "Chan", 6), ("肖", "蕭", "Xiao", "Siu", "Seow", 5),
    ("田", "田", "Tian", "Tin", "Tian", 5), ("董", "董", "Dong", "Tung", "Tang", 5), ("袁", "袁", "Yuan", "Yuen", "Wan", 5),
    ("潘", "潘", "Pan", "Poon", "Phua", 5), ("蔡", "蔡", "Cai", "Choi", "Chua", 5), ("蒋", "蔣", "Jiang", "Cheung", "Chiang", 5),
    ("余", "余", "Yu", "Yu", "Ee", 5), ("杜", "杜", "Du", "To", "Toh", 4), ("叶", "葉", "Ye", "Yip", "Yap", 4),
    ("程", "程", "Cheng", "Ching", "Ching", 4), ("魏", "魏", "Wei", "Ngai", "Gwee", 4), ("吕", "呂", "Lü", "Lui", "Lu", 4),
    ("丁", "丁", "Ding", "Ting", "Teng", 4), ("沈", "沈", "Shen", "Sum", "Sim", 4), ("姚", "姚", "Yao", "Yiu", "Yeo", 3),
    ("卢", "盧", "Lu", "Lo", "Loh", 3), ("钟", "鍾", "Zhong", "Chung", "Cheong", 3), ("汪", "汪", "Wang", "Wong", "Ong", 3),
]
# given-name characters: simp, trad, pinyin, cantonese, weight
ZH_GIVEN = [
    ("伟", "偉", "wei", "Wai", 20), ("明", "明", "ming", "Ming", 15), ("华", "華", "hua", "Wah", 12), ("志", "志", "zhi", "Chi", 12),
    ("文", "文", "wen", "Man", 12), ("国", "國", "guo", "Kwok", 10), ("辉", "輝", "hui", "Fai", 8), ("强", "強", "qiang", "Keung", 12),
    ("军", "軍", "jun", "Kwan", 10), ("平", "平", "ping", "Ping", 8), ("勇", "勇", "yong", "Yung", 8), ("杰", "傑", "jie", "Kit", 10),
    ("磊", "磊", "lei", "Lui", 8), ("涛", "濤", "tao", "To", 8), ("斌", "斌", "bin", "Pan", 6), ("超", "超", "chao", "Chiu", 6),
    ("鹏", "鵬", "peng", "Pang", 6), ("飞", "飛", "fei", "Fei", 6), ("鑫", "鑫", "xin", "Yam", 5), ("海", "海", "hai", "Hoi", 6),
    ("建", "建", "jian", "Kin", 10), ("春", "春", "chun", "Chun", 5), ("东", "東", "dong", "Tung", 6), ("林", "林", "lin", "Lam", 5),
    ("峰", "峰", "feng", "Fung", 6), ("宇", "宇", "yu", "Yu", 8), ("浩", "浩", "hao", "Ho", 8), ("俊", "俊", "jun", "Chun", 6),
    ("晨", "晨", "chen", "San", 5), ("博", "博", "bo", "Pok", 5), ("凯", "凱", "kai", "Hoi", 5), ("亮", "亮", "liang", "Leung", 5),
    ("秀", "秀", "xiu", "Sau", 8), ("英", "英", "ying", "Ying", 10), ("芳", "芳", "fang", "Fong", 10), ("丽", "麗", "li", "Lai", 10),
    ("敏", "敏", "min", "Man", 8), ("静", "靜", "jing", "Ching", 10), ("燕", "燕", "yan", "Yin", 6), ("红", "紅", "hong", "Hung", 6),
    ("霞", "霞", "xia", "Ha", 5), ("玲", "玲", "ling", "Ling", 6), ("婷", "婷", "ting", "Ting", 6), ("雪", "雪", "xue", "Suet", 5),
    ("慧", "慧", "hui", "Wai", 6), ("娟", "娟", "juan", "Kuen", 5), ("梅", "梅", "mei", "Mui", 5), ("琳", "琳", "lin", "Lam", 4),
    ("佳", "佳", "jia", "Kai", 6), ("欣", "欣", "xin", "Yan", 5), ("嘉", "嘉", "jia", "Ka", 5), ("怡", "怡", "yi", "Yi", 5),
    ("思", "思", "si", "Sze", 5), ("子", "子", "zi", "Tsz", 5), ("天", "天", "tian", "Tin", 4), ("晓", "曉", "xiao", "Hiu", 6),
    ("永", "永", "yong", "Wing", 5), ("德", "德", "de", "Tak", 5), ("成", "成", "cheng", "Shing", 5), ("新", "新", "xin", "San", 4),
    ("荣", "榮", "rong", "Wing", 4), ("家", "家", "jia", "Ka", 5), ("振", "振", "zhen", "Chun", 4), ("光", "光", "guang", "Kwong", 5),
    ("金", "金", "jin", "Kam", 4), ("云", "雲", "yun", "Wan", 5), ("雨", "雨", "yu", "Yu", 5), ("阳", "陽", "yang", "Yeung", 5),
    ("泽", "澤", "ze", "Chak", 4), ("瑞", "瑞", "rui", "Sui", 4), ("翔", "翔", "xiang", "Cheung", 4), ("帆", "帆", "fan", "Fan", 4),
]

# ------------------------------------------------------------------ Japanese
# kanji, hiragana/katakana reading (katakana), hepburn variants, weight
JA_FAMILY = [
    ("佐藤", "サトウ", ["Sato", "Satou", "Satoh"], 19), ("鈴木", "スズキ", ["Suzuki"], 18), ("高橋", "タカハシ", ["Takahashi"], 14),
    ("田中", "タナカ", ["Tanaka"], 13), ("伊藤", "イトウ", ["Ito", "Itoh", "Itou"], 11), ("渡辺", "ワタナベ", ["Watanabe"], 11),
    ("山本", "ヤマモト", ["Yamamoto"], 11), ("中村", "ナカムラ", ["Nakamura"], 11), ("小林", "コバヤシ", ["Kobayashi"], 10),
    ("加藤", "カトウ", ["Kato", "Katoh", "Katou"], 9), ("吉田", "ヨシダ", ["Yoshida"], 8), ("山田", "ヤマダ", ["Yamada"], 8),
    ("佐々木", "ササキ", ["Sasaki"], 7), ("山口", "ヤマグチ", ["Yamaguchi"], 7), ("松本", "マツモト", ["Matsumoto"], 7),
    ("井上", "イノウエ", ["Inoue"], 6), ("木村", "キムラ", ["Kimura"], 6), ("林", "ハヤシ", ["Hayashi"], 6),
    ("斎藤", "サイトウ", ["Saito", "Saitoh"], 6), ("清水", "シミズ", ["Shimizu"], 6), ("山崎", "ヤマザキ", ["Yamazaki", "Yamasaki"], 5),
    ("森", "モリ", ["Mori"], 5), ("池田", "イケダ", ["Ikeda"], 5), ("橋本", "ハシモト", ["Hashimoto"], 5),
    ("阿部", "アベ", ["Abe"], 5), ("石川", "イシカワ", ["Ishikawa"], 4), ("前田", "マエダ", ["Maeda"], 4),
    ("大野", "オオノ", ["Ono", "Ohno", "Oono"], 3), ("藤田", "フジタ", ["Fujita"], 4), ("岡田", "オカダ", ["Okada"], 4),
    ("後藤", "ゴトウ", ["Goto", "Gotoh"], 4), ("長谷川", "ハセガワ", ["Hasegawa"], 4), ("近藤", "コンドウ", ["Kondo", "Kondoh"], 3),
]
JA_GIVEN = [
    ("大輔", "ダイスケ", ["Daisuke"], 5, "m"), ("健太", "ケンタ", ["Kenta"], 5, "m"), ("翔太", "ショウタ", ["Shota", "Shouta"], 5, "m"),
    ("拓也", "タクヤ", ["Takuya"], 5, "m"), ("直樹", "ナオキ", ["Naoki"], 5, "m"), ("誠", "マコト", ["Makoto"], 5, "m"),
    ("浩", "ヒロシ", ["Hiroshi"], 6, "m"), ("隆", "タカシ", ["Takashi"], 6, "m"), ("健一", "ケンイチ", ["Kenichi", "Ken'ichi"], 5, "m"),
    ("和也", "カズヤ", ["Kazuya"], 4, "m"), ("剛", "ツヨシ", ["Tsuyoshi"], 4, "m"), ("修", "オサム", ["Osamu"], 4, "m"),
    ("清", "キヨシ", ["Kiyoshi"], 4, "m"), ("学", "マナブ", ["Manabu"], 3, "m"), ("亮", "リョウ", ["Ryo", "Ryou"], 4, "m"),
    ("雄一", "ユウイチ", ["Yuichi", "Yuuichi"], 4, "m"), ("正人", "マサト", ["Masato"], 3, "m"), ("博之", "ヒロユキ", ["Hiroyuki"], 4, "m"),
    ("陽子", "ヨウコ", ["Yoko", "Youko"], 5, "f"), ("裕子", "ユウコ", ["Yuko", "Yuuko"], 5, "f"), ("恵子", "ケイコ", ["Keiko"], 5, "f"),
    ("美穂", "ミホ", ["Miho"], 3, "f"), ("愛", "アイ", ["Ai"], 3, "f"), ("由美", "ユミ", ["Yumi"], 4, "f"),
    ("真由美", "マユミ", ["Mayumi"], 3, "f"), ("明美", "アケミ", ["Akemi"], 3, "f"), ("智子", "トモコ", ["Tomoko"], 5, "f"),
    ("久美子", "クミコ", ["Kumiko"], 3, "f"), ("直美", "ナオミ", ["Naomi"], 3, "f"), ("さくら", "サクラ", ["Sakura"], 2, "f"),
]

# ------------------------------------------------------------------ Persian (Iran)
FA_GIVEN_M = [
    ("محمد", 30, ["Mohammad", "Mohammed", "Mohamad", "Muhammad"]), ("علی", 25, ["Ali"]), ("حسین", 18, ["Hossein", "Hosein", "Hussein", "Hosseyn"]),
    ("رضا", 15, ["Reza"]), ("مهدی", 14, ["Mehdi", "Mahdi"]), ("حسن", 12, ["Hassan", "Hasan"]), ("امیر", 10, ["Amir"]),
    ("مصطفی", 8, ["Mostafa", "Mustafa", "Moustafa"]), ("جواد", 8, ["Javad", "Jawad"]), ("سعید", 9, ["Saeed", "Saeid", "Said"]),
    ("مجید", 7, ["Majid"]), ("محسن", 7, ["Mohsen"]), ("حمید", 7, ["Hamid"]), ("علیرضا", 9, ["Alireza", "Ali Reza"]),
    ("محمدرضا", 8, ["Mohammadreza", "Mohammad Reza", "Mohammad-Reza"]), ("ابوالفضل", 5, ["Abolfazl", "Abolfazel"]),
    ("مسعود", 5, ["Masoud", "Masood", "Massoud"]), ("احمد", 7, ["Ahmad", "Ahmed"]), ("بهروز", 3, ["Behrouz", "Behruz"]),
    ("مرتضی", 4, ["Morteza", "Mortaza"]), ("یوسف", 3, ["Yousef", "Yusef"]), ("کامران", 3, ["Kamran"]), ("فرهاد", 4, ["Farhad"]),
    ("امید", 4, ["Omid"]), ("پیمان", 3, ["Peyman", "Payman"]), ("بابک", 3, ["Babak"]), ("سید محمد", 4, ["Seyed Mohammad", "Seyyed Mohammad", "Sayed Mohammad"]),
    ("سید علی", 3, ["Seyed Ali", "Seyyed Ali"]), ("حمیدرضا", 4, ["Hamidreza", "Hamid Reza"]), ("مهران", 3, ["Mehran"]),
    ("اکبر", 3, ["Akbar"]), ("ناصر", 3, ["Naser", "Nasser"]), ("کاظم", 3, ["Kazem", "Kazim"]), ("داود", 3, ["Davood", "Davoud", "Dawood"]),
]
FA_GIVEN_F = [
    ("فاطمه", 12, ["Fatemeh", "Fatima", "Fatemah"]), ("زهرا", 12, ["Zahra"]), ("مریم", 10, ["Maryam"]), ("سارا", 5, ["Sara", "Sarah"]),
    ("نرگس", 4, ["Narges"]), ("معصومه", 5, ["Masoumeh", "Masoume", "Masumeh"]), ("الهام", 4, ["Elham"]), ("مهسا", 4, ["Mahsa"]),
    ("سمیرا", 3, ["Samira"]), ("لیلا", 4, ["Leila", "Leyla", "Layla"]), ("نازنین", 3, ["Nazanin"]), ("شیرین", 3, ["Shirin"]),
    ("مینا", 3, ["Mina"]), ("آزاده", 3, ["Azadeh"]), ("نسرین", 3, ["Nasrin"]), ("طاهره", 2, ["Tahereh", "Tahere"]),
]
FA_FAMILY = [
    ("حسینی", 20, ["Hosseini", "Hoseini", "Husseini", "Hosseiny"]), ("محمدی", 18, ["Mohammadi", "Mohammady", "Mohamadi"]),
    ("رضایی", 12, ["Rezaei", "Rezaee", "Rezaie", "Rezai"]), ("احمدی", 12, ["Ahmadi", "Ahmady"]), ("موسوی", 10, ["Mousavi", "Musavi", "Moosavi"]),
    ("کریمی", 9, ["Karimi"]), ("جعفری", 9, ["Jafari", "Jafary", "Ja'fari"]), ("رحیمی", 8, ["Rahimi"]), ("حیدری", 8, ["Heidari", "Heydari", "Haidari"]),
    ("قاسمی", 8, ["Ghasemi", "Qasemi", "Ghassemi"]), ("صادقی", 8, ["Sadeghi", "Sadeqi"]), ("کاظمی", 7, ["Kazemi"]), ("نوری", 6, ["Nouri", "Noori", "Nuri"]),
    ("اکبری", 6, ["Akbari"]), ("عباسی", 6, ["Abbasi", "Abasi"]), ("هاشمی", 6, ["Hashemi"]), ("رستمی", 5, ["Rostami"]),
    ("یزدانی", 4, ["Yazdani"]), ("شریفی", 5, ["Sharifi"]), ("فرهادی", 4, ["Farhadi"]), ("طاهری", 5, ["Taheri"]), ("اسدی", 5, ["Asadi"]),
    ("زارعی", 5, ["Zarei", "Zareei", "Zare"]), ("بابایی", 5, ["Babaei", "Babaee", "Babaie"]), ("نجفی", 5, ["Najafi"]),
    ("کرمانی", 3, ["Kermani"]), ("تهرانی", 3, ["Tehrani"]), ("اصفهانی", 3, ["Esfahani", "Isfahani"]), ("شیرازی", 3, ["Shirazi"]),
    ("امینی", 5, ["Amini"]), ("جمالی", 3, ["Jamali"]), ("قربانی", 5, ["Ghorbani", "Qorbani"]), ("سلطانی", 4, ["Soltani"]),
    ("میرزایی", 4, ["Mirzaei", "Mirzaee"]), ("خسروی", 3, ["Khosravi"]), ("عزیزی", 4, ["Azizi"]), ("ملکی", 4, ["Maleki"]),
    ("صفری", 3, ["Safari"]), ("نیک‌نام", 2, ["Niknam"]), ("کامرانی", 2, ["Kamrani"]), ("پورمحمدی", 2, ["Pourmohammadi", "Pour-Mohammadi"]),
    ("طالبی", 3, ["Talebi"]), ("بهرامی", 3, ["Bahrami"]), ("نظری", 3, ["Nazari"]), ("مرادی", 5, ["Moradi"]), ("سلیمانی", 4, ["Soleimani", "Soleymani"]),
]

# ------------------------------------------------------------------ Arabic (Syria, UAE, Egypt, Iraq, Jordan, Lebanon, Saudi)
AR_GIVEN_M = [
    ("محمد", 30, ["Mohammed", "Mohamed", "Muhammad", "Mohammad"]), ("أحمد", 20, ["Ahmed", "Ahmad"]), ("علي", 12, ["Ali"]),
    ("عمر", 8, ["Omar", "Umar"]), ("خالد", 8, ["Khaled", "Khalid"]), ("يوسف", 8, ["Youssef", "Yousef", "Yusuf"]),
    ("إبراهيم", 7, ["Ibrahim", "Ebrahim"]), ("عبدالله", 9, ["Abdullah", "Abdallah", "Abdulla"]), ("حسن", 7, ["Hassan", "Hasan"]),
    ("محمود", 7, ["Mahmoud", "Mahmud"]), ("سامي", 4, ["Sami", "Samy"]), ("طارق", 4, ["Tarek", "Tariq", "Tarik"]),
    ("فيصل", 4, ["Faisal", "Faysal"]), ("ناصر", 4, ["Nasser", "Naser"]), ("سعيد", 4, ["Saeed", "Said"]), ("مصطفى", 5, ["Mostafa", "Mustafa"]),
    ("عبدالرحمن", 5, ["Abdulrahman", "Abdelrahman", "Abd al-Rahman"]), ("حسام", 3, ["Hossam", "Husam"]), ("وليد", 3, ["Walid", "Waleed"]),
    ("رامي", 3, ["Rami", "Ramy"]), ("باسل", 3, ["Basel", "Basil"]), ("مازن", 3, ["Mazen"]), ("هشام", 3, ["Hisham", "Hesham"]),
    ("عادل", 3, ["Adel", "Adil"]), ("كريم", 3, ["Karim", "Kareem"]), ("زياد", 3, ["Ziad", "Ziyad"]), ("سلطان", 2, ["Sultan"]),
]
AR_GIVEN_F = [
    ("فاطمة", 10, ["Fatima", "Fatma"]), ("مريم", 8, ["Mariam", "Maryam"]), ("نور", 6, ["Nour", "Noor", "Nur"]), ("ليلى", 5, ["Layla", "Leila", "Laila"]),
    ("سارة", 6, ["Sara", "Sarah"]), ("هدى", 4, ["Huda", "Hoda"]), ("رنا", 4, ["Rana"]), ("دينا", 3, ["Dina"]), ("ريم", 4, ["Reem", "Rim"]),
    ("آمنة", 3, ["Amna", "Amina"]), ("سلمى", 3, ["Salma"]), ("منى", 4, ["Mona", "Muna"]),
]
AR_FAMILY = [
    ("الحسن", 5, ["Al-Hassan", "Al Hassan", "Alhassan"]), ("العلي", 5, ["Al-Ali", "Al Ali", "Alali"]), ("الخطيب", 5, ["Al-Khatib", "Al Khatib", "El-Khatib"]),
    ("حداد", 6, ["Haddad"]), ("النجار", 5, ["Al-Najjar", "Al Najjar", "El Naggar"]), ("الشامي", 4, ["Al-Shami", "Al Shami", "Shami"]),
    ("المصري", 5, ["Al-Masri", "Al Masri", "El-Masry"]), ("الحلبي", 4, ["Al-Halabi", "Halabi"]), ("العمري", 4, ["Al-Omari", "Al Omari"]),
    ("السيد", 5, ["El-Sayed", "Al-Sayed", "Elsayed"]), ("عثمان", 5, ["Othman", "Osman", "Uthman"]), ("الزعبي", 4, ["Al-Zoubi", "Al Zoubi", "Zoubi"]),
    ("سليمان", 5, ["Suleiman", "Sleiman", "Soliman"]), ("خوري", 5, ["Khoury", "Khouri", "Khuri"]), ("صالح", 5, ["Saleh", "Salih"]),
    ("قاسم", 4, ["Kassem", "Qasim", "Kasem"]), ("درويش", 4, ["Darwish", "Darwich"]), ("يونس", 4, ["Younes", "Younis", "Yunus"]),
    ("الجبوري", 4, ["Al-Jubouri", "Al Jubouri", "Al-Juburi"]), ("التميمي", 4, ["Al-Tamimi", "Al Tamimi"]), ("الدوسري", 3, ["Al-Dosari", "Al Dossary"]),
    ("الكعبي", 3, ["Al-Kaabi", "Al Kaabi"]), ("المهيري", 3, ["Al-Muhairi", "Al Muhairi"]), ("عبدالله", 4, ["Abdullah", "Abdalla"]),
    ("منصور", 4, ["Mansour", "Mansur"]), ("عيسى", 3, ["Issa", "Eissa"]), ("نصر", 3, ["Nasr"]), ("الأحمد", 3, ["Al-Ahmad", "Al Ahmad"]),
    ("الحمدان", 3, ["Al-Hamdan", "Al Hamdan"]), ("عواد", 3, ["Awad", "Awwad"]), ("الرفاعي", 3, ["Al-Rifai", "Al Refaei"]),
]

# ------------------------------------------------------------------ Urdu (Pakistan)
UR_GIVEN_M = [
    ("محمد", 25, ["Muhammad", "Mohammad", "Muhammed"]), ("علی", 8, ["Ali"]), ("احمد", 10, ["Ahmed", "Ahmad"]), ("عمران", 6, ["Imran"]),
    ("عثمان", 6, ["Usman", "Osman"]), ("بلال", 5, ["Bilal"]), ("حمزہ", 5, ["Hamza", "Hamzah"]), ("فیصل", 5, ["Faisal", "Faysal"]),
    ("طارق", 5, ["Tariq", "Tarik"]), ("شاہد", 5, ["Shahid"]), ("زاہد", 4, ["Zahid"]), ("عاصم", 4, ["Asim", "Aasim"]), ("وقاص", 4, ["Waqas"]),
    ("کامران", 4, ["Kamran"]), ("عرفان", 4, ["Irfan"]), ("آصف", 4, ["Asif", "Aasif"]), ("نعمان", 3, ["Noman", "Nauman"]),
    ("سلمان", 4, ["Salman"]), ("عدنان", 4, ["Adnan"]), ("ندیم", 3, ["Nadeem", "Nadim"]), ("جاوید", 3, ["Javed", "Javaid"]),
]
UR_GIVEN_F = [
    ("عائشہ", 6, ["Ayesha", "Aisha", "Aysha"]), ("فاطمہ", 6, ["Fatima", "Fatimah"]), ("صبا", 3, ["Saba"]), ("سدرہ", 3, ["Sidra"]),
    ("مریم", 4, ["Maryam", "Mariam"]), ("حنا", 3, ["Hina"]), ("ثناء", 3, ["Sana"]), ("رابعہ", 2, ["Rabia", "Rabiya"]),
]
UR_FAMILY = [
    ("خان", 25, ["Khan"]), ("احمد", 8, ["Ahmed", "Ahmad"]), ("ملک", 8, ["Malik"]), ("شیخ", 6, ["Sheikh", "Shaikh"]),
    ("چوہدری", 7, ["Chaudhry", "Chaudhary", "Choudhry"]), ("بٹ", 5, ["Butt", "Bhatt"]), ("قریشی", 5, ["Qureshi", "Qureshy", "Kureshi"]),
    ("راجہ", 4, ["Raja"]), ("مرزا", 4, ["Mirza"]), ("اعوان", 4, ["Awan"]), ("سید", 5, ["Syed", "Sayed"]), ("رانا", 4, ["Rana"]),
    ("ہاشمی", 3, ["Hashmi", "Hashemi"]), ("اقبال", 5, ["Iqbal"]), ("حسین", 6, ["Hussain", "Hussein", "Husain"]), ("انصاری", 3, ["Ansari"]),
    ("صدیقی", 4, ["Siddiqui", "Siddiqi"]), ("عباسی", 3, ["Abbasi"]), ("گل", 3, ["Gul"]), ("جٹ", 3, ["Jatt", "Jat"]),
    ("ستی", 2, ["Satti"]), ("نیازی", 3, ["Niazi"]), ("باجوہ", 3, ["Bajwa"]), ("ورک", 2, ["Virk"]),
]

# ------------------------------------------------------------------ Russian / Ukrainian / Belarusian / Kazakh
RU_FAMILY = [("Иванов", 30), ("Смирнов", 28), ("Кузнецов", 25), ("Попов", 22), ("Васильев", 20), ("Петров", 20), ("Соколов", 18),
             ("Михайлов", 15), ("Новиков", 14), ("Фёдоров", 13), ("Морозов", 13), ("Волков", 13), ("Алексеев", 12), ("Лебедев", 12),
             ("Семёнов", 11), ("Егоров", 11), ("Павлов", 11), ("Козлов", 11), ("Степанов", 10), ("Николаев", 10), ("Орлов", 10),
             ("Андреев", 10), ("Макаров", 10), ("Никитин", 9), ("Захаров", 9), ("Зайцев", 9), ("Соловьёв", 9), ("Борисов", 8),
             ("Яковлев", 8), ("Григорьев", 8), ("Романов", 8), ("Воробьёв", 7), ("Сергеев", 7), ("Кузьмин", 7), ("Фролов", 7),
             ("Александров", 7), ("Дмитриев", 6), ("Королёв", 6), ("Гусев", 6), ("Киселёв", 6), ("Ильин", 6), ("Максимов", 6),
             ("Поляков", 6), ("Сорокин", 6), ("Виноградов", 6), ("Ковалёв", 6), ("Белов", 6), ("Медведев", 5), ("Антонов", 5),
             ("Тарасов", 5), ("Жуков", 5), ("Баранов", 5), ("Филиппов", 5), ("Комаров", 5), ("Давыдов", 5), ("Беляев", 5),
             ("Герасимов", 5), ("Богданов", 5), ("Осипов", 5), ("Сидоров", 5), ("Матвеев", 4), ("Титов", 4), ("Марков", 4)]
RU_GIVEN_M = [("Александр", 20, "Александрович"), ("Сергей", 18, "Сергеевич"), ("Дмитрий", 16, "Дмитриевич"), ("Андрей", 15, "Андреевич"),
              ("Алексей", 15, "Алексеевич"), ("Максим", 10, "Максимович"), ("Евгений", 10, "Евгеньевич"), ("Иван", 10, "Иванович"),
              ("Михаил", 10, "Михайлович"), ("Артём", 6, "Артёмович"), ("Николай", 9, "Николаевич"), ("Владимир", 12, "Владимирович"),
              ("Олег", 7, "Олегович"), ("Игорь", 8, "Игоревич"), ("Павел", 7, "Павлович"), ("Роман", 6, "Романович"), ("Юрий", 8, "Юрьевич"),
              ("Виктор", 8, "Викторович"), ("Денис", 6, "Денисович"), ("Антон", 5, "Антонович"), ("Вадим", 4, "Вадимович"),
              ("Константин", 5, "Константинович"), ("Григорий", 3, "Григорьевич"), ("Валерий", 4, "Валерьевич"), ("Анатолий", 4, "Анатольевич")]
RU_GIVEN_F = [("Елена", 15), ("Ольга", 14), ("Наталья", 13), ("Татьяна", 13), ("Ирина", 12), ("Анна", 12), ("Мария", 10), ("Светлана", 10),
              ("Екатерина", 10), ("Юлия", 9), ("Марина", 8), ("Галина", 5), ("Людмила", 5), ("Ксения", 5), ("Анастасия", 8), ("Дарья", 5)]

UK_FAMILY = [("Шевченко", 12, ["Shevchenko"]), ("Коваленко", 10, ["Kovalenko"]), ("Бондаренко", 10, ["Bondarenko"]), ("Ткаченко", 9, ["Tkachenko"]),
             ("Кравченко", 8, ["Kravchenko"]), ("Олійник", 7, ["Oliinyk", "Oleynik"]), ("Шевчук", 7, ["Shevchuk"]), ("Коваль", 7, ["Koval"]),
             ("Поліщук", 6, ["Polishchuk"]), ("Бондар", 6, ["Bondar"]), ("Ткачук", 6, ["Tkachuk"]), ("Мельник", 9, ["Melnyk", "Melnik"]),
             ("Лисенко", 6, ["Lysenko"]), ("Руденко", 6, ["Rudenko"]), ("Марченко", 6, ["Marchenko"]), ("Савченко", 6, ["Savchenko"]),
             ("Петренко", 6, ["Petrenko"]), ("Мороз", 5, ["Moroz"]), ("Кравчук", 5, ["Kravchuk"]), ("Клименко", 5, ["Klymenko", "Klimenko"]),
             ("Гончаренко", 4, ["Honcharenko", "Goncharenko"]), ("Григоренко", 4, ["Hryhorenko", "Grigorenko"])]
UK_GIVEN = [("Олександр", 12, ["Oleksandr", "Olexandr", "Alexander"], "m"), ("Сергій", 10, ["Serhii", "Serhiy", "Sergiy"], "m"),
            ("Андрій", 10, ["Andrii", "Andriy"], "m"), ("Володимир", 8, ["Volodymyr"], "m"), ("Дмитро", 8, ["Dmytro"], "m"),
            ("Віктор", 6, ["Viktor"], "m"), ("Юрій", 6, ["Yurii", "Yuriy"], "m"), ("Олег", 5, ["Oleh", "Oleg"], "m"), ("Микола", 6, ["Mykola"], "m"),
            ("Іван", 6, ["Ivan"], "m"), ("Тарас", 4, ["Taras"], "m"), ("Богдан", 4, ["Bohdan", "Bogdan"], "m"),
            ("Олена", 8, ["Olena"], "f"), ("Наталія", 7, ["Nataliia", "Natalia"], "f"), ("Тетяна", 7, ["Tetiana", "Tetyana"], "f"),
            ("Оксана", 6, ["Oksana"], "f"), ("Ірина", 6, ["Iryna"], "f"), ("Світлана", 5, ["Svitlana"], "f"), ("Юлія", 5, ["Yuliia", "Yulia"], "f")]

BE_FAMILY = [("Іваноў", 8, ["Ivanou", "Ivanov"]), ("Кавалёў", 6, ["Kavaliou", "Kovalev"]), ("Новік", 7, ["Novik"]), ("Мельнік", 6, ["Melnik"]),
             ("Казлоў", 6, ["Kazlou", "Kozlov"]), ("Макарэвіч", 5, ["Makarevich"]), ("Савіцкі", 4, ["Savitski", "Savitsky"]),
             ("Шыманскі", 4, ["Shymanski"]), ("Жук", 5, ["Zhuk"]), ("Волкаў", 5, ["Volkau", "Volkov"]), ("Кузьміч", 4, ["Kuzmich"]),
             ("Ярашэвіч", 3, ["Yarashevich", "Yaroshevich"]), ("Бабіч", 3, ["Babich"]), ("Міхалевіч", 3, ["Mikhalevich"])]
BE_GIVEN = [("Аляксандр", 10, ["Aliaksandr", "Aleksandr", "Alexander"], "m"), ("Сяргей", 8, ["Siarhei", "Sergey"], "m"),
            ("Андрэй", 7, ["Andrei", "Andrey"], "m"), ("Дзмітрый", 7, ["Dzmitry", "Dmitry"], "m"), ("Уладзімір", 5, ["Uladzimir", "Vladimir"], "m"),
            ("Павел", 4, ["Pavel"], "m"), ("Вольга", 6, ["Volha", "Olga"], "f"), ("Наталля", 5, ["Natallia", "Natalia"], "f"),
            ("Таццяна", 5, ["Tatsiana", "Tatiana"], "f"), ("Алена", 5, ["Alena", "Elena"], "f"), ("Ірына", 5, ["Iryna", "Irina"], "f")]

KK_FAMILY = [("Ахметов", 8, ["Akhmetov", "Ahmetov"]), ("Омаров", 6, ["Omarov"]), ("Сұлтанов", 5, ["Sultanov"]), ("Абдрахманов", 4, ["Abdrakhmanov"]),
             ("Нұрланов", 4, ["Nurlanov"]), ("Серікбаев", 4, ["Serikbayev", "Serikbaev"]), ("Исабаев", 4, ["Issabayev", "Isabaev"]),
             ("Жұмабаев", 5, ["Zhumabayev", "Zhumabaev"]), ("Қасымов", 5, ["Kassymov", "Kasymov"]), ("Сейітов", 3, ["Seitov"]),
             ("Әбілов", 3, ["Abilov"]), ("Мұхаметжанов", 3, ["Mukhametzhanov"]), ("Бекмағамбетов", 3, ["Bekmagambetov"]),
             ("Тұрсынов", 3, ["Tursynov", "Tursunov"]), ("Оспанов", 4, ["Ospanov"])]
KK_GIVEN = [("Нұрлан", 6, ["Nurlan"], "m"), ("Ерлан", 6, ["Yerlan", "Erlan"], "m"), ("Асқар", 5, ["Askar", "Asqar"], "m"), ("Дәулет", 5, ["Daulet", "Dauletr"][:1], "m"),
            ("Ержан", 5, ["Yerzhan", "Erzhan"], "m"), ("Серік", 5, ["Serik"], "m"), ("Бауыржан", 5, ["Bauyrzhan", "Baurzhan"], "m"),
            ("Мұрат", 5, ["Murat"], "m"), ("Талғат", 4, ["Talgat"], "m"), ("Айгүл", 5, ["Aigul", "Aygul"], "f"), ("Гүлнара", 4, ["Gulnara"], "f"),
            ("Әсел", 4, ["Assel", "Asel"], "f"), ("Жанар", 3, ["Zhanar"], "f"), ("Айжан", 4, ["Aizhan", "Ayzhan"], "f"), ("Динара", 4, ["Dinara"], "f")]

# ------------------------------------------------------------------ Devanagari (India)
HI_GIVEN = [("राहुल", 6, ["Rahul"], "m"), ("अमित", 7, ["Amit"], "m"), ("सुनील", 5, ["Sunil"], "m"), ("राजेश", 6, ["Rajesh"], "m"),
            ("विजय", 6, ["Vijay", "Vijai"], "m"), ("संजय", 6, ["Sanjay", "Sanjai"], "m"), ("अनिल", 5, ["Anil"], "m"), ("सुरेश", 5, ["Suresh"], "m"),
            ("रमेश", 5, ["Ramesh"], "m"), ("दीपक", 5, ["Deepak", "Dipak"], "m"), ("मनोज", 5, ["Manoj"], "m"), ("अजय", 4, ["Ajay"], "m"),
            ("अशोक", 4, ["Ashok"], "m"), ("विकास", 4, ["Vikas"], "m"), ("अरुण", 4, ["Arun"], "m"), ("प्रकाश", 4, ["Prakash"], "m"),
            ("प्रिया", 5, ["Priya"], "f"), ("पूजा", 5, ["Pooja", "Puja"], "f"), ("नेहा", 5, ["Neha"], "f"), ("अंजलि", 4, ["Anjali"], "f"),
            ("सुनीता", 4, ["Sunita"], "f"), ("कविता", 4, ["Kavita", "Kavitha"], "f"), ("रेखा", 3, ["Rekha"], "f"), ("मीना", 3, ["Meena", "Mina"], "f")]
HI_FAMILY = [("शर्मा", 12, ["Sharma"]), ("वर्मा", 6, ["Verma", "Varma"]), ("सिंह", 14, ["Singh"]), ("कुमार", 12, ["Kumar"]),
             ("गुप्ता", 8, ["Gupta"]), ("पटेल", 8, ["Patel"]), ("यादव", 6, ["Yadav"]), ("जैन", 5, ["Jain"]), ("अग्रवाल", 5, ["Agarwal", "Aggarwal", "Agrawal"]),
             ("मिश्रा", 5, ["Mishra"]), ("तिवारी", 4, ["Tiwari", "Tewari"]), ("पांडे", 4, ["Pandey", "Pande"]), ("श्रीवास्तव", 4, ["Srivastava", "Shrivastava"]),
             ("चौधरी", 4, ["Chaudhary", "Choudhary"]), ("जोशी", 4, ["Joshi"]), ("मेहता", 4, ["Mehta"]), ("शाह", 4, ["Shah"]),
             ("रेड्डी", 5, ["Reddy"]), ("नायर", 3, ["Nair"]), ("राव", 4, ["Rao"]), ("दास", 4, ["Das"]), ("बनर्जी", 3, ["Banerjee"])]

# ------------------------------------------------------------------ Thai
TH_GIVEN = [("สมชาย", 6, ["Somchai"], "m"), ("สมศักดิ์", 5, ["Somsak"], "m"), ("ประเสริฐ", 4, ["Prasert", "Prasoet"], "m"),
            ("สุรชัย", 4, ["Surachai"], "m"), ("วิชัย", 4, ["Wichai", "Vichai"], "m"), ("ธนพล", 3, ["Thanaphon", "Thanapol"], "m"),
            ("กิตติ", 3, ["Kitti"], "m"), ("ณัฐพล", 3, ["Nattaphon", "Natthaphon", "Nattapol"], "m"), ("อนุชา", 3, ["Anucha"], "m"),
            ("ชัยวัฒน์", 3, ["Chaiwat"], "m"), ("สุดารัตน์", 4, ["Sudarat"], "f"), ("สุภาพร", 4, ["Supaporn", "Suphaphon"], "f"),
            ("นภา", 3, ["Napha", "Napa"], "f"), ("มาลี", 3, ["Mali", "Malee"], "f"), ("วรรณา", 3, ["Wanna", "Wanna"], "f"),
            ("กาญจนา", 3, ["Kanchana", "Kanjana"], "f"), ("พรทิพย์", 3, ["Phonthip", "Porntip"], "f")]
TH_FAMILY = [("แสงทอง", 4, ["Saengthong", "Sangthong"]), ("ศรีสุข", 4, ["Srisuk", "Sisuk"]), ("วงศ์สวัสดิ์", 3, ["Wongsawat", "Wongsawad"]),
             ("สุขสวัสดิ์", 4, ["Suksawat", "Suksawad"]), ("บุญมา", 4, ["Boonma", "Bunma"]), ("ทองดี", 4, ["Thongdee", "Thongdi"]),
             ("แก้วมณี", 3, ["Kaewmanee", "Kaeomani"]), ("รัตนพันธ์", 3, ["Rattanaphan", "Rattanapan"]), ("ชัยมงคล", 3, ["Chaimongkol", "Chaimongkhon"]),
             ("เจริญสุข", 3, ["Charoensuk", "Jaroensuk"]), ("ศรีวงศ์", 3, ["Sriwong", "Siwong"]), ("พรหมมา", 3, ["Phromma", "Promma"]),
             ("สมบูรณ์", 3, ["Somboon", "Sombun"]), ("อินทร์แก้ว", 2, ["Inkaew", "Inkaeo"])]

# ------------------------------------------------------------------ Greek
EL_GIVEN = [("Γεώργιος", 8, ["Georgios", "George"], "m"), ("Γιώργος", 5, ["Giorgos", "Yiorgos"], "m"), ("Δημήτριος", 6, ["Dimitrios"], "m"),
            ("Δημήτρης", 4, ["Dimitris"], "m"), ("Κωνσταντίνος", 7, ["Konstantinos", "Constantinos"], "m"), ("Νικόλαος", 5, ["Nikolaos"], "m"),
            ("Ιωάννης", 6, ["Ioannis", "Yannis"], "m"), ("Παναγιώτης", 4, ["Panagiotis", "Panayiotis"], "m"), ("Χρήστος", 4, ["Christos", "Chrestos"], "m"),
            ("Μαρία", 8, ["Maria"], "f"), ("Ελένη", 6, ["Eleni", "Helen"], "f"), ("Αικατερίνη", 5, ["Aikaterini", "Ekaterini"], "f"),
            ("Σοφία", 4, ["Sofia", "Sophia"], "f"), ("Βασιλική", 4, ["Vasiliki"], "f"), ("Γεωργία", 3, ["Georgia"], "f")]
EL_FAMILY = [("Παπαδόπουλος", 8, ["Papadopoulos"], "Παπαδοπούλου", ["Papadopoulou"]),
             ("Παπαδημητρίου", 4, ["Papadimitriou"], "Παπαδημητρίου", ["Papadimitriou"]),
             ("Γεωργίου", 5, ["Georgiou"], "Γεωργίου", ["Georgiou"]), ("Νικολάου", 5, ["Nikolaou"], "Νικολάου", ["Nikolaou"]),
             ("Οικονόμου", 4, ["Oikonomou", "Economou"], "Οικονόμου", ["Oikonomou"]),
             ("Καραγιάννης", 4, ["Karagiannis", "Karayannis"], "Καραγιάννη", ["Karagianni"]),
             ("Βασιλείου", 4, ["Vasileiou", "Vassiliou"], "Βασιλείου", ["Vasileiou"]), ("Μακρής", 3, ["Makris"], "Μακρή", ["Makri"]),
             ("Αθανασίου", 3, ["Athanasiou"], "Αθανασίου", ["Athanasiou"]), ("Ιωάννου", 4, ["Ioannou"], "Ιωάννου", ["Ioannou"]),
             ("Χριστοδούλου", 3, ["Christodoulou"], "Χριστοδούλου", ["Christodoulou"]),
             ("Κωνσταντινίδης", 3, ["Konstantinidis"], "Κωνσταντινίδου", ["Konstantinidou"]), ("Παππάς", 3, ["Pappas"], "Παππά", ["Pappa"])]

# ------------------------------------------------------------------ Hebrew
HE_GIVEN = [("דוד", 6, ["David"], "m"), ("יוסף", 5, ["Yosef", "Yossef", "Joseph"], "m"), ("משה", 5, ["Moshe"], "m"), ("אברהם", 4, ["Avraham", "Abraham"], "m"),
            ("יעקב", 4, ["Yaakov", "Yaacov", "Jacob"], "m"), ("דניאל", 5, ["Daniel"], "m"), ("איתי", 3, ["Itai", "Itay"], "m"), ("נועם", 3, ["Noam"], "m"),
            ("אורי", 3, ["Uri", "Ori"], "m"), ("אלון", 3, ["Alon"], "m"), ("שרה", 4, ["Sara", "Sarah"], "f"), ("רחל", 4, ["Rachel", "Rahel"], "f"),
            ("מיכל", 4, ["Michal"], "f"), ("נועה", 4, ["Noa"], "f"), ("יעל", 4, ["Yael"], "f"), ("תמר", 4, ["Tamar"], "f")]
HE_FAMILY = [("כהן", 12, ["Cohen", "Kohen"]), ("לוי", 9, ["Levi", "Levy"]), ("מזרחי", 5, ["Mizrahi", "Mizrachi"]), ("פרץ", 4, ["Peretz", "Perez"]),
             ("ביטון", 4, ["Biton", "Bitton"]), ("פרידמן", 4, ["Friedman", "Fridman"]), ("שפירא", 3, ["Shapira", "Shapiro"]),
             ("אזולאי", 3, ["Azulay", "Azoulay"]), ("דהן", 3, ["Dahan"]), ("אוחיון", 3, ["Ohayon"]), ("גבאי", 3, ["Gabay", "Gabai"]),
             ("אשכנזי", 3, ["Ashkenazi"]), ("קפלן", 3, ["Kaplan"]), ("רוזנברג", 3, ["Rosenberg"])]

# ------------------------------------------------------------------ Armenian / Georgian
HY_GIVEN = [("Արամ", 4, ["Aram"], "m"), ("Հայկ", 5, ["Hayk", "Haik"], "m"), ("Գևորգ", 4, ["Gevorg", "Gevork"], "m"), ("Տիգրան", 4, ["Tigran"], "m"),
            ("Արմեն", 4, ["Armen"], "m"), ("Դավիթ", 4, ["Davit", "David"], "m"), ("Նարեկ", 4, ["Narek"], "m"), ("Աննա", 4, ["Anna"], "f"),
            ("Անի", 3, ["Ani"], "f"), ("Մարիամ", 4, ["Mariam"], "f"), ("Լիլիթ", 3, ["Lilit"], "f"), ("Գայանե", 2, ["Gayane"], "f")]
HY_FAMILY = [("Հովհաննիսյան", 6, ["Hovhannisyan", "Hovannisian", "Ovanesyan"]), ("Սարգսյան", 6, ["Sargsyan", "Sarkisian", "Sargsian"]),
             ("Պետրոսյան", 5, ["Petrosyan", "Petrosian"]), ("Գրիգորյան", 5, ["Grigoryan", "Grigorian"]), ("Խաչատրյան", 5, ["Khachatryan", "Khachaturian"]),
             ("Հարությունյան", 5, ["Harutyunyan", "Arutyunyan"]), ("Ավետիսյան", 4, ["Avetisyan", "Avetisian"]), ("Մկրտչյան", 4, ["Mkrtchyan", "Mkrtchian"]),
             ("Վարդանյան", 4, ["Vardanyan", "Vardanian"]), ("Կարապետյան", 4, ["Karapetyan", "Karapetian"])]
KA_GIVEN = [("გიორგი", 8, ["Giorgi"], "m"), ("დავით", 5, ["Davit", "Dawit"], "m"), ("ლევან", 4, ["Levan"], "m"), ("ნიკოლოზ", 3, ["Nikoloz"], "m"),
            ("ირაკლი", 4, ["Irakli"], "m"), ("ზურაბ", 3, ["Zurab"], "m"), ("ალექსანდრე", 3, ["Aleksandre"], "m"), ("ნინო", 6, ["Nino"], "f"),
            ("მარიამ", 4, ["Mariam"], "f"), ("თამარ", 4, ["Tamar"], "f"), ("ეკატერინე", 3, ["Ekaterine"], "f"), ("ანა", 3, ["Ana"], "f")]
KA_FAMILY = [("ბერიძე", 6, ["Beridze"]), ("კაპანაძე", 4, ["Kapanadze"]), ("გელაშვილი", 4, ["Gelashvili"]), ("მაისურაძე", 4, ["Maisuradze"]),
             ("გიორგაძე", 4, ["Giorgadze"]), ("ლომიძე", 3, ["Lomidze"]), ("წიკლაური", 3, ["Tsiklauri"]), ("ბოლქვაძე", 3, ["Bolkvadze"]),
             ("ნოზაძე", 3, ["Nozadze"]), ("ხუციშვილი", 3, ["Khutsishvili"]), ("ჯაფარიძე", 3, ["Japaridze", "Dzhaparidze"])]

# ------------------------------------------------------------------ Latin-only cultures: (given_m, given_f, family)
LATIN = {
    "de": (["Thomas", "Michael", "Andreas", "Stefan", "Christian", "Markus", "Jan", "Tobias", "Matthias", "Jürgen", "Klaus", "Frank"],
           ["Sabine", "Claudia", "Anja", "Julia", "Katrin", "Petra", "Susanne", "Laura"],
           ["Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz", "Hoffmann", "Schäfer", "Koch",
            "Bauer", "Richter", "Klein", "Wolf", "Schröder", "Neumann", "Schwarz", "Zimmermann", "Braun", "Krüger", "Hofmann", "Hartmann"]),
    "fr": (["Jean", "Pierre", "Nicolas", "Philippe", "Michel", "Julien", "Sébastien", "Laurent", "François", "Olivier", "Thierry"],
           ["Marie", "Nathalie", "Isabelle", "Sylvie", "Catherine", "Sophie", "Céline", "Camille"],
           ["Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand", "Leroy", "Moreau", "Simon", "Laurent",
            "Lefebvre", "Michel", "Garcia", "David", "Bertrand", "Roux", "Vincent", "Fournier", "Morel", "Girard", "Faure", "Mercier"]),
    "it": (["Marco", "Andrea", "Giuseppe", "Luca", "Francesco", "Alessandro", "Giovanni", "Roberto", "Stefano", "Paolo"],
           ["Francesca", "Giulia", "Chiara", "Anna", "Laura", "Valentina", "Elena", "Sara"],
           ["Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano", "Colombo", "Ricci", "Marino", "Greco", "Bruno", "Gallo",
            "Conti", "De Luca", "Costa", "Giordano", "Mancini", "Rizzo", "Lombardi", "Moretti"]),
    "es": (["José", "Antonio", "Manuel", "Francisco", "David", "Javier", "Daniel", "Carlos", "Jesús", "Alejandro", "Miguel"],
           ["María", "Carmen", "Ana", "Isabel", "Laura", "Lucía", "Cristina", "Marta"],
           ["García", "Rodríguez", "González", "Fernández", "López", "Martínez", "Sánchez", "Pérez", "Gómez", "Martín", "Jiménez",
            "Ruiz", "Hernández", "Díaz", "Moreno", "Álvarez", "Romero", "Navarro", "Torres", "Domínguez"]),
    "gb": (["James", "John", "David", "Michael", "Robert", "Paul", "Andrew", "Mark", "Richard", "Peter", "Daniel", "Christopher", "Matthew", "Steven"],
           ["Sarah", "Emma", "Claire", "Rebecca", "Laura", "Emily", "Jennifer", "Elizabeth", "Susan", "Karen"],
           ["Smith", "Jones", "Williams", "Taylor", "Brown", "Davies", "Evans", "Wilson", "Thomas", "Johnson", "Roberts", "Robinson",
            "Thompson", "Wright", "Walker", "White", "Edwards", "Hughes", "Green", "Hall", "Lewis", "Harris", "Clarke", "Patel",
            "Miller", "Davis", "Anderson", "Jackson", "Martin", "Moore", "Clark", "Young", "Allen", "King", "Scott", "Baker", "Nelson"]),
    "tr": (["Mehmet", "Mustafa", "Ahmet", "Ali", "Hüseyin", "Hasan", "İbrahim", "Murat", "Emre", "Burak", "Osman", "Yusuf"],
           ["Ayşe", "Fatma", "Emine", "Hatice", "Zeynep", "Elif", "Merve", "Özlem"],
           ["Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Yıldız", "Yıldırım", "Öztürk", "Aydın", "Özdemir", "Arslan", "Doğan",
            "Kılıç", "Aslan", "Çetin", "Kara", "Koç", "Kurt", "Özkan", "Şimşek"]),
    "br": (["João", "José", "Carlos", "Paulo", "Lucas", "Rafael", "Marcelo", "Fernando", "Rodrigo", "Gustavo"],
           ["Ana", "Maria", "Juliana", "Fernanda", "Patrícia", "Aline", "Camila", "Mariana"],
           ["Silva", "Santos", "Oliveira", "Souza", "Rodrigues", "Ferreira", "Alves", "Pereira", "Lima", "Gomes", "Costa", "Ribeiro",
            "Martins", "Carvalho", "Almeida", "Lopes", "Soares", "Fernandes", "Vieira", "Barbosa"]),
    "id": (["Agus", "Budi", "Dedi", "Eko", "Hendra", "Joko", "Rudi", "Wahyu", "Andi", "Yusuf", "Rizky", "Fajar"],
           ["Siti", "Sri", "Dewi", "Ratna", "Indah", "Rina", "Nur", "Putri"],
           ["Santoso", "Wijaya", "Saputra", "Hidayat", "Setiawan", "Kurniawan", "Pratama", "Nugroho", "Susanto", "Gunawan",
            "Lestari", "Wibowo", "Siregar", "Nasution", "Harahap", "Hutapea"]),
    "my": (["Ahmad", "Muhammad", "Mohd", "Abdul", "Azman", "Faizal", "Hafiz", "Ismail", "Rahman", "Zulkifli"],
           ["Nur", "Siti", "Nurul", "Aisyah", "Farah", "Aminah"],
           ["bin Abdullah", "bin Ismail", "bin Ahmad", "bin Hassan", "bin Ibrahim", "bin Othman", "bin Yusof", "binti Ahmad", "binti Ali"]),
}
VI_FAMILY = [("Nguyễn", 38), ("Trần", 11), ("Lê", 9), ("Phạm", 7), ("Hoàng", 5), ("Huỳnh", 5), ("Phan", 4), ("Vũ", 4), ("Võ", 4),
             ("Đặng", 2), ("Bùi", 2), ("Đỗ", 2), ("Hồ", 2), ("Ngô", 2), ("Dương", 1), ("Lý", 1)]
VI_MIDDLE_M = ["Văn", "Đức", "Minh", "Quang", "Hữu", "Thanh", "Công", "Xuân"]
VI_MIDDLE_F = ["Thị", "Ngọc", "Thu", "Thanh", "Kim", "Phương"]
VI_GIVEN_M = ["Hùng", "Dũng", "Tuấn", "Minh", "Nam", "Hải", "Long", "Sơn", "Thắng", "Hiếu", "Phúc", "Trung", "Quân", "Anh", "Cường", "Bình"]
VI_GIVEN_F = ["Hương", "Hoa", "Linh", "Thảo", "Lan", "Mai", "Hà", "Trang", "Ngọc", "Anh", "Nhung", "Hằng", "Yến", "Huyền"]
