"""Hand-written name pools for heldout-13's hard negatives.

Written fresh for this set. Each pool is a list ordered roughly by real-world frequency (most common first);
the generator samples with Zipf-like weights on that order. An entry "native|Latin1/Latin2" gives a
native-script form and one or more romanisations (the first is the most usual); an entry without "|" is
Latin only (or "Łukasz|Lukasz" = diacritic form | plain ASCII form).
"""

def P(s):
    """split a pool string into entries"""
    return [x.strip() for x in s.replace("\n", ";").split(";") if x.strip()]

# ---------------------------------------------------------------- Latin-script cultures
EN_M = P("James;John;Robert;Michael;William;David;Richard;Joseph;Thomas;Christopher;Charles;Daniel;Matthew;Anthony;Mark;"
         "Paul;Steven;Andrew;Kenneth;Joshua;Kevin;Brian;George;Timothy;Ronald;Edward;Jason;Jeffrey;Ryan;Gary;Nicholas;"
         "Eric;Stephen;Jonathan;Larry;Justin;Scott;Brandon;Benjamin;Samuel;Gregory;Alexander;Patrick;Frank;Raymond;Jack;"
         "Dennis;Jerry;Tyler;Aaron;Henry;Douglas;Peter;Adam;Nathan;Zachary;Walter;Kyle;Harold;Carl;Jeremy;Gerald;Keith;"
         "Roger;Arthur;Terry;Lawrence;Sean;Christian;Ethan;Austin;Joe;Albert;Jesse;Willie;Billy;Bryan;Bruce;Noah;Jordan;"
         "Dylan;Ralph;Roy;Alan;Wayne;Eugene;Juan;Gabriel;Louis;Russell;Randy;Vincent;Philip;Logan;Bobby;Harry;Johnny;"
         "Oliver;Alfie;Callum;Rhys;Declan;Hamish;Nigel;Clive;Graham;Trevor;Gareth;Owen;Ewan;Fergus;Rupert;Giles;Alistair")
EN_F = P("Mary;Patricia;Jennifer;Linda;Elizabeth;Barbara;Susan;Jessica;Sarah;Karen;Lisa;Nancy;Betty;Margaret;Sandra;Ashley;"
         "Kimberly;Emily;Donna;Michelle;Carol;Amanda;Dorothy;Melissa;Deborah;Stephanie;Rebecca;Sharon;Laura;Cynthia;"
         "Kathleen;Amy;Angela;Shirley;Anna;Brenda;Pamela;Emma;Nicole;Helen;Samantha;Katherine;Christine;Debra;Rachel;"
         "Carolyn;Janet;Catherine;Maria;Heather;Diane;Ruth;Julie;Olivia;Joyce;Virginia;Victoria;Kelly;Lauren;Christina;"
         "Joan;Evelyn;Judith;Megan;Andrea;Cheryl;Hannah;Jacqueline;Martha;Gloria;Teresa;Ann;Sara;Madison;Frances;Kathryn;"
         "Janice;Jean;Abigail;Alice;Judy;Sophia;Grace;Denise;Amber;Doris;Marilyn;Danielle;Beverly;Isabella;Theresa;Diana;"
         "Natalie;Brittany;Charlotte;Marie;Kayla;Alexis;Lori;Siobhan;Fiona;Gemma;Imogen;Harriet;Bethan;Niamh;Kirsty;Eilidh")
EN_FAM = P("Smith;Johnson;Williams;Brown;Jones;Miller;Davis;Wilson;Anderson;Taylor;Thomas;Moore;Martin;Jackson;Thompson;"
           "White;Harris;Clark;Lewis;Robinson;Walker;Young;Allen;King;Wright;Scott;Hill;Green;Adams;Baker;Nelson;Carter;"
           "Mitchell;Roberts;Turner;Phillips;Campbell;Parker;Evans;Edwards;Collins;Stewart;Morris;Murphy;Cook;Rogers;"
           "Morgan;Cooper;Peterson;Reed;Bailey;Bell;Kelly;Howard;Ward;Cox;Richardson;Wood;Watson;Brooks;Bennett;Gray;"
           "James;Hughes;Price;Sanders;Myers;Long;Ross;Foster;Powell;Jenkins;Perry;Russell;Sullivan;Fisher;Henderson;"
           "Coleman;Simmons;Patterson;Jordan;Reynolds;Hamilton;Graham;Wallace;Cole;West;Stone;Hayes;Gibson;Ellis;Marshall;"
           "Owens;Harrison;Fletcher;Whitfield;Pemberton;Ashworth;Blackwood;Crawley;Dunmore;Featherstone;Hargreaves;"
           "Kettering;Langley;Marlowe;Northcott;Oakley;Prescott;Radcliffe;Sherwood;Thornton;Underhill;Wainwright;Yardley;"
           "Buckley;Lockhart;McKenzie;MacLeod;O'Brien;O'Connor;Fitzgerald;Gallagher;Doyle;Byrne;Quinn;Lynch;Llewellyn;Pritchard")
FR_M = P("Jean;Pierre;Michel;André;Philippe;Alain;Nicolas;Christophe;Patrick;Daniel;Bernard;Frédéric|Frederic;Laurent;Éric|Eric;"
         "Stéphane|Stephane;David;Thierry;Julien;Olivier;Sébastien|Sebastien;Pascal;Claude;Jacques;Gérard|Gerard;Vincent;"
         "François|Francois;Thomas;Mathieu;Guillaume;Antoine;Hugo;Lucas;Louis;Gabriel;Arthur;Raphaël|Raphael;Théo|Theo;"
         "Jean-Marc;Jean-Luc;Jean-Paul;Jean-Pierre;Yves;Hervé|Herve;Didier;Lionel;Benoît|Benoit;Rémi|Remi;Maxime")
FR_F = P("Marie;Nathalie;Isabelle;Sylvie;Catherine;Françoise|Francoise;Christine;Sandrine;Valérie|Valerie;Véronique|Veronique;"
         "Sophie;Céline|Celine;Stéphanie|Stephanie;Aurélie|Aurelie;Julie;Camille;Léa|Lea;Manon;Chloé|Chloe;Emma;Jade;Louise;"
         "Inès|Ines;Hélène|Helene;Anne;Monique;Brigitte;Martine;Dominique;Élodie|Elodie;Marion;Laetitia;Mathilde;Juliette;"
         "Marie-Claire;Anne-Sophie;Margaux;Agathe;Clémence|Clemence;Solène|Solene")
FR_FAM = P("Martin;Bernard;Dubois;Thomas;Robert;Richard;Petit;Durand;Leroy;Moreau;Simon;Laurent;Lefebvre;Michel;Garcia;"
           "David;Bertrand;Roux;Vincent;Fournier;Morel;Girard;André|Andre;Lefèvre|Lefevre;Mercier;Dupont;Lambert;Bonnet;"
           "François|Francois;Martinez;Legrand;Garnier;Faure;Rousseau;Blanc;Guérin|Guerin;Muller;Henry;Roussel;Nicolas;"
           "Perrin;Morin;Mathieu;Clément|Clement;Gauthier;Dumont;Lopez;Fontaine;Chevalier;Robin;Masson;Sanchez;Gérard|Gerard;"
           "Nguyen;Boyer;Denis;Lemaire;Duval;Joly;Gautier;Roger;Roche;Roy;Noël|Noel;Meyer;Lucas;Meunier;Jean;Perez;Marchand;"
           "Dufour;Blanchard;Marie;Barbier;Brun;Dumas;Brunet;Schmitt;Leroux;Colin;Fernandez;Pierre;Renard;Arnaud;Rolland;"
           "Caron;Aubert;Giraud;Leclerc;Vidal;Bourgeois;Renaud;Lemoine;Picard;Gaillard;Philippe;Lacroix;Dupuis;Olivier;"
           "Delacroix;Beaumont;Château|Chateau;Desrosiers;Lévesque|Levesque;Villeneuve")
DE_M = P("Peter;Michael;Thomas;Andreas;Wolfgang;Klaus;Jürgen|Juergen;Stefan;Christian;Uwe;Werner;Frank;Hans;Bernd;Markus;"
         "Matthias;Tobias;Jan;Alexander;Sebastian;Martin;Dirk;Ralf;Sven;Torsten;Jörg|Joerg;Karl-Heinz;Heinz;Helmut;Dieter;"
         "Manfred;Gerhard;Horst;Rainer;Lukas;Leon;Finn;Jonas;Felix;Maximilian;Paul;Niklas;Florian;Moritz;Johannes;Björn|Bjoern")
DE_F = P("Sabine;Petra;Claudia;Susanne;Andrea;Birgit;Stefanie;Nicole;Katrin;Monika;Ursula;Renate;Gabriele;Karin;Heike;Anja;"
         "Julia;Lena;Anna;Laura;Lea;Sarah;Hannah;Sophie;Marie;Katharina;Christina;Jana;Franziska;Johanna;Ingrid;Helga;Jutta;"
         "Silke;Doris;Brigitte;Annegret;Hildegard;Sigrid;Dörte|Doerte")
DE_FAM = P("Müller|Mueller;Schmidt;Schneider;Fischer;Weber;Meyer;Wagner;Becker;Schulz;Hoffmann;Schäfer|Schaefer;Koch;Bauer;"
           "Richter;Klein;Wolf;Schröder|Schroeder;Neumann;Schwarz;Zimmermann;Braun;Krüger|Krueger;Hofmann;Hartmann;Lange;"
           "Schmitt;Werner;Schmitz;Krause;Meier;Lehmann;Schmid;Schulze;Maier;Köhler|Koehler;Herrmann;König|Koenig;Walter;"
           "Mayer;Huber;Kaiser;Fuchs;Peters;Lang;Scholz;Möller|Moeller;Weiß|Weiss;Jung;Hahn;Schubert;Vogel;Friedrich;"
           "Keller;Günther|Guenther;Frank;Berger;Winkler;Roth;Beck;Lorenz;Baumann;Franke;Albrecht;Schuster;Simon;Ludwig;"
           "Böhm|Boehm;Winter;Kraus;Martin;Schumacher;Krämer|Kraemer;Vogt;Stein;Jäger|Jaeger;Otto;Sommer;Groß|Gross;"
           "Seidel;Heinrich;Brandt;Haas;Schreiber;Graf;Dietrich;Ziegler;Kuhn;Kühn|Kuehn;Pohl;Engel;Horn;Busch;Bergmann;"
           "Thomas;Voigt;Sauer;Arnold;Wolff;Pfeiffer;Eichhorn;Brandenburger;Oberländer|Oberlaender;Rautenberg;Wiesner")
ES_M = P("José|Jose;Antonio;Juan;Manuel;Francisco;Luis;Javier;Carlos;Miguel;Jesús|Jesus;Alejandro;Rafael;Pedro;Daniel;"
         "Ángel|Angel;Fernando;Pablo;Jorge;Sergio;Alberto;Diego;Ricardo;Eduardo;Andrés|Andres;Raúl|Raul;Enrique;Ramón|Ramon;"
         "Víctor|Victor;Mario;Roberto;Héctor|Hector;Gustavo;Óscar|Oscar;Rodrigo;Mateo;Santiago;Sebastián|Sebastian;Nicolás|Nicolas;"
         "Juan Carlos;José Luis|Jose Luis;Juan Pablo;Luis Miguel;Ignacio;Gonzalo;Emilio;Guillermo;Arturo;Felipe;Hernán|Hernan")
ES_F = P("María|Maria;Carmen;Ana;Isabel;Laura;Cristina;Marta;Lucía|Lucia;Elena;Patricia;Sara;Paula;Rosa;Pilar;Raquel;Andrea;"
         "Beatriz;Silvia;Julia;Mercedes;Teresa;Alicia;Sofía|Sofia;Valentina;Camila;Daniela;Gabriela;Fernanda;Mariana;Ximena;"
         "María José|Maria Jose;Ana María|Ana Maria;Guadalupe;Verónica|Veronica;Claudia;Adriana;Lorena;Natalia;Paola;Rocío|Rocio")
ES_FAM = P("García|Garcia;Rodríguez|Rodriguez;González|Gonzalez;Fernández|Fernandez;López|Lopez;Martínez|Martinez;"
           "Sánchez|Sanchez;Pérez|Perez;Gómez|Gomez;Martín|Martin;Jiménez|Jimenez;Ruiz;Hernández|Hernandez;Díaz|Diaz;"
           "Moreno;Muñoz|Munoz;Álvarez|Alvarez;Romero;Alonso;Gutiérrez|Gutierrez;Navarro;Torres;Domínguez|Dominguez;"
           "Vázquez|Vazquez;Ramos;Gil;Ramírez|Ramirez;Serrano;Blanco;Molina;Morales;Suárez|Suarez;Ortega;Delgado;Castro;"
           "Ortiz;Rubio;Marín|Marin;Sanz;Núñez|Nunez;Iglesias;Medina;Garrido;Cortés|Cortes;Castillo;Santos;Lozano;Guerrero;"
           "Cano;Prieto;Méndez|Mendez;Cruz;Calvo;Gallego;Vidal;León|Leon;Márquez|Marquez;Herrera;Peña|Pena;Flores;Cabrera;"
           "Campos;Vega;Fuentes;Carrasco;Diez;Reyes;Caballero;Aguilar;Nieto;Santana;Pascual;Herrero;Montero;Hidalgo;"
           "Lorenzo;Giménez|Gimenez;Ibáñez|Ibanez;Ferrer;Durán|Duran;Rivera;Mendoza;Salazar;Valenzuela;Quispe;Mamani;"
           "Villanueva;Espinoza;Sandoval;Contreras;Rojas;Figueroa;Aguirre;Bustamante;Zúñiga|Zuniga;Echeverría|Echeverria")
