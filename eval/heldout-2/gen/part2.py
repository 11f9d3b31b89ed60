import json
OUT='/work/heldout2/ietem/'
C,B,N,U='controlled','below-threshold','not-covered','unclear'
def m(text,tech,annex,param,cov,why): return dict(text=text,technology=tech,annex=annex,parameter=param,coverage=cov,why=why)
papers=[]
def P(name,year,partner,marking,text,mentions): papers.append((name,year,partner,marking,text,mentions))

P('2006-US-1',2006,'US','CONFIDENTIAL//REL MTCR',"""CONFIDENTIAL//REL MTCR

UNITED STATES - INFORMATION EXCHANGE PAPER
SUBJECT: PROCUREMENT OF NAVIGATION COMPONENTS BY A FRONT COMPANY

1. (C/REL MTCR) In early 2006 a trading firm registered in a Gulf free
zone sought to buy twelve fiber-optic gyroscopes with a rated drift rate
stability of 0.1 deg/hr from a North American supplier. The firm stated
the end use as "marine survey". The supplier declined the order.

2. (C/REL MTCR) The same firm requested quotations for 40 quartz
pendulous accelerometers, bias stability 50 micro-g over one year, and
for two GPS receivers rated for velocities up to 515 m/s.

3. (C/REL MTCR) In parallel the firm purchased six digital storage
oscilloscopes and a quantity of stainless steel 304 tubing, both freely
available, apparently to make the order look like general laboratory
supply.

4. (U) The United States assesses the end user to be linked to a
ballistic missile program and invites Partners to share information.

CONFIDENTIAL//REL MTCR
""",[
 m('fiber-optic gyroscopes','fibre-optic gyroscope',['9.A.4'],'0.1 deg/hr',C,'drift rate stability 0.1 deg/h is better than 0.5 deg/h (9.A.4)'),
 m('quartz\npendulous accelerometers','linear accelerometer',['9.A.3'],'50 micro-g',C,'bias stability 50 micro-g is better than 130 micro-g (9.A.3)'),
 m('GPS receivers','GNSS receiver',['11.A.3'],'515 m/s',B,'11.A.3 requires navigation at speeds above 600 m/s; 515 m/s is below'),
 m('digital storage\noscilloscopes','oscilloscope',[],None,N,'general test equipment, not in the MTCR Annex'),
 m('stainless steel 304\ntubing','stainless steel tubing',[],None,N,'ordinary austenitic stainless steel is not in Item 6 (only maraging steel and Ti-DSS)'),
])

P('2007-DE-1',2007,'DE','VS-NfD / RESTRICTED - REL MTCR',"""VS-NfD / RESTRICTED - REL MTCR

Informationsaustausch 2007 - Beitrag der Bundesrepublik Deutschland
Subject: Attempted procurement of propulsion items

(R/REL MTCR) In 2007 the German licensing authority refused an export
of a small turbojet engine with a maximum thrust of 180 N intended for a
target drone. The same consignee also asked about a larger turbojet
engine of 1,2 kN thrust; no fuel consumption data were given in the
enquiry.

(R/REL MTCR) A second consignee requested a vibration test system with a
rated sine force of 35 kN and a 5-axis machining centre. Both were
supplied under general licences after checks.

(R/REL MTCR) Finally, 500 kg of ammonium perchlorate was ordered through
a trading house in a third country. The application was denied.

VS-NfD / RESTRICTED - REL MTCR
""",[
 m('small turbojet engine','turbojet engine',['3.A.1'],'180 N',B,'3.A.1 needs maximum thrust above 400 N; 180 N is below'),
 m('larger turbojet\nengine','turbojet engine',['3.A.1'],'1,2 kN',U,'1.2 kN exceeds 400 N but specific fuel consumption (<=0.15 kg/N/h) is not stated'),
 m('vibration test system','vibration test system',['15.B.1'],'35 kN',B,'15.B.1 requires force of 50 kN or more bare table; 35 kN is below'),
 m('5-axis machining centre','machining centre',[],None,N,'general machine tools are not in the MTCR Annex'),
 m('ammonium perchlorate','ammonium perchlorate',['4.C.4'],'500 kg',C,'ammonium perchlorate is listed as a solid oxidiser without threshold'),
])

