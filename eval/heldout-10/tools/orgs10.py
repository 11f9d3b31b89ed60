"""Hand-written organisation name parts for heldout-10 (the writer's own; no Faker, no wordfreq).

Per country: slot pools and templates.  A slot pool is a '|' list of `Latin=Native` pairs (or plain Latin).
A template is `weight;schema;native template;latin template` (native template empty for Latin-only
countries).  Slots: {X} distinctive word, {C} city/region, {I} industry/kind words, {L} legal form, {S} a
common surname of the country (from the person pools), {N} a small number.
Industry and legal-form pools may pair a native form with its usual English rendering.
"""

ORG = {}

# ------------------------------------------------------------------ United States (American spelling)
ORG['us'] = dict(
    X="""Apex|Summit|Pinnacle|Keystone|Liberty|Eagle|Pioneer|Frontier|Heritage|Sterling|Crown|Vanguard|Beacon|Cardinal|
Cascade|Evergreen|Granite|Harbor|Ironwood|Lakeside|Northstar|Redwood|Riverside|Silverline|Tri-State|Westfield|Bluewater|
Brightway|Clearview|Fairview|Greenfield|Highland|Oakridge|Pinecrest|Stonebridge|Great Lakes|Blue Ridge|Gulf Coast|
Mid-America|Midwest|Tri-County|Lone Star|Bay Area|Rocky Mountain|Chesapeake|Piedmont|Appalachian|Prairie|Heartland|
Patriot|American Standard|United|Allied|Consolidated|Premier|Precision|Advanced|Integrated|Superior|Quality|Reliable""",
    C="""Springfield|Columbus|Dayton|Akron|Toledo|Cleveland|Pittsburgh|Allentown|Harrisburg|Scranton|Albany|Syracuse|Rochester|
Buffalo|Hartford|Providence|Worcester|Richmond|Norfolk|Raleigh|Charlotte|Greenville|Knoxville|Nashville|Memphis|Louisville|
Lexington|Indianapolis|Fort Wayne|Peoria|Rockford|Milwaukee|Madison|Grand Rapids|Lansing|Des Moines|Omaha|Wichita|Tulsa|
Little Rock|Baton Rouge|Huntsville|Tallahassee|Orlando|Tampa|Jacksonville|Savannah|Augusta|Charleston|San Antonio|El Paso|
Fort Worth|Lubbock|Albuquerque|Tucson|Boise|Spokane|Tacoma|Eugene|Sacramento|Fresno|Bakersfield|Reno|Provo|Boulder|
Cheyenne|Fargo|Sioux Falls|Duluth""",
    ST="""Ohio|Michigan|Texas|Georgia|Virginia|North Carolina|Kentucky|Tennessee|Oregon|Nevada|Arizona|Colorado|Iowa|Kansas|
Missouri|Indiana|Illinois|Wisconsin|Minnesota|Alabama|Florida|Nebraska|Oklahoma|Utah|Idaho|Maine|Vermont|Delaware""",
    I="""Machine Works|Precision Machining|Tool & Die|Industrial Supply|Logistics|Freight Lines|Trucking|Electronics|Controls|
Chemical|Plastics|Metals|Fasteners|Aerospace Components|Bearing|Hydraulics|Instruments|Optics|Laboratories|Pharmaceuticals|
Medical Devices|Engineering|Construction|Trading|Imports|Export Services|Packaging|Coatings|Manufacturing|Foods|Consulting|
Aluminum Products|Steel Fabricators|Defense Systems|Circuit Technologies|Power Systems|Filtration|Automation|Welding Supply""",
    L="Inc.|LLC|Corp.|Corporation|Co.|Company|Inc|L.P.|Incorporated|Ltd.",
    T="""30;Company;;{X} {I} {L}|25;Company;;{S} {I} {L}|10;Company;;{S} & {S2} {L}|8;Company;;{C} {I} {L}|
5;Company;;{S} Brothers {I}|4;Company;;First National Bank of {C}|3;Company;;{C} Savings Bank|2;Company;;{X} Federal Credit Union|
4;Organization;;University of {ST}|3;Organization;;{C} State University|3;Organization;;{C} Community College|
3;Organization;;{C} Regional Medical Center|3;Organization;;St. {SAINT} Hospital|2;Organization;;{C} Chamber of Commerce|
2;Organization;;{C} Children's Hospital|1;Organization;;{ST} Department of Transportation""")

SAINTS_EN = "Mary's|Joseph's|Luke's|Vincent's|Francis|Anthony's|Elizabeth's|Jude|Catherine's|Michael's|John's|Patrick's"

# ------------------------------------------------------------------ United Kingdom (British spelling)
ORG['uk'] = dict(
    X="""Pennine|Cotswold|Thames Valley|Severn|Tyneside|Clyde|Mersey|Humber|Solent|Midland|Northern|Anglian|Wessex|Caledonian|
Highland|Cambrian|Chiltern|Mendip|Peak|Fenland|Weald|Dales|Moorland|Albion|Britannia|Crown|Regent|Sovereign|Kingsway|
Castle|Abbey|Bridgewater|Riverside|Westgate|Eastfield|Oakwood|Ashford|Hawthorn|Heather|Thistle|Harbour|Lion|Beacon""",
    C="""Birmingham|Manchester|Leeds|Sheffield|Bristol|Coventry|Leicester|Nottingham|Derby|Stoke|Wolverhampton|Bradford|
Huddersfield|Halifax|Bolton|Wigan|Preston|Blackburn|Burnley|Oldham|Rochdale|Stockport|Warrington|Crewe|Chester|Telford|
Shrewsbury|Worcester|Gloucester|Swindon|Reading|Oxford|Cambridge|Norwich|Ipswich|Colchester|Chelmsford|Southampton|
Portsmouth|Plymouth|Exeter|Bath|Cardiff|Swansea|Newport|Wrexham|Glasgow|Edinburgh|Aberdeen|Dundee|Inverness|Belfast|
Newcastle|Sunderland|Middlesbrough|Durham|York|Hull|Lincoln|Peterborough|Northampton|Luton|Watford|Slough|Basingstoke|
Guildford|Crawley|Brighton|Maidstone|Canterbury""",
    I="""Precision Engineering|Engineering|Machine Tools|Tooling|Fabrications|Logistics|Haulage|Freight Services|Electronics|
Controls|Chemicals|Plastics|Metals|Fasteners|Aerospace|Bearings|Hydraulics|Instruments|Optics|Laboratories|
Pharmaceuticals|Medical|Construction|Trading|Imports|Packaging|Coatings|Manufacturing|Foods|Consultancy|Aluminium|
Steel Stockholders|Defence Systems|Circuit Boards|Power Systems|Filtration|Automation|Welding Supplies|Castings|Springs""",
    L="Ltd|Limited|PLC|plc|LLP|& Co. Ltd|Ltd.|(UK) Ltd|(Holdings) Ltd|Group Ltd",
    T="""28;Company;;{X} {I} {L}|25;Company;;{S} {I} {L}|10;Company;;{S} & Sons {L}|8;Company;;{S} & {S2} {L}|8;Company;;{C} {I} {L}|
3;Company;;{C} Building Society|4;Organization;;University of {C}|3;Organization;;{C} University|
3;Organization;;{C} Royal Infirmary|3;Organization;;{C} General Hospital|2;Organization;;{C} Teaching Hospitals NHS Trust|
2;Organization;;{C} Chamber of Commerce|2;Organization;;{C} College|2;Organization;;{X} Centre for Advanced Manufacturing|
1;Organization;;{C} Trades Council|1;Organization;;Institute of {I}""")

