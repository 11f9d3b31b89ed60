"""Write corpus/docs/NN-*.labels.json and check that every label string occurs verbatim in its document."""
import json, os, re, sys
sys.path.insert(0, 'tools')
from lists import index, fold, tokset
D = 'corpus/docs'
O, P = 'organisation', 'person'
S = {
'01-ie-uk-komid-successor-fronts.txt': dict(marking='CONFIDENTIAL // REL MTCR', entities=[
  ('Korea Mining Development Trading Corporation','L-001'),('KOMID','L-001'),('Changgwang Sinyong Corporation','L-001'),('조선광업개발무역회사','L-001'),
  ('Korea Pugang\nTrading Corporation','L-008'),('Korean Committee for Space Technology','L-004'),('KCST','L-004'),
  ('Academy of National Defense Science','L-009'),('ANDS','L-009')],
  candidates=[('Hwasong Ridge Minerals Ltd',O),('Hwasong Ridge Minerals',O),('Pyon Tae-gyu',P),('Corvane Industrial Supplies Sdn Bhd',O),('Corvane',O)],
  technology=[('ring\nlaser gyroscopes',['9.A.4']),('quartz pendulous accelerometers',['9.A.3']),('GNSS receivers',['11.A.3']),('filament winding\n      machine',['6.B.1'])]),
'02-denial-notification-imu-ya-mahdi.txt': dict(marking='CONFIDENTIAL // REL MTCR', entities=[
  ('YA MAHDI INDUSTRIES GROUP','L-017'),('YA MAHDI IND. GRP','L-017'),('AEROSPACE\n                       INDUSTRIES ORGANIZATION','L-029')],
  candidates=[('VAN DRIEL NAVIGATIETECHNIEK B.V.',O),('ZAGROS PEYVAND MARINE SERVICES L.L.C.',O),('ZAGROS PEYVAND MARINE\n                       SERVICES',O),
  ('PERSIAN GULF HYDROGRAPHIC INSTITUTE',O),('SIAVASH GOLDOOZIAN',P)],
  technology=[('INERTIAL MEASUREMENT UNITS, FIBRE-OPTIC GYRO BASED',['9.A.6']),('IMU',['9.A.6'])]),
'03-email-forwarder-query.eml': dict(marking='CONFIDENTIAL // REL MTCR', entities=[
  ('S.H.I.G.','L-016'),('Shahid Hemmat Industrial Group','L-016'),('SHIG','L-016'),('گروه صنعتی شهید همت','L-016'),('Shahid Hemat Ind. Org.','L-016'),('AIO','L-029')],
  candidates=[('Falconcrest Coatings Industries Co.',O),('Falconcrest Coatings',O),('Falconcrest',O),('Bluewake Cargo Svcs. FZCO',O),('Rashed Obaid Al Ketbi',P),('Kourosh Nikzad-Farahani',P)],
  technology=[('hydroxyl-terminated polybutadiene',['4.C.5']),('HTPB',['4.C.5']),('ammonium perchlorate',['4.C.4']),('aluminum powder',['4.C.2'])]),
'04-meeting-summary-ie-working-group.md': dict(marking='CONFIDENTIAL // REL MTCR', entities=[
  ('Korea Ryonha Machinery J/V Corp.','L-005'),('Ryonha','L-005'),('조선련하기계합영회사','L-005'),('Namchongang Trading Corp.','L-002'),('NCG','L-002'),
  ('Shahid Hemmat Ind. Group','L-016'),('Fajr Ind. Grp','L-021'),('Fajr Industrial Group','L-021'),('Instrumentation Factory Plant','L-021'),
  ('Beijing Alite Technologies Co., Ltd.','L-028'),('Beijing Alite','L-028'),('Alite','L-028'),('北京爱立特微电子科技有限公司','L-028')],
  candidates=[('Qarn Tech Solutions LLC',O),('Qarn Tech Solutions',O),('Lumora Sensing Pte. Ltd.',O)],
  technology=[('CNC machine tools',[]),('five-axis milling',[]),('vacuum pumps',[]),('flow-forming machines',['3.B.3']),('Flow-forming machines',['3.B.3']),('filament winding',['6.B.1']),
  ('accelerometers',['9.A.3']),('gyroscopes',['9.A.4']),('analog-to-digital converters',['14.A.1']),('MEMS accelerometers',['9.A.3']),('Vibration test systems',['15.B.1'])]),
'05-press-release-alite.txt': dict(marking='UNCLASSIFIED', entities=[
  ('BEIJING ALITE TECHNOLOGIES CO., LTD.','L-028'),('ALCO','L-028'),('北京爱立特微电子科技有限公司','L-028'),('Beijing Alite Technologies','L-028')],
  candidates=[('Northfield Precision Components Corp.',O),('Northfield Precision Components',O),('Tessaray Components\nPte. Ltd.',O),('Tessaray Components',O),('Corinne Vallancourt',P)],
  technology=[('navigation-grade accelerometers',['9.A.3']),('analogue-to-digital converters',['14.A.1']),('quartz accelerometers',['9.A.3']),('Accelerometers',['9.A.3']),('accelerometers',['9.A.3'])]),
'06-ie-rok-space-programme.txt': dict(marking='CONFIDENTIAL // REL MTCR', entities=[
  ('Korean Committee for Space Technology','L-004'),('조선우주공간기술위원회','L-004'),('KCST','L-004'),('Academy of National Defense\nScience','L-009'),
  ('Gukbang Gwahagwon','L-009'),('국방과학원','L-009'),('Academy of National Defence Science','L-009'),('Kang Mun Kil','L-014'),('Jiang Wen-ji','L-014'),('강문길','L-014'),
  ('Daedong Credit Bank','L-007'),('DCB','L-007'),('대동신용은행','L-007')],
  candidates=[('Hyangsan Jinheung Trading Co.',O),('Jon Chol-ung',P),('Shenzhen Qiyuan Guanxing Electronics Co., Ltd.',O),('深圳启元观星电子有限公司',O)],
  technology=[('Liquid propellant rocket engines',['2.A.1.c']),('UDMH',['4.C.2']),('fibre-optic gyros',['9.A.4'])]),
'07-denial-notification-flowforming-de.txt': dict(marking='CONFIDENTIAL // REL MTCR', entities=[
  ('SAHAND ALUMINUM PARTS IND. CO.','L-020'),('SAPICO','L-020'),('SHAHID HEMMAT IND. GRP','L-016'),('First East Export Bank, P.L.C.','L-024')],
  candidates=[('Kessler & Brandt Umformtechnik GmbH',O),('Anatolia Kalip ve Makina San. Tic. Ltd. Şti.',O),('Anatolia Kalip ve Makina',O),('Tuncay Yıldırımoğlu',P),('Yıldırımoğlu',P)],
  technology=[('CNC flow-forming machine',['3.B.3']),('flow-forming machines',['3.B.3']),('maraging steel',['6.C.8'])]),
'08-email-banking-dcb-ftb.eml': dict(marking='CONFIDENTIAL // REL MTCR', entities=[
  ('Foreign Trade Bank','L-010'),('FTB','L-010'),('Mooyokbank','L-010'),('KOMID','L-001'),('Taedong Credit Bank','L-007'),('Daedong Credit Bank','L-007'),('DCB','L-007'),
  ('Taedong','L-007'),('Korea Heungjin Trading Co.','L-003'),('Bank of East Land','L-011'),('Tongbang Bank','L-011')],
  candidates=[('Yinhe Borui Import & Export Co., Ltd.',O),('Pacific Larkfield Trading Ltd.',O),('Pacific Larkfield',O),('Ri Kum-hyang',P)],
  technology=[('five-axis machine tools',[])]),
'09-ie-fr-malek-ashtar-university.txt': dict(marking='SECRET // REL MTCR', entities=[
  ('Malek Ashtar University of Technology','L-018'),('MUT','L-018'),('دانشگاه صنعتی مالک اشتر','L-018'),('Malek-e Ashtar University','L-018'),('MALEK ASHTAR','L-018'),
  ('Defense Technology and Science Research Center','L-022'),('DTSRC','L-022'),('مرکز تحقیقات علوم و فناوری دفاعی','L-022'),('Shahid Hemmat','L-016')],
  candidates=[('Daneshpajouhan Mehr Engineering Co.',O),('Aria Noavaran\nSepehr Institute',O),('Isfahan Science Park Supplies',O),('Hamid-Reza Teymourlou',P),('Negar Sadrolashrafi',P)],
  technology=[('vibration test equipment',['15.B.1']),('silicon carbide reinforced ceramic composites',['6.C.6']),('hot isostatic presses',[]),('UAV autopilots',['10.A.1']),('flight control systems',['10.A.1'])]),
'10-denial-review-sapico.txt': dict(marking='CONFIDENTIAL // REL MTCR', entities=[
  ('SAHAND ALUMINIUM PARTS INDUSTRIAL CO.','L-020'),('Sahand\n   Aluminium Parts Industrial Co.','L-020'),('SAPICO','L-020'),('SAHAND ALUMINUM PARTS INDUSTRIAL COMPANY','L-020'),
  ('Sahand','L-020'),('Shahid Hemmat Industrial Group','L-016')],
  candidates=[('PARSIAN DELTA GOSTAR TRADING CO.',O),('TABAN ARVIN SANAT ENGINEERING (PJS)',O)],
  technology=[('Aluminium alloy 7075 forged rings',[])]),
'11-customs-seizure-report-omm.txt': dict(marking='RESTRICTED // REL MTCR', entities=[
  ('Chang An Shipping and Technology','L-012'),('長安海連技術有限公司','L-012'),('OCEAN MARITIME MANAGEMENT COMPANY, LIMITED','L-006'),('OMM','L-006'),
  ('East Sea Shipping Company','L-006'),('Korea Mirae Shipping Co. Ltd','L-006'),('원양해운관리유한책임회사','L-006')],
  candidates=[('Primorye Marine Equipment Supply LLC',O),('Primorye Marine Equipment Supply',O),('ООО «Приморское снабжение морским оборудованием»',O),
  ('Eastern Harbour Ship Mgmt Ltd',O),('Eastern Harbour Ship Mgmt',O),('Aleksandr Gennadyevich Kutuzkin',P)],
  technology=[('vacuum induction furnaces',[]),('hydrazine',['4.C.2']),('vibration test controllers',['15.B.1'])]),
'12-osint-digest-june-2026.html': dict(marking='UNCLASSIFIED // FOR OFFICIAL USE ONLY', entities=[
  ('Joseon Bugang Muyeok Hoesa','L-008'),('Korea Pugang Trading Corporation','L-008'),('조선부강무역회사','L-008'),('조선련하기계합영회사','L-005'),
  ('Korea Ryonha Machinery Joint Venture Corporation','L-005'),('Joseon Ryeonha Gigye Habyeong Hoesa','L-005'),('Qods Aviation Industries','L-025'),
  ('Qods Aeronautics Industries','L-025'),('صنایع هوایی قدس','L-025')],
  candidates=[('Игорь Сафонов',P),('Bosphorus Avionics Dış Ticaret A.Ş.',O),('Emre Kalaycıoğlu',P),('Jiangsu Hengrui Shengda Precision Machinery Co., Ltd.',O)],
  technology=[('turbojet engines',['3.A.1']),('GNSS modules',['11.A.3']),('filament winding machines',['6.B.1'])]),
'13-ie-pl-pars-aviation-qods.txt': dict(marking='CONFIDENTIAL // REL MTCR // NOT FOR OUTREACH', entities=[
  ('Qods Aeronautics Industries','L-025'),('Qods','L-025'),('PARS AVIATION SERVICES CO.','L-019'),('Pars Aviation Services Company','L-019'),
  ('Khorasan Metallurgy Industries','L-027'),('Hosein Salimi','L-026'),('Rahkar Industries','L-023')],
  candidates=[('Vistula Aero Parts Sp. z o.o.',O),('Vistula Aero Parts',O),('Vistula',O),('Farzin Ghaemmaghami',P),('فرزین قائم‌مقامی',P),('Sepehr Pishran Havayar Co.',O),
  ('شرکت سپهر پیشران هوایار',O),('H. Salimi',P)],
  technology=[('turbojet',['3.A.1']),('Small turbojet engines',['3.A.1']),('UAV flight\ncontrollers',['10.A.1']),('Complete UAV systems',['1.A.2']),('tungsten alloy',['6.C.7'])]),
'14-email-ryonha-ra-kyong-su.txt': dict(marking='CONFIDENTIAL // REL MTCR', entities=[
  ('Ryonha','L-005'),('KOMID','L-001'),('Chang Myong Ho','L-013'),('RA Kyong-Su','L-013'),('RA KY\'ONG-SU','L-013'),('Tanchon Commercial Bank','L-030'),
  ('Korea Ryonha Machinery\nJ/V Corporation','L-005'),('KOREA RYONHA MACHINERY JOINT VENTURE CORPORATION','L-005'),('Ryonha Machinery\nCorporation','L-005'),
  ('Namchongang Trading Corp.','L-002'),('Nam Chon Gang','L-002'),('Paek Chang-Ho','L-015'),('Pak Chang-Ho','L-015'),('Korean\nCommittee for Space Technology','L-004')],
  candidates=[('Choe Kwang-jin',P),('Mirae Hanul Technics Co.',O)],
  technology=[('five-axis milling centres',[]),('cylindrical grinding machine',[])]),
}
def main():
    names, folded, toks, alltok = index()
    bad = 0; tot_e = tot_c = tot_t = 0; ments = 0
    for fn, spec in S.items():
        text = open(os.path.join(D, fn), encoding='utf-8').read()
        for kind in ('entities', 'candidates', 'technology'):
            for t, _ in spec[kind]:
                if t not in text: print('MISSING', fn, kind, repr(t)); bad += 1
        for t, lab in spec['candidates']:
            f = fold(t)
            if f in folded or (lab == P and tokset(t) in toks):
                print('CANDIDATE IS LISTED', fn, t, folded.get(f) or toks.get(tokset(t))); bad += 1
        # leftmost-longest non-overlapping mention count
        strs = sorted({t for t, _ in spec['entities']}, key=len, reverse=True)
        pos = 0; n = 0
        while pos < len(text):
            hit = None
            for s_ in strs:
                if text.startswith(s_, pos): hit = s_; break
            if hit: n += 1; pos += len(hit)
            else: pos += 1
        ments += n
        out = {'marking': spec['marking'],
               'entities': [{'text': t, 'entity': e} for t, e in spec['entities']],
               'candidates': [{'text': t, 'label': l} for t, l in spec['candidates']],
               'technology': [{'text': t, 'annex': a} for t, a in spec['technology']]}
        base = re.sub(r'\.(txt|md|html|eml)$', '', fn)
        json.dump(out, open(os.path.join(D, base + '.labels.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
        tot_e += len(spec['entities']); tot_c += len(spec['candidates']); tot_t += len(spec['technology'])
        print(f'{fn}: {len(spec["entities"])} entity strings, {n} mentions, {len(set(e for _, e in spec["entities"]))} entities, {len(spec["candidates"])} candidates, {len(spec["technology"])} tech')
    print('TOTAL entity strings', tot_e, 'mentions', ments, 'candidates', tot_c, 'technology', tot_t, 'problems', bad)
main()
