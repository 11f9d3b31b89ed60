"""Hand-written name pools for Latin-script cultures (heldout-10).

Written from the writer's own knowledge of name frequencies (census and registry rankings as remembered:
US Census 2010 surnames, SSA given names, ONS/GRO, CSO Ireland, Destatis-style rankings, INSEE, INE,
RENAPO, ISTAT, Meertens, PESEL, SCB, TÜİK ...). No Faker, no wordfreq. Each pool is ordered from most
to least common; `weights()` in pools_util gives them a Zipf-like weight, or an explicit `*share` where
the writer knew a share.  Entries with '/' carry spelling variants: the first is the usual one.
"""

US_SUR = """Smith*828|Johnson*655|Williams*550|Brown*487|Jones*483|Garcia*395|Miller*384|Davis*378|Rodriguez*352|
Martinez*345|Hernandez*331|Lopez*292|Gonzalez*276|Wilson*272|Anderson*270|Thomas*256|Taylor*252|Moore*242|Jackson*240|
Martin*237|Lee*231|Perez*229|Thompson*227|White*225|Harris*214|Sanchez*213|Clark*191|Ramirez*189|Lewis*188|Robinson*185|
Walker*182|Young*168|Allen*167|King*165|Wright*163|Scott*151|Torres*149|Nguyen*148|Hill*147|Flores*147|Green*146|Adams*145|
Nelson*142|Baker*141|Hall*137|Rivera*135|Campbell*128|Mitchell*127|Carter*124|Roberts*124|Gomez*120|Phillips*117|Evans*116|
Turner*116|Diaz*115|Parker*115|Cruz*114|Edwards*113|Collins*112|Reyes*112|Stewart*110|Morris*108|Morales*106|Murphy*105|
Cook*104|Rogers*104|Gutierrez*102|Ortiz*101|Morgan*101|Cooper*100|Peterson*100|Bailey*99|Reed*99|Kelly*96|Howard*95|Ramos*94|
Kim*94|Cox*93|Ward*93|Richardson*93|Watson*92|Brooks*91|Chavez*91|Wood*91|James*91|Bennett*90|Gray*89|Mendoza*88|Ruiz*88|
Hughes*87|Price*86|Alvarez*86|Castillo*86|Sanders*85|Patel*85|Myers*84|Long*84|Ross*84|Foster*83|Jimenez*83|Powell*82|
Jenkins*81|Perry*80|Russell*80|Sullivan*79|Bell*79|Coleman*78|Butler*78|Henderson*78|Barnes*77|Gonzales*77|Fisher*76|
Vasquez*75|Simmons*75|Romero*75|Jordan*75|Patterson*74|Alexander*73|Hamilton*73|Graham*72|Reynolds*72|Griffin*72|Wallace*71|
Moreno*71|West*70|Cole*70|Hayes*70|Bryant*69|Herrera*68|Gibson*68|Ellis*68|Tran*68|Medina*67|Aguilar*67|Stevens*66|Murray*66|
Ford*66|Castro*65|Marshall*65|Owens*65|Harrison*64|Fernandez*64|McDonald*64|Woods*63|Washington*63|Kennedy*63|Wells*62|
Vargas*62|Henry*62|Chen*61|Freeman*61|Webb*61|Tucker*60|Guzman*60|Burns*60|Crawford*60|Olson*59|Simpson*59|Porter*59|
Hunter*59|Gordon*58|Mendez*58|Silva*58|Shaw*58|Snyder*57|Mason*57|Dixon*57|Munoz*56|Hunt*56|Hicks*56|Holmes*56|Palmer*55|
Wagner*55|Black*55|Robertson*55|Boyd*54|Rose*54|Stone*54|Salazar*54|Fox*53|Warren*53|Mills*53|Meyer*53|Rice*52|Schmidt*52|
Garza*52|Daniels*52|Ferguson*51|Nichols*51|Stephens*51|Soto*50|Weaver*50|Ryan*50|Gardner*50|Payne*50|Grant*49|Dunn*49|
Kelley*49|Spencer*48|Hawkins*48|Arnold*48|Pierce*48|Vazquez*47|Hansen*47|Peters*47|Santos*47|Hart*46|Bradley*46|Knight*46|
Elliott*46|Cunningham*46|Duncan*45|Armstrong*45|Hudson*45|Carroll*45|Lane*44|Riley*44|Andrews*44|Alvarado*44|Ray*44|
Delgado*44|Berry*43|Perkins*43|Hoffman*43|Johnston*43|Matthews*43|Pena*42|Richards*42|Contreras*42|Willis*42|Carpenter*42|
Lawrence*41|Sandoval*41|Guerrero*41|George*41|Chapman*41|Rios*41|Estrada*40|Ortega*40|Watkins*40|Greene*40|Nunez*40|
Wheeler*40|Valdez*39|Harper*39|Burke*39|Larson*39|Santiago*39|Maldonado*39|Morrison*39|Franklin*38|Carlson*38|Austin*38|
Dominguez*38|Carr*38|Lawson*37|Jacobs*37|OBrien/O'Brien*37|Lynch*37|Singh*37|Vega*37|Bishop*37|Montgomery*36|Oliver*36|
Jensen*36|Harvey*36|Williamson*36|Gilbert*36|Dean*36|Sims*35|Espinoza*35|Howell*35|Li*35|Wong*35|Reid*35|Hanson*35|Le*35|
McCoy*34|Garrett*34|Burton*34|Fuller*34|Wang*34|Weber*34|Welch*34|Rojas*34|Lucas*33|Marquez*33|Fields*33|Park*33|Yang*33|
Little*33|Banks*33|Padilla*33|Day*33|Walsh*32|Bowman*32|Schultz*32|Luna*32|Fowler*32|Mejia*32|Davidson*32|Acosta*32|
Brewer*31|May*31|Holland*31|Juarez*31|Newman*31|Pearson*31|Curtis*31|Cortez*31|Douglas*31|Schneider*31|Joseph*31|Barrett*30|
Navarro*30|Figueroa*30|Keller*30|Avila*30|Wade*30|Molina*30|Stanley*30|Hopkins*30|Campos*30|Barnett*30|Bates*30|Chambers*29|
Caldwell*29|Beck*29|Lambert*29|Miranda*29|Byrd*29|Craig*29|Ayala*29|Lowe*29|Frazier*29|Powers*29|Neal*29|Leonard*28|Gregory*28|
Carrillo*28|Sutton*28|Fleming*28|Rhodes*28|Shelton*28|Schwartz*28|Norris*28|Jennings*28|Watts*28|Duran*28|Walters*28|
Cohen*28|McDaniel*27|Moran*27|Parks*27|Steele*27|Vaughn*27|Becker*27|Holt*27|DeLeon/De Leon*27|Barker*27|Terry*27|Hale*27|
Leon*27|Hail*27|Benson*27|Haynes*27|Horton*26|Miles*26|Lyons*26|Pham*26|Graves*26|Bush*26|Thornton*26|Wolfe*26|Warner*26|
Cabrera*26|McKinney*26|Mann*26|Zimmerman*26|Dawson*26|Lara*26|Fletcher*26|Page*26|McCarthy*26|Love*25|Robles*25|Cervantes*25|
Solis*25|Erickson*25|Reeves*25|Chang*25|Klein*25|Salinas*25|Fuentes*25|Baldwin*25|Daniel*25|Simon*25|Velasquez*25|Hardy*25|
Higgins*25|Aguirre*24|Lin*24|Cummings*24|Chandler*24|Sharp*24|Barber*24|Bowen*24|Ochoa*24|Dennis*24|Robbins*24|Liu*24|
Ramsey*24|Francis*24|Griffith*24|Paul*24|Blair*24|OConnor/O'Connor*24|Cardenas*24|Pacheco*24|Cross*24|Calderon*24|Quinn*24|
Moss*24|Swanson*24|Chan*23|Rivas*23|Khan*23|Rodgers*23|Serrano*23|Fitzgerald*23|Rosales*23|Stevenson*23|Christensen*23|
Manning*23|Gill*23|Curry*23|McLaughlin*23|Harmon*23|McGee*23|Gross*23|Doyle*23|Garner*23|Newton*23|Burgess*23|Reese*23|
Walton*23|Blake*23|Trujillo*22|Adkins*22|Brady*22|Goodman*22|Roman*22|Webster*22|Goodwin*22|Fischer*22|Huang*22|Potter*22"""