# ------------------------------------------------------------------ Ireland
ORG['ie'] = dict(
    X="""Shannon|Liffey|Corrib|Atlantic|Celtic|Emerald|Munster|Leinster|Connacht|Wicklow|Kerry|Burren|Slaney|Boyne|Erne|Suir|
Lee|Barrow|Mourne|Galtee|Comeragh""",
    C="Dublin|Cork|Limerick|Galway|Waterford|Kilkenny|Sligo|Athlone|Drogheda|Dundalk|Tralee|Ennis|Letterkenny|Carlow|Naas",
    I="Engineering|Precision Tooling|Logistics|Freight|Pharma|Medical Devices|Electronics|Plastics|Trading|Agri Supplies|Fabrication",
    L="Ltd|Limited|Teoranta|DAC|Unlimited Company",
    T="""40;Company;;{X} {I} {L}|30;Company;;{S} {I} {L}|10;Company;;{S} & Sons {L}|6;Organization;;University of {C}|
6;Organization;;{C} University Hospital|4;Organization;;{C} Chamber|4;Organization;;Technological University {C}""")

# ------------------------------------------------------------------ Germany
ORG['de'] = dict(
    X="""Schwäbische|Bayerische|Rheinische|Westfälische|Sächsische|Hanseatische|Fränkische|Badische|Pfälzer|Allgäuer|Oberland|
Nordsee|Ostsee|Harz|Eifel|Taunus|Weser|Elbe|Main|Neckar|Donau|Alpen|Sauerland|Erzgebirge|Lausitz|Emsland|Bodensee""",
    C="""München|Stuttgart|Nürnberg|Augsburg|Karlsruhe|Mannheim|Heilbronn|Ulm|Freiburg|Kassel|Bielefeld|Paderborn|Dortmund|
Essen|Bochum|Duisburg|Wuppertal|Solingen|Remscheid|Hagen|Siegen|Aachen|Köln|Bonn|Koblenz|Mainz|Darmstadt|Würzburg|
Regensburg|Ingolstadt|Chemnitz|Dresden|Leipzig|Jena|Erfurt|Magdeburg|Braunschweig|Hannover|Bremen|Hamburg|Kiel|Lübeck|
Rostock|Osnabrück|Münster|Pforzheim|Reutlingen|Göppingen|Tuttlingen|Schweinfurt|Bamberg|Hof|Zwickau|Gera|Wolfsburg""",
    I="""Maschinenbau|Werkzeugmaschinen|Präzisionstechnik|Elektronik|Antriebstechnik|Metallbearbeitung|Kunststofftechnik|
Logistik|Spedition|Chemie|Messtechnik|Automation|Stahlbau|Feinmechanik|Hydraulik|Handelsgesellschaft|Industrievertretung|
Oberflächentechnik|Sondermaschinenbau|Umformtechnik|Zerspanungstechnik|Vakuumtechnik|Lasertechnik|Elektrotechnik|
Verpackungstechnik|Dichtungstechnik|Armaturen|Gießerei|Federnfabrik|Schraubenwerk""",
    L="GmbH|GmbH & Co. KG|AG|KG|e.K.|SE|GmbH & Co. KG|OHG|mbH",
    T="""30;Company;;{S} {I} {L}|15;Company;;{X} {I} {L}|10;Company;;{S} & {S2} {L}|8;Company;;{C}er {I} {L}|
5;Company;;{S} {L}|3;Company;;Sparkasse {C}|2;Company;;Volksbank {X} eG|4;Organization;;Technische Universität {C}|
3;Organization;;Universität {C}|3;Organization;;Hochschule {C}|3;Organization;;Universitätsklinikum {C}|
2;Organization;;Klinikum {C}|2;Organization;;Industrie- und Handelskammer {C}|1;Organization;;Handwerkskammer {C}""")

# ------------------------------------------------------------------ France
ORG['fr'] = dict(
    X="""Alpes|Rhône|Normandie|Bretagne|Provence|Aquitaine|Atlantique|Lorraine|Alsace|Picardie|Savoie|Dauphiné|Méditerranée|
Jura|Vosges|Loire|Garonne|Pyrénées|Auvergne|Morvan|Vendée|Champagne|Ardennes|Cévennes|Quercy|Limousin|Artois""",
    C="""Lyon|Marseille|Toulouse|Nantes|Bordeaux|Lille|Rennes|Reims|Saint-Étienne|Grenoble|Dijon|Angers|Nîmes|Clermont-Ferrand|
Le Mans|Tours|Limoges|Amiens|Metz|Besançon|Orléans|Mulhouse|Rouen|Caen|Nancy|Annecy|Valence|Chambéry|Poitiers|Pau|Bayonne|
La Rochelle|Brest|Lorient|Cholet|Oyonnax|Montbéliard|Troyes|Vierzon""",
    I="""Mécanique|Usinage|Outillage|Électronique|Chimie|Transports|Logistique|Métallurgie|Plasturgie|Automatismes|
Hydraulique|Composites|Instruments|Négoce|Import-Export|Décolletage|Fonderie|Chaudronnerie|Emballages|Traitements de Surface""",
    L="SARL|SAS|SA|SASU|EURL|SNC",
    T="""25;Company;;{I} {S} {L}|18;Company;;{S} {I} {L}|12;Company;;{S} et Fils {L}|10;Company;;{I} de {C} {L}|
8;Company;;Société {X} de {I} {L}|5;Company;;Établissements {S} {L}|4;Organization;;Université de {C}|
4;Organization;;Centre Hospitalier Universitaire de {C}|3;Organization;;Centre Hospitalier de {C}|
3;Organization;;Chambre de Commerce et d'Industrie de {C}|2;Company;;Caisse d'Épargne {X}|2;Organization;;Lycée Professionnel {S}""")

# ------------------------------------------------------------------ Spain
ORG['es'] = dict(
    X="""Levante|Cantábrico|Mediterráneo|Ibérica|Andaluza|Catalana|Gallega|Vasca|Castellana|Aragonesa|Norte|Sur|Atlántica|
Pirenaica|Manchega|Extremeña|Riojana|Navarra|Balear|Canaria""",
    C="""Madrid|Barcelona|Valencia|Sevilla|Zaragoza|Málaga|Murcia|Bilbao|Alicante|Córdoba|Valladolid|Vigo|Gijón|Vitoria|
A Coruña|Granada|Elche|Oviedo|Badalona|Cartagena|Terrassa|Sabadell|Pamplona|Santander|Burgos|Salamanca|Logroño|Castellón|
Tarragona|Lleida|Girona|Huesca|Cádiz|Almería|Jaén|Eibar|Mondragón""",
    I="""Mecanizados|Talleres|Transportes|Logística|Electrónica|Química|Suministros Industriales|Fundiciones|Estampaciones|
Maquinaria|Comercial|Distribuciones|Ingeniería|Componentes|Plásticos|Calderería|Aceros|Tornillería|Hidráulica""",
    L="S.L.|S.A.|S.L.U.|S.Coop.|SL|SA",
    T="""25;Company;;{I} {S} {L}|15;Company;;{I} {X} {L}|12;Company;;{S} y {S2} {L}|8;Company;;{S} Hermanos {L}|
8;Company;;{I} de {C} {L}|5;Organization;;Universidad de {C}|3;Organization;;Universidad Politécnica de {C}|
3;Organization;;Hospital Universitario de {C}|3;Organization;;Hospital General de {C}|3;Organization;;Cámara de Comercio de {C}""")

# ------------------------------------------------------------------ Mexico
ORG['mx'] = dict(
    X="""del Norte|del Bajío|del Golfo|del Pacífico|Azteca|Maya|Sierra Madre|Anáhuac|Occidente|Centro|Sureste|Noreste|
Industrial del Norte|Regiomontana|Tapatía|Poblana|Queretana|Jalisciense""",
    C="""Monterrey|Guadalajara|Puebla|Querétaro|Saltillo|León|Toluca|Tijuana|Ciudad Juárez|Hermosillo|Chihuahua|San Luis Potosí|
Aguascalientes|Mérida|Veracruz|Morelia|Celaya|Irapuato|Reynosa|Matamoros|Mexicali|Culiacán|Torreón|Durango|Tampico""",
    ST="Nuevo León|Jalisco|Puebla|Querétaro|Coahuila|Guanajuato|Chihuahua|Sonora|Yucatán|Sinaloa|Tamaulipas|Zacatecas|Hidalgo",
    I="""Maquinados|Industrial|Comercializadora|Transportes|Logística|Autopartes|Aceros|Plásticos|Electrónica|Distribuidora|
Importaciones|Manufacturas|Servicios Integrales|Herramientas|Troqueles|Fundición|Empaques""",
    L="S.A. de C.V.|S. de R.L. de C.V.|S.A.P.I. de C.V.|S.A.B. de C.V.|SA de CV",
    T="""25;Company;;{I} {S} {L}|15;Company;;{I} {X} {L}|10;Company;;{S} Hermanos {L}|8;Company;;Grupo {S} {L}|
8;Company;;{I} de {C} {L}|5;Organization;;Universidad Autónoma de {ST}|4;Organization;;Instituto Tecnológico de {C}|
3;Organization;;Hospital General de {C}|2;Organization;;Cámara Nacional de Comercio de {C}""")

