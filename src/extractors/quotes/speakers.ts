/**
 * Turns speaker phrases into speakers: the fullest name the article gives, a title,
 * pronouns resolved to the most recent compatible speaker, and a link to the entities
 * extractor's person or organisation when it ran.
 */
import type { Entity, Speaker } from '../../model/article.js';
import { type Gender, type GenderEvidence } from './genders.js';
import { HONORIFICS, isPersonName, isTitleWord, NameMemory, surnameKey, withoutSuffix } from './names.js';
import { RELATIVE_WORDS, type SpeakerPhrase } from './phrases.js';
import type { CandidateFacts, SpeakerCandidate, SpeakerPath } from './speaker-model.js';

/** How many recent speakers a pronoun may look back over. */
const MAX_PEOPLE = 8;
/** How many person mentions back a pronoun may reach when no speaker fits. */
const MAX_PRONOUN_REACH = 12;

/** Honorifics that say only "a person", not a role worth reporting as a title. */
const PLAIN_HONORIFICS = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'mr.', 'mrs.', 'ms.']);

interface Known extends Speaker {
  person: boolean;
  /** The block where it last spoke. */
  block: number;
}

/** A person speaking at a source offset: the subject of the sentence its attribution sits in. */
interface Spoken {
  at: number;
  sentence: number;
  known: Known;
}

/** A person-like name mention at a source offset, for pronouns that precede any quote. */
export interface Mention {
  at: number;
  /** Source offset just past the mention. */
  end: number;
  name: string;
  /** The block it sits in. */
  block: number;
}

/** How far back, in sentences, a pronoun looks for the person a sentence was about. */
const MAX_SENTENCES_BACK = 6;
/** Words before a name that make it the object of a preposition, not a sentence's subject. */
const PREPOSITIONS = new Set([
  'to', 'of', 'for', 'with', 'by', 'about', 'against', 'from', 'on', 'at', 'in', 'into', 'over', 'under', 'like', 'than',
  'between', 'among', 'toward', 'towards', 'behind', 'after', 'before', 'including', 'unlike', 'versus', 'vs.', 'and', 'or',
]);