US_GIV_M = """James|Robert|John|Michael|David|William|Richard|Joseph|Thomas|Christopher|Charles|Daniel|Matthew|Anthony|Mark|
Donald|Steven|Andrew|Paul|Joshua|Kenneth|Kevin|Brian|George|Timothy|Ronald|Jason|Edward|Jeffrey|Ryan|Jacob|Gary|Nicholas|
Eric|Jonathan|Stephen|Larry|Justin|Scott|Brandon|Benjamin|Samuel|Gregory|Alexander|Patrick|Frank|Raymond|Jack|Dennis|Jerry|
Tyler|Aaron|Jose|Adam|Nathan|Henry|Zachary|Douglas|Peter|Kyle|Noah|Ethan|Jeremy|Walter|Christian|Keith|Roger|Terry|Austin|
Sean|Gerald|Carl|Harold|Dylan|Arthur|Lawrence|Jordan|Jesse|Bryan|Billy|Bruce|Gabriel|Joe|Logan|Alan|Juan|Albert|Willie|
Elijah|Wayne|Randy|Vincent|Mason|Roy|Ralph|Bobby|Russell|Bradley|Philip|Eugene|Liam|Lucas|Caleb|Luke|Isaac|Hunter|Evan|
Connor|Owen|Carlos|Luis|Travis|Chad|Derek|Shawn|Marcus|Todd|Corey|Dustin|Garrett|Trevor|Mitchell|Cody|Victor|Curtis"""

US_GIV_F = """Mary|Patricia|Jennifer|Linda|Elizabeth|Barbara|Susan|Jessica|Karen|Sarah|Lisa|Nancy|Sandra|Betty|Ashley|Emily|
Kimberly|Margaret|Donna|Michelle|Carol|Amanda|Melissa|Deborah|Stephanie|Dorothy|Rebecca|Sharon|Laura|Cynthia|Amy|Kathleen|
Angela|Shirley|Emma|Brenda|Pamela|Nicole|Anna|Samantha|Katherine|Christine|Debra|Rachel|Carolyn|Janet|Maria|Olivia|Heather|
Helen|Catherine|Diane|Julie|Victoria|Joyce|Lauren|Kelly|Christina|Ruth|Joan|Virginia|Judith|Evelyn|Hannah|Andrea|Megan|
Cheryl|Jacqueline|Madison|Teresa|Abigail|Sophia|Martha|Sara|Gloria|Janice|Kathryn|Ann|Isabella|Judy|Charlotte|Julia|Grace|
Amber|Alice|Jean|Denise|Frances|Danielle|Marilyn|Natalie|Beverly|Diana|Brittany|Theresa|Kayla|Alexis|Doris|Lori|Tiffany|
Ava|Mia|Harper|Ella|Chloe|Avery|Lily|Addison|Brooke|Courtney|Erin|Kristen|Tara|Wendy|Dana|Tracy|Stacy|Holly|Monica"""

UK_SUR = """Smith|Jones|Williams|Taylor|Brown|Davies|Evans|Wilson|Thomas|Johnson|Roberts|Robinson|Thompson|Wright|Walker|
White|Edwards|Hughes|Green|Hall|Lewis|Harris|Clarke|Patel|Jackson|Wood|Turner|Martin|Cooper|Hill|Ward|Morris|Moore|Clark|
Lee|King|Baker|Harrison|Morgan|Allen|James|Scott|Phillips|Watson|Davis|Parker|Price|Bennett|Young|Griffiths|Mitchell|Kelly|
Cook|Carter|Richardson|Bailey|Collins|Bell|Shaw|Murphy|Miller|Cox|Richards|Khan|Marshall|Anderson|Simpson|Ellis|Adams|Singh|
Begum|Wilkinson|Foster|Chapman|Powell|Webb|Rogers|Gray|Mason|Ali|Hunt|Hussain|Campbell|Matthews|Owen|Palmer|Holmes|Mills|
Barnes|Knight|Lloyd|Butler|Russell|Barker|Fisher|Stevens|Jenkins|Murray|Dixon|Harvey|Graham|Pearson|Ahmed|Fletcher|Walsh|
Kaur|Gibson|Howard|Andrews|Stewart|Elliott|Reynolds|Saunders|Payne|Fox|Ford|Pearce|Day|Brooks|West|Lawrence|Cole|Atkinson|
Bradley|Spencer|Gill|Dawson|Ball|Burton|O'Brien|Watts|Rose|Booth|Perry|Ryan|Grant|Wells|Armstrong|Francis|Rees|Hayes|Hart|
Hudson|Newman|Barrett|Webster|Hunter|Gregory|Carr|Lowe|Page|Marsh|Riley|Dunn|Woods|Parsons|Berry|Stone|Reid|Holland|
Hawkins|Harding|Porter|Robertson|Newton|Oliver|Reed|Kennedy|Williamson|Bird|Gardner|Shah|Dean|Lane|Cooke|Bates|Henderson|
Parry|Burgess|Bishop|Walton|Burns|Nicholson|Shepherd|Ross|Cross|Long|Freeman|Warren|Nicholls|Hamilton|Byrne|Sutton|McDonald|
Yates|Hodgson|Robson|Curtis|Hopkins|O'Connor|Harper|Coleman|Watkins|Moss|McCarthy|Chambers|O'Neill|Griffin|Sharp|Hardy|
Wheeler|Potter|Osborne|Johnston|Gordon|Doyle|Wallace|George|Jordan|Hutchinson|Rowe|Burke|May|Pritchard|Gilbert|Willis|
Higgins|Read|Miles|Stevenson|Stephenson|Hammond|Arnold|Buckley|Walters|Hewitt|Barber|Nelson|Slater|Austin|Sullivan|
Whitehead|Mann|Frost|Lambert|Stephens|Blake|Akhtar|Lynch|Goodwin|Barton|Woodward|Thomson|Cunningham|Quinn|Barnett|Baxter|
Bibi|Clayton|Nash|Greenwood|Jennings|Holt|Kemp|Poole|Gallagher|Bond|Stokes|Tucker|Davidson|Fowler|Heath|Norman|Middleton|
Lawson|Banks|French|Stanley|Jarvis|Gibbs|Ferguson|Hayward|Carroll|Douglas|Dickinson|Todd|Barlow|Peters|Lucas|Knowles|
Hartley|Miah|Simmons|Morton|Alexander|Field|Morrison|Norris|Townsend|Preston|Hancock|Thornton|Baldwin|Burrows|Briggs|Storey|
Pike|Howe|Fraser|Macdonald|MacLeod|Mackenzie|Paterson|Sinclair|Rhys|Pugh|Llewellyn|Vaughan|Jenkinson|Ashworth|Brennan"""

