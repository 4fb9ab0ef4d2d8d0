import { ABBREVIATIONS } from '../../analysis/abbreviations.js';
import { isAsciiLetter } from '../../analysis/chars.js';
import { finish, foldCode, HASH_START, hashRange, mixChar } from '../../learn/hash.js';
import { continues, gazetteer, GAZ, GAZ_BITS, lists, MAX_PHRASE } from './gazetteer.js';
import { scan } from './scan.js';
import type { TextRange } from './recognise.js';

// The model's view of a document: its tokens, each with integer hashes of its word, lower case
// and shape, its gazetteer lists and how the rest of the document writes it, and the hashed
// features the tagger scores. Training and recognition share this code, so they read text alike.

/** How a token is written. */
export const enum Case {
  Lower = 0,
  Title = 1,
  Upper = 2,
  Initial = 3,
  Number = 4,
  Other = 5,
  Mixed = 6,
  Uncased = 7,
}

/** Token flags. */
const FIRST = 1; // first word of its sentence, or right after an opening quote or colon
const SHOUT = 2; // in a line whose capitals say nothing (all caps, or a title-case heading)
const POSSESSIVE = 4; // the `'s` split off a name

/** Document-level facts about a word, by its lower-case hash. */
const SEEN_LOWER = 1;
const SEEN_CAPITAL = 2;
const SEEN_FIRST = 4;
const SEEN_BITS = SEEN_LOWER | SEEN_CAPITAL | SEEN_FIRST;
/** Marks a word whose last capitalised token {@link SeenWords} holds. */
const SEEN_CAPITALISED = 8;

/**
 * The most features one token has (its own 26, its context's 55 when it is in every list); the
 * buffer holds a few per token and grows when a token could overrun it.
 */
export const MAX_FEATURES = 96;

/** How many other uses of a word lend their neighbours to its features. */
const MAX_OTHER_USES = 8;

/**
 * A document's tokens and features, in flat typed arrays reused from one document to the next.
 * Sentence `s` holds the tokens `[sentenceStart[s], sentenceStart[s + 1])`.
 */
export class DocumentFeatures {
  tokens = 0;
  sentences = 0;
  start = new Int32Array(256);
  end = new Int32Array(256);
  word = new Int32Array(256);
  lower = new Int32Array(256);
  shape = new Int32Array(256);
  gaz = new Int32Array(256);
  /** Phrase lists: the mask of a listed phrase the token opens (low bits) or continues (shifted). */
  phrase = new Int32Array(256);
  kind = new Uint8Array(256);
  flags = new Uint8Array(256);
  /** The previous capitalised token of the same word in the document, or -1. */
  #previousSame = new Int32Array(256);
  /** The sentence of each token. */
  #sentenceOf = new Int32Array(256);
  /** The last token of the run of capitalised words each token is in. */
  #runLast = new Int32Array(256);
  /** Each token's gazetteer entry, list bits and phrase bit. */
  #entry = new Int32Array(256);
  sentenceStart = new Int32Array(64);
  /** Features of token `t`: `features[featureStart[t], featureStart[t + 1])`, row numbers below `buckets`. */
  features = new Int32Array(256 * 32);
  featureStart = new Int32Array(257);
  /**
   * With a {@link memo}: token `t`'s own features end at `ownEnd[t]` (none when the memo knew the
   * word), its context's run on to `featureStart[t + 1]`; `memoSlot[t]` is its word's slot.
   */
  ownEnd = new Int32Array(257);
  memoSlot = new Int32Array(257);
  /** Words whose own features a tagger has summed (inference only; training reads every feature). */
  memo: WordMemo | null = null;
  readonly #buckets: number;
  readonly #seen = new SeenWords();

  /** @param buckets The number of hashed feature rows, a power of two. */
  constructor(buckets: number) {
    this.#buckets = buckets;
  }

