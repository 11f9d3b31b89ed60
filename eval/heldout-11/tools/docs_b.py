# -*- coding: utf-8 -*-
"""heldout-11 documents 06-10 (texts and labels). Written by hand; fictional circumstances."""

DOCS = []

# ---------------------------------------------------------------- 06
DOCS.append(dict(slug="06-annex-table-denials-h1-2024", marking="CONFIDENTIAL // REL MTCR", text="""CONFIDENTIAL // REL MTCR

ANNEX B TO POC CIRCULAR 2024/06
Partner denial notifications received 1 January - 30 June 2024 (extract: entries naming parties of concern)

No. | Partner | Ref.              | Annex  | Item                              | Consignee / end user                          | Ctry
----+---------+-------------------+--------+-----------------------------------+-----------------------------------------------+-----
 1  | UK      | UK/MTCR/2024/017  | 9.A.4  | fibre-optic gyros (12)            | WING SHUN TAT TRADING CO., LTD / KOMID front  | KP
 2  | JP      | JP-MTCR-24-003    | 6.B.1  | filament winding machine          | NAMCHONGANG TRADING CORP. (NCG)               | KP
 3  | KR      | KR-24-0112        | 3.B.3  | flow-forming machine, 2 rollers   | Korea Hyoksin Exp. & Imp. Corp.               | KP
 4  | FR      | FR/2024/MTCR/07   | 6.C.1  | carbon-fibre prepreg, 800 kg      | Golden Lotus Int'l Trading Ltd (HK) /         | KP
    |         |                   |        |                                   | KOREA RYONBONG GEN. CORP.                     |
 5  | US      | US-MTCR-24-019    | 11.A.3 | GNSS receivers, 40 units          | Al Yarmouk Electronics Est. /                 | SY
    |         |                   |        |                                   | Scientific Studies & Research Ctr (SSRC)      |
 6  | DE      | DE-MTCR-2024-004  | 15.B.1 | vibration test system             | KHAN RESEARCH LABS (KRL)                      | PK
 7  | IT      | IT-24-MTCR-02     | 14.A.1 | A/D converters, 16-bit, 200 pcs   | Margalla Electronic Traders /                 | PK
    |         |                   |        |                                   | AIR WEAPONS COMPLEX                           |
 8  | US      | US-MTCR-24-027    | 6.C.7  | maraging steel rod                | LIMMT ECON. & TRADE CO. (successor firms)     | CN
 9  | NL      | NL-2024-M-011     | 4.B.3  | vertical planetary mixer, 300 l   | SANAM IND. GRP via Kish Sepehr Trading FZE    | IR

Notes
(a) Entry 1: the Partner assesses the stated end user to be a front for KOMID; see UK notification of 14 March.
(b) Entry 2: NCG has used the names Namhung Trading Corporation and Nam Chon Gang Corporation.
(c) Entry 4: consignee director Mr LAU Chi-keung; invoices signed "Ryonbong Gen. Corp. rep. office, Dandong".
(d) Entry 6: end user given as "Dr. A.Q. Khan Research Laboratories, Kahuta".
(e) Entry 9: the mixer was to be re-exported by Kish Sepehr Trading FZE, whose manager is Mrs Nasrin Ghorbani.

Distribution: all Partners. Not for outreach.
""", entities=[
    ("KOMID", "L-001"), ("NAMCHONGANG TRADING CORP.", "L-004"), ("NCG", "L-004"), ("Namhung Trading Corporation", "L-004"),
    ("Nam Chon Gang Corporation", "L-004"), ("Korea Hyoksin Exp. & Imp. Corp.", "L-005"), ("KOREA RYONBONG GEN. CORP.", "L-002"),
    ("Ryonbong Gen. Corp.", "L-002"),
    ("Scientific Studies & Research Ctr", "L-031"),
    ("SSRC", "L-031"), ("KHAN RESEARCH LABS", "L-034"), ("KRL", "L-034"), ("Dr. A.Q. Khan Research Laboratories", "L-034"),
    ("AIR WEAPONS COMPLEX", "L-035"),
    ("LIMMT ECON. & TRADE CO.", "L-027"), ("SANAM IND. GRP", "L-020"),
], candidates=[
    ("WING SHUN TAT TRADING CO., LTD", "organisation"), ("Golden Lotus Int'l Trading Ltd", "organisation"),
    ("Al Yarmouk Electronics Est.", "organisation"), ("Margalla Electronic Traders", "organisation"),
    ("Kish Sepehr Trading FZE", "organisation"), ("LAU Chi-keung", "person"), ("Nasrin Ghorbani", "person"),
], technology=[
    ("fibre-optic gyros", ["9.A.4"]), ("filament winding machine", ["6.B.1"]), ("flow-forming machine", ["3.B.3"]),
    ("carbon-fibre prepreg", ["6.C.1"]), ("GNSS receivers", ["11.A.3"]), ("vibration test system", ["15.B.1"]),
    ("A/D converters", ["14.A.1"]), ("maraging steel rod", ["6.C.7"]), ("vertical planetary mixer", ["4.B.3"]),
]))