# ------------------------------------------------------------------ Italy
ORG['it'] = dict(
    X="""Adriatica|Tirrenica|Padana|Lombarda|Veneta|Emiliana|Toscana|Ligure|Sarda|Sicula|Alpina|Appenninica|Italiana|
Meridionale|Euganea|Brianza|Valtellina|Friulana|Marchigiana|Garda""",
    C="""Milano|Torino|Brescia|Bergamo|Verona|Vicenza|Padova|Treviso|Bologna|Modena|Reggio Emilia|Parma|Firenze|Prato|Lecco|
Como|Varese|Novara|Cremona|Mantova|Udine|Pordenone|Trento|Bolzano|Ancona|Pesaro|Perugia|Bari|Napoli|Salerno|Catania|
Palermo|Genova|La Spezia|Livorno|Pisa|Lumezzane|Sassuolo|Biella""",
    I="""Meccanica|Officine Meccaniche|Costruzioni Meccaniche|Elettronica|Trasporti|Logistica|Chimica|Utensileria|
Minuterie Metalliche|Stampaggio|Fonderia|Oleodinamica|Automazione|Componenti|Commerciale|Forniture Industriali|Plastica|
Trafileria|Rubinetteria|Carpenteria Metallica""",
    L="S.r.l.|S.p.A.|S.n.c.|S.a.s.|S.r.l.s.|srl|SpA",
    T="""25;Company;;{I} {S} {L}|15;Company;;{S} {I} {L}|12;Company;;Fratelli {S} {L}|8;Company;;{I} {X} {L}|
6;Company;;{S} & Figli {L}|3;Company;;Banca Popolare di {C}|2;Company;;Cassa di Risparmio di {C}|
5;Organization;;Università degli Studi di {C}|3;Organization;;Politecnico di {C}|3;Organization;;Azienda Ospedaliera di {C}|
3;Organization;;Camera di Commercio di {C}""")

# ------------------------------------------------------------------ Netherlands
ORG['nl'] = dict(
    X="""Brabant|Twente|Gelderse|Limburgse|Friese|Zeeuwse|Hollandse|Noord|Zuid|Rijn|Maas|Waal|IJssel|Veluwe|Delta|Polder|
Kempen|Peel|Achterhoek|Westland""",
    C="""Eindhoven|Rotterdam|Utrecht|Tilburg|Breda|Nijmegen|Arnhem|Enschede|Apeldoorn|Zwolle|Groningen|Leeuwarden|Den Bosch|
Venlo|Helmond|Deventer|Hengelo|Almelo|Dordrecht|Delft|Leiden|Haarlem|Alkmaar|Amersfoort|Ede|Veenendaal|Oss""",
    I="""Techniek|Metaalbewerking|Machinebouw|Transport|Logistiek|Elektronica|Handelsonderneming|Installatietechniek|
Precisietechniek|Kunststoffen|Aandrijftechniek|Verpakkingen|Staalbouw|Fijnmechanica|Gereedschappen""",
    L="B.V.|N.V.|V.O.F.|C.V.|BV",
    T="""30;Company;;{S} {I} {L}|18;Company;;{X} {I} {L}|10;Company;;{S} & Zonen {L}|8;Company;;{C} {I} {L}|
5;Company;;Handelsonderneming {S} {L}|4;Organization;;Universiteit {C}|3;Organization;;Hogeschool {X}|
3;Organization;;Ziekenhuis {C}|3;Organization;;Medisch Centrum {X}""")

# ------------------------------------------------------------------ Poland
ORG['pl'] = dict(
    X="""Mazowsze|Pomorze|Śląsk|Podkarpacie|Wielkopolska|Małopolska|Kujawy|Warmia|Mazury|Podlasie|Lubusz|Bałtyk|Wisła|Odra|
Tatry|Beskid|Karpaty|Sudety|Polmet|Metalex|Techmex|Polplast|Elektromet""",
    C="""Warszawa|Kraków|Łódź|Wrocław|Poznań|Gdańsk|Szczecin|Bydgoszcz|Lublin|Katowice|Białystok|Gdynia|Częstochowa|Radom|
Toruń|Kielce|Rzeszów|Gliwice|Zabrze|Olsztyn|Bielsko-Biała|Opole|Tychy|Płock|Elbląg""",
    I="""Przedsiębiorstwo Handlowe|Zakład Mechaniczny|Transport|Logistyka|Elektronika|Chemia|Narzędziownia|Produkcja i Usługi|
Hurtownia Techniczna|Technika|Obróbka Metali|Automatyka|Hydraulika|Odlewnia""",
    L="Sp. z o.o.|S.A.|sp.k.|Sp. j.|sp. z o.o.",
    T="""25;Company;;{I} {S} {L}|15;Company;;{X} {L}|10;Company;;{X} {I} {L}|8;Company;;{S} i {S2} {L}|
5;Company;;{I} {C} {L}|4;Organization;;Politechnika {PADJ}|4;Organization;;Uniwersytet {PADJ2}|
3;Organization;;Szpital Wojewódzki w {C}|2;Organization;;Izba Przemysłowo-Handlowa w {C}""",
    PADJ="Warszawska|Gdańska|Wrocławska|Łódzka|Poznańska|Śląska|Krakowska|Lubelska|Białostocka|Opolska|Rzeszowska|Świętokrzyska",
    PADJ2="Warszawski|Gdański|Wrocławski|Łódzki|Szczeciński|Śląski|Rzeszowski|Opolski|Zielonogórski|Kazimierza Wielkiego")

# ------------------------------------------------------------------ Sweden
ORG['se'] = dict(
    X="""Norrland|Svea|Göta|Nordisk|Skandinavisk|Väst|Öst|Bergslagen|Mälar|Dala|Småland|Skåne|Värmland|Jämtland|Norden""",
    C="""Göteborg|Malmö|Uppsala|Västerås|Örebro|Linköping|Helsingborg|Jönköping|Norrköping|Lund|Umeå|Gävle|Borås|Eskilstuna|
Södertälje|Karlstad|Växjö|Halmstad|Sundsvall|Luleå|Trollhättan|Sandviken|Hudiksvall""",
    I="""Mekaniska Verkstad|Verkstäder|Maskin|Elektronik|Industriservice|Transport|Logistik|Kemi|Plast|Svets|Hydraulik|Handel|
Precisionsmekanik|Automation|Verktyg""",
    L="AB|Aktiebolag|HB|Handelsbolag",
    T="""30;Company;;{S}s {I} {L}|20;Company;;{X} {I} {L}|15;Company;;{C} {I} {L}|5;Organization;;{C}s universitet|
4;Organization;;Universitetssjukhuset i {C}|3;Organization;;{C} Handelskammare""")