IT_M = P("Giuseppe;Giovanni;Antonio;Mario;Luigi;Francesco;Angelo;Vincenzo;Pietro;Salvatore;Carlo;Franco;Domenico;Bruno;"
         "Paolo;Michele;Giorgio;Aldo;Sergio;Luciano;Alessandro;Andrea;Marco;Matteo;Lorenzo;Davide;Simone;Federico;Riccardo;"
         "Stefano;Roberto;Massimo;Fabio;Gianluca;Emanuele;Daniele;Nicola;Claudio;Maurizio;Gianni;Pierluigi;Gianfranco")
IT_F = P("Maria;Anna;Giuseppina;Rosa;Angela;Giovanna;Teresa;Lucia;Carmela;Caterina;Francesca;Chiara;Giulia;Sara;Martina;"
         "Alessandra;Valentina;Federica;Elena;Silvia;Laura;Paola;Roberta;Simona;Barbara;Cristina;Daniela;Elisa;Ilaria;"
         "Sofia;Aurora;Beatrice;Ginevra;Raffaella;Antonella;Patrizia;Donatella;Marisa;Loredana;Graziella")
IT_FAM = P("Rossi;Russo;Ferrari;Esposito;Bianchi;Romano;Colombo;Ricci;Marino;Greco;Bruno;Gallo;Conti;De Luca;Mancini;Costa;"
           "Giordano;Rizzo;Lombardi;Moretti;Barbieri;Fontana;Santoro;Mariani;Rinaldi;Caruso;Ferrara;Galli;Martini;Leone;"
           "Longo;Gentile;Martinelli;Vitale;Lombardo;Serra;Coppola;De Santis;D'Angelo;Marchetti;Parisi;Villa;Conte;Ferraro;"
           "Ferri;Fabbri;Bianco;Marini;Grasso;Valentini;Messina;Sala;De Angelis;Gatti;Pellegrini;Palumbo;Sanna;Farina;"
           "Rizzi;Monti;Cattaneo;Morelli;Amato;Silvestri;Mazza;Testa;Grassi;Pellegrino;Carbone;Giuliani;Benedetti;Barone;"
           "Rossetti;Caputo;Montanari;Guerra;Palmieri;Bernardi;Martino;Fiore;De Rosa;Ferretti;Bellini;Basile;Riva;Donati;"
           "Piras;Vitali;Battaglia;Sartori;Neri;Costantini;Milani;Pagano;Ruggiero;Sorrentino;D'Amico;Orlando;Damico;Negri")
PT_M = P("José|Jose;João|Joao;Antônio|Antonio;Francisco;Carlos;Paulo;Pedro;Lucas;Luiz;Marcos;Luís|Luis;Gabriel;Rafael;"
         "Daniel;Marcelo;Bruno;Eduardo;Felipe;Raimundo;Rodrigo;Manuel;Nuno;Rui;Tiago;Diogo;André|Andre;Miguel;Ricardo;"
         "Fernando;Sérgio|Sergio;Jorge;Márcio|Marcio;Fábio|Fabio;Gustavo;Leonardo;Matheus;Vinícius|Vinicius;Thiago;"
         "João Pedro|Joao Pedro;José Carlos|Jose Carlos;Luiz Fernando;Carlos Eduardo;Paulo Roberto;Gonçalo|Goncalo")
PT_F = P("Maria;Ana;Francisca;Antônia|Antonia;Adriana;Juliana;Márcia|Marcia;Fernanda;Patrícia|Patricia;Aline;Sandra;"
         "Camila;Amanda;Bruna;Jéssica|Jessica;Letícia|Leticia;Júlia|Julia;Luciana;Vanessa;Mariana;Beatriz;Larissa;Gabriela;"
         "Rita;Inês|Ines;Joana;Catarina;Sofia;Carolina;Mafalda;Conceição|Conceicao;Fátima|Fatima;Graça|Graca;"
         "Maria José|Maria Jose;Ana Paula;Maria Aparecida;Rosângela|Rosangela;Cláudia|Claudia;Tatiana;Raquel")
PT_FAM = P("Silva;Santos;Oliveira;Souza;Rodrigues;Ferreira;Alves;Pereira;Lima;Gomes;Costa;Ribeiro;Martins;Carvalho;"
           "Almeida;Lopes;Soares;Fernandes;Vieira;Barbosa;Rocha;Dias;Nascimento;Andrade;Moreira;Nunes;Marques;Machado;"
           "Mendes;Freitas;Cardoso;Ramos;Gonçalves|Goncalves;Santana;Teixeira;Araújo|Araujo;Cavalcanti;Monteiro;Moura;"
           "Correia;Pinto;Sousa;Cunha;Batista;Campos;Castro;Reis;Azevedo;Borges;Fonseca;Guimarães|Guimaraes;Magalhães|Magalhaes;"
           "Tavares;Brandão|Brandao;Pacheco;Sampaio;Valente;Queiroz;Figueiredo;Coelho;Cruz;Xavier;Medeiros;Farias;Barros;"
           "da Silva;dos Santos;de Oliveira;de Souza;da Costa;dos Reis;da Cunha;de Almeida;do Nascimento;da Rocha")
PL_M = P("Piotr;Krzysztof;Andrzej;Tomasz;Paweł|Pawel;Jan;Michał|Michal;Marcin;Stanisław|Stanislaw;Jakub;Adam;Marek;"
         "Łukasz|Lukasz;Grzegorz;Mateusz;Wojciech;Mariusz;Dariusz;Zbigniew;Jerzy;Ryszard;Tadeusz;Kamil;Maciej;Rafał|Rafal;"
         "Robert;Kacper;Bartosz;Sławomir|Slawomir;Janusz;Józef|Jozef;Henryk;Szymon;Przemysław|Przemyslaw;Damian;Artur")
PL_F = P("Anna;Maria;Katarzyna;Małgorzata|Malgorzata;Agnieszka;Barbara;Ewa;Krystyna;Elżbieta|Elzbieta;Magdalena;Joanna;"
         "Aleksandra;Monika;Zofia;Teresa;Danuta;Natalia;Julia;Karolina;Marta;Beata;Dorota;Halina;Jadwiga;Justyna;Grażyna|Grazyna;"
         "Urszula;Iwona;Renata;Agata;Paulina;Weronika;Zuzanna;Wiktoria;Bożena|Bozena")
PL_FAM = P("Nowak;Kowalski/Kowalska;Wiśniewski/Wiśniewska|Wisniewski/Wisniewska;Wójcik|Wojcik;Kowalczyk;Kamiński/Kamińska|Kaminski/Kaminska;"
           "Lewandowski/Lewandowska;Zieliński/Zielińska|Zielinski/Zielinska;Szymański/Szymańska|Szymanski/Szymanska;Woźniak|Wozniak;"
           "Dąbrowski/Dąbrowska|Dabrowski/Dabrowska;Kozłowski/Kozłowska|Kozlowski/Kozlowska;Jankowski/Jankowska;Mazur;Kwiatkowski/Kwiatkowska;"
           "Krawczyk;Piotrowski/Piotrowska;Grabowski/Grabowska;Nowakowski/Nowakowska;Pawłowski/Pawłowska|Pawlowski/Pawlowska;"
           "Michalski/Michalska;Nowicki/Nowicka;Adamczyk;Dudek;Zając|Zajac;Wieczorek;Jabłoński/Jabłońska|Jablonski/Jablonska;Król|Krol;"
           "Majewski/Majewska;Olszewski/Olszewska;Jaworski/Jaworska;Wróbel|Wrobel;Malinowski/Malinowska;Pawlak;Witkowski/Witkowska;"
           "Walczak;Stępień|Stepien;Górski/Górska|Gorski/Gorska;Rutkowski/Rutkowska;Michalak;Sikora;Ostrowski/Ostrowska;Baran;Duda;"
           "Szewczyk;Tomaszewski/Tomaszewska;Pietrzak;Marciniak;Wróblewski/Wróblewska|Wroblewski/Wroblewska;Zalewski/Zalewska;"
           "Jakubowski/Jakubowska;Jasiński/Jasińska|Jasinski/Jasinska;Zawadzki/Zawadzka;Sadowski/Sadowska;Bąk|Bak;Chmielewski/Chmielewska;"
           "Włodarczyk|Wlodarczyk;Borkowski/Borkowska;Czarnecki/Czarnecka;Sawicki/Sawicka;Sokołowski/Sokołowska|Sokolowski/Sokolowska;"
           "Urbański/Urbańska|Urbanski/Urbanska;Kubiak;Maciejewski/Maciejewska;Szczepański/Szczepańska|Szczepanski/Szczepanska;Kucharski/Kucharska")
TR_M = P("Mehmet;Mustafa;Ahmet;Ali;Hüseyin|Huseyin;Hasan;İbrahim|Ibrahim;İsmail|Ismail;Osman;Yusuf;Murat;Ömer|Omer;Ramazan;"
         "Halil;Süleyman|Suleyman;Abdullah;Mahmut;Recep;Salih;Fatih;Kadir;Emre;Hakan;Yasin;Burak;Serkan;Selim;Cem;Can;Kerem;"
         "Oğuz|Oguz;Barış|Baris;Onur;Tolga;Volkan;Uğur|Ugur;Erkan;Erdem;Levent;Tuncay;Gökhan|Gokhan;Çağlar|Caglar;Arda;Eren;Yiğit|Yigit")
TR_F = P("Fatma;Ayşe|Ayse;Emine;Hatice;Zeynep;Elif;Meryem;Şerife|Serife;Zehra;Sultan;Hanife;Merve;Havva;Zeliha;Esra;Fadime;"
         "Özlem|Ozlem;Hülya|Hulya;Büşra|Busra;Derya;Gül|Gul;Sevgi;Songül|Songul;Tuğba|Tugba;Gamze;Ebru;Burcu;Pınar|Pinar;"
         "Dilek;Nurcan;Yasemin;Ecrin;Defne;Nehir;Asel;Melek;Selin;İrem|Irem;Aslı|Asli;Damla")
TR_FAM = P("Yılmaz|Yilmaz;Kaya;Demir;Şahin|Sahin;Çelik|Celik;Yıldız|Yildiz;Yıldırım|Yildirim;Öztürk|Ozturk;Aydın|Aydin;"
           "Özdemir|Ozdemir;Arslan;Doğan|Dogan;Kılıç|Kilic;Aslan;Çetin|Cetin;Kara;Koç|Koc;Kurt;Özkan|Ozkan;Şimşek|Simsek;"
           "Polat;Özcan|Ozcan;Korkmaz;Çakır|Cakir;Erdoğan|Erdogan;Yavuz;Can;Acar;Şen|Sen;Aktaş|Aktas;Güler|Guler;Yalçın|Yalcin;"
           "Güneş|Gunes;Bozkurt;Bulut;Keskin;Ünal|Unal;Turan;Gül|Gul;Özer|Ozer;Işık|Isik;Kaplan;Avcı|Avci;Sarı|Sari;Tekin;"
           "Taş|Tas;Köse|Kose;Yüksel|Yuksel;Ateş|Ates;Aksoy;Karataş|Karatas;Uçar|Ucar;Karakaya;Erdem;Bayram;Akın|Akin;"
           "Başaran|Basaran;Tunç|Tunc;Karakuş|Karakus;Ekinci;Altun;Gündoğdu|Gundogdu;Sönmez|Sonmez;Uysal;Duman")
VI_FAM = P("Nguyễn|Nguyen;Trần|Tran;Lê|Le;Phạm|Pham;Hoàng|Hoang;Huỳnh|Huynh;Phan;Vũ|Vu;Võ|Vo;Đặng|Dang;Bùi|Bui;Đỗ|Do;"
           "Hồ|Ho;Ngô|Ngo;Dương|Duong;Lý|Ly;Đinh|Dinh;Trương|Truong;Đoàn|Doan;Lâm|Lam;Mai;Trịnh|Trinh;Cao;Lương|Luong;Tạ|Ta")
