"""Hand-written name pools with native script (heldout-10).

Format: entries separated by '|'; an entry is `Latin1/Latin2=Native` (Latin variants first the usual one) or just
`Native` where the romaniser computes the Latin form; `*w` at the end gives a share where the writer knew one.
Ordered from most to least common, from the writer's own knowledge of national rankings (NBS/公安部 surname
reports, Statistics Korea census, Japanese surname rankings, Rosstat-era surname studies, Sabt-e Ahval name
reports, NADRA/Census-style rankings ...). No Faker, no wordfreq.
"""

# ---------------------------------------------------------------- Chinese (mainland, simplified)
CN_SUR = """王=Wang*7.1|李=Li*7.0|张=Zhang*6.4|刘=Liu*5.4|陈=Chen*4.6|杨=Yang*3.1|黄=Huang*2.5|赵=Zhao*2.3|吴=Wu*2.0|
周=Zhou*1.9|徐=Xu*1.3|孙=Sun*1.2|马=Ma*1.2|朱=Zhu*1.1|胡=Hu*1.1|郭=Guo*1.1|何=He*1.0|高=Gao*1.0|林=Lin*1.0|罗=Luo*0.9|
郑=Zheng*0.9|梁=Liang*0.8|谢=Xie*0.7|宋=Song*0.7|唐=Tang*0.6|许=Xu*0.6|韩=Han*0.6|冯=Feng*0.6|邓=Deng*0.6|曹=Cao*0.5|
彭=Peng*0.5|曾=Zeng*0.5|肖=Xiao*0.5|田=Tian*0.5|董=Dong*0.5|袁=Yuan*0.4|潘=Pan*0.4|于=Yu*0.4|蒋=Jiang*0.4|蔡=Cai*0.4|
余=Yu*0.4|杜=Du*0.4|叶=Ye*0.4|程=Cheng*0.4|苏=Su*0.3|魏=Wei*0.3|吕=Lü/Lyu/Lu*0.3|丁=Ding*0.3|任=Ren*0.3|沈=Shen*0.3|
姚=Yao*0.3|卢=Lu*0.3|姜=Jiang*0.3|崔=Cui*0.3|钟=Zhong*0.3|谭=Tan*0.3|陆=Lu*0.3|汪=Wang*0.3|范=Fan*0.3|金=Jin*0.3|
石=Shi*0.3|廖=Liao*0.3|贾=Jia*0.3|夏=Xia*0.3|韦=Wei*0.2|付=Fu*0.2|方=Fang*0.2|白=Bai*0.2|邹=Zou*0.2|孟=Meng*0.2|
熊=Xiong*0.2|秦=Qin*0.2|邱=Qiu*0.2|江=Jiang*0.2|尹=Yin*0.2|薛=Xue*0.2|闫=Yan*0.2|段=Duan*0.2|雷=Lei*0.2|侯=Hou*0.2|
龙=Long*0.2|史=Shi*0.2|陶=Tao*0.2|黎=Li*0.2|贺=He*0.2|顾=Gu*0.2|毛=Mao*0.2|郝=Hao*0.2|龚=Gong*0.2|邵=Shao*0.2|
万=Wan*0.2|钱=Qian*0.2|严=Yan*0.2|覃=Qin*0.1|武=Wu*0.2|戴=Dai*0.2|莫=Mo*0.1|孔=Kong*0.1|向=Xiang*0.1|汤=Tang*0.1|
欧阳=Ouyang*0.05|司马=Sima*0.01|上官=Shangguan*0.01"""

# given names (the writer's recollection of the most frequent full given names; M/F)
CN_GIV_M = """伟|强|磊|军|勇|杰|涛|明|超|刚|平|辉|鹏|华|建华|建国|建军|志强|晓明|浩|宇|浩然|宇轩|俊杰|文博|思远|子轩|
明轩|天佑|博文|斌|波|宁|鑫|帅|龙|飞|林|楠|凯|瑞|健|亮|峰|毅|斌|俊|海|东|永|国强|志刚|文|立新|红军|振华|家豪|子豪|
一鸣|梓豪|皓轩|雨泽|宇航|鹏飞|海涛|晓东|建平|卫东|学军"""
CN_GIV_F = """芳|娜|秀英|敏|静|丽|艳|娟|霞|秀兰|桂英|燕|玲|丹|萍|红|玉兰|海燕|晓红|婷|子涵|欣怡|雨涵|嘉怡|佳怡|诗涵|
一诺|雪|倩|琳|颖|晶|莉|璐|欢|梅|兰|慧|洁|佳|悦|晓燕|丽娟|美玲|春梅|雪梅|淑珍|桂兰|金凤|秀珍|梓涵|若汐|思琪|雨桐|
可馨|语嫣|梦瑶|晓丽|丽华|彩霞"""

# English first names commonly used by mainland/HK/TW/SG business people
CN_ENG = """Kevin|David|Jack|Tony|Peter|Michael|Eric|Jason|Frank|Leo|Steven|Allen|Simon|Vincent|Andy|James|William|
Lily|Grace|Cindy|Amy|Linda|Helen|Sherry|Judy|Coco|Vivian|Emily|Anna|Nancy|Tina|Alice|Wendy|Jenny|Sunny"""

# ---------------------------------------------------------------- Hong Kong (traditional, HK Cantonese romanisation)
HK_SUR = """陳=Chan*8|黃=Wong*5.5|王=Wong*1|張=Cheung*3.5|李=Lee*4.5|劉=Lau*2.5|吳=Ng*1.5|伍=Ng*0.7|何=Ho*2|梁=Leung*3|
林=Lam*2.5|曾=Tsang*1.2|周=Chow*1.5|楊=Yeung*1.5|鄧=Tang*1.2|馮=Fung*1|羅=Law*1.2|郭=Kwok*1|葉=Yip*1|蔡=Choi*0.8|
麥=Mak*0.8|謝=Tse*0.8|黎=Lai*0.6|賴=Lai*0.3|馬=Ma*0.6|盧=Lo*0.7|朱=Chu*0.8|蘇=So*0.6|區=Au*0.4|潘=Poon*0.6|關=Kwan*0.5|
許=Hui*0.6|譚=Tam*0.8|蕭=Siu*0.5|鄭=Cheng*1|唐=Tong*0.5|余=Yu*0.5|施=Sze*0.3|岑=Shum*0.2|袁=Yuen*0.5|歐陽=Au Yeung*0.1"""
HK_GIV = """家明=Ka Ming|偉文=Wai Man|志強=Chi Keung|小明=Siu Ming|國偉=Kwok Wai|俊傑=Chun Kit|嘉欣=Ka Yan|美玲=Mei Ling|
詠欣=Wing Yan|凱欣=Hoi Yan|慧玲=Wai Ling|家偉=Ka Wai|子健=Tsz Kin|文傑=Man Kit|少偉=Siu Wai|永健=Wing Kin|健文=Kin Man|
玉玲=Yuk Ling|淑芬=Suk Fan|麗霞=Lai Ha|大文=Tai Man|志明=Chi Ming|偉強=Wai Keung|國強=Kwok Keung|嘉敏=Ka Man|
穎欣=Wing Yan|曉彤=Hiu Tung|子晴=Tsz Ching|家豪=Ka Ho|浩然=Ho Yin|振華=Chun Wah|德明=Tak Ming|錦輝=Kam Fai|
秀英=Sau Ying|麗華=Lai Wah|美華=Mei Wah|燕玲=Yin Ling|志偉=Chi Wai|永康=Wing Hong|嘉儀=Ka Yee"""