# ------------------------------------------------------------------ Turkey
ORG['tr'] = dict(
    X="""Anadolu|Ege|Marmara|Karadeniz|Akdeniz|Yıldız|Doğu|Batı|Altın|Güneş|Yeni|Özgür|Birlik|Başkent|Zirve|Umut|Teknik|
Kardeşler|Akın|Çağ|Ufuk|Deniz|Toros|Uludağ|Erciyes|Kaçkar|Fırat|Dicle|Sakarya""",
    C="""İstanbul|Ankara|İzmir|Bursa|Kocaeli|Gebze|Konya|Kayseri|Gaziantep|Adana|Mersin|Antalya|Eskişehir|Denizli|Manisa|
Sakarya|Tekirdağ|Çorlu|Trabzon|Samsun|Malatya|Balıkesir|Düzce|Bolu|Kütahya""",
    I="""Makina Sanayi ve Ticaret|Makina San. ve Tic.|Elektronik|Lojistik|Nakliyat|Kimya|Otomotiv|Metal|Plastik|Dış Ticaret|
İnşaat|Tekstil|Hidrolik|Döküm|Mühendislik|Hırdavat|Kalıp|Ambalaj""",
    L="A.Ş.|Ltd. Şti.|San. ve Tic. A.Ş.|San. Tic. Ltd. Şti.|Tic. Ltd. Şti.",
    T="""30;Company;;{S} {I} {L}|20;Company;;{X} {I} {L}|10;Company;;{S} Kardeşler {I} {L}|8;Company;;{C} {I} {L}|
5;Organization;;{C} Üniversitesi|3;Organization;;{C} Teknik Üniversitesi|3;Organization;;{C} Devlet Hastanesi|
3;Organization;;{C} Eğitim ve Araştırma Hastanesi|3;Organization;;{C} Ticaret Odası|2;Organization;;{C} Sanayi Odası""")

# ------------------------------------------------------------------ Nigeria
ORG['ng'] = dict(
    X="""Greenfield|Zenon|Crestview|Goldstar|Oasis|Unity|Royal|Eagle|Covenant|Grace|Kingdom|Lifeline|Pinnacle|Omega|
Sunshine|Delta|Niger|Benue|Savannah|Atlantic|Jubilee|Shiloh|Ebony|Cedar|Harvest""",
    C="Lagos|Abuja|Kano|Ibadan|Port Harcourt|Kaduna|Enugu|Onitsha|Aba|Benin|Warri|Jos|Ilorin|Abeokuta|Owerri|Calabar|Uyo|Akure",
    I="""Ventures|Global Resources|Integrated Services|Engineering Services|Oil & Gas Services|Logistics|Trading Company|
Enterprises|Industries|Investment|Agro Allied|Construction|Pharmaceuticals|Technical Services|Marine Services""",
    L="Ltd|Limited|Nigeria Limited|Plc|Nig. Ltd|& Co. Ltd",
    T="""35;Company;;{X} {I} {L}|30;Company;;{S} {I} {L}|6;Organization;;University of {C}|6;Organization;;{C} State University|
5;Organization;;{C} Teaching Hospital|4;Organization;;Federal Medical Centre, {C}|3;Organization;;{C} Chamber of Commerce""")

# ------------------------------------------------------------------ Indonesia
ORG['id'] = dict(
    X="""Jaya|Makmur|Sentosa|Abadi|Sejahtera|Mandiri|Perkasa|Utama|Prima|Mulia|Indah|Karya|Sarana|Persada|Nusantara|Cahaya|
Berkah|Sinar|Bintang|Maju|Agung|Mitra|Gemilang|Lestari|Andalan|Sumber|Baru|Tunggal|Surya|Bumi|Samudra|Citra|Graha""",
    C="""Jakarta|Surabaya|Bandung|Medan|Semarang|Makassar|Palembang|Batam|Balikpapan|Malang|Yogyakarta|Denpasar|Tangerang|
Bekasi|Cikarang|Sidoarjo|Gresik|Cilegon|Pekanbaru|Pontianak""",
    I="Teknik|Logistik|Elektronik|Kimia|Industri|Niaga|Trading|Engineering|Plastik|Logam|Mesin|Ekspedisi",
    L="PT|CV|PT|PT",
    T="""40;Company;;{L} {X} {X2} {X3}|20;Company;;{L} {X} {I} {X2}|10;Company;;{L} {X} {X2} Tbk|8;Company;;{L} {S} {I}|
5;Organization;;Universitas {C}|4;Organization;;Institut Teknologi {C}|4;Organization;;Rumah Sakit {X} {X2}|
3;Organization;;Kamar Dagang dan Industri {C}""")

# ------------------------------------------------------------------ Vietnam
ORG['vn'] = dict(
    X="""Hoàng Long=Hoang Long|Minh Phát=Minh Phat|Thành Công=Thanh Cong|Phú Thịnh=Phu Thinh|An Phát=An Phat|Việt Tiến=Viet Tien|
Đại Phát=Dai Phat|Hưng Thịnh=Hung Thinh|Tân Phát=Tan Phat|Quang Minh=Quang Minh|Nam Việt=Nam Viet|Sao Mai=Sao Mai|
Bình Minh=Binh Minh|Hải Đăng=Hai Dang|Toàn Cầu=Toan Cau|Phương Đông=Phuong Dong|Thiên Phú=Thien Phu|Kim Long=Kim Long|
Trường Thịnh=Truong Thinh|Đông Á=Dong A|Vạn Xuân=Van Xuan|Hồng Hà=Hong Ha""",
    I="""Thương mại Dịch vụ=Trading Services|Kỹ thuật=Engineering|Cơ khí=Mechanical|Điện tử=Electronics|Xuất nhập khẩu=Import Export|
Vận tải=Transport|Thương mại=Trading|Công nghệ=Technology|Xây dựng=Construction|Hóa chất=Chemicals""",
    T="""40;Company;Công ty TNHH {I} {X};{X} {I} Company Limited|30;Company;Công ty Cổ phần {I} {X};{X} {I} Joint Stock Company|
10;Company;Công ty TNHH {X};{X} Co., Ltd.|5;Organization;Bệnh viện {X};{X} Hospital""")

# ------------------------------------------------------------------ Singapore / Malaysia
ORG['sg'] = dict(
    X="""Hock Seng|Chip Hup|Kim Seng|Teck Guan|Soon Lee|Hup Soon|Lian Huat|Eng Hin|Guan Chuan|Sin Heng|Chuan Hup|Ban Leong|
Yong Tai|Keng Hong|Seng Fong|Huat Heng|Pacific Asia|Orient|Lion City|Merlion|Kallang|Jurong|Tuas|Penang|Klang|Johor|
Melaka|Ipoh|Selangor|Kuching|Kinabalu|Temasek Pacific|Seletar|Bukit Timah|Pasir Panjang""",
    I="Trading|Engineering|Marine|Logistics|Electronics|Industrial Supplies|Machinery|Precision|Hardware|Chemicals|Technologies",
    L="Pte. Ltd.|Pte Ltd|Sdn. Bhd.|Sdn Bhd|(M) Sdn. Bhd.|Berhad|Private Limited",
    T="""45;Company;;{X} {I} {L}|15;Company;;{S} {I} {L}|10;Company;;{X} Holdings {L}|5;Organization;;{X} Medical Centre|
4;Organization;;{X} Polytechnic|3;Organization;;{X} Chinese Chamber of Commerce""")

# ------------------------------------------------------------------ Arab world (Latin and Arabic)
ORG['ar'] = dict(
    X="""Al Noor=النور|Al Amal=الأمل|Al Rawabi=الروابي|Al Waha=الواحة|Al Zahraa=الزهراء|Al Sahraa=الصحراء|Al Bayan=البيان|
Al Khaleej=الخليج|Al Rimal=الرمال|Al Hilal=الهلال|Al Manar=المنار|Al Najm=النجم|Al Salam=السلام|Al Marjan=المرجان|
Al Jazeera=الجزيرة|Al Bustan=البستان|Al Safwa=الصفوة|Al Riyada=الريادة|Al Shorouk=الشروق|Al Ofoq=الأفق|
Al Nokhba=النخبة|Al Ittihad=الإتحاد|Al Wataniya=الوطنية|Al Yasmeen=الياسمين|Al Fardan=الفردان|Al Durra=الدرة|
Al Lulu=اللؤلؤ|Al Sharq=الشرق|Al Andalus=الأندلس|Al Baraka=البركة|Al Rayyan=الريان|Al Mawared=الموارد|Al Masa=الماسة""",
    C="""Riyadh=الرياض|Jeddah=جدة|Dammam=الدمام|Dubai=دبي|Sharjah=الشارقة|Ajman=عجمان|Abu Dhabi=أبوظبي|Kuwait=الكويت|
Doha=الدوحة|Manama=المنامة|Muscat=مسقط|Amman=عمّان|Cairo=القاهرة|Alexandria=الإسكندرية|Beirut=بيروت|Baghdad=بغداد|
Basra=البصرة|Erbil=أربيل|Casablanca=الدار البيضاء|Tunis=تونس|Algiers=الجزائر|Irbid=إربد|Zarqa=الزرقاء|Tanta=طنطا""",
    T="""22;Company;شركة {X} للتجارة العامة;{X} General Trading Co.|10;Company;;{X} General Trading LLC|
10;Company;مؤسسة {X} التجارية;{X} Trading Est.|8;Company;شركة {X} للمقاولات;{X} Contracting Company|
6;Company;;{X} Trading FZE|4;Company;;{X} FZCO|6;Company;مجموعة {F} القابضة;{F} Group Holding|
6;Company;شركة {X} للنقل والخدمات اللوجستية;{X} Transport & Logistics Co.|5;Company;مصنع {X} للبلاستيك;{X} Plastics Factory|
4;Company;;{X} Contracting Co. W.L.L.|4;Company;شركة {X} للصناعات الهندسية;{X} Engineering Industries Co.|
5;Organization;مستشفى {X};{X} Hospital|5;Organization;جامعة {C};University of {C}|3;Organization;غرفة تجارة وصناعة {C};{C} Chamber of Commerce and Industry|
3;Organization;مستشفى {C} التخصصي;{C} Specialist Hospital""")