UK_GIV_M = """David|John|Paul|James|Mark|Michael|Andrew|Peter|Richard|Robert|Stephen|Christopher|Ian|Simon|Steven|Daniel|
Thomas|Matthew|Gary|Alan|Martin|Neil|Anthony|William|Jonathan|Kevin|Graham|Stuart|Philip|Lee|Jason|Adam|Nicholas|Brian|
Keith|George|Oliver|Harry|Jack|Charlie|Samuel|Benjamin|Joshua|Alexander|Luke|Ryan|Liam|Craig|Darren|Dean|Wayne|Colin|Trevor|
Barry|Nigel|Roger|Gareth|Rhys|Owen|Gavin|Callum|Jamie|Alistair|Malcolm|Duncan|Hamish|Rory|Dylan|Arthur|Freddie|Alfie|Noah|
Leo|Archie|Henry|Oscar|Toby|Edward|Hugh|Rupert|Julian|Giles|Dominic|Tom|Joe|Ben|Sam|Dan|Rob|Mohammed|Imran"""

UK_GIV_F = """Sarah|Susan|Emma|Claire|Helen|Elizabeth|Karen|Julie|Lisa|Nicola|Jennifer|Rachel|Laura|Louise|Margaret|Patricia|
Catherine|Joanne|Deborah|Amanda|Jane|Michelle|Kelly|Rebecca|Victoria|Samantha|Linda|Alison|Gillian|Hannah|Charlotte|Sophie|
Emily|Olivia|Amelia|Jessica|Lucy|Jade|Katie|Gemma|Zoe|Natalie|Kirsty|Fiona|Angela|Janet|Christine|Carol|Anne|Mary|Jacqueline|
Tracey|Dawn|Lynn|Kerry|Stacey|Chloe|Megan|Ellie|Grace|Isla|Ava|Mia|Poppy|Isabella|Freya|Florence|Harriet|Eleanor|Philippa|
Rosalind|Siân|Bethan|Rhiannon|Eilidh|Morag|Shona|Ruth|Caroline|Joanna|Anna|Kate|Jo|Sally|Wendy|Pauline|Maureen|Shirley"""

IE_SUR = """Murphy|Kelly|O'Sullivan|Walsh|Smith|O'Brien|Byrne|Ryan|O'Connor|O'Neill|O'Reilly|Doyle|McCarthy|Gallagher|
O'Doherty|Kennedy|Lynch|Murray|Quinn|Moore|McLoughlin|O'Carroll|Connolly|Daly|O'Connell|Wilson|Dunne|Brennan|Burke|Collins|
Campbell|Clarke|Johnston|Hughes|O'Farrell|Fitzgerald|Brown|Martin|Maguire|Nolan|Flynn|Thompson|O'Callaghan|O'Donnell|Duffy|
O'Mahony|Boyle|Healy|O'Shea|White|Sweeney|Hayes|Kavanagh|Power|McGrath|Moran|Brady|Stewart|Casey|Foley|Fitzpatrick|O'Leary|
McDonnell|MacMahon|Donnelly|Regan|Donovan|Burns|Flanagan|Mullan|Barry|Kane|Robinson|Cunningham|Griffin|Kenny|Sheehan|Ward|
Whelan|Lyons|Reid|Graham|Higgins|Cullen|Keane|King|Maher|McKenna|Bell|Scott|Hogan|O'Keeffe|Magee|McNamara|McDonald|
MacDermott|Moloney|O'Rourke|Buckley|O'Dwyer|Phelan|Farrell|Tierney|Coughlan|Hennessy|Cronin|Carey|Lenihan|Dolan"""

IE_GIV_M = """John|Patrick|Michael|Seán/Sean|Conor|Ciarán/Ciaran|Eoin|Declan|Niall|Cian|Darragh|Oisín/Oisin|Liam|Pádraig/Padraig|
Dermot|Colm|Brendan|Fergal|Aidan|Ronan|Kieran|Cathal|Donal|Thomas|James|David|Paul|Kevin|Brian|Gerard|Martin|Noel|Shane|
Diarmuid|Tadhg|Fionn|Rory|Barry|Enda|Eamon|Finbarr|Tomás/Tomas"""

IE_GIV_F = """Mary|Siobhán/Siobhan|Aoife|Niamh|Ciara|Sinéad/Sinead|Orla|Gráinne/Grainne|Deirdre|Róisín/Roisin|Aisling|Caoimhe|
Sorcha|Clodagh|Eimear|Máire/Maire|Bríd/Brid|Saoirse|Emma|Sarah|Catherine|Margaret|Bridget|Anne|Úna/Una|Nuala|Fiona|Maeve|
Orlaith|Ailbhe|Laura|Rachel|Eileen|Kathleen|Noreen|Sheila"""

DE_SUR = """Müller/Mueller|Schmidt|Schneider|Fischer|Weber|Meyer|Wagner|Becker|Schulz|Hoffmann|Schäfer/Schaefer|Koch|Bauer|
Richter|Klein|Wolf|Schröder/Schroeder|Neumann|Schwarz|Zimmermann|Braun|Krüger/Krueger|Hofmann|Hartmann|Lange|Schmitt|Werner|
Schmitz|Krause|Meier|Lehmann|Schmid|Schulze|Maier|Köhler/Koehler|Herrmann|König/Koenig|Walter|Mayer|Huber|Kaiser|Fuchs|Peters|
Lang|Scholz|Möller/Moeller|Weiß/Weiss|Jung|Hahn|Schubert|Vogel|Friedrich|Keller|Günther/Guenther|Frank|Berger|Winkler|Roth|
Beck|Lorenz|Baumann|Franke|Albrecht|Schuster|Simon|Ludwig|Böhm/Boehm|Winter|Kraus|Martin|Schumacher|Krämer/Kraemer|Vogt|
Stein|Jäger/Jaeger|Otto|Sommer|Groß/Gross|Seidel|Heinrich|Brandt|Haas|Schreiber|Graf|Schulte|Dietrich|Ziegler|Kuhn|Kühn/Kuehn|
Pohl|Engel|Horn|Busch|Bergmann|Thomas|Voigt|Sauer|Arnold|Wolff|Pfeiffer|Ernst|Lindner|Hübner/Huebner|Kramer|Jansen|Franz|
Peter|Hammer|Götz/Goetz|Pfeifer|Paul|Hesse|Wendt|Schenk|Dittrich|Thiel|Wolter|Brinkmann|Reuter|Ulrich|Kuhlmann|Heinz"""

DE_PARTICLE_SUR = """von Berg|von Hagen|von der Linde|von Stein|von Arnim|von Bülow/von Buelow|von der Heide|zu Dohna|von Weizsäcker/von Weizsaecker|
von Eichendorff|von der Leyen|von Brandt|van Beethoven|von Falkenhausen|von Moltke|von Trotha"""