# ---------------------------------------------------------------- 07
DOCS.append(dict(slug="07-poc-message-syria-ssrc", marking="CONFIDENTIAL // REL MTCR", text="""CONFIDENTIAL // REL MTCR

FROM: MTCR POINT OF CONTACT, PARIS
TO: ALL PARTNER POCS
SUBJECT: CIRCULATION OF A PARTNER NOTE ON SYRIAN MISSILE-RELATED PROCUREMENT VIA LEBANON
REF: POC/2024/118

1. (U) The POC circulates below, at the request of the originating Partner (Canada), a note on procurement by
Syrian missile research bodies. Partners' comments are welcome before the IE Meeting.

2. (C/REL MTCR) The Scientific Studies and Research Centre (SSRC) remains the principal Syrian body for
missile research, development and production. Its French name, Centre d'Etudes et de Recherches
Scientifiques (CERS), appears on some shipping documents; in Arabic it is مركز الدراسات والبحوث العلمية.
SSRC has recently sourced aluminium alloy plate and CNC spare parts through Beirut.

3. (C/REL MTCR) The Higher Institute for Applied Sciences and Technology (HIAST), which trains SSRC
engineers, has used its French acronym ISSAT on purchase orders. HIAST (المعهد العالي للعلوم التطبيقية
والتكنولوجيا) ordered a 6-axis motion simulator in 2023 from a European supplier through a Beirut trader,
Cedar Crest Industrial Supplies s.a.r.l.

4. (C) Originator only: the Canadian note also names the trader's manager, Mr Georges Haddad Khoury, and a
Syrian national, Dr. Rami al-Sabbagh, who signs end-use statements for both bodies. (Paragraph not releasable.)

5. (C/REL MTCR) Partners are asked to screen applications for consignees in Lebanon and the UAE naming the
"Damascus Technical Supplies Office", which we believe is a cover name used by the CERS logistics directorate.

6. (U) POC action: none beyond circulation.

DECL: 25X1
""", entities=[
    ("Scientific Studies and Research Centre", "L-031"), ("SSRC", "L-031"), ("Centre d'Etudes et de Recherches\nScientifiques", "L-031"),
    ("CERS", "L-031"), ("مركز الدراسات والبحوث العلمية", "L-031"),
    ("Higher Institute for Applied Sciences and Technology", "L-032"), ("HIAST", "L-032"), ("ISSAT", "L-032"),
    ("المعهد العالي للعلوم التطبيقية\nوالتكنولوجيا", "L-032"),
], candidates=[
    ("Cedar Crest Industrial Supplies s.a.r.l.", "organisation"), ("Damascus Technical Supplies Office", "organisation"),
    ("Georges Haddad Khoury", "person"), ("Rami al-Sabbagh", "person"),
], technology=[
    ("6-axis motion simulator", ["9.B.2"]),
]))