  /**
   * Reads `sentences` of `text` (in order). Capitals say nothing in a sentence of at least two
   * words most of them all caps, nor in a title-case heading or line (see {@link isTitleCaseLine}).
   */
  read(text: string, sentences: readonly TextRange[]): void {
    this.#text = text;
    this.tokens = 0;
    this.sentences = 0;
    this.#seen.clear();
    for (const s of sentences) {
      const from = Math.max(0, Math.min(s.start, text.length));
      const to = Math.max(from, Math.min(s.end, text.length));
      const first = this.tokens;
      this.#tokenise(text, from, to);
      if (this.tokens === first) continue;
      this.#pushSentence(first);
      if (this.#allCaps(first, this.tokens) || isTitleCaseLine(text, s)) for (let t = first; t < this.tokens; t++) this.flags[t]! |= SHOUT;
    }
    this.#ensureSentences(this.sentences + 1);
    this.sentenceStart[this.sentences] = this.tokens;
    for (let t = 0; t < this.tokens; t++) this.#describe(text, t);
    for (let s = 0; s < this.sentences; s++) this.#titleCaseProse(text, this.sentenceStart[s]!, this.sentenceStart[s + 1]!);
    this.#phrases(text);
    this.#observe();
    this.#featurise();
  }

  #pushSentence(first: number): void {
    this.#ensureSentences(this.sentences + 2);
    this.sentenceStart[this.sentences++] = first;
  }

