// The hand-kept word lists of the entity model. Only the gazetteer build reads most of them
// (scripts/build-entity-table.ts): at run time the model reads them as one precomputed table.

/** Words separated by white space, as a set. */
export const words = (list: string): ReadonlySet<string> => new Set(list.split(/\s+/).filter(Boolean));
/** Phrases separated by `|`, as a set. */
export const piped = (list: string): ReadonlySet<string> => new Set(list.split('|').filter(Boolean));

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

/** Days and months: dates, not names. */
export const CALENDAR = words(`
  Monday Tuesday Wednesday Thursday Friday Saturday Sunday
  January February March April June July August September October November December Sept
`);


/** Adjectives of nationality, region and creed the generated lists leave out (`British`, `Sunni`). */
export const NATIONALITY_WORDS = words(`British English Scottish Welsh Irish American European African Asian Arab Arabic Latin Western Eastern
    Northern Southern Soviet Jewish Muslim Christian Catholic Protestant Sunni Shia Shiite Hindu Buddhist Kurdish
    Palestinian Israeli Basque Catalan Flemish Bavarian Texan Californian Hispanic Asian-American African-American
    Anglo Nordic Balkan Baltic Caribbean Pacific Atlantic Mediterranean Persian Slavic Cossack Tamil Sikh Pashtun
    Moslem Moslems Islamic Islamist Jihadist Orthodox Evangelical Communist Socialist Marxist Nazi Zionist
    Republican Democratic Democrat Gregorian Julian Christian Gothic Victorian Georgian Edwardian`);

/** Holidays and feasts (\`Christmas Eve\`, \`Hanukkah\`): named days, typed \`other\`. */
export const HOLIDAYS = /^(?:Christmas|Xmas|Easter|Hanukkah|Chanukah|Kwanzaa|Ramadan|Eid|Diwali|Thanksgiving|Halloween|Passover|Pentecost|Lent|Advent|Epiphany|Hogmanay|Yom|Rosh|Nowruz|Holi|Vesak)/u;

