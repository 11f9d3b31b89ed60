# -*- coding: utf-8 -*-
"""Hand-made name pools for heldout-12 negatives. Each pool is in rough order of real frequency;
the generator samples with Zipf-like weights over that order (plus explicit weights where given).
Format helpers: "native=Latin1/Latin2" items separated by ';'."""

def P(s):
    out = []
    for it in s.split(";"):
        it = it.strip()
        if not it:
            continue
        nat, lat = it.split("=")
        out.append((nat.strip(), [x.strip() for x in lat.split("/")]))
    return out

# ---------------------------------------------------------------- Korean
# family: hangul(south), hangul(north), RR, MR, popular variants, weight (% of population)
KO_FAMILY = [
 ("김", "김", "Gim", "Kim", ["Kim"], 21.5), ("이", "리", "I", "Yi", ["Lee", "Yi", "Rhee"], 14.7),
 ("박", "박", "Bak", "Pak", ["Park", "Pak"], 8.4), ("최", "최", "Choe", "Ch'oe", ["Choi", "Choe"], 4.7),
 ("정", "정", "Jeong", "Chŏng", ["Jung", "Chung", "Jeong"], 4.4), ("강", "강", "Gang", "Kang", ["Kang"], 2.3),
 ("조", "조", "Jo", "Cho", ["Cho", "Jo"], 2.1), ("윤", "윤", "Yun", "Yun", ["Yoon", "Yun"], 2.1),
 ("장", "장", "Jang", "Chang", ["Jang", "Chang"], 2.0), ("임", "림", "Im", "Im", ["Lim", "Im", "Rim"], 1.7),
 ("한", "한", "Han", "Han", ["Han"], 1.5), ("오", "오", "O", "O", ["Oh", "O"], 1.5), ("서", "서", "Seo", "Sŏ", ["Suh", "Seo", "So"], 1.5),
 ("신", "신", "Sin", "Sin", ["Shin", "Sin"], 1.5), ("권", "권", "Gwon", "Kwŏn", ["Kwon"], 1.4), ("황", "황", "Hwang", "Hwang", ["Hwang"], 1.4),
 ("안", "안", "An", "An", ["Ahn", "An"], 1.4), ("송", "송", "Song", "Song", ["Song"], 1.3), ("류", "류", "Ryu", "Ryu", ["Yoo", "Ryu", "Yu"], 1.2),
 ("전", "전", "Jeon", "Chŏn", ["Jeon", "Chun", "Jon"], 1.1), ("홍", "홍", "Hong", "Hong", ["Hong"], 1.1), ("고", "고", "Go", "Ko", ["Ko", "Koh"], 0.9),
 ("문", "문", "Mun", "Mun", ["Moon", "Mun"], 0.9), ("양", "량", "Yang", "Yang", ["Yang", "Ryang"], 0.9), ("손", "손", "Son", "Son", ["Son", "Sohn"], 0.9),
 ("배", "배", "Bae", "Pae", ["Bae", "Pae"], 0.8), ("백", "백", "Baek", "Paek", ["Baek", "Paik", "Paek"], 0.8), ("허", "허", "Heo", "Hŏ", ["Heo", "Huh", "Ho"], 0.6),
 ("유", "유", "Yu", "Yu", ["Yoo", "Yu"], 0.6), ("남", "남", "Nam", "Nam", ["Nam"], 0.6), ("심", "심", "Sim", "Sim", ["Shim", "Sim"], 0.5),
 ("노", "로", "No", "No", ["Noh", "Roh", "Ro"], 0.5), ("하", "하", "Ha", "Ha", ["Ha"], 0.5), ("곽", "곽", "Gwak", "Kwak", ["Kwak"], 0.4),
 ("성", "성", "Seong", "Sŏng", ["Sung", "Song"], 0.4), ("차", "차", "Cha", "Ch'a", ["Cha"], 0.4), ("주", "주", "Ju", "Chu", ["Joo", "Ju", "Chu"], 0.4),
 ("우", "우", "U", "U", ["Woo", "U"], 0.4), ("구", "구", "Gu", "Ku", ["Koo", "Ku"], 0.4), ("민", "민", "Min", "Min", ["Min"], 0.3),
 ("진", "진", "Jin", "Chin", ["Jin", "Chin"], 0.3), ("지", "지", "Ji", "Chi", ["Ji", "Chi"], 0.3), ("엄", "엄", "Eom", "Ŏm", ["Um", "Eom"], 0.3),
 ("채", "채", "Chae", "Ch'ae", ["Chae"], 0.3), ("원", "원", "Won", "Wŏn", ["Won"], 0.3), ("천", "천", "Cheon", "Ch'ŏn", ["Chun", "Cheon"], 0.3),
 ("방", "방", "Bang", "Pang", ["Bang", "Pang"], 0.3), ("공", "공", "Gong", "Kong", ["Kong"], 0.2), ("현", "현", "Hyeon", "Hyŏn", ["Hyun"], 0.2),
 ("함", "함", "Ham", "Ham", ["Ham"], 0.2), ("변", "변", "Byeon", "Pyŏn", ["Byun", "Pyon"], 0.2), ("염", "렴", "Yeom", "Yŏm", ["Yeom", "Ryom"], 0.2),
 ("여", "려", "Yeo", "Yŏ", ["Yeo", "Ryo"], 0.2), ("추", "추", "Chu", "Ch'u", ["Choo"], 0.1), ("도", "도", "Do", "To", ["Do", "To"], 0.1),
 ("석", "석", "Seok", "Sŏk", ["Seok", "Suk"], 0.1), ("태", "태", "Tae", "T'ae", ["Tae", "Thae"], 0.1), ("계", "계", "Gye", "Kye", ["Kye"], 0.05),
]
# given-name syllables: south (hangul, popular spelling), weight order
KO_GIVEN_S = "민 서 지 준 현 영 수 우 연 진 은 성 정 하 재 동 윤 호 경 희 혜 상 훈 석 원 용 태 유 주 미 승 혁 철 한 예 아 다 채 나 소 세 도 종 광 명 병 기 선 숙 순 자 옥 남 길 범 인 규 건 빈 찬 환 완 욱".split()
KO_GIVEN_N = "철 명 성 광 영 남 일 혁 룡 국 학 호 수 진 혜 옥 순 금 향 경 은 송 길 웅 복 봉 련 란 림 심 정 선 희 복 만 석 춘 덕 근 혁 범 훈 식 기 청 창 혁 무 권".split()