VI_MID_M = P("Văn|Van;Đức|Duc;Minh;Hữu|Huu;Quang;Thanh;Ngọc|Ngoc;Công|Cong;Xuân|Xuan;Tiến|Tien;Quốc|Quoc;Trọng|Trong")
VI_MID_F = P("Thị|Thi;Ngọc|Ngoc;Thanh;Minh;Thu;Phương|Phuong;Kim;Hồng|Hong;Bảo|Bao;Thùy|Thuy")
VI_M = P("Anh;Hùng|Hung;Dũng|Dung;Tuấn|Tuan;Nam;Hải|Hai;Hiếu|Hieu;Long;Sơn|Son;Tâm|Tam;Huy;Khoa;Bình|Binh;Cường|Cuong;"
         "Thắng|Thang;Phúc|Phuc;Tùng|Tung;Trung;Vinh;Thành|Thanh;Quân|Quan;Đạt|Dat;Khánh|Khanh;Hoà|Hoa;Lộc|Loc;Tài|Tai")
VI_F = P("Hương|Huong;Lan;Linh;Mai;Thảo|Thao;Trang;Phương|Phuong;Hà|Ha;Thủy|Thuy;Ngọc|Ngoc;Anh;Hạnh|Hanh;Nga;Hoa;Yến|Yen;"
         "Nhung;Vân|Van;Dung;Loan;Hằng|Hang;Quyên|Quyen;Trâm|Tram;Vy;Châu|Chau;Diệp|Diep")
ID_M = P("Budi;Agus;Andi;Wahyu;Eko;Hendra;Bambang;Joko;Yusuf;Ahmad;Rizki;Dedi;Rudi;Bayu;Arif;Fajar;Hadi;Iwan;Slamet;Teguh;"
         "Aditya;Dimas;Irfan;Fauzi;Hafiz;Aiman;Haziq;Faris;Mohd;Muhammad;Azman;Kamal;Rosli;Zulkifli;Ismail;Hamzah;Syafiq")
ID_F = P("Dewi;Siti;Sri;Rina;Nur;Putri;Ayu;Fitri;Dian;Indah;Wulan;Ratna;Lestari;Yuni;Nurul;Aisyah;Intan;Maya;Rahayu;Kartika;"
         "Nor;Farah;Aina;Zarina;Nurhaliza;Aminah;Salmah;Rohani;Suriani;Noraini")
ID_FAM = P("Santoso;Wijaya;Saputra;Hidayat;Kurniawan;Setiawan;Susanto;Pratama;Nugroho;Gunawan;Siregar;Nasution;Harahap;Lubis;"
           "Simanjuntak;Sitompul;Hasibuan;Purnomo;Wibowo;Sutanto;Halim;Tanoto;Salim;Lim;Permana;Utomo;Firmansyah;Ramadhan;"
           "Suharto;Sembiring;Ginting;Tarigan;Situmorang;Panjaitan;Hutapea;Manurung;Rahman;Abdullah;Ismail;Hassan;Othman;"
           "Yusof;Ibrahim;Zakaria;Hashim;Osman")

# ---------------------------------------------------------------- non-Latin scripts
# Arabic given names; Latin variants roughly Gulf / Levant / Egypt / Maghreb
AR_M = P("محمد|Mohammed/Mohamad/Mohamed/Muhammad/Mohammad;أحمد|Ahmed/Ahmad/Ahmed/Ahmed;علي|Ali;محمود|Mahmoud/Mahmud;"
         "عبد الله|Abdullah/Abdallah/Abdalla/Abdellah;خالد|Khaled/Khalid;عمر|Omar/Umar;يوسف|Youssef/Yousef/Yusuf/Youcef;"
         "إبراهيم|Ibrahim/Ebrahim/Brahim;حسن|Hassan/Hasan;حسين|Hussein/Hussain/Hossein;مصطفى|Mostafa/Mustafa/Moustafa;"
         "سعيد|Saeed/Said/Saïd;عبد الرحمن|Abdulrahman/Abdel Rahman/Abderrahmane;ياسر|Yasser/Yaser;طارق|Tareq/Tarek/Tariq;"
         "سامي|Sami/Samy;فيصل|Faisal/Faysal;ماجد|Majed/Majid;سلطان|Sultan;راشد|Rashid/Rached;فهد|Fahad/Fahd;"
         "كريم|Karim/Kareem;هشام|Hisham/Hicham;وليد|Walid/Waleed;جمال|Jamal/Gamal;نبيل|Nabil/Nabeel;عادل|Adel/Adil;"
         "سليمان|Sulaiman/Suleiman/Slimane;منصور|Mansour/Mansur;رامي|Rami/Ramy;زياد|Ziad/Ziyad;باسل|Basel/Bassel;"
         "عماد|Imad/Emad;أيمن|Ayman/Aymen;إسماعيل|Ismail/Ismael;حمزة|Hamza/Hamzah;أنس|Anas;بلال|Bilal;رشيد|Rachid/Rasheed;"
         "نور الدين|Noureddine/Nour El Din/Nuruddin;عبد العزيز|Abdulaziz/Abdelaziz;سيف|Saif/Seif;مروان|Marwan;"
         "شريف|Sherif/Sharif/Chérif;عصام|Essam/Issam;مهدي|Mahdi/Mehdi")
AR_F = P("فاطمة|Fatima/Fatma/Fatimah/Fatiha;مريم|Maryam/Mariam/Meriem;عائشة|Aisha/Aicha/Aysha;نور|Nour/Noor/Nur;"
         "سارة|Sara/Sarah;ليلى|Layla/Leila/Laila;زينب|Zainab/Zeinab/Zineb;هدى|Huda/Hoda/Houda;رانيا|Rania/Ranya;"
         "هند|Hind/Hend;خديجة|Khadija/Khadiga;أمل|Amal;سلمى|Salma;رنا|Rana;دينا|Dina;ياسمين|Yasmin/Yasmine;"
         "منى|Mona/Muna;سعاد|Souad/Suad;نادية|Nadia/Nadya;لينا|Lina;ريم|Reem/Rim;هالة|Hala;إيمان|Iman/Eman;"
         "أسماء|Asmaa/Asma;شيماء|Shaimaa/Chaimae;نجلاء|Najla/Naglaa;سميرة|Samira/Sameera;وفاء|Wafaa/Wafa")
AR_FAM_GULF = P("العتيبي|Al Otaibi/Al-Otaibi;القحطاني|Al Qahtani/Al-Qahtani;الشمري|Al Shammari/Al-Shammari;الدوسري|Al Dosari/Al-Dossary;"
                "المطيري|Al Mutairi/Al-Mutairi;الحربي|Al Harbi/Al-Harbi;الزهراني|Al Zahrani/Al-Zahrani;الغامدي|Al Ghamdi/Al-Ghamdi;"
                "العنزي|Al Anazi/Al-Enezi;السبيعي|Al Subaie/Al-Subaiei;المري|Al Marri/Al-Marri;الكعبي|Al Kaabi/Al-Kaabi;"
                "النعيمي|Al Nuaimi/Al-Nuaimi;المهيري|Al Muhairi/Al-Mheiri;الشامسي|Al Shamsi/Al-Shamsi;الفلاسي|Al Falasi/Al-Falasi;"
                "البلوشي|Al Balushi/Al-Baloushi;الهاجري|Al Hajri/Al-Hajri;العجمي|Al Ajmi/Al-Ajmi;الرشيدي|Al Rashidi/Al-Rasheedi;"
                "البناي|Al Bannai;السويدي|Al Suwaidi/Al-Suwaidi;الكواري|Al Kuwari/Al-Kuwari;العامري|Al Amri/Al-Ameri")
AR_FAM_LEV = P("حداد|Haddad;خوري|Khoury/Khouri;نصر الله|Nasrallah;حلبي|Halabi;شامي|Shami;عيسى|Issa/Eissa;سليمان|Suleiman/Sleiman;"
               "منصور|Mansour;عبود|Abboud;داود|Daoud/Dawood;خليل|Khalil;صالح|Saleh;نجار|Najjar/Naggar;عطية|Attieh/Atiyeh;"
               "الأسعد|Al Asaad/El Assaad;فرح|Farah;جبر|Jaber/Jabr;الخطيب|Al Khatib/El Khatib;قاسم|Kassem/Qasem;"
               "الزين|Al Zein/El Zein;مراد|Mourad/Murad;حمدان|Hamdan;عواد|Awad/Awwad;شحادة|Shehadeh/Chehade;طعمة|Toumeh/Tohme;"
               "يونس|Younes/Yunis;عيد|Eid;بركات|Barakat;صباغ|Sabbagh;دبس|Dibs")
AR_FAM_EG = P("عبد الفتاح|Abdel Fattah;السيد|El Sayed/El-Sayed;إبراهيم|Ibrahim;حسن|Hassan;محمود|Mahmoud;مصطفى|Mostafa;"
              "عبد الحميد|Abdel Hamid;الشناوي|El Shennawy/El-Shenawy;فوزي|Fawzy;رمضان|Ramadan;عبد العال|Abdel Aal;"
              "سليم|Selim/Salim;شاكر|Shaker;رزق|Rizk;جاد|Gad;غنيم|Ghoneim/Ghonim;البنا|El Banna;النجار|El Naggar;"
              "عثمان|Osman/Othman;زكي|Zaki/Zaky;فرج|Farag/Faraj;حجازي|Hegazy/Hijazi;الشافعي|El Shafei;توفيق|Tawfik/Tawfiq;"
              "منير|Mounir/Munir;نصار|Nassar;الجمال|El Gamal;بدوي|Badawi/Badawy")
AR_FAM_MAG = P("بن علي|Benali/Ben Ali;بوزيد|Bouzid;العمراني|El Amrani/Alamrani;الإدريسي|El Idrissi/Idrissi;بن عمر|Benamar/Ben Omar;"
               "بلقاسم|Belkacem/Belgacem;حمداوي|Hamdaoui;بوعزة|Bouazza;التازي|Tazi/Ettazi;العلوي|Alaoui/El Alaoui;"
               "بن سالم|Bensalem/Ben Salem;زروقي|Zerrouki;مزياني|Meziane/Mezziani;شرقاوي|Cherkaoui;بن يوسف|Benyoucef/Ben Youssef;"
               "عياشي|Ayachi;بوشامة|Bouchama;قاسمي|Kacemi/Guessmi;الفاسي|El Fassi/Fassi;بن عيسى|Benaissa/Ben Aissa;"
               "السوسي|Soussi/Essoussi;بلحاج|Belhadj;الزموري|Zemmouri;مرابط|Merabet/Mrabet;بوعلام|Boualem;ساحلي|Sahli")
FA_M = P("محمد|Mohammad/Mohammed/Muhammad;علی|Ali;حسین|Hossein/Hosein/Hussein;رضا|Reza;مهدی|Mehdi/Mahdi;امیر|Amir;"
         "حسن|Hasan/Hassan;محمدرضا|Mohammadreza/Mohammad Reza;علیرضا|Alireza/Ali Reza;مجید|Majid;سعید|Saeed/Saeid/Said;"
         "احمد|Ahmad;مصطفی|Mostafa/Mustafa;جواد|Javad;حمید|Hamid;عباس|Abbas;محسن|Mohsen;مسعود|Masoud/Masood;"
         "بهروز|Behrouz/Behruz;فرهاد|Farhad;داریوش|Dariush/Daryoush;کامران|Kamran;سیامک|Siamak;پیمان|Peyman/Payman;"
         "بابک|Babak;آرش|Arash;کوروش|Kourosh/Kurosh;نیما|Nima;امید|Omid;حامد|Hamed;وحید|Vahid/Wahid;یاسر|Yaser/Yasser;"
         "میلاد|Milad;سجاد|Sajjad/Sajad;ابوالفضل|Abolfazl;مرتضی|Morteza;اکبر|Akbar;ناصر|Naser/Nasser;بهزاد|Behzad;شهرام|Shahram")
FA_F = P("فاطمه|Fatemeh/Fatima;زهرا|Zahra;مریم|Maryam;معصومه|Masoumeh/Masume;زینب|Zeynab/Zainab;سمیه|Somayeh/Somaye;"
         "الهام|Elham;نرگس|Narges;لیلا|Leila/Leyla;سارا|Sara;مینا|Mina;شیرین|Shirin;پریسا|Parisa;نازنین|Nazanin;"
         "مهسا|Mahsa;نگار|Negar;آزاده|Azadeh;فرشته|Fereshteh;ساناز|Sanaz;هانیه|Hanieh/Haniyeh;مهناز|Mahnaz;"
         "طاهره|Tahereh;اعظم|Azam;سپیده|Sepideh;نسرین|Nasrin;رویا|Roya;ژاله|Zhaleh/Jaleh;گلناز|Golnaz")