DE_GIV_M = """Thomas|Michael|Andreas|Stefan|Peter|Christian|Frank|Markus|Klaus|Jürgen/Juergen|Wolfgang|Uwe|Matthias|Martin|
Alexander|Tobias|Daniel|Sebastian|Jan|Florian|Lukas|Jonas|Felix|Maximilian|Paul|Hans|Karl|Dieter|Günter/Guenter|Horst|Werner|
Ralf|Jörg/Joerg|Holger|Dirk|Sven|Torsten|Heinz|Manfred|Bernd|Helmut|Gerhard|Rainer|Volker|Rolf|Norbert|Ulrich|Kai|Timo|Moritz|
Leon|Finn|Niklas|Philipp|Benjamin|Hans-Peter|Karl-Heinz|Hans-Jürgen/Hans-Juergen|Klaus-Dieter|Hans-Joachim|Franz-Josef"""

DE_GIV_F = """Sabine|Petra|Monika|Andrea|Susanne|Claudia|Birgit|Stefanie|Katrin|Julia|Anna|Laura|Lena|Sarah|Lisa|Maria|Ursula|
Gabriele|Karin|Renate|Heike|Nicole|Anja|Christina|Silke|Melanie|Sandra|Ute|Brigitte|Ingrid|Hannah|Lea|Sophie|Marie|Katharina|
Elke|Martina|Kerstin|Tanja|Jutta|Angelika|Bettina|Doris|Franziska|Johanna|Miriam|Anna-Lena|Eva-Maria|Marie-Luise|Ann-Kathrin"""

FR_SUR = """Martin|Bernard|Thomas|Petit|Robert|Richard|Durand|Dubois|Moreau|Laurent|Simon|Michel|Lefebvre|Leroy|Roux|David|
Bertrand|Morel|Fournier|Girard|Bonnet|Dupont|Lambert|Fontaine|Rousseau|Vincent|Muller|Lefèvre/Lefevre|Faure|André/Andre|Mercier|
Blanc|Guérin/Guerin|Boyer|Garnier|Chevalier|François/Francois|Legrand|Gauthier|Garcia|Perrin|Robin|Clément/Clement|Morin|Nicolas|
Henry|Roussel|Mathieu|Gautier|Masson|Marchand|Duval|Denis|Dumont|Marie|Lemaire|Noël/Noel|Meyer|Dufour|Meunier|Brun|Blanchard|
Giraud|Joly|Rivière/Riviere|Lucas|Brunet|Gaillard|Barbier|Arnaud|Martinez|Gérard/Gerard|Roche|Renard|Schmitt|Roy|Leroux|Colin|
Vidal|Caron|Picard|Roger|Fabre|Aubert|Lemoine|Renaud|Dumas|Lacroix|Olivier|Philippe|Bourgeois|Pierre|Benoît/Benoit|Rey|
Leclerc|Payet|Rolland|Leclercq|Guillaume|Lecomte|Lopez|Jean|Dupuy|Guillot|Hubert|Berger|Carpentier|Sanchez|Dupuis|Moulin|
Louis|Deschamps|Huet|Vasseur|Perez|Boucher|Fleury|Royer|Klein|Jacquet|Adam|Paris|Poirier|Marty|Aubry|Guyot|Carré/Carre|
Charles|Renault|Charpentier|Ménard/Menard|Maillard|Baron|Bertin|Bailly|Hervé/Herve|Schneider|Fernandez|Le Gall|Collet|
Léger/Leger|Bouvier|Julien|Prévost/Prevost|Millet|Perrot|Daniel|Le Roux|Cousin|Germain|Breton|Besson|Langlois|Rémy/Remy|
Le Goff|Pelletier|Lévêque/Leveque|Perrier|Leblanc|Barré/Barre|Lebrun|Marchal|Weber|Mallet|Hamon|Boulanger|Jacob|Monnier|
Michaud|Rodriguez|Guichard|Gillet|Étienne/Etienne|Tessier|Chauvin|Da Silva|Bouchet|Lemaître/Lemaitre|Humbert|Reynaud|
Antoine|Perret|Barthélemy/Barthelemy|Cordier|Pichon|Lejeune|Gilbert|Lamy|Delaunay|Pasquier|Carlier|Laporte|de La Tour|Du Pont|
de Villiers|Le Floch|Kerbrat"""

FR_GIV_M = """Jean|Pierre|Michel|Philippe|Alain|Nicolas|Christophe|Patrick|Daniel|Bernard|Christian|Éric/Eric|Frédéric/Frederic|
Laurent|Stéphane/Stephane|David|Olivier|Pascal|Thierry|Sébastien/Sebastien|Julien|Thomas|Alexandre|Antoine|François/Francois|
Jacques|Guillaume|Maxime|Hugo|Lucas|Louis|Mathieu|Vincent|Romain|Gérard/Gerard|Didier|Serge|Bruno|Yves|Dominique|Gilles|
Jean-Pierre|Jean-Claude|Jean-Luc|Jean-François/Jean-Francois|Jean-Marc|Jean-Michel|Pierre-Yves|Jean-Paul|Jean-Louis|Léo/Leo|
Gabriel|Raphaël/Raphael|Arthur|Jules|Paul|Adrien|Benoît/Benoit|Cédric/Cedric|Fabrice|Franck|Hervé/Herve|Loïc/Loic|Yann"""

FR_GIV_F = """Marie|Nathalie|Isabelle|Sylvie|Catherine|Françoise/Francoise|Martine|Christine|Monique|Valérie/Valerie|Sandrine|
Sophie|Céline/Celine|Stéphanie/Stephanie|Véronique/Veronique|Chantal|Nicole|Julie|Aurélie/Aurelie|Camille|Léa/Lea|Manon|
Chloé/Chloe|Emma|Laura|Marine|Anne|Hélène/Helene|Claire|Caroline|Brigitte|Patricia|Florence|Émilie/Emilie|Audrey|Élodie/Elodie|
Pauline|Mathilde|Charlotte|Juliette|Inès/Ines|Jade|Louise|Marie-Claire|Marie-Christine|Anne-Sophie|Marie-Pierre|Marie-Thérèse/Marie-Therese|
Anne-Marie|Danielle|Josiane|Geneviève/Genevieve|Agnès/Agnes|Béatrice/Beatrice|Corinne|Delphine|Virginie|Karine"""

ES_SUR = """García/Garcia|Rodríguez/Rodriguez|González/Gonzalez|Fernández/Fernandez|López/Lopez|Martínez/Martinez|Sánchez/Sanchez|
Pérez/Perez|Gómez/Gomez|Martín/Martin|Jiménez/Jimenez|Ruiz|Hernández/Hernandez|Díaz/Diaz|Moreno|Muñoz/Munoz|Álvarez/Alvarez|
Romero|Alonso|Gutiérrez/Gutierrez|Navarro|Torres|Domínguez/Dominguez|Vázquez/Vazquez|Ramos|Gil|Ramírez/Ramirez|Serrano|
Blanco|Molina|Morales|Suárez/Suarez|Ortega|Delgado|Castro|Ortiz|Rubio|Marín/Marin|Sanz|Núñez/Nunez|Iglesias|Medina|
Garrido|Cortés/Cortes|Castillo|Santos|Lozano|Guerrero|Cano|Prieto|Méndez/Mendez|Cruz|Calvo|Gallego|Herrera|Márquez/Marquez|
León/Leon|Peña/Pena|Flores|Cabrera|Campos|Vega|Fuentes|Carrasco|Díez/Diez|Reyes|Caballero|Nieto|Aguilar|Pascual|Santana|
Herrero|Montero|Lorenzo|Hidalgo|Giménez/Gimenez|Ibáñez/Ibanez|Ferrer|Durán/Duran|Santiago|Benítez/Benitez|Vargas|Mora|
Vicente|Arias|Carmona|Crespo|Román/Roman|Pastor|Soto|Sáez/Saez|Velasco|Moya|Soler|Parra|Esteban|Bravo|Gallardo|Rojas|
de la Fuente|del Río/del Rio|de la Cruz|de Castro|Puig|Vidal|Sala|Roca|Ferrández/Ferrandez|Echeverría/Echeverria|Etxeberria|
Aguirre|Goikoetxea|Urrutia"""