# ------------------------------------------------------------------ Iran (Latin and Persian)
ORG['ir'] = dict(
    X="""Pars=پارس|Aria=آریا|Kavir=کویر|Alborz=البرز|Zagros=زاگرس|Sepahan=سپاهان|Khazar=خزر|Arvand=اروند|Negin=نگین|
Setareh=ستاره|Mehr=مهر|Damavand=دماوند|Nour=نور|Pishro=پیشرو|Nikan=نیکان|Tavana=توانا|Azar=آذر|Rayan=رایان|
Aftab=آفتاب|Baran=باران|Bahar=بهار|Omid=امید|Farda=فردا|Saba=صبا|Arian=آرین|Kian=کیان|Pouya=پویا|Ava=آوا|Golestan=گلستان|
Mahtab=مهتاب|Shahab=شهاب|Parsian=پارسیان|Hamoon=هامون|Zayandeh=زاینده|Karun=کارون|Persepolis=پرسپولیس|Kourosh=کوروش|
Dena=دنا|Sahar=سحر|Parto=پرتو|Atieh=آتیه|Behin=بهین|Nasim=نسیم|Roshan=روشن|Sadaf=صدف|Simorgh=سیمرغ|Tabesh=تابش""",
    C="""Shiraz=شیراز|Tabriz=تبریز|Mashhad=مشهد|Kerman=کرمان|Rasht=رشت|Ahvaz=اهواز|Kermanshah=کرمانشاه|Hamadan=همدان|
Qazvin=قزوین|Zanjan=زنجان|Urmia=ارومیه|Ardabil=اردبیل|Gorgan=گرگان|Sari=ساری|Birjand=بیرجند|Sanandaj=سنندج|
Khorramabad=خرم‌آباد|Bojnurd=بجنورد|Zahedan=زاهدان|Kashan=کاشان|Babol=بابل|Ilam=ایلام|Yasuj=یاسوج""",
    T="""18;Company;شرکت بازرگانی {X};{X} Trading Co.|10;Company;شرکت مهندسی {X};{X} Engineering Company|
10;Company;شرکت {X} صنعت;{X} Sanat Co.|6;Company;شرکت حمل و نقل بین‌المللی {X};{X} International Transport Co.|
6;Company;شرکت داروسازی {X};{X} Pharmaceutical Co.|6;Company;شرکت {X} (سهامی خاص);{X} Private Joint Stock Company|
5;Company;شرکت تولیدی {X};{X} Manufacturing Co.|4;Company;شرکت صنایع غذایی {X};{X} Food Industries Co.|
4;Company;;{X} Tejarat Co.|4;Company;;{X} Kish Trading Company|
5;Organization;بیمارستان {X};{X} Hospital|5;Organization;دانشگاه علوم پزشکی {C};{C} University of Medical Sciences|
3;Organization;اتاق بازرگانی {C};{C} Chamber of Commerce|2;Organization;بیمارستان امام رضا {C};Imam Reza Hospital, {C}""")

# ------------------------------------------------------------------ Pakistan (Latin and Urdu)
ORG['pk'] = dict(
    X="""Al-Noor=النور|Madina=مدینہ|Pak=پاک|Indus=انڈس|Punjab=پنجاب|Karachi=کراچی|Lahore=لاہور|Khyber=خیبر|Mehran=مہران|
Ravi=راوی|Chenab=چناب|Jhelum=جہلم|Al-Rehman=الرحمان|Crescent=کریسنٹ|Star=اسٹار|Kohinoor=کوہِ نور|Sialkot=سیالکوٹ|
Faisalabad=فیصل آباد|Gujranwala=گوجرانوالہ|Shalimar=شالیمار|Margalla=مارگلہ|Sultan=سلطان|Hamza=حمزہ|Usmania=عثمانیہ""",
    I="""Traders=ٹریڈرز|Engineering Works=انجینئرنگ ورکس|Textile Mills=ٹیکسٹائل ملز|Steel Industries=اسٹیل انڈسٹریز|
Surgical Instruments=سرجیکل انسٹرومنٹس|Sports=اسپورٹس|Enterprises=انٹرپرائزز|Rice Mills=رائس ملز|Cotton Ginners=کاٹن جنرز""",
    L="(Pvt.) Ltd.=(پرائیویٹ) لمیٹڈ|(Pvt) Ltd=(پرائیویٹ) لمیٹڈ|Limited=لمیٹڈ",
    T="""35;Company;{X} {I} {L};{X} {I} {L}|20;Company;;{S} {I} {L}|15;Company;;{X} {I}|
5;Organization;{X} ہسپتال;{X} Hospital|4;Organization;;{X} Medical College|3;Organization;;{X} Chamber of Commerce and Industry""")

# ------------------------------------------------------------------ India (Latin and Devanagari)
ORG['in'] = dict(
    X="""Shree Ganesh=श्री गणेश|Sai=साई|Balaji=बालाजी|Laxmi=लक्ष्मी|Om=ओम|Jai Bharat=जय भारत|Mahalaxmi=महालक्ष्मी|
Shiv Shakti=शिव शक्ति|Krishna=कृष्णा|Ambika=अंबिका|Vishwakarma=विश्वकर्मा|Gayatri=गायत्री|Kaveri=कावेरी|Annapurna=अन्नपूर्णा|
Sagar=सागर|Sunrise=सनराइज|Universal=यूनिवर्सल|Supreme=सुप्रीम|Deccan=डेक्कन|Konkan=कोंकण|Shree Ram=श्री राम|
Ganga=गंगा|Yamuna=यमुना|Narmada=नर्मदा|Himalaya=हिमालय|Shubh=शुभ|Mangalam=मंगलम|Siddhi Vinayak=सिद्धि विनायक|Jyoti=ज्योति""",
    I="""Industries=इंडस्ट्रीज|Engineering Works=इंजीनियरिंग वर्क्स|Traders=ट्रेडर्स|Enterprises=एंटरप्राइजेज|Exports=एक्सपोर्ट्स|
Polymers=पॉलिमर्स|Forgings=फोर्जिंग्स|Electricals=इलेक्ट्रिकल्स|Chemicals=केमिकल्स|Pharma=फार्मा|Castings=कास्टिंग्स|
Auto Components=ऑटो कंपोनेंट्स|Steel=स्टील|Textiles=टेक्सटाइल्स""",
    L="Pvt. Ltd.=प्राइवेट लिमिटेड|Private Limited=प्राइवेट लिमिटेड|Ltd.=लिमिटेड|Pvt Ltd=प्रा. लि.|LLP=एलएलपी",
    C="""Pune=पुणे|Mumbai=मुंबई|Chennai=चेन्नई|Coimbatore=कोयंबटूर|Ludhiana=लुधियाना|Rajkot=राजकोट|Ahmedabad=अहमदाबाद|
Vadodara=वडोदरा|Surat=सूरत|Nashik=नासिक|Aurangabad=औरंगाबाद|Faridabad=फरीदाबाद|Gurugram=गुरुग्राम|Noida=नोएडा|
Jaipur=जयपुर|Kanpur=कानपुर|Lucknow=लखनऊ|Indore=इंदौर|Nagpur=नागपुर|Jamshedpur=जमशेदपुर|Howrah=हावड़ा|Moradabad=मुरादाबाद""",
    T="""30;Company;{X} {I} {L};{X} {I} {L}|20;Company;;{S} {I} {L}|8;Company;{C} {I};{C} {I}|
5;Company;;{X} Co-operative Bank Ltd.|5;Organization;{X} अस्पताल;{X} Hospital|4;Organization;;{C} Institute of Technology|
4;Organization;;Government Medical College, {C}|3;Organization;;{S} Hospital & Research Centre|3;Organization;;{C} Chamber of Commerce""")