# ---------------------------------------------------------------- Taiwan (traditional, Wade-Giles style passport spellings)
TW_SUR = """陳=Chen*11|林=Lin*8.3|黃=Huang*6|張=Chang*5.3|李=Li/Lee*5.1|王=Wang*4.1|吳=Wu*4|劉=Liu*3.2|蔡=Tsai*2.9|
楊=Yang*2.6|許=Hsu*2.3|鄭=Cheng*1.9|謝=Hsieh*1.8|洪=Hung*1.5|郭=Kuo*1.5|邱=Chiu*1.4|曾=Tseng*1.4|廖=Liao*1.3|
賴=Lai*1.3|徐=Hsu*1.3|周=Chou*1.3|葉=Yeh*1.2|蘇=Su*1.2|莊=Chuang*0.9|呂=Lu*0.9|江=Chiang*0.9|何=Ho*0.8|蕭=Hsiao*0.8|
羅=Lo*0.8|高=Kao*0.8|潘=Pan*0.6|簡=Chien*0.6|朱=Chu*0.6|鍾=Chung*0.6|彭=Peng*0.6|游=Yu*0.5|詹=Chan*0.5|胡=Hu*0.5"""
TW_GIV = """志明=Chih-Ming|淑芬=Shu-Fen|美玲=Mei-Ling|俊宏=Chun-Hung|家豪=Chia-Hao|雅婷=Ya-Ting|建宏=Chien-Hung|
淑惠=Shu-Hui|志偉=Chih-Wei|文雄=Wen-Hsiung|美華=Mei-Hua|宗翰=Tsung-Han|冠宇=Kuan-Yu|怡君=Yi-Chun|佩君=Pei-Chun|
承翰=Cheng-Han|柏翰=Po-Han|家瑋=Chia-Wei|怡婷=Yi-Ting|欣怡=Hsin-Yi|明德=Ming-Te|國華=Kuo-Hua|秀英=Hsiu-Ying|
麗華=Li-Hua|玉珍=Yu-Chen|志豪=Chih-Hao|信宏=Hsin-Hung|淑貞=Shu-Chen|建志=Chien-Chih|宏明=Hung-Ming"""

# Singapore / Malaysia Han forms of the SG_SUR romanisations (Hokkien/Teochew/Cantonese readings)
SG_SUR_HAN = {'Tan': '陈', 'Lim': '林', 'Lee': '李', 'Ng': '黄', 'Ong': '王', 'Wong': '黄', 'Goh': '吴', 'Chua': '蔡',
              'Chan': '陈', 'Koh': '许', 'Teo': '张', 'Ang': '洪', 'Yeo': '杨', 'Tay': '郑', 'Ho': '何', 'Low': '刘',
              'Toh': '卓', 'Sim': '沈', 'Chong': '张', 'Chia': '谢', 'Seah': '佘', 'Foo': '胡', 'Leong': '梁', 'Heng': '王',
              'Lau': '刘', 'Soh': '苏', 'Loh': '罗', 'Ooi': '黄', 'Khoo': '邱', 'Yap': '叶', 'Teh': '郑', 'Pang': '彭',
              'Lai': '赖', 'Quek': '郭', 'Kwek': '郭', 'Neo': '梁', 'Phua': '潘', 'Tng': '唐', 'Liew': '刘', 'Choo': '朱'}

# ---------------------------------------------------------------- Japanese: kanji=Hepburn(kana reading in brackets when long vowels)
JP_SUR = """佐藤=Sato[satou]*1.6|鈴木=Suzuki*1.5|高橋=Takahashi*1.2|田中=Tanaka*1.1|伊藤=Ito[itou]*0.9|渡辺=Watanabe*0.9|
山本=Yamamoto*0.9|中村=Nakamura*0.9|小林=Kobayashi*0.8|加藤=Kato[katou]*0.7|吉田=Yoshida*0.7|山田=Yamada*0.7|
佐々木=Sasaki*0.6|山口=Yamaguchi*0.5|松本=Matsumoto*0.5|井上=Inoue*0.5|木村=Kimura*0.5|林=Hayashi*0.4|
斎藤=Saito[saitou]*0.4|清水=Shimizu*0.4|山崎=Yamazaki*0.4|森=Mori*0.4|池田=Ikeda*0.4|橋本=Hashimoto*0.4|阿部=Abe*0.4|
山下=Yamashita*0.3|石川=Ishikawa*0.3|中島=Nakajima*0.3|前田=Maeda*0.3|藤田=Fujita*0.3|小川=Ogawa*0.3|後藤=Goto[gotou]*0.3|
岡田=Okada*0.3|長谷川=Hasegawa*0.3|村上=Murakami*0.3|近藤=Kondo[kondou]*0.3|石井=Ishii*0.3|坂本=Sakamoto*0.3|
遠藤=Endo[endou]*0.3|青木=Aoki*0.3|藤井=Fujii*0.3|西村=Nishimura*0.3|福田=Fukuda*0.3|太田=Ota[oota]*0.3|三浦=Miura*0.3|
藤原=Fujiwara*0.2|岡本=Okamoto*0.2|松田=Matsuda*0.2|中川=Nakagawa*0.2|中野=Nakano*0.2|原田=Harada*0.2|小野=Ono*0.2|
田村=Tamura*0.2|竹内=Takeuchi*0.2|金子=Kaneko*0.2|和田=Wada*0.2|中山=Nakayama*0.2|石田=Ishida*0.2|上田=Ueda*0.2|
森田=Morita*0.2|原=Hara*0.2|柴田=Shibata*0.2|酒井=Sakai*0.2|工藤=Kudo[kudou]*0.2|横山=Yokoyama*0.2|宮崎=Miyazaki*0.2|
宮本=Miyamoto*0.2|内田=Uchida*0.2|高木=Takagi*0.2|安藤=Ando[andou]*0.2|大野=Ono[oono]*0.1|丸山=Maruyama*0.1|
今井=Imai*0.1|河野=Kono[kouno]*0.1|藤本=Fujimoto*0.1|村田=Murata*0.1|武田=Takeda*0.1|上野=Ueno*0.1|杉山=Sugiyama*0.1|
増田=Masuda*0.1|小島=Kojima*0.1|平野=Hirano*0.1|大塚=Otsuka[ootsuka]*0.1|千葉=Chiba*0.1|久保=Kubo*0.1|松井=Matsui*0.1"""
JP_GIV_M = """博=Hiroshi|浩=Hiroshi|隆=Takashi|誠=Makoto|健二=Kenji|健=Takeshi|聡=Satoshi|和夫=Kazuo|明=Akira|大輔=Daisuke|
翔太=Shota[shouta]|雄太=Yuta[yuuta]|健太=Kenta|直樹=Naoki|哲也=Tetsuya|正弘=Masahiro|秀樹=Hideki|和也=Kazuya|亮太=Ryota[ryouta]|
智也=Tomoya|真司=Shinji|浩二=Koji[kouji]|義弘=Yoshihiro|拓也=Takuya|大樹=Daiki|蓮=Ren|悠真=Yuma[yuuma]|陽翔=Haruto|
湊=Minato|健一=Kenichi[ken'ichi]|清=Kiyoshi|茂=Shigeru|勇=Isamu|修=Osamu|剛=Tsuyoshi|学=Manabu|豊=Yutaka|稔=Minoru|
達也=Tatsuya|慎一=Shinichi[shin'ichi]|康弘=Yasuhiro|裕之=Hiroyuki|雅人=Masato|一郎=Ichiro[ichirou]|太郎=Taro[tarou]"""
JP_GIV_F = """洋子=Yoko[youko]|恵子=Keiko|和子=Kazuko|由美子=Yumiko|智子=Tomoko|明子=Akiko|直子=Naoko|美智子=Michiko|
裕子=Yuko[yuuko]|真由美=Mayumi|恵=Megumi|久美子=Kumiko|恵美=Emi|愛=Ai|結衣=Yui|美咲=Misaki|遥=Haruka|さくら=Sakura|
麻衣=Mai|香織=Kaori|歩=Ayumi|由佳=Yuka|陽菜=Hina|結菜=Yuna|葵=Aoi|凛=Rin|幸子=Sachiko|節子=Setsuko|京子=Kyoko[kyouko]|
純子=Junko|良子=Yoshiko|典子=Noriko|美穂=Miho|理恵=Rie|千尋=Chihiro|彩=Aya|舞=Mai|奈々=Nana|静香=Shizuka|真理子=Mariko"""