ES_GIV_M = """Antonio|José/Jose|Manuel|Francisco|David|Juan|José Antonio/Jose Antonio|Javier|Daniel|José Luis/Jose Luis|
Francisco Javier|Carlos|Jesús/Jesus|Alejandro|Miguel|José Manuel/Jose Manuel|Rafael|Miguel Ángel/Miguel Angel|Pedro|Pablo|
Ángel/Angel|Sergio|Fernando|Jorge|Luis|Alberto|Juan Carlos|Álvaro/Alvaro|Adrián/Adrian|Diego|Raúl/Raul|Enrique|Ramón/Ramon|
Vicente|Iván/Ivan|Rubén/Ruben|Óscar/Oscar|Andrés/Andres|Joaquín/Joaquin|Santiago|Hugo|Mario|Marcos|Jordi|Xavier|Iñaki/Inaki|
Juan José/Juan Jose|Juan Antonio|José María/Jose Maria|Ignacio|Gonzalo|Emilio|Salvador|Agustín/Agustin"""

ES_GIV_F = """María Carmen/Maria Carmen|María/Maria|Carmen|Ana María/Ana Maria|Laura|María Pilar/Maria Pilar|Josefa|Isabel|
María Dolores/Maria Dolores|Ana|Cristina|Marta|Lucía/Lucia|Francisca|María Isabel/Maria Isabel|María José/Maria Jose|Antonia|
Dolores|Sara|Paula|Elena|María Teresa/Maria Teresa|Raquel|Rosa María/Rosa Maria|Pilar|Concepción/Concepcion|Manuela|
Mercedes|Beatriz|Nuria|Silvia|Julia|Irene|Patricia|Montserrat|Rosa|Rocío/Rocio|Alba|Andrea|María del Carmen/Maria del Carmen|
María de los Ángeles/Maria de los Angeles|Inmaculada|Encarnación/Encarnacion|Teresa|Sonia|Eva|Noelia|Lorena|Nerea|Ainhoa|Marina"""

MX_SUR = """Hernández/Hernandez|García/Garcia|Martínez/Martinez|López/Lopez|González/Gonzalez|Pérez/Perez|Rodríguez/Rodriguez|
Sánchez/Sanchez|Ramírez/Ramirez|Cruz|Flores|Gómez/Gomez|Morales|Vázquez/Vazquez|Reyes|Jiménez/Jimenez|Torres|Díaz/Diaz|
Gutiérrez/Gutierrez|Ruiz|Mendoza|Aguilar|Ortiz|Moreno|Castillo|Romero|Álvarez/Alvarez|Méndez/Mendez|Chávez/Chavez|Rivera|
Juárez/Juarez|Ramos|Domínguez/Dominguez|Herrera|Medina|Castro|Vargas|Guzmán/Guzman|Velázquez/Velazquez|Muñoz/Munoz|Rojas|
Contreras|Salazar|Luna|Ortega|Santiago|Guerrero|Bautista|Estrada|Cortés/Cortes|Soto|Alvarado|Espinoza|Lara|Ávila/Avila|
Ríos/Rios|Cervantes|Silva|Delgado|Vega|Márquez/Marquez|Sandoval|Carrillo|León/Leon|Mejía/Mejia|Solís/Solis|Navarro|Rosas|
Valdez|Núñez/Nunez|Campos|Santos|Camacho|Peña/Pena|Maldonado|Rosales|Acosta|Molina|Pacheco|Trejo|Zamora|Garza|Villarreal|
Treviño/Trevino|Cárdenas/Cardenas|Ibarra|Zúñiga/Zuniga|Cabrera|Salinas|Fuentes|Ochoa|Aguirre|Escobar|Olvera|Galván/Galvan"""

MX_GIV_M = """José/Jose|Juan|Luis|Carlos|Jorge|Miguel|Francisco|Jesús/Jesus|Alejandro|José Luis/Jose Luis|Juan Carlos|Roberto|
Fernando|Ricardo|Eduardo|Javier|Sergio|Arturo|Raúl/Raul|Manuel|Héctor/Hector|Martín/Martin|Óscar/Oscar|Alberto|Daniel|Enrique|
Pedro|Antonio|Rafael|Gerardo|Víctor/Victor|Jaime|Mario|Ramón/Ramon|Rubén/Ruben|Alfredo|Salvador|Armando|Gustavo|Hugo|Pablo|
Marco Antonio|Juan Manuel|Luis Alberto|José Antonio/Jose Antonio|Jesús Manuel/Jesus Manuel|Emiliano|Santiago|Leonardo|Diego|
Joaquín/Joaquin|Ernesto|Rodrigo|Ignacio|Israel|Abraham"""

MX_GIV_F = """María Guadalupe/Maria Guadalupe|María/Maria|Guadalupe|Juana|Margarita|Verónica/Veronica|Rosa María/Rosa Maria|
Leticia|Patricia|Elizabeth|Alejandra|Gabriela|Adriana|Martha|Claudia|Silvia|Laura|Yolanda|María Elena/Maria Elena|
Ana María/Ana Maria|Teresa|Araceli|Rocío/Rocio|Josefina|Alicia|Maribel|Lorena|Sandra|Mónica/Monica|Diana|Karla|Fernanda|
Ximena|Daniela|Sofía/Sofia|Valeria|Regina|Itzel|Brenda|Erika|Norma|María de Jesús/Maria de Jesus|Blanca Estela|Lucía/Lucia"""

IT_SUR = """Rossi|Russo|Ferrari|Esposito|Bianchi|Romano|Colombo|Ricci|Marino|Greco|Bruno|Gallo|Conti|De Luca|Mancini|Costa|
Giordano|Rizzo|Lombardi|Moretti|Barbieri|Fontana|Santoro|Mariani|Rinaldi|Caruso|Ferrara|Galli|Martini|Leone|Longo|Gentile|
Martinelli|Vitale|Lombardo|Serra|Coppola|De Santis|D'Angelo|Marchetti|Parisi|Villa|Conte|Ferraro|Ferri|Fabbri|Bianco|Marini|
Grasso|Valentini|Messina|Sala|De Angelis|Gatti|Pellegrini|Palumbo|Sanna|Farina|Rizzi|Monti|Cattaneo|Morelli|Amato|Silvestri|
Mazza|Testa|Grassi|Pellegrino|Carbone|Giuliani|Benedetti|Barone|Rossetti|Caputo|Montanari|Guerra|Palmieri|Bernardi|Martino|
Fiore|De Rosa|Ferretti|Bellini|Basile|Riva|Donati|Piras|Vitali|Battaglia|Sartori|Neri|Costantini|Milani|Pagano|Ruggiero|
Sorrentino|D'Amico|Orlando|Negri|Mattei|Fumagalli|Brambilla|Bassi|Colonna|Di Stefano|Lo Russo|La Rosa|Dal Molin|Della Valle|
Dell'Acqua|Di Pietro|Esposti|Zanetti|Zanella|Tedesco|Marras"""

