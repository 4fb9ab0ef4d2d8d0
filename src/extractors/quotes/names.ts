/**
 * Word lists and the article's name memory: what a speaker phrase is made of, and the
 * fullest form of each name the article gives.
 */

/** Honorifics dropped from a name (`Mr Brown` → `Brown`). Lower case, without a full stop. */
export const HONORIFICS: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'sir', 'dame', 'lord', 'lady', 'prof', 'professor', 'rev', 'reverend',
  'sen', 'senator', 'rep', 'representative', 'gov', 'governor', 'gen', 'general', 'col', 'capt', 'captain',
  'lt', 'sgt', 'adm', 'president', 'minister', 'secretary', 'chancellor', 'mayor', 'judge', 'justice',
  'ambassador', 'commissioner', 'chairman', 'chairwoman', 'chair', 'speaker', 'leader', 'chief', 'director',
  'spokesman', 'spokeswoman', 'spokesperson', 'premier', 'king', 'queen', 'prince', 'princess', 'pope',
  'father', 'sister', 'rabbi', 'imam', 'sheikh', 'deputy', 'vice', 'prime', 'foreign', 'attorney', 'officer',
  'executive', 'head', 'editor', 'analyst', 'coach', 'manager', 'founder', 'ceo', 'cfo', 'coo', 'mp', 'mep',
  'candidate', 'nominee', 'host', 'anchor', 'correspondent', 'economist', 'inspector', 'superintendent',
  'commander', 'officer', 'detective', 'sergeant', 'professor', 'congressman', 'congresswoman', 'councillor',
  'councilman', 'councilwoman', 'lawmaker', 'treasurer', 'comptroller', 'emir', 'sultan', 'ayatollah', 'mrs.',
  'former',
]);

/** A generational suffix after a surname (`Harry B. Harris Jr.`): not the surname the memory keys a name by. */
const SUFFIX = /,? (?:Jr|Sr|II|III|IV)\.?$/u;

/** A speaker's name without its generational suffix (`Joseph F. Dunford Jr.` → `Joseph F. Dunford`), as speakers are named. */
export function withoutSuffix(name: string): string {
  const suffix = SUFFIX.exec(name);
  return suffix && suffix.index > 0 ? name.slice(0, suffix.index) : name;
}

/** Words that open a sentence but never a name (`The`, `But`, `According`). Lower case. */
export const NOT_NAME_WORDS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'and', 'but', 'or', 'so', 'yet', 'if', 'when', 'while', 'as', 'at', 'in', 'on', 'of', 'for',
  'to', 'by', 'with', 'from', 'after', 'before', 'since', 'during', 'this', 'that', 'these', 'those', 'there',
  'here', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'however',
  'meanwhile', 'also', 'according', 'although', 'though', 'because', 'speaking', 'asked', 'earlier', 'later',
  'last', 'next', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january',
  'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'mr', 'mrs', 'ms', 'dr', 'read', 'share', 'not', 'no', 'yes', 'what', 'who', 'why', 'how', 'where', 'which',
  'now', 'then', 'still', 'even', 'only', 'just', 'many', 'most', 'some', 'all', 'both', 'each', 'every',
  'one', 'two', 'three', 'other', 'another', 'such', 'said', 'says', 'more', 'few',
]);

/** Calendar words, which open no name but may end one (`Theresa May`, `Jerry Brown Monday` aside). */
export const CALENDAR_WORDS: ReadonlySet<string> = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march',
  'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
]);

/** Personal pronouns that can stand for a speaker, lower case, and what they may refer to. */
export const SPEAKER_PRONOUNS: ReadonlyMap<string, 'person' | 'group'> = new Map([
  ['he', 'person'],
  ['she', 'person'],
  ['they', 'group'],
  ['it', 'group'],
  ['we', 'group'],
]);