# ---------------------------------------------------------------- Korean (ROK): Hangul; romanised by romanise10
KR_SUR = """김*21.5|이*14.7|박*8.4|최*4.7|정*4.3|강*2.4|조*2.1|윤*2.1|장*2.0|임*1.7|한*1.5|오*1.5|서*1.4|신*1.4|권*1.4|
황*1.4|안*1.3|송*1.3|류*1.2|전*1.1|홍*1.1|고*0.9|문*0.9|양*0.9|손*0.9|배*0.8|백*0.7|허*0.6|유*0.6|남*0.5|심*0.5|노*0.5|
하*0.5|곽*0.4|성*0.4|차*0.4|주*0.4|우*0.4|구*0.4|민*0.3|나*0.3|진*0.3|지*0.3|엄*0.3|채*0.3|원*0.3|천*0.3|방*0.3|공*0.2|
현*0.2|함*0.2|변*0.2|염*0.2|여*0.2|추*0.1|도*0.1|석*0.1|선*0.1|설*0.1|마*0.1|길*0.1|연*0.1|위*0.1|표*0.1|명*0.1|남궁*0.02|
황보*0.02|제갈*0.01|선우*0.01"""
KR_GIV_M = """민준|서준|도윤|예준|시우|하준|지호|주원|지훈|준서|현우|동현|성민|영호|영수|영철|정호|성호|상철|성진|진호|
준호|민수|재훈|종현|상훈|광수|철수|정훈|태호|경수|동욱|승현|우진|건우|민재|현준|지환|승민|준영|재원|병철|상우|기현|
용준|태민|성훈|정민|동훈|재석|한결|시윤|은우|이준"""
KR_GIV_F = """서연|서윤|지우|민서|하은|지민|수빈|지현|은지|혜진|민지|수진|지영|미영|영희|정희|은영|현정|미경|경희|
순자|영숙|정숙|미숙|지은|유진|은주|소영|선영|혜원|수연|예은|하윤|지아|채원|다은|윤서|소연|민정|은정|혜숙|명숙|
연희|수정|보람|나연|예린|하린|서현|지원"""

# DPRK-style given names (Hangul); the romaniser writes them in DPRK practice (Kim Chol Ho, Ri Yong Nam)
KP_SUR = """김*22|리*15|박*8|최*5|정*4|강*2.4|조*2|윤*2|장*2|림*1.7|한*1.5|오*1.5|서*1.4|신*1.4|권*1.2|황*1.2|안*1.2|
송*1.2|류*1|전*1|홍*1|고*0.9|문*0.9|량*0.8|손*0.8|배*0.7|백*0.7|허*0.6|남*0.5|심*0.5|로*0.5|하*0.5|곽*0.4|차*0.4|주*0.4|
우*0.4|구*0.4|민*0.3|라*0.3|지*0.3|엄*0.3|채*0.3|원*0.3|천*0.3|방*0.3|현*0.2|함*0.2|변*0.2|렴*0.2|탁*0.1|태*0.1|계*0.1"""
KP_GIV_M = """철호|영남|명철|광철|성철|영철|정남|혁|일|국철|남철|금철|철남|영일|광혁|성일|명호|정철|영호|광남|
철진|성남|명진|경철|광일|철민|진혁|성혁|충성|선일|룡철|명수|학철|영수|은철|경일|세철|동철|광명|혁철|원철|창호"""
KP_GIV_F = """은희|순희|영옥|명희|춘희|경희|혜경|성혜|은정|옥순|영순|정숙|금순|명옥|설희|향미|정희|영미|은경|
혜옥|선희|옥희|련화|진주|경옥|명순|성희|은심|금희|정옥"""

# ---------------------------------------------------------------- Russian (Cyrillic; romanised by romanise10)
RU_SUR = """Иванов|Смирнов|Кузнецов|Попов|Васильев|Петров|Соколов|Михайлов|Новиков|Фёдоров|Морозов|Волков|Алексеев|
Лебедев|Семёнов|Егоров|Павлов|Козлов|Степанов|Николаев|Орлов|Андреев|Макаров|Никитин|Захаров|Зайцев|Соловьёв|Борисов|
Яковлев|Григорьев|Романов|Воробьёв|Сергеев|Кузьмин|Фролов|Александров|Дмитриев|Королёв|Гусев|Киселёв|Ильин|Максимов|
Поляков|Сорокин|Виноградов|Ковалёв|Белов|Медведев|Антонов|Тарасов|Жуков|Баранов|Филиппов|Комаров|Давыдов|Беляев|
Герасимов|Богданов|Осипов|Сидоров|Матвеев|Титов|Марков|Миронов|Крылов|Куликов|Карпов|Власов|Мельников|Денисов|
Гаврилов|Тихонов|Казаков|Афанасьев|Данилов|Савельев|Тимофеев|Фомин|Чернов|Абрамов|Мартынов|Ефимов|Федотов|Щербаков|
Назаров|Калинин|Исаев|Чернышёв|Быков|Маслов|Родионов|Коновалов|Лазарев|Воронин|Климов|Филатов|Пономарёв|Голубев|
Кудрявцев|Прохоров|Наумов|Потапов|Журавлёв|Овчинников|Трофимов|Леонов|Соболев|Ермаков|Колесников|Гончаров|Емельянов|
Никифоров|Грачёв|Котов|Гришин|Ефремов|Архипов|Громов|Кириллов|Малышев|Панов|Моисеев|Румянцев|Акимов|Кондратьев|
Бирюков|Горбунов|Анисимов|Ерёмин|Тихомиров|Галкин|Лукьянов|Михеев|Скворцов|Юдин|Белоусов|Нестеров|Симонов|
Прокофьев|Харитонов|Князев|Цветков|Левин|Митрофанов|Воронов|Аксёнов|Мальцев|Логинов|Горшков|Савин|Краснов|Майоров|
Демидов|Елисеев|Рыбаков|Сафонов|Плотников|Дёмин|Хохлов|Фадеев|Молчанов|Игнатов|Литвинов|Ершов|Ушаков|Дементьев|
Рябов|Мухин|Калашников|Леонтьев|Лобанов|Кузин|Корнеев|Евдокимов|Бородин|Платонов|Некрасов|Балашов|Бобров|Жданов|
Блинов|Игнатьев|Коротков|Муравьёв|Крюков|Беляков|Богомолов|Дроздов|Лавров|Зуев|Петухов|Ларин|Никулин|Серов|
Терентьев|Зотов|Устинов|Фокин|Самойлов|Константинов|Сахаров|Шишкин|Самсонов|Черкасов|Чистяков|Носов|Спиридонов|
Карасёв|Авдеев|Воронцов|Зверев|Владимиров|Селезнёв|Нечаев|Кудряшов|Седов|Фирсов|Андрианов|Панин|Головин|Терехов|
Ульянов|Шестаков|Агеев|Никонов|Селиванов|Баженов|Гордеев|Кожевников|Пахомов|Зимин|Костин|Широков|Филимонов|Ларионов|
Сазонов|Суворов|Корнилов|Любимов|Львов|Копылов|Лукин|Токарев|Кулешов|Шилов|Большаков|Панкратов|Родин|Шаповалов|
Покровский|Бочаров|Никольский|Маркин|Горелов|Агафонов|Березин|Ермолаев|Зубков|Куприянов|Трифонов|Масленников|Круглов|
Третьяков|Колосов|Рожков|Артамонов|Шмелёв|Лаптев|Лапшин|Зиновьев|Зорин|Уткин|Столяров|Зубов|Ткачёв|Дорофеев|Антипов|
Завьялов|Свиридов|Золотарёв|Кулаков|Мещеряков|Макеев|Дьяконов|Гурьев|Вишневский|Островский|Лебединский|Толстой|Трубецкой"""
RU_GIV_M = """Александр:Александрович|Сергей:Сергеевич|Дмитрий:Дмитриевич|Андрей:Андреевич|Алексей:Алексеевич|
Владимир:Владимирович|Максим:Максимович|Евгений:Евгеньевич|Иван:Иванович|Михаил:Михайлович|Николай:Николаевич|
Игорь:Игоревич|Юрий:Юрьевич|Олег:Олегович|Виктор:Викторович|Павел:Павлович|Роман:Романович|Артём:Артёмович|
Денис:Денисович|Антон:Антонович|Владислав:Владиславович|Константин:Константинович|Вадим:Вадимович|Анатолий:Анатольевич|
Валерий:Валерьевич|Борис:Борисович|Геннадий:Геннадьевич|Виталий:Витальевич|Кирилл:Кириллович|Илья:Ильич|Никита:Никитич|
Егор:Егорович|Григорий:Григорьевич|Леонид:Леонидович|Василий:Васильевич|Пётр:Петрович|Степан:Степанович|Фёдор:Фёдорович|
Георгий:Георгиевич|Станислав:Станиславович|Ярослав:Ярославович|Руслан:Русланович|Тимур:Тимурович|Матвей:Матвеевич|
Арсений:Арсеньевич|Вячеслав:Вячеславович|Эдуард:Эдуардович|Аркадий:Аркадьевич|Лев:Львович|Глеб:Глебович"""
RU_GIV_F = """Елена|Ольга|Наталья|Татьяна|Ирина|Светлана|Анна|Мария|Екатерина|Юлия|Марина|Людмила|Галина|Валентина|
Надежда|Анастасия|Оксана|Лариса|Виктория|Любовь|Дарья|Ксения|Алина|Евгения|Вера|Нина|Полина|Алёна|Кристина|Софья|
Елизавета|Александра|Маргарита|Тамара|Зоя|Раиса|Лидия|Инна|Жанна|Вероника|Диана|Яна|Ангелина|Варвара|Валерия"""

