import { CITY_NAMES, COMMON_WORDS, COUNTRY_NAMES, DEMONYMS, FIRST_NAMES, LANGUAGES } from './gazetteer.generated.js';

const words = (list: string): ReadonlySet<string> => new Set(list.split(/\s+/).filter(Boolean));
const piped = (list: string): ReadonlySet<string> => new Set(list.split('|').filter(Boolean));

/** Country names and spellings, as written. */
export const COUNTRIES = piped(COUNTRY_NAMES);
/** Cities and capitals, as written. */
export const CITIES = piped(CITY_NAMES);
/** First names, capitalised. */
export const GIVEN_NAMES = piped(FIRST_NAMES);
/** The commonest English words, lower case. */
export const COMMON = piped(COMMON_WORDS);

/** Continents, regions and sub-national units the data packages do not list (US states, UK nations, seas). */
export const REGIONS = piped(
  [
    'Africa|Antarctica|Asia|Europe|North America|South America|Latin America|Central America|Oceania|Australasia',
    'Middle East|Near East|Far East|Balkans|Caucasus|Caribbean|Scandinavia|Siberia|Arctic|Sahara|Sahel|Gulf|Persian Gulf',
    'Eastern Europe|Western Europe|Central Asia|South Asia|Southeast Asia|East Asia|West Africa|East Africa|North Africa',
    'Korean Peninsula|Pacific|Atlantic|Mediterranean|Baltic|Black Sea|Red Sea|South China Sea|Indian Ocean|Crimea|Donbas',
    'Gaza|West Bank|Kashmir|Tibet|Kurdistan|Chechnya|Silicon Valley|Wall Street|Midwest|New England|Bavaria|Catalonia',
    'England|Scotland|Wales|Northern Ireland|Britain|Great Britain|Ulster|Flanders|Wallonia|Quebec|Ontario|Alberta',
    'Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|Illinois',
    'Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri',
    'Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma',
    'Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington',
    'West Virginia|Wisconsin|Wyoming|District of Columbia|Yorkshire|Lancashire|Kent|Essex|Surrey|Sussex|Cornwall',
  ].join('|'),
);

/** Short and dotted forms of places (`U.S.`, `UK`): the gazetteers leave two-letter codes out. */
export const PLACE_ABBREVIATIONS: ReadonlyMap<string, string> = new Map([
  ['US', 'United States'],
  ['U.S.', 'United States'],
  ['U.S', 'United States'],
  ['USA', 'United States'],
  ['U.S.A.', 'United States'],
  ['UK', 'United Kingdom'],
  ['U.K.', 'United Kingdom'],
  ['U.K', 'United Kingdom'],
  ['UAE', 'United Arab Emirates'],
  ['DC', 'Washington, D.C.'],
  ['D.C.', 'Washington, D.C.'],
  ['N.Y.', 'New York'],
  ['L.A.', 'Los Angeles'],
  // AP-style state abbreviations, written with their stop.
  ...(
    [
      ['Ala.', 'Alabama'], ['Ariz.', 'Arizona'], ['Ark.', 'Arkansas'], ['Calif.', 'California'], ['Colo.', 'Colorado'],
      ['Conn.', 'Connecticut'], ['Del.', 'Delaware'], ['Fla.', 'Florida'], ['Ga.', 'Georgia'], ['Ill.', 'Illinois'],
      ['Ind.', 'Indiana'], ['Kan.', 'Kansas'], ['Ky.', 'Kentucky'], ['La.', 'Louisiana'], ['Md.', 'Maryland'],
      ['Mass.', 'Massachusetts'], ['Mich.', 'Michigan'], ['Minn.', 'Minnesota'], ['Miss.', 'Mississippi'],
      ['Mo.', 'Missouri'], ['Mont.', 'Montana'], ['Neb.', 'Nebraska'], ['Nev.', 'Nevada'], ['N.H.', 'New Hampshire'],
      ['N.J.', 'New Jersey'], ['N.M.', 'New Mexico'], ['N.C.', 'North Carolina'], ['N.D.', 'North Dakota'],
      ['Okla.', 'Oklahoma'], ['Ore.', 'Oregon'], ['Pa.', 'Pennsylvania'], ['R.I.', 'Rhode Island'],
      ['S.C.', 'South Carolina'], ['S.D.', 'South Dakota'], ['Tenn.', 'Tennessee'], ['Vt.', 'Vermont'],
      ['Va.', 'Virginia'], ['Wash.', 'Washington'], ['W.Va.', 'West Virginia'], ['Wis.', 'Wisconsin'], ['Wyo.', 'Wyoming'],
    ] as const
  ),
]);

