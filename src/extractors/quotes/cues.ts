/**
 * Cue verbs: the verbs that introduce reported speech or a reported belief.
 *
 * Every inflected form is listed (base, third person, past, participle, gerund), in
 * lower case, so a lookup is one `Set.has` on a lower-cased token. `SPEECH_CUES` are
 * verbs of saying; `COGNITION_CUES` are verbs of believing, expecting or fearing,
 * which news prose uses the same way (`Analysts believe that …`).
 *
 * @module
 */

/** Base form → its other forms, where regular rules would get them wrong. */
type VerbForms = readonly [base: string, third: string, past: string, participle: string, gerund: string];

function regular(base: string): VerbForms {
  const third = /(?:s|sh|ch|x|z)$/.test(base) ? `${base}es` : /[^aeiou]y$/.test(base) ? `${base.slice(0, -1)}ies` : `${base}s`;
  const stem = base.endsWith('e') && !base.endsWith('ee') ? base.slice(0, -1) : base;
  const past = /[^aeiou]y$/.test(base) ? `${base.slice(0, -1)}ied` : base.endsWith('e') ? `${base}d` : `${base}ed`;
  return [base, third, past, past, `${stem}ing`];
}

const SPEECH_VERBS: readonly VerbForms[] = [
  ['say', 'says', 'said', 'said', 'saying'],
  ['tell', 'tells', 'told', 'told', 'telling'],
  ['write', 'writes', 'wrote', 'written', 'writing'],
  ['admit', 'admits', 'admitted', 'admitted', 'admitting'],
  ['quip', 'quips', 'quipped', 'quipped', 'quipping'],
  ['tweet', 'tweets', 'tweeted', 'tweeted', 'tweeting'],
  ['retort', 'retorts', 'retorted', 'retorted', 'retorting'],
  ['concur', 'concurs', 'concurred', 'concurred', 'concurring'],
  ...[
    'state', 'add', 'warn', 'argue', 'insist', 'announce', 'confirm', 'report', 'claim', 'assert',
    'emphasize', 'emphasise', 'stress', 'note', 'explain', 'deny', 'urge', 'reply', 'respond',
    'acknowledge', 'suggest', 'declare', 'maintain', 'contend', 'allege', 'complain', 'remark',
    'observe', 'predict', 'caution', 'recall', 'reveal', 'concede', 'promise', 'vow', 'pledge',
    'ask', 'answer', 'agree', 'disclose', 'indicate', 'mention', 'repeat', 'reiterate', 'boast',
    'joke', 'estimate', 'testify', 'scoff', 'exclaim', 'accuse', 'tout', 'conclude', 'dispute',
    'proclaim', 'affirm',
  ].map(regular),
];

const COGNITION_VERBS: readonly VerbForms[] = [
  ['think', 'thinks', 'thought', 'thought', 'thinking'],
  ['feel', 'feels', 'felt', 'felt', 'feeling'],
  ['find', 'finds', 'found', 'found', 'finding'],
  ...['believe', 'speculate', 'expect', 'fear', 'hope', 'suspect', 'worry', 'doubt', 'reckon', 'assume', 'wonder', 'anticipate', 'theorize', 'theorise'].map(regular),
];

function formsOf(verbs: readonly VerbForms[]): ReadonlySet<string> {
  return new Set(verbs.flat());
}

/** Every form of every verb of saying (`said`, `tells`, `emphasised`, `warning`, …). */
export const SPEECH_CUES: ReadonlySet<string> = formsOf(SPEECH_VERBS);

/** Every form of every verb of believing or expecting (`believes`, `thought`, `fears`, …). */
export const COGNITION_CUES: ReadonlySet<string> = formsOf(COGNITION_VERBS);

/** Whether a word (any case) is a cue verb of speech or cognition. */
export function isCueVerb(word: string): boolean {
  return isCueLower(word.toLowerCase());
}

/** `isCueVerb` for a word already in lower case (a token's `lower`). */
export function isCueLower(lower: string): boolean {
  return SPEECH_CUES.has(lower) || COGNITION_CUES.has(lower);
}