# ---------------------------------------------------------------- Ukrainian
UA_SUR = """Шевченко|Мельник|Бойко|Коваленко|Бондаренко|Ткаченко|Ковальчук|Кравченко|Олійник|Шевчук|Коваль|Поліщук|
Бондар|Ткачук|Мороз|Марченко|Лисенко|Руденко|Савченко|Петренко|Клименко|Павленко|Кравчук|Кузьменко|Пономаренко|
Савчук|Василенко|Левченко|Харченко|Карпенко|Гончаренко|Мельниченко|Романенко|Литвиненко|Зінченко|Гаврилюк|Мартинюк|
Приходько|Сидоренко|Остапенко|Яковенко|Хоменко|Кушнір|Гуменюк|Лук'яненко|Дячук|Стасюк|Козак|Білоус|Грищенко|
Кириленко|Тарасенко|Панченко|Власенко|Сергієнко|Іваненко|Мазур|Федоренко|Білик|Костенко"""
UA_GIV_M = """Олександр:Олександрович|Сергій:Сергійович|Андрій:Андрійович|Володимир:Володимирович|Микола:Миколайович|
Юрій:Юрійович|Олег:Олегович|Віктор:Вікторович|Іван:Іванович|Василь:Васильович|Дмитро:Дмитрович|Богдан:Богданович|
Тарас:Тарасович|Петро:Петрович|Михайло:Михайлович|Максим:Максимович|Ігор:Ігорович|Віталій:Віталійович|Роман:Романович|
Євген:Євгенович|Анатолій:Анатолійович|Валерій:Валерійович|Ярослав:Ярославович|Остап:Остапович|Григорій:Григорович"""
UA_GIV_F = """Олена|Наталія|Ірина|Тетяна|Оксана|Світлана|Юлія|Людмила|Галина|Марія|Катерина|Ольга|Анна|Вікторія|
Валентина|Надія|Любов|Ганна|Христина|Софія|Дарина|Ярослава|Лариса|Інна|Алла"""

# ---------------------------------------------------------------- Kazakh (Cyrillic incl. Kazakh letters)
KZ_SUR = """Ахметов|Омаров|Абдрахманов|Жумабаев|Калиев|Султанов|Касымов|Тулегенов|Сарсенбаев|Искаков|Нурпеисов|Есенов|
Мукашев|Оспанов|Жакупов|Садыков|Кенжебаев|Ержанов|Абишев|Смагулов|Ахметжанов|Сатпаев|Кусаинов|Турсунов|Алиев|
Байжанов|Бекмуханов|Джумабеков|Ибраев|Кабдуллин|Мамыров|Нургалиев|Рахимов|Сейткалиев|Тажибаев|Утегенов|Шаймарданов|
Есимов|Бердибеков|Куанышев"""
KZ_GIV_M = """Нұрлан|Ерлан|Ержан|Бауыржан|Дәурен|Арман|Серік|Марат|Асхат|Қанат|Айдос|Әлихан|Болат|Ерболат|Талғат|
Жандос|Нұрсұлтан|Ғалым|Мұрат|Дархан|Әділет|Рүстем|Азамат|Ақылбек|Бекзат|Саят|Тимур|Алмас|Қайрат|Ержігіт"""
KZ_GIV_F = """Әсел|Айгерім|Жанар|Гүлнара|Динара|Сәуле|Айжан|Мадина|Әлия|Әсем|Гүлмира|Ақмарал|Назерке|Аружан|Дана|
Жұлдыз|Меруерт|Айдана|Самал|Томирис|Балжан|Камила|Гаухар|Мөлдір|Ботагөз"""

# ---------------------------------------------------------------- Persian (Iran)
IR_SUR = """Mohammadi/Mohamadi=محمدی*5|Hosseini/Hoseini/Husseini=حسینی*5|Ahmadi=احمدی*4|Rezaei/Rezaee/Rezai=رضایی*3.5|
Moradi=مرادی*2.5|Karimi=کریمی*2.5|Jafari/Jafary=جعفری*2.5|Rahimi=رحیمی*2|Hashemi=هاشمی*2|Mousavi/Musavi/Moosavi=موسوی*2|
Ghasemi/Qasemi=قاسمی*2|Heidari/Heydari=حیدری*2|Sadeghi/Sadeqi=صادقی*2|Ebrahimi=ابراهیمی*2|Kazemi=کاظمی*1.8|
Rostami=رستمی*1.5|Akbari=اکبری*1.5|Abbasi=عباسی*1.5|Bagheri/Baqeri=باقری*1.5|Ghorbani/Qorbani=قربانی*1.5|Nazari=نظری*1.4|
Salehi=صالحی*1.3|Yousefi/Yusefi=یوسفی*1.3|Mirzaei/Mirzaee=میرزایی*1.2|Zare/Zarei=زارع*1.2|Amiri=امیری*1.2|
Hosseinzadeh=حسین‌زاده*1|Sharifi=شریفی*1|Asadi=اسدی*1|Alizadeh=علیزاده*1|Hamidi=حمیدی*1|Shahbazi=شهبازی*0.9|
Taheri=طاهری*0.9|Kiani=کیانی*0.9|Mahmoudi/Mahmudi=محمودی*0.9|Jalali=جلالی*0.8|Naderi=نادری*0.8|Rahmani=رحمانی*0.8|
Azizi=عزیزی*0.8|Kamali=کمالی*0.7|Safari=صفری*0.7|Nouri/Nuri=نوری*0.7|Esmaeili/Ismaili=اسماعیلی*0.7|Khalili=خلیلی*0.7|
Farahani=فراهانی*0.6|Tehrani=تهرانی*0.6|Shirazi=شیرازی*0.6|Esfahani/Isfahani=اصفهانی*0.5|Tabrizi=تبریزی*0.5|
Najafi=نجفی*0.6|Kermani=کرمانی*0.5|Razavi=رضوی*0.5|Rahmati=رحمتی*0.5|Zamani=زمانی*0.5|Babaei/Babaee=بابایی*0.6|
Fathi=فتحی*0.5|Gholami/Qolami=غلامی*0.7|Jamshidi=جمشیدی*0.5|Bahrami=بهرامی*0.5|Parvizi=پرویزی*0.4|Ansari=انصاری*0.5|
Momeni=مؤمنی*0.4|Mohseni=محسنی*0.4|Davoodi/Davudi=داوودی*0.4|Sohrabi=سهرابی*0.4|Karami=کرمی*0.4|Moghaddam/Moqadam=مقدم*0.5|
Ghaffari/Ghafari=غفاری*0.4|Dehghan/Dehqan=دهقان*0.4|Khosravi=خسروی*0.4|Samadi=صمدی*0.4|Fallah=فلاح*0.3|Mansouri=منصوری*0.4|
Ranjbar=رنجبر*0.4|Mahdavi=مهدوی*0.3|Tavakoli=توکلی*0.4|Alavi=علوی*0.3|Kashani=کاشانی*0.3|Nikbakht=نیکبخت*0.2|
Soltani=سلطانی*0.5|Ahmadzadeh=احمدزاده*0.3|Hosseinpour=حسین‌پور*0.3|Ghanbari/Qanbari=قنبری*0.4|Valizadeh=ولی‌زاده*0.3|
Shokri=شکری*0.3|Abdollahi=عبداللهی*0.4|Mohammadzadeh=محمدزاده*0.3|Rashidi=رشیدی*0.3|Afshar=افشار*0.3|Ghaderi/Qaderi=قادری*0.3"""
IR_GIV_M = """Mohammad/Mohamad/Muhammad=محمد*6|Ali=علی*4|Hossein/Hosein/Hussein=حسین*3|Reza=رضا*2.5|Mehdi/Mahdi=مهدی*2.5|
Hassan/Hasan=حسن*2|Amir=امیر*2|Mohammad Reza/Mohammadreza=محمدرضا*2|Alireza/Ali Reza=علیرضا*2|Mahmoud/Mahmud=محمود*1.5|
Hamid=حمید*1.5|Saeed/Saeid/Said=سعید*1.5|Majid=مجید*1.3|Morteza/Mortaza=مرتضی*1.3|Ahmad=احمد*1.3|Javad=جواد*1.2|
Abbas=عباس*1.2|Mostafa/Mustafa=مصطفی*1.2|Masoud/Masud=مسعود*1.1|Hamidreza/Hamid Reza=حمیدرضا*1|Ebrahim/Ibrahim=ابراهیم*1|
Mohsen=محسن*1|Behrouz/Behruz=بهروز*0.8|Farhad=فرهاد*0.8|Dariush/Dariyoush=داریوش*0.6|Babak=بابک*0.7|Kourosh/Kurosh=کوروش*0.5|
Arash=آرش*0.7|Omid=امید*0.8|Navid=نوید*0.6|Pouya/Puya=پویا*0.5|Amin=امین*0.8|Vahid=وحید*0.8|Hadi=هادی*0.7|Sina=سینا*0.6|
Mohammad Ali=محمدعلی*0.8|Mohammad Hossein=محمدحسین*0.8|Amir Hossein/Amirhossein=امیرحسین*0.9|Abolfazl=ابوالفضل*0.7|
Hojjat=حجت*0.4|Ruhollah/Rouhollah=روح‌الله*0.5|Nasser/Naser=ناصر*0.5|Jalal=جلال*0.4|Kamran=کامران*0.4|Siavash=سیاوش*0.4|
Shahram=شهرام*0.4|Bijan=بیژن*0.3|Parviz=پرویز*0.4|Gholamreza/Qolamreza=غلامرضا*0.5|Yousef/Yusef=یوسف*0.5|Ramin=رامین*0.4"""
IR_GIV_F = """Fatemeh/Fatima=فاطمه*4|Zahra=زهرا*3.5|Maryam=مریم*2.5|Masoumeh/Masumeh=معصومه*1.5|Zeinab/Zaynab=زینب*1.5|
Leila/Leyla=لیلا*1.2|Narges=نرگس*1|Mahsa=مهسا*0.8|Sara=سارا*1|Somayeh=سمیه*1|Elham=الهام*0.9|Shirin=شیرین*0.7|
Nasrin=نسرین*0.7|Parisa=پریسا*0.7|Mina=مینا*0.6|Azadeh=آزاده*0.6|Neda=ندا*0.6|Roya=رویا*0.5|Fereshteh=فرشته*0.6|
Samira=سمیرا*0.6|Niloufar/Niloofar=نیلوفر*0.5|Atefeh=عاطفه*0.5|Marzieh=مرضیه*0.5|Tahereh=طاهره*0.4|Fatemeh Zahra=فاطمه‌زهرا*0.4|
Mahboubeh=محبوبه*0.4|Akram=اکرم*0.4|Soheila=سهیلا*0.3|Shahla=شهلا*0.3|Nazanin=نازنین*0.4|Hanieh=هانیه*0.4|Kimia=کیمیا*0.3|
Negar=نگار*0.4|Mahnaz=مهناز*0.3|Farzaneh=فرزانه*0.4|Zohreh=زهره*0.4|Mojgan=مژگان*0.3|Golnaz=گلناز*0.2"""