P('2008-GB-1',2008,'GB','UK RESTRICTED - RELEASABLE TO MTCR PARTNERS',"""UK RESTRICTED - RELEASABLE TO MTCR PARTNERS

UK Information Exchange paper, 2008: Composite production equipment

1. (R) A procurement agent acting for a state-owned aerospace enterprise
approached UK firms for a filament winding machine with four axes of
coordinated, programmable motion, and for 2 tonnes of carbon fibre
prepreg with a specific tensile strength of 1,1 x 10^5 m.

2. (R) The agent also sought a two-axis filament winder, described as
being for pipe manufacture, and several industrial robots for painting.

3. (R) A separate enquiry concerned maraging steel plate of 3 mm
thickness with an ultimate tensile strength of 1,95 GPa in the aged
condition.

UK RESTRICTED - RELEASABLE TO MTCR PARTNERS
""",[
 m('filament winding machine','filament winding machine',['6.B.1'],'4 axes',C,'6.B.1 covers machines with three or more coordinated, programmable axes'),
 m('carbon fibre\nprepreg','carbon fibre prepreg',['6.C.1'],'1,1 x 10^5 m',C,'specific tensile strength above 7.62 x 10^4 m (6.C.1); specific modulus not stated but tensile criterion met - labelled controlled on the stated figure'),
 m('two-axis filament winder','filament winding machine',['6.B.1'],'2 axes',B,'6.B.1 requires three or more coordinated axes; two is below'),
 m('industrial robots for painting','industrial painting robot',[],None,N,'general industrial robots are not in the MTCR Annex'),
 m('maraging steel plate','maraging steel',['6.C.8'],'1,95 GPa',C,'UTS of 1.5 GPa or more in the precipitation-hardened (aged) stage is controlled (6.C.8)'),
])

P('2008-JP-1',2008,'JP','CONFIDENTIAL REL MTCR',"""CONFIDENTIAL REL MTCR

Japan: Information Exchange Paper (2008)
Unmanned aircraft and related components sought by an Asian network

(C/REL MTCR) A network of small companies sought unmanned aerial
vehicles with a range of 150 km and a payload of 30 kg, stated to be for
agricultural observation; no spraying equipment was mentioned.

(C/REL MTCR) The network also asked for radar altimeters and for
"high-dynamic" GNSS receivers, without stating the maximum speed.

(C/REL MTCR) Other items requested were lithium batteries, a thermal
imaging camera and a quantity of epoxy adhesive.

CONFIDENTIAL REL MTCR
""",[
 m('unmanned aerial\nvehicles','unmanned aerial vehicle',['19.A.2'],'150 km',B,'19.A.2 requires range of 300 km or more; no aerosol capability so 19.A.3 not met'),
 m('radar altimeters','radar altimeter',['11.A.1'],None,U,'11.A.1 covers radar altimeters designed or modified for Item 1 systems; design purpose not stated'),
 m('"high-dynamic" GNSS receivers','GNSS receiver',['11.A.3'],None,U,'11.A.3 threshold is speed above 600 m/s; speed not stated'),
 m('lithium batteries','lithium battery',[],None,N,'batteries are not in the MTCR Annex'),
 m('thermal\nimaging camera','thermal imaging camera',[],None,N,'not in the MTCR Annex (dual-use controls elsewhere)'),
 m('epoxy adhesive','epoxy adhesive',[],None,N,'general adhesives are not in the MTCR Annex'),
])

P('2009-AU-1',2009,'AU','CONFIDENTIAL - AUSTRALIA / REL MTCR',"""CONFIDENTIAL - AUSTRALIA / REL MTCR

Australian IE Paper 2009: Propellant ingredients and mixers

1. (C/REL MTCR) A broker in South-East Asia sought 20 tonnes of spherical
aluminium powder with particle size of 250 micrometres and purity of
99.5 %, as well as hydrazine hydrate (64 % N2H4).

2. (C/REL MTCR) The broker also requested HTPB, without specifications,
and a vertical batch mixer of 300 litres capacity with vacuum mixing
and temperature control.

3. (C/REL MTCR) A smaller mixer of 75 litres was offered as an
alternative by the supplier.

CONFIDENTIAL - AUSTRALIA / REL MTCR
""",[
 m('spherical\naluminium powder','spherical aluminium powder',['4.C.2'],'250 micrometres',B,'4.C.2 covers particle size less than 200 um; 250 um is coarser'),
 m('hydrazine hydrate','hydrazine',['4.C.2'],'64 %',B,'hydrazine is controlled at concentrations of 70 % or more'),
 m('HTPB','hydroxy-terminated polybutadiene',['4.C.5'],None,U,'HTPB control depends on functionality, hydroxyl value and viscosity, none stated'),
 m('vertical batch mixer','propellant batch mixer',['4.B.3'],'300 litres',C,'batch mixers with vacuum, temperature control and 110 litres or more are controlled'),
 m('smaller mixer','propellant batch mixer',['4.B.3'],'75 litres',B,'capacity below 110 litres'),
])