# ---------------------------------------------------------------- Chinese
# simp, trad, pinyin, cantonese (HK)
ZH_FAMILY = [l.split() for l in """王 王 Wang Wong
李 李 Li Lee
张 張 Zhang Cheung
刘 劉 Liu Lau
陈 陳 Chen Chan
杨 楊 Yang Yeung
黄 黃 Huang Wong
赵 趙 Zhao Chiu
吴 吳 Wu Ng
周 周 Zhou Chow
徐 徐 Xu Tsui
孙 孫 Sun Suen
马 馬 Ma Ma
朱 朱 Zhu Chu
胡 胡 Hu Wu
郭 郭 Guo Kwok
何 何 He Ho
高 高 Gao Ko
林 林 Lin Lam
罗 羅 Luo Law
郑 鄭 Zheng Cheng
梁 梁 Liang Leung
谢 謝 Xie Tse
宋 宋 Song Sung
唐 唐 Tang Tong
许 許 Xu Hui
韩 韓 Han Hon
冯 馮 Feng Fung
邓 鄧 Deng Tang
曹 曹 Cao Tso
彭 彭 Peng Pang
曾 曾 Zeng Tsang
肖 蕭 Xiao Siu
田 田 Tian Tin
董 董 Dong Tung
袁 袁 Yuan Yuen
潘 潘 Pan Poon
于 于 Yu Yu
蒋 蔣 Jiang Cheung
蔡 蔡 Cai Choi
余 余 Yu Yue
杜 杜 Du To
叶 葉 Ye Yip
程 程 Cheng Ching
苏 蘇 Su So
魏 魏 Wei Ngai
吕 呂 Lü Lui
丁 丁 Ding Ting
任 任 Ren Yam
沈 沈 Shen Sham
姚 姚 Yao Yiu
卢 盧 Lu Lo
钟 鍾 Zhong Chung
姜 姜 Jiang Keung
崔 崔 Cui Tsui
谭 譚 Tan Tam
陆 陸 Lu Luk
范 范 Fan Fan
汪 汪 Wang Wong
廖 廖 Liao Liu
石 石 Shi Shek
金 金 Jin Kam
贾 賈 Jia Ka
夏 夏 Xia Ha
方 方 Fang Fong
邹 鄒 Zou Chau
熊 熊 Xiong Hung
白 白 Bai Pak
孟 孟 Meng Mang
秦 秦 Qin Chun
邱 邱 Qiu Yau
侯 侯 Hou Hau
江 江 Jiang Kong
尹 尹 Yin Wan
薛 薛 Xue Sit
段 段 Duan Tuen
雷 雷 Lei Lui
龙 龍 Long Lung
黎 黎 Li Lai
史 史 Shi Sze
陶 陶 Tao To
贺 賀 He Ho
毛 毛 Mao Mo
顾 顧 Gu Koo
龚 龔 Gong Kung
邵 邵 Shao Siu
万 萬 Wan Man
钱 錢 Qian Chin
戴 戴 Dai Tai
严 嚴 Yan Yim
莫 莫 Mo Mok
孔 孔 Kong Hung
常 常 Chang Sheung
武 武 Wu Mo""".splitlines()]
ZH_GIVEN = [l.split() for l in """伟 偉 wei wai
芳 芳 fang fong
娜 娜 na na
敏 敏 min man
静 靜 jing ching
丽 麗 li lai
强 強 qiang keung
磊 磊 lei lui
军 軍 jun kwan
洋 洋 yang yeung
勇 勇 yong yung
艳 艷 yan yim
杰 傑 jie kit
娟 娟 juan kuen
涛 濤 tao to
明 明 ming ming
超 超 chao chiu
秀 秀 xiu sau
霞 霞 xia ha
平 平 ping ping
刚 剛 gang kong
桂 桂 gui kwai
华 華 hua wah
建 建 jian kin
国 國 guo kwok
志 志 zhi chi
文 文 wen man
海 海 hai hoi
东 東 dong tung
辉 輝 hui fai
玉 玉 yu yuk
英 英 ying ying
红 紅 hong hung
宇 宇 yu yu
浩 浩 hao ho
俊 俊 jun chun
鹏 鵬 peng pang
斌 斌 bin pan
晓 曉 xiao hiu
春 春 chun chun
成 成 cheng shing
嘉 嘉 jia ka
欣 欣 xin yan
婷 婷 ting ting
雪 雪 xue suet
峰 峰 feng fung
宏 宏 hong wang
德 德 de tak
永 永 yong wing
家 家 jia ka
子 子 zi tsz
思 思 si sze
怡 怡 yi yi
佳 佳 jia kai
豪 豪 hao ho
振 振 zhen chun
耀 耀 yao yiu
智 智 zhi chi
慧 慧 hui wai
美 美 mei mei
淑 淑 shu suk
玲 玲 ling ling
雅 雅 ya nga
琳 琳 lin lam
博 博 bo pok
凯 凱 kai hoi
鑫 鑫 xin yam
光 光 guang kwong
新 新 xin san
立 立 li lap
荣 榮 rong wing
安 安 an on
庆 慶 qing hing
祥 祥 xiang cheung
福 福 fu fuk
宝 寶 bao po
云 雲 yun wan
天 天 tian tin
健 健 jian kin
亮 亮 liang leung
正 正 zheng ching
瑞 瑞 rui sui
晨 晨 chen san
翔 翔 xiang cheung
梅 梅 mei mui
兰 蘭 lan lan
燕 燕 yan yin
萍 萍 ping ping
彬 彬 bin pan
飞 飛 fei fei
波 波 bo po""".splitlines()]

def wade_giles(py):
    """pinyin syllable (no tones) -> Wade-Giles without apostrophes optional"""
    s = py.lower().replace("ü", "v")
    special = {"yi": "i", "you": "yu", "yan": "yen", "ye": "yeh", "yong": "yung", "yue": "yüeh", "er": "erh", "ri": "jih",
               "zi": "tzu", "ci": "tz'u", "si": "ssu", "zhi": "chih", "chi": "ch'ih", "shi": "shih", "he": "ho", "ke": "k'o", "ge": "ko",
               "guo": "kuo", "kuo": "k'uo", "huo": "huo", "luo": "lo", "duo": "to", "tuo": "t'o", "zhe": "che", "che": "ch'e", "le": "le", "de": "te", "te": "t'e", "re": "je",
               "lian": "lien", "jian": "chien", "qian": "ch'ien", "xian": "hsien", "tian": "t'ien", "dian": "tien", "bian": "pien", "pian": "p'ien", "mian": "mien", "nian": "nien",
               "xue": "hsüeh", "jue": "chüeh", "que": "ch'üeh", "xiong": "hsiung", "qiong": "ch'iung", "jiong": "chiung", "rong": "jung", "xun": "hsün", "jun": "chün", "qun": "ch'ün", "yun": "yün",
               "juan": "chüan", "quan": "ch'üan", "xuan": "hsüan", "yuan": "yüan", "lv": "lü", "nv": "nü"}
    if s in special:
        return special[s]
    ini = ""
    for i in ("zh", "ch", "sh", "b", "p", "m", "f", "d", "t", "n", "l", "g", "k", "h", "j", "q", "x", "r", "z", "c", "s", "y", "w"):
        if s.startswith(i):
            ini = i; break
    fin = s[len(ini):]
    imap = {"b": "p", "p": "p'", "d": "t", "t": "t'", "g": "k", "k": "k'", "j": "ch", "q": "ch'", "x": "hs", "zh": "ch",
            "ch": "ch'", "z": "ts", "c": "ts'", "r": "j"}
    fmap = {"ong": "ung", "ie": "ieh", "ian": "ien", "ui": "ui", "iong": "iung", "v": "ü"}
    return imap.get(ini, ini) + fmap.get(fin, fin)