/**
 * Cues that take a reported clause without `that` (`said the talks had failed`). The
 * others take a noun object too (`announced a plan`), so they report only with `that`.
 */
export const BARE_CLAUSE_CUES: ReadonlySet<string> = formsOf(
  [
    'say', 'tell', 'write', 'admit', 'tweet', 'add', 'claim', 'argue', 'insist', 'warn', 'note', 'explain',
    'assert', 'concede', 'suggest', 'acknowledge', 'predict', 'stress', 'contend', 'reply',
    'believe', 'think', 'reckon', 'fear', 'hope', 'suspect', 'expect', 'complain', 'allege', 'agree',
  ].map((base) => [...SPEECH_VERBS, ...COGNITION_VERBS].find((forms) => forms[0] === base)!),
);

/** The base forms (`say`, `tweet`, `claim`), which double as nouns and need a licensing subject or auxiliary. */
export const CUE_BASE_FORMS: ReadonlySet<string> = new Set([...SPEECH_VERBS, ...COGNITION_VERBS].map((forms) => forms[0]));

/** Base forms of the complement cues below, which double as nouns (`a demand`, `the attack`). */
const complementBases = new Set<string>();

/** Every form of each base (`vow` → `vow`, `vows`, `vowed`, `vowing`), for regular verbs. */
function allForms(bases: readonly string[]): string[] {
  for (const base of bases) complementBases.add(base);
  return bases.flatMap((base) => [...new Set(regular(base))]);
}

/**
 * Cues of commitment and demand, reported with an infinitive or a `for` phrase rather than
 * a clause: `vowed to …`, `declined to …`, `urged Congress to …`, `asked her to …`,
 * `called for …`, `called on X to …`. Keyed by form; the value says what introduces the content.
 */
export const DIRECTIVE_CUES: ReadonlyMap<string, 'to' | 'object-to' | 'for'> = new Map([
  ...allForms(['vow', 'pledge', 'promise', 'threaten', 'decline', 'refuse', 'offer', 'plead']).map((form) => [form, 'to'] as const),
  ...[...allForms(['urge', 'ask', 'warn', 'implore', 'beg', 'invite', 'advise', 'instruct', 'order', 'press']), 'tell', 'tells', 'told', 'telling'].map(
    (form) => [form, 'object-to'] as const,
  ),
  ...allForms(['call']).map((form) => [form, 'for'] as const),
]);

/**
 * Cues whose content is an object noun phrase and what follows it, and what that content
 * must hold to be reported speech rather than an action: `accused X of …` (`of`),
 * `described X as …` (`as`), `called X "a con"` (a quotation), or nothing more (`decried the
 * lack of …`). Verbs whose object is as often a deed as a report (`announced a tour`,
 * `denied entry`, `criticized the bill`) are left out: on the tune split they reported less
 * than half the time.
 */
export const OBJECT_CUES: ReadonlyMap<string, 'of' | 'as' | 'quoted' | 'any'> = new Map([
  ...allForms(['accuse']).map((form) => [form, 'of'] as const),
  ...allForms(['describe', 'praise', 'depict', 'hail', 'label', 'brand', 'cast']).map((form) => [form, 'as'] as const),
  ...allForms(['call', 'dub', 'deem', 'term']).map((form) => [form, 'quoted'] as const),
  ...allForms([
    'reveal', 'decry', 'bemoan', 'lament', 'condemn', 'denounce', 'demand', 'propose', 'reject', 'question', 'welcome',
    'predict', 'acknowledge', 'confirm', 'blame', 'dispute',
  ]).map((form) => [form, 'any'] as const),
]);

/** Whether a word is the bare base form of a cue (`say`, `demand`, `attack`): a noun as often as a verb. */
export function isCueBaseForm(lower: string): boolean {
  return CUE_BASE_FORMS.has(lower) || complementBases.has(lower) || lower === 'tell';
}