FA_FAM = P("محمدی|Mohammadi/Mohamadi;حسینی|Hosseini/Hoseini/Husseini;احمدی|Ahmadi;رضایی|Rezaei/Rezaee/Rezai;"
           "موسوی|Mousavi/Musavi/Moussavi;کریمی|Karimi;جعفری|Jafari/Jaafari;رحیمی|Rahimi;صادقی|Sadeghi/Sadeqi;"
           "حیدری|Heidari/Heydari;قاسمی|Ghasemi/Qasemi;نوری|Nouri/Noori;کاظمی|Kazemi;اکبری|Akbari;عباسی|Abbasi;"
           "یوسفی|Yousefi/Yusefi;ابراهیمی|Ebrahimi/Ibrahimi;رستمی|Rostami;سلیمانی|Soleimani/Solaimani;امیری|Amiri;"
           "نجفی|Najafi;کرمانی|Kermani;تهرانی|Tehrani;شیرازی|Shirazi;اصفهانی|Esfahani/Isfahani;طباطبایی|Tabatabaei/Tabatabai;"
           "خسروی|Khosravi;بهرامی|Bahrami;فرهادی|Farhadi;نیک‌نام|Niknam;زارعی|Zarei/Zareie;مرادی|Moradi;قربانی|Ghorbani/Qorbani;"
           "شریفی|Sharifi;ملکی|Maleki;میرزایی|Mirzaei/Mirzaie;کیانی|Kiani/Kiyani;پورمحمدی|Pourmohammadi;افشار|Afshar;"
           "دهقان|Dehghan/Dehqan;صفری|Safari;یزدانی|Yazdani;نظری|Nazari;وحیدی|Vahidi;توکلی|Tavakoli/Tavakkoli;فروتن|Forootan/Foroutan")
UR_M = P("محمد|Muhammad/Mohammad;احمد|Ahmed/Ahmad;علی|Ali;عمران|Imran;عثمان|Usman/Osman;بلال|Bilal;فیصل|Faisal;"
         "عمر|Umar/Omar;حسن|Hassan/Hasan;زاہد|Zahid;طارق|Tariq;شاہد|Shahid;آصف|Asif;عرفان|Irfan;کامران|Kamran;"
         "نوید|Naveed/Navid;وقاص|Waqas;عادل|Adil;سلمان|Salman;جاوید|Javed/Javaid;راشد|Rashid;ندیم|Nadeem/Nadim;"
         "شعیب|Shoaib;حمزہ|Hamza;ذیشان|Zeeshan;عاطف|Atif;اسد|Asad;فہد|Fahad;خرم|Khurram;ثاقب|Saqib/Saqeb;"
         "اعجاز|Ejaz/Aijaz;مشتاق|Mushtaq;ریاض|Riaz;ارشد|Arshad;اقبال|Iqbal;مبشر|Mubashir/Mubashar;نعمان|Nauman/Noman")
UR_F = P("فاطمہ|Fatima;عائشہ|Ayesha/Aisha;زینب|Zainab;مریم|Maryam;صبا|Saba;ثنا|Sana;حنا|Hina;نادیہ|Nadia;سعدیہ|Sadia;"
         "رابعہ|Rabia;سمیرا|Sumera/Samira;عاصمہ|Asma;بشریٰ|Bushra;شازیہ|Shazia;فرحانہ|Farhana;کرن|Kiran;مہوش|Mehwish;"
         "عنبر|Amber;ماہ نور|Mahnoor/Mah Noor;ارم|Iram;رخسانہ|Rukhsana;نسرین|Nasreen")
UR_FAM = P("خان|Khan;ملک|Malik;چوہدری|Chaudhry/Chaudhary/Choudhry;بٹ|Butt;قریشی|Qureshi/Qureishi;شیخ|Sheikh/Shaikh;"
           "راجہ|Raja;اعوان|Awan;مرزا|Mirza;حسین|Hussain;احمد|Ahmed;اقبال|Iqbal;رانا|Rana;بھٹی|Bhatti;گوندل|Gondal;"
           "چیمہ|Cheema;باجوہ|Bajwa;وڑائچ|Warraich;ستی|Satti;عباسی|Abbasi;جتوئی|Jatoi;میمن|Memon;سومرو|Soomro;"
           "لغاری|Leghari;مگسی|Magsi;یوسفزئی|Yousafzai/Yusufzai;آفریدی|Afridi;خٹک|Khattak;درانی|Durrani;"
           "ہاشمی|Hashmi;نقوی|Naqvi;زیدی|Zaidi;رضوی|Rizvi;جعفری|Jafri;صدیقی|Siddiqui/Siddiqi;انصاری|Ansari")
HI_M = P("राहुल|Rahul;अमित|Amit;सुनील|Sunil;राजेश|Rajesh;संजय|Sanjay;विजय|Vijay;अनिल|Anil;सुरेश|Suresh;रमेश|Ramesh;"
         "अजय|Ajay;मनोज|Manoj;दीपक|Deepak;अशोक|Ashok;विकास|Vikas;राकेश|Rakesh;प्रदीप|Pradeep;नरेश|Naresh;"
         "आनंद|Anand;गौरव|Gaurav;अभिषेक|Abhishek;अंकित|Ankit;रोहित|Rohit;विनोद|Vinod;मुकेश|Mukesh;संदीप|Sandeep;"
         "आदित्य|Aditya;अर्जुन|Arjun;विवेक|Vivek;हरीश|Harish;प्रकाश|Prakash;गोपाल|Gopal;कृष्ण|Krishna;नितिन|Nitin;"
         "श्याम|Shyam;हर्ष|Harsh;कुणाल|Kunal;सौरभ|Saurabh;वेंकटेश|Venkatesh;श्रीनिवास|Srinivas/Srinivasa;बलवंत|Balwant")
HI_F = P("प्रिया|Priya;अनीता|Anita;सुनीता|Sunita;पूजा|Pooja/Puja;नेहा|Neha;कविता|Kavita;रेखा|Rekha;ममता|Mamta;"
         "सीमा|Seema;अंजलि|Anjali;दिव्या|Divya;स्नेहा|Sneha;मीना|Meena;लक्ष्मी|Lakshmi/Laxmi;गीता|Geeta/Gita;"
         "रीना|Reena;ज्योति|Jyoti;आरती|Aarti/Arti;शालिनी|Shalini;निधि|Nidhi;श्वेता|Shweta;पायल|Payal;सरिता|Sarita;"
         "उषा|Usha;किरण|Kiran;मधु|Madhu;राधा|Radha;अपर्णा|Aparna")
HI_FAM = P("शर्मा|Sharma;वर्मा|Verma;गुप्ता|Gupta;सिंह|Singh;कुमार|Kumar;पटेल|Patel;यादव|Yadav;जैन|Jain;अग्रवाल|Agarwal/Aggarwal;"
           "मिश्रा|Mishra;तिवारी|Tiwari;पांडे|Pandey;चौहान|Chauhan;राठौर|Rathore;मेहता|Mehta;शाह|Shah;देसाई|Desai;"
           "जोशी|Joshi;कपूर|Kapoor;मल्होत्रा|Malhotra;खन्ना|Khanna;चोपड़ा|Chopra;सक्सेना|Saxena;श्रीवास्तव|Srivastava;"
           "त्रिपाठी|Tripathi;दुबे|Dubey;चतुर्वेदी|Chaturvedi;नायर|Nair;पिल्लई|Pillai;रेड्डी|Reddy;राव|Rao;अय्यर|Iyer;"
           "बनर्जी|Banerjee;चटर्जी|Chatterjee;मुखर्जी|Mukherjee;घोष|Ghosh;दास|Das;सेन|Sen;भट्ट|Bhatt;कुलकर्णी|Kulkarni;"
           "देशपांडे|Deshpande;पाटिल|Patil;गोयल|Goyal;बंसल|Bansal;मित्तल|Mittal;सिन्हा|Sinha;ठाकुर|Thakur")
# Russian: (male|female) native; latin variants male/female given after '|', split on ','
RU_M = P("Александр|Aleksandr/Alexander/Alexandr;Сергей|Sergei/Sergey;Дмитрий|Dmitry/Dmitri/Dmitriy;Андрей|Andrei/Andrey;"
         "Алексей|Alexei/Aleksey/Alexey;Максим|Maksim/Maxim;Евгений|Evgeny/Yevgeny/Evgeniy;Иван|Ivan;Михаил|Mikhail;"
         "Владимир|Vladimir;Николай|Nikolai/Nikolay;Артём|Artem/Artyom;Игорь|Igor;Денис|Denis;Павел|Pavel;"
         "Роман|Roman;Олег|Oleg;Антон|Anton;Виктор|Viktor/Victor;Юрий|Yuri/Yury/Iurii;Константин|Konstantin;"
         "Илья|Ilya/Ilia;Кирилл|Kirill;Вадим|Vadim;Никита|Nikita;Егор|Yegor/Egor;Станислав|Stanislav;Григорий|Grigory/Grigoriy;"
         "Тимофей|Timofei/Timofey;Борис|Boris;Валерий|Valery/Valeriy;Геннадий|Gennady/Gennadiy;Анатолий|Anatoly/Anatoliy;"
         "Вячеслав|Vyacheslav;Леонид|Leonid;Ярослав|Yaroslav;Глеб|Gleb;Фёдор|Fyodor/Fedor")
RU_F = P("Елена|Elena/Yelena;Ольга|Olga;Наталья|Natalya/Natalia;Татьяна|Tatyana/Tatiana;Ирина|Irina;Светлана|Svetlana;"
         "Анна|Anna;Мария|Maria/Mariya;Екатерина|Ekaterina/Yekaterina;Юлия|Yulia/Julia/Iuliia;Анастасия|Anastasia/Anastasiya;"
         "Марина|Marina;Людмила|Lyudmila/Ludmila;Галина|Galina;Валентина|Valentina;Надежда|Nadezhda;Дарья|Darya/Daria;"
         "Ксения|Ksenia/Kseniya;Виктория|Viktoria/Victoria;Полина|Polina;Алина|Alina;Вера|Vera;Любовь|Lyubov;"
         "Оксана|Oksana;Евгения|Evgenia/Yevgeniya;Кристина|Kristina;Софья|Sofya/Sofia;Лариса|Larisa")
RU_PATR = P("Александрович/Александровна|Aleksandrovich/Aleksandrovna;Сергеевич/Сергеевна|Sergeyevich/Sergeyevna;"
            "Владимирович/Владимировна|Vladimirovich/Vladimirovna;Николаевич/Николаевна|Nikolayevich/Nikolayevna;"
            "Андреевич/Андреевна|Andreyevich/Andreyevna;Алексеевич/Алексеевна|Alekseyevich/Alekseyevna;"
            "Викторович/Викторовна|Viktorovich/Viktorovna;Иванович/Ивановна|Ivanovich/Ivanovna;"
            "Михайлович/Михайловна|Mikhailovich/Mikhailovna;Юрьевич/Юрьевна|Yuryevich/Yuryevna;"
            "Дмитриевич/Дмитриевна|Dmitriyevich/Dmitriyevna;Евгеньевич/Евгеньевна|Evgenyevich/Evgenyevna;"
            "Анатольевич/Анатольевна|Anatolyevich/Anatolyevna;Игоревич/Игоревна|Igorevich/Igorevna;"
            "Олегович/Олеговна|Olegovich/Olegovna;Павлович/Павловна|Pavlovich/Pavlovna;Петрович/Петровна|Petrovich/Petrovna;"
            "Васильевич/Васильевна|Vasilyevich/Vasilyevna;Борисович/Борисовна|Borisovich/Borisovna;Геннадьевич/Геннадьевна|Gennadyevich/Gennadyevna")
RU_FAM = P("Иванов/Иванова|Ivanov/Ivanova;Смирнов/Смирнова|Smirnov/Smirnova;Кузнецов/Кузнецова|Kuznetsov/Kuznetsova;"
           "Попов/Попова|Popov/Popova;Васильев/Васильева|Vasilyev/Vasilyeva;Петров/Петрова|Petrov/Petrova;"
           "Соколов/Соколова|Sokolov/Sokolova;Михайлов/Михайлова|Mikhailov/Mikhailova;Новиков/Новикова|Novikov/Novikova;"
           "Фёдоров/Фёдорова|Fedorov/Fedorova;Морозов/Морозова|Morozov/Morozova;Волков/Волкова|Volkov/Volkova;"
           "Алексеев/Алексеева|Alekseev/Alekseeva;Лебедев/Лебедева|Lebedev/Lebedeva;Семёнов/Семёнова|Semenov/Semenova;"
           "Егоров/Егорова|Egorov/Egorova;Павлов/Павлова|Pavlov/Pavlova;Козлов/Козлова|Kozlov/Kozlova;"
           "Степанов/Степанова|Stepanov/Stepanova;Николаев/Николаева|Nikolaev/Nikolaeva;Орлов/Орлова|Orlov/Orlova;"
           "Андреев/Андреева|Andreev/Andreeva;Макаров/Макарова|Makarov/Makarova;Никитин/Никитина|Nikitin/Nikitina;"
           "Захаров/Захарова|Zakharov/Zakharova;Зайцев/Зайцева|Zaitsev/Zaitseva;Соловьёв/Соловьёва|Solovyov/Solovyova;"
           "Борисов/Борисова|Borisov/Borisova;Яковлев/Яковлева|Yakovlev/Yakovleva;Григорьев/Григорьева|Grigoryev/Grigoryeva;"
           "Романов/Романова|Romanov/Romanova;Воробьёв/Воробьёва|Vorobyov/Vorobyova;Сергеев/Сергеева|Sergeev/Sergeeva;"
           "Кудрявцев/Кудрявцева|Kudryavtsev/Kudryavtseva;Белов/Белова|Belov/Belova;Тарасов/Тарасова|Tarasov/Tarasova;"
           "Комаров/Комарова|Komarov/Komarova;Гусев/Гусева|Gusev/Guseva;Титов/Титова|Titov/Titova;Киселёв/Киселёва|Kiselev/Kiseleva;"
           "Ковалёв/Ковалёва|Kovalev/Kovaleva;Ильин/Ильина|Ilyin/Ilyina;Медведев/Медведева|Medvedev/Medvedeva;"
           "Антонов/Антонова|Antonov/Antonova;Жуков/Жукова|Zhukov/Zhukova;Быстров/Быстрова|Bystrov/Bystrova;"
           "Широков/Широкова|Shirokov/Shirokova;Голубев/Голубева|Golubev/Golubeva;Крылов/Крылова|Krylov/Krylova;"
           "Поляков/Полякова|Polyakov/Polyakova;Чернов/Чернова|Chernov/Chernova;Сидоров/Сидорова|Sidorov/Sidorova")