# ---------------------------------------------------------------- Japanese (kanji, hiragana, Hepburn with macrons)
JA_FAMILY = [l.split() for l in """佐藤 さとう Satō
鈴木 すずき Suzuki
高橋 たかはし Takahashi
田中 たなか Tanaka
伊藤 いとう Itō
渡辺 わたなべ Watanabe
山本 やまもと Yamamoto
中村 なかむら Nakamura
小林 こばやし Kobayashi
加藤 かとう Katō
吉田 よしだ Yoshida
山田 やまだ Yamada
佐々木 ささき Sasaki
山口 やまぐち Yamaguchi
松本 まつもと Matsumoto
井上 いのうえ Inoue
木村 きむら Kimura
林 はやし Hayashi
斎藤 さいとう Saitō
清水 しみず Shimizu
山崎 やまざき Yamazaki
森 もり Mori
池田 いけだ Ikeda
橋本 はしもと Hashimoto
阿部 あべ Abe
石川 いしかわ Ishikawa
山下 やました Yamashita
中島 なかじま Nakajima
石井 いしい Ishii
小川 おがわ Ogawa
前田 まえだ Maeda
岡田 おかだ Okada
長谷川 はせがわ Hasegawa
藤田 ふじた Fujita
後藤 ごとう Gotō
近藤 こんどう Kondō
村上 むらかみ Murakami
遠藤 えんどう Endō
青木 あおき Aoki
坂本 さかもと Sakamoto
福田 ふくだ Fukuda
太田 おおた Ōta
西村 にしむら Nishimura
藤井 ふじい Fujii
岡本 おかもと Okamoto
松田 まつだ Matsuda
中川 なかがわ Nakagawa
原田 はらだ Harada
小野 おの Ono
竹内 たけうち Takeuchi
金子 かねこ Kaneko
和田 わだ Wada
中野 なかの Nakano
藤原 ふじわら Fujiwara
村田 むらた Murata
上田 うえだ Ueda
菅原 すがわら Sugawara
野口 のぐち Noguchi
大野 おおの Ōno
平野 ひらの Hirano""".splitlines()]
JA_GIVEN = [l.split() for l in """大輔 だいすけ Daisuke
健太 けんた Kenta
翔太 しょうた Shōta
拓也 たくや Takuya
直樹 なおき Naoki
浩 ひろし Hiroshi
誠 まこと Makoto
健一 けんいち Ken'ichi
隆 たかし Takashi
剛 つよし Tsuyoshi
和也 かずや Kazuya
修 おさむ Osamu
哲也 てつや Tetsuya
博之 ひろゆき Hiroyuki
聡 さとし Satoshi
亮 りょう Ryō
大樹 だいき Daiki
蓮 れん Ren
陽翔 はると Haruto
学 まなぶ Manabu
雄一 ゆういち Yūichi
正人 まさと Masato
秀樹 ひでき Hideki
康弘 やすひろ Yasuhiro
勝 まさる Masaru
清 きよし Kiyoshi
茂 しげる Shigeru
実 みのる Minoru
進 すすむ Susumu
陽子 ようこ Yōko
恵子 けいこ Keiko
裕子 ゆうこ Yūko
美穂 みほ Miho
愛 あい Ai
彩 あや Aya
真由美 まゆみ Mayumi
直美 なおみ Naomi
由美子 ゆみこ Yumiko
明美 あけみ Akemi
久美子 くみこ Kumiko
陽菜 ひな Hina
結衣 ゆい Yui
美咲 みさき Misaki
智子 ともこ Tomoko
幸子 さちこ Sachiko
千尋 ちひろ Chihiro
香織 かおり Kaori
麻衣 まい Mai""".splitlines()]

def kata(h):
    return "".join(chr(ord(c) + 0x60) if "\u3041" <= c <= "\u3096" else c for c in h)

# ---------------------------------------------------------------- Persian (Iran)
FA_GIVEN = P("""محمد=Mohammad/Mohammed/Muhammad/Mohamad; علی=Ali; حسین=Hossein/Hosein/Hussein; رضا=Reza; مهدی=Mehdi/Mahdi;
حسن=Hassan/Hasan; احمد=Ahmad/Ahmed; امیر=Amir; سعید=Saeed/Saeid/Said; مجید=Majid; حمید=Hamid; مسعود=Masoud/Massoud/Masud;
محسن=Mohsen; جواد=Javad; مصطفی=Mostafa/Mustafa; ابراهیم=Ebrahim/Ibrahim; عباس=Abbas; محمود=Mahmoud/Mahmood; اکبر=Akbar;
علیرضا=Alireza/Ali Reza; محمدرضا=Mohammadreza/Mohammad Reza; امید=Omid; بهروز=Behrouz/Behrooz; فرهاد=Farhad; کامران=Kamran;
داوود=Davoud/Davood/Dawood; یوسف=Yousef/Yusef; مرتضی=Morteza; ناصر=Naser/Nasser; مهران=Mehran; پژمان=Pezhman/Pejman;
سیامک=Siamak; بابک=Babak; نادر=Nader; کاظم=Kazem; هادی=Hadi; وحید=Vahid; مریم=Maryam; فاطمه=Fatemeh/Fatima; زهرا=Zahra;
سارا=Sara; نرگس=Narges; لیلا=Leila/Leyla; معصومه=Masoumeh/Masoume; الهام=Elham; شیرین=Shirin; سمیرا=Samira; آرش=Arash; کیوان=Keyvan/Kayvan""")
FA_FAMILY = P("""حسینی=Hosseini/Hoseini/Husseini; رضایی=Rezaei/Rezaee/Rezai; محمدی=Mohammadi/Mohammady; احمدی=Ahmadi; کریمی=Karimi;
موسوی=Mousavi/Musavi/Moosavi; جعفری=Jafari/Jaafari; رحیمی=Rahimi; کاظمی=Kazemi; صادقی=Sadeghi/Sadeqi; حیدری=Heidari/Heydari;
قاسمی=Ghasemi/Qasemi; نوری=Nouri/Noori; اکبری=Akbari; عباسی=Abbasi; سلیمانی=Soleimani/Soleymani; هاشمی=Hashemi; رستمی=Rostami;
طاهری=Taheri; نجفی=Najafi; باقری=Bagheri/Baqeri; شریفی=Sharifi; صالحی=Salehi; ابراهیمی=Ebrahimi; امیری=Amiri; یزدانی=Yazdani;
فرهادی=Farhadi; زارع=Zare/Zarea; کرمانی=Kermani; تهرانی=Tehrani; اصفهانی=Esfahani/Isfahani; شیرازی=Shirazi; نظری=Nazari;
قربانی=Ghorbani/Qorbani; خسروی=Khosravi; مرادی=Moradi; علوی=Alavi; جلالی=Jalali; میرزایی=Mirzaei/Mirzaee; پورمحمدی=Pourmohammadi/Pour-Mohammadi;
نیک‌نام=Niknam; رحمانی=Rahmani; یوسفی=Yousefi/Yusefi; فتحی=Fathi; اسدی=Asadi; بهرامی=Bahrami; شجاعی=Shojaei/Shojaee; ملکی=Maleki; دهقان=Dehghan/Dehqan""")