/** Determiners and quantifiers that may open a common-noun speaker (`a source`, `several officials`). */
export const NOUN_PHRASE_OPENERS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'another', 'some', 'many', 'several', 'most', 'other', 'one', 'two', 'three', 'both', 'few',
  'his', 'her', 'its', 'their', 'our', 'these', 'those', 'this', 'that', 'numerous', 'various', 'senior',
]);

/** Common nouns that stand for people or bodies who speak (`analysts`, `the company`, `a spokesman`). */
export const SPEAKER_NOUNS: ReadonlySet<string> = new Set([
  'analyst', 'analysts', 'expert', 'experts', 'official', 'officials', 'source', 'sources', 'media', 'spokesman',
  'spokeswoman', 'spokesperson', 'spokespeople', 'company', 'firm', 'group', 'government', 'ministry', 'police',
  'report', 'reports', 'study', 'survey', 'researchers', 'scientists', 'critics', 'campaign', 'statement',
  'department', 'agency', 'union', 'bank', 'court', 'judge', 'lawyer', 'lawyers', 'attorney', 'attorneys',
  'prosecutors', 'investigators', 'witnesses', 'residents', 'observers', 'economists', 'diplomats', 'aides',
  'aide', 'leaders', 'leader', 'party', 'committee', 'council', 'board', 'newspaper', 'paper', 'broadcaster',
  'agency', 'website', 'magazine', 'organisers', 'organizers', 'authorities', 'regulator', 'regulators',
  'insiders', 'people', 'executives', 'executive', 'officers', 'officer', 'doctors', 'supporters', 'opponents',
  'activists', 'campaigners', 'members', 'member', 'administration', 'white', 'democrats', 'republicans',
  'ad', 'poll', 'polls', 'letter', 'spokesmen', 'team', 'office', 'minister', 'ministers', 'president',
  'secretary', 'senator', 'governor', 'mayor', 'chairman', 'chief', 'director', 'manager', 'mother', 'father',
  'woman', 'man', 'owner', 'teacher', 'professor', 'researcher', 'author', 'authors', 'writer', 'colleagues',
  'military', 'army', 'navy', 'troops', 'state', 'states', 'coalition', 'network', 'station', 'operator',
  'narrator', 'clip', 'questioner', 'user', 'users', 'users', 'participants', 'respondents', 'voters',
  'employees', 'workers', 'staff', 'users', 'friends', 'family', 'neighbours', 'neighbors', 'relatives',
  'survey', 'email', 'memo', 'analysis', 'review', 'audit', 'release', 'filing', 'lawsuit', 'complaint', 'video',
  'research',
]);

/** Publications that speak for whoever made them (`the Pew survey found`). */
export const DOCUMENT_NOUNS: ReadonlySet<string> = new Set([
  'survey', 'poll', 'study', 'report', 'statement', 'ad', 'email', 'letter', 'memo', 'analysis', 'review',
  'audit', 'release', 'filing', 'lawsuit', 'complaint', 'website', 'post', 'tweet', 'clip', 'video', 'research',
]);

/** Words that mark a capitalised run as an organisation or place rather than a person. */
const ORGANISATION_WORDS = new Set([
  'university', 'party', 'ministry', 'news', 'times', 'post', 'council', 'committee', 'department', 'group',
  'company', 'inc', 'corp', 'bank', 'union', 'association', 'institute', 'center', 'centre', 'agency',
  'commission', 'house', 'court', 'office', 'service', 'services', 'foundation', 'organization', 'organisation',
  'fund', 'board', 'journal', 'press', 'club', 'church', 'school', 'college', 'airlines', 'airport', 'street',
  'republic', 'kingdom', 'states', 'nations', 'media', 'network', 'television', 'radio', 'tv', 'bbc', 'cnn',
  'reuters', 'guardian', 'telegraph', 'herald', 'tribune', 'review', 'daily', 'weekly', 'government',
  'parliament', 'congress', 'senate', 'assembly', 'administration', 'campaign', 'research', 'federation',
  'alliance', 'coalition', 'society', 'police', 'army', 'navy', 'force', 'forces', 'security', 'city',
  'county', 'state', 'province', 'region', 'korea', 'america', 'europe', 'china', 'russia', 'kremlin',
]);