UK_M = P("Олександр|Oleksandr/Oleksander;Андрій|Andrii/Andriy;Сергій|Serhii/Serhiy;Володимир|Volodymyr;Дмитро|Dmytro;"
         "Максим|Maksym;Іван|Ivan;Юрій|Yurii/Yuriy;Микола|Mykola;Віктор|Viktor;Олег|Oleh;Василь|Vasyl;Богдан|Bohdan;"
         "Тарас|Taras;Ігор|Ihor;Роман|Roman;Петро|Petro;Михайло|Mykhailo/Mykhaylo;Ярослав|Yaroslav;Павло|Pavlo;"
         "Артем|Artem;Денис|Denys;Євген|Yevhen/Ievgen;Віталій|Vitalii/Vitaliy;Степан|Stepan;Остап|Ostap")
UK_F = P("Олена|Olena;Наталія|Nataliia/Natalia;Тетяна|Tetiana/Tetyana;Оксана|Oksana;Ірина|Iryna;Юлія|Yuliia/Yulia;"
         "Світлана|Svitlana;Марія|Mariia/Maria;Катерина|Kateryna;Людмила|Liudmyla/Lyudmyla;Галина|Halyna;Ольга|Olha;"
         "Анна|Anna;Вікторія|Viktoriia;Христина|Khrystyna;Софія|Sofiia;Надія|Nadiia;Ганна|Hanna;Ярослава|Yaroslava;Леся|Lesia")
UK_FAM = P("Шевченко|Shevchenko;Коваленко|Kovalenko;Бондаренко|Bondarenko;Ткаченко|Tkachenko;Кравченко|Kravchenko;"
           "Мельник|Melnyk;Бойко|Boiko/Boyko;Коваль|Koval;Олійник|Oliinyk/Oliynyk;Шевчук|Shevchuk;Поліщук|Polishchuk;"
           "Ткачук|Tkachuk;Савченко|Savchenko;Марченко|Marchenko;Руденко|Rudenko;Мороз|Moroz;Лисенко|Lysenko;"
           "Петренко|Petrenko;Клименко|Klymenko;Павленко|Pavlenko;Кравчук|Kravchuk;Кузьменко|Kuzmenko;Левченко|Levchenko;"
           "Гончаренко|Honcharenko;Савчук|Savchuk;Романенко|Romanenko;Литвиненко|Lytvynenko;Пономаренко|Ponomarenko;"
           "Карпенко|Karpenko;Іваненко|Ivanenko;Гриценко|Hrytsenko;Заїка|Zaika;Дячук|Diachuk;Ющенко|Yushchenko;Гнатюк|Hnatiuk")
# Chinese: family native|pinyin/Wade-Giles-or-Cantonese
ZH_FAM = P("王|Wang/Wong;李|Li/Lee;张|Zhang/Chang/Cheung;刘|Liu/Lau;陈|Chen/Chan;杨|Yang/Yeung;黄|Huang/Wong;赵|Zhao/Chao/Chiu;"
           "吴|Wu/Ng;周|Zhou/Chou/Chow;徐|Xu/Hsu/Tsui;孙|Sun;马|Ma;朱|Zhu/Chu;胡|Hu/Woo;郭|Guo/Kuo/Kwok;何|He/Ho;"
           "林|Lin/Lam;罗|Luo/Lo/Law;高|Gao/Kao/Ko;郑|Zheng/Cheng/Cheng;梁|Liang/Leung;谢|Xie/Hsieh/Tse;宋|Song/Sung;"
           "唐|Tang/Tong;许|Xu/Hsu/Hui;韩|Han/Hon;冯|Feng/Fung;邓|Deng/Teng/Tang;曹|Cao/Tsao/Cho;彭|Peng/Pang;"
           "曾|Zeng/Tseng/Tsang;肖|Xiao/Hsiao/Siu;田|Tian/Tien;董|Dong/Tung;潘|Pan/Poon;袁|Yuan/Yuen;蔡|Cai/Tsai/Choi;"
           "蒋|Jiang/Chiang;余|Yu/Yue;于|Yu;杜|Du/Tu;叶|Ye/Yeh/Yip;程|Cheng;魏|Wei/Ngai;苏|Su/So;吕|Lü/Lu/Lui;丁|Ding/Ting;"
           "任|Ren/Jen/Yam;沈|Shen/Shum;姚|Yao/Yiu;卢|Lu/Lo;傅|Fu/Foo;钟|Zhong/Chung;姜|Jiang/Chiang;崔|Cui/Tsui;"
           "谭|Tan/Tam;陆|Lu/Luk;范|Fan;汪|Wang/Wong;廖|Liao/Liu;石|Shi/Shih/Shek;金|Jin/Chin/Kam;贾|Jia/Chia;夏|Xia/Hsia/Ha;"
           "欧阳|Ouyang/Auyeung;司马|Sima/Szeto")
ZH_GIVEN_CH = P("伟|wei;芳|fang;娜|na;敏|min;静|jing;丽|li;强|qiang;磊|lei;军|jun;洋|yang;勇|yong;艳|yan;杰|jie;涛|tao;"
                "明|ming;超|chao;秀|xiu;霞|xia;平|ping;刚|gang;英|ying;华|hua;建|jian;国|guo;文|wen;志|zhi;海|hai;晓|xiao;"
                "红|hong;玉|yu;鹏|peng;辉|hui;宇|yu;浩|hao;欣|xin;思|si;雨|yu;佳|jia;俊|jun;博|bo;凯|kai;亮|liang;斌|bin;"
                "峰|feng;春|chun;梅|mei;琳|lin;婷|ting;雪|xue;慧|hui;云|yun;龙|long;飞|fei;林|lin;新|xin;东|dong;成|cheng;"
                "永|yong;德|de;荣|rong;宁|ning;天|tian;瑞|rui;嘉|jia;子|zi;若|ruo;泽|ze;轩|xuan;晨|chen;怡|yi;萱|xuan;"
                "诗|shi;涵|han;梓|zi;睿|rui;铭|ming;振|zhen;学|xue;立|li;金|jin;卫|wei;光|guang;庆|qing;桂|gui;兰|lan")
ZH_CITY = P("深圳|Shenzhen;上海|Shanghai;北京|Beijing;广州|Guangzhou;天津|Tianjin;大连|Dalian;宁波|Ningbo;青岛|Qingdao;"
            "厦门|Xiamen;苏州|Suzhou;无锡|Wuxi;杭州|Hangzhou;东莞|Dongguan;佛山|Foshan;成都|Chengdu;重庆|Chongqing;"
            "武汉|Wuhan;西安|Xi'an/Xian;沈阳|Shenyang;哈尔滨|Harbin;长沙|Changsha;郑州|Zhengzhou;济南|Jinan;南京|Nanjing;"
            "合肥|Hefei;昆明|Kunming;福州|Fuzhou;温州|Wenzhou;常州|Changzhou;烟台|Yantai;珠海|Zhuhai;中山|Zhongshan")
ZH_BRAND = P("华信|Huaxin;鑫达|Xinda;宏远|Hongyuan;恒通|Hengtong;金桥|Jinqiao;瑞丰|Ruifeng;盛达|Shengda;永兴|Yongxing;"
             "天成|Tiancheng;嘉禾|Jiahe;新宇|Xinyu;博远|Boyuan;锦程|Jincheng;汇丰达|Huifengda;中联|Zhonglian;润泽|Runze;"
             "德盛|Desheng;凯旋|Kaixuan;万通|Wantong;东方红日|Dongfang Hongri;海润|Hairun;鼎盛|Dingsheng;隆鑫|Longxin;"
             "腾飞|Tengfei;星辰|Xingchen;明远|Mingyuan;晨光|Chenguang;宝丰|Baofeng;福瑞|Furui;信达|Xinda;合力|Heli;"
             "顺发|Shunfa;宇通|Yutong;安泰|Antai;百川|Baichuan;康达|Kangda;鸿运|Hongyun;正阳|Zhengyang;和兴|Hexing;"
             "青松|Qingsong;银河|Yinhe;远航|Yuanhang;启明|Qiming;华茂|Huamao;弘毅|Hongyi;聚源|Juyuan;锐拓|Ruituo;"
             "思创|Sichuang;凌云|Lingyun;丰泰|Fengtai;中兴达|Zhongxingda;金穗|Jinsui;兴旺|Xingwang;朗逸|Langyi;"
             "雅筑|Yazhu;沃德|Wode;泰和|Taihe;源丰|Yuanfeng;利群|Liqun;新纪元|Xinjiyuan;融创|Rongchuang")
ZH_TRADE = P("科技|Technology/Science and Technology;贸易|Trading/Trade;电子|Electronics/Electronic;机械|Machinery;"
             "进出口|Import and Export/Imp. & Exp.;实业|Industrial;物流|Logistics;化工|Chemical;材料|Materials;"
             "精密|Precision;仪器|Instruments;自动化|Automation;纺织|Textile;食品|Food;建材|Building Materials;"
             "医疗器械|Medical Equipment;包装|Packaging;家具|Furniture;印刷|Printing;环保|Environmental Protection")
ZH_FORM = P("有限公司|Co., Ltd./Co. Ltd/Company Limited;股份有限公司|Co., Ltd./Joint Stock Co., Ltd./Corp.;"
            "有限责任公司|Co., Ltd./LLC;集团有限公司|Group Co., Ltd./Group Limited")
JA_FAM = P("佐藤|Sato/Satō/Satoh;鈴木|Suzuki;高橋|Takahashi;田中|Tanaka;伊藤|Ito/Itō/Itoh;渡辺|Watanabe;山本|Yamamoto;"
           "中村|Nakamura;小林|Kobayashi;加藤|Kato/Katō/Katoh;吉田|Yoshida;山田|Yamada;佐々木|Sasaki;山口|Yamaguchi;"
           "松本|Matsumoto;井上|Inoue;木村|Kimura;林|Hayashi;斎藤|Saito/Saitō/Saitoh;清水|Shimizu;山崎|Yamazaki/Yamasaki;"
           "森|Mori;池田|Ikeda;橋本|Hashimoto;阿部|Abe;石川|Ishikawa;山下|Yamashita;中島|Nakajima/Nakashima;石井|Ishii;"
           "小川|Ogawa;前田|Maeda;岡田|Okada;長谷川|Hasegawa;藤田|Fujita;後藤|Goto/Gotō/Gotoh;近藤|Kondo/Kondō/Kondoh;"
           "村上|Murakami;遠藤|Endo/Endō/Endoh;青木|Aoki;坂本|Sakamoto;斉藤|Saito;福田|Fukuda;太田|Ota/Ōta/Ohta;"
           "西村|Nishimura;藤井|Fujii;金子|Kaneko;岡本|Okamoto;藤原|Fujiwara;三浦|Miura;中野|Nakano;原田|Harada;"
           "小野|Ono/Ohno;竹内|Takeuchi;和田|Wada;中山|Nakayama;石田|Ishida;上田|Ueda;森田|Morita;小島|Kojima;"
           "柴田|Shibata;原|Hara;宮崎|Miyazaki;酒井|Sakai;工藤|Kudo/Kudō;横山|Yokoyama;宮本|Miyamoto;内田|Uchida;高木|Takagi")
JA_M = P("翔太|Shota/Shōta;大輔|Daisuke;健太|Kenta;拓也|Takuya;浩|Hiroshi;誠|Makoto;隆|Takashi;健一|Ken'ichi/Kenichi;"
         "哲也|Tetsuya;直樹|Naoki;和也|Kazuya;達也|Tatsuya;亮|Ryo/Ryō;翔|Sho/Shō;大樹|Daiki;蓮|Ren;悠真|Yuma/Yūma;"
         "陽翔|Haruto;湊|Minato;颯太|Sota/Sōta;一郎|Ichiro/Ichirō;正樹|Masaki;修|Osamu;勝|Masaru;学|Manabu;"
         "清|Kiyoshi;茂|Shigeru;剛|Tsuyoshi;秀樹|Hideki;和夫|Kazuo;明|Akira;裕太|Yuta/Yūta;雄一|Yuichi/Yūichi;"
         "俊介|Shunsuke;康介|Kosuke/Kōsuke;慎也|Shinya;徹|Toru/Tōru;光|Hikaru;進|Susumu;稔|Minoru")