# ---------------------------------------------------------------- Arabic
AR_GIVEN = P("""محمد=Mohammed/Muhammad/Mohamed; أحمد=Ahmed/Ahmad; علي=Ali; عمر=Omar/Umar; خالد=Khaled/Khalid; يوسف=Youssef/Yousef/Yusuf;
إبراهيم=Ibrahim/Ebrahim; عبد الله=Abdullah/Abdallah/Abd Allah; محمود=Mahmoud/Mahmud; مصطفى=Mostafa/Mustafa; حسن=Hassan/Hasan; حسين=Hussein/Husain/Hussain;
سامي=Sami/Samy; طارق=Tariq/Tarek; فيصل=Faisal/Faysal; سعيد=Saeed/Said; ماجد=Majed/Majid; وليد=Walid/Waleed; عادل=Adel/Adil; ناصر=Nasser/Nasir;
رامي=Rami/Ramy; باسل=Bassel/Basil; زياد=Ziad/Ziyad; هشام=Hisham/Hesham; كريم=Karim/Kareem; عمار=Ammar; بلال=Bilal; أنس=Anas; معاذ=Muath/Moaz;
فاطمة=Fatima/Fatma; مريم=Maryam/Mariam; نور=Nour/Noor; ليلى=Layla/Leila; هدى=Huda/Hoda; سارة=Sara/Sarah; رنا=Rana; دينا=Dina""")
AR_FAMILY = P("""الخطيب=al-Khatib/Al Khatib/Khatib; الشمري=al-Shammari/Al Shammari/Shammari; الدوسري=al-Dosari/Al-Dossary/Dosari;
العتيبي=al-Otaibi/Al-Utaybi/Otaibi; القحطاني=al-Qahtani/Al Kahtani/Qahtani; الزهراني=al-Zahrani/Al Zahrani/Zahrani;
المصري=al-Masri/El-Masry/Masri; حداد=Haddad/Hadad; خوري=Khoury/Khouri; نصر=Nasr/Nasser; حمدان=Hamdan; سليمان=Suleiman/Sulaiman/Soliman;
منصور=Mansour/Mansur; عثمان=Othman/Osman/Uthman; يونس=Younes/Yunus/Younis; الحلبي=al-Halabi/Al Halabi/Halabi; التميمي=al-Tamimi/Al Tamimi/Tamimi;
الجبوري=al-Jubouri/Al-Jaburi/Jubouri; الكعبي=al-Kaabi/Al Kaabi/Kaabi; النعيمي=al-Nuaimi/Al Nuaimi/Nuaimi; الحمادي=al-Hammadi/Al Hammadi/Hammadi;
الشامسي=al-Shamsi/Al Shamsi/Shamsi; عبد الرحمن=Abdel Rahman/Abdulrahman/Abd al-Rahman; صالح=Saleh/Salih; درويش=Darwish/Darwich; عيسى=Issa/Eissa;
الطحان=al-Tahhan/Al Tahan/Tahhan; العمري=al-Omari/Al Amri/Omari; السعدي=al-Saadi/Al Saadi/Saadi; البدري=al-Badri/Al Badri/Badri;
عبد العزيز=Abdelaziz/Abdulaziz/Abd al-Aziz; الأنصاري=al-Ansari/Al Ansari/Ansari; الحسن=al-Hassan/Al Hasan/Hassan; قاسم=Qasim/Kassem/Kasim;
الرفاعي=al-Rifai/Al Refaie/Rifai; سلامة=Salama/Salameh; عوض=Awad; شحادة=Shehadeh/Shahada""")

# ---------------------------------------------------------------- Urdu (Pakistan)
UR_GIVEN = P("""محمد=Muhammad/Mohammad; علی=Ali; احمد=Ahmed/Ahmad; عمران=Imran; عثمان=Usman/Osman; بلال=Bilal; حمزہ=Hamza/Hamzah; فیصل=Faisal;
عاصم=Asim/Aasim; طارق=Tariq/Tarique; کامران=Kamran; شاہد=Shahid; ندیم=Nadeem/Nadim; وسیم=Waseem/Wasim; عرفان=Irfan; زاہد=Zahid;
نوید=Naveed/Navid; آصف=Asif/Aasif; راشد=Rashid/Rasheed; خالد=Khalid; سلمان=Salman; فہد=Fahad/Fahd; عائشہ=Ayesha/Aisha; فاطمہ=Fatima;
صائمہ=Saima; نادیہ=Nadia; سعدیہ=Sadia; سجاد=Sajjad; ذیشان=Zeeshan/Zishan; جنید=Junaid""")
UR_FAMILY = P("""خان=Khan; ملک=Malik; شیخ=Sheikh/Shaikh; چوہدری=Chaudhry/Chaudhary/Choudhry; بٹ=Butt/Bhatt; قریشی=Qureshi/Qureishi/Kureshi;
راجپوت=Rajput; مرزا=Mirza; اعوان=Awan; صدیقی=Siddiqui/Siddiqi; حسین=Hussain/Hussein; رضا=Raza; گیلانی=Gilani/Gillani; نقوی=Naqvi/Nakvi;
ہاشمی=Hashmi/Hashemi; باجوہ=Bajwa; چیمہ=Cheema/Chima; ستی=Satti; عباسی=Abbasi; اقبال=Iqbal; اسلم=Aslam; بخاری=Bukhari/Bokhari; جتوئی=Jatoi; لغاری=Leghari""")

