// Danish vocabulary and sentence templates for the benchmark corpus: hospitals, jobs, transport,
// culture, health advice, research, replies and crisis posts in North Jutland. `{slot}` is filled
// from SLOTS. CLEAN sentences are plain spoken Danish; PROBLEM sentences carry officialese,
// passives, nominal style, reader address, shouting, abbreviations and the like, so that the
// tone rules have real work to do (and real matches to report).

export const PAGES = [
  [30, 'Region Nordjylland'],
  [26, 'Aalborg Universitetshospital'],
  [14, 'Regionshospital Nordjylland'],
  [6, 'Psykiatrien i Region Nordjylland'],
  [4, 'Den Præhospitale Virksomhed'],
  [3, 'Sygehusapoteket Region Nordjylland'],
  [3, 'Steno Diabetes Center Nordjylland'],
  [2, 'Specialsektoren i Region Nordjylland'],
  [2, 'Center for Døvblindhed og Høretab'],
  [1, 'Aalborg UH'], // an old name: sender/vocabulary rules should notice it
];

export const SLOTS = {
  by: [
    'Aalborg', 'Hjørring', 'Frederikshavn', 'Thisted', 'Brønderslev', 'Hobro', 'Skagen', 'Farsø',
    'Dronninglund', 'Sæby', 'Nykøbing Mors', 'Fjerritslev', 'Aars', 'Støvring', 'Pandrup', 'Løkken',
    'Hirtshals', 'Brovst', 'Vodskov', 'Hadsund', 'Arden', 'Nibe', 'Hals', 'Vrå', 'Skørping', 'Læsø',
    'Aalborg Øst', 'Nørresundby', 'Sindal', 'Hurup',
  ],
  afdeling: [
    'akutmodtagelsen', 'fødegangen', 'børneafdelingen', 'kræftafdelingen', 'hjerteafdelingen',
    'medicinsk afdeling', 'øjenafdelingen', 'røntgenafdelingen', 'blodbanken', 'dialyseafsnittet',
    'neonatalafsnittet', 'intensivafsnittet', 'lungeafdelingen', 'det geriatriske afsnit', 'ambulatoriet',
    'skadestuen', 'sengeafsnittet', 'den ortopædkirurgiske afdeling', 'klinisk biokemi', 'smerteklinikken',
    'patienthotellet', 'hospitalets laboratorium',
  ],
  fag: [
    'sygeplejerske', 'læge', 'jordemoder', 'portør', 'social- og sundhedsassistent', 'bioanalytiker',
    'fysioterapeut', 'ergoterapeut', 'radiograf', 'farmaceut', 'psykolog', 'diætist', 'lægesekretær',
    'serviceassistent', 'ambulancebehandler', 'kok', 'elektriker', 'pædagog', 'sundhedsplejerske',
    'tandplejer', 'økonoma', 'tekniker',
  ],
  fage: [
    'sygeplejersker', 'læger', 'jordemødre', 'portører', 'social- og sundhedsassistenter', 'bioanalytikere',
    'fysioterapeuter', 'ergoterapeuter', 'radiografer', 'farmaceuter', 'psykologer', 'diætister',
    'lægesekretærer', 'serviceassistenter', 'kokke', 'pædagoger', 'studerende', 'frivillige',
  ],
  navn: [
    'Mette', 'Lars', 'Anne', 'Søren', 'Hanne', 'Jens', 'Camilla', 'Mads', 'Louise', 'Kim', 'Ahmad',
    'Fatima', 'Birgitte', 'Ole', 'Signe', 'Rasmus', 'Karen', 'Niels', 'Sofie', 'Mikkel', 'Ida', 'Jonas',
    'Line', 'Henrik', 'Maja', 'Peter', 'Trine', 'Kasper', 'Helle', 'Bo', 'Yasmin', 'Thomas', 'Ulla',
  ],
  dag: ['mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag', 'søndag'],
  maaned: [
    'januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober',
    'november', 'december',
  ],
  tid: ['8', '9', '10', '11', '12', '13', '14', '15', '16', '17', '19'],
  tal: ['to', 'tre', 'fire', 'fem', 'seks', 'ti', 'tolv', 'femten', 'tyve', 'tredive', 'fyrre', '25', '50', '120', '300'],
  linje: ['1', '2', '12', '14', '70', '73', '200', '+Bus'],
  hund: ['Bella', 'Molly', 'Charlie', 'Luna', 'Bamse', 'Freja'],
  kultur: [
    'Kunsten', 'Utzon Center', 'Skagens Museum', 'Musikkens Hus', 'Nordkraft', 'Vendsyssel Teater',
    'Lindholm Høje', 'Børglum Kloster', 'Rubjerg Knude Fyr', 'Nordsøen Oceanarium', 'Aalborg Zoo',
    'Kulturmødet på Mors', 'Jazzfestivalen i Skagen', 'Aalborg Karneval', 'Rebild Bakker',
  ],
  kor: ['hospitalskoret', 'pigekoret fra Hjørring', 'drengekoret', 'personalekoret', 'et gospelkor fra Aars'],
  ret: ['frikadeller med kartoffelsalat', 'grøntsagssuppe', 'fiskefrikadeller', 'æblekage', 'rugbrød med laks', 'risalamande'],
  sygdom: ['influenza', 'diabetes', 'kræft', 'hjertesygdom', 'KOL', 'depression', 'gigt', 'astma', 'demens', 'migræne'],
};

