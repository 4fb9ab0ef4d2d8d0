/**
 * The learned cue pass's model: where the rules read no report, a use of a verb that reports
 * speech in some of its uses only (`wanted`, `explained`, `talked about`, `hopes`, a `say` after
 * a subject the rules cannot take apart) is scored by a logistic model over the verb, its
 * inflection, the shape of what follows it and of what stands before it. Trained on the tune
 * part of polnear-train by `scripts/train-quote-cues.ts`; the weights are generated.
 *
 * @module
 */
import { logit, type LogisticModel, sigmoid } from '../../learn/index.js';
import { inflections, type VerbForm, type VerbTable } from './cues.js';
import { isCapitalised } from './names.js';
import { isQuoteMark, type Tok } from './phrases.js';

/** What follows a verb: the shape of its complement. */
export type Complement = 'that' | 'about' | 'for' | 'to' | 'wh' | 'pronoun' | 'determiner' | 'capitalised' | 'punct' | 'other';
/** What stands before a verb. */
type Before = 'start' | 'pronoun' | 'name' | 'to' | 'auxiliary' | 'determiner' | 'comma' | 'relative' | 'other';
/** How the verb's subject was read. */
export type SubjectShape = 'proper' | 'pronoun' | 'common';

/** One use of a candidate verb, as the model sees it. */
export interface CueUse {
  base: string;
  form: VerbForm;
  complement: Complement;
  before: Before;
  subject: SubjectShape;
  /** Words of the content read after the verb. */
  contentWords: number;
  /** Whether the content holds a quotation mark. */
  quoted: boolean;
  /** Whether the content's first words hold an auxiliary, a modal or a past tense: a clause rather than a noun phrase. */
  finite: boolean;
  /** Tokens from the sentence's start to the verb. */
  offset: number;
}

const COMPLEMENTS: readonly Complement[] = ['that', 'about', 'for', 'to', 'wh', 'pronoun', 'determiner', 'capitalised', 'punct', 'other'];
const BEFORE: readonly Before[] = ['start', 'pronoun', 'name', 'to', 'auxiliary', 'determiner', 'comma', 'relative', 'other'];
const SUBJECTS: readonly SubjectShape[] = ['proper', 'pronoun', 'common'];
const FORMS: readonly VerbForm[] = ['base', 'third', 'past', 'gerund'];
/** Complements that open a clause, and those that open a prepositional or infinitive phrase. */
const CLAUSAL = new Set<Complement>(['that', 'wh', 'pronoun']);
const PHRASAL = new Set<Complement>(['about', 'for', 'to']);

const ABOUT = new Set(['about', 'of']);
const FOR = new Set(['for', 'on', 'against', 'with', 'over']);
const WH = new Set(['whether', 'why', 'how', 'what', 'if', 'who', 'when', 'where', 'which']);
const PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i', 'it', 'there', 'you']);
const DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'this', 'these', 'those', 'some', 'many', 'most', 'all', 'no', 'my', 'your']);
const AUXILIARIES = new Set(['has', 'have', 'had', 'will', 'would', 'can', 'could', 'may', 'might', 'should', 'must', 'did', 'does', 'do', 'not', "n't", 'also', 'never', 'still', 'often', 'repeatedly']);
const RELATIVES = new Set(['who', 'which', 'that']);

const FINITE = new Set([
  'is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'should', 'must', 'may', 'might',
  'did', 'does', 'do', "'s", '’s', "'re", '’re', "'ll", '’ll', "'d", '’d', "n't", 'won’t', 'can’t',
]);
/** Tokens of a content read for a finite verb. */
const FINITE_WINDOW = 12;

/** Whether the tokens `[from, to)` open with a clause: an auxiliary, a modal or a past tense among the first words. */
export function opensClause(toks: readonly Tok[], from: number, to: number): boolean {
  for (let i = from; i < to && i - from < FINITE_WINDOW; i++) {
    const w = toks[i]!.lower;
    if (FINITE.has(w) || (toks[i]!.kind === 'word' && w.length > 4 && w.endsWith('ed'))) return true;
  }
  return false;
}