# ---------------------------------------------------------------- Cyrillic
RU_FAMILY = """Иванов Смирнов Кузнецов Попов Васильев Петров Соколов Михайлов Новиков Фёдоров Морозов Волков Алексеев Лебедев Семёнов
Егоров Павлов Козлов Степанов Николаев Орлов Андреев Макаров Никитин Захаров Зайцев Соловьёв Борисов Яковлев Григорьев Романов
Воробьёв Сергеев Кузьмин Фролов Александров Дмитриев Королёв Гусев Киселёв Ильин Максимов Поляков Сорокин Виноградов Ковалёв
Белов Медведев Антонов Тарасов Жуков Баранов Филиппов Комаров Давыдов Беляев Герасимов Богданов Осипов Сидоров Матвеев Титов
Марков Миронов Крылов Куликов Карпов Власов Мельников Денисов Гаврилов Тихонов Казаков Афанасьев Данилов Савельев Тимофеев Фомин
Чернов Абрамов Мартынов Ефимов Федотов Щербаков Назаров Калинин Исаев Быков Маслов Родионов Коновалов Лазарев Воронин Климов
Филатов Пономарёв Голубев Кудрявцев Прохоров Наумов Потапов Журавлёв Овчинников Трофимов Леонов Соболев Ермаков Колесников
Гончаров Емельянов Никифоров Грачёв Котов Гришин Ефремов Архипов Громов Кириллов Малышев Панов Моисеев Румянцев Акимов Кондратьев
Бирюков Горбунов Анисимов Ерёмин Тихомиров Галкин Лукьянов Михеев Скворцов Юдин Белоусов Нестеров Симонов Прокофьев Харитонов
Князев Цветков Левин Митрофанов Воронцов Горшков Шестаков Шубин Щукин""".split()
RU_GIVEN_M = """Александр Сергей Дмитрий Андрей Алексей Максим Евгений Иван Михаил Артём Владимир Николай Денис Павел Роман Игорь Олег Юрий
Виктор Антон Константин Вадим Илья Кирилл Никита Станислав Григорий Василий Борис Геннадий Валерий Анатолий Виталий Леонид Пётр Фёдор Егор
Тимур Руслан Ярослав""".split()
RU_GIVEN_F = """Елена Ольга Наталья Татьяна Ирина Светлана Анна Мария Екатерина Юлия Анастасия Марина Галина Людмила Дарья Ксения Валентина
Алла Вера Нина Полина Виктория""".split()
RU_PATR = """Александрович Сергеевич Дмитриевич Андреевич Алексеевич Владимирович Николаевич Викторович Иванович Михайлович Юрьевич
Петрович Васильевич Олегович Игоревич Анатольевич Геннадьевич Борисович Евгеньевич Валерьевич Павлович Фёдорович""".split()
UK_FAMILY = """Шевченко Коваленко Бондаренко Ткаченко Кравченко Олійник Шевчук Коваль Поліщук Бондар Ткачук Мельник Марченко Руденко
Савченко Лисенко Петренко Клименко Кравчук Мороз Павленко Левченко Харченко Карпенко Гончаренко Литвиненко Швець Сидоренко
Мельничук Романенко Собко Гриценко Кузьменко Тимошенко Захарченко Остапенко""".split()
UK_GIVEN_M = "Олександр Андрій Сергій Володимир Дмитро Юрій Олег Микола Іван Віктор Василь Богдан Тарас Максим Ігор Петро Михайло Євген Степан Григорій".split()
UK_GIVEN_F = "Олена Наталія Тетяна Оксана Ірина Юлія Ганна Людмила Світлана Марія Катерина Галина".split()
UK_PATR = "Олександрович Миколайович Васильович Іванович Петрович Михайлович Володимирович Андрійович Григорович Степанович".split()
BE_FAMILY = "Новік Казлоў Кавалёў Шаўчэнка Мельнік Бандарэнка Лукашэвіч Жук Макарэвіч Козел Пашкевіч Карповіч Станкевіч Васілеўскі Маркевіч Ціханоўскі Багдановіч Семашка Кулеш Дзмітрыеў Бабко Грыгор'еў Сакалоў".split()
BE_GIVEN_M = "Аляксандр Сяргей Дзмітрый Андрэй Аляксей Уладзімір Мікалай Віктар Павел Ігар Юрый Міхаіл Васіль Яўген Раман".split()
BE_GIVEN_F = "Вольга Наталля Таццяна Алена Ірына Святлана Ганна Марыя Кацярына Юлія".split()
KK_FAMILY = "Ахметов Омаров Сейтжанов Абдуллаев Жумабаев Касымов Сапаров Нурланов Бекмуханбетов Тулегенов Жаксылыков Оспанов Ибраев Искаков Мухамеджанов Байжанов Сулейменов Әбдірахманов Серікбаев Қасенов Нұрғалиев Әлиев Есенов Байболов Төлеуов".split()
KK_GIVEN_M = "Нұрлан Ерлан Асхат Бауыржан Серік Дәурен Айдос Ержан Қайрат Ғалым Мұрат Арман Данияр Ерболат Талғат Әділет Жандос Санжар".split()
KK_GIVEN_F = "Әсел Айгүл Гүлнар Жанар Динара Мадина Ақмарал Сәуле Айжан Назерке".split()
SR_FAMILY = "Јовановић Петровић Николић Марковић Ђорђевић Стојановић Илић Станковић Павловић Милошевић Поповић Живковић Томић Ђурић Костић Лазић Митровић Ранковић Симић Стефановић Обрадовић Радовановић Вуковић Тодоровић Милићевић Јанковић Савић Васић Марјановић Петковић".split()
SR_GIVEN_M = "Никола Марко Стефан Лазар Милош Немања Александар Душан Јован Петар Вук Дејан Зоран Драган Милан Горан Ненад Бојан Владимир Срђан".split()
SR_GIVEN_F = "Мирјана Јелена Ивана Марија Драгана Милица Ана Тијана Снежана Јована Катарина".split()