P('2010-US-1',2010,'US','SECRET//REL MTCR',"""SECRET//REL MTCR

UNITED STATES IE PAPER: ROCKET MOTOR TEST AND PRODUCTION EQUIPMENT (2010)

1. (S/REL MTCR) An entity associated with a Middle Eastern missile
program sought a static test stand for motors of 25,000 lbf thrust and
a flow-forming machine with three simultaneously coordinated axes and
CNC control.

2. (C/REL MTCR) Separately, the entity attempted to buy solid rocket
motors with a total impulse of 2.0E5 N-s each, described as sounding
rocket boosters, and fine grain graphite blocks with a bulk density of
1.78 g/cc.

3. (C/REL MTCR) Routine purchases included welding equipment and
diesel generators.

SECRET//REL MTCR
""",[
 m('static test stand','rocket test stand',['15.B.3'],'25,000 lbf',C,'15.B.3 covers stands for thrust above 68 kN (15,000 lbf); 25,000 lbf = 111 kN'),
 m('flow-forming machine','flow-forming machine',['3.B.3'],'3 axes',C,'3.B.3 covers NC flow-forming machines with more than two coordinated axes'),
 m('solid rocket\nmotors','solid rocket motor',['2.A.1','20.A.1'],'2.0E5 N-s',B,'complete motors controlled from 8.41E5 N-s (20.A.1.b) / 1.1E6 N-s (2.A.1.c)'),
 m('fine grain graphite blocks','fine grain graphite',['6.C.3'],'1.78 g/cc',C,'bulk density of 1.72 g/cc or more (grain size not stated, assumed fine grain as described)'),
 m('welding equipment','welding equipment',[],None,N,'not in the MTCR Annex'),
 m('diesel generators','diesel generator',[],None,N,'not in the MTCR Annex'),
])

P('2011-DE-1',2011,'DE','VS-VERTRAULICH / CONFIDENTIAL - REL MTCR',"""VS-VERTRAULICH / CONFIDENTIAL - REL MTCR

Information Exchange 2011 - Germany
Inertial sensors offered by a European distributor

(C/REL MTCR) A distributor offered ring laser gyros with a bias drift
of 0,005 °/h and MEMS gyroscopes with a drift of 10 °/h to a
consignee in a country of concern.

(C/REL MTCR) The same offer listed servo accelerometers with a bias
stability of 0,3 mg and an inertial measurement unit whose performance
figures were redacted in the documents available to us.

(C/REL MTCR) Also listed: laboratory glassware and pressure gauges.

VS-VERTRAULICH / CONFIDENTIAL - REL MTCR
""",[
 m('ring laser gyros','ring laser gyro',['9.A.4'],'0,005 °/h',C,'drift 0.005 deg/h is better than 0.5 deg/h (9.A.4)'),
 m('MEMS gyroscopes','MEMS gyroscope',['9.A.4'],'10 °/h',B,'drift 10 deg/h is worse than 0.5 deg/h'),
 m('servo accelerometers','linear accelerometer',['9.A.3'],'0,3 mg',B,'0.3 mg = 300 micro-g, worse than 130 micro-g'),
 m('inertial measurement unit','inertial measurement unit',['9.A.6'],None,U,'9.A.6 depends on the performance of the sensors, which is not stated'),
 m('laboratory glassware','laboratory glassware',[],None,N,'not in the MTCR Annex'),
 m('pressure gauges','pressure gauge',[],None,N,'not in the MTCR Annex'),
])

P('2011-GB-1',2011,'GB','UK CONFIDENTIAL - REL MTCR',"""UK CONFIDENTIAL - REL MTCR

UK IE paper 2011: Aerodynamic test facilities

1. (C/REL MTCR) A university-affiliated institute sought a transonic
wind tunnel capable of Mach 1.2 and a subsonic wind tunnel limited to
Mach 0.6, both stated to be for teaching.

2. (C/REL MTCR) The institute also wanted a vibration shaker with a
force of 11 000 lbf and a shaker rated at 60 kN for which the test
acceleration was not given.

3. (U) The institute advertised openly for desktop computers.

UK CONFIDENTIAL - REL MTCR
""",[
 m('transonic\nwind tunnel','wind tunnel',['15.B.2'],'Mach 1.2',C,'15.B.2 covers wind tunnels for speeds of Mach 0.9 or more'),
 m('subsonic wind tunnel','wind tunnel',['15.B.2'],'Mach 0.6',B,'below Mach 0.9'),
 m('vibration shaker','vibration test system',['15.B.1'],'11 000 lbf',B,'11,000 lbf = 48.9 kN, below 50 kN (11,250 lb)'),
 m('shaker rated at 60 kN','vibration test system',['15.B.1'],'60 kN',U,'force exceeds 50 kN but 10 g rms 20 Hz-2 kHz and digital control not stated'),
 m('desktop computers','desktop computer',[],None,N,'general purpose computers are not in Item 13'),
])

