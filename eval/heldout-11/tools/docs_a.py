# -*- coding: utf-8 -*-
"""heldout-11 documents 01-05 (texts and labels). Written by hand; fictional circumstances.
Real listed parties appear only under names the public lists give (or plain native-script renderings)."""

DOCS = []

# ---------------------------------------------------------------- 01
DOCS.append(dict(slug="01-denial-uk-gyros-komid", marking="CONFIDENTIAL // REL MTCR", text="""UK OFFICIAL-SENSITIVE
CONFIDENTIAL // REL MTCR

MTCR DENIAL NOTIFICATION
Originating Partner: United Kingdom
Denial reference: UK/MTCR/2024/017
Date of notification: 14 March 2024
Review date: March 2027

1. ITEM(S) DENIED
Annex entry: 9.A.4 and 9.A.6
Description: twelve (12) fibre-optic gyroscopes, bias stability better than 0.05 deg/hr, and two (2)
inertial measurement units incorporating three-axis linear accelerometers.
Declared value: GBP 486,000

2. PARTIES
Applicant: Harwell Photonic Instruments Ltd, Didcot, Oxfordshire, United Kingdom
Consignee: WING SHUN TAT TRADING CO., LIMITED
           Unit 1207, 12/F, Kowloon Bay, Hong Kong
Intermediate consignee: Meridian Gulf Freight FZE, Jebel Ali Free Zone, Dubai
End user (as stated): Sinuiju Geological Survey Instruments Factory, Democratic People's Republic of Korea
Contact at consignee: Mr CHEUNG Ka-wai, Director

3. STATED END USE
"Borehole orientation and mine survey instruments for civilian mining."

4. REASONS FOR DENIAL
4.1 The technical specification of the gyroscopes far exceeds what a borehole survey tool requires, and the
consignee is a general trading house with no history in survey equipment.
4.2 HMG assesses that the stated end user is a front for the Korea Mining Development Trading Corporation
(KOMID), the DPRK's principal exporter of ballistic-missile goods. Correspondence seized in a related case shows
that KOMID staff in Hong Kong used the name Changgwang Sinyong Corporation when placing orders, and that the
order form was countersigned by an agent of 조선광업개발무역회사의 Shenyang office.
4.3 Payment was to be routed through an account held for Tanchon Commercial Bank (TCB). TCB has acted as the
principal financial agent for KOMID's weapons sales.
4.4 A second quotation for the same items was sought in 2023 by Korea Tangun Trading Corp., a defence-industry
procurement company, using the same Hong Kong address.

5. PREVIOUS DENIALS
None by the UK for this consignee. Partners are invited to check their own records for WING SHUN TAT and for
Mr Cheung.

6. POINT OF CONTACT
Export Control Joint Unit, London. Tel. +44 20 7215 0000.

DECL: 14 March 2034
""", entities=[
    ("Korea Mining Development Trading Corporation", "L-001"), ("KOMID", "L-001"), ("Changgwang Sinyong Corporation", "L-001"),
    ("조선광업개발무역회사", "L-001"), ("Tanchon Commercial Bank", "L-003"), ("TCB", "L-003"), ("Korea Tangun Trading Corp.", "L-006"),
], candidates=[
    ("Harwell Photonic Instruments Ltd", "organisation"), ("WING SHUN TAT TRADING CO., LIMITED", "organisation"), ("WING SHUN TAT", "organisation"),
    ("Meridian Gulf Freight FZE", "organisation"), ("Sinuiju Geological Survey Instruments Factory", "organisation"),
    ("CHEUNG Ka-wai", "person"), ("Mr Cheung", "person"),
], technology=[
    ("fibre-optic gyroscopes", ["9.A.4"]), ("inertial measurement units", ["9.A.6"]), ("three-axis linear accelerometers", ["9.A.3"]),
]))