# ---------------------------------------------------------------- Devanagari (India)
HI_GIVEN = P("""राहुल=Rahul; अमित=Amit; राजेश=Rajesh; सुनील=Sunil; अनिल=Anil; विजय=Vijay; संजय=Sanjay/Sanjai; मनोज=Manoj; सुरेश=Suresh;
रमेश=Ramesh; अजय=Ajay; दीपक=Deepak/Dipak; अशोक=Ashok; विकास=Vikas; प्रवीण=Praveen/Pravin; आनंद=Anand; राकेश=Rakesh; अरुण=Arun;
नरेश=Naresh; पंकज=Pankaj; आदित्य=Aditya; अर्जुन=Arjun; प्रिया=Priya; पूजा=Pooja/Puja; नेहा=Neha; अंजलि=Anjali/Anjaly; सुनीता=Sunita;
कविता=Kavita/Kavitha; रीता=Rita/Reeta; मीना=Meena/Mina; गौरव=Gaurav; सौरभ=Saurabh/Sourabh; नितिन=Nitin; रोहित=Rohit; हरीश=Harish""")
HI_FAMILY = P("""शर्मा=Sharma; वर्मा=Verma/Varma; सिंह=Singh; कुमार=Kumar; गुप्ता=Gupta; यादव=Yadav; पटेल=Patel; जैन=Jain; मिश्रा=Mishra/Misra;
अग्रवाल=Agarwal/Aggarwal/Agrawal; श्रीवास्तव=Srivastava/Shrivastava; तिवारी=Tiwari/Tewari; पांडे=Pandey/Pande; चौहान=Chauhan; ठाकुर=Thakur;
राठौर=Rathore/Rathor; जोशी=Joshi; मेहता=Mehta; शाह=Shah; देसाई=Desai; रेड्डी=Reddy; नायर=Nair; मल्होत्रा=Malhotra; कपूर=Kapoor/Kapur;
खन्ना=Khanna; भट्ट=Bhatt/Bhat; चौधरी=Chaudhary/Choudhary; सक्सेना=Saxena/Saksena; दुबे=Dubey/Dube; त्रिपाठी=Tripathi""")

# ---------------------------------------------------------------- Thai
TH_GIVEN = P("""สมชาย=Somchai; สมศักดิ์=Somsak; ประเสริฐ=Prasert/Prasoet; สมบัติ=Sombat; วิชัย=Wichai/Vichai; สุรชัย=Surachai; ธนากร=Thanakorn/Thanakon;
ณัฐพล=Nattaphon/Nuttapol; อนุชา=Anucha; กิตติ=Kitti; ชัยวัฒน์=Chaiwat; ปิยะ=Piya; วีระ=Weera/Wira; สุนทร=Sunthorn/Soonthorn; ธีระ=Thira/Teera;
มาลี=Mali/Malee; สุดา=Suda; วันดี=Wandee/Wandi; นภา=Napa/Naphaa; ปราณี=Pranee/Prani; กัญญา=Kanya; อรุณี=Arunee/Aruni; พรทิพย์=Porntip/Phonthip;
รัตนา=Rattana/Ratana; จันทร์เพ็ญ=Chanphen/Janpen; สุวิทย์=Suwit/Suwith; อภิชาติ=Apichat/Aphichat""")
TH_FAMILY = P("""ศรีสุข=Srisuk/Sisuk; แสงทอง=Saengthong/Sangthong; ทองดี=Thongdee/Thongdi; สุขสวัสดิ์=Suksawat/Suksawad; วงศ์ใหญ่=Wongyai;
บุญมา=Boonma/Bunma; จันทร์แก้ว=Chankaew/Chankaeo; พึ่งบุญ=Phuengboon/Phuengbun; รัตนพันธ์=Rattanaphan/Rattanapan; ศรีวงศ์=Sriwong/Siwong;
สมบูรณ์=Somboon/Sombun; อินทร์แก้ว=Inkaew/Inkaeo; มีสุข=Meesuk/Misuk; เจริญผล=Charoenphon/Jaroenpol; ชัยประเสริฐ=Chaiprasert/Chaiprasoet;
ทองมา=Thongma; แก้วมณี=Kaewmanee/Kaeomani; นาคสวัสดิ์=Naksawat; พรหมมา=Promma/Phromma; ปัญญาดี=Panyadee/Panyadi""")

# ---------------------------------------------------------------- Hebrew
HE_GIVEN = P("""דוד=David/Dawid; יוסף=Yosef/Joseph; משה=Moshe; אברהם=Avraham/Abraham; יעקב=Yaakov/Yaacov/Jacob; מיכאל=Michael/Mikhael; דניאל=Daniel;
אורי=Uri; איתי=Itai/Itay; נועם=Noam; יונתן=Yonatan/Jonathan; עומר=Omer; אלון=Alon; רון=Ron; גיא=Guy; שרה=Sarah/Sara; רחל=Rachel/Rahel;
מיכל=Michal; נועה=Noa; תמר=Tamar; יעל=Yael; רונית=Ronit; אורית=Orit; אבי=Avi; עמית=Amit""")
HE_FAMILY = P("""כהן=Cohen/Kohen; לוי=Levi/Levy; מזרחי=Mizrahi/Mizrachi; פרץ=Peretz/Perez; ביטון=Biton/Bitton; דהן=Dahan; פרידמן=Friedman/Fridman;
מלכה=Malka; אזולאי=Azoulay/Azulai; כץ=Katz/Kats; עמר=Amar; אוחיון=Ohayon; חדד=Hadad/Haddad; גבאי=Gabai/Gabbay; בן דוד=Ben David/Ben-David;
שפירא=Shapira/Shapiro; גולדברג=Goldberg; רוזנברג=Rosenberg; אשכנזי=Ashkenazi; שלום=Shalom; נחום=Nahum/Nachum; אלמוג=Almog; ברק=Barak""")