# ---------------------------------------------------------------- 08
DOCS.append(dict(slug="08-ie-paper-pakistan-testing", marking="CONFIDENTIAL // REL MTCR", text="""CONFIDENTIAL // REL MTCR

IE PAPER (AUSTRALIA): PAKISTAN - TEST AND EVALUATION EQUIPMENT FOR CRUISE AND BALLISTIC MISSILES

Summary
Pakistan's missile programmes are run by the National Engineering and Scientific Commission (NESCOM), with the
Air Weapons Complex (AWC) responsible for cruise missiles and air-launched systems, and the Khan Research
Laboratories at Kahuta for the liquid-fuelled Ghauri line. This paper looks at test equipment bought abroad
since 2021, most of it through Karachi and Lahore traders.

Findings
1. NESCOM-affiliated buyers sought electrodynamic shakers of 50 kN and more, and the
   associated slip tables and amplifiers. One order named "Indus Dynamics Engineering (Pvt.) Ltd." as end user;
   the firm's premises are a two-room office in Rawalpindi.
2. AWC has bought inertial navigation test tables (two-axis rate tables) and GNSS simulators. The stated end
   user was Pak Avionics Testing Labs, a name that does not appear in the company registry.
3. K.R.L. (the Partner's files also use "A.Q. Khan Research Laboratories" and, in Urdu, خان ریسرچ لیبارٹریز)
   has sought thermal vacuum chambers and high-speed analogue-to-digital converters.
4. A Chinese supplier, Shenzhen Ruitong Test Equipment Co., Ltd. (深圳瑞通测试设备有限公司), quoted for the
   rate tables. We have no indication that it knew the end use.

Persons
- Mr. Syed Imran Bukhari, procurement officer at Indus Dynamics; previously employed at a state firm.
- Ms. Ayesha Siddiqui, Lahore, who signed the GNSS simulator order on behalf of Pak Avionics.

Assessment
The Commission (NESCOM) and its subordinates keep using small private firms as consignees. Partners should
treat "Pvt. Ltd." firms in Rawalpindi and Wah Cantt that ask for Category II test equipment with caution.
""", entities=[
    ("National Engineering and Scientific Commission", "L-033"), ("NESCOM", "L-033"),
    ("Air Weapons Complex", "L-035"), ("AWC", "L-035"),
    ("Khan Research\nLaboratories", "L-034"), ("K.R.L.", "L-034"), ("A.Q. Khan Research Laboratories", "L-034"), ("خان ریسرچ لیبارٹریز", "L-034"),
], candidates=[
    ("Indus Dynamics Engineering (Pvt.) Ltd.", "organisation"), ("Indus Dynamics", "organisation"), ("Pak Avionics Testing Labs", "organisation"),
    ("Pak Avionics", "organisation"), ("Shenzhen Ruitong Test Equipment Co., Ltd.", "organisation"), ("深圳瑞通测试设备有限公司", "organisation"),
    ("Syed Imran Bukhari", "person"), ("Ayesha Siddiqui", "person"),
], technology=[
    ("electrodynamic shakers", ["15.B.1"]), ("slip tables", ["15.B.1"]), ("two-axis rate tables", ["9.B.2"]),
    ("GNSS simulators", ["11.A.3"]), ("thermal vacuum chambers", ["15.B.4"]), ("analogue-to-digital converters", ["14.A.1"]),
]))

# ---------------------------------------------------------------- 09
DOCS.append(dict(slug="09-email-russia-ramjet-test", marking="CONFIDENTIAL // REL MTCR", text="""CONFIDENTIAL // REL MTCR

From: licensing.officer@[Finland]
To: licensing.officer@[Sweden]; licensing.officer@[Norway]
Date: 21 November 2024
Subject: catch-all case - high-temperature pressure transducers to Kazakhstan

Colleagues,

We have an application to export 60 high-temperature pressure transducers and a data acquisition system to
TOO «Dala Instruments» (ТОО «Дала Инструментс»), Almaty. The declared end user is a university laboratory.
Our enquiries suggest that the same consignee delivered earlier shipments onward to Reutov, Moscow Region, to a
unit of NPO Mashinostroyeniya (in Russian «НПО машиностроения»), the designer of the Zircon hypersonic missile.
The goods are not listed, but they are the kind used to instrument ramjet and scramjet combustor tests.

Has either of you seen the Almaty firm, or its director Mr. Nurlan Zhaksybekov, before? The invoice was
prepared by a Moscow intermediary, ООО «Техпромснаб-М» (OOO Tekhpromsnab-M), contact Ms. Olga Viktorovna
Lebedeva.

Regards,
Jukka

--
Reply (Sweden), 22 November 2024:
Not in our records. We did refuse in 2023 a licence for a hypersonic wind tunnel component to a Russian
research institute that later turned out to be a supplier of JSC MIC NPO Mashinostroyenia; we notified
it as a catch-all denial. I will send you the reference separately.
/ Anna

--
Reply (Norway), 22 November 2024:
Nothing on Dala Instruments. Note that the MIC NPO MASHINOSTROYENIYA JSC and several of its subsidiaries
are on national lists. We would deny.
/ Lars
""", entities=[
    ("NPO Mashinostroyeniya", "L-036"), ("НПО машиностроения", "L-036"), ("JSC MIC NPO Mashinostroyenia", "L-036"),
    ("MIC NPO MASHINOSTROYENIYA JSC", "L-036"),
], candidates=[
    ("TOO «Dala Instruments»", "organisation"), ("ТОО «Дала Инструментс»", "organisation"), ("Dala Instruments", "organisation"),
    ("ООО «Техпромснаб-М»", "organisation"), ("OOO Tekhpromsnab-M", "organisation"),
    ("Nurlan Zhaksybekov", "person"), ("Olga Viktorovna\nLebedeva", "person"), ("Jukka", "person"), ("Anna", "person"), ("Lars", "person"),
], technology=[
    ("ramjet and scramjet combustor tests", ["3.A.2"]),
    ("hypersonic wind tunnel component", ["15.B.2"]),
]))