export const LINKS = [
  'https://rn.dk', 'https://rn.dk/nythospital', 'https://rn.dk/blodbus', 'https://rn.dk/sundhed/akuttelefon',
  'https://rn.dk/trafik', 'https://aalborguh.rn.dk', 'https://rhn.rn.dk', 'https://psykiatri.rn.dk',
  'https://www.rejseplanen.dk', 'https://www.sundhed.dk', 'https://www.blodbanken.dk', 'https://www.nordjyllandstrafikselskab.dk',
  'https://rn.dk/kultur', 'https://www.kunsten.dk',
];

export const JOB_LINKS = [
  'https://job.rn.dk/akut-aalborg', 'https://job.rn.dk/sygeplejerske-hjoerring', 'https://job.rn.dk/portoer',
  'https://job.rn.dk/laege-thisted', 'https://job.rn.dk/jordemoder', 'https://job.rn.dk/farmaceut',
];

export const HASHTAGS = [
  'aalborg', 'hjørring', 'frederikshavn', 'thisted', 'skagen', 'læsø', 'nordjylland', 'regionnordjylland',
  'job', 'sygeplejerske', 'bloddonor', 'influenza', 'sundhed', 'forskning', 'nythospital', 'akutmodtagelse',
  'kultur', 'frivillig', 'jordemoder', 'trivsel', 'psykiatri', 'diabetes', 'vendsyssel', 'himmerland', 'thy',
  'mors', 'limfjorden', 'grøntomstilling', 'bus', 'teknologi',
];

export const LOCAL_HASHTAGS = ['nordjylland', 'aalborg', 'vendsyssel', 'himmerland', 'thy', 'mors', 'limfjorden', 'skagen', 'hjørring'];

export const EMOJI = ['🩸', '🚌', '💉', '🎶', '☀️', '🎉', '🚁', '❤️', '👋', '🧵', '🌱', '📚'];

export const OPENERS = {
  hospital: [
    'Mød {navn}, der har været {fag} i {by} i {tal} år.',
    'Hvad laver en {fag} egentlig hele dagen? Spørg bare {navn}.',
    'Blodbussen holder i {by} på {dag}. Kig forbi, og giv en gave, der redder liv.',
    'Vores jordemødre tog imod {tal} børn i {maaned}. Velkommen til verden!',
    'Nu kan du følge med i, hvordan det nye hospital i Aalborg Øst vokser op.',
    'Vaccinebussen kører til {by} på {dag}, så du ikke behøver tage langt for at få dit stik.',
    'Har du lyst til at give et par timer om ugen som frivillig?',
    'I dag siger vi tak til alle vores {fage}.',
    'Besøgshunden {hund} kommer forbi {afdeling} hver {dag}.',
  ],
  research: [
    'Forskere fra Aalborg Universitetshospital har fundet en ny måde at opdage blodpropper på.',
    'Kan en app hjælpe dig med at sove bedre efter en operation?',
    'Ny forskning fra Nordjylland kan gøre det lettere at leve med {sygdom}.',
  ],
  jobs: [
    'Vil du arbejde der, hvor det hele starter? Vi søger {fage} til {afdeling} i {by}.',
    'Vi søger en {fag} til {afdeling} i {by}.',
    'Drømmer du om et job, hvor du gør en forskel hver dag?',
  ],
  transport: [
    'Fra {dag} kører bussen helt hen til døren på hospitalet i {by}.',
    'Sådan kommer du nemt til hospitalet i {by}.',
    'Skal du til undersøgelse i {by}? Her er den nemmeste vej.',
  ],
  culture: [
    'Kom til koncert i forhallen på {dag}, når {kor} synger.',
    'Vi er med på {kultur} med et telt om sundhed og trivsel.',
    'Kunst og musik hører også til på et hospital.',
  ],
  closers: [
    'Hej {navn}, og tak for dit spørgsmål.',
    'Tak for de søde ord, {navn}. Dem giver vi videre til holdet.',
    'Hej {navn}. Godt, at du spørger.',
  ],
};