# ---------------------------------------------------------------- Arabic (Gulf, Levant, Egypt, Iraq, Maghreb)
AR_GIV_M = """Mohammed/Mohamed/Muhammad/Mohammad=محمد*8|Ahmed/Ahmad=أحمد*4|Ali=علي*3|Mahmoud/Mahmud=محمود*2|Omar/Umar=عمر*2|
Khaled/Khalid=خالد*2|Hassan/Hasan=حسن*2|Hussein/Husayn/Hussain=حسين*1.8|Abdullah/Abdallah=عبد الله*2|Youssef/Yousef/Yusuf=يوسف*1.8|
Ibrahim/Ebrahim=إبراهيم*1.8|Mustafa/Mostafa=مصطفى*1.5|Saeed/Said=سعيد*1.2|Abdulrahman/Abdel Rahman/Abd al-Rahman=عبد الرحمن*1.3|
Tariq/Tarek=طارق*1|Samir/Sameer=سمير*0.8|Nabil/Nabeel=نبيل*0.8|Walid/Waleed=وليد*0.9|Karim/Kareem=كريم*0.8|Faisal/Faysal=فيصل*0.8|
Salem/Salim=سالم*0.8|Hamad=حمد*0.6|Rashid/Rashed=راشد*0.7|Sultan=سلطان*0.6|Majed/Majid=ماجد*0.6|Adel/Adil=عادل*0.7|
Ziad/Ziyad=زياد*0.6|Bilal=بلال*0.6|Amr=عمرو*0.6|Hani=هاني*0.5|Fadi=فادي*0.5|Rami=رامي*0.5|Nasser/Nasir=ناصر*0.6|
Jamal=جمال*0.6|Mansour/Mansur=منصور*0.5|Fahad/Fahd=فهد*0.6|Sami=سامي*0.5|Imad/Emad=عماد*0.5|Abdulaziz/Abdel Aziz=عبد العزيز*0.7|
Yasser/Yasir=ياسر*0.6|Hisham=هشام*0.5|Osama/Usama=أسامة*0.5|Saleh/Salih=صالح*0.6|Anas=أنس*0.4|Hamza=حمزة*0.5|Marwan=مروان*0.4|
Waleed=وليد*0.2|Mazen=مازن*0.4|Nader=نادر*0.3|Ayman=أيمن*0.4|Tamer=تامر*0.3|Sherif/Sharif=شريف*0.3|Karam=كرم*0.2"""
AR_GIV_F = """Fatima/Fatma=فاطمة*3|Aisha/Aysha=عائشة*1.5|Mariam/Maryam=مريم*1.5|Nour/Noor=نور*1.3|Layla/Leila=ليلى*1|
Huda/Hoda=هدى*0.8|Amina/Aminah=آمنة*0.8|Sara/Sarah=سارة*1.2|Rania=رانيا*0.6|Hanan=حنان*0.6|Salma=سلمى*0.6|Noura/Nora=نورة*0.7|
Reem/Rim=ريم*0.6|Dalia=داليا*0.5|Yasmin/Yasmine=ياسمين*0.6|Zainab/Zaynab=زينب*0.7|Khadija/Khadeeja=خديجة*0.7|Asma=أسماء*0.6|
Lina=لينا*0.5|Maha=مها*0.5|Hala=هالة*0.4|Nadia=نادية*0.5|Samira=سميرة*0.4|Rasha=رشا*0.4|Dina=دينا*0.4|Manal=منال*0.4|
Abeer=عبير*0.4|Ghada=غادة*0.3|Suha=سهى*0.3|Wafa=وفاء*0.3|Lamia=لمياء*0.3|Shaima=شيماء*0.3|Heba=هبة*0.4"""
AR_FAM = """Al-Ahmad/Al Ahmad=الأحمد*1|Al-Ali/Al Ali=العلي*1|Haddad=حداد*1.2|Khoury/Khouri=خوري*1|Nasser/Nasser=ناصر*0.8|
Saleh=صالح*0.8|Hamdan=حمدان*0.7|Al-Masri/Al Masri=المصري*0.8|Al-Shami/Al Shami=الشامي*0.6|Al-Hashimi/Al Hashemi=الهاشمي*0.6|
Al-Qahtani/Al Qahtani=القحطاني*1|Al-Otaibi/Al Otaibi=العتيبي*1|Al-Ghamdi/Al Ghamdi=الغامدي*0.9|Al-Zahrani/Al Zahrani=الزهراني*0.8|
Al-Harbi/Al Harbi=الحربي*0.9|Al-Dosari/Al Dossari=الدوسري*0.7|Al-Shehri/Al Shehri=الشهري*0.7|Al-Mutairi/Al Mutairi=المطيري*0.8|
Al-Shammari/Al Shammari=الشمري*0.8|Al-Maliki/Al Malki=المالكي*0.6|Al-Amri/Al Amri=العمري*0.6|Al-Suwaidi/Al Suwaidi=السويدي*0.6|
Al-Mansoori/Al Mansouri=المنصوري*0.7|Al-Mazrouei/Al Mazroui=المزروعي*0.5|Al-Nuaimi/Al Nuaimi=النعيمي*0.5|Al-Kaabi/Al Kaabi=الكعبي*0.5|
Al-Falasi/Al Falasi=الفلاسي*0.4|Al-Hammadi/Al Hammadi=الحمادي*0.5|Al-Balushi/Al Balushi=البلوشي*0.5|Al-Rashid/Al Rashed=الراشد*0.5|
Mansour=منصور*0.6|Khalil=خليل*0.7|Ibrahim=إبراهيم*0.7|Hassan=حسن*0.8|Mahmoud=محمود*0.7|Youssef=يوسف*0.6|Salem=سالم*0.5|
Barakat=بركات*0.4|Darwish=درويش*0.5|Abboud=عبود*0.4|Jaber=جابر*0.5|Aziz=عزيز*0.4|Awad=عوض*0.5|Sabbagh=صباغ*0.4|
Najjar=نجار*0.5|Al-Khatib/El Khatib=الخطيب*0.5|Al-Tamimi/Al Tamimi=التميمي*0.5|Obeid=عبيد*0.4|Qasim/Kassem=قاسم*0.4|
Farouk=فاروق*0.3|Fawzi=فوزي*0.3|Abdel Hamid=عبد الحميد*0.3|El-Sayed/El Sayed=السيد*0.8|Abdel Fattah=عبد الفتاح*0.3|
Al-Jabouri/Al Jubouri=الجبوري*0.5|Al-Dulaimi/Al Dulaimi=الدليمي*0.4|Al-Tikriti=التكريتي*0.2|Bennani=بناني*0.3|
Benali/Ben Ali=بن علي*0.3|El Amrani=العمراني*0.3|Alaoui=العلوي*0.3|Mansouri=منصوري*0.2|Zahran=زهران*0.2|Shalaby=شلبي*0.2"""