/** The shape of the token after a verb. */
export function complementOf(next: Tok | undefined): Complement {
  if (!next) return 'punct';
  const w = next.lower;
  if (w === 'that') return 'that';
  if (ABOUT.has(w)) return 'about';
  if (FOR.has(w)) return 'for';
  if (w === 'to') return 'to';
  if (WH.has(w)) return 'wh';
  if (PRONOUNS.has(w)) return 'pronoun';
  if (DETERMINERS.has(w)) return 'determiner';
  if (next.kind === 'punct' || next.kind === 'symbol') return next.text === ',' || next.text === ':' || isQuoteMark(next) ? 'punct' : 'other';
  return next.kind === 'word' && isCapitalised(next.text) ? 'capitalised' : 'other';
}

/** The shape of the token before a verb (undefined at the sentence's start). */
export function beforeOf(prev: Tok | undefined): Before {
  if (!prev) return 'start';
  const w = prev.lower;
  if (PRONOUNS.has(w)) return 'pronoun';
  if (w === 'to') return 'to';
  if (AUXILIARIES.has(w) || (prev.kind === 'word' && w.endsWith('ly'))) return 'auxiliary';
  if (DETERMINERS.has(w) || prev.text === "'s" || prev.text === '’s') return 'determiner';
  if (prev.text === ',') return 'comma';
  if (RELATIVES.has(w)) return 'relative';
  return prev.kind === 'word' && isCapitalised(prev.text) ? 'name' : 'other';
}

/** The names of the model's features for a list of verbs, in column order. */
export function cueFeatureNames(bases: readonly string[]): string[] {
  return [
    ...bases.flatMap((b) => [`verb:${b}`, `verb:${b}&clause`, `verb:${b}&phrase`]),
    ...FORMS.map((f) => `form:${f}`),
    ...COMPLEMENTS.map((c) => `next:${c}`),
    ...BEFORE.map((b) => `before:${b}`),
    ...SUBJECTS.map((s) => `subject:${s}`),
    'content:log-words',
    'content:quoted',
    'content:finite',
    'cue:log-offset',
  ];
}

/** Writes a use's features into `out` from `at`, in the order of {@link cueFeatureNames}; `verbs` maps a base to its index. */
export function cueFeatures(use: CueUse, verbs: ReadonlyMap<string, number>, out: Float64Array, at: number): void {
  const width = verbs.size * 3 + FORMS.length + COMPLEMENTS.length + BEFORE.length + SUBJECTS.length + 4;
  out.fill(0, at, at + width);
  const v = verbs.get(use.base);
  if (v !== undefined) {
    out[at + v * 3] = 1;
    if (CLAUSAL.has(use.complement)) out[at + v * 3 + 1] = 1;
    if (PHRASAL.has(use.complement)) out[at + v * 3 + 2] = 1;
  }
  let k = at + verbs.size * 3;
  out[k + FORMS.indexOf(use.form)] = 1;
  k += FORMS.length;
  out[k + COMPLEMENTS.indexOf(use.complement)] = 1;
  k += COMPLEMENTS.length;
  out[k + BEFORE.indexOf(use.before)] = 1;
  k += BEFORE.length;
  out[k + SUBJECTS.indexOf(use.subject)] = 1;
  k += SUBJECTS.length;
  out[k] = Math.log1p(use.contentWords);
  out[k + 1] = use.quoted ? 1 : 0;
  out[k + 2] = use.finite ? 1 : 0;
  out[k + 3] = Math.log1p(use.offset);
}

/** A trained cue model: its verbs, its logistic weights and the probability a use needs to be read as a report. */
export interface CueModelData {
  verbs: readonly string[];
  features: readonly string[];
  model: LogisticModel;
  threshold: number;
}

/** Scores verb uses with a trained model. */
export class CueScorer {
  /** Every form of every candidate verb → its base and inflection. */
  readonly forms: VerbTable;
  private readonly verbs: ReadonlyMap<string, number>;
  private readonly row: Float64Array;

  constructor(private readonly data: CueModelData) {
    this.forms = inflections(data.verbs);
    this.verbs = new Map(data.verbs.map((b, i) => [b, i]));
    this.row = new Float64Array(data.model.weights.length);
  }

  /** The probability that a use reports speech. */
  probability(use: CueUse): number {
    cueFeatures(use, this.verbs, this.row, 0);
    return sigmoid(logit(this.data.model, this.row, 0));
  }

  /** Whether a use is read as a report. */
  accepts(use: CueUse): boolean {
    return this.probability(use) >= this.data.threshold;
  }
}