export const TOPICS = {
  hospital: [
    'Hver dag tager vi imod omkring {tal} patienter i {afdeling}.',
    'Husk at tage dit sundhedskort og en liste over din medicin med.',
    'Du er velkommen til at tage en pårørende med til samtalen.',
    'Vi har brug for flere bloddonorer i {by}, især dig med blodtype 0 negativ.',
    'Tak til alle, der har givet blod i år. I redder liv hver eneste dag.',
    'Har du feber eller hoste, så bliv hjemme, og ring til din egen læge.',
    'På billedet ser du {navn}, som er {fag} på {afdeling}.',
    'Det nye hospital får plads til flere patienter og kortere gange for personalet.',
    'Vi tester robotter, der kører blodprøver fra afdelingerne ned til laboratoriet.',
    'Når du kommer til scanning, skal du møde op et kvarter før tiden.',
    'Stikket mod {sygdom} er gratis, hvis du er over 65 år.',
    'Du kan se svar på dine prøver i appen MinSundhed.',
    'Vores frivillige følger dig fra indgangen og hen til den rigtige afdeling.',
    'Den nye akutlægebil kører fra {by} og kan nå langt ud på landet.',
    'Helikopteren lander på taget, og få minutter senere er patienten på operationsstuen.',
    'Kantinen har fået nye retter med grøntsager fra gårde i nærheden af {by}.',
    'I dag kan du få {ret} i kantinen.',
    'Solcellerne på taget i {by} giver nu en fjerdedel af den strøm, hospitalet bruger.',
    'Ring til akuttelefonen, før du tager på skadestuen. Så ved vi, at du kommer.',
    'Du kan besøge din pårørende hele dagen mellem kl. 8 og 20.',
    'Tal gerne med os på afdelingen, hvis du har brug for at komme uden for besøgstiden.',
    'Vi har fået nye senge og mere lys på stuerne i {afdeling}.',
    'Et grin kan gøre et stik mindre skræmmende.',
    'Det tager under en time, og du får kaffe og kage bagefter.',
    'Vi tager en lille prøve og en snak, før du giver blod første gang.',
    'Hospitalsklovnene besøger børneafdelingen hver torsdag med røde næser og store sko.',
    'Sundhedsplejersken kommer på besøg, når I er kommet hjem fra fødegangen.',
    'Lever du med {sygdom}? Så kom til vores aften om kost, motion og søvn.',
    'Gåklubben mødes ved hovedindgangen hver {dag} kl. {tid}.',
    'Vores portører går mange kilometer om dagen, og de kender hver eneste gang.',
    'Farmaceuterne går nu med på stuegang og hjælper med at give den rigtige medicin.',
    'Vi åbner et nyt patienthotel, så du kan sove tæt på din familie.',
    'I weekenden er der åbent hus i psykiatrien i {by}, og alle er velkomne.',
    'Du kan lære at give hjertemassage på et gratis kursus på {dag}.',
  ],
  research: [
    'Studiet viser, at patienter, der kommer hurtigt op at gå, kommer tidligere hjem.',
    'Vi søger deltagere til et forsøg om søvn og smerter.',
    'Resultaterne kan hjælpe læger i hele landet med at finde {sygdom} tidligere.',
    'Forskerne fulgte over tusind nordjyder i fem år.',
    'Projektet er et samarbejde med Aalborg Universitet og de praktiserende læger.',
    'Vi vil gerne takke alle de patienter, der har sagt ja til at være med.',
    'Næste skridt er at afprøve metoden på flere hospitaler i regionen.',
    'En ny blodprøve kan vise, om du har brug for en scanning.',
    'Den nye metode sparer patienterne for en lang tur til Aarhus.',
    'Læs hele artiklen i et internationalt tidsskrift.',
  ],
  jobs: [
    'Hos os møder du patienter med alt fra brækkede arme til hjertestop.',
    'Ingen dag er ens, og du lærer noget nyt på hver vagt.',
    'Du får en mentor de første tre måneder og tid til at lære huset at kende.',
    'Vi tilbyder faste vagter, gode kolleger og mulighed for efteruddannelse.',
    'Ring gerne til {navn}, hvis du vil høre mere om jobbet.',
    'Hos os arbejder {fage} og {fage} tæt sammen om hver patient.',
    'Er du nyuddannet? Så er du også velkommen til at søge.',
    'Vi holder åbent hus for nye kolleger på {dag} fra kl. {tid}.',
    'Stillingen er på 37 timer om ugen, og du kan starte 1. {maaned}.',
    'Kom og se, hvordan en vagt ser ud hos os.',
    'Vi griner meget, og vi hjælper hinanden, når det går stærkt.',
    'Du bliver en del af et hold, der tager sig godt af både patienter og kolleger.',
  ],
  transport: [
    'Linje {linje} holder lige ved hovedindgangen hvert kvarter.',
    'Tjek din rejse, før du tager hjemmefra.',
    'Du kan parkere gratis i parkeringshuset de første to timer.',
    'Der er ladestandere til elbiler ved indgang {tal}.',
    'Har du brug for kørsel til hospitalet, kan du bestille patientbefordring.',
    'Færgen fra Læsø sejler til tiden, og bussen venter i Frederikshavn.',
    'Vejen ved {by} er spærret i weekenden, så kør en anden vej.',
    'Cykelparkeringen ved indgang {tal} har fået tag og lys.',
    'Togene mellem Hjørring og Skagen kører igen efter sporarbejdet.',
    'Nordjyllands Trafikselskab sætter flere busser ind mellem {by} og {by}.',
    'Om aftenen og i weekenden kører bussen hver halve time.',
    'Du slipper for at gå over den store p-plads, og det er rart, når det blæser.',
  ],
  culture: [
    'Kunsten låner os billeder til de nye venteområder.',
    'Bogbussen kommer forbi sengeafsnittet hver anden {dag}.',
    'Sommerkoncerten i hospitalsparken starter kl. {tid}.',
    'Tag familien med til {kultur}, hvor børn kommer gratis ind i weekenden.',
    'Vi fejrer 25 år med musik, taler og kage til alle.',
    'Der er plads til alle, og det koster ikke noget at være med.',
    'Musikken gør noget godt for patienter, pårørende og personale.',
    'Koret har øvet sig hele efteråret og glæder sig til at synge for jer.',
    'Billederne hænger i gangen ved indgang {tal} resten af året.',
    'Kom og hør om sundhed, trivsel og det gode liv i Nordjylland.',
    'Der er gratis kaffe, og børnene kan få malet ansigt.',
    'Teatret spiller for børnene på hospitalet hver jul.',
    'En kunstner fra {by} har malet de store vægge i venteområdet.',
    'Vi inviterer til debat om fremtidens sundhedsvæsen på {dag} kl. {tid}.',
  ],
  closers: [
    'Vi glæder os til at se dig.',
    'Tak for jeres tid og jeres tålmodighed.',
    'Kig forbi, og sig hej til holdet.',
    'Har du spørgsmål, så skriv til os her.',
    'Det er vi rigtig glade for at høre.',
    'Vi giver din ros videre til {navn} og resten af holdet.',
    'Du er altid velkommen til at ringe til afdelingen.',
    'Følg med her, så fortæller vi mere, når vi ved det.',
  ],
};