/** Well-known institutions often named by a building, a place or a bare word (`the Kremlin`, `Congress`). */
export const INSTITUTIONS = piped(
  [
    'Kremlin|White House|Pentagon|Downing Street|Elysee|Élysée|Vatican|Congress|Senate|Parliament|Bundestag|Knesset|Duma',
    'Supreme Court|High Court|Federal Reserve|Fed|Treasury|Commons|House of Commons|House of Lords|House of Representatives',
    'United Nations|UN|NATO|Nato|EU|European Union|European Commission|Interpol|Hamas|Hezbollah|Taliban|Labour|Conservatives',
    'Tories|Democrats|Republicans|Liberal Democrats|Lib Dems|Reuters|Associated Press|AP|AFP|BBC|CNN|Twitter|Facebook',
    'Google|Apple|Microsoft|Amazon|Wikileaks|WikiLeaks|OPEC|IMF|WHO|FBI|CIA|NASA|G7|G20|G8|ASEAN|OECD|WTO|UNESCO|UNICEF',
  ].join('|'),
);

/** Words that end an organisation's name (`Pew Research Center`, `Telegraph Group`, `Labour Party`). */
export const ORG_SUFFIXES = words(`
  Inc Inc. Corp Corp. Corporation Co Co. Company Companies Ltd Ltd. Limited LLC Plc plc PLC AG GmbH SA NV Group Holdings
  Party Ministry Department University College Academy Institute Institution School Council Agency Authority Commission
  Committee Court Bank Fund Foundation Trust Association Federation Union League Society Club Church Cathedral Times News
  Post Journal Herald Tribune Telegraph Guardian Gazette Review Press Mail Standard Observer Express Chronicle Magazine
  Radio Television TV Network Networks Channel Studios Records Airlines Airways Motors Systems Technologies Industries
  Services Partners Capital Securities Insurance Energy Pharmaceuticals Labs Laboratories Center Centre Office Bureau
  Board Service Force Forces Army Navy Police Assembly Parliament Congress Senate Administration Government Cabinet
  Alliance Coalition Movement Front Brigade Brigades Organisation Organization Hospital Museum Library Orchestra Theatre
  Theater Team Cinema Media Mirror Winery Brewery Commission Tribunal Secretariat Directorate Inquirer Sun Star Post
  Affairs Chamber Chambers Reserve Exchange Institutes Universities Colleges Schools Council Councils Workers
`);

/** Words that open an organisation's name (`Ministry of Defence`, `University of Oxford`, `Bank of England`). */
export const ORG_PREFIXES = words(`
  Ministry Department University College Bank Council Institute Academy Church Commission Committee Court Office Board
  Federation Union Association Society Agency House Museum Party Royal National International Federal
`);

/** Words that end a place's name (`Coral Springs`, `Red Sea`, `Grace Road`). */
export const PLACE_SUFFIXES = words(`
  City County Province Region District State Island Islands Isle Peninsula River Lake Mountain Mountains Mount Valley
  Bay Sea Ocean Gulf Strait Coast Desert Forest Park Square Street Road Avenue Boulevard Lane Bridge Airport Port Harbour
  Harbor Springs Beach Heights Hills Falls Canyon Plains Territory Territories Republic Kingdom Emirates
`);

/** Words that open a place's name (`Mount Everest`, `Lake Geneva`, `Port Said`). */
export const PLACE_PREFIXES = words(`Mount Lake Port Fort Cape Gulf Isle Saint St. St San Santa Sao São Los Las El`);

/**
 * Honorifics and titles stripped from the front of a name and kept as the entity's title. Keys are the
 * words as written (dots kept separately); multi-word titles are matched word by word.
 */
export const TITLES = words(`
  Mr Mrs Ms Miss Mx Dr Prof Professor Sir Dame Lord Lady Rev Reverend Father Sister Brother Rabbi Imam Sheikh Sheik
  President Vice Prime Minister Chancellor Secretary Senator Sen Rep Representative Congressman Congresswoman Governor
  Gov Mayor Judge Justice King Queen Prince Princess Duke Duchess Emperor Pope Cardinal Bishop Archbishop General Gen
  Colonel Col Captain Capt Lieutenant Lt Major Maj Sergeant Sgt Admiral Adm Commander Cmdr Officer Detective Chief
  Ambassador Envoy Minister Deputy Foreign Defence Defense Finance Interior Health Home State Attorney Speaker Leader
  Chairman Chairwoman Chair Director Coach Manager Commissioner Inspector Constable Supt Superintendent Sheriff Agent
  Premier Dictator Chairperson Spokesman Spokeswoman Spokesperson Executive CEO Founder Editor Analyst Shadow Head MP
  MEP Lawmaker Congressmember Delegate Councillor Councilman Councilwoman Alderman Magistrate Prosecutor Counsel
`);

/** Titles that alone make the following name a person (`Mr Putin`, `President Biden`). */
export const PERSON_TITLES = words(`
  Mr Mrs Ms Miss Mx Dr Prof Professor Sir Dame Lord Lady Rev Reverend Rabbi Imam Sheikh Sheik President Senator Sen Rep
  Congressman Congresswoman Governor Gov Mayor Judge Justice King Queen Prince Princess Pope Cardinal Bishop Archbishop
  General Gen Colonel Col Captain Capt Lieutenant Lt Major Sergeant Sgt Admiral Chancellor Minister Secretary Ambassador
  Speaker Coach Premier Detective Inspector Sheriff Father Sister Brother Chairman Chairwoman
`);