# ---------------------------------------------------------------- Pakistan (Urdu script)
PK_GIV_M = """Muhammad/Mohammad=محمد*6|Ahmed/Ahmad=احمد*2|Ali=علی*2|Hassan=حسن*1.2|Usman/Osman=عثمان*1.2|Bilal=بلال*1.1|
Imran=عمران*1.1|Asif=آصف*1|Tariq=طارق*1|Zahid=زاہد*0.9|Shahid=شاہد*0.9|Kashif=کاشف*0.8|Faisal=فیصل*0.8|Adnan=عدنان*0.8|
Naveed=نوید*0.7|Waqar=وقار*0.6|Farhan=فرحان*0.7|Salman=سلمان*0.7|Khalid=خالد*0.7|Arshad=ارشد*0.7|Sajid=ساجد*0.7|
Amjad=امجد*0.6|Rizwan=رضوان*0.7|Nadeem=ندیم*0.6|Kamran=کامران*0.6|Irfan=عرفان*0.6|Javed/Javaid=جاوید*0.6|Iqbal=اقبال*0.5|
Zubair=زبیر*0.5|Hamza=حمزہ*0.6|Umar=عمر*0.6|Abdul Rehman/Abdur Rehman=عبدالرحمٰن*0.6|Ghulam Mustafa=غلام مصطفیٰ*0.4|
Ghulam Abbas=غلام عباس*0.3|Muhammad Asif=محمد آصف*0.6|Muhammad Imran=محمد عمران*0.6|Muhammad Tariq=محمد طارق*0.4|
Muhammad Arshad=محمد ارشد*0.4|Shahzad=شہزاد*0.5|Waseem=وسیم*0.5|Aamir/Amir=عامر*0.5|Junaid=جنید*0.5|Fahad=فہد*0.4"""
PK_GIV_F = """Ayesha/Aisha=عائشہ*1.5|Fatima=فاطمہ*1.5|Sana=ثناء*1|Hira=حرا*0.8|Amna=آمنہ*0.8|Saima=صائمہ*0.8|Nadia=نادیہ*0.7|
Rabia=رابعہ*0.7|Sadia=سعدیہ*0.7|Zainab=زینب*0.7|Mehwish=مہوش*0.6|Bushra=بشریٰ*0.6|Shazia=شازیہ*0.6|Asma=اسماء*0.6|
Farzana=فرزانہ*0.5|Nazia=نازیہ*0.5|Uzma=عظمیٰ*0.5|Kiran=کرن*0.5|Sumaira=سمیرا*0.4|Rukhsana=رخسانہ*0.4|Samina=ثمینہ*0.4"""
PK_SUR = """Khan=خان*8|Ahmed/Ahmad=احمد*3|Ali=علی*2.5|Hussain/Hussain=حسین*2.5|Shah=شاہ*2|Malik=ملک*2|Qureshi=قریشی*1.3|
Butt=بٹ*1.2|Chaudhry/Chaudhary=چوہدری*1.3|Iqbal=اقبال*1|Akhtar=اختر*1|Raza=رضا*0.9|Sheikh/Shaikh=شیخ*1|Mirza=مرزا*0.8|
Abbasi=عباسی*0.8|Siddiqui/Siddiqi=صدیقی*0.8|Javed=جاوید*0.7|Rana=رانا*0.7|Bhatti=بھٹی*0.7|Awan=اعوان*0.7|Baig=بیگ*0.6|
Hashmi=ہاشمی*0.5|Rehman/Rahman=رحمان*0.8|Aslam=اسلم*0.6|Mahmood/Mehmood=محمود*0.7|Anwar=انور*0.6|Bukhari=بخاری*0.4|
Gill=گل*0.4|Cheema=چیمہ*0.4|Janjua=جنجوعہ*0.3|Gondal=گوندل*0.3|Niazi=نیازی*0.4|Afridi=آفریدی*0.4|Yousafzai=یوسفزئی*0.3|
Khattak=خٹک*0.3|Memon=میمن*0.4|Ansari=انصاری*0.4|Zaidi=زیدی*0.4|Rizvi=رضوی*0.4|Jafri=جعفری*0.3|Naqvi=نقوی*0.4|
Tariq=طارق*0.4|Nawaz=نواز*0.5|Saleem/Salim=سلیم*0.5|Riaz=ریاض*0.5|Shahzad=شہزاد*0.4|Arif=عارف*0.4|Abbas=عباس*0.5"""