  #ensureSentences(n: number): void {
    if (n <= this.sentenceStart.length) return;
    const next = new Int32Array(Math.max(n, this.sentenceStart.length * 2));
    next.set(this.sentenceStart);
    this.sentenceStart = next;
  }

  #ensureTokens(n: number): void {
    // The growing is a method of its own: its closure would make every call allocate a context, and this runs per token.
    if (n > this.start.length) this.#growTokens(Math.max(n, this.start.length * 2));
  }

  #growTokens(size: number): void {
    const grow = <T extends Int32Array | Uint8Array>(a: T): T => {
      const b = new (a.constructor as new (n: number) => T)(size);
      b.set(a);
      return b;
    };
    this.start = grow(this.start);
    this.end = grow(this.end);
    this.word = grow(this.word);
    this.lower = grow(this.lower);
    this.shape = grow(this.shape);
    this.gaz = grow(this.gaz);
    this.phrase = grow(this.phrase);
    this.kind = grow(this.kind);
    this.flags = grow(this.flags);
    this.#previousSame = grow(this.#previousSame);
    this.#sentenceOf = grow(this.#sentenceOf);
    this.#runLast = grow(this.#runLast);
    this.#entry = grow(this.#entry);
  }

  #push(start: number, end: number, flags: number): void {
    this.#ensureTokens(this.tokens + 1);
    this.start[this.tokens] = start;
    this.end[this.tokens] = end;
    this.flags[this.tokens] = flags;
    this.tokens++;
  }

  /** Scanner tokens, with `'s` split off words and the stop of an abbreviation joined to it (`U.S.`, `Mr.`). */
  #tokenise(text: string, from: number, to: number): void {
    let first = true;
    const sentence = this.tokens;
    scan(text, from, to, (start, end, kind) => {
      const last = this.tokens - 1;
      if (end - start === 1 && text.charCodeAt(start) === 46 && last >= sentence && this.end[last] === start && this.kind[last] === 1 && joinsStop(text, this.start[last]!, start)) {
        this.end[last] = end;
        return;
      }
      const isWord = kind === 'word';
      if (isWord && end - start > 2 && isPossessiveAt(text, end)) {
        this.#push(start, end - 2, first ? FIRST : 0);
        this.kind[this.tokens - 1] = 1;
        this.#push(end - 2, end, POSSESSIVE);
        this.kind[this.tokens - 1] = 0;
      } else {
        this.#push(start, end, isWord && first ? FIRST : 0);
        this.kind[this.tokens - 1] = isWord ? 1 : 0;
      }
      const c = text.charCodeAt(start);
      first = isWord ? false : first || c === 34 || c === 0x201c || c === 0x2018 || c === 58 || c === 40 || (c === 39 && end - start === 1);
    });
  }

  #allCaps(from: number, to: number): boolean {
    let words = 0;
    let upper = 0;
    for (let t = from; t < to; t++) {
      if (this.kind[t] !== 1) continue;
      words++;
      if (this.end[t]! - this.start[t]! > 1 && isAllCaps(this.#text, this.start[t]!, this.end[t]!)) upper++;
    }
    return words >= 2 && upper * 5 >= words * 3;
  }

  #text = '';

  /** The text last read. */
  get text(): string {
    return this.#text;
  }

  /** Hashes, case and lists of token `t`. */
  #describe(text: string, t: number): void {
    const start = this.start[t]!;
    const end = this.end[t]!;
    // One pass for the case, the lower-case and exact hashes and the shape; ASCII without a regular expression.
    let lower = HASH_START;
    let exact = HASH_START;
    let shape = HASH_START;
    let upper = 0;
    let small = 0;
    let last = -1;
    let run = 0;
    for (let i = start; i < end; i++) {
      const c = text.charCodeAt(i);
      let cls: number;
      if (c < 128) {
        cls = c >= 97 && c <= 122 ? 120 : c >= 65 && c <= 90 ? 88 : c >= 48 && c <= 57 ? 100 : c;
      } else cls = isUpperAt(text, i) ? 88 : isLowerAt(text, i) ? 120 : foldCode(c);
      if (cls === 88) upper++;
      else if (cls === 120) small++;
      lower = Math.imul(lower ^ foldCode(c), 0x01000193);
      exact = Math.imul(exact ^ c, 0x01000193);
      run = cls === last ? run + 1 : 1;
      last = cls;
      if (run <= 2) shape = Math.imul(shape ^ cls, 0x01000193);
    }
    const first = text.charCodeAt(start);
    let kind: Case;
    if (first >= 48 && first <= 57) kind = Case.Number;
    else if (isLowerAt(text, start)) kind = upper > 0 ? Case.Mixed : Case.Lower;
    else if (isUpperAt(text, start)) kind = small === 0 ? (upper === 1 ? Case.Initial : Case.Upper) : upper === 1 ? Case.Title : Case.Mixed;
    else kind = first < 128 ? (isAsciiLetter(first) ? Case.Lower : Case.Other) : test(LETTER, text, start) ? Case.Uncased : Case.Other;
    // In a shouted line a capitalised word is as uninformative as an all-caps one: read alike,
    // with the word as its capitals (`Kremlin` in a title-case heading reads as `KREMLIN`).
    if ((this.flags[t]! & SHOUT) !== 0 && (kind === Case.Title || kind === Case.Upper)) {
      kind = Case.Upper;
      exact = hashUpper(text, start, end);
      shape = shapeUpper(text, start, end);
    }
    this.kind[t] = kind;
    this.lower[t] = lower;
    this.word[t] = exact;
    this.shape[t] = shape;
    // The word's entry, kept whole: #phrases reads whether a listed phrase may start with it.
    const entry = gazetteer().get(lower);
    this.#entry[t] = entry;
    this.gaz[t] = lists(entry);
    this.phrase[t] = 0;
  }


  /**
   * A line of prose in title case, without figures or a final stop, with a common word
   * capitalised inside it (`Relax Into Stretch`, `Comment Policy`): page furniture or a
   * heading, whose capitals say nothing. Marked and described again as shouted.
   */
  #titleCaseProse(text: string, from: number, to: number): void {
    if ((this.flags[from]! & SHOUT) !== 0) return;
    let long = 0;
    let common = false;
    for (let t = from; t < to; t++) {
      const kind = this.kind[t]!;
      if (kind === Case.Number || (t === to - 1 && kind === Case.Other && STOPS.has(text.charCodeAt(this.start[t]!)))) return;
      if (this.end[t]! - this.start[t]! <= 3 || kind === Case.Other) continue;
      if (kind !== Case.Title && kind !== Case.Upper) return;
      long++;
      if (t > from && (this.gaz[t]! & GAZ.common) !== 0) common = true;
    }
    if (long < 3 || !common) return;
    for (let t = from; t < to; t++) {
      this.flags[t]! |= SHOUT;
      this.#describe(text, t);
    }
  }

  /** Marks the tokens of listed phrases of two words or more (`New York`, `United Nations`). */
  #phrases(text: string): void {
    const table = gazetteer();
    for (let s = 0; s < this.sentences; s++) {
      const to = this.sentenceStart[s + 1]!;
      for (let t = this.sentenceStart[s]!; t < to; t++) {
        let mask = this.#entry[t]!;
        if (!continues(mask)) continue;
        let h = this.lower[t]! >>> 0;
        let n = 1;
        let found = 0;
        let foundN = 0;
        while (continues(mask) && t + n < to && n < MAX_PHRASE) {
          h = hashRange(text, this.start[t + n]!, this.end[t + n]!, true, mixChar(h, 32));
          mask = table.get(h);
          n++;
          if (lists(mask) !== 0) {
            found = lists(mask);
            foundN = n;
          }
        }
        if (foundN === 0) continue;
        this.phrase[t]! |= found;
        for (let k = 1; k < foundN; k++) this.phrase[t + k]! |= found << GAZ_BITS;
      }
    }
  }

  /** How the document writes each word: in lower case, capitalised inside a sentence, capitalised first. */
  #observe(): void {
    const seen = this.#seen;
    for (let s = 0; s < this.sentences; s++) this.#sentenceOf.fill(s, this.sentenceStart[s]!, this.sentenceStart[s + 1]!);
    for (let t = 0; t < this.tokens; t++) {
      const flags = this.flags[t]!;
      const kind = this.kind[t]!;
      if (isCapitalised(kind)) {
        this.#previousSame[t] = seen.last(this.lower[t]!);
        seen.setLast(this.lower[t]!, t);
      }
      if ((flags & SHOUT) !== 0) continue;
      const bit = kind === Case.Lower ? SEEN_LOWER : kind === Case.Title || kind === Case.Mixed ? ((flags & FIRST) !== 0 ? SEEN_FIRST : SEEN_CAPITAL) : 0;
      if (bit !== 0) seen.mark(this.lower[t]!, bit);
    }
  }

  /** Whether token `t` is in a line whose capitals say nothing. */
  shouted(t: number): boolean {
    return (this.flags[t]! & SHOUT) !== 0;
  }

  /** Whether token `t` opens its sentence (or follows an opening quote or colon) and the document writes its word in lower case elsewhere. */
  lowerElsewhere(t: number): boolean {
    return (this.flags[t]! & FIRST) !== 0 && (this.#seen.get(this.lower[t]!) & SEEN_LOWER) !== 0;
  }

  /** Whether the document writes the word of token `t` capitalised inside a sentence and never in lower case. */
  vouched(t: number): boolean {
    const seen = this.#seen.get(this.lower[t]!);
    return (seen & SEEN_CAPITAL) !== 0 && (seen & SEEN_LOWER) === 0;
  }

  #featurise(): void {
    if (this.features.length < this.tokens * 16 + MAX_FEATURES) this.features = new Int32Array(this.tokens * 16 + MAX_FEATURES);
    if (this.featureStart.length < this.tokens + 1) {
      this.featureStart = new Int32Array(this.tokens * 2 + 1);
      this.ownEnd = new Int32Array(this.tokens * 2 + 1);
      this.memoSlot = new Int32Array(this.tokens * 2 + 1);
    }
    const memo = this.memo;
    if (memo && memo.size > MEMO_LIMIT) memo.clear();
    let at = 0;
    const mask = this.#buckets - 1;
    let f = this.features;
    const runLast = this.#runLast;
    for (let s = 0; s < this.sentences; s++) {
      const from = this.sentenceStart[s]!;
      const to = this.sentenceStart[s + 1]!;
      // The last token of each run of capitalised words (the token itself outside one).
      for (let t = to - 1; t >= from; t--) runLast[t] = t + 1 < to && isCapitalised(this.kind[t]!) && isCapitalised(this.kind[t + 1]!) ? runLast[t + 1]! : t;
      for (let t = from; t < to; t++) {
        if (at + MAX_FEATURES > f.length) {
          const grown = new Int32Array(f.length * 2);
          grown.set(f.subarray(0, at));
          this.features = f = grown;
        }
        this.featureStart[t] = at;
        const kind = this.kind[t]!;
        const flags = this.flags[t]!;
        const shout = (flags & SHOUT) !== 0 ? 1 : 0;
        const first = (flags & FIRST) !== 0 ? 1 : 0;
        const lower = this.lower[t]!;
        // The word's own features first: they depend only on how it is written and placed, so
        // a word the memo knows needs none of them.
        const code = kind * 4 + shout * 2 + first;
        let slot = -1;
        let known = false;
        if (memo) {
          slot = memo.find(this.word[t]!, lower, code);
          known = slot >= 0;
          if (!known) slot = memo.add(this.word[t]!, lower, code);
        }
        this.memoSlot[t] = slot;
        if (!known) {
          f[at++] = feature(1, 0, mask);
          f[at++] = feature(2, this.word[t]!, mask);
          f[at++] = feature(3, lower, mask);
          f[at++] = feature(4, this.shape[t]!, mask);
          f[at++] = feature(5, code, mask);
          // Affixes of the lower-case word, hashed as they grow (suffixes read backwards).
          const start = this.start[t]!;
          const end = this.end[t]!;
          const text = this.#text;
          const length = end - start;
          let affix = HASH_START;
          for (let k = 1; k <= 4 && k < length; k++) {
            affix = mixChar(affix, foldCode(text.charCodeAt(end - k)));
            f[at++] = feature(10 + k, affix, mask);
          }
          affix = HASH_START;
          for (let k = 1; k <= 3 && k < length; k++) {
            affix = mixChar(affix, foldCode(text.charCodeAt(start + k - 1)));
            f[at++] = feature(20 + k, affix, mask);
          }
          // Lists: each of the word's, with how it is written.
          const gaz = this.gaz[t]!;
          for (let b = 0; b < GAZ_BITS; b++) if ((gaz & (1 << b)) !== 0) f[at++] = feature(50 + b, kind * 2 + shout, mask);
        }
        this.ownEnd[t] = at;
        const p1 = t - 1 >= from ? t - 1 : -1;
        const p2 = t - 2 >= from ? t - 2 : -1;
        const n1 = t + 1 < to ? t + 1 : -1;
        const n2 = t + 2 < to ? t + 2 : -1;
        const kp1 = p1 < 0 ? 8 : this.kind[p1]!;
        const kn1 = n1 < 0 ? 8 : this.kind[n1]!;
        const kp2 = p2 < 0 ? 8 : this.kind[p2]!;
        const kn2 = n2 < 0 ? 8 : this.kind[n2]!;
        // The case pattern of the window (a sentence's edge is a kind of its own).
        f[at++] = feature(36, (kp2 * 9 + kp1) * 81 + kind * 9 + kn1 + 729 * 9 * kn2, mask);
        // A lower-case word in prose is all but never a name or inside one: its own features and
        // the case pattern around it decide its label, and the rest of its context is not read
        // (two thirds of a news text's words, so this halves the tagger's reads of the weights).
        if (kind === Case.Lower && shout === 0) {
          this.featureStart[t + 1] = at;
          continue;
        }
        // Neighbours: their words at ±1 and ±2, and the bigrams with this word.
        const lp1 = p1 < 0 ? BOUNDARY : this.lower[p1]!;
        const ln1 = n1 < 0 ? BOUNDARY : this.lower[n1]!;
        f[at++] = feature(30, lp1, mask);
        f[at++] = feature(31, ln1, mask);
        f[at++] = feature(32, p2 < 0 ? BOUNDARY : this.lower[p2]!, mask);
        f[at++] = feature(33, n2 < 0 ? BOUNDARY : this.lower[n2]!, mask);
        f[at++] = feature(37, pair(lp1, lower), mask);
        f[at++] = feature(38, pair(lower, ln1), mask);
        // The listed phrases the word is in, and its neighbours' lists.
        const phrase = this.phrase[t]!;
        for (let b = 0; b < GAZ_BITS * 2; b++) if ((phrase & (1 << b)) !== 0) f[at++] = feature(70 + b, shout, mask);
        f[at++] = feature(100, (p1 < 0 ? EDGE : this.gaz[p1]!) * 8 + kind, mask);
        f[at++] = feature(101, (n1 < 0 ? EDGE : this.gaz[n1]!) * 8 + kind, mask);
        // The document: how the same word is written elsewhere, with its shape.
        const seen = this.#seen.get(lower) & SEEN_BITS;
        if (n1 >= 0 && (this.flags[n1]! & POSSESSIVE) !== 0) f[at++] = feature(111, kind, mask);
        f[at++] = feature(112, pair(seen, this.shape[t]!), mask);
        // The last word of the run of capitalised words it is in, which types most names (`Norvik Shipping`).
        if (runLast[t] !== t) f[at++] = feature(122, this.lower[runLast[t]!]!, mask);
        // The words around the same word's other capitalised uses in the document (`in Halden`, `Halden said`).
        if (isCapitalised(kind)) {
          let n = 0;
          const first = at;
          for (let u = this.#seen.last(lower); u >= 0 && n < MAX_OTHER_USES; u = this.#previousSame[u]!) {
            if (u === t) continue;
            n++;
            const sentence = this.#sentenceOf[u]!;
            at = addOnce(f, first, at, feature(120, u > this.sentenceStart[sentence]! ? this.lower[u - 1]! : BOUNDARY, mask));
            at = addOnce(f, first, at, feature(121, u + 1 < this.sentenceStart[sentence + 1]! ? this.lower[u + 1]! : BOUNDARY, mask));
          }
        }
        this.featureStart[t + 1] = at;
      }
    }
    this.featureStart[this.tokens] = at;
  }
}