# ------------------------------------------------------------------ Bangladesh (Latin and Bengali)
ORG['bd'] = dict(
    X="""Meghna=মেঘনা|Jamuna=যমুনা|Padma=পদ্মা|Sonali=সোনালী|Bengal=বেঙ্গল|Dhaka=ঢাকা|Chattogram=চট্টগ্রাম|Khulna=খুলনা|
Rajshahi=রাজশাহী|Sylhet=সিলেট|Karnaphuli=কর্ণফুলী|Surma=সুরমা|Rupsha=রূপসা|Teesta=তিস্তা|Shapla=শাপলা|Sundarban=সুন্দরবন""",
    I="""Trading=ট্রেডিং|Textile Mills=টেক্সটাইল মিলস|Enterprise=এন্টারপ্রাইজ|Group=গ্রুপ|Steel Mills=স্টিল মিলস|
Pharmaceuticals=ফার্মাসিউটিক্যালস|Knitwear=নিটওয়্যার|Shipping Lines=শিপিং লাইনস|Garments=গার্মেন্টস""",
    L="Ltd.=লিমিটেড|Limited=লিমিটেড",
    T="""45;Company;{X} {I} {L};{X} {I} {L}|20;Company;{X} {I};{X} {I}|10;Company;;{S} {I} {L}|
6;Organization;{X} হাসপাতাল;{X} Hospital|4;Organization;;{X} Medical College""")

# ------------------------------------------------------------------ China (simplified Han with English)
ORG['cn'] = dict(
    X="""华科=Huake|宏达=Hongda|鑫源=Xinyuan|恒通=Hengtong|海天=Haitian|金鑫=Jinxin|永盛=Yongsheng|盛世=Shengshi|瑞丰=Ruifeng|
天成=Tiancheng|宏远=Hongyuan|中泰=Zhongtai|华强=Huaqiang|新星=Xinxing|东方=Dongfang|宏发=Hongfa|博远=Boyuan|佳禾=Jiahe|
广达=Guangda|嘉盛=Jiasheng|润泽=Runze|金石=Jinshi|明辉=Minghui|恒信=Hengxin|鼎盛=Dingsheng|德力=Deli|通达=Tongda|
兴业=Xingye|荣昌=Rongchang|安泰=Antai|科瑞=Kerui|昊天=Haotian|凯达=Kaida|百川=Baichuan|天宇=Tianyu|银河=Yinhe|
金桥=Jinqiao|长青=Changqing|富源=Fuyuan|汇通=Huitong|顺达=Shunda|诚信=Chengxin|宝丰=Baofeng|立华=Lihua|创新=Chuangxin|
恒瑞=Hengrui|众诚=Zhongcheng|华美=Huamei|新华=Xinhua|永兴=Yongxing|金达=Jinda|亿达=Yida|盛达=Shengda|泰和=Taihe""",
    C="""深圳=Shenzhen|广州=Guangzhou|东莞=Dongguan|佛山=Foshan|苏州=Suzhou|无锡=Wuxi|宁波=Ningbo|杭州=Hangzhou|温州=Wenzhou|
上海=Shanghai|青岛=Qingdao|济南=Jinan|烟台=Yantai|武汉=Wuhan|郑州=Zhengzhou|成都=Chengdu|厦门=Xiamen|泉州=Quanzhou|
福州=Fuzhou|合肥=Hefei|昆山=Kunshan|义乌=Yiwu|中山=Zhongshan|珠海=Zhuhai|惠州=Huizhou|绍兴=Shaoxing|嘉兴=Jiaxing|
台州=Taizhou|潍坊=Weifang|临沂=Linyi|江门=Jiangmen|汕头=Shantou|扬州=Yangzhou|南通=Nantong|盐城=Yancheng""",
    UC="""温州=Wenzhou|宁波=Ningbo|佛山=Foshan|东莞=Dongguan|泉州=Quanzhou|烟台=Yantai|扬州=Yangzhou|绍兴=Shaoxing|嘉兴=Jiaxing|
潍坊=Weifang|汕头=Shantou|湖州=Huzhou|台州=Taizhou|江门=Jiangmen|临沂=Linyi|盐城=Yancheng|南通=Nantong""",
    I="""电子科技=Electronic Technology|机械设备=Machinery Equipment|精密机械=Precision Machinery|贸易=Trading|进出口=Import and Export|
国际贸易=International Trade|物流=Logistics|化工=Chemical|新材料=New Materials|五金制品=Hardware Products|数控机床=CNC Machine Tool|
自动化设备=Automation Equipment|仪器仪表=Instrument|光电科技=Optoelectronic Technology|塑胶制品=Plastic Products|模具=Mould|
电气=Electric|传感技术=Sensor Technology|轴承=Bearing|液压=Hydraulic|阀门=Valve|泵业=Pump|包装=Packaging|纺织=Textile|
医疗器械=Medical Equipment|生物科技=Biotechnology|照明=Lighting|家具=Furniture|食品=Food|服装=Garment""",
    L="有限公司=Co., Ltd.|有限责任公司=Co., Ltd.|股份有限公司=Co., Ltd.|有限公司=Company Limited|集团有限公司=Group Co., Ltd.",
    T="""40;Company;{C}市{X}{I}{L};{C} {X} {I} {L}|25;Company;{C}{X}{I}{L};{C} {X} {I} {L}|10;Company;{X}{I}{L};{X} {I} {L}|
4;Organization;{UC}大学;{UC} University|4;Organization;{C}市第一人民医院;{C} First People's Hospital|
3;Organization;{C}市中医院;{C} Hospital of Traditional Chinese Medicine|2;Company;{C}农村商业银行;{C} Rural Commercial Bank|
2;Organization;{C}市工商业联合会;{C} Federation of Industry and Commerce""")

# ------------------------------------------------------------------ Hong Kong (traditional Han with English)
ORG['hk'] = dict(
    X="""永安=Wing On|新華=Sun Wah|大昌=Dah Chong|德興=Tak Hing|合興=Hop Hing|興業=Hing Yip|友利=Yau Lee|嘉華=Ka Wah|
偉業=Wai Yip|永利=Wing Lee|華豐=Wah Fung|泰豐=Tai Fung|萬利=Man Lee|金山=Kam Shan|寶利=Po Lee|聯發=Luen Fat|廣興=Kwong Hing|
昌盛=Cheong Shing|祥興=Cheung Hing|協成=Hip Shing|鴻運=Hung Wan|安達=On Tat|榮興=Wing Hing|利達=Lee Tat|東昇=Tung Sing|
順發=Shun Fat|建華=Kin Wah|錦興=Kam Hing|福昌=Fook Cheong|美利=Mei Lee""",
    I="""貿易=Trading|電子=Electronics|國際=International|五金=Hardware|物流=Logistics|實業=Enterprises|科技=Technology|
塑膠=Plastics|船務=Shipping Agency|紡織=Textiles""",
    T="""35;Company;{X}{I}有限公司;{X} {I} Company Limited|15;Company;{X}{I}有限公司;{X} {I} Co., Limited|
15;Company;{X}(香港)有限公司;{X} (Hong Kong) Limited|10;Company;{X}國際控股有限公司;{X} International Holdings Limited|
8;Company;;{X} {I} Ltd.|4;Organization;{X}醫院;{X} Hospital""")