# ---------------------------------------------------------------- 02
DOCS.append(dict(slug="02-ie-paper-dprk-procurement", marking="SECRET // REL MTCR", text="""SECRET // REL MTCR

INFORMATION EXCHANGE PAPER
Submitted by: Japan
Title: North Korean ballistic-missile procurement, 2021-2024: machine tools, carbon fiber and front companies
Meeting: IE Meeting, Intersessional (for discussion)

1. Summary
This paper updates our 2021 paper on the procurement structure behind the DPRK's solid-propellant missile
programs. We assess that the Munitions Industry Department (MID) of the Workers' Party remains the tasking
authority, that the Second Academy of Natural Sciences (SANS) carries out research and development, and that
foreign procurement is executed by trading companies subordinate to the Korea Ryonbong General Corporation and
to Green Pine Associated Corporation.

2. Organizational picture
2.1 군수공업부는 missile production plants directly and assigns procurement targets to trading companies.
Partners will also see the MID written as "Military Supplies Industry Department" in customs paperwork.
2.2 SANS (also rendered "Academy of National Defense Science" or, in Korean, 제2자연과학원) operates the design
bureaus. In 2023 a visiting delegation of SANS engineers signed supply contracts in Shenyang under the cover name
"Haebit Technology Exchange Center".
2.3 KOREA RYONBONG GENERAL CORPORATION (조선련봉총회사) specializes in acquisition for defense industries.
Ryonbong's representatives in Dandong work with the logistics firm Dandong Xinhai Hengtong Trading Co., Ltd.
(丹东鑫海恒通贸易有限公司), which is not known to Partners to be witting.
2.4 Green Pine (Ch'o'ngsong Yo'nhap in older traffic; 청송련합회사) has taken over export functions of the
Korea Ryonha Machinery Joint
   Venture Corporation, whose CNC machine tools have been marketed abroad under the name "Millim Technology Company".
Ryonha equipment was offered at a trade fair in 2022 by a Malaysian agent, Bintang Timur Machinery Sdn. Bhd.

3. Individuals
3.1 PAEK Chang-ho, a senior official of the space-launch organisation, was seen in 2023 at a SANS test site.
3.2 JANG Myong-jin (also CHANG Myong-chin), general manager of the Sohae launch station, travelled on a service
passport with Mr. Kim Tong-su, a trade official not known to be listed.
3.3 A Chinese national, Ms. ZHOU Lihua, handled invoicing for the Dandong firm.

4. Items sought
- carbon fiber prepregs and filament winding machines for motor cases;
- five-axis CNC machine tools (below the Annex threshold, hence catch-all);
- flow-forming machines;
- vibration test systems.

5. Recommendations
Partners are invited to (a) share denials involving Dandong Xinhai Hengtong Trading Co., Ltd. or
Bintang Timur Machinery Sdn. Bhd., and (b) consider the Haebit name as an alias pending further reporting.
""", entities=[
    ("Munitions Industry Department", "L-011"), ("MID", "L-011"), ("Military Supplies Industry Department", "L-011"), ("군수공업부", "L-011"),
    ("Second Academy of Natural Sciences", "L-009"), ("SANS", "L-009"), ("Academy of National Defense Science", "L-009"), ("제2자연과학원", "L-009"),
    ("Korea Ryonbong General Corporation", "L-002"), ("KOREA RYONBONG GENERAL CORPORATION", "L-002"), ("조선련봉총회사", "L-002"), ("Ryonbong", "L-002"),
    ("Green Pine Associated Corporation", "L-007"), ("Green Pine", "L-007"), ("Ch'o'ngsong Yo'nhap", "L-007"), ("청송련합회사", "L-007"),
    ("Korea Ryonha Machinery Joint\n   Venture Corporation", "L-008"), ("Millim Technology Company", "L-008"), ("Ryonha", "L-008"),
    ("PAEK Chang-ho", "L-012"), ("JANG Myong-jin", "L-013"), ("CHANG Myong-chin", "L-013"),
], candidates=[
    ("Haebit Technology Exchange Center", "organisation"), ("Dandong Xinhai Hengtong Trading Co., Ltd.", "organisation"),
    ("丹东鑫海恒通贸易有限公司", "organisation"), ("Bintang Timur Machinery Sdn. Bhd.", "organisation"), ("Haebit", "organisation"),
    ("Kim Tong-su", "person"), ("ZHOU Lihua", "person"),
], technology=[
    ("carbon fiber prepregs", ["6.C.1"]), ("filament winding machines", ["6.B.1"]), ("flow-forming machines", ["3.B.3"]),
    ("vibration test systems", ["15.B.1"]),
]))