/** Words that follow a person: a name right before one of these is a person's (`Putin said`). */
export const PERSON_VERBS = words(`
  said says told added asked explained wrote tweeted argued insisted noted warned claimed replied recalled stated
  admitted acknowledged denied confirmed announced believes thinks thought wants wanted who whose himself herself
`);

/** Prepositions that often precede a place (`in Vladivostok`, `near Khasan`). */
export const PLACE_PREPOSITIONS = words(`in near at from to across outside inside around throughout toward towards into via`);

/** Lower-case words allowed inside a name (`Ludwig van Beethoven`, `Osama bin Laden`, `Leonardo da Vinci`). */
export const NAME_PARTICLES = words(`de da del della di van von der den du la le bin ibn al el y dos das ter`);

/** Lower-case words that join two capitalised parts of an organisation or place (`Bank of England`). */
export const JOINERS = words(`of for`);

/** Days and months: dates, not names. */
export const CALENDAR = words(`
  Monday Tuesday Wednesday Thursday Friday Saturday Sunday
  January February March April June July August September October November December Sept
`);

/** Adjectives of nationality and language (`Russian`, `North Korean`): never entities on their own. */
export const NATIONALITIES: ReadonlySet<string> = new Set([
  ...piped(DEMONYMS),
  ...piped(LANGUAGES),
  ...words(`British English Scottish Welsh Irish American European African Asian Arab Arabic Latin Western Eastern
    Northern Southern Soviet Jewish Muslim Christian Catholic Protestant Sunni Shia Shiite Hindu Buddhist Kurdish
    Palestinian Israeli Basque Catalan Flemish Bavarian Texan Californian Hispanic Asian-American African-American
    Anglo Nordic Balkan Baltic Caribbean Pacific Atlantic Mediterranean Persian Slavic Cossack Tamil Sikh Pashtun
    Moslem Moslems Islamic Islamist Jihadist Orthodox Evangelical Communist Socialist Marxist Nazi Zionist
    Republican Democratic Democrat Gregorian Julian Christian Gothic Victorian Georgian Edwardian`),
]);

/** Words that never start or make a name even when capitalised (pronouns, determiners, wh-words, interjections). */
export const NEVER_NAMES = words(`
  I I'm I've I'd I'll A An The This That These Those He She It We They You Me Him Her Us Them My Your His Its Our Their
  What When Where Who Whom Whose Why How Which If But And Or Nor So Yet As At By For From In Into Of On Onto To With
  Without Not No Yes Oh Ah Hey Mr. Mrs. Ms. Dr. Here There Then Now Today Yesterday Tomorrow Also Some Many Most All Any
  Each Every Both Either Neither Such Very Just Only Even Still While Although Though Because Since Until After Before
  During Over Under About Above Below Between Among Against Per Via Et Al Ltd Inc Euro Euros Dollar Dollars Into Onto
  Upon Within Out Up Off Down Than TV GMT UTC CEO CFO GDP OK DNA HIV AIDS ID PR DJ PhD AM PM FM UFO VIP CD DVD PC SUV
  IPO RBI ERA LOL
`);

/** Holidays and feasts (\`Christmas Eve\`, \`Hanukkah\`): named days, typed \`other\`. */
export const HOLIDAYS = /^(?:Christmas|Xmas|Easter|Hanukkah|Chanukah|Kwanzaa|Ramadan|Eid|Diwali|Thanksgiving|Halloween|Passover|Pentecost|Lent|Advent|Epiphany|Hogmanay|Yom|Rosh|Nowruz|Holi|Vesak)/u;

/** Words that end the name of an event or competition (`World Cup`, `U.S. Open`): not people, places or organisations. */
export const EVENT_SUFFIXES = words(`
  Cup Open Championship Championships Games Olympics Olympiad Classic Masters Series Tour Trophy Prix Grand Slam
  Festival Awards Award Prize Summit Conference Expo Fair Marathon Derby Bowl Week Day Year Act Bill War Wars Agreement
  Accord Accords Treaty Plan Index Election Elections Referendum Primary Primaries
`);

/** Common nouns that name the kind of organisation written before them (`Interfax news agency`, `Chosun Ilbo newspaper`). */
export const ORG_NOUNS = words(`
  agency newspaper daily weekly magazine company firm group party club team bank airline carrier broadcaster network
  channel station university college school institute council ministry union association federation league board band
  committee commission court tribunal authority outlet paper tabloid conglomerate giant maker manufacturer retailer
  insurer lender operator organisation organization foundation charity militia movement faction coalition alliance
  store chain brand label studio publisher
`);

/** Lower-case roles written after an organisation's name (`Blur guitarist`, `NUJ official`): a weak sign of an organisation. */
export const MEMBER_ROLES = words(`
  guitarist singer drummer bassist frontman member members official officials spokesman spokeswoman spokesperson
  chairman chairwoman chief executive boss director president leader leaders chief striker player players coach
  manager founder owner shareholders staff employees workers executives lawmakers lawmaker analyst analysts
`);

/** Common nouns that name the kind of place written before them (`Khasan station` is ambiguous; `Lagos state` is not). */
export const PLACE_NOUNS = words(`city town village province region district county state island capital port border`);