# ---------------------------------------------------------------- 10
DOCS.append(dict(slug="10-denial-review-kp-space", marking="CONFIDENTIAL // REL MTCR", text="""대외비 (KOREA NATIONAL MARKING)
CONFIDENTIAL // REL MTCR

THREE-YEAR REVIEW OF DENIAL NOTIFICATIONS - REPUBLIC OF KOREA
Review date: 15 October 2024

Denial KR-21-0087 (notified 11 October 2021) - RENEWED
Item: 11.A.3 satellite navigation receivers with anti-jam antennas, 30 sets; 9.A.8 integrated
navigation units, 4 sets.
Consignee: Sunrise Pacific Logistics Sdn. Bhd., Port Klang, Malaysia
End user: Korean Committee for Space Technology (KCST), Pyongyang
Reason for renewal: the KCST (조선우주공간기술위원회) remains responsible for the DPRK's satellite launches,
which use ballistic-missile technology. 조선우주공간기술위원회는 was renamed in 2016 but Partners continue to
receive enquiries in its former name. The Malaysian consignee's director, Mr. Tan Boon Hock, has changed the
company's name twice since 2021.

Denial KR-21-0093 (notified 2 November 2021) - AMENDED
Item: 6.C.1 carbon-fibre prepreg (800 kg).
Consignee/end user: NAMCHONGANG TRADING, Pyongyang, via Liaoning Hengda Shipping Agency (Dalian).
Amendment: add the consignee name "Nomchongang Trading Co." used on the 2023 bill of lading, and the name of
the Dandong agent, Mr. PIAO Chenglong (朴成龙).
Note: the Namchongang company imports for the DPRK nuclear sector; its director reported to
RI Je-son.

Denial KR-21-0101 (notified 30 November 2021) - REVOKED
Item: 15.B.4 environmental test chamber.
End user: Korea Hyoksin Trading Corporation (조선혁신무역회사).
Reason: the underlying transaction was abandoned and the Korean exporter, Dongil Test Systems Co., Ltd.,
has closed. The end user remains of concern: Hyoksin is a subsidiary of KOREA RYONBONG GENERAL CORPORATION
and supplies the Munitions Industry Dept.

POC: Ministry of Trade, Industry and Energy, Strategic Trade Division, Sejong.
""", entities=[
    ("Korean Committee for Space Technology", "L-010"), ("KCST", "L-010"), ("조선우주공간기술위원회", "L-010"),
    ("NAMCHONGANG TRADING", "L-004"), ("Nomchongang Trading Co.", "L-004"), ("Namchongang", "L-004"),
    ("RI Je-son", "L-014"),
    ("Korea Hyoksin Trading Corporation", "L-005"), ("조선혁신무역회사", "L-005"), ("Hyoksin", "L-005"),
    ("KOREA RYONBONG GENERAL CORPORATION", "L-002"), ("Munitions Industry Dept.", "L-011"),
], candidates=[
    ("Sunrise Pacific Logistics Sdn. Bhd.", "organisation"), ("Liaoning Hengda Shipping Agency", "organisation"),
    ("Dongil Test Systems Co., Ltd.", "organisation"), ("Tan Boon Hock", "person"), ("PIAO Chenglong", "person"), ("朴成龙", "person"),
], technology=[
    ("satellite navigation receivers", ["11.A.3"]), ("anti-jam antennas", ["11.A.3"]), ("integrated\nnavigation units", ["9.A.8"]),
    ("carbon-fibre prepreg", ["6.C.1"]), ("environmental test chamber", ["15.B.4"]),
]))