# ---------------------------------------------------------------- 03
DOCS.append(dict(slug="03-email-chain-china-alloys", marking="CONFIDENTIAL // REL MTCR", text="""CONFIDENTIAL // REL MTCR

From: Licensing Officer, BAFA Referat 214 (Germany)
To: Licensing Officer, Office of Nonproliferation Controls (United States)
Cc: POC Germany
Date: Tue, 9 Jul 2024 10:42
Subject: RE: RE: no-undercut consultation - titanium alloy bar / Dalian consignee

Dear colleague,

thank you for the quick reply. For your records, our pending application is from Rheintal Sondermetalle GmbH
(Duisburg): 4.2 t of Ti-6Al-4V bar and 600 kg of maraging steel forgings to a consignee in Dalian,
"Dalian Haoyuan New Materials Co., Ltd." (大连浩远新材料有限公司). The buyer's contact signs as Mr. Wang
Jiancheng. On our reading the consignee's phone number and the bank details match those that your 2022 denial
attributes to LIMMT (Dalian) Metallurgy and Minerals Co., Ltd.

Could you confirm whether your denial US-MTCR-22-044 covered essentially identical goods? If so we will not
issue without further consultation.

Best regards,
K. Hoffmann

-----Original Message-----
From: Licensing Officer, Office of Nonproliferation Controls
Sent: Mon, 8 Jul 2024 18:05
Subject: RE: no-undercut consultation - titanium alloy bar / Dalian consignee

Katrin,

Yes - our 2022 denial was for maraging steel rod, essentially identical. The end user behind it is the network
of LI Fangwei (李方伟, a.k.a. Karl Lee), who has supplied Iran's missile programs for over a decade through
LIMMT Economic and Trade Company and a rotating set of Dalian shell firms. LIMMT itself no longer trades under
that name; Li uses new companies every few months.

Separately, the same Dalian address appeared on an end-user statement for China National Precision Machinery
Import & Export Corp. (CPMIEC) in 2019. CPMIEC (中国精密机械进出口总公司) markets the M-series missiles abroad.
It is also the export arm for products of the China Academy of Launch Vehicle Technology (CALT,
中国运载火箭技术研究院). We do not think CALT is the end user here, but the overlap is worth noting.

For completeness: the freight forwarder named on the Haoyuan paperwork, Ningbo Jinhang International
Logistics Co., is in our files only as a forwarder.

Regards,
M. Alvarez
(Michael D. Alvarez, Licensing Officer)

-----Original Message-----
From: BAFA Referat 214
Sent: Mon, 8 Jul 2024 09:12
Subject: no-undercut consultation - titanium alloy bar / Dalian consignee

Dear colleagues, we are considering an application (details in our message of today) and see a possible
match with your denial of 2022. Please advise. - Katrin Hoffmann
""", entities=[
    ("LIMMT (Dalian) Metallurgy and Minerals Co., Ltd.", "L-027"), ("LIMMT Economic and Trade Company", "L-027"), ("LIMMT", "L-027"),
    ("LI Fangwei", "L-028"), ("李方伟", "L-028"), ("Karl Lee", "L-028"),
    ("China National Precision Machinery\nImport & Export Corp.", "L-029"), ("CPMIEC", "L-029"), ("中国精密机械进出口总公司", "L-029"),
    ("China Academy of Launch Vehicle Technology", "L-030"), ("CALT", "L-030"), ("中国运载火箭技术研究院", "L-030"),
], candidates=[
    ("Rheintal Sondermetalle GmbH", "organisation"), ("Dalian Haoyuan New Materials Co., Ltd.", "organisation"),
    ("大连浩远新材料有限公司", "organisation"), ("Haoyuan", "organisation"), ("Ningbo Jinhang International\nLogistics Co.", "organisation"),
    ("Wang\nJiancheng", "person"), ("K. Hoffmann", "person"), ("Katrin Hoffmann", "person"), ("Katrin", "person"),
    ("Michael D. Alvarez", "person"), ("M. Alvarez", "person"),
], technology=[
    ("maraging steel forgings", ["6.C.7"]), ("maraging steel rod", ["6.C.7"]),
]))