# ---------------------------------------------------------------- Greek (female forms given separately)
EL_GIVEN_M = P("""Γιώργος=Giorgos/Georgios; Δημήτρης=Dimitris/Dimitrios; Κωνσταντίνος=Konstantinos/Constantinos; Νίκος=Nikos/Nikolaos; Ιωάννης=Ioannis/Yannis;
Παναγιώτης=Panagiotis/Panayiotis; Βασίλειος=Vasileios/Vasilios; Χρήστος=Christos/Hristos; Αθανάσιος=Athanasios/Thanasis; Ευάγγελος=Evangelos/Vangelis;
Μιχάλης=Michalis/Mihalis; Αλέξανδρος=Alexandros; Σπύρος=Spyros/Spiros; Στέλιος=Stelios""")
EL_GIVEN_F = P("""Μαρία=Maria; Ελένη=Eleni/Helen; Αικατερίνη=Aikaterini/Ekaterini; Βασιλική=Vasiliki; Σοφία=Sofia/Sophia; Αγγελική=Angeliki/Aggeliki;
Δήμητρα=Dimitra; Γεωργία=Georgia; Ευαγγελία=Evangelia""")
EL_FAMILY = []   # (masc native, [latin], fem native, [latin])
for _it in """Παπαδόπουλος=Papadopoulos/Papadopulos|Παπαδοπούλου=Papadopoulou; Παπαδάκης=Papadakis|Παπαδάκη=Papadaki; Γεωργίου=Georgiou|Γεωργίου=Georgiou;
Οικονόμου=Oikonomou/Economou|Οικονόμου=Oikonomou; Νικολάου=Nikolaou/Nicolaou|Νικολάου=Nikolaou; Παπαγεωργίου=Papageorgiou|Παπαγεωργίου=Papageorgiou;
Βασιλείου=Vasileiou/Vassiliou|Βασιλείου=Vasileiou; Ιωάννου=Ioannou|Ιωάννου=Ioannou; Δημητρίου=Dimitriou|Δημητρίου=Dimitriou;
Κωνσταντίνου=Konstantinou/Constantinou|Κωνσταντίνου=Konstantinou; Παπανικολάου=Papanikolaou|Παπανικολάου=Papanikolaou; Αντωνίου=Antoniou|Αντωνίου=Antoniou;
Μακρής=Makris|Μακρή=Makri; Αλεξίου=Alexiou|Αλεξίου=Alexiou; Καραγιάννης=Karagiannis/Karayannis|Καραγιάννη=Karagianni; Μαυρίδης=Mavridis|Μαυρίδου=Mavridou;
Πετρίδης=Petridis|Πετρίδου=Petridou; Χατζής=Chatzis/Hatzis|Χατζή=Chatzi; Λαμπρόπουλος=Lampropoulos/Lambropoulos|Λαμπροπούλου=Lampropoulou""".split(";"):
    _m, _f = _it.strip().split("|")
    _mn, _ml = _m.split("="); _fn, _fl = _f.split("=")
    EL_FAMILY.append((_mn.strip(), _ml.strip().split("/"), _fn.strip(), _fl.strip().split("/")))

# ---------------------------------------------------------------- Georgian / Armenian
KA_GIVEN = "გიორგი დავით ნიკოლოზ ლევან ირაკლი ზურაბ ლაშა დიმიტრი ალექსანდრე გოჩა თემურ ბესიკ თამარ ნინო მარიამ ანა ეკატერინე ნათია ქეთევან სალომე".split()
KA_FAMILY = "ბერიძე კაპანაძე გელაშვილი მაისურაძე გიორგაძე ლომიძე წიკლაური ბოლქვაძე ნოზაძე ხუციშვილი შენგელია აბულაძე ჯავახიშვილი კვარაცხელია დოლიძე ჩხეიძე გოგოლაძე მჭედლიშვილი ცერცვაძე ქავთარაძე ჯაფარიძე".split()
KA_MAP = dict(zip("აბგდევზთიკლმნოპჟრსტუფქღყშჩცძწჭხჯჰ",
                  ["a","b","g","d","e","v","z","t","i","k","l","m","n","o","p","zh","r","s","t","u","p","k","gh","q","sh","ch","ts","dz","ts","ch","kh","j","h"]))
KA_MAP2 = dict(KA_MAP, **{"თ": "t", "ტ": "t'", "კ": "k'", "პ": "p'", "ყ": "q'", "წ": "ts'", "ჭ": "ch'", "ჯ": "dzh", "ღ": "gh", "ქ": "k"})
HY_GIVEN = P("""Արամ=Aram; Արմեն=Armen; Գևորգ=Gevorg/Gevork; Հայկ=Hayk/Haik; Տիգրան=Tigran; Դավիթ=Davit/David; Վահե=Vahe; Կարեն=Karen; Արթուր=Artur/Arthur;
Սարգիս=Sargis/Sarkis; Արսեն=Arsen; Հովհաննես=Hovhannes/Ovanes; Անի=Ani; Աննա=Anna; Մարիամ=Mariam; Նարինե=Narine; Լիլիթ=Lilit; Գայանե=Gayane""")
HY_FAMILY = P("""Հովհաննիսյան=Hovhannisyan/Ovanesyan; Հարությունյան=Harutyunyan/Arutyunyan; Սարգսյան=Sargsyan/Sarkisian; Խաչատրյան=Khachatryan/Khachaturian;
Գրիգորյան=Grigoryan/Grigorian; Պետրոսյան=Petrosyan/Petrosian; Ավետիսյան=Avetisyan/Avetisian; Կարապետյան=Karapetyan/Karapetian;
Մկրտչյան=Mkrtchyan/Mkrtchian; Գասպարյան=Gasparyan/Gasparian; Ղազարյան=Ghazaryan/Kazarian; Մարտիրոսյան=Martirosyan/Martirosian;
Վարդանյան=Vardanyan/Vartanian; Սահակյան=Sahakyan/Saakian; Ստեփանյան=Stepanyan/Stepanian; Բաղդասարյան=Baghdasaryan/Bagdasarian""")

