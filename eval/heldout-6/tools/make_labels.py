"""Write corpus/docs/NN-*.labels.json from the spec below and check them:
every label string occurs verbatim in its document; entity ids exist in list.csv; no candidate is on a real list
(folded exact or word-subset, also via Hangul/Han/Cyrillic romanisations); mention counts (leftmost-longest, case-sensitive)."""
import csv, json, os, re, sys, glob
sys.path.insert(0, os.path.dirname(__file__))
from lists import Index, words
from translit import is_hangul, hangul_text, hangul_person, pinyin_syl, cyr_shadows
from unidecode import unidecode

O, P = 'organisation', 'person'
SPEC = {
'01-ie-uk-second-economic-committee.txt': dict(marking='CONFIDENTIAL // REL MTCR',
 entities=[('SECOND ECONOMIC COMMITTEE','L-001'),('Second Economic Committee','L-001'),('SEC','L-001'),('제2경제위원회','L-001'),
  ('Munitions Industry Department','L-002'),('MID','L-002'),('Ministry of Rocket Industry','L-003'),('Rocket Industry Department','L-003'),
  ('Paek Se-bong','L-008'),('Paek','L-008'),('Cho Chun-ryong','L-009'),('Korea\nHyoksin Trading Corp.','L-004'),('Hyoksin','L-004'),
  ('Korean Tangun Trading Corporation','L-005'),('KTTC','L-005'),('Tangun','L-005'),('Kuryonggang Trading Corporation','L-005'),
  ('Green Pine Associated Corp.','L-006'),('청송련합회사','L-006'),('Chongsong Yonhap','L-006')],
 candidates=[('Kim Yong-dok',P),('Sinhung Precision Trading Co.',O),('Sinhung',O),('Dandong Jinhe Hengxin Trading Co., Ltd.',O),('丹东金河恒信贸易有限公司',O),
  ('Dandong Jinhe Hengxin',O),('Zhang Wenhao',P),('张文浩',P),('Ri Kum-sil',P)],
 technology=[('flow-forming machine',['3.B.3']),('vacuum induction furnace',[]),('flow-forming machines with more than two rollers',['3.B.3']),
  ('gyro-stabilised platforms and inertial measurement units',['9.A.6']),('ammonium perchlorate',['4.C.4']),('five-axis machining centres',[])]),
'02-denial-notification-se-filament-winding.txt': dict(marking='CONFIDENTIAL // REL MTCR',
 entities=[('GENERAL TECHNOLOGY LTD','L-020'),('GENERAL TECHNOLOGY LIMITED','L-020'),('GENERAL TECHNOLOGY','L-020'),
  ('NATIONAL\n   DEVELOPMENT COMPLEX','L-027'),('NDC','L-027'),('BEIJING LUO LUO TECH. DEV. CO., LTD.','L-021'),('BEIJING LUO LUO TECHNOLOGY DEVELOPMENT CO LTD','L-021'),
  ('CHANGZHOU UTEK COMPOSITE CO.','L-022'),('CUC','L-022')],
 candidates=[('NORRVIK COMPOSITE SYSTEMS AB',O),('BLUECREST COMPOSITES (PVT) LTD',O),('BLUECREST COMPOSITES',O),('BLUECREST',O),
  ('PAK ADVANCED PIPE & TUBE INDUSTRIES',O),('TARIQ MEHMOOD GONDAL',P),('GONDAL',P)],
 technology=[('FILAMENT WINDING MACHINE',['6.B.1']),('CARBON FIBRE TOW',[]),('FILAMENT WINDING EQUIPMENT',['6.B.1'])]),
'03-email-us-limmt-successors.eml': dict(marking='CONFIDENTIAL // REL MTCR',
 entities=[('Li Fangwei','L-018'),('李方伟','L-018'),('Karl Lee','L-018'),('LIMMT Economic and Trade Co., Ltd.','L-017'),('LIMMT','L-017'),
  ('Shahid Bakeri Ind. Grp','L-011'),('SBIG','L-011'),('Shahid Bagheri','L-011'),('Dalian Sunny\nIndustry & Trade Co., Ltd.','L-017'),
  ('Sino Metallurgy & Minmetals Industry Co.,\nLtd.','L-017'),('China National Precision Machinery Imp./Exp.\nCorp.','L-019'),('CPMIEC','L-019'),
  ('中国精密机械进出口有限公司','L-019'),('Rahim Ahmadi','L-016')],
 candidates=[('Dalian Haoyue Metal Products Co., Ltd.',O),('大连浩悦金属制品有限公司',O),('Haoyue',O),('Rahmat Sanat Kaveh Co.',O),('Rahmat Sanat Kaveh',O),
  ('Wang Jianhua',P),('Omid Ahmadi',P)],
 technology=[('fine-grain recrystallized graphite blocks',['6.C.3']),('tungsten-copper throat inserts',['3.A.3']),('two-axis motion simulators',['9.B.2'])]),
'04-meeting-summary-ie-plenary-session.md': dict(marking='CONFIDENTIAL // REL MTCR',
 entities=[('Shahid Bagheri Industrial Group (SBIG)','L-011'),('SBIG','L-011'),('Shahid\nBakeri','L-011'),('Sanam Ind. Group','L-013'),('Sanam Industrial Group','L-013'),
  ('7th of Tir Industries','L-014'),('صنایع هفتم تیر','L-014'),('7th of Tir','L-014'),('Defence Industries Organisation (DIO)','L-012'),('Defense Industries Organization','L-012'),
  ('Sazemane Sanaye\nDefa','L-012'),('DIO','L-012'),('AIO','L-033'),('Ahmad Vahid Dastjerdi','L-015'),('احمد وحید دستجردی','L-015'),
  ('Scientific Studies and Research Center\n(SSRC','L-023'),('SSRC','L-023'),("Centre d'Etudes et de Recherches Scientifiques",'L-023'),('CERS','L-023'),
  ('Higher Institute of Applied Science and\nTechnology','L-024'),('HIAST','L-024'),('ISSAT','L-024'),('Votkinsk Plant','L-031'),('Joint Stock Company Votkinskiy Zavod','L-031')],
 candidates=[('Pardis Negin Gostar Trading Co.',O),('Kavosh Sanat\nAlborz Co.',O),('Kavosh Sanat Alborz Co.',O),('Kavosh Sanat Alborz',O),('Qasr Al-Nour\nTrading S.A.R.L.',O),
  ('Qasr Al-Nour Trading',O),('ООО «Техноальянс-Восток»',O),('Tekhnoalyans-Vostok LLC',O),('Tekhnoalyans-Vostok',O),('Pavel Sergeyevich Lyalin',P)],
 technology=[('vacuum hot press',[]),('laboratory-scale propellant mixers',['4.B.3'])]),
'05-customs-seizure-report-sg-transhipment.txt': dict(marking='RESTRICTED // REL MTCR',
 entities=[('Rockside Enterprise','L-029'),('ROCKSIDE TRADING','L-029'),('Rockside Ent.','L-029'),('Rockside','L-029'),('M/s Affiliates Intl','L-028'),
  ('MS AFFILIATES INTERNATIONAL','L-028'),('Affiliates International','L-028'),('Affiliates','L-028'),('National\nDevelopment Complex','L-027'),
  ('General Technology Ltd.','L-020'),('General Technology','L-020')],
 candidates=[('Shanghai Mingrui Industrial Supply Co., Ltd.',O),('上海铭瑞工业供应有限公司',O),('Shanghai Mingrui',O),('Golden Ridge Logistics FZE',O),
  ('Golden Ridge Logistics',O),('Al-Bayan Industrial Supplies FZE',O),('Al-Bayan Industrial Supplies',O),('Kassem Shabbir',P),('Directorate of Technical Procurement',O)],
 technology=[('servo-valves and an actuator test stand',['2.A.1.e']),('aluminium powder',['4.C.2']),('coordinate measuring machine',[]),('thrust-vector actuators',['2.A.1.e'])]),
'06-ie-fr-syria-ssrc-mahrous.txt': dict(marking='CONFIDENTIAL // REL MTCR',
 entities=[('Scientific Studies and Research Centre','L-023'),('مركز الدراسات والبحوث العلمية','L-023'),("Centre d'Etudes et de Recherches Scientifiques (CERS)",'L-023'),
  ('SSRC','L-023'),('Higher Institute of Applied Science and\nTechnology','L-024'),('المعهد العالي للعلوم التطبيقية والتكنولوجيا','L-024'),('ISSAT','L-024'),('HIAST','L-024'),
  ('Institut Supérieur des\nSciences Appliquées et de Technologie','L-024'),('Mahrous Group','L-025'),('Al Mahrus\nGroup Trading Co.','L-025'),('Mahrous Trading Est.','L-025'),
  ('MAHROUS TRADING ESTABLISHMENT','L-025'),('Iyad Mahrous','L-026'),('إياد محروس','L-026'),('Iyad MAHROUS','L-026')],
 candidates=[('Cedar Line Scientific S.A.L.',O),('Cedar Line Scientific',O),('Samir Al-Tahhan',P),('Dar Al-Yasmin for Engineering Supplies',O),('دار الياسمين للتجهيزات الهندسية',O),
  ('Dar\nAl-Yasmin',O),('Yasmin Haddad',P),('Mrs. Haddad',P)],
 technology=[('vibration test system',['15.B.1']),('vibration test systems with more than 4.5 kN thrust',['15.B.1']),('titanium alloy bar',[]),('maraging steel rings',['6.C']),('aluminium alloy tube',[])]),
'07-denial-notification-de-ktrv-votkinsk.txt': dict(marking='CONFIDENTIAL // REL MTCR',
 entities=[('JSC Votkinsky Zavod','L-031'),('АО «Воткинский завод»','L-031'),('Votkinsk Machine Building Plant','L-031'),('Tactical Missiles Corp.','L-030'),('KTRV','L-030'),
  ('АО «Корпорация „Тактическое\n   ракетное вооружение“»','L-030'),('B. V. Obnosov','L-032'),('Boris Viktorovich Obnosov','L-032'),('Борис\n   Викторович Обносов','L-032')],
 candidates=[('Nordlicht Maschinenhandel GmbH',O),('Euro-Asia Bearings LLP',O),('Euro-Asia Bearings',O),('ТОО «Каспий Техснаб»',O),('Caspian Techsnab LLP',O),('Caspian Techsnab',O),
  ('Aidos Seitkaliyev',P),('Айдос Сейткалиев',P)],
 technology=[('five-axis high-speed milling machines',[]),('vacuum heat-treatment furnace',[])]),
'08-osint-digest-november-2026.html': dict(marking='UNCLASSIFIED // FOR OFFICIAL USE ONLY',
 entities=[('Ministry of Rocket Industry','L-003'),('로케트공업부','L-003'),('Rocket Industry Department','L-003'),('Ri Pyong Chol','L-010'),('리병철','L-010'),('RI PYONG CHUL','L-010'),
  ('Korea Kwangson Banking Corp.','L-007'),('DPRK Border Trade Settlement Bank','L-007'),('KKBC','L-007'),('Korea Hyoksin Trading Corporation','L-004'),('Munitions Industry Dept.','L-002'),
  ('Green Pine','L-006'),('청송련합','L-006'),('Jindallae','L-006'),('Saeingp&rsquo;il Company','L-006'),('Shahid Bagheri Industrial Group','L-011'),
  ('National Development Complex','L-027'),('NDC','L-027')],
 candidates=[('Primorskaya Tekhnicheskaya Kompaniya',O),('ООО «Приморская техническая компания»',O),('Hwasong Hanul Trading',O),('화성하늘무역',O),('Sinar Permata Marine Sdn. Bhd.',O),
  ('کامران نیک‌پور',P),('Kamran Nikpour',P)],
 technology=[('ammonium perchlorate',['4.C.4']),('rocket-artillery spare parts',[])]),
'09-ie-rok-dprk-finance-tangun.txt': dict(marking='CONFIDENTIAL // REL MTCR',
 entities=[('KKBC','L-007'),('Tangun','L-005'),('제2경제위원회','L-001'),('Second Economic Committee','L-001'),('SEC','L-001'),('군수공업부','L-002'),('Munitions\nIndustry Department','L-002'),
  ('백세봉','L-008'),('Paek Se Bong','L-008'),('조춘룡','L-009'),('Jo Chun Ryong','L-009'),('Korea Kwangson Banking Corporation','L-007'),('조선광선은행','L-007'),
  ('조선혁신무역회사','L-004'),("Korea Hyoksin Trading Corporation",'L-004'),('Korea Kwangson Banking Corp.','L-007'),('조선단군무역회사','L-005'),('Korean Tangun Trading Corporation','L-005'),
  ('Ryungseng Trading Corp.','L-005'),('KOREA KURYONGGANG\nTRADING CORPORATION','L-005'),('청송련합회사','L-006'),('Green Pine Associated Corporation','L-006'),('Green Pine','L-006'),('青松联合公司','L-006')],
 candidates=[('Dandong Jinhe Hengxin Trading Co., Ltd.',O),('Jinhe Hengxin',O),('Pak Chol-jin',P),('박철진',P),('해림정밀무역회사',O),('Haerim\nPrecision Trading Company',O),('Haerim Precision Trading',O)],
 technology=[('aluminium alloy plate',[]),('HTPB binder',['4.C.5']),('ring-laser gyroscopes',['9.A.4'])]),
'10-email-jp-iran-sanam-dio.txt': dict(marking='CONFIDENTIAL // REL MTCR',
 entities=[('Sanam Industrial Grp.','L-013'),('Sanam Industrial Group','L-013'),('گروه صنعتی\nسنم','L-013'),('Sanam Ind. Group','L-013'),('Sanam','L-013'),
  ('Defense Industries Organization','L-012'),('DIO','L-012'),('Aerospace Industries Org.','L-033'),('AIO','L-033'),('سازمان صنایع هوافضا','L-033'),
  ('7th of Tir','L-014'),('Haftom-e Tir Industries','L-014'),('7TH OF TIR','L-014'),('صنایع هفتم تیر','L-014'),('Ahmad Vahid Dastjerdi','L-015'),
  ('Shahid Bakeri Industries\n   Group','L-011'),('SBIG','L-011'),('Shahid\n   Bakeri','L-011'),('LIMMT','L-017')],
 candidates=[('Pishgaman Sanat Tous Co.',O),('Kyowa Seimitsu Boeki\nCo., Ltd.',O),('協和精密貿易株式会社',O),('Kyowa Seimitsu Boeki',O),('Kyowa Seimitsu',O),
  ('Hamid Reza Golzar',P),('حمیدرضا گلزار',P),('Mr. Golzar',P),('Tous Payam Kish Trading',O),('شرکت بازرگانی توس پیام کیش',O)],
 technology=[('two-axis\n   motion simulator',['9.B.2']),('CNC flow-turning\nmachine',['3.B.3']),('CNC flow-turning machine',['3.B.3'])]),
}

