/**
 * The learned speaker ranker: for each quote, the rules' speaker and the people the text around it
 * names (the previous quote's speaker, people named in the quote's sentence, paragraph and the one
 * before, people who spoke recently) are candidates, each described by where and how it is
 * mentioned relative to the quote and by how the rules found their own answer; a logistic model
 * scores them and the best one speaks. Trained on the tune part of polnear-train by
 * `scripts/train-quote-speakers.ts`; the weights are generated.
 *
 * @module
 */
import { bestCandidate, type LogisticModel } from '../../learn/index.js';
import type { Speaker } from '../../model/article.js';

/** How the rules found a quote's speaker. */
export type SpeakerPath = 'named' | 'described' | 'pronoun' | 'group' | 'continuing' | 'topic' | 'nearby' | 'none';
export const SPEAKER_PATHS: readonly SpeakerPath[] = ['named', 'described', 'pronoun', 'group', 'continuing', 'topic', 'nearby', 'none'];

/**
 * The paths the ranker decides. For `they`/`it` (`group`) the rules' antecedent stands: on the tune part the
 * ranker, cross-validated, named the gold speaker less often than the rules there (few quotes, mostly bodies
 * the article names as a common noun, which are no candidates).
 */
export const RANKED_PATHS: ReadonlySet<SpeakerPath> = new Set(SPEAKER_PATHS.filter((p) => p !== 'group'));

/** The paths whose candidate features get their own weights: an attribution that names, a pronoun, none at all. */
type PathGroup = 'named' | 'pronoun' | 'unattributed';
const PATH_GROUPS: readonly PathGroup[] = ['named', 'pronoun', 'unattributed'];
const GROUP_OF: Readonly<Record<SpeakerPath, PathGroup>> = {
  named: 'named', described: 'named', group: 'pronoun', pronoun: 'pronoun', continuing: 'unattributed', topic: 'unattributed', nearby: 'unattributed', none: 'unattributed',
};

/** What the ranker knows about one candidate of one quote. */
export interface CandidateFacts {
  /** The rules chose it. */
  rule: boolean;
  /** It spoke the previous quote (as the rules read it). */
  previous: boolean;
  /** The previous quote sits in the same paragraph. */
  previousHere: boolean;
  /** Quotes it spoke before this one. */
  spoke: number;
  /** Mentions of it before the quote, anywhere in the article. */
  mentions: number;
  /** Sentences back to its nearest mention before the quote (0: the quote's own sentence), or -1 when none. */
  sentencesBack: number;
  /** Paragraphs back to its nearest mention before the quote, or -1 when none. */
  blocksBack: number;
  /** Of the candidates mentioned before the quote, how many were mentioned more recently. */
  recency: number;
  /** Its nearest mention before the quote may be its sentence's subject (not after a preposition, not a possessive). */
  subject: boolean;
  /** Its nearest mention before the quote is the first person its sentence names. */
  firstInSentence: boolean;
  /** It is named after the quote, in the quote's sentence (`“…,” X said`). */
  after: boolean;
  /** It is named inside the quoted text. */
  inside: boolean;
  /** It is the first person the quote's paragraph names. */
  topic: boolean;
  /** Its gender against the quote's `he`/`she`: 1 agrees, -1 clashes, 0 unknown or no pronoun. */
  gender: -1 | 0 | 1;
  /** How much evidence the article gives for its gender (0 when none or no pronoun). */
  genderEvidence: number;
  /** It is a person (not an organisation, a group or a place). */
  person: boolean;
  /** Sentences back to where it last spoke (0: the quote's own sentence), or -1 when it has not. */
  spokeSentencesBack: number;
  /** Its mentions among those the ranker read around the quote. */
  nearby: number;
  /** Its title shares the head word of the quote's description (`the senator` for Senator X). */
  titled: boolean;
}

const CORE = [
  'rule', 'previous', 'previous-here', 'log-spoke', 'log-mentions', 'unmentioned', 'log-sentences-back', 'same-sentence',
  'same-block', 'previous-block', 'log-recency', 'latest', 'subject', 'first-in-sentence', 'after', 'inside', 'topic',
  'gender-agrees', 'gender-clashes', 'person', 'spoke-here', 'spoke-just-before', 'log-spoke-sentences-back', 'log-nearby',
  'titled', 'gender-evidence',
] as const;