# ---------------------------------------------------------------- India (Hindi, Devanagari)
IN_SUR = """Sharma=शर्मा*4|Singh=सिंह*5|Kumar=कुमार*4|Verma=वर्मा*1.5|Gupta=गुप्ता*2|Patel=पटेल*2|Yadav=यादव*2|Mishra=मिश्रा*1.5|
Pandey=पांडे*1.2|Tiwari=तिवारी*1|Shukla=शुक्ला*0.8|Agarwal/Aggarwal=अग्रवाल*1|Jain=जैन*1|Mehta=मेहता*0.8|Shah=शाह*1|
Joshi=जोशी*1|Chauhan=चौहान*0.8|Srivastava=श्रीवास्तव*0.8|Dubey=दुबे*0.6|Chaudhary=चौधरी*0.8|Rao=राव*0.8|Desai=देसाई*0.6|
Kulkarni=कुलकर्णी*0.5|Patil=पाटिल*0.8|Deshpande=देशपांडे*0.4|Bhat=भट*0.5|Kapoor=कपूर*0.6|Malhotra=मल्होत्रा*0.5|
Khanna=खन्ना*0.4|Chopra=चोपड़ा*0.4|Saxena=सक्सेना*0.5|Sinha=सिन्हा*0.6|Thakur=ठाकुर*0.6|Rathore=राठौर*0.4|Das=दास*0.8|
Banerjee=बनर्जी*0.4|Mukherjee=मुखर्जी*0.4|Chatterjee=चटर्जी*0.4|Ghosh=घोष*0.5|Bose=बोस*0.3|Sen=सेन*0.3|Tripathi=त्रिपाठी*0.5|
Dwivedi=द्विवेदी*0.3|Trivedi=त्रिवेदी*0.4|Bansal=बंसल*0.4|Goyal=गोयल*0.5|Mittal=मित्तल*0.4|Arora=अरोड़ा*0.5|Bhatia=भाटिया*0.4|
Sethi=सेठी*0.3|Nair=नायर*0.6|Reddy=रेड्डी*0.8|Iyer=अय्यर*0.4|Menon=मेनन*0.3|Pillai=पिल्लै*0.3|Naidu=नायडू*0.3|Goswami=गोस्वामी*0.3"""
IN_GIV_M = """Rahul=राहुल*1.5|Amit=अमित*1.5|Rajesh=राजेश*1.3|Sunil=सुनील*1.2|Anil=अनिल*1.2|Sanjay=संजय*1.2|Vijay=विजय*1.1|
Rakesh=राकेश*1|Ramesh=रमेश*1|Suresh=सुरेश*1|Manoj=मनोज*1|Ashok=अशोक*0.9|Deepak=दीपक*0.9|Vikas=विकास*0.8|Ajay=अजय*0.8|
Ravi=रवि*0.8|Arun=अरुण*0.7|Vinod=विनोद*0.7|Pradeep=प्रदीप*0.7|Rajendra=राजेंद्र*0.6|Sandeep=संदीप*0.7|Rohit=रोहित*0.7|
Nitin=नितिन*0.6|Anand=आनंद*0.6|Mahesh=महेश*0.6|Dinesh=दिनेश*0.6|Mukesh=मुकेश*0.6|Sachin=सचिन*0.5|Vivek=विवेक*0.5|
Gaurav=गौरव*0.5|Abhishek=अभिषेक*0.5|Aditya=आदित्य*0.5|Arjun=अर्जुन*0.4|Karan=करण*0.4|Ram Prasad=राम प्रसाद*0.3|
Shyam Sundar=श्याम सुंदर*0.2|Om Prakash=ओम प्रकाश*0.3|Ved Prakash=वेद प्रकाश*0.2|Raj Kumar=राज कुमार*0.4"""
IN_GIV_F = """Priya=प्रिया*1.2|Pooja=पूजा*1.2|Sunita=सुनीता*1|Anita=अनीता*1|Neha=नेहा*1|Kavita=कविता*0.9|Rekha=रेखा*0.8|
Meena=मीना*0.7|Anjali=अंजलि*0.7|Sneha=स्नेहा*0.6|Shweta=श्वेता*0.6|Deepika=दीपिका*0.5|Asha=आशा*0.6|Geeta=गीता*0.6|
Lakshmi=लक्ष्मी*0.5|Savita=सविता*0.5|Usha=उषा*0.5|Nisha=निशा*0.5|Ritu=रितु*0.5|Swati=स्वाति*0.5|Divya=दिव्या*0.5|
Manju=मंजू*0.4|Seema=सीमा*0.5|Poonam=पूनम*0.5|Suman=सुमन*0.4|Archana=अर्चना*0.4|Preeti=प्रीति*0.4|Aarti=आरती*0.4"""

# ---------------------------------------------------------------- Bangladesh (Bengali)
BD_SUR = """Hossain/Hossen=হোসেন*4|Rahman=রহমান*3.5|Islam=ইসলাম*3|Ahmed=আহমেদ*2.5|Khan=খান*2|Uddin=উদ্দিন*2|Akter/Akhter=আক্তার*2|
Begum=বেগম*2|Chowdhury=চৌধুরী*1.2|Alam=আলম*1.5|Miah/Mia=মিয়া*1.5|Sarkar=সরকার*1|Das=দাস*1|Roy=রায়*1|Haque/Hoque=হক*1.2|
Karim=করিম*0.7|Talukder=তালুকদার*0.6|Mondal=মন্ডল*0.6|Sheikh=শেখ*0.8|Biswas=বিশ্বাস*0.6|Bhuiyan=ভূঁইয়া*0.6|
Siddique=সিদ্দিক*0.5|Kabir=কবির*0.6|Majumder=মজুমদার*0.5|Saha=সাহা*0.6|Ghosh=ঘোষ*0.5|Dey=দে*0.5|Paul=পাল*0.5|
Chakraborty=চক্রবর্তী*0.4|Bhattacharjee=ভট্টাচার্য*0.3|Mahmud=মাহমুদ*0.5|Sultana=সুলতানা*0.6|Khatun=খাতুন*1"""
BD_GIV_M = """Md. Abdul Karim=মোঃ আব্দুল করিম*0.6|Md. Rafiqul Islam=মোঃ রফিকুল ইসলাম*0.6|Abdul=আব্দুল*1|Rafiqul=রফিকুল*0.8|
Shafiqul=শফিকুল*0.7|Aminul=আমিনুল*0.7|Mizanur=মিজানুর*0.7|Habibur=হাবিবুর*0.6|Ashraful=আশরাফুল*0.6|Kamal=কামাল*0.6|
Jamal=জামাল*0.5|Nazrul=নজরুল*0.5|Monir=মনির*0.5|Sohel=সোহেল*0.5|Rubel=রুবেল*0.5|Shahin=শাহীন*0.5|Alamgir=আলমগীর*0.5|
Masud=মাসুদ*0.5|Faruk=ফারুক*0.4|Anisur=আনিসুর*0.4|Mahbub=মাহবুব*0.4|Tanvir=তানভীর*0.4|Sujit=সুজিত*0.3|Amit=অমিত*0.3|
Dipak=দীপক*0.3|Swapan=স্বপন*0.3|Tapan=তপন*0.3|Mohammad=মোহাম্মদ*0.8|Md. Shahidul=মোঃ শহিদুল*0.4|Md. Jahangir=মোঃ জাহাঙ্গীর*0.4"""
BD_GIV_F = """Nasima=নাসিমা*0.6|Rokeya=রোকেয়া*0.5|Shirin=শিরিন*0.5|Taslima=তাসলিমা*0.5|Salma=সালমা*0.6|Ruma=রুমা*0.4|
Sharmin=শারমিন*0.6|Farhana=ফারহানা*0.5|Nusrat=নুসরাত*0.5|Jannatul Ferdous=জান্নাতুল ফেরদৌস*0.4|Sumaiya=সুমাইয়া*0.4|
Fatema=ফাতেমা*0.6|Rina=রিনা*0.4|Mousumi=মৌসুমী*0.4|Shampa=শম্পা*0.3|Nasrin=নাসরিন*0.5|Mst. Rahima=মোসাঃ রহিমা*0.3"""

# ---------------------------------------------------------------- Thai (RTGS-ish spellings as used on passports)
TH_GIV_M = """Somchai=สมชาย|Somsak=สมศักดิ์|Prasert=ประเสริฐ|Sompong=สมพงษ์|Wichai=วิชัย|Suchart=สุชาติ|Thanakorn=ธนากร|
Nattapon=ณัฐพล|Kitti=กิตติ|Anan=อนันต์|Chaiwat=ชัยวัฒน์|Surachai=สุรชัย|Weera=วีระ|Sakchai=ศักดิ์ชัย|Prayut=ประยุทธ|
Boonmee=บุญมี|Narong=ณรงค์|Sombat=สมบัติ|Supachai=ศุภชัย|Thawatchai=ธวัชชัย|Pongsak=พงศ์ศักดิ์|Apichat=อภิชาติ"""
TH_GIV_F = """Somying=สมหญิง|Malee=มาลี|Sunee=สุนีย์|Wanna=วรรณา|Napa=นภา|Kanchana=กาญจนา|Siriporn=ศิริพร|Arunee=อรุณี|
Porntip=พรทิพย์|Chanpen=จันทร์เพ็ญ|Piyanuch=ปิยะนุช|Supaporn=สุภาพร|Nittaya=นิตยา|Ratana=รัตนา|Pranee=ปราณี|
Wilai=วิไล|Kannika=กรรณิการ์|Duangjai=ดวงใจ|Jintana=จินตนา|Sasithorn=ศศิธร"""
TH_SUR = """Saengthong=แสงทอง|Srisuk=ศรีสุข|Wongsawat=วงศ์สวัสดิ์|Sukprasert=สุขประเสริฐ|Boonma=บุญมา|Thongdee=ทองดี|
Jaidee=ใจดี|Rungruang=รุ่งเรือง|Sriwong=ศรีวงศ์|Chankaew=จันทร์แก้ว|Kaewmanee=แก้วมณี|Meesuk=มีสุข|Somboon=สมบูรณ์|
Petcharat=เพชรรัตน์|Chaimongkol=ชัยมงคล|Suwan=สุวรรณ|Srisomboon=ศรีสมบูรณ์|Boonruang=บุญเรือง|Thongkham=ทองคำ|
Charoenrat=เจริญรัตน์|Sukjai=สุขใจ|Intharasuk=อินทรสุข|Pattanapong=พัฒนพงษ์|Rattanakul=รัตนกุล|Wongsuwan=วงศ์สุวรรณ"""