JA_F = P("裕子|Yuko/Yūko;恵子|Keiko;美穂|Miho;陽子|Yoko/Yōko;直美|Naomi;由美|Yumi;さくら|Sakura;愛|Ai;真由美|Mayumi;"
         "久美子|Kumiko;幸子|Sachiko;明美|Akemi;智子|Tomoko;京子|Kyoko/Kyōko;美咲|Misaki;結衣|Yui;陽菜|Hina;"
         "葵|Aoi;凛|Rin;彩|Aya;麻衣|Mai;香織|Kaori;恵|Megumi;奈々|Nana;千尋|Chihiro;舞|Mai;優子|Yuko/Yūko;"
         "純子|Junko;洋子|Yoko/Yōko;美紀|Miki;綾香|Ayaka;沙織|Saori;ゆかり|Yukari;あゆみ|Ayumi")
JA_BRAND = P("東邦|Toho/Tōhō;大和|Yamato/Daiwa;富士|Fuji;日進|Nisshin;三協|Sankyo/Sankyō;光洋|Koyo/Kōyō;中央|Chuo/Chūō;"
             "北斗|Hokuto;朝日|Asahi;昭和|Showa/Shōwa;旭|Asahi;太陽|Taiyo/Taiyō;明星|Myojo/Myōjō;協和|Kyowa/Kyōwa;"
             "山陽|San'yo/Sanyo;常盤|Tokiwa;共栄|Kyoei/Kyōei;新和|Shinwa;大成|Taisei;青葉|Aoba;白鳥|Shiratori;"
             "松風|Matsukaze;若葉|Wakaba;桜井|Sakurai;丸山|Maruyama;小松原|Komatsubara;浜名|Hamana;鳴海|Narumi;"
             "瀬戸内|Setouchi;湘南|Shonan/Shōnan;那須|Nasu;美濃|Mino;飛騨|Hida")
JA_TRADE = P("製作所|Seisakusho/Manufacturing;工業|Kogyo/Kōgyō/Industries;商事|Shoji/Shōji/Trading;電機|Denki/Electric;"
             "精機|Seiki/Precision Machinery;化学|Kagaku/Chemical;物産|Bussan/Trading;産業|Sangyo/Sangyō/Industrial;"
             "運輸|Un'yu/Transport;建設|Kensetsu/Construction;工務店|Komuten/Builders;電子|Denshi/Electronics;"
             "食品|Shokuhin/Foods;印刷|Insatsu/Printing;鉄工所|Tekkosho/Ironworks")
KO_FAM = P("김|Kim/Gim;이|Lee/Yi/Rhee/Ri;박|Park/Pak/Bak;최|Choi/Choe;정|Jung/Jeong/Chong;강|Kang/Gang;조|Cho/Jo;윤|Yoon/Yun;"
           "장|Jang/Chang;임|Lim/Im/Rim;한|Han;오|Oh/O;서|Seo/So/Suh;신|Shin/Sin;권|Kwon/Gwon;황|Hwang;안|Ahn/An;송|Song;"
           "류|Ryu/Yoo/Yu;전|Jeon/Chon/Jun;홍|Hong;고|Ko/Go;문|Moon/Mun;양|Yang;손|Son/Sohn;배|Bae/Pae;백|Baek/Paek/Paik;"
           "허|Heo/Ho/Huh;유|Yoo/Yu;남|Nam;심|Shim/Sim;노|Noh/No/Ro;하|Ha;곽|Kwak/Gwak;성|Sung/Seong/Song;차|Cha;"
           "주|Joo/Ju/Chu;우|Woo/U;구|Koo/Gu/Ku;민|Min;진|Jin/Chin;나|Na/Ra;엄|Eom/Um/Om;채|Chae;원|Won;천|Cheon/Chon")
# Korean given names: hangul | RR / RR-hyphen / MR (approximate)
KO_M = P("민준|Minjun/Min-jun/Min-chun;서준|Seojun/Seo-jun/So-jun;도윤|Doyun/Do-yun/To-yun;예준|Yejun/Ye-jun/Ye-jun;"
         "시우|Siu/Si-u/Si-u;주원|Juwon/Ju-won/Chu-won;하준|Hajun/Ha-jun/Ha-jun;지호|Jiho/Ji-ho/Chi-ho;준서|Junseo/Jun-seo/Chun-so;"
         "성민|Seongmin/Seong-min/Song-min;동현|Donghyun/Dong-hyeon/Tong-hyon;현우|Hyunwoo/Hyeon-u/Hyon-u;"
         "영수|Youngsoo/Yeong-su/Yong-su;영호|Youngho/Yeong-ho/Yong-ho;정훈|Jeonghoon/Jeong-hun/Chong-hun;"
         "상철|Sangcheol/Sang-cheol/Sang-chol;광수|Kwangsoo/Gwang-su/Kwang-su;철수|Cheolsu/Cheol-su/Chol-su;"
         "재형|Jaehyung/Jae-hyeong/Chae-hyong;승우|Seungwoo/Seung-u/Sung-u;태희|Taehee/Tae-hui/Thae-hui;"
         "병철|Byungchul/Byeong-cheol/Pyong-chol;기영|Kiyoung/Gi-yeong/Ki-yong;진우|Jinwoo/Jin-u/Chin-u;"
         "명호|Myungho/Myeong-ho/Myong-ho;용준|Yongjun/Yong-jun/Yong-jun;혁|Hyuk/Hyeok/Hyok;건우|Gunwoo/Geon-u/Kon-u;"
         "대호|Daeho/Dae-ho/Tae-ho;경수|Kyungsoo/Gyeong-su/Kyong-su;원석|Wonseok/Won-seok/Won-sok;석진|Seokjin/Seok-jin/Sok-jin")
KO_F = P("서연|Seoyeon/Seo-yeon/So-yon;지우|Jiwoo/Ji-u/Chi-u;서윤|Seoyun/Seo-yun/So-yun;하은|Haeun/Ha-eun/Ha-un;"
         "민서|Minseo/Min-seo/Min-so;지민|Jimin/Ji-min/Chi-min;수빈|Subin/Su-bin/Su-bin;예은|Yeeun/Ye-eun/Ye-un;"
         "지영|Jiyoung/Ji-yeong/Chi-yong;미경|Mikyung/Mi-gyeong/Mi-kyong;은정|Eunjung/Eun-jeong/Un-jong;"
         "혜진|Hyejin/Hye-jin/Hye-jin;수진|Sujin/Su-jin/Su-jin;현주|Hyunjoo/Hyeon-ju/Hyon-ju;영희|Younghee/Yeong-hui/Yong-hui;"
         "순자|Soonja/Sun-ja/Sun-ja;미숙|Misook/Mi-suk/Mi-suk;정희|Junghee/Jeong-hui/Chong-hui;유진|Yujin/Yu-jin/Yu-jin;"
         "소연|Soyeon/So-yeon/So-yon;은비|Eunbi/Eun-bi/Un-bi;다은|Daeun/Da-eun/Ta-un;나연|Nayeon/Na-yeon/Na-yon;"
         "선영|Sunyoung/Seon-yeong/Son-yong;경희|Kyunghee/Gyeong-hui/Kyong-hui")
KO_BRAND = P("대성|Daesung/Daeseong/Taesong;한빛|Hanbit/Hanbich;세진|Sejin/Sechin;동양|Dongyang/Tongyang;삼화|Samhwa;"
             "우진|Woojin/Ujin;대원|Daewon/Taewon;신흥|Shinheung/Sinhung;태광|Taekwang/Thaekwang;한결|Hangyeol/Hangyol;"
             "미래|Mirae/Mirae;성진|Sungjin/Seongjin/Songjin;동원|Dongwon/Tongwon;새한|Saehan;유성|Yuseong/Yusong;"
             "청솔|Cheongsol/Chongsol;푸른숲|Pureunsup/Purunsup;한솔|Hansol;대림|Daelim/Taerim;보성|Boseong/Posong;"
             "일신|Ilshin/Ilsin;진영|Jinyoung/Jinyeong/Chinyong;해성|Haesung/Haeseong/Haesong;가람|Garam/Karam;"
             "다온|Daon/Taon;누리|Nuri;한울|Hanul;새롬|Saerom;온누리|Onnuri;바른|Bareun/Parun")
KO_TRADE = P("산업|Industrial/Sanup/Saneop;무역|Trading/Muyeok/Muyok;전자|Electronics/Jeonja/Chonja;기계|Machinery/Gigye/Kigye;"
             "건설|Construction/Geonseol/Konsol;정밀|Precision/Jeongmil/Chongmil;물산|Trading/Mulsan;상사|Trading/Sangsa;"
             "화학|Chemical/Hwahak;식품|Foods/Sikpum;테크|Tech;물류|Logistics/Mullyu;엔지니어링|Engineering;통상|Trading/Tongsang")
KO_FORM = P("주식회사|Co., Ltd./Corporation/Corp.;(주)|Co., Ltd./Co. Ltd;유한회사|Ltd./Limited")
TH_M = P("สมชาย|Somchai;สมศักดิ์|Somsak;สุรชัย|Surachai;ประเสริฐ|Prasert/Prasoet;วิชัย|Wichai/Vichai;ธนากร|Thanakorn/Thanakon;"
         "อนุชา|Anucha;กิตติ|Kitti;ณัฐพล|Nattapon/Natthaphon;สุนทร|Sunthorn/Soonthorn;ชัยวัฒน์|Chaiwat;วีระ|Weera/Wira;"
         "ประยุทธ|Prayut/Prayuth;อภิชาติ|Apichart/Aphichat;สมพงษ์|Sompong/Somphong;ธีรวัฒน์|Teerawat/Thirawat;"
         "พงศกร|Pongsakorn/Phongsakon;จักรพันธ์|Jakkapan/Chakkraphan;ศักดิ์ชัย|Sakchai;บุญมี|Boonmee/Bunmi;"
         "ปิยะ|Piya;สุรศักดิ์|Surasak;วรพล|Worapol/Woraphon;เอกชัย|Ekkachai/Ekachai")
TH_F = P("สมศรี|Somsri/Somsi;มาลี|Malee/Mali;วรรณา|Wanna/Wanna;สุภาพร|Supaporn/Suphaphon;กาญจนา|Kanchana/Karnchana;"
         "นภา|Napa/Napha;รัตนา|Rattana/Ratana;ศิริพร|Siriporn/Siriphon;ปิยะนุช|Piyanuch/Piyanut;อรุณี|Arunee/Aruni;"
         "จันทร์เพ็ญ|Chanpen/Janpen;พรทิพย์|Porntip/Phonthip;สุดารัตน์|Sudarat;วิไลวรรณ|Wilaiwan/Vilaivan;"
         "นันทนา|Nantana/Nanthana;ดวงใจ|Duangjai/Duangchai;อัญชลี|Anchalee/Anchali;ปวีณา|Paweena/Pawina")
TH_FAM = P("สุขสวัสดิ์|Suksawat/Suksawas;ศรีสุข|Srisuk/Sisuk;วงศ์สวัสดิ์|Wongsawat;แก้วมณี|Kaewmanee/Kaeomani;บุญมา|Boonma/Bunma;"
           "ทองดี|Thongdee/Thongdi;รุ่งเรือง|Rungruang/Rungrueang;ศรีวงศ์|Sriwong/Siwong;พงษ์ไพบูลย์|Pongpaiboon/Phongphaibun;"
           "เจริญผล|Charoenphon/Jaroenpol;สมบูรณ์|Somboon/Sombun;อินทรสุวรรณ|Intarasuwan/Inthrasuwan;ชัยประเสริฐ|Chaiprasert;"
           "ทองคำ|Thongkham/Tongkam;มีสุข|Meesuk/Misuk;ปานทอง|Panthong;สุวรรณรัตน์|Suwannarat;กิตติวงศ์|Kittiwong;"
           "เพชรรัตน์|Petcharat/Phetcharat;ศรีสมบัติ|Srisombat/Sisombat;จันทร์แก้ว|Chankaew/Chankaeo;นาคสวัสดิ์|Naksawat;"
           "วัฒนชัย|Wattanachai/Watthanachai;ธนวัฒน์|Thanawat;บุญเรือง|Boonruang/Bunrueang")