# ------------------------------------------------------------------ Taiwan (traditional Han with English)
ORG['tw'] = dict(
    X="""弘昌=Hung Chang|建興=Chien Hsing|全興=Chuan Hsing|志成=Chih Cheng|益豐=Yi Feng|俊達=Chun Ta|明昌=Ming Chang|
台興=Tai Hsing|榮昌=Jung Chang|大成=Ta Cheng|金豐=Chin Feng|聯成=Lien Cheng|佳鼎=Chia Ting|友聯=Yu Lien|新光=Hsin Kuang|
長興=Chang Hsing|順昌=Shun Chang|華新=Hua Hsin|永信=Yung Hsin|源興=Yuan Hsing""",
    I="""精密工業=Precision Industry|電子=Electronics|機械=Machinery|貿易=Trading|實業=Enterprise|工業=Industrial|
科技=Technology|化學=Chemical|光電=Optoelectronics""",
    T="""50;Company;{X}{I}股份有限公司;{X} {I} Co., Ltd.|20;Company;{X}{I}有限公司;{X} {I} Co., Ltd.|
10;Company;;{X} {I} Corp.|4;Organization;{X}醫院;{X} Hospital""")

# ------------------------------------------------------------------ Japan (kanji/kana with romaji or English)
ORG['jp'] = dict(
    X="""大阪=Osaka|名古屋=Nagoya|東海=Tokai|北陸=Hokuriku|関西=Kansai|九州=Kyushu|北海道=Hokkaido|東北=Tohoku|中部=Chubu|
新潟=Niigata|浜松=Hamamatsu|静岡=Shizuoka|広島=Hiroshima|岡山=Okayama|仙台=Sendai|東洋=Toyo|大和=Daiwa|三和=Sanwa|
光=Hikari|日栄=Nichiei|昭和=Showa|平和=Heiwa|旭=Asahi|山田=Yamada|中村=Nakamura|佐藤=Sato|鈴木=Suzuki|高橋=Takahashi|
田中=Tanaka|小林=Kobayashi|松本=Matsumoto|石川=Ishikawa|藤田=Fujita|岡本=Okamoto|金子=Kaneko|丸山=Maruyama|
大栄=Daiei|共栄=Kyoei|太陽=Taiyo|朝日=Asahi|協和=Kyowa|北斗=Hokuto|白山=Hakusan|富山=Toyama|長野=Nagano|岐阜=Gifu""",
    I="""製作所=Seisakusho|工業=Kogyo|電機=Denki|精機=Seiki|商事=Shoji|化学=Kagaku|運輸=Unyu|鉄工所=Tekkosho|電子=Denshi|
精工=Seiko|産業=Sangyo|技研=Giken|製薬=Seiyaku|物産=Bussan|機械=Kikai|金属=Kinzoku""",
    K="""サンテック=Suntech|テクノス=Technos|エクセル=Excel|アドバンス=Advance|ミライテック=Miraitech|エコシステム=Ecosystem|
ネクスト=Next|グローバルテック=Globaltech|ライフケア=Lifecare|ソリューションズ=Solutions|エンジニアリング=Engineering|
メディカル=Medical|プレシジョン=Precision|ロジテック=Logitech""",
    T="""25;Company;株式会社{X}{I};{X} {I} Co., Ltd.|20;Company;{X}{I}株式会社;{X} {I} K.K.|10;Company;株式会社{K};{K} Co., Ltd.|
8;Company;{X}{I}株式会社;{X} {I} Corporation|6;Company;有限会社{X}{I};{X} {I} Y.K.|
4;Organization;{X}大学;{X} University|4;Organization;{X}市民病院;{X} Municipal Hospital|
3;Organization;{X}商工会議所;{X} Chamber of Commerce and Industry|3;Company;{X}信用金庫;{X} Shinkin Bank""")

# ------------------------------------------------------------------ Korea (Hangul with English)
ORG['kr'] = dict(
    X="""대성=Daesung|한일=Hanil|동아=Donga|신흥=Shinheung|세진=Sejin|우진=Woojin|영진=Youngjin|태광=Taekwang|성진=Sungjin|
대원=Daewon|한성=Hansung|동원=Dongwon|삼화=Samhwa|일진=Iljin|화신=Hwashin|경남=Kyungnam|부산=Busan|인천=Incheon|대구=Daegu|
광주=Gwangju|울산=Ulsan|창원=Changwon|한빛=Hanbit|새한=Saehan|진양=Jinyang|유진=Eugene|서광=Seokwang|동일=Dongil|
대영=Daeyoung|신성=Shinsung|한양=Hanyang|청호=Chungho|대림=Daelim|세원=Sewon|영풍=Youngpoong|삼영=Samyoung|동성=Dongsung""",
    I="""정밀=Precision|전자=Electronics|산업=Industrial|무역=Trading|기계=Machinery|화학=Chemical|물류=Logistics|
엔지니어링=Engineering|테크=Tech|금속=Metal|공업=Industries|통상=Tongsang|하이텍=Hitech|시스템=Systems""",
    UC="""부산=Pusan National|경북=Kyungpook National|충남=Chungnam National|전남=Chonnam National|강원=Kangwon National|
제주=Jeju National|창원=Changwon National|목포=Mokpo National|순천=Sunchon National|군산=Kunsan National""",
    T="""30;Company;(주){X}{I};{X} {I} Co., Ltd.|20;Company;{X}{I} 주식회사;{X} {I} Co., Ltd.|10;Company;주식회사 {X}{I};{X} {I} Corporation|
8;Company;{X}{I}(주);{X} {I} Inc.|4;Organization;{UC}대학교;{UC} University|4;Organization;{X}병원;{X} Hospital|
3;Organization;{X}상공회의소;{X} Chamber of Commerce and Industry|3;Company;{X}신용협동조합;{X} Credit Union""")

# ------------------------------------------------------------------ Russia (Cyrillic; Latin computed or English)
ORG['ru'] = dict(
    X="""Техснаб|Промсервис|Стройинвест|Автотранс|Сибирь|Урал|Волга|Нева|Восток|Север|Старт|Прогресс|Рассвет|Кристалл|
Гранит|Горизонт|Меридиан|Формат|Профиль|Стандарт|Ресурс|Контакт|Сервис|Агроснаб|Металлторг|Спецтехника|Промкомплект|
ТехноСтрой|Лидер|Партнёр|Импульс|Орион|Атлант|Байкал|Алтай|Кама|Ока|Дон|Северсталь-Сервис|Уралтрубосервис|Волгатранс|
Енисей|Лазурит|Малахит|Янтарь|Берёзка|Радуга|Заря|Уют|Феникс|Гермес|Престиж|Альянс|Олимп|Пульс|Вектор-Плюс""",
    C="""Тверь|Ярославль|Кострома|Вологда|Иваново|Владимир|Рязань|Тула|Калуга|Смоленск|Брянск|Орёл|Курск|Липецк|Тамбов|
Пенза|Саратов|Ульяновск|Киров|Пермь|Оренбург|Уфа|Тюмень|Омск|Томск|Барнаул|Кемерово|Иркутск|Чита|Хабаровск|Краснодар|
Ставрополь|Ростов-на-Дону|Волгоград|Астрахань|Мурманск|Архангельск|Петрозаводск|Псков|Великий Новгород""",
    UNI="""Тверской государственный университет=Tver State University|Ярославский государственный университет=Yaroslavl State University|
Костромской государственный университет=Kostroma State University|Вологодский государственный университет=Vologda State University|
Ивановский государственный университет=Ivanovo State University|Курский государственный университет=Kursk State University|
Кубанский государственный университет=Kuban State University|Псковский государственный университет=Pskov State University|
Петрозаводский государственный университет=Petrozavodsk State University|Оренбургский государственный университет=Orenburg State University|
Тюменский государственный университет=Tyumen State University|Алтайский государственный университет=Altai State University""",
    T="""28;Company;ООО «{X}»;LLC {X}|10;Company;ООО «{X}»;OOO {X}|8;Company;ООО «{X}»;{X} LLC|10;Company;АО «{X}»;JSC {X}|
6;Company;ООО «Торговый дом «{X}»;LLC Trading House {X}|5;Company;ПАО «{X}»;PJSC {X}|4;Company;ЗАО «{X}»;CJSC {X}|
5;Company;ИП {PS};IP {PS}|6;Organization;Городская клиническая больница № {N} г. {C};City Clinical Hospital No. {N}, {C}|
5;Organization;{UNI};{UNI}|3;Organization;Торгово-промышленная палата г. {C};{C} Chamber of Commerce and Industry""")