P('2012-JP-1',2012,'JP','CONFIDENTIAL REL MTCR',"""CONFIDENTIAL REL MTCR

Japan IE Paper 2012: Rocket systems and UAV marketed at an arms fair

(C/REL MTCR) A foreign company displayed a rocket system with a range of
160 nm and a payload of 600 kg, and a UAV with a range of
"several hundred kilometres".

(C/REL MTCR) Brochures also described a gas turbine engine for the UAV
with a thrust of 900 lbf and a specific fuel consumption of
0.11 kg/N/h, and a satellite navigation receiver usable at 1,000 m/s.

CONFIDENTIAL REL MTCR
""",[
 m('rocket system','complete rocket system',['1.A.1'],'160 nm',B,'160 nm = 296 km, just under the 300 km range threshold of 1.A.1/19.A.1 despite 600 kg payload'),
 m('UAV','unmanned aerial vehicle',['1.A.2','19.A.2'],None,U,'range "several hundred kilometres" cannot be compared with 300 km'),
 m('gas turbine engine','turbojet engine',['3.A.1'],'900 lbf',C,'900 lbf = 4.0 kN > 400 N and SFC 0.11 <= 0.15 kg/N/h'),
 m('satellite navigation receiver','GNSS receiver',['11.A.3'],'1,000 m/s',C,'speeds above 600 m/s'),
])

P('2013-AU-1',2013,'AU','CONFIDENTIAL - REL MTCR',"""CONFIDENTIAL - REL MTCR

Australia - IE Paper 2013
Procurement of structural materials via a transshipment hub

1. (C/REL MTCR) A freight forwarder acted as consignee for titanium
alloy bar, aluminium 6061 plate and carbon fibre (form not stated).

2. (C/REL MTCR) The forwarder also handled a consignment of maraging
steel rods with an ultimate tensile strength of 140 ksi and several
radome blanks of ceramic composite material, dielectric constant 5,5 at
10 GHz.

3. (C/REL MTCR) Shipping records show CNC lathes on the same voyage.

CONFIDENTIAL - REL MTCR
""",[
 m('titanium\nalloy bar','titanium alloy bar',[],None,N,'titanium alloys are not in Item 6 (only Ti-stabilised duplex stainless steel)'),
 m('aluminium 6061 plate','aluminium alloy plate',[],None,N,'not in the MTCR Annex'),
 m('carbon fibre (form not stated)','carbon fibre',['6.C.1'],None,U,'6.C.1 covers prepregs/preforms meeting specific strength/modulus; form and properties not stated'),
 m('maraging\nsteel rods','maraging steel',['6.C.8'],'140 ksi',U,'140 ksi = 0.97 GPa: above 0.9 GPa (solution annealed) but below 1.5 GPa (aged); condition not stated'),
 m('radome blanks of ceramic composite material','ceramic composite radome',['6.C.5'],'5,5',C,'dielectric constant less than 6 between 100 MHz and 100 GHz'),
 m('CNC lathes','CNC lathe',[],None,N,'general machine tools are not in the MTCR Annex'),
])
import re, collections
cnt=collections.Counter(); tot=0
PAD=["(U) Comment: the pattern described here, in which a buyer splits an order between several suppliers and mixes listed goods with freely available items, has been seen repeatedly in recent years. Licensing officers are encouraged to look closely at the stated end use, at the business profile of the consignee and at any request to ship through a third country or a free zone. Partners holding further information on the entities concerned are invited to share it bilaterally or through the Point of Contact, and the originating Partner is ready to brief at the Information Exchange meeting.",
"(U) Assessment: the firms involved have no visible business in aerospace, their websites were created shortly before the enquiries, and payment was offered in cash or through accounts held by unrelated companies. Several enquiries used the same telephone number and the same contact name. We would be grateful if Partners could check their own licensing records for similar approaches and inform the originator of any denial or catch-all decision concerning these parties, so that the entries can be considered for the list of entities of concern."]
for i,(name,year,partner,marking,text,ms) in enumerate(papers):
    body,sep,last=text.rstrip('\n').rpartition('\n\n')
    import textwrap as tw
    text=body+'\n\n'+tw.fill(PAD[i%2],70)+'\n\n'+last+'\n'
    open(OUT+name+'.txt','w').write(text)
    for x in ms:
        pat=r'\s+'.join(re.escape(w) for w in x['text'].split())
        mm=re.search(pat,text); assert mm,(name,x['text'])
        x['text']=mm.group(0)
        cnt[x['coverage']]+=1; tot+=1
    json.dump(dict(year=year,partner=partner,marking=marking,mentions=ms),open(OUT+name+'.labels.json','w'),indent=2,ensure_ascii=False)
    print(name,len(text.split()))
print(tot,cnt)