def count_mentions(text, strings):
    """leftmost-longest, non-overlapping, case-sensitive"""
    pat = re.compile('|'.join(re.escape(s) for s in sorted(strings, key=len, reverse=True)))
    i, hits = 0, []
    while True:
        best = None
        for s in strings:
            j = text.find(s, i)
            if j >= 0 and (best is None or j < best[0] or (j == best[0] and len(s) > len(best[1]))): best = (j, s)
        if not best: return hits
        hits.append(best); i = best[0] + len(best[1])

def shadows(s):
    sh = []
    if is_hangul(s): sh += hangul_text(s) + (hangul_person(s) if len(s.replace(' ', '')) <= 4 else [])
    if re.search(r'[\u4e00-\u9fff]', s): sh += [' '.join(pinyin_syl(s)), ''.join(pinyin_syl(s))]
    if re.search(r'[\u0400-\u04ff]', s): sh += cyr_shadows(s)
    if re.search(r'[\u0600-\u06ff]', s): sh += [unidecode(s)]
    return sh

def main(spec=SPEC):
    """Check and write the labels of ``spec`` (heldout-7 calls it with its own)."""
    ids = {r['id']: r for r in csv.DictReader(open('corpus/list.csv', encoding='utf-8'))}
    ix = Index()
    problems, total_m, total_s, used = 0, 0, 0, set()
    rows = []
    for fn, sp in spec.items():
        text = open(f'corpus/docs/{fn}', encoding='utf-8').read()
        for kind in ('entities', 'candidates', 'technology'):
            for t, _ in sp[kind]:
                if t not in text: print(f'MISSING in {fn}: {kind} {t!r}'); problems += 1
        if sp['marking'].replace(' ', '') not in text.replace(' ', ''): print(f'MARKING? {fn}'); problems += 1
        for t, lid in sp['entities']:
            if lid not in ids: print('BAD ID', lid); problems += 1
            used.add(lid)
        for t, lab in sp['candidates']:
            h = ix.check(t, tuple(shadows(t)))
            if h: print(f'CANDIDATE ON LIST {fn}: {t!r} {h}'); problems += 1
        hits = count_mentions(text, [t for t, _ in sp['entities']])
        lab = {t: l for t, l in sp['entities']}
        unused = [t for t, _ in sp['entities'] if t not in {h[1] for h in hits}]
        if unused: print(f'label never counted (shadowed) in {fn}: {unused}'); problems += 1
        total_m += len(hits); total_s += len(sp['entities'])
        ents = {lab[h[1]] for h in hits}
        words_n = len(re.sub(r'<[^>]+>', ' ', text).split())
        rows.append((fn, words_n, len(hits), len(ents), len(sp['candidates']), len(sp['technology'])))
        if '-v' in sys.argv:
            for j, s in hits:
                print(f'   {fn[:2]} {lab[s]} {text[max(0,j-25):j]!r} [[{s}]] {text[j+len(s):j+len(s)+15]!r}')
        out = {'marking': sp['marking'], 'entities': [{'text': t, 'entity': l} for t, l in sp['entities']],
               'candidates': [{'text': t, 'label': l} for t, l in sp['candidates']],
               'technology': [{'text': t, 'annex': a} for t, a in sp['technology']]}
        with open(f"corpus/docs/{fn.rsplit('.', 1)[0]}.labels.json", 'w', encoding='utf-8') as f:
            json.dump(out, f, ensure_ascii=False, indent=1); f.write('\n')
    for r in rows: print('%-48s words %4d mentions %3d entities %2d candidates %2d tech %d' % r)
    print(f'entity label strings {total_s}, mentions {total_m}, list entries used {len(used)}/{len(ids)} missing {sorted(set(ids)-used)}')
    print(f'candidates {sum(len(s["candidates"]) for s in spec.values())}, technology {sum(len(s["technology"]) for s in spec.values())}')
    print('PROBLEMS', problems)
    sys.exit(1 if problems else 0)
if __name__ == '__main__':
    main()
