import { z } from 'zod';
import type { Analysis, Sentence } from '../../analysis/context.js';
import { isAsciiDigit, isAsciiLetter, lowerCase } from '../../analysis/chars.js';
import { tokenize } from '../../analysis/tokens.js';
import { ABBREVIATIONS } from '../../analysis/abbreviations.js';
import type { Block } from '../../analysis/blocks.js';
import { type Entity, type Quote, QuoteSchema, type Speaker } from '../../model/article.js';
import { defineExtractor } from '../../pipeline/extractor.js';
import { BARE_CLAUSE_CUES, COGNITION_CUES, DIRECTIVE_CUES, isCueBaseForm, isCueLower, OBJECT_CUES, SPEECH_CUES, WordShapes } from './cues.js';
import { type QuotePair, pairQuotes } from './marks.js';
import { CALENDAR_WORDS, DOCUMENT_NOUNS, isCapitalised, isPersonName, isTitleLower, NameMemory, NOT_NAME_WORDS, NOUN_PHRASE_OPENERS, SPEAKER_NOUNS, SPEAKER_PRONOUNS } from './names.js';
import { beforeTimePhrase, isQuoteMark, joinTokens, looseSubject, type SpeakerPhrase, spacedWords, speakerAfter, subjectBefore, type Tok } from './phrases.js';
import { Discourse, EntityIndex, type Mention, type RankedQuote, SpeakerResolver } from './speakers.js';
import { type SpeakerCandidate, type SpeakerPath, SpeakerRanker } from './speaker-model.js';
import { SPEAKER_MODEL } from './speaker-model.generated.js';
import { beforeOf, complementOf, type CueUse, CueScorer, opensClause, type SubjectShape } from './cue-model.js';
import { CUE_MODEL } from './cue-model.generated.js';
import { GenderEvidence, honorificGender, pronounGender } from './genders.js';
import { foldCode, HASH_START, HashTable, hashString, mixChar } from '../../learn/index.js';

interface Range {
  start: number;
  end: number;
}

/** One block prepared for reading: its tokens, sentences and top-level quotation-mark pairs. */
interface Unit {
  block: Block;
  toks: Tok[];
  /** Token index → sentence number within the block. */
  sentence: number[];
  /** Sentence number → its first and past-last token index. */
  sentenceRange: [number, number][];
  /** Sentence number → its first token that is not punctuation. */
  sentenceStart: number[];
  pairs: QuotePair[];
  /** Token index → index of the top-level pair it lies inside, -2 for a pair's marks, -1 outside. */
  inPair: readonly number[];
  /** Indexes of the tokens not already in lower case, in order: the only ones a name can start at. */
  cased: readonly number[];
}

/** How a quote's speaker is found before the reading-order pass resolves it. */
interface Draft {
  unit: Unit;
  /** Content range in the block's text. */
  from: number;
  to: number;
  kind: Quote['kind'];
  cue: string | null;
  phrase: SpeakerPhrase | null;
  /** Attribution range in the block's text, when the text gives one. */
  attribution: Range | null;
  group: string | null;
  /** Whether an unattributed quote takes the previous speaker. */
  inherit: boolean;
}

interface Attribution {
  cue: number | null;
  cueText: string | null;
  phrase: SpeakerPhrase | null;
  /** Token range of speaker and cue. */
  from: number;
  to: number;
}

/** Participles that work as prepositions and so stay inside a report (`including`, `according`). */
const PREPOSITIONAL_PARTICIPLES = new Set(['including', 'according', 'regarding', 'concerning', 'following', 'during', 'excluding', 'notwithstanding', 'pending', 'beginning', 'starting', 'involving']);
/** Every word that can start an attribution's cue. */
export const CUE_WORDS: ReadonlySet<string> = new Set([...SPEECH_CUES, ...COGNITION_CUES, ...DIRECTIVE_CUES.keys(), ...OBJECT_CUES.keys(), 'according', 'point', 'points', 'pointed', 'pointing']);
/** Settles most words as no cue without hashing them. */
const CUE_SHAPES = new WordShapes(CUE_WORDS);
/** A capital then a lower-case letter, or an initial (`B.`). */
const NAME_SHAPE = /^\p{Lu}(?:\p{Ll}|\.$)/u;
const MAX_RUN = 6;
/** Conjunctions trimmed off a report's end before the next attribution. */
const TRAILING_LINKS = new Set(['and', 'but', 'while', 'as']);
const SPACE = /\s/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const CUE_SCORER = new CueScorer(CUE_MODEL);
const SPEAKER_RANKER = new SpeakerRanker(SPEAKER_MODEL);
/** A mark that can open a quotation (a lone ’ is usually an apostrophe). */
const QUOTE_MARK = /["“”«»„‘]|''|(?:^|[\s(])'/;
/** Each cue word's hash with ASCII capitals folded (learn/hash), so that a run of letters is looked up without a string. */
const CUE_HASHES = HashTable.of([...CUE_WORDS].map((word) => [hashString(word, true), 1] as const));
/**
 * Paragraphs tested by scanning before the pattern is compiled: a process that has read this many is
 * parsing more than an article or two, and the pattern, dear to compile, is then the cheaper test.
 */
const SCANNED_PARAGRAPHS = 200;
let scannedParagraphs = 0;
let mayReportPattern: RegExp | null = null;

/**
 * The cheap test of whether a text may report speech: a mark that can open a quotation, or any cue
 * word. The pattern of some 500 words (150 KB of bytecode, ~15 ms of a first parse to compile) tests
 * 2–3 times faster than a scan once compiled; so the first paragraphs a process reads are scanned,
 * and the pattern is compiled after (docs/architecture.md §9). Both give the same answer.
 */
export function mayReport(text: string): boolean {
  if (mayReportPattern) return mayReportPattern.test(text);
  if (++scannedParagraphs > SCANNED_PARAGRAPHS) mayReportPattern = buildMayReportPattern();
  return scanMayReport(text);
}

/** A quote mark, or any cue word between word boundaries in any case. */
export function buildMayReportPattern(): RegExp {
  return new RegExp(`${QUOTE_MARK.source}|\\b(?:${[...CUE_WORDS].sort((a, b) => b.length - a.length).join('|')})\\b`, 'i');
}

/**
 * What the pattern answers, by a scan: every cue word is ASCII letters, so it is a whole run of ASCII
 * word characters; each run is hashed as it is read and looked up, a string cut only on a hit.
 */
export function scanMayReport(text: string): boolean {
  if (QUOTE_MARK.test(text)) return true;
  let start = -1;
  let hash = HASH_START;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 0;
    if (isAsciiLetter(c) || isAsciiDigit(c) || c === 95) {
      if (start < 0) {
        start = i;
        hash = HASH_START;
      }
      hash = mixChar(hash, foldCode(c));
    } else if (start >= 0) {
      // A hash may collide: the word itself settles it (a cue word ends the scan anyway).
      if (CUE_HASHES.get(hash) !== 0 && CUE_WORDS.has(text.slice(start, i).toLowerCase())) return true;
      start = -1;
    }
  }
  return false;
}
/**
 * Two capitalised words in a row (`Florent Groberg`, `Sen. Warren`): what a name the memory keeps needs. Tried only
 * where a word starts, so a run of letters is read once.
 */