# ------------------------------------------------------------------ Ukraine
ORG['ua'] = dict(
    X="""Техносервіс|Агроальянс|Будмонтаж|Дніпро|Поділля|Карпати|Світанок|Вектор|Укрпром|Енергосвіт|Металсервіс|Таврія|
Полісся|Галичина|Слобожанщина|Буковина|Дністер|Десна|Хортиця|Оберіг|Калина|Злагода|Сяйво|Зоря""",
    C="Київ|Харків|Одеса|Дніпро|Запоріжжя|Львів|Вінниця|Полтава|Чернігів|Черкаси|Житомир|Суми|Хмельницький|Рівне|Тернопіль|Луцьк",
    T="""45;Company;ТОВ «{X}»;LLC {X}|15;Company;ТОВ «{X}»;TOV {X}|15;Company;ПрАТ «{X}»;PrJSC {X}|10;Company;ФОП {PS};FOP {PS}|
6;Organization;Міська клінічна лікарня № {N} м. {C};City Clinical Hospital No. {N}, {C}""")

# ------------------------------------------------------------------ Kazakhstan
ORG['kz'] = dict(
    X="""Алатау|Каспий|Сарыарка|Жетысу|Тулпар|Кайнар|Тенгри|Атамекен|Нур|Шыгыс|Батыс|Отырар|Есиль|Иртыш|Балхаш|Ертіс|
Алтын|Астана-Сервис|Береке|Самрук-Логистик|Арман|Болашак""",
    C="Астана|Алматы|Шымкент|Караганда|Актобе|Тараз|Павлодар|Усть-Каменогорск|Семей|Атырау|Костанай|Кызылорда|Уральск|Актау",
    T="""45;Company;ТОО «{X}»;LLP {X}|15;Company;ТОО «{X}»;TOO {X}|15;Company;АО «{X}»;JSC {X}|6;Company;«{X}» ЖШС;{X} LLP|
5;Organization;Городская больница № {N} г. {C};City Hospital No. {N}, {C}""")

# ------------------------------------------------------------------ Greece / Israel / Thailand / Georgia / Armenia
ORG['gr'] = dict(
    X="""Hellenic=Ελληνική|Aegean=Αιγαίο|Olympos=Όλυμπος|Ermis=Ερμής|Athina=Αθηνά|Poseidon=Ποσειδών|Delta=Δέλτα|Astir=Αστήρ|
Thessaly=Θεσσαλία|Epirus=Ήπειρος|Macedonia=Μακεδονία|Kriti=Κρήτη|Ionian=Ιόνιο|Pindos=Πίνδος|Parnassos=Παρνασσός|Nea=Νέα""",
    I="""Technical=Τεχνική|Commercial=Εμπορική|Mechanical Engineering=Μηχανολογική|Electronics=Ηλεκτρονικά|Transport=Μεταφορική|
Industrial=Βιομηχανική|Construction=Κατασκευαστική|Chemicals=Χημικά""",
    T="""40;Company;{X} {I} Α.Ε.;{X} {I} S.A.|25;Company;{X} {I} Ε.Π.Ε.;{X} {I} Ltd|15;Company;{X} {I} Ι.Κ.Ε.;{X} {I} P.C.|
6;Organization;Νοσοκομείο {X};{X} Hospital""")

ORG['il'] = dict(
    X="""Gilboa=גלבוע|Carmel=כרמל|Arbel=ארבל|Tavor=תבור|Negev=נגב|Galil=גליל|Alon=אלון|Erez=ארז|Hermon=חרמון|Yarden=ירדן|
Kinneret=כנרת|Sharon=שרון|Arava=ערבה|Ofek=אופק|Shahar=שחר|Tamar=תמר|Rimon=רימון|Dekel=דקל|Yahalom=יהלום|Orion=אוריון""",
    I="""Technologies=טכנולוגיות|Industries=תעשיות|Engineering=הנדסה|Electronics=אלקטרוניקה|Logistics=לוגיסטיקה|Trade=סחר|
Systems=מערכות|Plastics=פלסטיק""",
    T="""45;Company;{X} {I} בע"מ;{X} {I} Ltd.|20;Company;{X} בע"מ;{X} Ltd.|10;Company;{S} {I} בע"מ;{S} {I} Ltd.|
6;Organization;מרכז רפואי {X};{X} Medical Center""")

ORG['th'] = dict(
    X="""Siam=สยาม|Thai Charoen=ไทยเจริญ|Rungruang=รุ่งเรือง|Srithai=ศรีไทย|Thai Rung=ไทยรุ่ง|Asia=เอเชีย|Saeng Thai=แสงไทย|
Thong Thai=ทองไทย|Krungthep=กรุงเทพ|Chonburi=ชลบุรี|Rayong=ระยอง|Chiang Mai=เชียงใหม่|Sukhothai=สุโขทัย|Mekong=แม่โขง|
Chao Phraya=เจ้าพระยา|Ratchaburi=ราชบุรี|Korat=โคราช|Lanna=ล้านนา|Andaman=อันดามัน|Saha=สหะ""",
    I="""Industry=อุตสาหกรรม|Trading=เทรดดิ้ง|Electronics=อิเล็กทรอนิกส์|Engineering=เอ็นจิเนียริ่ง|Logistics=โลจิสติกส์|
Chemicals=เคมีภัณฑ์|Steel=สตีล|Plastic=พลาสติก""",
    T="""45;Company;บริษัท {X} {I} จำกัด;{X} {I} Co., Ltd.|15;Company;บริษัท {X} {I} จำกัด (มหาชน);{X} {I} Public Company Limited|
15;Company;ห้างหุ้นส่วนจำกัด {X} {I};{X} {I} Limited Partnership|6;Organization;โรงพยาบาล{X};{X} Hospital""")

ORG['ge'] = dict(
    X="""Kavkasia=კავკასია|Iveria=ივერია|Kolkheti=კოლხეთი|Mtatsminda=მთაწმინდა|Rustavi=რუსთავი|Batumi=ბათუმი|Kutaisi=ქუთაისი|
Tbilisi=თბილისი|Kakheti=კახეთი|Imereti=იმერეთი|Svaneti=სვანეთი|Mtkvari=მტკვარი|Rioni=რიონი|Aragvi=არაგვი""",
    I="""Trade=ტრეიდი|Logistics=ლოჯისტიკი|Engineering=ინჟინირინგი|Group=ჯგუფი|Construction=მშენებელი""",
    T="""45;Company;შპს „{X} {I}“;{X} {I} LLC|20;Company;სს „{X} {I}“;{X} {I} JSC|6;Organization;{X} კლინიკა;{X} Clinic""")

ORG['am'] = dict(
    X="""Ararat=Արարատ|Aragats=Արագած|Sevan=Սևան|Shirak=Շիրակ|Lori=Լոռի|Zangezur=Զանգեզուր|Yerevan=Երևան|Gyumri=Գյումրի|
Vanadzor=Վանաձոր|Masis=Մասիս|Hrazdan=Հրազդան|Arpa=Արփա|Vayk=Վայք|Tavush=Տավուշ""",
    I="""Trade=Տրեյդ|Logistic=Լոգիստիկ|Electronica=Էլեկտրոնիկա|Engineering=Ինժեներինգ|Group=Գրուպ|Invest=Ինվեստ""",
    T="""45;Company;«{X} {I}» ՍՊԸ;{X} {I} LLC|20;Company;«{X} {I}» ՓԲԸ;{X} {I} CJSC|6;Organization;«{X}» բժշկական կենտրոն;{X} Medical Centre""")