IT_GIV_M = """Giuseppe|Giovanni|Antonio|Mario|Luigi|Francesco|Angelo|Vincenzo|Pietro|Salvatore|Carlo|Franco|Domenico|Bruno|
Paolo|Michele|Giorgio|Aldo|Sergio|Luciano|Marco|Andrea|Alessandro|Luca|Matteo|Lorenzo|Stefano|Roberto|Massimo|Fabio|Davide|
Simone|Alberto|Claudio|Enrico|Gianluca|Riccardo|Federico|Daniele|Gian Marco|Pier Paolo|Gianluigi|Gian Carlo|Pierluigi|
Leonardo|Tommaso|Edoardo|Nicola|Emanuele|Filippo|Giacomo|Raffaele|Gabriele|Mattia|Cristian|Dario|Maurizio|Renato"""

IT_GIV_F = """Maria|Anna|Giuseppina|Rosa|Angela|Giovanna|Teresa|Lucia|Carmela|Caterina|Francesca|Anna Maria|Antonietta|Carla|
Elena|Concetta|Rita|Margherita|Franca|Paola|Laura|Giulia|Sara|Chiara|Valentina|Alessandra|Federica|Silvia|Elisa|Martina|
Sofia|Aurora|Giorgia|Alice|Roberta|Barbara|Cristina|Monica|Simona|Daniela|Maria Grazia|Maria Teresa|Maria Luisa|Gabriella|
Emanuela|Ilaria|Serena|Beatrice|Ginevra|Marta|Noemi|Stefania|Patrizia|Luisa"""

NL_SUR = """de Jong|Jansen|de Vries|van den Berg|van Dijk|Bakker|Janssen|Visser|Smit|Meijer|de Boer|Mulder|de Groot|Bos|
Vos|Peters|Hendriks|van Leeuwen|Dekker|Brouwer|de Wit|Dijkstra|Smits|de Graaf|van der Meer|van der Linden|Kok|Jacobs|de Haan|
Vermeulen|van den Heuvel|van der Veen|van den Broek|de Bruijn|de Bruin|van der Heijden|Schouten|van Beek|Willems|van Vliet|
van de Ven|Hoekstra|Maas|Verhoeven|Koster|van Dam|van der Wal|Prins|Blom|Huisman|Peeters|de Lange|Kuipers|van Wijk|Post|
Kuiper|Veenstra|Kramer|van den Brink|Scholten|van Wijngaarden|Martens|Vink|Timmermans|Groen|van der Laan|van Rijn|Bosman|
Wouters|Hermans|van Loon|de Ruiter|Mol|van Doorn|Koning|van der Velden|Gerritsen|Bosch|Evers|van Veen|Molenaar|Verbeek|
van Dongen|ter Horst|ten Brink|van 't Hof|Oosterhuis|Jonker|Sanders|Beekman|Nijhuis|Wijnands"""

NL_GIV_M = """Jan|Johannes|Cornelis|Hendrik|Willem|Pieter|Gerrit|Jacobus|Dirk|Adrianus|Maarten|Daan|Sem|Lucas|Bram|Thijs|
Ruben|Jeroen|Bas|Sander|Joost|Niels|Martijn|Wouter|Erik|Mark|Kees|Henk|Wim|Rutger|Stijn|Tim|Koen|Jasper|Frank|Peter|
Arjen|Gijs|Lars|Luuk|Milan|Teun|Joris|Huib|Hans|Rob|Ton|Theo|Ad|Gert-Jan|Jan-Willem|Pieter-Jan"""

NL_GIV_F = """Maria|Johanna|Anna|Cornelia|Wilhelmina|Elisabeth|Anouk|Sanne|Lotte|Femke|Eva|Emma|Sophie|Julia|Lieke|Marieke|
Ingrid|Annemarie|Esther|Linda|Mirjam|Saskia|Inge|Petra|Monique|Yvonne|Marloes|Fleur|Iris|Nienke|Anneke|Hanneke|Willemijn|
Sietske|Tessa|Noor|Mila|Ilse|Karin|Marjolein"""

PL_SUR = """Nowak|Kowalski:Kowalska|Wiśniewski:Wiśniewska/Wisniewski:Wisniewska|Wójcik/Wojcik|Kowalczyk|Kamiński:Kamińska/Kaminski:Kaminska|
Lewandowski:Lewandowska|Zieliński:Zielińska/Zielinski:Zielinska|Szymański:Szymańska/Szymanski:Szymanska|Woźniak/Wozniak|
Dąbrowski:Dąbrowska/Dabrowski:Dabrowska|Kozłowski:Kozłowska/Kozlowski:Kozlowska|Jankowski:Jankowska|Mazur|
Wojciechowski:Wojciechowska|Kwiatkowski:Kwiatkowska|Krawczyk|Kaczmarek|Piotrowski:Piotrowska|Grabowski:Grabowska|
Zając/Zajac|Pawłowski:Pawłowska/Pawlowski:Pawlowska|Michalski:Michalska|Król/Krol|Wieczorek|Jabłoński:Jabłońska/Jablonski:Jablonska|
Wróbel/Wrobel|Nowakowski:Nowakowska|Majewski:Majewska|Olszewski:Olszewska|Stępień/Stepien|Malinowski:Malinowska|
Jaworski:Jaworska|Adamczyk|Dudek|Nowicki:Nowicka|Pawlak|Górski:Górska/Gorski:Gorska|Witkowski:Witkowska|Walczak|Sikora|Baran|
Rutkowski:Rutkowska|Michalak|Szewczyk|Ostrowski:Ostrowska|Tomaszewski:Tomaszewska|Pietrzak|Zalewski:Zalewska|
Wróblewski:Wróblewska/Wroblewski:Wroblewska|Marciniak|Jasiński:Jasińska/Jasinski:Jasinska|Zawadzki:Zawadzka|Bąk/Bak|Jakubowski:Jakubowska|
Sadowski:Sadowska|Duda|Włodarczyk/Wlodarczyk|Wilk|Chmielewski:Chmielewska|Borkowski:Borkowska|Sokołowski:Sokołowska/Sokolowski:Sokolowska"""

PL_GIV_M = """Piotr|Krzysztof|Andrzej|Tomasz|Paweł/Pawel|Jan|Michał/Michal|Marcin|Jakub|Adam|Łukasz/Lukasz|Marek|Grzegorz|Mateusz|
Wojciech|Mariusz|Dariusz|Zbigniew|Rafał/Rafal|Robert|Kamil|Józef/Jozef|Jacek|Maciej|Sławomir/Slawomir|Jerzy|Ryszard|Kazimierz|
Henryk|Dawid|Stanisław/Stanislaw|Tadeusz|Janusz|Przemysław/Przemyslaw|Bartosz|Szymon|Filip|Artur|Daniel|Sebastian"""

PL_GIV_F = """Anna|Maria|Katarzyna|Małgorzata/Malgorzata|Agnieszka|Barbara|Ewa|Krystyna|Elżbieta/Elzbieta|Magdalena|Joanna|Zofia|
Monika|Teresa|Danuta|Natalia|Aleksandra|Karolina|Marta|Beata|Dorota|Halina|Jadwiga|Janina|Irena|Grażyna/Grazyna|Justyna|Paulina|
Alicja|Iwona|Renata|Jolanta|Urszula|Agata|Julia|Wiktoria|Zuzanna|Weronika"""