/** The names of the model's features, in column order: the rules' path crossed with being their choice, then each core feature per path group. */
export function speakerFeatureNames(): string[] {
  return [...SPEAKER_PATHS.map((p) => `rule&path:${p}`), ...PATH_GROUPS.flatMap((g) => CORE.map((f) => `${f}&${g}`)), ...CORE.map((f) => `${f}&rule`)];
}

export const SPEAKER_FEATURES = speakerFeatureNames().length;

/** Writes a candidate's features into `out` from `at`, in the order of {@link speakerFeatureNames}. */
export function speakerFeatures(facts: CandidateFacts, path: SpeakerPath, out: Float64Array, at = 0): void {
  out.fill(0, at, at + SPEAKER_FEATURES);
  if (facts.rule) out[at + SPEAKER_PATHS.indexOf(path)] = 1;
  const k = at + SPEAKER_PATHS.length + PATH_GROUPS.indexOf(GROUP_OF[path]) * CORE.length;
  writeCore(facts, out, k);
  // The rules' own choice again, so that what weakens it (no mention near the quote, a gender that clashes) has weights of its own.
  if (facts.rule) writeCore(facts, out, at + SPEAKER_PATHS.length + PATH_GROUPS.length * CORE.length);
}

/** Writes the core features of a candidate from `k`, in the order of `CORE`. */
function writeCore(facts: CandidateFacts, out: Float64Array, k: number): void {
  const mentioned = facts.sentencesBack >= 0;
  out[k] = facts.rule ? 1 : 0;
  out[k + 1] = facts.previous ? 1 : 0;
  out[k + 2] = facts.previous && facts.previousHere ? 1 : 0;
  out[k + 3] = Math.log1p(facts.spoke);
  out[k + 4] = Math.log1p(facts.mentions);
  out[k + 5] = mentioned ? 0 : 1;
  out[k + 6] = mentioned ? Math.log1p(facts.sentencesBack) : 0;
  out[k + 7] = facts.sentencesBack === 0 ? 1 : 0;
  out[k + 8] = facts.blocksBack === 0 ? 1 : 0;
  out[k + 9] = facts.blocksBack === 1 ? 1 : 0;
  out[k + 10] = mentioned ? Math.log1p(facts.recency) : 0;
  out[k + 11] = mentioned && facts.recency === 0 ? 1 : 0;
  out[k + 12] = facts.subject ? 1 : 0;
  out[k + 13] = facts.firstInSentence ? 1 : 0;
  out[k + 14] = facts.after ? 1 : 0;
  out[k + 15] = facts.inside ? 1 : 0;
  out[k + 16] = facts.topic ? 1 : 0;
  out[k + 17] = facts.gender === 1 ? 1 : 0;
  out[k + 18] = facts.gender === -1 ? 1 : 0;
  out[k + 19] = facts.person ? 1 : 0;
  out[k + 20] = facts.spokeSentencesBack === 0 ? 1 : 0;
  out[k + 21] = facts.spokeSentencesBack === 1 ? 1 : 0;
  out[k + 22] = facts.spokeSentencesBack >= 0 ? Math.log1p(facts.spokeSentencesBack) : 0;
  out[k + 23] = Math.log1p(facts.nearby);
  out[k + 24] = facts.titled ? 1 : 0;
  out[k + 25] = facts.gender * Math.log1p(facts.genderEvidence);
}

/** A candidate speaker and what the ranker knows about it. */
export interface SpeakerCandidate {
  speaker: Speaker;
  facts: CandidateFacts;
}

/** A trained speaker model: its feature names and logistic weights. */
export interface SpeakerModelData {
  features: readonly string[];
  model: LogisticModel;
}

/** Picks a quote's speaker among its candidates. */
export class SpeakerRanker {
  /** One candidate's features at a time: scoring allocates nothing. */
  private readonly row = new Float64Array(SPEAKER_FEATURES);

  constructor(private readonly data: SpeakerModelData) {}

  /**
   * The speaker of the best candidate of a quote whose speaker the rules read by `path` (the first of
   * equals), or undefined when there is no candidate or the ranker leaves that path to the rules.
   */
  choose(candidates: readonly SpeakerCandidate[], path: SpeakerPath): Speaker | undefined {
    if (!RANKED_PATHS.has(path)) return undefined;
    return bestCandidate(candidates, this.data.model, 0, (candidate) => {
      speakerFeatures(candidate.facts, path, this.row);
      return this.row;
    })?.speaker;
  }
}