# ---------------------------------------------------------------- Latin-only countries: (given_m, given_f, family)
LATIN = {
 "TR": ("Mehmet Mustafa Ahmet Ali Hüseyin Hasan İbrahim İsmail Osman Yusuf Murat Ömer Ramazan Halil Süleyman Abdullah Mahmut Recep Kemal Emre Burak Serkan Volkan Oğuz Barış",
        "Fatma Ayşe Emine Hatice Zeynep Elif Meryem Şerife Zehra Sultan Hülya Özlem Gülşen Derya Ebru",
        "Yılmaz Kaya Demir Şahin Çelik Yıldız Yıldırım Öztürk Aydın Özdemir Arslan Doğan Kılıç Aslan Çetin Kara Koç Kurt Özkan Şimşek Polat Özcan Korkmaz Çakır Erdoğan Yavuz Can Acar Şen Aktaş Güler Bozkurt Aksoy Güneş Tekin"),
 "DE": ("Peter Michael Thomas Andreas Wolfgang Klaus Jürgen Stefan Frank Bernd Uwe Hans Dieter Matthias Jörg Markus Tobias Florian Lukas Jan",
        "Sabine Susanne Petra Monika Claudia Andrea Birgit Katrin Julia Anja Stefanie Nicole Ursula Heike",
        "Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Schäfer Koch Bauer Richter Klein Wolf Schröder Neumann Schwarz Zimmermann Braun Krüger Hofmann Hartmann Lange Schmitt Werner Krause Meier Lehmann Köhler Jäger Vogel Günther Frank"),
 "GB": ("David John Michael Paul Andrew Mark James Richard Peter Stephen Robert Christopher Simon Ian Gary Thomas Daniel Matthew Oliver Jack",
        "Susan Sarah Margaret Karen Helen Elizabeth Emma Claire Joanne Rachel Nicola Lucy Charlotte Hannah",
        "Smith Jones Williams Taylor Brown Davies Evans Wilson Thomas Johnson Roberts Robinson Thompson Wright Walker White Edwards Hughes Green Hall Lewis Harris Clarke Patel Jackson Wood Turner Martin Cooper Hill Ward Morris Moore Clark Lee King Baker Harrison Morgan"),
 "FR": ("Jean Pierre Michel Philippe Alain Nicolas Christophe Patrick Laurent Frédéric Éric Stéphane Sébastien Julien Olivier François Thierry Hervé Mathieu",
        "Marie Nathalie Isabelle Sylvie Catherine Sophie Christine Céline Valérie Sandrine Stéphanie Aurélie Camille Élodie",
        "Martin Bernard Thomas Petit Robert Richard Durand Dubois Moreau Laurent Simon Michel Lefèbvre Leroy Roux David Bertrand Morel Fournier Girard Bonnet Dupont Lambert Fontaine Rousseau Vincent Muller Lefèvre Faure André Mercier Blanc Guérin Boyer Garnier Chevalier"),
 "IN": ("Rajesh Suresh Ramesh Mahesh Ganesh Venkatesh Srinivas Krishna Ravi Prakash Sanjay Anil Sunil Vijay Arvind Sandeep Manish Rakesh Amit Deepak Karthik Harish Naveen Vikram",
        "Lakshmi Priya Divya Kavitha Anitha Deepa Sunitha Meena Rekha Swati Pooja Neha Shalini Revathi",
        "Kumar Sharma Singh Reddy Rao Naidu Iyer Iyengar Nair Menon Pillai Patel Shah Gupta Agarwal Joshi Kulkarni Deshpande Banerjee Chatterjee Mukherjee Das Ghosh Bose Sinha Verma Mishra Krishnan Subramanian Venkataraman Ramachandran Gowda Hegde Shetty"),
 "PK": ("Muhammad Ali Ahmed Usman Bilal Hamza Imran Faisal Asim Tariq Kamran Shahid Nadeem Waseem Irfan Zahid Naveed Asif Rashid Khalid Salman Adnan Umair Junaid Sajid",
        "Ayesha Fatima Saima Nadia Sadia Sana Amna Hina Rabia Mehwish",
        "Khan Ahmed Malik Sheikh Chaudhry Butt Qureshi Rajput Mirza Awan Siddiqui Hussain Raza Gilani Naqvi Hashmi Bajwa Cheema Abbasi Iqbal Aslam Bukhari Jatoi Leghari Mughal Niazi Durrani Afridi Yousafzai Memon"),
 "MY": ("Ahmad Mohd Muhammad Abdul Azman Rosli Hafiz Faizal Zulkifli Ismail Kamal Razak Hisham Amir Syafiq Lim Tan Wong Rajesh Suresh",
        "Siti Nur Noraini Aishah Farah Zarina Rohana Nurul Aminah Hafizah",
        "Abdullah Ismail Ibrahim Hassan Rahman Yusof Othman Hamid Aziz Razak Omar Salleh Ahmad Hussin Mohamad Kassim Bakar Jaafar Zakaria Harun"),
 "ID": ("Budi Agus Dwi Eko Joko Hadi Adi Rudi Andi Bambang Hendra Rizky Dedi Slamet Wahyu Yusuf Arif Fajar Teguh Iwan",
        "Siti Sri Dewi Ratna Wulan Indah Rina Yuliana Fitri Lestari Ayu Putri",
        "Santoso Wijaya Saputra Hidayat Kurniawan Setiawan Pratama Susanto Gunawan Halim Nugroho Prasetyo Siregar Nasution Simanjuntak Lubis Hutapea Sitompul Wibowo Suryadi"),
 "VN": ("Minh Hùng Dũng Tuấn Anh Hải Long Nam Thắng Hoàng Quang Sơn Trung Đức Cường Khoa Phong Huy Thành Việt",
        "Lan Hương Linh Mai Ngọc Thảo Trang Hà Hằng Thu Phương Yến",
        "Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Đinh Trương Lâm Đoàn"),
 "BR": ("José João Antônio Francisco Carlos Paulo Pedro Lucas Luiz Marcos Luís Gabriel Rafael Daniel Marcelo Bruno Eduardo Felipe Rodrigo Fernando",
        "Maria Ana Francisca Antônia Adriana Juliana Márcia Fernanda Patrícia Aline Camila Letícia",
        "Silva Santos Oliveira Souza Rodrigues Ferreira Alves Pereira Lima Gomes Costa Ribeiro Martins Carvalho Almeida Lopes Soares Fernandes Vieira Barbosa Rocha Dias Nascimento Andrade Moreira Nunes Marques Machado Mendes Freitas"),
 "NG": ("Chukwuemeka Oluwaseun Ibrahim Abubakar Emeka Chinedu Adebayo Olumide Babatunde Musa Uche Ikechukwu Tunde Segun Yusuf Sani Obinna Femi Nnamdi Aliyu",
        "Ngozi Chioma Funmilayo Adaeze Amina Aisha Blessing Yetunde Folake Nneka Zainab Oluwakemi",
        "Okafor Okonkwo Adeyemi Ogunleye Abubakar Bello Mohammed Eze Nwosu Okeke Adebayo Balogun Olawale Ibrahim Umar Ogundipe Nwachukwu Obi Onyekachi Adeleke Lawal Danjuma Suleiman Chukwu Afolabi"),
 "IT": ("Giuseppe Giovanni Antonio Mario Luigi Francesco Angelo Vincenzo Pietro Salvatore Marco Andrea Luca Alessandro Stefano",
        "Maria Anna Giuseppina Rosa Angela Giovanna Teresa Lucia Francesca Chiara Giulia",
        "Rossi Russo Ferrari Esposito Bianchi Romano Colombo Ricci Marino Greco Bruno Gallo Conti De Luca Mancini Costa Giordano Rizzo Lombardi Moretti"),
 "PL": ("Piotr Krzysztof Andrzej Tomasz Paweł Jan Michał Marcin Stanisław Jakub Adam Marek Łukasz Grzegorz Wojciech",
        "Anna Maria Katarzyna Małgorzata Agnieszka Barbara Ewa Krystyna Magdalena Joanna",
        "Nowak Kowalski Wiśniewski Wójcik Kowalczyk Kamiński Lewandowski Zieliński Szymański Woźniak Dąbrowski Kozłowski Jankowski Mazur Kwiatkowski Krawczyk Piotrowski Grabowski"),
}