# ---------------------------------------------------------------- 04
DOCS.append(dict(slug="04-denial-de-iran-flowforming", marking="CONFIDENTIAL // REL MTCR", text="""VS - NUR FÜR DEN DIENSTGEBRAUCH
CONFIDENTIAL // REL MTCR

MTCR DENIAL NOTIFICATION (Annex items)
From: Germany
Reference: DE-MTCR-2024-009                      Date: 02.05.2024

ITEM: One (1) CNC flow-forming machine, two rollers, max. workpiece diameter 600 mm, with coordinated
contouring control (Annex 3.B.3), and spare mandrels.
QUANTITY: 1 machine + 4 mandrels
VALUE: EUR 1,240,000

CONSIGNEE: Anatolia Precision Makina San. ve Tic. A.S., Konya, Turkey
END USER: Pars Ava Sanat Machinery Co., Tehran, Iran
          (پارس آوا صنعت)
STATED END USE: manufacture of gas cylinders and automotive wheel rims

REASON FOR DENIAL:
The end user is assessed to procure on behalf of SHAHID HEMMAT INDUSTRIAL GROUP (SHIG), the Iranian entity
responsible for liquid-propellant ballistic missiles, which also appears in Partners' reporting as Shahid Hemat
Industries Group and, in Persian, as گروه صنعتی شهید همت. A 2022 quotation from the same end user was addressed
to "Shahid Bakeri Industrial Group" (SBIG), the sister organisation for solid-propellant systems. Both are
subordinate to the Aerospace Industries Organization (AIO) – Persian: سازمان صنایع هوافضا – of the Iranian
defence ministry. Flow-formed cylinders of this diameter are suitable for
rocket-motor cases.

The Turkish consignee has no known business in cylinders. Its director, Mr. Emre Doğan, previously worked for a
freight forwarder, Yıldız Lojistik Ltd. Şti., that shipped to Iran via Bandar Abbas.

OTHER INFORMATION: An earlier German denial (DE-MTCR-2021-031) concerned a filament winding machine for the
same end user, then named "Ava Sanat Pars". Partners are asked to share any further aliases of the end user.

POC: BAFA, Referat 214, Eschborn.
""", entities=[
    ("SHAHID HEMMAT INDUSTRIAL GROUP", "L-015"), ("SHIG", "L-015"), ("Shahid Hemat\nIndustries Group", "L-015"), ("گروه صنعتی شهید همت", "L-015"),
    ("Shahid Bakeri Industrial Group", "L-016"), ("SBIG", "L-016"),
    ("Aerospace Industries Organization", "L-017"), ("AIO", "L-017"), ("سازمان صنایع هوافضا", "L-017"),
], candidates=[
    ("Anatolia Precision Makina San. ve Tic. A.S.", "organisation"), ("Pars Ava Sanat Machinery Co.", "organisation"),
    ("پارس آوا صنعت", "organisation"), ("Ava Sanat Pars", "organisation"), ("Yıldız Lojistik Ltd. Şti.", "organisation"),
    ("Emre Doğan", "person"),
], technology=[
    ("CNC flow-forming machine", ["3.B.3"]), ("filament winding machine", ["6.B.1"]), ("rocket-motor cases", ["3.A.3"]),
]))