export const CRISIS = [
  'Vi er opmærksomme på, at telefonerne i {afdeling} ikke virker lige nu.',
  'Vi beklager, og vi arbejder på at løse det så hurtigt som muligt.',
  'Er det akut, så ring 112.',
  'Vi opdaterer her, så snart vi ved mere.',
  'Vi forstår godt, at det er hårdt at vente.',
  'Det er vores ansvar, og vi tager det alvorligt.',
];

/** Sentences with something for the tone (and some compliance) rules to find. */
export const PROBLEM = [
  // officialese
  'Vedrørende parkering henvises der til hospitalets hjemmeside.',
  'Såfremt du ønsker at flytte din tid, skal du kontakte afdelingen.',
  'På nuværende tidspunkt er der ingen ventetid i {afdeling}.',
  'Der afholdes informationsmøde ultimo {maaned} i henhold til den nye plan.',
  'Endvidere skal det bemærkes, at ansøgninger fremsendes elektronisk.',
  'Grundet ombygning forefindes der ingen parkeringspladser ved indgang {tal}.',
  'Vi skal anmode om, at du benytter indgang {tal} samt elevatoren.',
  'I henhold til gældende regler påregnes svar inden for fjorten dage.',
  'Besøgende bedes anvende håndsprit ved indgangen.',
  // passive voice
  'Patienterne bliver undersøgt af en læge, og prøverne sendes til laboratoriet.',
  'Der er blevet truffet en beslutning om at samle operationerne i {by}.',
  'Planlagte operationer i {by} aflyses desværre i denne uge.',
  'Du bliver kontaktet af afdelingen, og en ny tid sendes til dig.',
  'Der arbejdes på at få systemet til at virke igen.',
  'Ansøgningen skal sendes senest 1. {maaned}, og samtaler forventes afholdt i uge 10.',
  // nominal style
  'Vi foretager en vurdering af behovet for flere senge i {by}.',
  'Afdelingen yder hjælp til pårørende, når der er truffet en beslutning.',
  'Lægen foretog en undersøgelse og tog stilling til behandlingen.',
  // reader address
  'Man bedes medbringe sundhedskort og en liste over sin medicin.',
  'Borgerne opfordres til at lade sig vaccinere mod {sygdom}.',
  'De bedes venligst kontakte undertegnede, hvis De har spørgsmål.',
  'Man kan med fordel læse mere på hjemmesiden.',
  'Patienter bedes møde op et kvarter før tiden.',
  // abbreviations and old names
  'AAUH og RHN samarbejder om et nyt forløb for patienter med {sygdom}.',
  'Du kan se dine svar i EPJ, når de er klar.',
  'Kom forbi Aalborg Sygehus og hør mere om planerne.',
  // shouting
  'HUSK at komme til tiden!',
  'NU er der åbent for tilmelding. KOM og vær med!',
  // political
  'Socialdemokratiet og Venstre er enige om, at der skal flere penge til psykiatrien.',
];