EL_M = P("Γεώργιος|Georgios/Yiorgos/Giorgos;Δημήτριος|Dimitrios/Dimitris;Κωνσταντίνος|Konstantinos/Constantinos/Kostas;"
         "Ιωάννης|Ioannis/Giannis/Yannis;Νικόλαος|Nikolaos/Nikos;Παναγιώτης|Panagiotis/Panayiotis;Βασίλειος|Vasileios/Vasilis;"
         "Χρήστος|Christos/Hristos;Αθανάσιος|Athanasios/Thanasis;Μιχαήλ|Michail/Michalis;Ευάγγελος|Evangelos/Vangelis;"
         "Σπυρίδων|Spyridon/Spyros;Αντώνιος|Antonios/Antonis;Αλέξανδρος|Alexandros;Ανδρέας|Andreas;Στέφανος|Stefanos;"
         "Θεόδωρος|Theodoros;Εμμανουήλ|Emmanouil/Manolis;Σταύρος|Stavros;Πέτρος|Petros")
EL_F = P("Μαρία|Maria;Ελένη|Eleni;Αικατερίνη|Aikaterini/Ekaterini/Katerina;Βασιλική|Vasiliki;Σοφία|Sofia/Sophia;"
         "Αγγελική|Angeliki;Γεωργία|Georgia;Δήμητρα|Dimitra;Κωνσταντίνα|Konstantina;Ευαγγελία|Evangelia;Ειρήνη|Eirini/Irini;"
         "Παναγιώτα|Panagiota/Panayiota;Χριστίνα|Christina;Αναστασία|Anastasia;Ιωάννα|Ioanna;Θεοδώρα|Theodora;Δέσποινα|Despoina/Despina")
EL_FAM = P("Παπαδόπουλος/Παπαδοπούλου|Papadopoulos/Papadopoulou;Παπαδάκης/Παπαδάκη|Papadakis/Papadaki;Γεωργίου/Γεωργίου|Georgiou/Georgiou;"
           "Οικονόμου/Οικονόμου|Oikonomou/Oikonomou;Νικολάου/Νικολάου|Nikolaou/Nikolaou;Βλάχος/Βλάχου|Vlachos/Vlachou;"
           "Αντωνίου/Αντωνίου|Antoniou/Antoniou;Μακρής/Μακρή|Makris/Makri;Παπανικολάου/Παπανικολάου|Papanikolaou/Papanikolaou;"
           "Καραγιάννης/Καραγιάννη|Karagiannis/Karagianni;Δημητρίου/Δημητρίου|Dimitriou/Dimitriou;Ιωάννου/Ιωάννου|Ioannou/Ioannou;"
           "Κωνσταντινίδης/Κωνσταντινίδου|Konstantinidis/Konstantinidou;Αλεξίου/Αλεξίου|Alexiou/Alexiou;Μαυρίδης/Μαυρίδου|Mavridis/Mavridou;"
           "Παππάς/Παππά|Pappas/Pappa;Αθανασίου/Αθανασίου|Athanasiou/Athanasiou;Χατζηγεωργίου/Χατζηγεωργίου|Chatzigeorgiou/Hatzigeorgiou;"
           "Σταματόπουλος/Σταματοπούλου|Stamatopoulos/Stamatopoulou;Λαμπράκης/Λαμπράκη|Lamprakis/Lambraki;Ζαχαρίου/Ζαχαρίου|Zachariou/Zachariou;"
           "Τσακίρης/Τσακίρη|Tsakiris/Tsakiri;Ραφαηλίδης/Ραφαηλίδου|Rafailidis/Rafailidou;Κουτσούκος/Κουτσούκου|Koutsoukos/Koutsoukou")
HE_M = P("דוד|David;יוסף|Yosef/Yossi;משה|Moshe;אברהם|Avraham/Abraham;דניאל|Daniel;יצחק|Yitzhak/Itzhak;איתי|Itai/Itay;"
         "נועם|Noam;אורי|Uri;עומר|Omer;אריאל|Ariel;יונתן|Yonatan/Jonathan;אבי|Avi;אליהו|Eliyahu;שמואל|Shmuel;"
         "יעקב|Yaakov/Yakov;חיים|Haim/Chaim;רון|Ron;גיל|Gil;אמיר|Amir;עידו|Ido;תומר|Tomer;רועי|Roy/Roi;אלון|Alon")
HE_F = P("נועה|Noa;שרה|Sarah/Sara;רחל|Rachel/Rahel;מיכל|Michal;תמר|Tamar;יעל|Yael;שירה|Shira;מאיה|Maya;רונית|Ronit;"
         "אסתר|Esther;אורית|Orit;ליאת|Liat;הדס|Hadas;עדי|Adi;דנה|Dana;אילנה|Ilana;רבקה|Rivka;לאה|Leah/Lea")
HE_FAM = P("כהן|Cohen/Kohen;לוי|Levi/Levy;מזרחי|Mizrahi/Mizrachi;פרץ|Peretz/Perez;ביטון|Biton;דהן|Dahan;אברהם|Avraham;"
           "פרידמן|Friedman;אזולאי|Azoulay/Azulai;מלכה|Malka;אוחיון|Ohayon;חדד|Hadad/Haddad;גבאי|Gabay/Gabai;"
           "יוסף|Yosef;שפירא|Shapira/Shapiro;בן דוד|Ben David/Ben-David;קליין|Klein;אשכנזי|Ashkenazi;רוזנברג|Rosenberg;"
           "גולדשטיין|Goldstein;אלון|Alon;שלום|Shalom;ברק|Barak;סגל|Segal;כץ|Katz;וייס|Weiss;בן חיים|Ben Haim/Ben-Chaim;"
           "טל|Tal;נחום|Nahum;עמר|Amar;בוזגלו|Buzaglo;אלמוג|Almog")

# ---------------------------------------------------------------- organisation parts
PLACES_EN = P("Thornbury;Ashford;Redwood;Kingsbridge;Harrowgate;Milford;Bramley;Cedar Ridge;Fairhaven;Lakeside;Stonebridge;"
              "Westbrook;Northgate;Riverside;Highfield;Oakdale;Brookfield;Clearwater;Pinecrest;Silverdale;Elmstead;"
              "Ravenscourt;Windmere;Copperfield;Greystone;Maplewood;Sandhurst;Whitmore;Larkspur;Hollybrook;Aldergrove;"
              "Bellhaven;Ferndale;Marston;Penrose;Quarry Hill;Saltash;Tamworth;Wexcombe;Yarrowby")
COINED_EN = P("Veltrix;Quantara;Norvex;Arcturo;Zenlith;Calvane;Orbisca;Trelmont;Vantorix;Korvane;Lumetra;Axiona;Pelicor;"
              "Syntaro;Brevik;Omniton;Celvar;Dravenco;Ixora;Mavrel;Nexalon;Parvion;Quelltech;Rendal;Sorvika;Tavrin")
EN_WORDS = P("Holdings;Logistics;Engineering;Consulting;Supplies;Systems;Solutions;Trading;Freight;Precision;Components;"
             "Instruments;Marine;Electronics;Technologies;Partners;Industries;Group;Services;Laboratories;Foods;Textiles;"
             "Packaging;Plastics;Metals;Builders;Pharmaceuticals;Tools;Fasteners;Optics;Analytics;Energy;Water;Cables")
EN_ORGWORD = P("Organisation|Organization;Centre|Center;Colour|Color;Labour|Labor;Defence|Defense;Aluminium|Aluminum;Tyre|Tire")
EN_FORM = P("Ltd;Ltd.;Limited;LLC;Inc.;Inc;Corp.;Corporation;Co.;PLC;LLP;& Sons;& Co.;Company")
FR_WORDS = P("Transports;Ateliers Mécaniques|Ateliers Mecaniques;Laboratoires;Établissements|Etablissements;Société Industrielle|Societe Industrielle;"
             "Compagnie Générale|Compagnie Generale;Menuiserie;Boulangerie;Imprimerie;Chaudronnerie;Électricité|Electricite;Groupe;Bâtiment|Batiment")
FR_FORM = P("SARL;SAS;S.A.;SA;SNC;EURL;SASU")
FR_PLACES = P("Normandie;Bretagne;Provence;Lyonnais;Val de Loire;Picardie;Savoie;Aquitaine;Vendée|Vendee;Alsace;Lorraine;Champagne")
DE_WORDS = P("Maschinenbau;Elektrotechnik;Feinmechanik;Handelsgesellschaft;Logistik;Werkzeugbau;Anlagenbau;Präzisionstechnik|Praezisionstechnik;"
             "Metallbau;Kunststofftechnik;Messtechnik;Antriebstechnik;Spedition;Baustoffe;Haustechnik;Druckerei")
DE_FORM = P("GmbH;GmbH & Co. KG;AG;KG;e.K.;OHG;UG (haftungsbeschränkt)|UG (haftungsbeschraenkt)")
ES_WORDS = P("Construcciones;Distribuidora;Comercial;Industrias;Transportes;Ingeniería|Ingenieria;Servicios Integrales;"
             "Agroindustrial;Importadora;Exportadora;Inversiones;Metalúrgica|Metalurgica;Suministros")
ES_FORM = P("S.A.;S.L.;S.A. de C.V.;S.R.L.;Ltda.;S.A.C.;S.A.S.;SpA")
IT_WORDS = P("Costruzioni;Meccanica;Officine;Trasporti;Impianti;Elettronica;Carpenteria;Forniture Industriali;Ceramiche;Arredamenti")
IT_FORM = P("S.p.A.;S.r.l.;S.n.c.;S.a.s.;Srl;SpA")
PT_WORDS = P("Comércio|Comercio;Indústria|Industria;Transportes;Engenharia;Construtora;Distribuidora;Metalúrgica|Metalurgica;"
             "Importação e Exportação|Importacao e Exportacao;Serviços|Servicos;Agropecuária|Agropecuaria")
PT_FORM = P("Ltda.;S.A.;Lda.;ME;EIRELI;Ltda")
PL_WORDS = P("Przedsiębiorstwo Handlowe|Przedsiebiorstwo Handlowe;Zakład Mechaniczny|Zaklad Mechaniczny;Usługi Transportowe|Uslugi Transportowe;"
             "Hurtownia;Budownictwo;Instalacje;Elektronika;Spedycja")
PL_FORM = P("Sp. z o.o.;S.A.;sp.j.;Sp. z o.o. Sp.k.")
TR_WORDS = P("İnşaat|Insaat;Ticaret;Sanayi;Makina;Elektrik;Gıda|Gida;Tekstil;Lojistik;Otomotiv;Mühendislik|Muhendislik;Kimya;Enerji;Yapı|Yapi")
TR_FORM = P("A.Ş.|A.S.;Ltd. Şti.|Ltd. Sti.;San. ve Tic. A.Ş.|San. ve Tic. A.S.;Sanayi ve Ticaret Ltd. Şti.|Sanayi ve Ticaret Ltd. Sti.")
TR_PLACES = P("Anadolu;Ege;Marmara;Karadeniz;Akdeniz;Toros;Kapadokya;Boğaziçi|Bogazici;Uludağ|Uludag;Erciyes")
AR_BRAND = P("النور|Al Noor/Al-Nour;الأمل|Al Amal;الفجر|Al Fajr;الريان|Al Rayyan;السلام|Al Salam/Al-Salaam;الشروق|Al Shorouk;"
             "الواحة|Al Waha;البركة|Al Baraka;النخيل|Al Nakheel;الصفوة|Al Safwa;الرواد|Al Rowad;الهدى|Al Huda;الزهراء|Al Zahraa;"
             "الياسمين|Al Yasmin;القمة|Al Qimma;المستقبل|Al Mustaqbal;الإتقان|Al Itqan;الوفاء|Al Wafa;الأندلس|Al Andalus;"
             "الميزان|Al Mizan;الضياء|Al Diyaa;الرحاب|Al Rehab;الجود|Al Joud;السنابل|Al Sanabel;الغدير|Al Ghadeer")
AR_KIND = P("للتجارة العامة|General Trading;للمقاولات|Contracting;للتجارة والمقاولات|Trading and Contracting;للصناعات الغذائية|Food Industries;"
            "للنقل والشحن|Transport and Shipping;للاستيراد والتصدير|Import and Export;للخدمات الهندسية|Engineering Services;"
            "للأدوات الكهربائية|Electrical Supplies;للتطوير العقاري|Real Estate Development;للمواد الطبية|Medical Supplies")
AR_FORM = P("ذ.م.م|LLC/L.L.C.;ش.م.م|S.A.E./LLC;ذ.م.م|FZE/FZCO;ش.م.ل|S.A.L.;ذ.م.م|W.L.L.;ش.ذ.م.م|Co. W.L.L.")
FA_BRAND = P("پارس|Pars;آریا|Arya/Aria;سپهر|Sepehr;نوین|Novin;البرز|Alborz;دماوند|Damavand;کیان|Kian;پویا|Pouya/Pooya;"
             "آسمان|Asman;ستاره|Setareh;مهر|Mehr;آفتاب|Aftab;بهار|Bahar;زاگرس|Zagros;خزر|Khazar;کوثر|Kowsar/Kosar;"
             "سامان|Saman;نیلوفر|Niloufar/Nilufar;پرشین|Persian;آرمان|Arman;رایان|Rayan;تابان|Taban;نگین|Negin;"
             "شایان|Shayan;کاوه|Kaveh;آوا|Ava;نسیم|Nasim;سرو|Sarv;ماهان|Mahan;گلستان|Golestan")