/** Irregular verbs outside the cue lists above that the learned cue pass reads (`knew`, `saw`, `spoke`). */
const IRREGULAR_VERBS: readonly VerbForms[] = [
  ['know', 'knows', 'knew', 'known', 'knowing'],
  ['see', 'sees', 'saw', 'seen', 'seeing'],
  ['speak', 'speaks', 'spoke', 'spoken', 'speaking'],
  ['hear', 'hears', 'heard', 'heard', 'hearing'],
];

/** How a verb form inflects: what the learned cue pass tells apart. */
export type VerbForm = 'base' | 'third' | 'past' | 'gerund';

/**
 * The first three letters of every word of a list, and its last letter with its length: most
 * words are settled by these without hashing them (`the` shares its first letters with `theorize`).
 * A word these cannot describe (shorter, or not in a–z) always passes.
 */
export class WordShapes {
  readonly #prefixes = new Uint8Array(26 * 26 * 26);
  readonly #endings = new Uint8Array(26 * 16);
  #unshaped = false;

  constructor(words: Iterable<string>) {
    for (const word of words) {
      const prefix = prefixKey(word);
      const ending = endingKey(word);
      if (prefix < 0 || ending < 0) this.#unshaped = true;
      else {
        this.#prefixes[prefix] = 1;
        this.#endings[ending] = 1;
      }
    }
  }

  /** Whether a lower-case word may be one of the list's (false: it is not). */
  mayHold(lower: string): boolean {
    const prefix = prefixKey(lower);
    if (prefix < 0) return this.#unshaped;
    if (this.#prefixes[prefix] !== 1) return false;
    const ending = endingKey(lower);
    return ending < 0 || this.#endings[ending] === 1;
  }
}

function prefixKey(word: string): number {
  // Reading past the end would be slow: most tokens are punctuation.
  if (word.length < 3) return -1;
  const a = word.charCodeAt(0) - 97;
  const b = word.charCodeAt(1) - 97;
  const c = word.charCodeAt(2) - 97;
  return a >= 0 && a < 26 && b >= 0 && b < 26 && c >= 0 && c < 26 ? (a * 26 + b) * 26 + c : -1;
}

function endingKey(word: string): number {
  const z = word.charCodeAt(word.length - 1) - 97;
  return z >= 0 && z < 26 ? z * 16 + Math.min(word.length, 15) : -1;
}

/** The forms of a list of verbs with their base and inflection, looked up through their shapes first. */
export class VerbTable {
  readonly #forms: ReadonlyMap<string, { base: string; form: VerbForm }>;
  readonly #shapes: WordShapes;

  constructor(forms: ReadonlyMap<string, { base: string; form: VerbForm }>) {
    this.#forms = forms;
    this.#shapes = new WordShapes(forms.keys());
  }

  /** The base and inflection of a lower-case word, if it is one of the forms. */
  get(lower: string): { base: string; form: VerbForm } | undefined {
    return this.#shapes.mayHold(lower) ? this.#forms.get(lower) : undefined;
  }

  has(lower: string): boolean {
    return this.get(lower) !== undefined;
  }
}

/**
 * Every form of each base form (`want` → `want`, `wants`, `wanted`, `wanting`), mapped to
 * its base and its inflection; the irregular verbs are taken from the lists above. A form
 * shared by two inflections (`said`) counts as the earlier one.
 */
export function inflections(bases: readonly string[]): VerbTable {
  const known = new Map([...SPEECH_VERBS, ...COGNITION_VERBS, ...IRREGULAR_VERBS].map((forms) => [forms[0], forms] as const));
  const out = new Map<string, { base: string; form: VerbForm }>();
  const slots: readonly VerbForm[] = ['base', 'third', 'past', 'past', 'gerund'];
  for (const base of bases) {
    const forms = known.get(base) ?? regular(base);
    forms.forEach((word, i) => {
      if (!out.has(word)) out.set(word, { base, form: slots[i]! });
    });
  }
  return new VerbTable(out);
}