/** Clauses for deliberately long sentences (joined with commas and conjunctions). */
export const CLAUSES = [
  'vi har i de seneste måneder arbejdet tæt sammen med kommunerne i hele Nordjylland',
  'patienterne har fortalt os, at de gerne vil have kortere ventetid og bedre information',
  'vi har derfor valgt at samle de mange forskellige tilbud ét sted på hospitalet',
  'de pårørende skal kunne finde vej uden at spørge om hjælp ved hver eneste dør',
  'der kommer nye skilte, bedre lys og flere bænke langs de lange gange',
  'personalet har været med til at tegne de nye rum fra første dag',
  'det betyder, at du fremover møder de samme ansigter fra den første samtale til udskrivelsen',
  'bussen, toget og færgen skal passe bedre sammen med åbningstiderne',
  'vi forventer at være færdige med hele ombygningen inden udgangen af næste år',
];

export const JOIN = [', og ', ', men ', ', fordi ', ', så ', ', mens ', ', og derfor '];

export const ALT_TEXTS = [
  'En sygeplejerske smiler til en patient ved sengen',
  'En gul bus holder ved hovedindgangen',
  'To portører skubber en seng ned ad en lys gang',
  'Blodbussen holder foran biblioteket',
  'Et kor synger i forhallen',
  'Byggekraner over det nye hospital i Aalborg Øst',
  'En læge og en farmaceut kigger på en skærm',
  'En hund ligger ved siden af en seng på børneafdelingen',
  'En helikopter lander på taget',
  'Frivillige i røde veste ved indgangen',
];

export const IMAGE_NAMES = [
  'blodbus', 'bus-hovedindgang', 'portoerer', 'kor-forhallen', 'byggeplads', 'stuegang', 'besoegshund',
  'helikopter', 'frivillige', 'sygeplejerske', 'kantine', 'solceller', 'vaccinebus', 'laboratorium',
];

export const REPLY_HOSTS = [
  'https://www.facebook.com/regionnordjylland/posts/',
  'https://www.facebook.com/aalborguh/posts/',
  'https://www.linkedin.com/feed/update/urn:li:activity:',
  'https://x.com/regionnord/status/',
];