const TWO_CAPITALISED = /(?<![\p{L}.'’-])\p{Lu}[\p{L}.'’-]*\s+\p{Lu}/u;
const OPINION_CUES = new Set(['believe', 'believes', 'believed', 'think', 'thinks', 'thought', 'reckon', 'reckons', 'reckoned']);
const OBJECT_OPENERS = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'this', 'these', 'those']);
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i', 'it', 'there']);
/** Conjunctions that join two main clauses, each of which may report speech of its own. */
const CLAUSE_COORDINATORS = new Set(['but', 'and', 'while', 'yet', 'whereas']);
const PROGRESSIVE = new Set(['is', 'are', 'was', 'were', 'been']);
/** How far past a cue `that` may stand (`says at a campaign stop in Toledo, Ohio, that`). */
const MAX_THAT_GAP = 12;
/** Words that open a writer's aside or a phrase rather than resume a clause with its verb. */
const ASIDE_OPENERS = new Set(['where', 'when', 'while', 'although', 'though', 'even', 'as', 'which', 'who', 'whose', 'after', 'before', 'since', 'because', 'but', 'and', 'including', 'up', 'down', 'compared', 'than', 'with', 'from', 'in', 'on', 'at', 'for', 'by', 'of', 'to', 'most', 'more', 'less', 'about', 'nearly', 'almost']);
/** How many sentences back `they` or `it` looks for the group it stands for. */
const MAX_ANTECEDENT_SENTENCES = 2;
/** Plurals of people that do not end in -s. */
const PLURAL_GROUPS = new Set(['people', 'police', 'staff', 'men', 'women', 'children', 'public', 'crowd']);
/** Common nouns for a body that speaks as `it`. */
const BODY_NOUNS = new Set([
  'company', 'firm', 'campaign', 'group', 'committee', 'department', 'ministry', 'government', 'agency', 'administration',
  'party', 'organization', 'organisation', 'union', 'association', 'board', 'council', 'court', 'panel', 'network',
  'newspaper', 'paper', 'site', 'website', 'report', 'letter', 'statement', 'post', 'poll', 'survey', 'study', 'office',
  'bank', 'team', 'foundation', 'coalition', 'commission', 'center', 'centre', 'institute', 'service',
]);
/** Words before `according to` that make a clause of their own rather than an opening phrase (`About 10 p.m., …`). */
const MIN_CLAUSE_WORDS = 6;
const POINT_VERBS = new Set(['point', 'points', 'pointed', 'pointing']);
/** Words before a base-form cue that license it (`will say`, `they say`, `did not deny`). */
const BASE_FORM_LICENSORS = new Set([
  'will', 'would', 'could', 'can', 'may', 'might', 'should', 'must', 'did', 'do', 'does', 'not', 'to', 'they',
  'we', 'i', 'you', 'also', 'often', 'still', 'never', 'always',
]);
/** Heads of a subject that counts people, plural with a base-form cue (`half say`). */
const QUANTITY_HEADS = new Set(['half', 'third', 'thirds', 'quarter', 'majority', 'minority', 'most', 'many', 'some', 'all', 'few', 'percent', 'both', 'others', 'dozen', 'hundred', 'hundreds', 'thousand', 'thousands', 'million', 'millions']);
/** Numbers in words, which end a count as a subject (`one in five say`). */
const NUMBER_WORDS = new Set(['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'twenty']);
const BE = new Set(['is', 'was', 'were', 'are', 'be', 'been', 'being', "'s", 'am']);
const NOUN_DETERMINERS = new Set([
  'the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'these', 'those', 'this', 'such', 'no', 'any', 'every',
  'my', 'your', 'some', 'first', 'new', 'recent', 'latest', 'initial', 'growing',
]);
/** Verbs whose first object is the hearer, before the reported clause (`told reporters the …`). */
const HEARER_CUES = new Set(['told', 'tell', 'tells', 'telling', 'warned', 'warns', 'assured', 'assures', 'reminded', 'informed', 'urged']);
const OBJECT_PRONOUNS = new Set(['him', 'her', 'them', 'us', 'me', 'reporters', 'journalists', 'lawmakers', 'supporters', 'listeners', 'viewers', 'parliament', 'mps']);
/** Words that can open a reported clause without `that`. */
const CLAUSE_OPENERS = new Set([
  'he', 'she', 'it', 'they', 'we', 'i', 'you', 'there', 'this', 'these', 'those', 'the', 'a', 'an', 'his', 'her',
  'its', 'their', 'our', 'some', 'many', 'most', 'all', 'no', 'more', 'any', 'each', 'every', 'one', 'both',
  'if', 'only', 'nothing', 'everyone', 'nobody', 'none', 'such', 'women', 'men', 'people', 'ministers',
]);
/** Words after a cue that open a phrase, not a reported clause (`said in a statement`, `said so`). */
const NOT_CLAUSE_OPENERS = new Set([
  'in', 'on', 'at', 'to', 'for', 'with', 'by', 'about', 'after', 'before', 'during', 'of', 'from', 'as', 'and',
  'but', 'or', 'so', 'yesterday', 'today', 'tonight', 'last', 'earlier', 'later', 'previously', 'recently',
  'again', 'also', 'then', 'through', 'via', 'under', 'over', 'when', 'while', 'if', 'nothing', 'something',
  'what', 'how', 'why', 'where', 'whether', 'goodbye', 'hello', 'yes', 'no', 'sorry', 'thanks', 'not', 'too',
  'instead', 'otherwise', 'publicly', 'privately', 'repeatedly', 'himself', 'herself', 'themselves', 'itself',
]);
const TIME_PREPOSITIONS = new Set(['on', 'last', 'this', 'in', 'earlier', 'late']);
const TIME_WORDS = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'week', 'month', 'year',
  'night', 'morning', 'evening', 'afternoon', 'weekend', 'day', 'time', 'january', 'february', 'march', 'april',
  'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
]);
/** Words before a quoted phrase that make it a name or a term, not a quotation (`so-called “reforms”`). */
const TERM_MARKERS = new Set(['so-called', 'called', 'dubbed', 'titled', 'entitled', 'named', 'nicknamed', 'term', 'word', 'phrase', 'slogan', 'hashtag', 'film', 'book', 'song', 'show', 'album', 'novel', 'series', 'programme', 'program', 'headline', 'known']);
/** Tokens that may lie between a cue and its quotation (`said in a statement:`). */
const MAX_CUE_GAP = 8;
/** Words between a cue and the comma before a participle clause (`told the group, adding`). */
const MAX_HEARER_WORDS = 3;
const MIN_UNATTRIBUTED_WORDS = 6;
/** How far back a lead-in into a quotation is looked for. */
const MAX_LEAD_IN = 30;
/** How long an opening phrase before a sentence's subject may be (`In part of his effort to …, Trump`). */
const MAX_OPENING_PHRASE = 20;
/** `Name:` opening a headline: one to three capitalised words and a colon. */
const HEADLINE_ATTRIBUTION = /^(\p{Lu}[\p{L}'’.-]{1,30}(?: \p{Lu}[\p{L}'’.-]{1,30}){0,2}):\s+/u;
/** `Name Says …` opening a headline, in title or sentence case: one to three capitalised words and a cue of saying. */
export const HEADLINE_CUE = /^(\p{Lu}[\p{L}'’.-]{1,30}(?: \p{Lu}[\p{L}'’.-]{1,30}){0,2}) ((?:[Ss]ays|[Ss]aid|[Ww]arns|[Cc]laims|[Ii]nsists?|[Aa]rgues|[Aa]dmits|[Tt]ells \p{Lu}\p{L}+|[Ss]uggests|[Pp]redicts|[Vv]ows|[Pp]romises?|[Hh]opes?|[Tt]hinks|[Cc]alls|[Ss]ays? [Ii]t [Ii]s)) /u;
/** A cue word of HEADLINE_CUE between spaces, as every match of it holds (ASCII only: cheap to compile). */
export const HEADLINE_CUE_WORD = / (?:[Ss]ays?|[Ss]aid|[Ww]arns|[Cc]laims|[Ii]nsists?|[Aa]rgues|[Aa]dmits|[Tt]ells|[Ss]uggests|[Pp]redicts|[Vv]ows|[Pp]romises?|[Hh]opes?|[Tt]hinks|[Cc]alls) /;
/** A transcript's speaker label: capitals and a colon (`WALLACE:`, `SEN. WARREN:`). */
const SPEAKER_LABEL = /^(\p{Lu}[\p{Lu}.'’ -]{1,38}\p{Lu}\.?):\s+/u;
const MAX_LABEL = 48;
const MIN_REPORTED_WORDS = 3;
/** Words of a learned report's content counted for its features. */
const MAX_CONTENT_WORDS = 40;
/** Tokens a learned report's content may run to. */
const MAX_LEARNED_SPAN = 80;
/** Tokens of a source after `according to` read as written. */
const MAX_SOURCE = 12;
const SOURCE_ENDS = new Set([',', ';', '.', ':', '(', '—', '–']);
/** Words an object cue's object needs before it reads as reported content (`denied the report that …`). */
const MIN_OBJECT_WORDS = 5;
/** Tokens between a directive cue and its `to` (`urged the State Department to`). */
const MAX_DIRECTIVE_OBJECT = 6;
const INHERIT_WITHIN_BLOCKS = 3;
/** Words of a subject before its cue in an attribution that is a sentence of its own. */
const MAX_SUBJECT_WORDS = 6;
/** Words of a description before a speaker's name (`his longtime friend`). */
const MAX_DESCRIPTION = 3;
/** Tokens between a subject and its cue beyond which the subject belongs to an earlier verb (`and`, an adverb). */
const MAX_SHARED_GAP = 3;

/**
 * Quotes: direct quotations in marks, reported speech after a cue verb, mixed reports with
 * quoted fragments and Markdown block quotes, each with its speaker resolved to the fullest
 * name the article gives. Reads the entities extractor's result to link speakers when present.
 */
export const quotesExtractor = defineExtractor({
  name: 'quotes',
  after: ['boilerplate', 'entities'],
  schema: z.array(QuoteSchema),
  fallback: [],
  extract: (ctx) => extractQuotes(ctx.analysis, ctx.get('boilerplate') ?? undefined, ctx.get('entities') ?? undefined, SPEAKER_RANKER),
});

/** What the speaker ranker saw for one quote: the quote, how the rules read its speaker, and its candidates. */
export interface RankedSpeakers {
  quote: Quote;
  path: SpeakerPath;
  candidates: SpeakerCandidate[];
}

/**
 * The quotes extractor for training the speaker ranker: it keeps the rules' speakers and hands every
 * quote's candidates to `record`.
 */
export function recordingQuotesExtractor(record: (ranked: RankedSpeakers) => void) {
  return defineExtractor({
    name: 'quotes',
    after: ['boilerplate', 'entities'],
    schema: z.array(QuoteSchema),
    fallback: [],
    extract: (ctx) => extractQuotes(ctx.analysis, ctx.get('boilerplate') ?? undefined, ctx.get('entities') ?? undefined, record),
  });
}

function extractQuotes(
  analysis: Analysis,
  boilerplate: readonly Range[] | undefined,
  entities: readonly Entity[] | undefined,
  speakers: SpeakerRanker | ((ranked: RankedSpeakers) => void),
): Quote[] {
  const litter = [...(boilerplate ?? [])].map((b) => ({ start: b.start, end: b.end })).sort((a, b) => a.start - b.start);
  const { units, named } = readUnits(analysis, litter);
  const { memory, mentions, genders } = rememberNames(named, !entities);
  const index = entities && entities.length ? new EntityIndex(entities) : null;
  if (index) genderFromEntities(analysis, index, named, genders);
  const resolver = new SpeakerResolver(memory, index ? personMentions(index, analysis.blocks, units) : mentions, index, genders, new Discourse(analysis));
  const drafts = ruleDrafts(units);
  for (const draft of learnedDrafts(units, drafts, CUE_SCORER)) drafts.push(draft);
  const headline = headlineQuote(analysis, memory, index);
  if (headline) drafts.unshift(headline);
  drafts.sort((a, b) => a.unit.block.index - b.unit.block.index || a.from - b.from);
  return finish(drafts, resolver, litter, speakers);
}

/** The drafts the rules read: quotations with their attributions, reported speech, block quotes and transcript turns. */
function ruleDrafts(units: readonly Unit[]): Draft[] {
  const drafts: Draft[] = [];
  let groups = 0;
  const newGroup = () => `g${++groups}`;
  let carry: Draft | null = null;
  // A block quote that carries its own marks and attribution (`> "…," said X`) reads like any paragraph.
  const selfAttributed = new Set<Unit>();
  for (const unit of units) {
    if (unit.block.inBlockquote) {
      const found = readUnit(unit, newGroup, null);
      if (found.drafts.some((d) => d.phrase)) {
        for (const draft of found.drafts) drafts.push(draft);
        selfAttributed.add(unit);
      }
      continue;
    }
    const found = readUnit(unit, newGroup, carry);
    // A loop, not push(...): one paragraph may hold hundreds of thousands of quote marks, past the argument limit.
    for (const draft of found.drafts) drafts.push(draft);
    carry = found.open;
  }
  for (const draft of blockQuotes(units.filter((u) => !selfAttributed.has(u)), newGroup)) drafts.push(draft);
  for (const draft of introducedParagraphs(units)) drafts.push(draft);
  for (const draft of transcriptTurns(units)) drafts.push(draft);
  return drafts;
}

/**
 * A headline that reports speech: `Pence: Flowers won't be at debate` or `Trump Says He Will …`,
 * when the body names that person too (a headline's capitals alone do not make a name): a
 * quote of that person.
 */
function headlineQuote(analysis: Analysis, memory: NameMemory, index: EntityIndex | null): Draft | null {
  const block = analysis.lead.headline;
  if (!block) return null;
  const text = block.text;
  // Each pattern runs only where what every match holds is there: both are costly to compile.
  const colon = text.includes(':') ? HEADLINE_ATTRIBUTION.exec(text) : null;
  const cue = colon || !HEADLINE_CUE_WORD.test(text) ? null : HEADLINE_CUE.exec(text);
  const match = colon ?? cue;
  if (!match) return null;
  const named = match[1]!.replace(/['’]s$/u, '');
  const surname = named.slice(named.lastIndexOf(' ') + 1);
  if (!memory.knows(named) && !index?.mentions.some((m) => m.start >= block.end && m.entity.type !== 'date' && m.entity.name.endsWith(surname))) return null;
  const unit = prepare(block, analysis.sentencesOf(block.index));
  const nameEnd = match[1]!.length;
  const [from, to] = trimRange(text, match[0].length, text.replace(/[.;:\s]+$/u, '').length);
  if (countWords(text, from, to, MIN_REPORTED_WORDS) < MIN_REPORTED_WORDS) return null;
  const phrase: SpeakerPhrase = { start: 0, end: firstTokenAt(unit.toks, nameEnd), name: match[1]!, title: null, pronoun: null, proper: true };
  const kind = pairQuotes(text.slice(from, to)).length ? 'mixed' : 'indirect';
  const attribution = { start: 0, end: cue ? match[0].trimEnd().length : nameEnd };
  return { unit, from, to, kind, cue: cue ? cue[2]! : null, phrase, attribution, group: null, inherit: false };
}

/**
 * The blocks quotes may come from (text blocks outside the headline, byline, date line and
 * boilerplate), tokenized. `units` are those that may hold a quote; a block with no quotation
 * mark, no cue word, no colon before it and no block-quote markup holds none. `named` adds
 * the others, for the name memory to read: a paragraph that quotes no one may still give a
 * speaker's full name (`Florent Groberg is a former Army captain.`), which the entities
 * extractor does not always find.
 */
function readUnits(analysis: Analysis, litter: Range[]): { units: Unit[]; named: Unit[] } {
  const { blocks, lead } = analysis;
  const units: Unit[] = [];
  const named: Unit[] = [];
  let cursor = 0;
  let introduced = false;
  for (const block of blocks) {
    // Past the analysis's read limit there are no sentences to read.
    if (block.start >= analysis.readEnd) break;
    if (block.type !== 'paragraph' || block === lead.headline || block === lead.byline || block === lead.dateLine) continue;
    while (cursor < litter.length && litter[cursor]!.end <= block.start) cursor++;
    let covered = 0;
    for (let i = cursor; i < litter.length && litter[i]!.start < block.end; i++) {
      covered += Math.min(block.end, litter[i]!.end) - Math.max(block.start, litter[i]!.start);
    }
    if (covered * 2 >= block.end - block.start) continue;
    const whole = introduced || block.inBlockquote;
    introduced = endsWithColon(block.text);
    const quoting = whole || turnLabel(block.text) !== null || mayReport(block.text);
    // The memory keeps names of two words or more: a paragraph without two capitalised words in a row gives none.
    if (!quoting && !TWO_CAPITALISED.test(block.text)) continue;
    const unit = prepare(block, analysis.sentencesOf(block.index));
    named.push(unit);
    if (quoting) units.push(unit);
  }
  return { units, named };
}

/** Whether a text ends in a colon, white space aside (`He said:`). */
function endsWithColon(text: string): boolean {
  let i = text.length - 1;
  while (i >= 0 && SPACE.test(text[i]!)) i--;
  return text[i] === ':';
}

/**
 * Tokens of a block, sentence by sentence, with the shared tokenizer over the shared
 * sentences; only offsets into the block's text are needed, so `analysis.tokens` (which
 * maps every token to the source) is not built.
 */
function prepare(block: Block, sentences: readonly Sentence[]): Unit {
  const text = block.text;
  // Where the analysis stopped reading inside the block, its marks past the last sentence are not paired.
  const readTo = sentences.length > 0 ? sentences[sentences.length - 1]!.textEnd : text.length;
  const pairs = pairQuotes(readTo < text.length ? text.slice(0, readTo) : text).filter((p) => p.depth === 0);
  const toks: Tok[] = [];
  const sentence: number[] = [];
  const sentenceRange: [number, number][] = [];
  const inPair: number[] = [];
  const cased: number[] = [];
  let p = 0;
  for (let current = 0; current < sentences.length; current++) {
    const s = sentences[current]!;
    sentenceRange.push([toks.length, toks.length]);
    const ranges = tokenize(text, s.textStart, s.textEnd);
    for (let i = 0; i < ranges.length; i++) {
      const t = ranges[i]!;
      const next = ranges[i + 1];
      let end = t.end;
      // `Mr.`, `B.` and `U.S.` are one word: the full stop belongs to the abbreviation or initial.
      if (next && t.kind === 'word' && next.start === t.end && text.charCodeAt(next.start) === 46 && next.end === next.start + 1 && abbreviation(text.slice(t.start, t.end))) {
        end = next.end;
        i++;
      }
      const word = text.slice(t.start, end);
      const lower = lowerCase(word);
      if (lower !== word) cased.push(toks.length);
      toks.push({ text: word, lower, kind: t.kind, textStart: t.start, textEnd: end });
      sentence.push(current);
      while (p < pairs.length && pairs[p]!.close <= t.start) p++;
      const pair = pairs[p];
      inPair.push(!pair || end <= pair.open ? -1 : t.start < pair.contentStart || t.start >= pair.contentEnd ? -2 : p);
    }
    sentenceRange[current]![1] = toks.length;
  }
  const sentenceStart = sentenceRange.map(([first, last]) => {
    let i = first;
    while (i < last && toks[i]!.kind === 'punct') i++;
    return i;
  });
  return { block, toks, sentence, sentenceRange, sentenceStart, pairs, inPair, cased };
}

/**
 * Every run of capitalised words in the given units, remembered by its last word, with the
 * person-like ones by position when the entities extractor is absent.
 */
function rememberNames(units: readonly Unit[], withMentions: boolean): { memory: NameMemory; mentions: Mention[]; genders: GenderEvidence } {
  const memory = new NameMemory();
  const mentions: Mention[] = [];
  const genders = new GenderEvidence();
  for (const unit of units) {
    const { toks } = unit;
    let j = 0;
    // Sentence number → the one person it names (its surname and first token), or null when it names several.
    const named = new Map<number, { surname: string; at: number } | null>();
    // A run starts at a token with a capital, so only those are visited.
    for (const i of unit.cased) {
      if (i < j || !capitalisedName(toks[i]!)) continue;
      j = i + 1;
      while (j < toks.length && j - i < MAX_RUN && (capitalisedName(toks[j]!) || (CALENDAR_WORDS.has(toks[j]!.lower) && toks[j]!.text !== toks[j]!.lower))) j++;
      // Title words open the run (`Russian President Vladimir Putin`): the name follows the last of them.
      let from = i;
      for (let k = i; k < j - 1; k++) if (isTitleLower(toks[k]!.lower)) from = k + 1;
      const name = spacedWords(toks, from, j);
      if (from > i) memory.setTitle(name, spacedWords(toks, i, from), unit.block.toSource(toks[i]!.textStart));
      const honorific = from > 0 ? honorificGender(toks[from - 1]!.lower) : null;
      if (honorific) genders.add(toks[j - 1]!.lower, honorific, 3);
      if (unit.inPair[i] === -1 && (honorific || isPersonName(name) || isPersonName(memory.resolve(name)))) {
        const sentence = unit.sentence[i]!;
        const seen = named.get(sentence);
        const surname = toks[j - 1]!.lower;
        if (seen === undefined) named.set(sentence, { surname, at: j });
        else if (seen && seen.surname !== surname) named.set(sentence, null);
      }
      memory.add(name, j - from, toks[from]!.lower, toks[j - 1]!.lower);
      const next = toks[j];
      if (next && next.kind === 'word' && DOCUMENT_NOUNS.has(next.text)) memory.addOwner(next.text, name);
      // Without the entities extractor, person-like runs stand in for its person mentions.
      if (withMentions && unit.inPair[i] === -1 && isPersonName(name)) {
        mentions.push({ at: unit.block.toSource(toks[i]!.textStart), end: unit.block.toSource(toks[j - 1]!.textEnd), name, block: unit.block.index });
      }
    }
    // A sentence that names one person: its pronouns outside quotations are most likely theirs, and so is
    // a `he` or `she` opening the next sentence (`Clinton wants the 1990s back. She has touted …`).
    for (const [sentence, one] of named) {
      if (!one) continue;
      const end = unit.sentenceRange[sentence]![1];
      for (let k = one.at; k < end; k++) {
        const gender = unit.inPair[k] === -1 ? pronounGender(toks[k]!.lower) : null;
        if (gender) genders.add(one.surname, gender, 1);
      }
      const opener = sentence + 1 < unit.sentenceStart.length && !named.has(sentence + 1) ? toks[unit.sentenceStart[sentence + 1]!] : undefined;
      const gender = opener && (opener.lower === 'he' || opener.lower === 'she') ? pronounGender(opener.lower) : null;
      if (gender) genders.add(one.surname, gender, 1);
    }
  }
  return { memory, mentions, genders };
}

/** He, she and their forms as whole words. */
const GENDERED_PRONOUN = /\b(?:he|him|his|himself|she|her|hers|herself)\b/giu;

/**
 * Gender evidence from the paragraphs the name memory does not read (no two capitalised words in a
 * row: `Clinton instead focused on …, a subject to which she had devoted …`): a sentence whose
 * person mentions are all one person gives that person the gender of its pronouns after the
 * mention, outside quotation marks.
 */
function genderFromEntities(analysis: Analysis, index: EntityIndex, named: readonly Unit[], genders: GenderEvidence): void {
  const read = new Set(named.map((u) => u.block.index));
  const sentences = analysis.sentences;
  let s = 0;
  let i = 0;
  const mentions = index.mentions;
  while (i < mentions.length) {
    const { start, end, entity } = mentions[i]!;
    i++;
    if (entity.type !== 'person') continue;
    while (s < sentences.length && sentences[s]!.end <= start) s++;
    const sentence = sentences[s];
    if (!sentence || sentence.start > start || read.has(sentence.block)) continue;
    // Every later person mention in the sentence must be the same person.
    let last = end;
    let one = true;
    for (; i < mentions.length && mentions[i]!.start < sentence.end; i++) {
      if (mentions[i]!.entity.type !== 'person') continue;
      if (mentions[i]!.entity !== entity) one = false;
      last = mentions[i]!.end;
    }
    if (!one) continue;
    const text = analysis.source.slice(last, sentence.end);
    if (/["“”]/u.test(text)) continue;
    for (const match of text.matchAll(GENDERED_PRONOUN)) {
      const gender = pronounGender(match[0].toLowerCase());
      if (gender) genders.add(entity.name.slice(entity.name.lastIndexOf(' ') + 1).toLowerCase(), gender, 1);
    }
  }
}

function capitalisedName(t: Tok): boolean {
  // Most words are lower case: settle those without a regular expression.
  if (t.text === t.lower || t.kind !== 'word') return false;
  return nameShaped(t.text) && !NOT_NAME_WORDS.has(t.lower);
}

/** `NAME_SHAPE`, with ASCII letters settled by their codes. */
function nameShaped(word: string): boolean {
  const first = word.charCodeAt(0);
  const second = word.charCodeAt(1);
  if (first < 128 && second < 128) {
    return first >= 65 && first <= 90 && ((second >= 97 && second <= 122) || (second === 46 && word.length === 2));
  }
  return NAME_SHAPE.test(word);
}

/** Where the entities extractor found people, outside quotation marks, in reading order. */
function personMentions(index: EntityIndex, blocks: readonly Block[], units: readonly Unit[]): Mention[] {
  const byBlock: Unit[] = [];
  for (const unit of units) byBlock[unit.block.index] = unit;
  // Blocks come in source order, so they are sorted by start.
  const ranges = blocks.filter((b) => b.type === 'paragraph');
  const mentions: Mention[] = [];
  // The index has every mention in reading order already.
  for (const { start, end, entity } of index.mentions) {
    if (entity.type !== 'person') continue;
    const block = containing(ranges, start);
    if (!block) continue;
    const unit = byBlock[block.index];
    if (unit && unit.toks.length) {
      // Source and text offsets agree in plain text; elsewhere the nearest token is close enough to test for quotes.
      const k = firstTokenAt(unit.toks, start - block.start);
      if (unit.inPair[Math.min(k, unit.toks.length - 1)] !== -1) continue;
    }
    mentions.push({ at: start, end, name: entity.name, block: block.index });
  }
  return mentions;
}

function containing<T extends Range>(ranges: readonly T[], at: number): T | null {
  let lo = 0;
  let hi = ranges.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ranges[mid]!.end <= at) lo = mid + 1;
    else hi = mid;
  }
  const r = ranges[lo];
  return r && r.start <= at ? r : null;
}

function abbreviation(word: string): boolean {
  return /^\p{Lu}$/u.test(word) || word.includes('.') || (isCapitalised(word) && ABBREVIATIONS.has(word.toLowerCase()));
}


/** The quotes of one block; `carry` is a quote left open by the previous block. */
function readUnit(unit: Unit, newGroup: () => string, carry: Draft | null): { drafts: Draft[]; open: Draft | null } {
  const { toks, pairs, block } = unit;
  const drafts: Draft[] = [];
  const attributed = new Map<number, { attribution: Attribution; group: string | null }>();
  const usedCues = new Set<number>();
  const leading = new Set<number>();
  // Direct quotes: an attribution after the closing mark, before the opening mark, or shared with the previous fragment.
  for (let p = 0; p < pairs.length; p++) {
    if (attributed.has(p)) continue;
    const after = attributionAfter(unit, p);
    const attribution = after ?? attributionBefore(unit, p);
    if (!attribution) continue;
    if (attribution.cue !== null) usedCues.add(attribution.cue);
    // `The number … is “shrinking,” it said`: a clause of the writer's that ends in the quotation is a mixed quote.
    const lead = after ? leadingClause(unit, p) : null;
    if (lead !== null) {
      const draft: Draft = {
        unit,
        from: toks[lead]!.textStart,
        to: pairs[p]!.close,
        kind: 'mixed',
        cue: attribution.cueText,
        phrase: attribution.phrase,
        attribution: tokenRange(unit, attribution.from, attribution.to),
        group: null,
        inherit: attribution.phrase === null,
      };
      drafts.push(draft);
      for (let q = 0; q <= p; q++) if (pairs[q]!.open >= draft.from) leading.add(q);
      if (p + 1 < pairs.length && opensAfter(unit, attribution.to, pairs[p + 1]!)) attributed.set(p + 1, { attribution, group: null });
      continue;
    }
    let group: string | null = null;
    // `"A," he said, "B."`: the next fragment opens right after the attribution.
    if (after && p + 1 < pairs.length && opensAfter(unit, attribution.to, pairs[p + 1]!)) {
      group = newGroup();
      attributed.set(p + 1, { attribution, group });
    }
    attributed.set(p, { attribution, group });
  }
  // Reported speech, sentence by sentence, around the cues the direct quotes did not use.
  const consumed = leading;
  for (const [first, last] of unit.sentenceRange) {
    let split = null as { attribution: Attribution; group: string } | null;
    for (const report of reportsIn(unit, first, last, usedCues)) {
      let group: string | null = null;
      if (report.split) {
        if (split?.attribution !== report.attribution) split = { attribution: report.attribution, group: newGroup() };
        group = split.group;
      }
      const inside: number[] = [];
      for (let p = 0; p < pairs.length; p++) {
        const pair = pairs[p]!;
        if (pair.open >= report.from && pair.contentEnd <= report.to + 1 && !attributed.has(p)) inside.push(p);
      }
      const only = inside.length === 1 ? pairs[inside[0]!]! : null;
      if (only && only.open === report.from && only.close >= report.to) {
        // The reported clause is one quotation: a direct quote with this attribution.
        attributed.set(inside[0]!, { attribution: report.attribution, group: null });
        continue;
      }
      for (const p of inside) consumed.add(p);
      drafts.push({
        unit,
        from: report.from,
        to: report.to,
        kind: inside.length ? 'mixed' : 'indirect',
        cue: report.attribution.cueText,
        phrase: report.attribution.phrase,
        attribution: tokenRange(unit, report.attribution.from, report.attribution.to),
        group,
        inherit: report.attribution.phrase === null,
      });
    }
  }
  let open: Draft | null = null;
  for (let p = 0; p < pairs.length; p++) {
    if (consumed.has(p)) continue;
    const pair = pairs[p]!;
    let [from, to] = trimRange(block.text, pair.contentStart, pair.contentEnd);
    if (to <= from) continue;
    // `(CROSSTALK.)`: a stage direction, not speech.
    if (!/\p{Ll}/u.test(block.text.slice(from, to))) continue;
    let given = attributed.get(p);
    // A transcript turn: `"PENCE: Well, look, …`.
    const label = given ? null : SPEAKER_LABEL.exec(block.text.slice(from, Math.min(to, from + MAX_LABEL)));
    if (label) {
      const first = firstTokenAt(toks, from);
      const end = firstTokenAt(toks, from + label[1]!.length);
      const name = label[1]!.toLowerCase().replace(/(^|[\s'’.-])\p{Ll}/gu, (m) => m.toUpperCase());
      const phrase: SpeakerPhrase = { start: first, end, name, title: null, pronoun: null, proper: true };
      given = { attribution: { cue: null, cueText: null, phrase, from: first, to: end }, group: null };
      from += label[0].length;
    }
    const words = countWords(block.text, from, to, MIN_UNATTRIBUTED_WORDS);
    const continues = p === 0 && carry !== null && carry.unit.block.index + 1 === unit.block.index && pair.open === firstOffset(unit);
    let draft: Draft;
    if (given && (words >= 2 || (words === 1 && (given.group !== null || opensSentence(unit, pair))))) {
      const a = given.attribution;
      draft = { unit, from, to, kind: 'direct', cue: a.cueText, phrase: a.phrase, attribution: tokenRange(unit, a.from, a.to), group: given.group, inherit: a.phrase === null };
    } else if (continues && carry) {
      carry.group ??= newGroup();
      draft = { unit, from, to, kind: 'direct', cue: carry.cue, phrase: null, attribution: null, group: carry.group, inherit: true };
    } else if (!given && (words >= MIN_UNATTRIBUTED_WORDS || (speaking(drafts) && wholeSentence(unit, pair))) && !isTerm(unit, pair)) {
      draft = { unit, from, to, kind: 'direct', cue: null, phrase: null, attribution: null, group: null, inherit: true };
    } else continue;
    drafts.push(draft);
    if (pair.unclosed) open = draft;
  }
  return { drafts, open };
}

/** Whether a paragraph's quotes so far include one given to a speaker by its own attribution. */
function speaking(drafts: readonly Draft[]): boolean {
  return drafts.some((d) => d.kind === 'direct' && d.attribution !== null);
}

/** Whether a quotation opens its sentence (`“Denver,” he answered.`). */
function opensSentence(unit: Unit, pair: QuotePair): boolean {
  const k = firstTokenAt(unit.toks, pair.open);
  const s = unit.sentence[k];
  return s !== undefined && unit.sentenceRange[s]![0] === k;
}

/**
 * A quotation that is a sentence of its own, opening it and closed by its own full stop
 * (`… Trump said. “We have incompetent people.”`): after a quote the paragraph attributes, it is
 * that speaker going on, however short, not a term in scare quotes.
 */
function wholeSentence(unit: Unit, pair: QuotePair): boolean {
  if (!opensSentence(unit, pair)) return false;
  const [from, to] = trimRange(unit.block.text, pair.contentStart, pair.contentEnd);
  return to > from && /[.!?]/u.test(unit.block.text[to - 1]!) && /\p{Lu}/u.test(unit.block.text[from]!);
}

/** An attribution right after a quotation's closing mark: `," he said`, `," said Mr Brown`, `," according to …`. */
function attributionAfter(unit: Unit, p: number): Attribution | null {
  const { toks, pairs, inPair } = unit;
  const pair = pairs[p]!;
  if (pair.unclosed) return null;
  let k = firstTokenAt(toks, pair.close);
  if (k >= toks.length) return null;
  // `…." He said` opens a new sentence: the attribution must share the closing mark's sentence, unless
  // that sentence is no more than the attribution (`“Who are they?” Trump said of Apple.`).
  const crosses = k > 0 && unit.sentence[k] !== unit.sentence[k - 1];
  const sentenceEnd = unit.sentenceRange[unit.sentence[k]!]![1];
  if (toks[k]!.text === ',' || toks[k]!.text === '—' || toks[k]!.text === '–') k++;
  // The attribution ends at the next quotation or the end of the sentence.
  let hi = k;
  while (hi < sentenceEnd && hi - k < MAX_CUE_GAP + 12 && inPair[hi] === -1) hi++;
  if (k >= hi) return null;
  if (crosses && !bareAttribution(unit, k, sentenceEnd)) return null;
  const t = toks[k]!;
  if (t.lower === 'according' && toks[k + 1]?.lower === 'to') {
    const phrase = sourceAfter(toks, k + 2, hi, unit.block.text);
    return phrase ? { cue: k, cueText: 'according to', phrase, from: k, to: phrase.end } : null;
  }
  if (isSpeechWord(t) && !t.lower.endsWith('ing')) {
    const phrase = speakerAfter(toks, k + 1, hi, unit.block.text);
    return { cue: k, cueText: t.text, phrase, from: k, to: phrase ? phrase.end : k + 1 };
  }
  for (let c = k + 1; c < hi && c - k <= MAX_CUE_GAP + 6; c++) {
    if ((!isSpeechWord(toks[c]!) && !isCognitionWord(toks[c]!)) || toks[c]!.lower.endsWith('ing')) continue;
    const phrase = subjectBefore(toks, c, k, unit.block.text);
    // The subject must open the attribution; a determiner before it belongs to it (`his friend Ann Lee said`).
    if (phrase && (phrase.start === k || describedBy(toks, k, phrase.start, phrase.title !== null))) {
      return { cue: c, cueText: toks[c]!.text, phrase: { ...phrase, start: k }, from: k, to: c + 1 };
    }
    // A subject the name and role readers do not know (`one plant employee told`, `a friend said`).
    const loose = phrase ? null : looseSubject(toks, c, k, unit.block.text);
    if (loose && loose.start === k) return { cue: c, cueText: toks[c]!.text, phrase: loose, from: k, to: c + 1 };
    // A noun that is also a cue (`the report stated`, `the Indiana state union, said`): read on.
    if (isCueBaseForm(toks[c]!.lower) || !citedAsCue(toks, c, k)) continue;
    break;
  }
  return null;
}

/**
 * Whether tokens `[k, start)` are a determiner and lower-case words describing the name that
 * follows them (`his friend`, `the group's founder`), or lower-case words leading into a role
 * (`former presidential candidate`; `titled`: the phrase from `start` opens with its role): part of
 * the speaker's phrase.
 */
function describedBy(toks: readonly Tok[], k: number, start: number, titled = false): boolean {
  if (start - k > MAX_DESCRIPTION || start <= k) return false;
  // Without a determiner, the words must lead into a role (`former presidential candidate Herman Cain said`).
  const opened = NOUN_PHRASE_OPENERS.has(toks[k]!.lower);
  if (!opened && !titled && !isTitleLower(toks[start - 1]!.lower) && !SPEAKER_NOUNS.has(toks[start - 1]!.lower)) return false;
  for (let i = opened ? k + 1 : k; i < start; i++) if (toks[i]!.kind !== 'word' || isCapitalised(toks[i]!.text) || isCueLower(toks[i]!.lower)) return false;
  return true;
}

/**
 * Whether the sentence from token `k` to `end` is an attribution and nothing more: a subject of a
 * few words, a cue, and at most a short phrase after it (`Trump said of Apple in February.`),
 * or an inverted cue and its speaker (`said Mr. Lee.`).
 */
function bareAttribution(unit: Unit, k: number, end: number): boolean {
  const { toks } = unit;
  for (let c = k; c < end && c - k <= MAX_SUBJECT_WORDS; c++) {
    const t = toks[c]!;
    if (t.kind !== 'word') return false;
    if (!isSpeechWord(t) || t.lower.endsWith('ing')) continue;
    const next = toks[c + 1];
    if (!next || c + 1 >= end || next.text === ',' || next.text === '.' || onlyTrailing(toks, c + 1, end)) return true;
    // `said of Apple in February, when …`, `told Britain’s ITV in an interview`: a phrase or a hearer, not a
    // reported clause (`said in a statement that …`).
    if (!NOT_CLAUSE_OPENERS.has(next.lower) && !HEARER_CUES.has(t.lower)) return false;
    for (let i = c + 1; i < end && i - c <= MAX_THAT_GAP; i++) if (toks[i]!.lower === 'that' || toks[i]!.text === ':' || isQuoteMark(toks[i]!)) return false;
    return true;
  }
  return false;
}

/** An attribution right before a quotation's opening mark: `He said: "…"`, `Ms Hewitt told the BBC: "…"`. */
function attributionBefore(unit: Unit, p: number): Attribution | null {
  const { toks, pairs, inPair } = unit;
  const pair = pairs[p]!;
  let k = firstTokenAt(toks, pair.open) - 1;
  if (k < 0) return null;
  // The quotation must end its sentence, or the report is mixed (`said “…” to drive up …`).
  if (!pair.unclosed && !endsSentence(unit, pair)) return null;
  const lo = unit.sentenceRange[unit.sentence[k]!]![0];
  const punct = toks[k]!.text === ':' || toks[k]!.text === ',';
  if (punct) k--;
  for (let c = k; c >= lo && k - c <= MAX_CUE_GAP; c--) {
    if (inPair[c] !== -1) return null;
    const t = toks[c]!;
    if (t.lower === 'that') return null;
    if (!isSpeechWord(t) && !(isCognitionWord(t) && punct)) continue;
    if (c !== k && !punct) return null;
    if (t.lower.endsWith('ing')) {
      // `…, promising the crowd: "…"`: the speaker is the sentence's subject.
      const phrase = c > lo && toks[c - 1]!.text === ',' ? sentenceSubject(toks, lo, c, unit.block.text) : null;
      return phrase ? { cue: c, cueText: t.text, phrase, from: c, to: c + 1 } : null;
    }
    if (!citedAsCue(toks, c, lo)) return null;
    const phrase = subjectBefore(toks, c, lo, unit.block.text);
    return { cue: c, cueText: t.text, phrase, from: phrase ? phrase.start : c, to: c + 1 };
  }
  return null;
}

/**
 * The first token of the writer's own clause that leads into a quotation in the same
 * sentence (`The number of … is “shrinking,”`), or null when the quotation opens its
 * sentence or follows a colon or comma (`He added, "…"`).
 */
function leadingClause(unit: Unit, p: number): number | null {
  const { toks, inPair } = unit;
  const open = firstTokenAt(toks, unit.pairs[p]!.open);
  if (open === 0 || open >= toks.length) return null;
  const before = toks[open - 1]!;
  if (before.text === ':' || before.text === ',' || before.text === '—' || unit.sentence[open - 1] !== unit.sentence[open]) return null;
  const start = unit.sentenceStart[unit.sentence[open]!]!;
  if (start >= open) return null;
  // Two words of the writer's own just before the mark make a lead-in (bounded look-back).
  let words = 0;
  for (let i = open - 1; i >= start && open - i <= MAX_LEAD_IN && words < 2; i--) if (inPair[i] === -1 && toks[i]!.kind === 'word') words++;
  return words >= 2 ? start : null;
}

/** Whether a quotation's closing mark is followed only by punctuation up to the end of its sentence. */
function endsSentence(unit: Unit, pair: QuotePair): boolean {
  const { toks } = unit;
  const k = firstTokenAt(toks, pair.close);
  if (k >= toks.length) return true;
  if (unit.sentence[k] !== unit.sentence[Math.max(0, firstTokenAt(toks, pair.open))]) return true;
  const end = unit.sentenceRange[unit.sentence[k]!]![1];
  // Bounded: a run of marks longer than this is no sentence ending.
  for (let i = k; i < end && i - k < MAX_CUE_GAP; i++) {
    if (toks[i]!.kind !== 'punct') return unit.inPair[i] !== -1;
  }
  return end - k < MAX_CUE_GAP;
}

/** Whether the next fragment opens right after an attribution (only a comma or colon between). */
function opensAfter(unit: Unit, to: number, next: QuotePair): boolean {
  const { toks } = unit;
  let k = to;
  while (k < toks.length && toks[k]!.kind === 'punct' && !isQuoteMark(toks[k]!) && k - to < 3) k++;
  if (toks[k]?.lower === 'and') k++;
  return k < toks.length && toks[k]!.textStart === next.open;
}

/** Whether a lower-case word is in `CUE_WORDS`; most words are settled by their first and last letters alone. */
function isCueWord(lower: string): boolean {
  return CUE_SHAPES.mayHold(lower) && CUE_WORDS.has(lower);
}

interface Report {
  from: number;
  to: number;
  attribution: Attribution;
  /** Whether the attribution interrupts the report (`The museum, Mr. Bush said, celebrated …`). */
  split: boolean;
}

/** The reported clauses of one sentence `[first, last)`, each with its attribution. */
function reportsIn(unit: Unit, first: number, last: number, usedCues: ReadonlySet<number>): Report[] {
  const { toks, inPair } = unit;
  const text = unit.block.text;
  const found: { attribution: Attribution; content: number | null; before: boolean; lo: number; group?: boolean; least?: number }[] = [];
  let lo = first;
  // Where a clause before a cue may start: after a quotation that ends a unit of its own (`…," Then …`).
  let floor = first;
  for (let c = first; c < last; c++) {
    if (inPair[c] !== -1) {
      lo = c + 1;
      if (inPair[c] === -2 && c > first && /^[.,!?]$/u.test(toks[c - 1]!.text) && isCapitalised(toks[c + 1]?.text ?? '')) floor = c + 1;
      continue;
    }
    const t = toks[c]!;
    if (!isCueWord(t.lower)) continue;
    if (t.lower === 'according' && toks[c + 1]?.lower === 'to') {
      const phrase = sourceAfter(toks, c + 2, last, text);
      if (!phrase) continue;
      const attribution: Attribution = { cue: c, cueText: joinTokens(toks, c, c + 2, text), phrase, from: c, to: phrase.end };
      const after = phrase.end < last && toks[phrase.end]!.text === ',' ? phrase.end + 1 : null;
      const openerPos = after !== null && c === firstWord(toks, first, last) ? after : null;
      const between = c > first && toks[c - 1]!.text === ',';
      // After a clause of six words or more, what follows the source's comma continues the report only
      // where it resumes that clause with its verb (`The quay, …, according to X, will cost …`), not
      // where it opens an aside of the writer's (`…, according to X, where 475 delegates are at stake`).
      const at = after === null ? undefined : toks[after];
      const resumesClause = wordTokens(toks, floor, c, MIN_CLAUSE_WORDS) < MIN_CLAUSE_WORDS ||
        (at !== undefined && at.kind === 'word' && !isCapitalised(at.text) && !OBJECT_OPENERS.has(at.lower) && !at.lower.endsWith('ing') && !ASIDE_OPENERS.has(at.lower));
      if (openerPos === null && between && after !== null && !onlyTrailing(toks, after, last) && resumesClause) {
        // `The quay, according to X, will cost …`: the report runs on both sides.
        found.push({ attribution, content: null, before: true, lo: floor, group: true });
        found.push({ attribution, content: after, before: false, lo: floor, group: true });
      } else found.push({ attribution, content: openerPos, before: openerPos === null && between, lo: floor });
      c = phrase.end - 1;
      continue;
    }
    if (usedCues.has(c) || t.kind !== 'word' || isCapitalised(t.text)) continue;
    const directive = DIRECTIVE_CUES.get(t.lower);
    if (directive) {
      const start = directiveContent(toks, c, last, directive);
      const end = directive === 'for' || toks[c + 1]?.lower === 'on' ? c + 2 : c + 1;
      const found1 = start !== null ? complementAttribution(toks, c, end, lo, first, last, text, found) : null;
      if (found1 && insideReport(toks, found, found1)) continue;
      if (found1 && start !== null) {
        found.push({ attribution: found1, content: start, before: false, lo: floor });
        continue;
      }
    }
    const object = OBJECT_CUES.get(t.lower);
    if (object) {
      const start = objectContent(toks, inPair, c, last, object);
      const found1 = start !== null ? complementAttribution(toks, c, c + 1, lo, first, last, text, found) : null;
      if (found1 && insideReport(toks, found, found1)) continue;
      if (found1 && start !== null) {
        // `called it “predatory”`: the quotation makes even a two-word object a report.
        found.push({ attribution: found1, content: start, before: false, lo: floor, least: object === 'quoted' ? 2 : undefined });
        continue;
      }
    }
    // `pointed out that …`: a phrasal cue; the particle belongs to the cue.
    const particle = POINT_VERBS.has(t.lower) && toks[c + 1]?.lower === 'out' ? 1 : 0;
    if (!particle && !isCueLower(t.lower)) continue;
    const cueEnd = c + particle;
    const cueText = joinTokens(toks, c, cueEnd + 1, text);
    const cognition = isCognitionWord(t);
    if (t.lower.endsWith('ing') && !cognition && c > lo && PROGRESSIVE.has(toks[c - 1]!.lower)) {
      // `The White House is saying that …`: a finite verb; its subject stands before the auxiliary.
      const phrase = subjectBefore(toks, c - 1, lo, text);
      const content = phrase ? contentAfter(toks, cueEnd, last, cognition) : null;
      if (phrase && content !== null) found.push({ attribution: { cue: c, cueText, phrase, from: phrase.start, to: cueEnd + 1 }, content, before: false, lo: floor });
      continue;
    }
    if (t.lower.endsWith('ing')) {
      // `…, adding that …`, `…, alleging she …`, `… “overblown,” adding …`: the speaker is the clause's subject.
      if (c === first || !afterComma(toks, c)) continue;
      const content = contentAfter(toks, cueEnd, last, cognition);
      if (content === null) continue;
      const previous = found[found.length - 1];
      // A subject the phrase readers cannot take apart (`Sen. Mark Kirk, R-Ill., who faces …, rescinded …, saying`)
      // leaves the speaker to the person the text is about.
      const phrase = previous?.attribution.phrase ?? cueSubject(toks, c - 1, lo, last, text) ?? sentenceSubject(toks, first, c, text);
      found.push({ attribution: { cue: c, cueText, phrase, from: c, to: cueEnd + 1 }, content, before: false, lo: floor });
      continue;
    }
    if (!citedAsCue(toks, c, lo)) continue;
    let phrase = subjectBefore(toks, c, lo, text);
    const loose = !phrase && !cognition;
    if (loose) phrase = fallbackSubject(toks, c, lo, first, text);
    if (phrase) {
      if (!loose && !agrees(toks, c, phrase)) continue;
      // Inside an earlier report's clause only an explicit `that` opens a report of its own
      // (`said the two newspapers would add eight pages`).
      const previous = found[found.length - 1];
      const nested = previous !== undefined && previous.content !== null && phrase.start >= previous.content && !coordinated(toks, phrase.start);
      let content = contentAfter(toks, cueEnd, last, cognition || nested);
      // A loosely read subject needs a clause that plainly opens (`that`, a pronoun, a determiner, a name).
      if (loose && content !== null && toks[content - 1]!.lower !== 'that' && !plainClauseStart(toks[content]!)) content = null;
      // Too short to be a clause (`told GMTV's Sunday programme.`): try the clause before instead.
      if (content !== null && wordTokens(toks, content, last) < MIN_REPORTED_WORDS) content = null;
      if (content !== null) {
        // A subject shared with an earlier verb (`X suggested that … and argued that …`) stays with that verb.
        const from = loose && phrase.end + MAX_SHARED_GAP < c ? c - 1 : phrase.start;
        found.push({ attribution: { cue: c, cueText, phrase, from, to: cueEnd + 1 }, content, before: false, lo: floor });
        continue;
      }
      // `…, the company said.` and `The museum, Mr. Bush said, celebrated …`
      if (!cognition && phrase.start > first && toks[phrase.start - 1]!.text === ',') {
        const attribution = { cue: c, cueText, phrase, from: phrase.start, to: cueEnd + 1 };
        if (onlyTrailing(toks, cueEnd + 1, last) && !resumes(toks, cueEnd + 1, last)) found.push({ attribution, content: null, before: true, lo: floor });
        else if (toks[cueEnd + 1]?.text === ',') {
          found.push({ attribution, content: null, before: true, lo: floor, group: true });
          found.push({ attribution, content: cueEnd + 2, before: false, lo: floor, group: true });
        }
      }
      continue;
    }
    // `…, said the company.` and `…, said Mr. Bush, …`
    if (!cognition && c > first && toks[c - 1]!.text === ',') {
      const inverted = speakerAfter(toks, c + 1, last, text);
      if (!inverted) continue;
      const attribution = { cue: c, cueText, phrase: inverted, from: c, to: inverted.end };
      if (onlyTrailing(toks, inverted.end, last) && !resumes(toks, inverted.end, last)) found.push({ attribution, content: null, before: true, lo: floor });
      else if (toks[inverted.end]?.text === ',') {
        found.push({ attribution, content: null, before: true, lo: floor, group: true });
        found.push({ attribution, content: inverted.end + 1, before: false, lo: floor, group: true });
      }
    }
  }
  const reports: Report[] = [];
  for (let i = 0; i < found.length; i++) {
    const { attribution, content, before, lo: floor, group, least: fewest } = found[i]!;
    let from: number;
    let to: number;
    if (content !== null) {
      from = content;
      // Up to the next attribution in the sentence (`…, and the Kremlin has confirmed that …`).
      to = i + 1 < found.length ? Math.min(last, found[i + 1]!.attribution.from) : last;
      to = asideCut(toks, inPair, from, to);
    } else if (before) {
      const previous = found[i - 1];
      from = Math.max(floor, previous ? previous.attribution.to : first);
      to = attribution.from - 1;
    } else continue;
    const range = trimTokens(toks, from, to);
    if (!range) continue;
    const [a, b] = range;
    // A fragment split off by the attribution may be short (`The museum, Mr. Bush said, …`).
    const least = group ? 1 : fewest ?? MIN_REPORTED_WORDS;
    if (countWords(text, toks[a]!.textStart, toks[b - 1]!.textEnd, least) < least) continue;
    reports.push({ from: toks[a]!.textStart, to: toks[b - 1]!.textEnd, attribution, split: group === true });
  }
  return reports;
}

/** A use of a candidate verb the rules left alone, with the content and attribution it would give. */
interface CueCandidate {
  unit: Unit;
  use: CueUse;
  /** Token range of the content. */
  from: number;
  to: number;
  attribution: Attribution;
}

/**
 * The uses of the cue model's verbs in a unit that the rules left alone: outside quotation
 * marks and outside every draft's content and attribution. Each reads the content after the
 * verb (past `that`, `about`, `for`, a comma) up to a draft, a writer's aside or the sentence's
 * end, and the verb's subject as the rules read subjects.
 */
function cueCandidates(unit: Unit, drafts: readonly Draft[], forms: CueScorer['forms']): CueCandidate[] {
  const { toks, inPair } = unit;
  const text = unit.block.text;
  const covered = new Uint8Array(toks.length);
  for (const draft of drafts) {
    for (const range of [{ start: draft.from, end: draft.to }, draft.attribution]) {
      if (!range) continue;
      for (let i = firstTokenAt(toks, range.start); i < toks.length && toks[i]!.textStart < range.end; i++) covered[i] = 1;
    }
  }
  const found: CueCandidate[] = [];
  for (const [first, last] of unit.sentenceRange) {
    let lo = first;
    for (let c = first; c < last; c++) {
      if (inPair[c] !== -1) {
        lo = c + 1;
        continue;
      }
      const t = toks[c]!;
      const verb = covered[c] || t.kind !== 'word' ? undefined : forms.get(t.lower);
      if (!verb || isCapitalised(t.text)) continue;
      const complement = complementOf(toks[c + 1]);
      const skip = complement === 'that' || complement === 'about' || complement === 'for' || complement === 'punct' ? 2 : 1;
      // Bounded, so a sentence of thousands of verbs stays linear.
      const limit = Math.min(last, c + skip + MAX_LEARNED_SPAN);
      let end = c + skip;
      while (end < limit && !covered[end]) end++;
      const range = trimTokens(toks, c + skip, asideCut(toks, inPair, c + skip, end));
      if (!range) continue;
      const [a, b] = range;
      const contentWords = wordTokens(toks, a, b, MAX_CONTENT_WORDS);
      if (contentWords < 2) continue;
      let quoted = false;
      for (let i = a; i < b && !quoted; i++) quoted = isQuoteMark(toks[i]!);
      const participle = verb.form === 'gerund' && c > first && afterComma(toks, c);
      // `Trump is promising …`: a finite verb; its subject stands before the auxiliary.
      const progressive = verb.form === 'gerund' && c > lo && PROGRESSIVE.has(toks[c - 1]!.lower);
      const phrase = participle
        ? cueSubject(toks, c - 1, lo, last, text) ?? sentenceSubject(toks, first, c, text)
        : progressive
          ? subjectBefore(toks, c - 1, lo, text)
          : subjectBefore(toks, c, lo, text) ?? fallbackSubject(toks, c, lo, first, text);
      // The sentence's subject stands in for a subject the verb's own cannot be read (`… rushed to say`), for
      // scoring only: the speaker is left to the reading-order pass.
      const scored = phrase ?? sentenceSubject(toks, first, c, text);
      // A use with no subject at all would leave its speaker to guesswork.
      if (!scored) continue;
      const subject: SubjectShape = scored.pronoun ? 'pronoun' : scored.proper ? 'proper' : 'common';
      const use: CueUse = {
        base: verb.base,
        form: verb.form,
        complement,
        before: beforeOf(c > lo ? toks[c - 1] : undefined),
        subject,
        contentWords,
        quoted,
        finite: opensClause(toks, a, b),
        offset: c - first,
      };
      const from = phrase && !participle && phrase.start < c ? phrase.start : c;
      found.push({ unit, use, from: a, to: b, attribution: { cue: c, cueText: t.text, phrase, from, to: c + 1 } });
    }
  }
  return found;
}

/**
 * The learned pass: each unit's candidate uses that the cue model accepts become reports,
 * the first of any that overlap.
 */
function learnedDrafts(units: readonly Unit[], drafts: readonly Draft[], scorer: CueScorer): Draft[] {
  const byUnit = draftsByUnit(drafts);
  const out: Draft[] = [];
  for (const unit of units) {
    if (unit.block.inBlockquote) continue;
    let reached = 0;
    for (const candidate of cueCandidates(unit, byUnit.get(unit) ?? [], scorer.forms)) {
      const { attribution } = candidate;
      if (attribution.cue! < reached || !scorer.accepts(candidate.use)) continue;
      reached = candidate.to;
      out.push({
        unit,
        from: unit.toks[candidate.from]!.textStart,
        to: unit.toks[candidate.to - 1]!.textEnd,
        kind: candidate.use.quoted ? 'mixed' : 'indirect',
        cue: attribution.cueText,
        phrase: attribution.phrase,
        attribution: tokenRange(unit, attribution.from, attribution.to),
        group: null,
        inherit: attribution.phrase === null,
      });
    }
  }
  return out;
}

function draftsByUnit(drafts: readonly Draft[]): Map<Unit, Draft[]> {
  const byUnit = new Map<Unit, Draft[]>();
  for (const draft of drafts) {
    const list = byUnit.get(draft.unit);
    if (list) list.push(draft);
    else byUnit.set(draft.unit, [draft]);
  }
  return byUnit;
}

/**
 * Every use the learned pass scores in a document, with the text of the content it would
 * report: the training data of `scripts/train-quote-cues.ts`, read exactly as the extractor
 * reads them (no boilerplate is known here).
 */
export function learnedCueUses(analysis: Analysis, forms: CueScorer['forms']): { use: CueUse; text: string }[] {
  const { units } = readUnits(analysis, []);
  const drafts = ruleDrafts(units);
  const byUnit = draftsByUnit(drafts);
  return units.filter((u) => !u.block.inBlockquote).flatMap((unit) =>
    cueCandidates(unit, byUnit.get(unit) ?? [], forms).map((c) => ({
      use: c.use,
      text: unit.block.text.slice(unit.toks[c.from]!.textStart, unit.toks[c.to - 1]!.textEnd),
    })),
  );
}

/** Whether a comma stands just before token `c`, or a closing quotation mark after one (`“…,” adding`). */
function afterComma(toks: readonly Tok[], c: number): boolean {
  const prev = toks[c - 1]!;
  return prev.text === ',' || (isQuoteMark(prev) && toks[c - 2]?.text === ',');
}

/**
 * Whether a complement cue's attribution lies inside the clause an earlier cue reports
 * (`said he had asked his people to …`): part of that report, not one of its own.
 */
function insideReport(toks: readonly Tok[], found: readonly { content: number | null }[], attribution: Attribution): boolean {
  const previous = found[found.length - 1];
  return previous !== undefined && previous.content !== null && attribution.from >= previous.content && !coordinated(toks, attribution.from);
}

/**
 * The source after `according to`: a name read as a speaker (`Smith`, `Mr. Brown`), else the
 * whole noun phrase up to the next comma or stop, as written (`a new poll released Monday`,
 * `press reports`), which is how the article names a source that is no person.
 */
function sourceAfter(toks: readonly Tok[], i: number, hi: number, text: string): SpeakerPhrase | null {
  const named = speakerAfter(toks, i, hi, text, false);
  let end = i;
  while (end < hi && end - i < MAX_SOURCE && !SOURCE_ENDS.has(toks[end]!.text) && !isQuoteMark(toks[end]!) && toks[end]!.lower !== 'that') end++;
  // A name that fills the phrase is a speaker to resolve; one inside a longer phrase (`a Pentagon readout`) is not.
  if (named && (named.pronoun || named.end >= end)) return named;
  if (end === i || end - i >= MAX_SOURCE || toks[i]!.kind !== 'word') return named;
  const from = toks[i]!.lower === 'the' && end > i + 1 ? i + 1 : i;
  return { start: i, end, name: joinTokens(toks, from, beforeTimePhrase(toks, from, end), text), title: null, pronoun: null, proper: false };
}

/**
 * The attribution of a cue whose content is a complement (`urged X to …`, `accused X of …`):
 * its subject before it, or for a participle after a comma (`…, calling for …`) the subject
 * of the clause it hangs on; null when the cue is not used as a verb.
 */
function complementAttribution(
  toks: readonly Tok[], c: number, end: number, lo: number, first: number, last: number, text: string,
  found: readonly { attribution: Attribution }[],
): Attribution | null {
  const cueText = joinTokens(toks, c, end, text);
  if (toks[c]!.lower.endsWith('ing')) {
    if (c === first || toks[c - 1]!.text !== ',') return null;
    const phrase = found[found.length - 1]?.attribution.phrase ?? cueSubject(toks, c - 1, lo, last, text) ?? sentenceSubject(toks, first, c, text);
    return { cue: c, cueText, phrase, from: c, to: end };
  }
  if (!citedAsCue(toks, c, lo)) return null;
  let phrase = subjectBefore(toks, c, lo, text);
  if (phrase && !agrees(toks, c, phrase)) return null;
  phrase ??= fallbackSubject(toks, c, lo, first, text);
  return phrase ? { cue: c, cueText, phrase, from: phrase.start, to: end } : null;
}

/**
 * The subject of a cue that neither names nor roles read: the subject of the first verb for
 * a second one (`Trump welcomed … and said`), the phrase a relative `who` refers to
 * (`four in 10 who said`), else any short noun phrase (`Protest groups say`).
 */
function fallbackSubject(toks: readonly Tok[], c: number, lo: number, first: number, text: string): SpeakerPhrase | null {
  let j = c - 1;
  while (j > lo && c - j <= 3 && toks[j]!.kind === 'word' && (toks[j]!.lower.endsWith('ly') || toks[j]!.lower === 'also' || toks[j]!.lower === 'then')) j--;
  const prev = toks[j];
  if (!prev || j < lo) return null;
  // A base form (`state`, `say`) is as often a noun or an infinitive: only a plural subject licenses it.
  const base = isCueBaseForm(toks[c]!.lower);
  if (prev.lower === 'and' || prev.lower === 'but') {
    const before = toks[j - 1];
    // `… suggested that X was “liberal” and argued that …`: the first clause may end in a quotation.
    return !base && before && (before.kind === 'word' || before.text === ',' || isQuoteMark(before)) ? sentenceSubject(toks, first, j, text) : null;
  }
  // An -s form after a loosely read phrase is as often a plural noun (`in five states going …`), unless `that` follows.
  if (prev.lower !== 'who' && toks[c]!.lower.endsWith('s') && toks[c + 1]?.lower !== 'that') return null;
  const phrase = prev.lower === 'who' ? (toks[j - 1]?.text === ',' ? null : looseSubject(toks, j, lo, text)) : looseSubject(toks, c, lo, text);
  if (!phrase || !base) return phrase;
  const head = toks[phrase.end - 1]!;
  return head.kind === 'number' || head.text === '%' || NUMBER_WORDS.has(head.lower) || QUANTITY_HEADS.has(head.lower) || /[^s]s$/u.test(head.lower) ? phrase : null;
}

/**
 * The group or body `they` or `it` at token `pronoun` stands for: the nearest subject opening a
 * sentence of the paragraph before it (this sentence's words before the pronoun, then up to
 * {@link MAX_ANTECEDENT_SENTENCES} sentences back) that agrees in number and is no person: a plural
 * of people for `they` (`The pilots …. They said …`), a body for `it` (`The harbour board …. It said …`).
 */
function groupAntecedent(unit: Unit, pronoun: number, word: 'they' | 'it'): SpeakerPhrase | null {
  const { toks } = unit;
  const own = unit.sentence[pronoun];
  if (own === undefined) return null;
  for (let s = own; s >= 0 && own - s <= MAX_ANTECEDENT_SENTENCES; s--) {
    const before = s === own ? pronoun : unit.sentenceRange[s]![1];
    const phrase = openingSubject(toks, unit.sentenceStart[s]!, before, unit.block.text);
    if (phrase && agreesWith(phrase, word)) return phrase;
  }
  return null;
}

/** The noun phrase opening a sentence at `first`, past an opening phrase that ends in a comma, or null. */
function openingSubject(toks: readonly Tok[], first: number, before: number, text: string): SpeakerPhrase | null {
  const opener = toks[first];
  const i = opener && opener.kind === 'word' && NOT_NAME_WORDS.has(opener.lower) && !NOUN_DETERMINERS.has(opener.lower) ? pastOpeningPhrase(toks, first, before) : first;
  if (i === null) return null;
  const phrase = i < before ? speakerAfter(toks, i, before, text, false) : null;
  return phrase && !phrase.pronoun ? phrase : null;
}

/** Whether a subject can be what `they` (a plural of people) or `it` (a body, not a person) stands for. */
function agreesWith(phrase: SpeakerPhrase, word: 'they' | 'it'): boolean {
  const head = (phrase.head ?? phrase.name).toLowerCase();
  const last = head.slice(head.lastIndexOf(' ') + 1);
  const plural = PLURAL_GROUPS.has(last) || (/[^su]s$/u.test(last) && !phrase.proper);
  if (word === 'they') return plural;
  return !plural && (phrase.proper ? !isPersonName(phrase.name) && !/s$/u.test(last) : BODY_NOUNS.has(last));
}

/**
 * The subject of the sentence's main clause, for a cue in a participle clause: the first
 * name or pronoun, after an opening phrase that ends in a comma (`In 2011, Trump …`).
 */
function sentenceSubject(toks: readonly Tok[], first: number, before: number, text: string): SpeakerPhrase | null {
  const opener = toks[first];
  // An opening phrase: a word that names no one, or a participle (`Facing mounting criticism, Trump …`).
  const participle = opener !== undefined && opener.lower.endsWith('ing') && opener.lower.length > 5;
  const i = opener && opener.kind === 'word' && (NOT_NAME_WORDS.has(opener.lower) || participle) && !SPEAKER_PRONOUNS.has(opener.lower) ? pastOpeningPhrase(toks, first, before) : first;
  if (i === null) return null;
  const phrase = speakerAfter(toks, i, before, text);
  // The subject is followed by its verb: a lower-case word that is no modifier or noun (`the Republican presidential nominee`).
  const verb = phrase ? toks[phrase.end] : undefined;
  if (!phrase || !(phrase.proper || phrase.pronoun) || verb?.kind !== 'word' || isCapitalised(verb.text)) return null;
  return SPEAKER_NOUNS.has(verb.lower) || /(?:al|ic|ive|ous|an)$/u.test(verb.lower) ? null : phrase;
}

/** The token after the comma that ends an opening phrase starting at `first` (`In 2011,`), or null when no comma ends one soon enough. */
function pastOpeningPhrase(toks: readonly Tok[], first: number, before: number): number | null {
  let i = first;
  while (i < before && i - first < MAX_OPENING_PHRASE && toks[i]!.text !== ',') i++;
  return i < before && toks[i]!.text === ',' ? i + 1 : null;
}

/**
 * The speaker of a cue just before the comma at `comma` (`"…," he said, adding …`,
 * `Rendell recalled, suggesting …`, `…, said Mr Brown, adding …`): a participle clause
 * after an attribution reports the same speaker. Null when no cue ends the clause.
 */
function cueSubject(toks: readonly Tok[], comma: number, lo: number, last: number, text: string): SpeakerPhrase | null {
  // The cue and its hearer or time phrase (`he told the group, adding …`) end the clause.
  for (let k = comma - 1; k >= lo && comma - k <= MAX_HEARER_WORDS + 1; k--) {
    const t = toks[k]!;
    if (t.kind !== 'word') return null;
    if (!isSpeechWord(t)) continue;
    return subjectBefore(toks, k, lo, text) ?? (k + 1 < comma ? speakerAfter(toks, k + 1, Math.min(comma, last), text, false) : null);
  }
  return null;
}

/**
 * Where the content of a directive cue starts: `vowed to …` (at `to`), `urged Congress to …`
 * and `called on Dean to …` (at `to`), `called for …` (after `for`); null when the shape is absent.
 */
function directiveContent(toks: readonly Tok[], c: number, last: number, shape: 'to' | 'object-to' | 'for'): number | null {
  const next = toks[c + 1]?.lower;
  if (shape === 'to') return next === 'to' ? c + 1 : next === 'not' && toks[c + 2]?.lower === 'to' ? c + 1 : null;
  if (shape === 'for') {
    if (next === 'for') return c + 2 < last ? c + 2 : null;
    if (next !== 'on') return null;
  }
  // The hearer is part of what was asked (`urged Congress to act`, `called on the regime to abandon …`).
  const object = next === 'on' ? c + 2 : c + 1;
  for (let i = object + 1; i < last && i - object <= MAX_DIRECTIVE_OBJECT; i++) {
    const t = toks[i]!;
    if (t.lower === 'to' || (t.lower === 'not' && toks[i + 1]?.lower === 'to')) return object;
    const possessive = t.text === '’s' || t.text === "'s" || t.text === '.';
    if ((t.kind !== 'word' && !possessive) || isCueLower(t.lower) || SUBJECT_PRONOUNS.has(t.lower) || t.lower === 'that') return null;
  }
  return null;
}

/**
 * Where the content of an object cue starts (its object, `c + 1`), or null when the object
 * lacks what the cue needs: `of` after `accused X`, `as` after `described X`, a quotation after
 * `called X`; nothing more after `denied`, `decried`. Never a clause or a bare pronoun.
 */
function objectContent(toks: readonly Tok[], inPair: readonly number[], c: number, last: number, needs: 'of' | 'as' | 'quoted' | 'any'): number | null {
  const next = toks[c + 1];
  if (!next || c + 1 >= last || next.kind === 'punct' && !isQuoteMark(next)) return null;
  if (next.lower === 'that' || next.lower === 'to' || NOT_CLAUSE_OPENERS.has(next.lower) && next.lower !== 'no') return null;
  if (needs === 'any') {
    // A short object is an action's, not a report (`announced his candidacy`): reports run on.
    return wordTokens(toks, c + 1, last, MIN_OBJECT_WORDS) >= MIN_OBJECT_WORDS ? c + 1 : null;
  }
  for (let i = c + 2; i < last && i - c <= MAX_CUE_GAP + 4; i++) {
    const t = toks[i]!;
    if (needs === 'quoted' ? inPair[i] === -2 : t.lower === needs) return c + 1;
    if (needs !== 'quoted' && (t.kind === 'punct' || isCueLower(t.lower))) return null;
  }
  return null;
}

/**
 * Whether a cue agrees with its subject: a bare base form (`say`, `tweet`) needs an
 * auxiliary or a plural subject, which tells `Analysts say` from the noun in `the Clinton tweet`.
 */
function agrees(toks: readonly Tok[], c: number, phrase: SpeakerPhrase): boolean {
  if (!isCueBaseForm(toks[c]!.lower)) return true;
  const prev = toks[c - 1]!;
  if (BASE_FORM_LICENSORS.has(prev.lower) || prev.lower.endsWith('ly')) return true;
  // A coordinated subject is plural (`Mr. Grassley and Mr. Leahy say`).
  if (phrase.start > 0 && toks[phrase.start - 1]!.lower === 'and') return true;
  if (phrase.pronoun) return phrase.pronoun !== 'he' && phrase.pronoun !== 'she' && phrase.pronoun !== 'it';
  const head = phrase.head ?? phrase.name;
  // A count or a share is plural too (`Six in 10 say`, `49% say`, `about half say`).
  const last = lowerCase(head.slice(head.lastIndexOf(' ') + 1));
  return (/s$/u.test(head) && !/ss$/u.test(head)) || /[\d%]$/u.test(head) || QUANTITY_HEADS.has(last);
}

/**
 * Where a trailing aside of the writer's starts, which ends the report: a participle clause
 * (`…, implicitly putting his name on the line`) or a non-restrictive relative clause
 * (`…, which raised concerns`); `to` when there is none.
 */
function asideCut(toks: readonly Tok[], inPair: readonly number[], from: number, to: number): number {
  for (let i = from + 1; i < to - 1; i++) {
    // A comma of the writer's, or a quotation closing on a comma (`… Christmas,” also blaming …`).
    const closing = inPair[i] === -2 && toks[i - 1]!.text === ',';
    if (!closing && (toks[i]!.text !== ',' || inPair[i] !== -1)) continue;
    let k = i + 1;
    if (toks[k]!.lower.endsWith('ly') || toks[k]!.lower === 'also') k++;
    const t = toks[k];
    if (t && t.kind === 'word' && /^\p{Ll}+ing$/u.test(t.text) && !PREPOSITIONAL_PARTICIPLES.has(t.lower)) return closing ? i + 1 : i;
    // A non-restrictive relative clause is the writer's aside (`…, which raised concerns among …`).
    if (!closing && k === i + 1 && (t?.lower === 'which' || t?.lower === 'who') && i - from >= MIN_REPORTED_WORDS) return i;
  }
  return to;
}

/** Where the reported clause after a cue starts (a token index), or null when no clause follows. */
function contentAfter(toks: readonly Tok[], c: number, last: number, cognition: boolean): number | null {
  const cue = toks[c]!.lower;
  // `said on Monday that …`, `told the BBC that …`, `said in a statement: …`
  // An object noun phrase after the cue (`observed the train that …`) makes a later `that` relative.
  const objectFirst = OBJECT_OPENERS.has(toks[c + 1]?.lower ?? '') && !HEARER_CUES.has(cue);
  for (let i = c + 1; i < last && i - c <= MAX_THAT_GAP && !objectFirst; i++) {
    const t = toks[i]!;
    if (t.lower === 'that') return i + 1 < last ? i + 1 : null;
    // A subject pronoun opens the clause itself (`said after the convention he would …`); a later `that` is relative.
    if (SUBJECT_PRONOUNS.has(t.lower) && toks[i + 1]?.kind === 'word' && !isCapitalised(toks[i + 1]!.text)) {
      if (i === c + 1 || NOT_CLAUSE_OPENERS.has(toks[c + 1]!.lower)) return i;
      // A pronoun inside the clause's own subject (`said some of the criticism he takes is …`): read it below.
      break;
    }
    if (t.text === ':') return !cognition && i + 1 < last ? i + 1 : null;
    if (isQuoteMark(t) || (t.kind === 'word' && isCueLower(t.lower)) || t.text === '.' || t.text === ';') break;
  }
  if (cognition) {
    const next = toks[c + 1];
    if (!next) return null;
    if (SUBJECT_PRONOUNS.has(next.lower) && next.lower !== 'i') return c + 1;
    // `believes the closure will cost …`: only verbs of opinion take a clause this bare.
    return OPINION_CUES.has(cue) && (next.lower === 'the' || next.lower === 'a') ? c + 1 : null;
  }
  let i = c + 1;
  if (HEARER_CUES.has(cue)) {
    // Skip the hearer: `told reporters`, `told the BBC`, `told Reuters`.
    const t = toks[i];
    if (!t || t.kind !== 'word') return null;
    if (OBJECT_PRONOUNS.has(t.lower)) i++;
    else {
      if (t.lower === 'the' || t.lower === 'a') i++;
      const start = i;
      while (i < last && i - start < 5 && toks[i]!.kind === 'word' && isCapitalised(toks[i]!.text)) i++;
      if (i === start) return null;
      if (toks[i]?.text === '’s' || toks[i]?.text === "'s") return null;
    }
  }
  if (!BARE_CLAUSE_CUES.has(cue) && !POINT_VERBS.has(cue)) return null;
  // `said on Monday the …`, `said last week it …`
  if (TIME_PREPOSITIONS.has(toks[i]?.lower ?? '') && TIME_WORDS.has(toks[i + 1]?.lower ?? '')) i += 2;
  const next = toks[i];
  if (!next || i >= last) return null;
  if (isQuoteMark(next)) return i;
  if (next.kind === 'number') return i;
  if (next.kind !== 'word') return null;
  if (CLAUSE_OPENERS.has(next.lower)) return i;
  if (isCapitalised(next.text)) return NOT_NAME_WORDS.has(next.lower) ? null : i;
  return NOT_CLAUSE_OPENERS.has(next.lower) || next.lower.endsWith('ly') ? null : i;
}

/** Whether the cue at `c` is used as a verb of reporting (not a noun, not a passive). */
function citedAsCue(toks: readonly Tok[], c: number, lo: number): boolean {
  const t = toks[c]!;
  if (t.lower.endsWith('ing')) return false;
  const prev = c - 1 >= lo ? toks[c - 1]! : null;
  if (!prev) return true;
  if (NOUN_DETERMINERS.has(prev.lower) || prev.lower === 'to' || prev.text === '’s' || prev.text === "'s") return false;
  let j = c - 1;
  while (j >= lo && toks[j]!.kind === 'word' && (toks[j]!.lower.endsWith('ly') || toks[j]!.lower === 'not' || toks[j]!.lower === 'also')) j--;
  return !(j >= lo && BE.has(toks[j]!.lower));
}

/** A pronoun with its verb contracted onto it (`he’s`, `they'd`, `we’re`). */
const CONTRACTED = /^(\p{L}+)['’](?:s|d|ll|re|ve|m)$/u;

function plainClauseStart(t: Tok): boolean {
  const contracted = CONTRACTED.exec(t.lower);
  return CLAUSE_OPENERS.has(contracted ? contracted[1]! : t.lower) || t.kind === 'number' || isQuoteMark(t) || (isCapitalised(t.text) && !NOT_NAME_WORDS.has(t.lower));
}

/** Whether a clause opens at `i` after a semicolon or a comma and a conjunction (`…, but officials said …`). */
function coordinated(toks: readonly Tok[], i: number): boolean {
  const prev = toks[i - 1];
  if (prev?.text === ';') return true;
  return prev !== undefined && CLAUSE_COORDINATORS.has(prev.lower) && (toks[i - 2]?.text === ',' || toks[i - 2]?.text === ';');
}

/**
 * Whether the sentence resumes after an interrupting attribution ending at `i`: a comma and then
 * words that go on with the clause (`Those who can vote, he said, must still register.`), not a
 * phrase of time, place or manner (`…, he said, on Monday.`) or a participle (`…, he said, adding …`).
 */
function resumes(toks: readonly Tok[], i: number, last: number): boolean {
  const next = toks[i + 1];
  if (toks[i]?.text !== ',' || !next || i + 1 >= last || next.kind !== 'word' || NOT_CLAUSE_OPENERS.has(next.lower)) return false;
  if (next.lower.endsWith('ing') || TIME_WORDS.has(next.lower)) return false;
  return wordTokens(toks, i + 1, last) >= MIN_REPORTED_WORDS;
}

/** Whether only a short time or place phrase (no verb of its own) and punctuation follow `from` in the sentence. */
function onlyTrailing(toks: readonly Tok[], from: number, last: number): boolean {
  if (last - from > 8) return false;
  for (let i = from; i < last; i++) {
    const t = toks[i]!;
    if (isQuoteMark(t) || (t.kind === 'word' && isCueLower(t.lower))) return false;
    // `that` opens a clause of its own; a colon introduces what follows.
    if (t.lower === 'that' || t.text === ':') return false;
  }
  return true;
}

function isSpeechWord(t: Tok): boolean {
  return t.kind === 'word' && SPEECH_CUES.has(t.lower) && !isCapitalised(t.text);
}

function isCognitionWord(t: Tok): boolean {
  return t.kind === 'word' && COGNITION_CUES.has(t.lower) && !isCapitalised(t.text);
}

/** Whether a quoted phrase is a name or a term (`so-called “reforms”`, the film “…”). */
function isTerm(unit: Unit, pair: QuotePair): boolean {
  const k = firstTokenAt(unit.toks, pair.open) - 1;
  const prev = unit.toks[k];
  if (prev && TERM_MARKERS.has(prev.lower)) return true;
  const [from, to] = trimRange(unit.block.text, pair.contentStart, pair.contentEnd);
  const words = unit.block.text.slice(from, to).split(/\s+/u);
  // A title of a work: every word capitalised (`The Grapes of Wrath`).
  return words.length <= 8 && words.every((w) => /^[\p{Lu}\d]/u.test(w) || /^(?:of|the|and|a|in|on|to|for)$/u.test(w));
}

/** The first token that starts at or after a text offset. */
function firstTokenAt(toks: readonly Tok[], offset: number): number {
  let lo = 0;
  let hi = toks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (toks[mid]!.textStart < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function firstOffset(unit: Unit): number {
  return unit.toks[0]?.textStart ?? 0;
}

function firstWord(toks: readonly Tok[], first: number, last: number): number {
  let i = first;
  while (i < last && toks[i]!.kind !== 'word') i++;
  return i;
}

/** Trims punctuation at either end of a token range (keeping quotation marks), or null when nothing is left. */
function trimTokens(toks: readonly Tok[], from: number, to: number): [number, number] | null {
  let a = from;
  let b = to;
  while (a < b && toks[a]!.kind === 'punct' && !isQuoteMark(toks[a]!)) a++;
  while (b > a && toks[b - 1]!.kind === 'punct' && !isQuoteMark(toks[b - 1]!)) b--;
  // `…, and` / `…, but` before the next attribution.
  while (b > a && TRAILING_LINKS.has(toks[b - 1]!.lower)) {
    b--;
    while (b > a && toks[b - 1]!.kind === 'punct' && !isQuoteMark(toks[b - 1]!)) b--;
  }
  return b > a ? [a, b] : null;
}

function trimRange(text: string, from: number, to: number): [number, number] {
  let a = from;
  let b = to;
  while (a < b && /\s/u.test(text[a]!)) a++;
  while (b > a && /\s/u.test(text[b - 1]!)) b--;
  return [a, b];
}

function wordTokens(toks: readonly Tok[], from: number, to: number, limit = MIN_REPORTED_WORDS): number {
  let n = 0;
  for (let i = from; i < to && n < limit; i++) if (toks[i]!.kind === 'word' || toks[i]!.kind === 'number') n++;
  return n;
}

/** The words in `[from, to)` of a text, counted up to `limit`: callers only ask whether there are enough. */
function countWords(text: string, from: number, to: number, limit: number): number {
  let words = 0;
  let inWord = false;
  for (let i = from; i < to && words < limit; i++) {
    const letter = isLetterOrDigit(text.charCodeAt(i));
    if (letter && !inWord) words++;
    inWord = letter;
  }
  return words;
}

/** `[\p{L}\p{N}]` for one UTF-16 unit, settling ASCII without a regular expression. */
function isLetterOrDigit(code: number): boolean {
  if (code < 128) return isAsciiLetter(code) || isAsciiDigit(code);
  return LETTER_OR_DIGIT.test(String.fromCharCode(code));
}

function tokenRange(unit: Unit, from: number, to: number): Range | null {
  if (from >= to) return null;
  return { start: unit.toks[from]!.textStart, end: unit.toks[to - 1]!.textEnd };
}

/**
 * Markdown block quotes: consecutive blockquote paragraphs form one quote, attributed by a
 * `— Name` line inside it or a cue ending the paragraph before it (`She wrote:`).
 */
function blockQuotes(units: readonly Unit[], newGroup: () => string): Draft[] {
  const drafts: Draft[] = [];
  let i = 0;
  while (i < units.length) {
    if (!units[i]!.block.inBlockquote) {
      i++;
      continue;
    }
    let j = i;
    while (j < units.length && units[j]!.block.inBlockquote && (j === i || units[j]!.block.index === units[j - 1]!.block.index + 1)) j++;
    const run = units.slice(i, j);
    let phrase: SpeakerPhrase | null = null;
    let cue: string | null = null;
    let attribution: Range | null = null;
    let attributionUnit: Unit | null = null;
    const lastUnit = run[run.length - 1]!;
    const dash = /^\s*[—–-]{1,2}\s*/u.exec(lastUnit.block.text);
    let content = run;
    if (dash && lastUnit.toks.length) {
      const k = firstTokenAt(lastUnit.toks, dash[0].length);
      phrase = speakerAfter(lastUnit.toks, k, lastUnit.toks.length, lastUnit.block.text);
      if (phrase) {
        attribution = tokenRange(lastUnit, phrase.start, phrase.end);
        attributionUnit = lastUnit;
        content = run.slice(0, -1);
      }
    }
    const before = i > 0 ? units[i - 1]! : null;
    if (!phrase && before && !before.block.inBlockquote && endsWithColon(before.block.text)) {
      const toks = before.toks;
      for (let c = toks.length - 2; c >= 0 && toks.length - c <= MAX_CUE_GAP; c--) {
        if (!isSpeechWord(toks[c]!)) continue;
        phrase = subjectBefore(toks, c, before.sentenceRange[before.sentence[c]!]![0], before.block.text);
        cue = toks[c]!.text;
        break;
      }
    }
    const group = content.length > 1 ? newGroup() : null;
    for (const unit of content) {
      const pair = unit.pairs.length === 1 ? unit.pairs[0]! : null;
      const [from, to] = pair && pair.open === firstOffset(unit) ? trimRange(unit.block.text, pair.contentStart, pair.contentEnd) : trimRange(unit.block.text, 0, unit.block.text.length);
      if (to <= from) continue;
      const own = attributionUnit === unit;
      drafts.push({ unit, from, to, kind: 'block', cue, phrase, attribution: own ? attribution : null, group, inherit: false });
    }
    i = j;
  }
  return drafts;
}

/**
 * A paragraph introduced by an attribution ending the one before it in a colon
 * (`The governor added:` then the paragraph he said), when it carries no marks of its own.
 */
function introducedParagraphs(units: readonly Unit[]): Draft[] {
  const drafts: Draft[] = [];
  for (let i = 0; i + 1 < units.length; i++) {
    const { toks, block } = units[i]!;
    const next = units[i + 1]!;
    if (block.inBlockquote || next.block.inBlockquote || next.pairs.length || toks[toks.length - 1]?.text !== ':') continue;
    const colon = toks.length - 1;
    const lo = units[i]!.sentenceRange[units[i]!.sentence[colon]!]![0];
    for (let c = colon - 1; c >= lo && colon - c <= MAX_CUE_GAP; c--) {
      if (!isSpeechWord(toks[c]!)) continue;
      const phrase = citedAsCue(toks, c, lo) ? subjectBefore(toks, c, lo, block.text) : null;
      const [from, to] = trimRange(next.block.text, 0, next.block.text.length);
      if (phrase && to > from) drafts.push({ unit: next, from, to, kind: 'direct', cue: toks[c]!.text, phrase, attribution: null, group: null, inherit: false });
      break;
    }
  }
  return drafts;
}

/** Labels in capitals that head a paragraph but name no speaker (`UPDATE:`, `EDITOR'S NOTE:`). */
const NOT_SPEAKER_LABELS = new Set([
  'UPDATE', 'UPDATED', 'NOTE', "EDITOR'S NOTE", 'EDITOR’S NOTE', 'WATCH', 'READ', 'READ MORE', 'RELATED', 'VIDEO', 'PHOTO',
  'PHOTOS', 'ABSTRACT', 'CORRECTION', 'CLARIFICATION', 'SOURCE', 'SOURCES', 'DISCLOSURE', 'ADVERTISEMENT', 'SEE ALSO',
  'BREAKING', 'LIVE', 'ANALYSIS', 'OPINION', 'SUBSCRIBE', 'SHARE', 'MORE', 'ALSO', 'TAGS', 'TOPICS', 'FILE', 'NEW',
]);

/** The speaker label opening a transcript turn (`MARSH: We will …`) and its length with the colon, or null. */
function turnLabel(text: string): { name: string; length: number } | null {
  const match = SPEAKER_LABEL.exec(text.slice(0, MAX_LABEL + 2));
  if (!match || NOT_SPEAKER_LABELS.has(match[1]!) || !/\p{Ll}/u.test(text.slice(match[0].length, match[0].length + 80))) return null;
  return { name: match[1]!, length: match[0].length };
}

/**
 * Paragraphs of a transcript without quotation marks (`MARSH: We will build …`): each a
 * direct quote of the labelled speaker.
 */
function transcriptTurns(units: readonly Unit[]): Draft[] {
  const drafts: Draft[] = [];
  for (const unit of units) {
    const { block, toks } = unit;
    if (block.inBlockquote || unit.pairs.length || !toks.length) continue;
    const label = turnLabel(block.text);
    if (!label) continue;
    const [from, to] = trimRange(block.text, label.length, block.text.length);
    if (to <= from) continue;
    const end = firstTokenAt(toks, label.name.length);
    const name = label.name.toLowerCase().replace(/(^|[\s'’.-])\p{Ll}/gu, (m) => m.toUpperCase());
    const phrase: SpeakerPhrase = { start: 0, end, name, title: null, pronoun: null, proper: true };
    drafts.push({ unit, from, to, kind: 'direct', cue: null, phrase, attribution: { start: 0, end: label.name.length }, group: null, inherit: false });
  }
  return drafts;
}

/**
 * Resolves speakers in reading order and builds the quotes, dropping any inside boilerplate. The
 * rules read each quote's speaker; the ranker then picks among them and the people around the quote
 * (or, when training, `speakers` records the candidates and the rules' speakers stay).
 */
function finish(drafts: readonly Draft[], resolver: SpeakerResolver, litter: readonly Range[], speakers: SpeakerRanker | ((ranked: RankedSpeakers) => void)): Quote[] {
  const quotes: Quote[] = [];
  let lastSpoken = -Infinity;
  let cursor = 0;
  let previous: RankedQuote['previous'] = null;
  for (const draft of drafts) {
    const { block, toks } = draft.unit;
    const start = block.toSource(draft.from);
    const end = block.toSource(draft.to);
    // Drafts come in reading order and litter is sorted: one forward pass finds any overlap.
    while (cursor < litter.length && litter[cursor]!.end <= start) cursor++;
    if (cursor < litter.length && litter[cursor]!.start < end) continue;
    const at = block.index;
    let speaker: Speaker | null = null;
    let path: SpeakerPath = 'none';
    const attributionsBefore = resolver.attributions;
    if (draft.phrase) {
      // Link entities by the name's own words, not the title around it.
      const from = toks[draft.phrase.start]?.textStart ?? draft.from;
      const to = toks[draft.phrase.end - 1]?.textEnd ?? draft.to;
      const within = block.text.slice(from, to).lastIndexOf(draft.phrase.name);
      const nameFrom = within >= 0 ? from + within : from;
      const nameTo = within >= 0 ? nameFrom + draft.phrase.name.length : to;
      const pronoun = draft.phrase.pronoun;
      // `they` and `it` stand for the group or body a sentence before them in the paragraph is about.
      const antecedent = (pronoun === 'they' || pronoun === 'it') ? groupAntecedent(draft.unit, draft.phrase.start, pronoun) : null;
      if (antecedent) {
        const nameFrom = toks[antecedent.start]!.textStart;
        const nameTo = toks[antecedent.end - 1]!.textEnd;
        speaker = resolver.resolve(antecedent, block.toSource(nameFrom), block.toSource(nameTo), block.index);
      } else speaker = resolver.resolve(draft.phrase, block.toSource(nameFrom), block.toSource(nameTo), block.index);
      lastSpoken = at;
      path = pronoun ? (pronoun === 'he' || pronoun === 'she' ? 'pronoun' : 'group') : draft.phrase.proper ? 'named' : 'described';
    } else if (draft.inherit && at - lastSpoken <= INHERIT_WITHIN_BLOCKS) {
      speaker = resolver.continuing(start, at);
      path = 'continuing';
    } else if (draft.inherit && (speaker = resolver.topicInBlock(start, at))) {
      lastSpoken = at;
      path = 'topic';
    } else if (draft.inherit && draft.cue !== null) {
      // A cue whose subject names no one (`said the first one`): the person the text was just about.
      speaker = resolver.personBefore(start, block.index);
      if (speaker) lastSpoken = at;
      path = 'nearby';
    }
    const description = path === 'described' ? draft.phrase!.name.slice(draft.phrase!.name.lastIndexOf(' ') + 1).toLowerCase() : null;
    const ranked: RankedQuote = { start, end, block: at, path, pronoun: draft.phrase?.pronoun ?? null, description, rule: speaker, attributionsBefore, previous };
    if (speaker) previous = { speaker, block: at };
    const candidates = resolver.candidates(ranked);
    if (typeof speakers !== 'function') speaker = speakers.choose(candidates, path) ?? speaker;
    const attribution = draft.attribution
      ? {
          text: block.text.slice(draft.attribution.start, draft.attribution.end),
          start: block.toSource(draft.attribution.start),
          end: block.toSource(draft.attribution.end),
        }
      : null;
    quotes.push({
      text: block.text.slice(draft.from, draft.to),
      start,
      end,
      kind: draft.kind,
      cue: draft.cue,
      group: draft.group,
      speaker,
      attribution,
    });
    if (typeof speakers === 'function') speakers({ quote: quotes[quotes.length - 1]!, path, candidates });
  }
  return quotes;
}