SE_SUR = """Andersson|Johansson|Karlsson|Nilsson|Eriksson|Larsson|Olsson|Persson|Svensson|Gustafsson|Pettersson|Jonsson|Jansson|
Hansson|Bengtsson|Jönsson/Jonsson|Lindberg|Jakobsson|Magnusson|Olofsson|Lindström/Lindstrom|Lindqvist|Lindgren|Axelsson|Berg|
Bergström/Bergstrom|Lundberg|Lind|Lundgren|Lundqvist|Mattsson|Berglund|Fredriksson|Sandberg|Henriksson|Forsberg|Sjöberg/Sjoberg|
Wallin|Engström/Engstrom|Eklund|Danielsson|Lundin|Håkansson/Hakansson|Björk/Bjork|Bergman|Gunnarsson|Holm|Wikström/Wikstrom|
Samuelsson|Isaksson|Fransson|Bergqvist|Nyström/Nystrom|Holmberg|Arvidsson|Löfgren/Lofgren|Söderberg/Soderberg|Nyberg|Blomqvist|
Claesson|Nordström/Nordstrom|Mårtensson/Martensson|Lundström/Lundstrom|Viklund|Ström/Strom"""

SE_GIV_M = """Lars|Mikael|Anders|Johan|Erik|Per|Karl|Peter|Jan|Thomas|Hans|Daniel|Fredrik|Stefan|Bengt|Magnus|Mats|Nils|
Björn/Bjorn|Sven|Oskar|Gustav|Axel|Emil|Viktor|Henrik|Jonas|Ulf|Åke/Ake|Göran/Goran|Leif|Olof|Karl-Erik|Per-Olof|Jan-Erik|
Lars-Göran/Lars-Goran|Hugo|William|Elias|Filip"""

SE_GIV_F = """Anna|Eva|Maria|Karin|Kristina|Lena|Sara|Kerstin|Emma|Ingrid|Marie|Malin|Birgitta|Jenny|Annika|Linda|Susanne|
Elin|Monica|Ulla|Johanna|Sofia|Helena|Ida|Hanna|Maja|Elsa|Astrid|Linnéa/Linnea|Frida|Agneta|Margareta|Gunilla|Åsa/Asa|
Anna-Karin|Ann-Sofie|Britt-Marie|Ebba|Alva|Wilma"""

TR_SUR = """Yılmaz/Yilmaz|Kaya|Demir|Şahin/Sahin|Çelik/Celik|Yıldız/Yildiz|Yıldırım/Yildirim|Öztürk/Ozturk|Aydın/Aydin|
Özdemir/Ozdemir|Arslan|Doğan/Dogan|Kılıç/Kilic|Aslan|Çetin/Cetin|Kara|Koç/Koc|Kurt|Özkan/Ozkan|Şimşek/Simsek|Polat|
Özcan/Ozcan|Korkmaz|Çakır/Cakir|Erdoğan/Erdogan|Yavuz|Can|Acar|Şen/Sen|Aktaş/Aktas|Güler/Guler|Yalçın/Yalcin|Güneş/Gunes|
Bozkurt|Bulut|Keskin|Ünal/Unal|Turan|Gül/Gul|Özer/Ozer|Işık/Isik|Kaplan|Avcı/Avci|Sarı/Sari|Tekin|Taş/Tas|Yüksel/Yuksel|
Ateş/Ates|Aksoy|Çiftçi/Ciftci|Karaca|Tunç/Tunc|Uçar/Ucar|Altun|Kahraman|Oral|Duman|Ekinci|Erdem|Coşkun/Coskun|Kocabaş/Kocabas|
Karakaya|Akın/Akin|Başaran/Basaran|Tuna|Güven/Guven|Sönmez/Sonmez|Çınar/Cinar"""

TR_GIV_M = """Mehmet|Mustafa|Ahmet|Ali|Hüseyin/Huseyin|Hasan|İbrahim/Ibrahim|İsmail/Ismail|Osman|Yusuf|Murat|Ömer/Omer|Ramazan|
Halil|Süleyman/Suleyman|Abdullah|Mahmut|Recep|Salih|Fatih|Kemal|Emre|Burak|Serkan|Hakan|Cem|Eren|Yasin|Kadir|Orhan|Selim|
Volkan|Onur|Tolga|Barış/Baris|Mehmet Ali|Ahmet Can|Ali Rıza/Ali Riza|Muhammed|Enes|Furkan|Emir|Berk|Uğur/Ugur|Sinan|Levent|
Erkan|Gökhan/Gokhan|Tuncay|Cengiz"""

TR_GIV_F = """Fatma|Ayşe/Ayse|Emine|Hatice|Zeynep|Elif|Meryem|Şerife/Serife|Zehra|Sultan|Hanife|Merve|Özlem/Ozlem|Esra|Büşra/Busra|
Songül/Songul|Hülya/Hulya|Derya|Aylin|Ebru|Gül/Gul|Leyla|Selin|Deniz|Ceren|Gamze|Tuğba/Tugba|Yasemin|Sevgi|Filiz|Nur|Dilek|
Gülsüm/Gulsum|Melek|Pınar/Pinar|Duygu|Ecrin|Defne|Asya|Nisa"""

NG_SUR = """Adeyemi|Okafor|Ibrahim|Musa|Abubakar|Mohammed|Bello|Okonkwo|Eze|Nwosu|Okeke|Adebayo|Ogunleye|Olawale|Afolabi|
Akinwale|Balogun|Ajayi|Nwachukwu|Chukwu|Obi|Yusuf|Sani|Usman|Aliyu|Garba|Lawal|Suleiman|Abdullahi|Umar|Ogunbiyi|Adewale|
Oladipo|Onyekachi|Nnaji|Uche|Ekwueme|Obiora|Anyanwu|Oyelaran|Babatunde|Adeleke|Olaniyan|Fashola|Ogundipe|Eniola|Akande|
Danjuma|Bassey|Effiong|Etim|Okon|Udoh|Edet|Ekpo|Ikechukwu|Nnamdi|Ugwu|Onuoha|Ogbonna|Emenike|Iwu|Danladi|Haruna|Idris"""

NG_GIV_M = """Emmanuel|Samuel|Ibrahim|Chinedu|Chukwuemeka|Emeka|Oluwaseun|Olumide|Babatunde|Tunde|Segun|Femi|Kehinde|
Taiwo|Musa|Abdullahi|Godwin|Daniel|Joseph|Michael|David|John|Peter|Ikenna|Uchenna|Obinna|Nnamdi|Chidi|Adebola|Ayodele|Kunle|
Yusuf|Aliyu|Bashir|Sani|Usman|Abubakar|Kelechi|Tochukwu|Oluwafemi|Adewale|Gbenga|Sunday|Friday|Monday|Victor|Innocent"""

NG_GIV_F = """Ngozi|Chioma|Adaeze|Funmilayo|Folake|Yetunde|Blessing|Peace|Precious|Aisha|Hauwa|Zainab|Fatima|Amina|Grace|
Mary|Esther|Joy|Comfort|Patience|Chiamaka|Nneka|Ifeoma|Uchechi|Oluwakemi|Bukola|Titilayo|Abimbola|Temitope|Adaobi|Ebere|
Halima|Hadiza|Maryam|Rukayat|Funke|Bisi|Nkechi|Favour|Gift"""