# ---------------------------------------------------------------- 05
DOCS.append(dict(slug="05-ie-paper-iran-solid-propellant", marking="CONFIDENTIAL // REL MTCR", text="""CONFIDENTIAL // REL MTCR

INFORMATION EXCHANGE PAPER - FRANCE
Iran: solid-propellant production and the procurement of propellant ingredients (2020-2024)

(C/REL MTCR) 1. Introduction. Iran's solid-propellant missile production rests on a small number of industrial
groups under the Defence Industries Organisation (DIO) and the Aerospace Industries Organisation. This paper
reviews their procurement of ammonium perchlorate, HTPB and spherical aluminium powder, and of the mixers and
casting equipment used to make propellant grains.

(C/REL MTCR) 2. Industrial groups.
a) SANAM INDUSTRIAL GROUP - final assembly of solid-propellant rockets; procures through traders in Tehran and
   Dubai, among them Kavir Pooyan Tejarat Co. (کویر پویان تجارت).
b) Fajr Industries Group (formerly Instrumentation Factory Plant, IFP) - guidance electronics and
   precision-machined parts; sought fibre-optic gyroscope components in 2022.
c) Ya Mahdi Ind. Grp - composite motor cases and nozzles.
d) 3M Mizan Machinery Manufacturing ("3M") - machine tools and tooling for the groups above.

(C/REL MTCR) 3. Research base. The Malek Ashtar University of Technology (MUT; Persian: دانشگاه صنعتی مالک اشتر)
trains DIO engineers and runs propellant research. Two MUT professors co-authored papers with a researcher at the
Tabriz-based Arvand Polymer Research Institute, which we do not assess to be involved.

(C/REL MTCR) 4. Persons.
- DASTJERDI, Ahmad Vahid - former head of the Aerospace Industries Organisation; still active as an adviser.
- Brig. Gen. Bahmanyar Morteza BAHMANYAR - head of finance and budget at AIO.
- Reza-Gholi Ismaili - head of trade and international affairs at AIO.
- Eng. Mahmoud Tavakoli - procurement manager of Kavir Pooyan Tejarat; not listed.

(C/REL MTCR) 5. Risk technologies. Iranian buyers now seek planetary mixers of 300 to 600 litres, below the
Annex threshold, and vacuum casting stations; and ammonium perchlorate with a particle size under 10 microns,
described as "pyrotechnic grade". Partners should also watch purchases of catocene (burning-rate modifier).

(C/REL MTCR) 6. The DIO itself (the paper uses the British spelling; US reporting writes "Defense Industries
Organization") is the parent of most of these groups.
""", entities=[
    ("Defence Industries Organisation", "L-018"), ("DIO", "L-018"), ("Defense Industries\nOrganization", "L-018"),
    ("Aerospace Industries Organisation", "L-017"), ("AIO", "L-017"),
    ("SANAM INDUSTRIAL GROUP", "L-020"), ("Fajr Industries Group", "L-021"), ("Instrumentation Factory Plant", "L-021"), ("IFP", "L-021"),
    ("Ya Mahdi Ind. Grp", "L-023"), ("3M Mizan Machinery Manufacturing", "L-022"), ("3M", "L-022"),
    ("Malek Ashtar University of Technology", "L-019"), ("MUT", "L-019"), ("دانشگاه صنعتی مالک اشتر", "L-019"),
    ("DASTJERDI, Ahmad Vahid", "L-024"), ("Bahmanyar Morteza BAHMANYAR", "L-025"), ("Reza-Gholi Ismaili", "L-026"),
], candidates=[
    ("Kavir Pooyan Tejarat Co.", "organisation"), ("کویر پویان تجارت", "organisation"), ("Kavir Pooyan Tejarat", "organisation"),
    ("Arvand Polymer Research Institute", "organisation"), ("Mahmoud Tavakoli", "person"),
], technology=[
    ("ammonium perchlorate", ["4.C.4"]), ("HTPB", ["4.C.5"]), ("spherical aluminium powder", ["4.C.2"]),
    ("fibre-optic gyroscope components", ["9.A.4"]), ("composite motor cases", ["3.A.3"]), ("nozzles", ["3.A.3"]),
    ("planetary mixers", ["4.B.3"]), ("catocene", ["4.C.6"]),
]))