/** A possessive at the end of a name's last two characters and the two after it (`mp’s`, `’s c`, `rs’ `). */
const POSSESSIVE = /^['’]s\b|['’]s$|^.s['’]\s/u;

/** Quotation marks, straight and curly (a lone ’ is an apostrophe). */
const QUOTE_MARK = /["“”]/u;
/** How far into a sentence its subject pronoun is looked for. */
const PRONOUN_REACH = 200;
/** How far a name in a pronoun's own sentence may stand before it (`As for Trump, he said`). */
const MAX_TOPIC_GAP = 300;
/** How many mentions and speakers a pronoun's search reads before it gives up. */
const MAX_CANDIDATES = 64;

/** How many person mentions before a quote the speaker ranker reads. */
const MAX_RANKED_MENTIONS = 24;
/** How many paragraphs back the speaker ranker reads mentions from. */
const MAX_RANKED_BLOCKS = 2;
/** How far after a quote, in characters, a name counts as named right after it (`“…,” Ann Lee, a lawyer, said`). */
const MAX_AFTER = 40;
/** How many recent speakers besides the previous one the ranker considers. */
const MAX_RANKED_SPEAKERS = 3;

/** A quote as the speaker ranker sees it: where it sits, how the rules read its speaker and whom they chose. */
export interface RankedQuote {
  start: number;
  end: number;
  block: number;
  path: SpeakerPath;
  /** The attribution's pronoun, when it is one. */
  pronoun: string | null;
  /** The head word of the attribution's description (`senator` in `the senator`), in lower case. */
  description: string | null;
  rule: Speaker | null;
  /** How many attributions the resolver had read before this quote's ({@link SpeakerResolver.attributions}). */
  attributionsBefore: number;
  /** The rules' speaker of the previous quote, and its paragraph. */
  previous: { speaker: Speaker; block: number } | null;
}

/** The sentences of the document, for telling which sentence a mention or a pronoun sits in. */
export class Discourse {
  readonly #starts: Int32Array;
  readonly #ends: Int32Array;
  readonly #blocks: Int32Array;
  readonly #source: string;

  constructor(analysis: { readonly source: string; readonly sentences: readonly { start: number; end: number; block: number }[] }) {
    const sentences = analysis.sentences;
    this.#starts = new Int32Array(sentences.length);
    this.#ends = new Int32Array(sentences.length);
    this.#blocks = new Int32Array(sentences.length);
    for (let i = 0; i < sentences.length; i++) {
      this.#starts[i] = sentences[i]!.start;
      this.#ends[i] = sentences[i]!.end;
      this.#blocks[i] = sentences[i]!.block;
    }
    this.#source = analysis.source;
  }

  /** Where a sentence ends (a source offset). */
  endOf(sentence: number): number {
    return this.#ends[sentence]!;
  }

  /** The block a sentence sits in. */
  blockOf(sentence: number): number {
    return this.#blocks[sentence]!;
  }

  /** The number of the sentence holding a source offset (the last that starts at or before it). */
  sentenceOf(at: number): number {
    let lo = 0;
    let hi = this.#starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.#starts[mid]! <= at) lo = mid + 1;
      else hi = mid;
    }
    return lo - 1;
  }

  /**
   * Whether a name at `[at, end)` may be its sentence's subject: not after a preposition
   * (`a rally for Trump`) and not a possessive (`Trump’s campaign manager`).
   */
  /** Whether a quotation mark stands between two source offsets. */
  quotesBetween(from: number, to: number): boolean {
    // Farther apart than a sentence's opening phrase: as good as separated.
    if (to - from > MAX_TOPIC_GAP) return true;
    return from < to && QUOTE_MARK.test(this.#source.slice(from, to));
  }

  /**
   * Whether sentence `sentence` has a `he` or `she` of this gender outside quotation marks
   * before source offset `before`, near its start: the sentence is about the person the
   * pronoun continues.
   */
  opensWithPronoun(sentence: number, gender: Gender, before: number): boolean {
    const start = this.#starts[sentence]!;
    const text = this.#source.slice(start, Math.min(before, start + PRONOUN_REACH, this.#ends[sentence]!));
    const pronoun = gender === 'male' ? /\bhe\b/iu : /\bshe\b/iu;
    // Words inside quotation marks are someone's speech: read only the writer's own.
    let quoted = false;
    let from = 0;
    for (let i = 0; i <= text.length; i++) {
      if (i < text.length && !QUOTE_MARK.test(text[i]!)) continue;
      if (!quoted && pronoun.test(text.slice(from, i))) return true;
      quoted = !quoted;
      from = i + 1;
    }
    return false;
  }

  maySubject(at: number, end: number): boolean {
    if (POSSESSIVE.test(this.#source.slice(Math.max(at, end - 2), end + 2))) return false;
    let i = at - 1;
    while (i >= 0 && (this.#source[i] === ' ' || this.#source[i] === '\t')) i--;
    let j = i;
    while (j >= 0 && at - j < 16 && /[a-z.]/.test(this.#source[j]!)) j--;
    return !PREPOSITIONS.has(this.#source.slice(j + 1, i + 1));
  }
}

/** Resolves speaker phrases in reading order, remembering who spoke last. */
export class SpeakerResolver {
  readonly #memory: NameMemory;
  readonly #mentions: readonly Mention[];
  readonly #entities: EntityIndex | null;
  readonly #genders: GenderEvidence | null;
  /** The people who spoke, most recent last, each once. */
  readonly #people: Known[] = [];
  #lastGroup: Known | null = null;
  #last: Known | null = null;
  readonly #discourse: Discourse | null;
  /** Every person who spoke, in reading order, where they spoke. */
  readonly #spoken: Spoken[] = [];
  /** How many quotes each name spoke, over the attributions before the ranker's cursor, and the cursor. */
  readonly #spokeCount = new Map<string, number>();
  #spokeCounted = 0;
  /** Speaker records of mentioned names, for the ranker. */
  readonly #mentioned = new Map<string, Speaker>();
  /** Mentions of each person before the ranker's cursor, and the cursor (an index into the mentions). */
  readonly #mentionCount = new Map<string, number>();
  #counted = 0;

  constructor(memory: NameMemory, mentions: readonly Mention[], entities: EntityIndex | null, genders: GenderEvidence | null = null, discourse: Discourse | null = null) {
    this.#memory = memory;
    this.#mentions = mentions;
    this.#entities = entities;
    this.#genders = genders;
    this.#discourse = discourse;
  }

  /** How many attributions the resolver has read so far, for the ranker to leave out the current quote's. */
  get attributions(): number {
    return this.#spoken.length;
  }

  /** The most recent speaker, for a quote that names nobody but continues the previous one. */
  get last(): Speaker | null {
    return this.#last && strip(this.#last);
  }

  /**
   * The speaker of a quote that names nobody, at source offset `at` in `block`: whom its own
   * paragraph was about before it (`topicInBlock`), else the last speaker, unless a paragraph
   * since is about another person (`Sanders wasn't impressed.` then `"No Wall Street executive …"`):
   * then that person.
   */
  continuing(at: number, block: number): Speaker | null {
    const own = this.topicInBlock(at, block);
    if (own) return own;
    const last = this.#last;
    const index = this.#mentionsBefore(at);
    const latest = index > 0 ? this.#mentions[index - 1]! : null;
    if (!latest || block - latest.block > 1 || (last && latest.block <= last.block)) return last && strip(last);
    let topic = latest;
    for (let i = index - 1; i >= 0 && this.#mentions[i]!.block === latest.block; i--) topic = this.#mentions[i]!;
    const person = this.#personName(topic.name);
    if (last && last.name === person.name) return strip(last);
    const known: Known = { ...person, person: true, block };
    this.#remember(known, at);
    return strip(known);
  }

  /**
   * The speaker a phrase stands for. `start`/`end` are the phrase's source offsets (to
   * link an entity mention); `at` is where it sits, for the pronoun fallback.
   */
  resolve(given: SpeakerPhrase, start: number, end: number, block: number): Speaker | null {
    let phrase = given;
    if (phrase.pronoun) {
      const known = this.#pronoun(phrase.pronoun, start, block);
      if (known) this.#remember({ ...known, block }, start);
      return known && strip(known);
    }
    let name = withoutSuffix(phrase.name.replace(/['’]s$/u, ''));
    // `the president`: the person the article gave that role.
    let holder = phrase.proper ? null : this.#memory.holderOf(name, start);
    // `the Republican nominee` with no one given that title: the person the text was just about.
    if (!holder && phrase.definite && !phrase.document && isTitleWord(name.slice(name.lastIndexOf(' ') + 1))) holder = this.#nearestPerson(start, block);
    if (holder) {
      name = holder;
      phrase = { ...phrase, proper: true };
    }
    let title = phrase.title && !PLAIN_HONORIFICS.has(phrase.title.toLowerCase()) && !opensRelativeClause(phrase.title) ? phrase.title : null;
    const honorific = phrase.title !== null && HONORIFICS.has(phrase.title.toLowerCase().replace(/\.$/, ''));
    let person = phrase.proper && (honorific || isPersonName(name));
    if (phrase.document && !phrase.proper) {
      const owner = this.#memory.ownerOf(phrase.document);
      if (owner) name = owner;
    } else if (phrase.proper) {
      name = phrase.document ? this.#memory.resolveByFirstWord(name) : this.#memory.resolve(name);
      person ||= isPersonName(name);
      if (title) this.#memory.setTitle(name, title);
      else title = this.#memory.titleOf(name);
    }
    let entityId: string | null = null;
    const entity = this.#entities?.find(start, end, name);
    if (entity && (entity.type === 'person' || entity.type === 'organization' || entity.type === 'place')) {
      entityId = entity.id;
      const full = withoutSuffix(entity.name);
      // The entity's name when it is a fuller form of this one, not a titled form (`Mr. Bush`).
      if (phrase.proper && full.length > name.length && full.endsWith(name.split(' ').pop()!) && !isTitleWord(full.split(' ')[0]!)) {
        name = full;
      } else if (phrase.proper && entity.type === 'person' && name.endsWith(` ${full}`) && isPersonName(full)) {
        // Words the entities extractor left out of a person's name describe them (`Billionaire Mark Cuban`).
        name = full;
      }
      person = entity.type === 'person';
    }
    if (title && PLAIN_HONORIFICS.has(title.toLowerCase())) title = null;
    const known: Known = { name, title, entityId, person, block };
    this.#remember(known, start);
    return strip(known);
  }

  /** Records a speaker that a quote inherits, speaking at source offset `at`, so pronouns after it can find it. */
  #remember(known: Known, at: number): void {
    this.#last = known;
    if (this.#discourse) this.#spoken.push({ at, sentence: this.#discourse.sentenceOf(at), known });
    if (!known.person) {
      this.#lastGroup = known;
      return;
    }
    const seen = this.#people.findIndex((p) => p.name === known.name);
    if (seen >= 0) this.#people.splice(seen, 1);
    this.#people.push(known);
    if (this.#people.length > MAX_PEOPLE) this.#people.shift();
  }

  /** Whether a person may be meant by a pronoun of this gender (null: any). */
  #agrees(name: string, gender: Gender | null): boolean {
    if (!gender || !this.#genders) return true;
    const known = this.#genders.of(name);
    return known === null || known === gender;
  }

  /**
   * `he`/`she`: of the people whose gender allows it, the one who spoke last in this
   * paragraph, else the first the paragraph names before the pronoun (its topic), else the
   * last who spoke, else the last named. `they`/`it`: the last group that spoke.
   */
  #pronoun(pronoun: string, at: number, block: number): Known | null {
    if (pronoun !== 'he' && pronoun !== 'she') return this.#lastGroup;
    const gender: Gender = pronoun === 'he' ? 'male' : 'female';
    const topic = this.#topicBefore(at, gender);
    if (topic) return { ...topic, block };
    let speaker: Known | null = null;
    for (let i = this.#people.length - 1; i >= 0 && !speaker; i--) if (this.#agrees(this.#people[i]!.name, gender)) speaker = this.#people[i]!;
    if (speaker?.block === block) return speaker;
    const index = this.#mentionsBefore(at);
    let mention: Mention | null = null;
    for (let i = index - 1; i >= 0 && this.#mentions[i]!.block === block; i--) {
      if (this.#agrees(this.#memory.resolve(this.#mentions[i]!.name), gender)) mention = this.#mentions[i]!;
    }
    if (!mention) {
      // The paragraph names no one first: the last speaker, unless a later paragraph was about someone else.
      let latest = -1;
      for (let i = index - 1; i >= 0 && index - i <= MAX_PRONOUN_REACH; i--) {
        if (this.#agrees(this.#memory.resolve(this.#mentions[i]!.name), gender)) {
          latest = i;
          break;
        }
      }
      if (latest < 0 || (speaker && this.#mentions[latest]!.block <= speaker.block)) return speaker;
      // That paragraph's first compatible mention: its topic.
      const about = this.#mentions[latest]!.block;
      for (let i = latest; i >= 0 && this.#mentions[i]!.block === about; i--) {
        if (this.#agrees(this.#memory.resolve(this.#mentions[i]!.name), gender)) mention = this.#mentions[i]!;
      }
    }
    if (!mention) return null;
    return { ...this.#personName(mention.name), person: true, block };
  }

  /**
   * The person a pronoun at `at` most likely continues: going back sentence by sentence from its
   * own, the first person of the pronoun's gender that a sentence names as a possible subject or
   * who speaks in it (the centre of attention a pronoun picks up), within a few sentences.
   */
  #topicBefore(at: number, gender: Gender | null, block = -1): Known | null {
    const discourse = this.#discourse;
    if (!discourse) return null;
    const here = discourse.sentenceOf(at);
    let m = this.#mentionsBefore(at) - 1;
    let s = this.#spoken.length - 1;
    // Bounded: a sentence of thousands of names or attributions is read no further than this.
    let budget = MAX_CANDIDATES;
    for (let sentence = here; sentence >= 0 && here - sentence <= MAX_SENTENCES_BACK; sentence--) {
      if (block >= 0 && discourse.blockOf(sentence) !== block) break;
      let first: Mention | null = null;
      let other: Mention | null = null;
      for (; m >= 0; m--) {
        if (--budget < 0) return null;
        const mention = this.#mentions[m]!;
        const its = discourse.sentenceOf(mention.at);
        if (its < sentence) break;
        if (its !== sentence || !this.#agrees(this.#memory.resolve(mention.name), gender)) continue;
        if (sentence === here) {
          // In the pronoun's own sentence a name after a preposition may be its topic (`As for Trump, he said`),
          // but not across a quotation (`“…” — that Bloomberg is … — “…,” he says`).
          if (!discourse.quotesBetween(mention.end, at)) first = mention;
        } else if (discourse.maySubject(mention.at, mention.end)) first = mention;
        else other = mention;
      }
      first ??= other;
      let speaker: Spoken | null = null;
      for (; s >= 0 && this.#spoken[s]!.sentence >= sentence; s--) {
        if (--budget < 0) return null;
        const spoken = this.#spoken[s]!;
        // `he`/`she` stand for people; a quote with no attribution continues an organisation that spoke
        // in its own sentence (`the Society, which claimed …, also blaming … for trying to “…”`).
        const fits = spoken.known.person ? gender === null || this.#agrees(spoken.known.name, gender) : gender === null && sentence === here;
        if (spoken.sentence === sentence && spoken.at < at && fits) speaker ??= spoken;
      }
      // Who speaks in a sentence is its subject, whoever else it names first (`Cruz won, Stovall said`).
      if (speaker) return speaker.known;
      // A sentence whose subject is the pronoun again continues the same person: look further back.
      if (gender && sentence !== here && discourse.opensWithPronoun(sentence, gender, first?.at ?? Infinity)) continue;
      if (first) return { ...this.#personName(first.name), person: true, block: first.block };
    }
    return null;
  }

  /**
   * The speaker of a quote that names nobody, when its own paragraph was about someone before it
   * (`Fiorina offered her own approach. “Look, …”`): the person that paragraph's sentences before
   * the quote speak or are about, as for a pronoun; null when they name no one.
   */
  topicInBlock(at: number, block: number): Speaker | null {
    const topic = this.#topicBefore(at, null, block);
    if (!topic) return null;
    const known = { ...topic, block };
    this.#remember(known, at);
    return strip(known);
  }

  /** The name of the last person mentioned before a source offset, in this block or the one before it. */
  #nearestPerson(at: number, block: number): string | null {
    const index = this.#mentionsBefore(at);
    const mention = index > 0 ? this.#mentions[index - 1]! : null;
    return mention && block - mention.block <= 1 ? this.#memory.resolve(mention.name) : null;
  }

  /** The last person named before a source offset, in this block or the one before it. */
  personBefore(at: number, block: number): Speaker | null {
    const index = this.#mentionsBefore(at);
    const mention = index > 0 ? this.#mentions[index - 1]! : null;
    if (!mention || block - mention.block > 1) return null;
    const known: Known = { ...this.#personName(mention.name), person: true, block };
    this.#remember(known, at);
    return strip(known);
  }

  /**
   * The candidate speakers of a quote for the learned ranker, with their features: the rules' choice,
   * the previous quote's speaker, the people named in the quote's paragraph and the ones before it
   * (up to a bounded number of mentions), inside and after the quote in its sentence, and recent
   * speakers. Candidates sharing a surname are one. Quotes must come in reading order.
   */
  candidates(quote: RankedQuote): SpeakerCandidate[] {
    const discourse = this.#discourse;
    if (!discourse) return [];
    const { start, end, block, path } = quote;
    const here = discourse.sentenceOf(start);
    const last = discourse.sentenceOf(Math.max(start, end - 1));
    const sentenceEnd = last >= 0 ? discourse.endOf(last) : end;
    const mentions = this.#mentions;
    const index = this.#mentionsBefore(start);
    for (; this.#counted < index; this.#counted++) {
      const name = this.#personName(mentions[this.#counted]!.name).name;
      this.#mentionCount.set(name, (this.#mentionCount.get(name) ?? 0) + 1);
    }
    const spokenBefore = Math.min(quote.attributionsBefore, this.#spoken.length);
    for (; this.#spokeCounted < spokenBefore; this.#spokeCounted++) {
      const name = this.#spoken[this.#spokeCounted]!.known.name;
      this.#spokeCount.set(name, (this.#spokeCount.get(name) ?? 0) + 1);
    }
    const byName = new Map<string, SpeakerCandidate>();
    const bySurname = new Map<string, SpeakerCandidate>();
    const gender = quote.pronoun === 'he' ? 'male' : quote.pronoun === 'she' ? 'female' : null;
    const add = (speaker: Speaker, person: boolean, mentioned = false): SpeakerCandidate => {
      const surname = surnameKey(speaker.name);
      const found = byName.get(speaker.name) ?? bySurname.get(surname);
      if (found) {
        // A surname alone (`Lou`) takes the full name the entities give it (`Lou Jiwei`).
        if (mentioned && !found.speaker.name.includes(' ') && speaker.name.includes(' ')) found.speaker = { ...speaker, title: found.speaker.title ?? speaker.title };
        return found;
      }
      const known = this.#genders?.of(speaker.name) ?? null;
      const facts: CandidateFacts = {
        rule: false, previous: false, previousHere: false, spoke: this.#spokeCount.get(speaker.name) ?? 0,
        mentions: this.#mentionCount.get(speaker.name) ?? 0, sentencesBack: -1, blocksBack: -1, recency: 0, subject: false,
        firstInSentence: false, after: false, inside: false, topic: false,
        gender: !gender || !person || !known ? 0 : known === gender ? 1 : -1, person, spokeSentencesBack: -1, nearby: 0,
        genderEvidence: gender && person ? Math.abs(this.#genders?.score(speaker.name) ?? 0) : 0,
        titled: quote.description !== null && (this.#memory.titleOf(speaker.name) ?? '').toLowerCase().includes(quote.description),
      };
      const candidate: SpeakerCandidate = { speaker, facts };
      byName.set(speaker.name, candidate);
      if (!bySurname.has(surname)) bySurname.set(surname, candidate);
      return candidate;
    };
    if (quote.rule) add(quote.rule, this.#isPerson(quote.rule.name)).facts.rule = true;
    if (quote.previous) {
      const candidate = add(quote.previous.speaker, this.#isPerson(quote.previous.speaker.name));
      candidate.facts.previous = true;
      candidate.facts.previousHere = quote.previous.block === block;
    }
    // Mentions before the quote, nearest first; the last one read in the quote's paragraph is its first person.
    let recency = 0;
    let topic: SpeakerCandidate | null = null;
    for (let i = index - 1; i >= 0 && index - i <= MAX_RANKED_MENTIONS; i--) {
      const mention = mentions[i]!;
      if (block - mention.block > MAX_RANKED_BLOCKS) break;
      const candidate = add(this.#personName(mention.name), true, true);
      if (mention.block === block) topic = candidate;
      const { facts } = candidate;
      facts.nearby++;
      if (facts.sentencesBack >= 0) continue;
      const sentence = discourse.sentenceOf(mention.at);
      facts.sentencesBack = here - sentence;
      facts.blocksBack = block - mention.block;
      facts.recency = recency++;
      facts.subject = discourse.maySubject(mention.at, mention.end);
      facts.firstInSentence = i === 0 || discourse.sentenceOf(mentions[i - 1]!.at) !== sentence;
    }
    if (topic) topic.facts.topic = true;
    // Mentions inside the quote and after it in its sentence.
    for (let i = index; i < mentions.length; i++) {
      const mention = mentions[i]!;
      if (mention.at >= sentenceEnd || mention.block !== block) break;
      const candidate = add(this.#personName(mention.name), true, true);
      if (mention.at < end) candidate.facts.inside = true;
      else if (mention.at - end <= MAX_AFTER) candidate.facts.after = true;
    }
    for (let i = this.#people.length - 1, n = 0; i >= 0 && n < MAX_RANKED_SPEAKERS; i--, n++) add(strip(this.#people[i]!), true);
    // Where each candidate last spoke: the rules' speakers before the quote, nearest first, within a bounded read.
    for (let s = spokenBefore - 1, n = 0; s >= 0 && n < MAX_RANKED_MENTIONS; s--, n++) {
      const spoken = this.#spoken[s]!;
      const candidate = byName.get(spoken.known.name) ?? bySurname.get(surnameKey(spoken.known.name));
      if (candidate && candidate.facts.spokeSentencesBack < 0) candidate.facts.spokeSentencesBack = Math.max(0, here - spoken.sentence);
    }
    // `he` and `she` never stand for someone the article shows to be of the other gender (the rules' own choice aside).
    return [...byName.values()].filter((c) => c.facts.rule || c.facts.gender >= 0);
  }

  /**
   * A person's speaker record from a mention's name (read once per name): the entities extractor's
   * person of that name as it names them, else the fullest form the name memory knows and its entity.
   * The entity comes first: the memory keeps the longest run of capitals ending in a surname, which
   * may open with a describing word (`Billionaire Mark Cuban`).
   */
  #personName(mentioned: string): Speaker {
    let speaker = this.#mentioned.get(mentioned);
    if (!speaker) {
      const resolved = this.#memory.resolve(mentioned);
      const own = this.#entities?.find(-1, -1, mentioned);
      const entity = own?.type === 'person' ? own : this.#entities?.find(-1, -1, resolved);
      speaker = { name: withoutSuffix(entity?.name ?? resolved), title: this.#memory.titleOf(resolved), entityId: entity?.id ?? null };
      this.#mentioned.set(mentioned, speaker);
    }
    return speaker;
  }

  /** Whether a speaker's name is a person's, by the entities or the name's shape. */
  #isPerson(name: string): boolean {
    const entity = this.#entities?.find(-1, -1, name);
    return entity ? entity.type === 'person' : isPersonName(name);
  }

  /** How many mentions sit before a source offset. */
  #mentionsBefore(at: number): number {
    let lo = 0;
    let hi = this.#mentions.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.#mentions[mid]!.at < at) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

function strip(known: Known): Speaker {
  return { name: known.name, title: known.title, entityId: known.entityId };
}

/** A mention of an entity, at source offsets. */
export interface EntityMention {
  start: number;
  end: number;
  entity: Entity;
}

/** Entities by mention offset and by name, for linking speakers. */
export class EntityIndex {
  readonly #entities: readonly Entity[];
  /** Every mention of every entity, by start offset (in the entities' order where starts tie). */
  readonly mentions: readonly EntityMention[];
  /** Built on the first lookup by name: most speakers are found by offset. */
  #byName: Map<string, Entity> | null = null;

  constructor(entities: readonly Entity[]) {
    this.#entities = entities;
    const mentions: EntityMention[] = [];
    for (const entity of entities) for (const m of entity.mentions ?? []) mentions.push({ start: m.start, end: m.end, entity });
    this.mentions = mentions.sort((a, b) => a.start - b.start);
  }

  /** The entity with a mention overlapping `[start, end)`, else one named `name` or ending with it. */
  find(start: number, end: number, name: string): Entity | null {
    let lo = 0;
    let hi = this.mentions.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.mentions[mid]!.end <= start) lo = mid + 1;
      else hi = mid;
    }
    // Mentions are sorted by start; the few that may overlap sit just around `lo`. The phrase's
    // head ends it, so of several the last person is the speaker (`Westhaven’s Marta Olsen`).
    let overlapping: Entity | null = null;
    let person: Entity | null = null;
    for (let i = Math.max(0, lo - 2); i < Math.min(this.mentions.length, lo + 3); i++) {
      const m = this.mentions[i]!;
      if (m.start >= end || m.end <= start || m.entity.type === 'date') continue;
      if (m.entity.type === 'person') person = m.entity;
      overlapping ??= m.entity;
    }
    if (person ?? overlapping) return person ?? overlapping;
    if (!this.#byName) {
      this.#byName = new Map();
      for (const entity of this.#entities) this.#byName.set(entity.name.toLowerCase(), entity);
    }
    return this.#byName.get(name.toLowerCase()) ?? null;
  }
}

/** A title that is a relative clause (`whose chair`) tells the speaker's relation to someone else: no title. */
function opensRelativeClause(title: string): boolean {
  const end = title.search(/\W|$/);
  return RELATIVE_WORDS.has(title.slice(0, end).toLowerCase());
}