/** A word of a person's name: a capital, then a lower-case letter, an apostrophe, a full stop or a hyphen (`O'Brien`, `J.`). */
const PERSON_WORD = /^\p{Lu}[\p{Ll}'’.-]/u;

/** Two to four capitalised words with no organisation word: most likely a person. */
export function isPersonName(name: string): boolean {
  const spaces = spacesIn(name);
  if (spaces < 1 || spaces > 3) return false;
  // Word by word without splitting: every speaker and many runs of capitals come here.
  for (let from = 0; from <= name.length; ) {
    const space = name.indexOf(' ', from);
    const to = space < 0 ? name.length : space;
    const word = name.slice(from, to);
    if (!PERSON_WORD.test(word) || ORGANISATION_WORDS.has(word.toLowerCase())) return false;
    from = to + 1;
  }
  return true;
}

const CAPITAL = /^\p{Lu}/u;

/** Whether a word opens with a capital letter. */
export function isCapitalised(word: string): boolean {
  // An ASCII first letter settles it without a regular expression.
  const first = word.charCodeAt(0);
  return first < 128 ? first >= 65 && first <= 90 : CAPITAL.test(word);
}

/** Whether a word is a title or honorific (`President`, `Mr`, `Dr.`). */
export function isTitleWord(word: string): boolean {
  return isTitleLower(word.toLowerCase());
}

/** `isTitleWord` for a word already in lower case (a token's `lower`). */
export function isTitleLower(lower: string): boolean {
  return HONORIFICS.has(lower.endsWith('.') ? lower.slice(0, -1) : lower);
}

/**
 * The article's memory of names: every run of two to four capitalised words, keyed by
 * its last word, so a later bare surname (`Pardo`, `Mr Brown`) finds the fullest form
 * (`Ramon Pacheco Pardo`, `Gordon Brown`) the article gave.
 */
export class NameMemory {
  readonly #bySurname = new Map<string, string>();
  readonly #byFirst = new Map<string, string>();
  readonly #owners = new Map<string, string>();
  readonly #titles = new Map<string, string>();
  readonly #byRole = new Map<string, { name: string; at: number }[]>();

  /**
   * Remembers a name of `words` words, read word by word, with its first and last word in
   * lower case; a longer form replaces a shorter one for the same last word.
   */
  add(given: string, givenWords: number, first: string, givenLast: string): void {
    let name = given;
    let words = givenWords;
    let last = givenLast;
    const suffix = SUFFIX.exec(name);
    if (suffix) {
      name = name.slice(0, suffix.index);
      words--;
      last = name.slice(name.lastIndexOf(' ') + 1).toLowerCase();
    }
    if (words < 2 || words > 4) return;
    const known = this.#bySurname.get(last);
    if (known === undefined || spacesIn(known) < words - 1) this.#bySurname.set(last, name);
    if (!this.#byFirst.has(first)) this.#byFirst.set(first, name);
  }

  /** Remembers who made a document (`Pew Research Center survey` → survey: Pew Research Center). */
  addOwner(document: string, name: string): void {
    const known = this.#owners.get(document);
    if (known === undefined || known.length < name.length) this.#owners.set(document, name);
  }

  /** The maker the article names with a document noun, or null. */
  ownerOf(document: string): string | null {
    return this.#owners.get(document) ?? null;
  }

  /** The fullest form of an organisation named by its first word (`Pew` → `Pew Research Center`). */
  resolveByFirstWord(name: string): string {
    if (name.includes(' ')) return this.resolve(name);
    return this.#byFirst.get(name.toLowerCase()) ?? this.resolve(name);
  }

  /** Whether the article names someone with this name's last word in a name of two words or more. */
  knows(name: string): boolean {
    return this.#bySurname.has(surnameKey(name));
  }

  /** The fullest known form of a name, or the name itself. */
  resolve(name: string): string {
    const known = this.#bySurname.get(surnameKey(name));
    if (!known || spacesIn(known) <= spacesIn(name)) return name;
    // Only a form that ends with every word given (`Pacheco Pardo` → `Ramon Pacheco Pardo`).
    return known.endsWith(` ${name}`) ? known : name;
  }

  /** Records a title for a full name (the first one given) and the name as a holder of its role at source offset `at`. */
  setTitle(name: string, title: string, at = -1): void {
    if (!this.#titles.has(name)) this.#titles.set(name, title);
    const head = roleHead(title);
    if (!HONORIFICS.has(head) || PLAIN_TITLES.has(head)) return;
    const holders = this.#byRole.get(head);
    if (!holders) this.#byRole.set(head, [{ name, at }]);
    else if (holders[holders.length - 1]!.name !== name && holders.length < MAX_HOLDERS) holders.push({ name, at });
  }

  /**
   * The person the article gave a role (`the president` → `Barack Obama`, `the senator` →
   * whoever was last called `Sen.` before `at`), or null.
   */
  holderOf(role: string, at = Infinity): string | null {
    const holders = this.#byRole.get(roleHead(role));
    if (!holders) return null;
    let found = holders[0]!.name;
    for (const holder of holders) if (holder.at < at) found = holder.name;
    return found;
  }

  /** The title the article gave a full name, or null. */
  titleOf(name: string): string | null {
    return this.#titles.get(name) ?? null;
  }
}

/** Abbreviated titles and their spelled-out role nouns, so `Sen. Warren` holds the role of `the senator`. */
const ROLE_FORMS: ReadonlyMap<string, string> = new Map([
  ['sen', 'senator'], ['gov', 'governor'], ['rep', 'congressman'], ['representative', 'congressman'],
  ['congresswoman', 'congressman'], ['gen', 'general'], ['prof', 'professor'], ['capt', 'captain'],
  ['chairwoman', 'chairman'], ['chair', 'chairman'], ['spokeswoman', 'spokesman'], ['spokesperson', 'spokesman'],
]);
/** Honorifics that name no role (`Mr`, `Dr`). */
const PLAIN_TITLES = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'sir', 'dame', 'lord', 'lady', 'rev', 'reverend', 'mrs.', 'father', 'sister']);
const MAX_HOLDERS = 16;

/** The role noun of a title (`Former Sen.` → `senator`, `Secretary of State` → `secretary`), in lower case. */
function roleHead(title: string): string {
  const of = title.toLowerCase().indexOf(' of ');
  const core = of > 0 ? title.slice(0, of) : title;
  let head = core.slice(core.lastIndexOf(' ') + 1).toLowerCase();
  if (head.endsWith('.')) head = head.slice(0, -1);
  return ROLE_FORMS.get(head) ?? head;
}

/** Surname keys already made: speakers are looked up by the same few names many times an article. */
const SURNAME_KEYS = new Map<string, string>();
const MAX_SURNAME_KEYS = 4096;

/** A name's last word in lower case, the key names are remembered and compared by (`Hillary Clinton` → `clinton`). */
export function surnameKey(name: string): string {
  let key = SURNAME_KEYS.get(name);
  if (key === undefined) {
    key = name.slice(name.lastIndexOf(' ') + 1).toLowerCase();
    if (SURNAME_KEYS.size >= MAX_SURNAME_KEYS) SURNAME_KEYS.clear();
    SURNAME_KEYS.set(name, key);
  }
  return key;
}

/** How many spaces a text has: one fewer than the words of a name. */
function spacesIn(text: string): number {
  let n = 0;
  for (let i = text.indexOf(' '); i >= 0; i = text.indexOf(' ', i + 1)) n++;
  return n;
}