/**
 * How a document writes each word (bits by the word's lower-case hash): an open-addressing table
 * in typed arrays, as a Map would box each 32-bit hash it keeps.
 */
class SeenWords {
  #keys = new Int32Array(1024);
  #bits = new Uint8Array(1024);
  #last = new Int32Array(1024);
  #size = 0;

  /** The last capitalised token of a word recorded by {@link setLast}, or -1. */
  last(key: number): number {
    const mask = this.#keys.length - 1;
    for (let i = finish(key) & mask; ; i = (i + 1) & mask) {
      const bits = this.#bits[i]!;
      if (bits === 0) return -1;
      if (this.#keys[i] === key) return (bits & SEEN_CAPITALISED) !== 0 ? this.#last[i]! : -1;
    }
  }

  /** Records token `t` as the last capitalised token of a word. */
  setLast(key: number, t: number): void {
    this.#last[this.mark(key, SEEN_CAPITALISED)] = t;
  }

  /** The bits of a word, or 0. */
  get(key: number): number {
    const mask = this.#keys.length - 1;
    for (let i = finish(key) & mask; ; i = (i + 1) & mask) {
      const bits = this.#bits[i]!;
      if (bits === 0 || this.#keys[i] === key) return bits;
    }
  }

  /** Adds `bit` (not 0) to a word's bits; returns the word's slot. */
  mark(key: number, bit: number): number {
    if ((this.#size + 1) * 2 > this.#keys.length) this.#grow();
    const mask = this.#keys.length - 1;
    let i = finish(key) & mask;
    while (this.#bits[i] !== 0 && this.#keys[i] !== key) i = (i + 1) & mask;
    if (this.#bits[i] === 0) {
      this.#keys[i] = key;
      this.#size++;
    }
    this.#bits[i]! |= bit;
    return i;
  }

  clear(): void {
    if (this.#size === 0) return;
    this.#bits.fill(0);
    this.#size = 0;
  }

  #grow(): void {
    const keys = this.#keys;
    const bits = this.#bits;
    const last = this.#last;
    this.#keys = new Int32Array(keys.length * 2);
    this.#bits = new Uint8Array(bits.length * 2);
    this.#last = new Int32Array(last.length * 2);
    this.#size = 0;
    for (let i = 0; i < keys.length; i++) if (bits[i] !== 0) this.#last[this.mark(keys[i]!, bits[i]!)] = last[i]!;
  }
}

/** Past this many words the memo starts again, before the next document. */
const MEMO_LIMIT = 1 << 16;

/**
 * The words whose own features (word, case, shape, affixes, lists: all a function of how the
 * word is written and placed) a tagger has summed already, across documents: a word read again
 * needs only its context's features. Keys are the word's exact and lower-case hashes and its
 * case code; each gets a slot number, under which the tagger keeps the sums. The tagger's scores
 * are sums of small integers, so they come out the same with the memo as without it.
 */
export class WordMemo {
  size = 0;
  #keys = new Int32Array(3 * 1024);
  #slots = new Int32Array(1024).fill(-1);

  /** The slot of a word, or -1. */
  find(word: number, lower: number, code: number): number {
    const mask = this.#slots.length - 1;
    for (let i = slotOf(word, lower, mask); ; i = (i + 1) & mask) {
      const slot = this.#slots[i]!;
      if (slot < 0) return -1;
      const k = i * 3;
      if (this.#keys[k] === (word | 0) && this.#keys[k + 1] === (lower | 0) && this.#keys[k + 2] === code) return slot;
    }
  }

  /** Gives a word not yet known the next slot, and returns it. */
  add(word: number, lower: number, code: number): number {
    if ((this.size + 1) * 2 > this.#slots.length) this.#grow();
    const mask = this.#slots.length - 1;
    let i = slotOf(word, lower, mask);
    while (this.#slots[i]! >= 0) i = (i + 1) & mask;
    this.#keys[i * 3] = word;
    this.#keys[i * 3 + 1] = lower;
    this.#keys[i * 3 + 2] = code;
    this.#slots[i] = this.size;
    return this.size++;
  }

  clear(): void {
    this.#slots.fill(-1);
    this.size = 0;
  }

  #grow(): void {
    const keys = this.#keys;
    const slots = this.#slots;
    this.#keys = new Int32Array(keys.length * 2);
    this.#slots = new Int32Array(slots.length * 2).fill(-1);
    const mask = this.#slots.length - 1;
    for (let j = 0; j < slots.length; j++) {
      if (slots[j]! < 0) continue;
      let i = slotOf(keys[j * 3]!, keys[j * 3 + 1]!, mask);
      while (this.#slots[i]! >= 0) i = (i + 1) & mask;
      this.#keys.set(keys.subarray(j * 3, j * 3 + 3), i * 3);
      this.#slots[i] = slots[j]!;
    }
  }
}

function slotOf(word: number, lower: number, mask: number): number {
  return finish(Math.imul(word, 0x85ebca6b) ^ lower) & mask;
}

/**
 * A heading whose words are capitalised for style (`Putin and Kim Meet in Vladivostok`), or a
 * line of page furniture in title case without a full stop: its capitals say nothing, so the
 * model reads it as it reads an all-caps line.
 */
export function isTitleCaseLine(text: string, sentence: TextRange): boolean {
  if (sentence.heading !== true) return false;
  let long = 0;
  let capitalised = 0;
  let i = sentence.start;
  const end = Math.min(sentence.end, text.length);
  while (i < end) {
    while (i < end && !isWordStart(text.charCodeAt(i))) i++;
    const from = i;
    while (i < end && text.charCodeAt(i) > 32) i++;
    if (i - from > 3) {
      long++;
      const c = text.charCodeAt(from);
      if ((c >= 65 && c <= 90) || (c > 127 && text[from] !== text[from]!.toLowerCase())) capitalised++;
    }
  }
  return long >= 2 && capitalised * 4 >= long * 3;
}

function isWordStart(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c > 127;
}

const BOUNDARY = 0x5bd1e995;
/** The neighbouring lists of a word at a sentence's edge: a bit above every list's. */
const EDGE = 1 << GAZ_BITS;

/** `.`, `!`, `?`: prose ends in one. */
const STOPS = new Set([46, 33, 63]);

function feature(template: number, value: number, mask: number): number {
  return finish(Math.imul(template, 0x9e3779b1) ^ value) & mask;
}

/** Adds `row` to `f` after `at` unless `f[from, at)` holds it; returns the new end. */
function addOnce(f: Int32Array, from: number, at: number, row: number): number {
  for (let i = from; i < at; i++) if (f[i] === row) return at;
  f[at] = row;
  return at + 1;
}

/** Two hashes as one 32-bit integer (signed: an unsigned one above 2^31 would be boxed as a heap number at every call). */
function pair(a: number, b: number): number {
  return (Math.imul(a, 0x85ebca6b) + b) | 0;
}

function joinsStop(text: string, start: number, end: number): boolean {
  if (end - start === 1) return true;
  for (let i = start; i < end; i++) if (text.charCodeAt(i) === 46) return true;
  return end - start <= 5 && ABBREVIATIONS.has(text.slice(start, end).toLowerCase());
}

function isPossessiveAt(text: string, end: number): boolean {
  const a = text.charCodeAt(end - 2);
  const s = text.charCodeAt(end - 1);
  return (a === 39 || a === 0x2019) && (s === 115 || s === 83);
}

const UPPER = /\p{Lu}/uy;
const LOWER = /\p{Ll}/uy;
const LETTER = /\p{L}/uy;

function test(re: RegExp, text: string, i: number): boolean {
  re.lastIndex = i;
  return re.test(text);
}

function isUpperAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c < 128 ? c >= 65 && c <= 90 : test(UPPER, text, i);
}

function isLowerAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c < 128 ? c >= 97 && c <= 122 : test(LOWER, text, i);
}

function isAllCaps(text: string, start: number, end: number): boolean {
  let upper = 0;
  for (let i = start; i < end; i++) {
    if (isLowerAt(text, i)) return false;
    if (isUpperAt(text, i)) upper++;
  }
  return upper >= 2;
}

function isCapitalised(kind: number): boolean {
  return kind === Case.Title || kind === Case.Upper || kind === Case.Mixed || kind === Case.Initial;
}

/** The hash of the word in capitals (ASCII), as an all-caps line writes it. */
function hashUpper(text: string, start: number, end: number): number {
  let h = HASH_START;
  for (let i = start; i < end; i++) {
    let c = foldCode(text.charCodeAt(i));
    if (c >= 97 && c <= 122) c -= 32;
    h = mixChar(h, c);
  }
  return h;
}

/** A word's shape in a shouted line: letters `X`, digits `d`, the rest as written, runs of one class cut at two. */
function shapeUpper(text: string, start: number, end: number): number {
  let h = HASH_START;
  let last = -1;
  let run = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    const cls = c >= 48 && c <= 57 ? 100 : isUpperAt(text, i) || isLowerAt(text, i) ? 88 : foldCode(c);
    run = cls === last ? run + 1 : 1;
    last = cls;
    if (run <= 2) h = mixChar(h, cls);
  }
  return h;
}

export { GAZ };