FA_KIND = P("بازرگانی|Trading/Commercial;صنایع غذایی|Food Industries;مهندسی|Engineering;تولیدی|Manufacturing;"
            "حمل و نقل|Transport;ساختمانی|Construction;پخش|Distribution;نساجی|Textile;داروسازی|Pharmaceutical;چاپ|Printing")
FA_FORM = P("شرکت|Co./Company;شرکت سهامی خاص|PJS Co./Private Joint Stock Co.;گروه|Group")
UR_WORDS = P("ٹریڈرز|Traders;انٹرپرائزز|Enterprises;انڈسٹریز|Industries;انجینئرنگ ورکس|Engineering Works;ٹیکسٹائل ملز|Textile Mills;"
             "فوڈز|Foods;کنسٹرکشن|Construction;سرجیکل|Surgical")
UR_BRAND = P("النور|Al-Noor;مدینہ|Madina/Madinah;شاہین|Shaheen;فجر|Fajar;ہلال|Hilal;ستارہ|Sitara;سفیر|Safeer;کوہ نور|Kohinoor/Koh-i-Noor;"
             "رحمان|Rehman;مکہ|Makkah;اتفاق|Ittefaq;پاک|Pak;سہارا|Sahara;نیو خان|New Khan;گلشن|Gulshan;چناب|Chenab;راوی|Ravi")
UR_FORM = P("(Pvt.) Ltd.;(Private) Limited;Pvt. Ltd.;& Co.;(SMC-Pvt.) Ltd.")
HI_BRAND = P("श्री बालाजी|Shree Balaji/Sri Balaji;गणेश|Ganesh;लक्ष्मी|Lakshmi/Laxmi;साई|Sai;महालक्ष्मी|Mahalaxmi;"
             "भारत|Bharat;हिंदुस्तान|Hindustan;जय अम्बे|Jai Ambe;श्री राम|Shri Ram/Shriram;ओम साई|Om Sai;सूर्या|Surya;"
             "गंगा|Ganga;कावेरी|Kaveri/Cauvery;नर्मदा|Narmada;सिद्धि विनायक|Siddhi Vinayak;अन्नपूर्णा|Annapurna;विश्वकर्मा|Vishwakarma")
HI_WORDS = P("एंटरप्राइजेज|Enterprises;इंडस्ट्रीज|Industries;इंजीनियरिंग वर्क्स|Engineering Works;टेक्सटाइल्स|Textiles;"
             "ट्रेडर्स|Traders;फार्मास्युटिकल्स|Pharmaceuticals;पॉलिमर्स|Polymers;स्टील|Steel;एग्रो|Agro;ऑटो पार्ट्स|Auto Parts")
HI_FORM = P("प्राइवेट लिमिटेड|Pvt. Ltd./Private Limited;लिमिटेड|Ltd./Limited;|& Co.;|LLP")
RU_BRAND = P("Северная звезда|Severnaya Zvezda;Уральский мастер|Uralsky Master/Uralskiy Master;Волжские просторы|Volzhskie Prostory;"
             "Берёзка|Beryozka/Berezka;Ромашка|Romashka;Сибирский кедр|Sibirsky Kedr;Тёплый дом|Teply Dom/Tyoply Dom;"
             "Добрый хлеб|Dobry Khleb;Светлый путь|Svetly Put;Речная гавань|Rechnaya Gavan;Лесная поляна|Lesnaya Polyana;"
             "Золотой колос|Zolotoy Kolos;Чистая вода|Chistaya Voda;Зелёный сад|Zeleny Sad;Три медведя|Tri Medvedya;"
             "Жемчужина Камы|Zhemchuzhina Kamy;Ладога-Сервис|Ladoga-Servis;Онега-Строй|Onega-Stroy;Вятка-Хлеб|Vyatka-Khleb;"
             "Клён|Klyon/Klen;Рябинушка|Ryabinushka;Сосновый бор|Sosnovy Bor;Снежинка|Snezhinka;Калинка|Kalinka")
RU_FORM = P("ООО|OOO/LLC;АО|AO/JSC;ИП|IP;ЗАО|ZAO/CJSC;ПАО|PAO/PJSC")
UK_BRAND = P("Карпатський ліс|Karpatskyi Lis;Дніпровська хвиля|Dniprovska Khvylia;Соняшник|Soniashnyk;Полтавська галушка|Poltavska Halushka;"
             "Золотий лан|Zolotyi Lan;Подільський сад|Podilskyi Sad;Вишневий цвіт|Vyshnevyi Tsvit;Смачна хата|Smachna Khata;"
             "Чорноморський бриз|Chornomorskyi Bryz;Лелека|Leleka;Світанок|Svitanok;Калина|Kalyna")
UK_FORM = P("ТОВ|TOV/LLC;ПрАТ|PrAT/PJSC;ПП|PP;ФОП|FOP")
VI_BRAND = P("Hoàng Long|Hoang Long;Minh Phát|Minh Phat;Thành Công|Thanh Cong;Phú Thịnh|Phu Thinh;An Khang;Hưng Thịnh|Hung Thinh;"
             "Sao Mai;Đại Dương|Dai Duong;Trường Sơn|Truong Son;Bình Minh|Binh Minh;Tân Phú|Tan Phu;Việt Tiến|Viet Tien;Kim Ngân|Kim Ngan")
VI_WORDS = P("Thương mại|Thuong mai/Trading;Xây dựng|Xay dung/Construction;Vận tải|Van tai/Transport;Thực phẩm|Thuc pham/Food;"
             "Dệt may|Det may/Textile;Cơ khí|Co khi/Mechanical;Điện tử|Dien tu/Electronics")
VI_FORM = P("Công ty TNHH|Co., Ltd./Company Limited;Công ty Cổ phần|JSC/Joint Stock Company")
TH_BRAND = P("สยามรุ่งเรือง|Siam Rungruang;ไทยเจริญ|Thai Charoen;ศรีสยาม|Sri Siam;เอเชียพัฒนา|Asia Phatthana/Asia Pattana;"
             "บางกอกโลหะ|Bangkok Loha;ทองไทย|Thong Thai;รุ่งโรจน์|Rungroj;สุวรรณภูมิพาณิชย์|Suvarnabhumi Panich;เชียงใหม่ค้าไม้|Chiang Mai Kha Mai;"
             "นครชัยขนส่ง|Nakhonchai Khonsong;มั่นคงวิศวกรรม|Mankong Wissawakam")
TH_FORM = P("บริษัท จำกัด|Co., Ltd./Company Limited;บริษัท จำกัด (มหาชน)|Public Company Limited/PCL;ห้างหุ้นส่วนจำกัด|Limited Partnership/Ltd. Part.")
EL_BRAND = P("Αιγαίο|Aigaio/Aegean;Ολυμπος|Olympos/Olympus;Ιόνιο|Ionio/Ionian;Κρήτη|Kriti/Crete;Πήγασος|Pigasos/Pegasus;"
             "Αστέρας|Asteras;Ήλιος|Ilios;Θάλασσα|Thalassa;Ακρόπολη|Akropoli/Acropolis;Μέλισσα|Melissa;Δελφοί|Delfoi/Delphi")
EL_WORDS = P("Ναυτιλιακή|Naftiliaki/Shipping;Τεχνική|Techniki/Technical;Εμπορική|Emporiki/Trading;Κατασκευαστική|Kataskevastiki/Construction;"
             "Βιομηχανία Τροφίμων|Viomichania Trofimon/Food Industry;Μεταφορική|Metaforiki/Transport")
EL_FORM = P("Α.Ε.|S.A./A.E.;Ε.Π.Ε.|EPE/Ltd.;Ο.Ε.|O.E.;Ι.Κ.Ε.|IKE/P.C.")
HE_BRAND = P("אור|Or;גל|Gal;שחר|Shahar;כרמל|Carmel;גליל|Galil;נגב|Negev;ארז|Erez;אלה|Ela;תבור|Tavor;רימון|Rimon;ים המלח|Yam Hamelah")
HE_WORDS = P("תעשיות|Industries/Taasiyot;מערכות|Systems/Maarachot;הנדסה|Engineering/Handasa;שיווק|Marketing/Shivuk;"
             "הובלות|Transport/Hovalot;בנייה|Construction;מזון|Foods/Mazon")
HE_FORM = P("בע\"מ|Ltd./Ltd;בע\"מ|Limited")
ID_BRAND = P("Sinar Jaya;Maju Bersama;Karya Abadi;Sumber Rejeki;Mitra Sejahtera;Cahaya Baru;Bintang Timur;Harapan Makmur;"
             "Setia Kawan;Tunas Muda;Mega Utama;Berkah Sentosa;Gemilang;Cemerlang;Damai Sejahtera;Perkasa;Nusantara Raya")
ID_WORDS = P("Perkasa;Teknik;Logistik;Makmur;Sejahtera;Mandiri;Utama;Indonesia;Engineering;Trading;Industries")
ID_FORM_PRE = P("PT;PT.;CV;CV.")
ID_FORM_POST = P("Tbk;Sdn. Bhd.;Sdn Bhd;Berhad;Bhd.")

NEW_KINDS = P("Hotel;Bakery;Football Club;Dental Clinic;Kindergarten;Bookshop;Tailors;Florist;Pizzeria;Laundry;Driving School;"
              "Yoga Studio;Veterinary Clinic;Hair Salon;Chess Club;Choir;Guest House;Car Wash;Rowing Club;Tea House;Cinema;Opticians")
# common dictionary words and place names (for trap (d): only such distinctive words may get a new kind)
COMMON_WORDS = set(w.lower() for w in P(
    "golden;star;sun;moon;sea;ocean;river;mountain;green;blue;red;white;black;silver;new;great;royal;united;global;"
    "international;east;west;north;south;eastern;western;northern;southern;pacific;atlantic;asia;asian;europe;european;"
    "africa;middle;central;modern;first;best;bright;crown;eagle;lion;tiger;dragon;phoenix;falcon;rose;lotus;pearl;"
    "diamond;crystal;victory;peace;hope;unity;friendship;future;progress;harmony;grand;liberty;paradise;rainbow;"
    "ruby;jade;emerald;sapphire;horizon;summit;pioneer;heritage;zenith;oasis;galaxy;planet;orient;oriental;"
    "korea;china;iran;syria;russia;dubai;sharjah;tehran;beijing;shanghai;moscow;pyongyang;damascus;karachi;lahore;"
    "hong;kong;singapore;malaysia;turkey;istanbul;minsk;kiev;taiwan;ajman;gulf;caspian;persian;arabian;baltic;"
    "siberian;ural;amur;volga;alborz;pars;kish;qeshm;caspian;delta;alpha;omega;sigma;atlas;apex;titan;"))

# generic organisation words (used by the filter to find a listed firm's distinctive words)
LEGAL_FORMS = set(w.lower() for w in P(
    "co;company;ltd;limited;llc;inc;incorporated;corp;corporation;plc;llp;gmbh;ag;kg;sa;s.a;sarl;sas;srl;spa;bv;nv;"
    "jsc;ojsc;cjsc;pjsc;ooo;oao;zao;pao;ao;tov;pp;fze;fzco;fz;llc.;wll;w.l.l;pvt;private;pte;sdn;bhd;berhad;tbk;pt;cv;"
    "kk;k.k;ltda;lda;sl;sac;sae;sal;as;a.s;ab;oy;oyj;aps;a/s;sp;z;o.o;sro;s.r.o;doo;d.o.o;ead;ood;eood;ltd.;co.;inc.;"
    "corp.;pjs;pcl;epe;ae;ike;oe;me;eireli;sasu;eurl;snc;ohg;ug;e.k;ek;kft;zrt;nyrt;bhd.;sdn.;"
    "joint;stock;public;closed;open;type;society;societe;sociedad;anonima;anonim;sirketi;şirketi;ticaret;sanayi;"
    "limitada;responsabilidad;the;of;and;&;for;de;del;la;le;el;al;y;i;und"))
GENERIC_WORDS = set(w.lower() for w in P(
    "trading;trade;group;holding;holdings;industrial;industries;industry;international;intl;global;general;"
    "enterprise;enterprises;services;service;technology;technologies;tech;engineering;import;export;imp;exp;"
    "logistics;shipping;development;investment;investments;manufacturing;factory;plant;works;company;firm;"
    "commercial;commerce;solutions;systems;equipment;electronics;electronic;machinery;materials;chemical;chemicals;"
    "science;scientific;research;institute;center;centre;bureau;office;agency;association;organization;organisation;"
    "network;partners;consulting;construction;supply;supplies;corporation;union;alliance;foundation;federation;"
    "sciences;academy;university;laboratory;laboratories;design;production;products;precision;instruments;"
    "transport;transportation;freight;marine;maritime;aviation;aerospace;energy;power;resources;mining;metals;steel"))