ID_SUR = """Santoso|Wijaya|Gunawan|Kurniawan|Hidayat|Setiawan|Saputra|Pratama|Nugroho|Susanto|Hartono|Halim|Tanoto|
Siregar|Nasution|Simanjuntak|Harahap|Lubis|Sinaga|Hutapea|Situmorang|Pane|Tambunan|Purnomo|Wibowo|Suryadi|Sutanto|Hakim|
Rahman|Firmansyah|Ramadhan|Syahputra|Permana|Utomo|Prasetyo|Wahyudi|Hermawan|Suharto|Kusuma|Salim|Lim|Tan|Sihombing|
Manurung|Pardede|Panjaitan|Sitompul|Matondang|Daulay|Rangkuti"""

ID_GIV_M = """Budi|Agus|Ahmad|Muhammad|Hadi|Bambang|Rudi|Eko|Wahyu|Andi|Dedi|Yusuf|Joko|Slamet|Hendra|Irwan|Dwi|Arif|
Rizki|Fajar|Dimas|Reza|Adi|Teguh|Yudi|Heru|Dani|Ikhsan|Aditya|Bayu|Rahmat|Sugeng|Sutrisno|Sugiarto|Suyanto|Purwanto|
Haryanto|Hendro|Darmawan|Iwan"""

ID_GIV_F = """Siti|Sri|Dewi|Rina|Fitri|Nur|Indah|Putri|Wulan|Ayu|Ratna|Lestari|Yuni|Dian|Ani|Rini|Eka|Maya|Novi|Wati|
Kartika|Intan|Mega|Nurul|Rahmawati|Susilawati|Handayani|Kurniasih|Purnamasari|Anggraini"""

VN_SUR = """Nguyễn/Nguyen*38|Trần/Tran*11|Lê/Le*9.5|Phạm/Pham*7.1|Hoàng/Hoang*3.5|Huỳnh/Huynh*2|Phan/Phan*4.5|Vũ/Vu*2.5|
Võ/Vo*1.5|Đặng/Dang*2.1|Bùi/Bui*2|Đỗ/Do*1.4|Hồ/Ho*1.3|Ngô/Ngo*1.3|Dương/Duong*1|Lý/Ly*0.5|Đinh/Dinh*0.6|Trương/Truong*0.6|
Lương/Luong*0.4|Mai/Mai*0.4|Cao/Cao*0.3|Tạ/Ta*0.3|Đoàn/Doan*0.3|Lâm/Lam*0.3|Trịnh/Trinh*0.3|Châu/Chau*0.2|Tô/To*0.2|Vương/Vuong*0.2"""

VN_MID_M = "Văn/Van*6|Đức/Duc*2|Minh/Minh*2|Hữu/Huu*1.5|Quốc/Quoc*1.2|Thanh/Thanh*1|Xuân/Xuan*0.8|Công/Cong*0.8|Ngọc/Ngoc*0.6|Trọng/Trong*0.6|Anh/Anh*0.5|Thế/The*0.5|Tuấn/Tuan*0.3"
VN_MID_F = "Thị/Thi*8|Ngọc/Ngoc*1.5|Thanh/Thanh*1|Thu/Thu*1|Minh/Minh*0.6|Kim/Kim*0.6|Hồng/Hong*0.6|Phương/Phuong*0.5|Bích/Bich*0.4|Mai/Mai*0.4|Hoài/Hoai*0.3"
VN_GIV_M = """Hùng/Hung|Dũng/Dung|Tuấn/Tuan|Hải/Hai|Nam/Nam|Long/Long|Minh/Minh|Thắng/Thang|Cường/Cuong|Quang/Quang|Sơn/Son|
Hoàng/Hoang|Trung/Trung|Phong/Phong|Huy/Huy|Khánh/Khanh|Tâm/Tam|Thành/Thanh|Đức/Duc|Bình/Binh|Hiếu/Hieu|Tùng/Tung|Vinh/Vinh|
Hòa/Hoa|Phúc/Phuc|Tài/Tai|Toàn/Toan|Việt/Viet|Khoa/Khoa|Đạt/Dat|Thịnh/Thinh|Kiên/Kien|Lâm/Lam|An/An|Bảo/Bao"""
VN_GIV_F = """Lan/Lan|Hương/Huong|Hà/Ha|Linh/Linh|Mai/Mai|Thảo/Thao|Trang/Trang|Nga/Nga|Hoa/Hoa|Phương/Phuong|Thu/Thu|Yến/Yen|
Ngọc/Ngoc|Anh/Anh|Vy/Vy|Hạnh/Hanh|Dung/Dung|Hằng/Hang|Nhung/Nhung|Loan/Loan|Thủy/Thuy|Vân/Van|Tuyết/Tuyet|Quỳnh/Quynh|Nhi/Nhi|
Châu/Chau|Oanh/Oanh|Diệp/Diep|Giang/Giang|Hiền/Hien"""

# South Indian (Latin only, initial-first style "K. Ramesh") and North Indian Latin forms use pools_native.IN_*
IN_SOUTH_GIV_M = """Ramesh|Suresh|Venkatesh|Srinivasan|Krishnan|Murugan|Senthil|Karthik|Arun|Prakash|Ganesh|Rajesh|Kumar|
Balaji|Saravanan|Vignesh|Manoj|Anand|Raghavan|Natarajan|Selvam|Subramanian|Ravi|Gopal|Sridhar|Mohan|Shankar|Vijay|Sathish|Dinesh"""
IN_SOUTH_GIV_F = """Lakshmi|Priya|Divya|Kavitha|Revathi|Meena|Sangeetha|Deepa|Anitha|Saranya|Gayathri|Bhavani|Vidya|Shanthi|
Radha|Padma|Uma|Sudha|Malathi|Jayanthi"""
IN_SOUTH_SUR = """Iyer|Nair|Menon|Pillai|Reddy|Rao|Naidu|Krishnamurthy|Subramaniam|Ramachandran|Venkataraman|Raghunathan|
Gopalakrishnan|Balasubramanian|Narayanan|Chandrasekhar|Rajagopal|Swaminathan|Hegde|Shetty|Kamath|Pai|Prabhu|Gowda|Achar"""

SG_SUR = """Tan|Lim|Lee|Ng|Ong|Wong|Goh|Chua|Chan|Koh|Teo|Ang|Yeo|Tay|Ho|Low|Toh|Sim|Chong|Chia|Seah|Foo|Leong|Tng|Phua|
Quek|Kwek|Heng|Lau|Soh|Liew|Loh|Ooi|Khoo|Yap|Teh|Choo|Pang|Neo|Lai"""
SG_GIV = """Ah Kow|Boon Heng|Wei Ling|Kok Leong|Siew Ling|Boon Kiat|Kok Wah|Chee Keong|Wee Liang|Siew Hoon|Hui Min|Mei Ling|
Li Ting|Jun Jie|Wei Jie|Zhi Hao|Kian Seng|Eng Hock|Beng Huat|Soon Huat|Chin Seng|Swee Lan|Bee Leng|Geok Hua|Poh Choo|
Kim Huat|Teck Meng|Yong Sheng|Xin Yi|Jia Hui|Shu Fen|Pei Shan|Jia Min|Wei Ming|Yi Ling|Chee Wai|Kah Wai|Sook Ching"""
SG_ENG = """Jonathan|Kelvin|Alvin|Desmond|Raymond|Vincent|Jason|Eric|Benjamin|Daniel|Jeremy|Marcus|Darren|Terence|Melvin|
Michelle|Jasmine|Rachel|Cheryl|Vanessa|Grace|Joanne|Evelyn|Serene|Priscilla|Irene|Alicia|Jacqueline|Felicia|Winnie"""