# ---------------------------------------------------------------- Greek (masculine | feminine forms)
GR_SUR = """Papadopoulos:Papadopoulou=Παπαδόπουλος:Παπαδοπούλου|Papadakis:Papadaki=Παπαδάκης:Παπαδάκη|
Georgiou:Georgiou=Γεωργίου:Γεωργίου|Nikolaou:Nikolaou=Νικολάου:Νικολάου|Pappas:Pappa=Παππάς:Παππά|
Vlachos:Vlachou=Βλάχος:Βλάχου|Oikonomou:Oikonomou=Οικονόμου:Οικονόμου|Dimitriou:Dimitriou=Δημητρίου:Δημητρίου|
Papageorgiou:Papageorgiou=Παπαγεωργίου:Παπαγεωργίου|Konstantinou:Konstantinou=Κωνσταντίνου:Κωνσταντίνου|
Ioannou:Ioannou=Ιωάννου:Ιωάννου|Karagiannis:Karagianni=Καραγιάννης:Καραγιάννη|Makris:Makri=Μακρής:Μακρή|
Alexiou:Alexiou=Αλεξίου:Αλεξίου|Christodoulou:Christodoulou=Χριστοδούλου:Χριστοδούλου|Antoniou:Antoniou=Αντωνίου:Αντωνίου|
Papanikolaou:Papanikolaou=Παπανικολάου:Παπανικολάου|Athanasiou:Athanasiou=Αθανασίου:Αθανασίου|Vasileiou:Vasileiou=Βασιλείου:Βασιλείου|
Petrou:Petrou=Πέτρου:Πέτρου|Michailidis:Michailidou=Μιχαηλίδης:Μιχαηλίδου|Georgiadis:Georgiadou=Γεωργιάδης:Γεωργιάδου|
Papadimitriou:Papadimitriou=Παπαδημητρίου:Παπαδημητρίου|Angelopoulos:Angelopoulou=Αγγελόπουλος:Αγγελοπούλου|
Katsaros:Katsarou=Κατσαρός:Κατσαρού|Theodorou:Theodorou=Θεοδώρου:Θεοδώρου|Stavrou:Stavrou=Σταύρου:Σταύρου|
Panagiotou:Panagiotou=Παναγιώτου:Παναγιώτου|Kyriakou:Kyriakou=Κυριάκου:Κυριάκου|Economou:Economou=Οικονόμου:Οικονόμου"""
GR_GIV_M = """Georgios=Γεώργιος|Ioannis=Ιωάννης|Konstantinos=Κωνσταντίνος|Dimitrios=Δημήτριος|Nikolaos=Νικόλαος|
Panagiotis=Παναγιώτης|Vasileios=Βασίλειος|Christos=Χρήστος|Athanasios=Αθανάσιος|Michail=Μιχαήλ|Evangelos=Ευάγγελος|
Spyridon=Σπυρίδων|Antonios=Αντώνιος|Andreas=Ανδρέας|Emmanouil=Εμμανουήλ|Stavros=Σταύρος|Petros=Πέτρος|Alexandros=Αλέξανδρος"""
GR_GIV_F = """Maria=Μαρία|Eleni=Ελένη|Aikaterini=Αικατερίνη|Vasiliki=Βασιλική|Sofia=Σοφία|Angeliki=Αγγελική|Georgia=Γεωργία|
Dimitra=Δήμητρα|Konstantina=Κωνσταντίνα|Paraskevi=Παρασκευή|Anastasia=Αναστασία|Christina=Χριστίνα|Ioanna=Ιωάννα|Eirini=Ειρήνη"""

# ---------------------------------------------------------------- Hebrew
IL_SUR = """Cohen=כהן*4|Levi/Levy=לוי*3|Mizrahi=מזרחי*1.5|Peretz=פרץ*1.2|Biton=ביטון*1.2|Dahan=דהן*1.1|Avraham=אברהם*1|
Friedman=פרידמן*1|Malka=מלכה*0.9|Azoulay=אזולאי*0.9|Katz=כץ*0.9|Yosef=יוסף*0.8|David=דוד*0.8|Amar=עמר*0.7|
Ohayon=אוחיון*0.7|Hadad=חדד*0.7|Gabay=גבאי*0.7|Ben David=בן דוד*0.6|Adler=אדלר*0.5|Levin=לוין*0.6|Shapira=שפירא*0.5|
Klein=קליין*0.5|Weiss=וייס*0.5|Rosenberg=רוזנברג*0.4|Goldstein=גולדשטיין*0.4|Ben Haim=בן חיים*0.4|Shalom=שלום*0.4|
Halevi=הלוי*0.3|Golan=גולן*0.4|Barak=ברק*0.3|Sasson=ששון*0.3|Israeli=ישראלי*0.3|Ben Ami=בן עמי*0.3|Elbaz=אלבז*0.4"""
IL_GIV_M = """David=דוד|Moshe=משה|Yosef=יוסף|Avraham=אברהם|Yaakov=יעקב|Daniel=דניאל|Itzhak/Yitzhak=יצחק|Michael=מיכאל|
Shlomo=שלמה|Yehuda=יהודה|Eli=אלי|Amir=אמיר|Noam=נועם|Itai=איתי|Yonatan=יונתן|Omer=עומר|Avi=אבי|Eyal=אייל|Gil=גיל|
Ronen=רונן|Yoav=יואב|Uri=אורי|Ariel=אריאל|Tomer=תומר|Ido=עידו"""
IL_GIV_F = """Sarah/Sara=שרה|Rachel=רחל|Esther=אסתר|Miriam=מרים|Yael=יעל|Noa=נועה|Tamar=תמר|Michal=מיכל|Shira=שירה|
Maya=מאיה|Ruth=רות|Hila=הילה|Orly=אורלי|Limor=לימור|Ayelet=איילת|Dana=דנה|Shani=שני|Rivka=רבקה|Liat=ליאת|Efrat=אפרת"""

# ---------------------------------------------------------------- Georgian / Armenian (romanised by romanise10)
GE_SUR = """ბერიძე|კაპანაძე|გელაშვილი|მაისურაძე|გიორგაძე|ლომიძე|წიკლაური|ბოლქვაძე|ნოზაძე|ხუციშვილი|აბულაძე|მიქელაძე|
ტაბატაძე|ჩხეიძე|გოგოლაძე|შენგელია|ჯაფარიძე|დოლიძე|გოგუა|კიკნაძე|მჭედლიშვილი|ლობჟანიძე|კვარაცხელია|ცერცვაძე|
ნაცვლიშვილი|ხარაიშვილი|მამულაშვილი|ქავთარაძე|ჯავახიშვილი|ღლონტი"""
GE_GIV_M = """გიორგი|დავით|ლევან|ნიკოლოზ|ირაკლი|ზურაბ|ალექსანდრე|ლუკა|ლაშა|თამაზ|გიგა|მიხეილ|ვახტანგ|გოჩა|ნიკა|
ბექა|შოთა|ვანო|ილია|რევაზ"""
GE_GIV_F = """ნინო|თამარ|მარიამ|ანა|ეკა|ნათია|ქეთევან|მაია|ნანა|სალომე|თამთა|ლელა|მანანა|ნატო|ხათუნა|ეთერ|მზია"""
AM_SUR = """Գրիգորյան|Սարգսյան|Հարությունյան|Հովհաննիսյան|Խաչատրյան|Հակոբյան|Վարդանյան|Պետրոսյան|Կարապետյան|Գևորգյան|
Մկրտչյան|Պողոսյան|Ավետիսյան|Ղազարյան|Մանուկյան|Մարտիրոսյան|Ստեփանյան|Ասատրյան|Դավթյան|Սիմոնյան|Առաքելյան|
Ավագյան|Մարգարյան|Սահակյան|Մելքոնյան|Բաղդասարյան|Թորոսյան|Գալստյան|Աբրահամյան|Համբարձումյան"""
AM_GIV_M = """Արմեն|Արամ|Դավիթ|Հայկ|Գոռ|Տիգրան|Նարեկ|Արթուր|Վահե|Կարեն|Սամվել|Աշոտ|Լևոն|Գագիկ|Վարդան|Հովհաննես|
Սուրեն|Արսեն|Հրանտ|Սարգիս"""
AM_GIV_F = """Անահիտ|Մարիամ|Անի|Լուսինե|Գայանե|Արմինե|Նունե|Աննա|Հասմիկ|Կարինե|Նարինե|Լիլիթ|Սիրանուշ|Աստղիկ|Տաթևիկ"""
