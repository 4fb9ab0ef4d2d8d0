import type { Block } from '../../analysis/blocks.js';
import type { Analysis } from '../../analysis/context.js';
import { splitSentences } from '../../analysis/sentences.js';
import type { Boilerplate, BoilerplateKind } from '../../model/article.js';
import {
  AD_LABELS,
  BIO_ROLES,
  CALL_TO_ACTION_OBJECTS,
  CALL_TO_ACTION_OPENERS,
  CALL_TO_ACTION_STRONG,
  CONSENT_WORDS,
  SUBSCRIBE_OPENERS,
  CREDIT_LABELS,
  CREDIT_LINKS,
  CREDIT_STANDALONE,
  EMBED_HOSTS,
  STAFF_CREDITS,
  EMBED_OPENERS,
  FOLLOW_NETWORKS,
  FOOTER_LABELS,
  FOOTER_OPENERS,
  FOOTER_PREFIXES,
  MONTHS,
  NETWORK_NAMES,
  NETWORK_ONLY,
  PICTURE_AGENCIES,
  RECOMMENDATION_HEADERS,
  RELATED_HEADERS,
  RELATED_LABELS,
  RELATED_MARKERS,
  SHARE_HEADS,
  SHARE_LABELS,
  SHARE_URLS,
} from './labels/index.js';
import { shapeOf } from '../../analysis/region/features.js';
import { pageLitter } from './page.js';
import {
  SHORT_LINE,
  bracketedTitle,
  countWords,
  endsWithColon,
  isHeadlineShaped,
  labelKey,
  splitRelatedLabel,
} from './text.js';

const RECOMMENDATIONS = new Set(RECOMMENDATION_HEADERS);
const RELATED_HEADS = new Set(RELATED_HEADERS);
const ADS = new Set(AD_LABELS);
const SHARES = new Set(SHARE_LABELS);
const SHARE_HEAD = new Set(SHARE_HEADS);
const FOOTERS = new Set(FOOTER_LABELS);
const NETWORKS = new Set(NETWORK_NAMES);
const NETWORK_ALONE = new Set(NETWORK_ONLY);
const FOLLOW = new Set(FOLLOW_NETWORKS);
const CTA_OBJECTS = new Set(CALL_TO_ACTION_OBJECTS);
const SUBSCRIBE = SUBSCRIBE_OPENERS.map((opener) => opener + ' ');
const AGENCIES = [...PICTURE_AGENCIES].sort((a, b) => b.length - a.length);
const CREDITS = [...CREDIT_LABELS].sort((a, b) => b.length - a.length);
const CREDIT_LINK = new Set(CREDIT_LINKS);
const MONTH = new Set(MONTHS);
const CONSENT = new Set(CONSENT_WORDS);

/** A whole-block verdict: the block is litter of this kind, or heads a list of litter. */
interface Verdict {
  kind: BoilerplateKind;
  header: boolean;
}

/**
 * Finds the page litter in an analysed article: whole lines (labels, headers and the lists
 * under them, share rows, credits, embeds, footers) and the litter sentences of paragraphs
 * that are only partly litter. Linear in the input: every regex runs on a bounded slice or
 * is free of nested quantifiers.
 *
 * @param analysis The analysed document.
 * @returns The litter spans, in source order, never overlapping.
 */
export function findBoilerplate(analysis: Analysis): Boilerplate[] {
  const { blocks, lead, source } = analysis;
  const skip = new Set<Block | null>([lead.headline, lead.byline, lead.dateLine]);
  const spans: Boilerplate[] = [];
  const content = blocks.filter((b) => !skip.has(b) && b.type !== 'html' && b.type !== 'code' && b.text.trim() !== '');
  // Label keys of the lines short enough to be labels, computed once.
  const keys = content.map((b) => (b.text.length <= SHORT_LINE ? labelKey(b.text) : ''));
  const repeats = countRepeats(content, keys);
  // Whether each block is a label the page repeats, settled once: `repeated` reads each block's neighbours too.
  const repeating = content.map((b, j) => (repeats.get(keys[j]!) ?? 0) >= 3 && repeatable(b));
  const whole = new Set<Block>();
  // HTML source is markup: an HTML item's text is the block's text, not the tags around it.
  const html = analysis.format === 'html';
  const wholeBlock = (kind: BoilerplateKind, block: Block) => {
    spans.push({ kind, text: html ? block.text.trim() : source.slice(block.start, block.end), start: block.start, end: block.end });
    whole.add(block);
  };
  const part = (kind: BoilerplateKind, block: Block, from: number, to: number) => {
    const start = block.toSource(from);
    const end = block.toSource(to);
    spans.push({ kind, text: html ? block.text.slice(from, to) : source.slice(start, end), start, end });
  };

  const verdicts = new Verdicts();
  let header: Verdict | null = null;
  for (let i = 0; i < content.length; i++) {
    const block = content[i]!;
    const text = block.text.trim();
    if (header && isListItem(block, text)) {
      wholeBlock(header.kind, block);
      continue;
    }
    header = null;
    const near = i >= content.length * 0.6 || content.length - i <= 3;
    const verdict = verdicts.classify(block, text, keys[i]!, near) ?? repeated(repeating, i);
    if (verdict) {
      wholeBlock(verdict.kind, block);
      if (verdict.header) header = verdict;
      continue;
    }
    const embed = embedStart(block.text);
    if (embed === 0) {
      wholeBlock('embed', block);
      continue;
    }
    for (const found of litterSentences(block, embed ?? block.text.length)) part(found.kind, block, found.from, found.to);
    if (embed !== null) part('embed', block, embed, trimmedEnd(block.text));
  }
  markTrailingLabels(content, whole, wholeBlock);
  // In a whole-page text dump, what lies outside the located article is litter as a whole; a
  // block the rules named keeps their kind.
  return pageLitter(analysis, skip, spans, whole).sort((a, b) => a.start - b.start);
}

/**
 * {@link classifyBlock} once per distinct short line: a block without links is judged by its text, where it
 * stands (`near`) and whether it is quoted, so a page's repeated lines (menus, a hundred thousand tiny
 * paragraphs) are judged once.
 */
class Verdicts {
  readonly #known = [new Map<string, Verdict | null>(), new Map<string, Verdict | null>(), new Map<string, Verdict | null>(), new Map<string, Verdict | null>()];

  classify(block: Block, text: string, key: string, near: boolean): Verdict | null {
    if (block.links.length > 0 || block.text.length > SHORT_LINE) return classifyBlock(block, text, key, near);
    const known = this.#known[(near ? 1 : 0) + (block.inBlockquote ? 2 : 0)]!;
    let verdict = known.get(block.text);
    if (verdict === undefined) {
      verdict = classifyBlock(block, text, key, near);
      known.set(block.text, verdict);
    }
    return verdict;
  }
}

/** Classifies a whole block, or null when it is not litter as a whole. */
function classifyBlock(block: Block, text: string, key: string, near: boolean): Verdict | null {
  if (text.length <= SHORT_LINE) {
    const found = classifyShortLine(block, text, key);
    if (found) return found;
  }
  if (isNetworkRow(text)) return { kind: 'share', header: false };
  if (near && isAuthorBio(text)) return { kind: 'footer', header: false };
  if (isConsentNotice(text)) return { kind: 'consent', header: false };
  if (isGluedTeaser(text)) return { kind: 'teaser', header: false };
  return null;
}

/** How much of a block is read for a notice or a teaser: both are a few sentences at most. */
const NOTICE_CHARS = 800;
const COOKIE = /\bcookies?\b/;

/**
 * A cookie or consent notice (`This site uses cookies to improve your experience…`, a
 * `Cookie settings` link): `cookie(s)` and two words of a site, browsing or consent, in a block
 * of at most 80 words; one such word is enough in a label of four words or fewer (a recipe's
 * `Cookies` heading has none).
 */
function isConsentNotice(text: string): boolean {
  if (text.length > NOTICE_CHARS) return false;
  const lower = text.toLowerCase();
  if (!COOKIE.test(lower)) return false;
  const words = lower.split(/[^\p{L}-]+/u).filter(Boolean);
  if (words.length > 80) return false;
  const found = new Set(words.filter((w) => CONSENT.has(w)));
  return found.size >= 2 || (words.length <= 4 && found.size === 1);
}

/** A teaser for another story: a title-case headline run into its one-line summary (`Crane Falls In StormThe crane…`). */
function isGluedTeaser(text: string): boolean {
  // No lower case letter or `?`/`!` before a capital, no glue point: most lines stop at the cheap test.
  return text.length <= NOTICE_CHARS && /[a-z?!][A-Z]/.test(text) && shapeOf(text).gluedTitle;
}

function classifyShortLine(block: Block, text: string, key: string): Verdict | null {
  const words = countWords(key);
  const line = (kind: BoilerplateKind): Verdict => ({ kind, header: false });
  if (RECOMMENDATIONS.has(key)) return { kind: 'recommendations', header: true };
  if (RELATED_HEADS.has(key)) return { kind: 'related', header: true };
  if (ADS.has(key) || (words <= 6 && ADS.has(firstSegment(key)))) return line('ad');
  if (SHARES.has(key)) return line('share');
  if (FOOTERS.has(key) || /^\d{1,7} comments?$/.test(key)) return line('footer');
  const head = firstWord(key);
  if (words <= 4 && endsWithColon(text)) {
    if (SHARE_HEAD.has(head)) return line('share');
    if (head === 'follow') return line('newsletter');
  }
  // Most lines open with no label word: they skip every label rule and only the shape rules run.
  const labelled = OPENING_WORDS.has(wordOf(head));
  if (labelled && words <= 6 && isShareOn(key)) return line('share');
  if ((labelled || hasSeparator(text)) && isCallToActionLine(text)) return line('newsletter');
  if (!block.inBlockquote && (labelled || RELATED_MARKERS.some((m) => text.startsWith(m))) && splitRelatedLabel(text)) {
    return line('related');
  }
  if (text.startsWith('[') && bracketedTitle(text)) return line('related');
  if (isShareLinks(block, text)) return line('share');
  if (isLoneLink(block, text)) return line('related');
  if (labelled ? isCredit(key) : isCaptionCredit(key)) return line('credit');
  if (isSourceLine(key, words) || endsWithPhotoCredit(key)) return line('credit');
  if (isEditorsNote(key)) return line('note');
  if (isMetaLine(text, key, words)) return line('byline');
  if (isCopyright(key, words)) return line('footer');
  if (labelled && isFooterList(key)) return line('footer');
  if (labelled && EMBED_OPENERS.some((opener) => key.startsWith(opener))) return line('embed');
  return null;
}

/** The text before its first separator (`advertisement` of `Advertisement - Continue Reading Below`). */
function firstSegment(key: string): string {
  const cut = key.search(/ [-–—|] |: /);
  return cut < 0 ? key : key.slice(0, cut);
}

/** The text up to its first space. */
function firstWord(key: string): string {
  const space = key.indexOf(' ');
  return space < 0 ? key : key.slice(0, space);
}

/** Letters only, so `don't` and `(photo:` compare as words. */
function wordOf(text: string): string {
  return text.replace(/[^\p{L}]/gu, '');
}

// The first word of every label a rule reads: a line opening with another word cannot carry a label.
const OPENING_WORDS = new Set(
  [
    ...RELATED_LABELS,
    ...CREDIT_LABELS,
    ...CREDIT_STANDALONE,
    ...STAFF_CREDITS,
    ...CALL_TO_ACTION_OPENERS,
    ...CALL_TO_ACTION_STRONG,
    ...FOOTER_PREFIXES,
    ...FOOTER_OPENERS,
    ...EMBED_OPENERS,
    ...SHARE_HEADS,
    'follow',
    'please',
  ].map((label) => wordOf(label.split(' ')[0]!)),
);

function hasSeparator(text: string): boolean {
  return text.includes(' - ') || text.includes(' – ') || text.includes(' — ') || text.includes(' | ');
}

const SHARE_OBJECTS = new Set(['this', 'it', 'the', 'article', 'story', 'post', 'page', 'link']);
const SHARE_VIA = new Set(['on', 'via', 'with', 'to', 'en', 'por', 'sur', 'par', 'auf', 'per', 'über']);

/** `Share on Facebook`, `Share via email`, `Partager sur X`: a share verb, a preposition, then only network names. */
function isShareOn(key: string): boolean {
  if (!SHARE_HEAD.has(firstWord(key))) return false;
  const words = key.split(' ').slice(1);
  // `Share this on WhatsApp`, `Share the story via email`.
  while (words.length > 0 && SHARE_OBJECTS.has(words[0]!)) words.shift();
  const [via, ...rest] = words;
  if (!SHARE_VIA.has(via ?? '') || rest.length === 0) return false;
  return rest.every((w) => NETWORKS.has(w) || FOLLOW.has(w) || w === 'and' || w === 'or' || w === 'social' || w === 'media');
}

/** Whether a block under a recommendations or related header is one of its items. */
function isListItem(block: Block, text: string): boolean {
  if (block.type === 'heading' || text.length > SHORT_LINE) return false;
  if (block.inList) return countWords(text) <= 40;
  return linkDensity(block, text) >= 0.6 || isHeadlineShaped(text);
}

/** Share of the block's text that sits inside links. */
function linkDensity(block: Block, text: string): number {
  if (text.length === 0) return 0;
  let linked = 0;
  for (const link of block.links) linked += link.text.length;
  return Math.min(1, linked / text.length);
}

/** A paragraph that is nothing but a headline-shaped web link: a related article. */
function isLoneLink(block: Block, text: string): boolean {
  return (
    block.type === 'paragraph' &&
    block.links.length === 1 &&
    !block.inList &&
    /^https?:\/\//i.test(block.links[0]!.url) &&
    linkDensity(block, text) >= 0.9 &&
    isHeadlineShaped(text) &&
    countWords(text) >= 3
  );
}

/** A short block whose links are all share intents (`facebook.com/sharer…`, `whatsapp://send…`). */
function isShareLinks(block: Block, text: string): boolean {
  // A share bar's links are button labels; a sentence linked to a tweet intent (`… Click To Tweet`) is body.
  if (block.links.length === 0 || countWords(text) > 8 || linkDensity(block, text) < 0.5) return false;
  return block.links.every((link) => SHARE_URLS.some((pattern) => link.url.toLowerCase().includes(pattern)));
}

/** `Photo: …`, `Featured image via …`, `Courtesy of …`, `Image caption …`, or a caption credit. */
function isCredit(key: string): boolean {
  const inner = key.startsWith('(') && key.endsWith(')') ? key.slice(1, -1) : key;
  const words = countWords(inner);
  for (const label of CREDIT_STANDALONE) if (inner === label || (inner.startsWith(label + ' ') && words <= 25)) return true;
  // `(Reporting by Jo Lane; Editing by Sam Roe)`, `Additional reporting by Jo Lane.`
  if ((inner !== key || words <= 15) && STAFF_CREDITS.some((label) => inner.startsWith(label + ' by '))) return true;
  for (const label of CREDITS) {
    if (!inner.startsWith(label)) continue;
    const rest = inner.slice(label.length);
    if (rest.startsWith(':') || rest.startsWith(' :')) return words <= 40;
    const next = rest.trimStart().split(' ')[0] ?? '';
    if (rest.startsWith(' ') && (CREDIT_LINK.has(next) || label.endsWith(' of') || label.endsWith(' via'))) {
      return words <= 15 && !/[^.]\.$/.test(inner);
    }
    return false;
  }
  return isCaptionCredit(key);
}

/** A caption credit: `(AP Photo/Jo Lane)`, or a line ending on a picture agency (`… (Getty Images)`, `… / AFP`). */
function isCaptionCredit(key: string): boolean {
  const inner = key.startsWith('(') && key.endsWith(')') ? key.slice(1, -1) : key;
  if (inner !== key && AGENCIES.some((agency) => inner.startsWith(agency + '/') || inner.startsWith(agency + ' photo'))) return true;
  if (countWords(inner) > 40) return false;
  const at = inner.endsWith(')') ? inner.slice(0, -1) : inner;
  for (const agency of AGENCIES) {
    if (!at.endsWith(agency)) continue;
    const before = at.slice(0, at.length - agency.length).trimEnd();
    return /(?:\(|\/|\||photo:?|image:?|credit:?|©)$/.test(before);
  }
  return false;
}

/** `Source: EcoWatch`: a source label and a name, not a sentence. */
function isSourceLine(key: string, words: number): boolean {
  return /^sources?\s?:/.test(key) && words <= 10 && !/[^.]\.$/.test(key);
}

const PHOTO_CREDIT = /\((?:photo|photograph|image|picture|video|credit|illustration)s?(?:\s?:|\s(?:by|credit|courtesy)\b)[^()]{1,80}\)$/;

/** A caption that ends on its credit: `A crane at the quay on Monday. (Photo: Jo Lane)`. */
function endsWithPhotoCredit(key: string): boolean {
  return key.endsWith(')') && countWords(key) <= 50 && PHOTO_CREDIT.test(key);
}

/** `[Ed. – …]`, `(Editor's note: …)`, `Editor's note: …`: a note from the editors, not the story. */
function isEditorsNote(key: string): boolean {
  const bracketed = (key.startsWith('[') && key.endsWith(']')) || (key.startsWith('(') && key.endsWith(')'));
  const inner = bracketed ? key.slice(1, -1).trimStart() : key;
  if (/^editors?'?s? note\b/.test(inner)) return true;
  return bracketed && /^ed(?:\.|:|\s[-–—])/.test(inner);
}

const COMMENT_COUNT = /\b(?:leave a (?:comment|reply)|no comments|\d{1,7} (?:comments?|replies|responses))\b/;
// `By` and a capitalised name, opening the line or after a date or a separator (not `killed by Police`).
const BY_NAME = /(?:^|[|·•,–—-]\s?|\d\s)[Bb][Yy]:?\s+\p{Lu}/u;

/**
 * A line of the story's metadata rather than its text: a date, a `By` byline and a comment
 * count, two of the three in a short line that is not a sentence
 * (`November 13, 2016 By Jo Lane Leave a Comment`, `By Jo Lane | 3/4/2019 | 12 comments`).
 */
function isMetaLine(text: string, key: string, words: number): boolean {
  if (words > 20 || /[^.]\.$/.test(key)) return false;
  let parts = 0;
  if (BY_NAME.test(text)) parts++;
  if (COMMENT_COUNT.test(key)) parts++;
  return parts === 2 || (parts === 1 && hasDate(key));
}

/** A month name with a day or year beside it, or a numeric date (`3/4/2019`, `2019-03-04`). */
function hasDate(key: string): boolean {
  // Every date shape holds a digit.
  if (!/\d/.test(key)) return false;
  if (/\b\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}\b/.test(key)) return true;
  const words = key.split(/[\s,]+/);
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!.replace(/\.$/, '');
    if (word.length < 3 || !MONTHS.some((m) => m.startsWith(word))) continue;
    if (/^\d{1,4}(?:st|nd|rd|th)?$/.test(words[i + 1] ?? '') || /^\d{1,2}(?:st|nd|rd|th)?$/.test(words[i - 1] ?? '')) return true;
  }
  return false;
}

function isCopyright(key: string, words: number): boolean {
  if (words > 30) return false;
  return key.startsWith('©') || /^(?:copyright|\(c\))\s?(?:©\s?)?\d{4}/.test(key) || key.includes('all rights reserved');
}

/** `Tags: a, b, c`, `Filed under: …`, `This article originally appeared on …`. */
function isFooterList(key: string): boolean {
  for (const label of FOOTER_PREFIXES) {
    if (key.startsWith(label + ':')) return true;
    // `Filed under Politics`: a label of two words or more needs no colon on a short non-sentence line.
    if (label.includes(' ') && key.startsWith(label + ' ') && countWords(key) <= 12 && !/[^.]\.$/.test(key)) return true;
  }
  for (const opener of FOOTER_OPENERS) if (key.startsWith(opener)) return countWords(key) <= 40;
  return false;
}

/** A row of share buttons: every word a network or share-button name (`Google Pinterest Digg Linkedin`). */
function isNetworkRow(text: string): boolean {
  const space = text.search(/[\s|•·,/]/);
  if (!NETWORKS.has(text.slice(0, space < 0 ? text.length : space).toLowerCase())) return false;
  let words = 0;
  let networks = 0;
  let exclusive = 0;
  for (const raw of text.toLowerCase().split(/[\s|•·,/]+/)) {
    if (raw === '') continue;
    words++;
    if (NETWORKS.has(raw)) networks++;
    if (NETWORK_ALONE.has(raw)) exclusive++;
    if (words - networks > 0) return false;
  }
  return words >= 3 || (exclusive > 0 && exclusive === words);
}

/**
 * Where an embedded post's litter starts in a block: the `pic.twitter.com/…` link or the
 * `— Name (@handle) Month D, YYYY` attribution, and everything after it; null when there is none.
 * The post's own text before it stays in the body.
 */
function embedStart(text: string): number | null {
  if (text.length > 2 * SHORT_LINE) return null;
  let start: number | null = null;
  // Cheap substring checks first: nearly every paragraph fails both.
  if (text.includes('pic.')) {
    const lower = text.toLowerCase();
    for (const host of EMBED_HOSTS) {
      const at = lower.indexOf(host);
      if (at >= 0) start = Math.min(start ?? at, backToUrlStart(lower, at));
    }
  }
  if (text.includes('(@')) {
    const attribution = /[—–-]{1,2}\s?[^—–()\n]{1,80}\(@\w{1,15}\)\s{1,3}(\p{L}{3,9})\.?\s{1,3}\d{1,2},\s{1,3}\d{4}\s*$/u.exec(text);
    if (attribution && MONTH.has(normalMonth(attribution[1]!.toLowerCase()))) start = Math.min(start ?? attribution.index, attribution.index);
  }
  if (start === null) return null;
  // Nothing but marks before the embed: the whole block is the embed.
  return /[\p{L}\p{N}]/u.test(text.slice(0, start)) ? start : 0;
}

/** The start of the URL a host sits in (`https://pic.twitter.com/…` from `pic.`). */
function backToUrlStart(lower: string, at: number): number {
  for (const scheme of ['https://', 'http://']) if (lower.startsWith(scheme, at - scheme.length)) return at - scheme.length;
  return at;
}

/** The end of the text without its trailing white space. */
function trimmedEnd(text: string): number {
  return text.trimEnd().length;
}

function normalMonth(word: string): string {
  for (const month of MONTHS) if (month.startsWith(word)) return month;
  return word;
}

const NOT_A_NAME = new Set(['the', 'this', 'that', 'it', 'he', 'she', 'they', 'we', 'our', 'his', 'her', 'a', 'an', 'its', 'there']);
const BIO = new RegExp(
  String.raw`^((?:\p{Lu}[\p{L}'’.\-]*\s){2,4})(?:is|was|has been)\s(?:an?\s|the\s)?(?:[\p{L}\-]+\s){0,5}?(?:` +
    BIO_ROLES.join('|') +
    String.raw`)s?\b`,
  'u',
);

// BIO's name is two to four words, each followed by one space: this is that without its classes.
const BIO_VERB = /^(?:\S+\s){2,4}(?:is|was|has been)\s/;

/** An author bio (`Tim Brown is an author and editor at …`): a name, `is a`, a writer's role. */
function isAuthorBio(text: string): boolean {
  const head = text.slice(0, SHORT_LINE);
  // What every BIO match opens with, asked first: BIO is costly to compile and most paragraphs lack it.
  if (!BIO_VERB.test(head)) return false;
  const match = BIO.exec(head);
  if (!match) return false;
  const first = match[1]!.trim().split(/\s/)[0]!.toLowerCase();
  return !NOT_A_NAME.has(first);
}

/**
 * A short line that is a call to action: a sentence that is one, a short label-like line
 * opening with one (`Subscribe to The Ledger`), or a dash-separated tail (`… - subscribe to Haaretz`).
 */
function isCallToActionLine(text: string): boolean {
  const words = countWords(text);
  if (words > 25) return false;
  if (isCallToAction(text, false)) return true;
  if (/[^.]\.$/.test(text)) return false;
  // A short line with no full stop that opens with `Subscribe`/`Sign up` needs no object (`Subscribe to The Ledger`).
  if (words <= 8) {
    const key = labelKey(text);
    if (SUBSCRIBE.some((opener) => key.startsWith(opener)) && isCallToAction(text, true)) return true;
  }
  const cut = Math.max(text.lastIndexOf(' - '), text.lastIndexOf(' – '), text.lastIndexOf(' — '), text.lastIndexOf(' | '));
  return cut > 0 && isCallToAction(text.slice(cut + 3), true);
}

/**
 * A sentence that opens with an imperative call to action and names what it is about
 * (`Follow Tim on Twitter.`, `Sign up for our newsletter`). `loose` accepts any opener without
 * an object, for lines whose shape already says litter.
 */
function isCallToAction(sentence: string, loose: boolean): boolean {
  if (sentence.length > SHORT_LINE) return false;
  let key = labelKey(sentence);
  if (key.startsWith('please ')) key = key.slice(7);
  const words = key.split(' ');
  if (words.length > 30) return false;
  if (words[0] === 'follow') {
    const on = words.indexOf('on');
    if (on < 1 || on > 6) return false;
    const network = words.slice(on + 1, on + 3).map((w) => w.replace(/[^\p{L}+]/gu, ''));
    return FOLLOW.has(network[0] ?? '') || FOLLOW.has(network.join(' '));
  }
  // `key` is the opener, or opens with it and a space (no string built per opener).
  const opens = (opener: string) => key.startsWith(opener) && (key.length === opener.length || key.charCodeAt(opener.length) === 32);
  if (CALL_TO_ACTION_STRONG.some(opens)) return true;
  const opener = CALL_TO_ACTION_OPENERS.find(opens);
  if (opener === undefined) return false;
  if (loose) return true;
  const rest = words.slice(countWords(opener)).map((w) => w.replace(/[^\p{L}]/gu, ''));
  return rest.some((w) => CTA_OBJECTS.has(w) || FOLLOW.has(w));
}

// Only paragraphs naming one of these are split into sentences: keeps the common case cheap.
const LITTER_HINT =
  /\b(?:share|sharing|subscribe|sign up|newsletter|donate|support us|support our|spread the word|click here|twitter|facebook|instagram|linkedin|youtube|tiktok|telegram|whatsapp|social media|síguenos|suscríbete|abonnez|suivez|folgen|abonnieren)\b|pic\.twitter|©/i;

/**
 * The litter sentences of a paragraph that is partly body, as offsets into its text, merged
 * where only white space parts them. Reads the text up to `limit` (where an embed starts).
 */
function litterSentences(block: Block, limit: number): Array<{ kind: BoilerplateKind; from: number; to: number }> {
  if (block.type === 'heading' || !LITTER_HINT.test(block.text)) return [];
  const text = block.text.slice(0, limit);
  const found: Array<{ kind: BoilerplateKind; from: number; to: number }> = [];
  for (const range of splitSentences(text)) {
    const kind = sentenceKind(text.slice(range.start, range.end));
    if (!kind) continue;
    const last = found[found.length - 1];
    if (last && last.kind === kind && text.slice(last.to, range.start).trim() === '') last.to = range.end;
    else found.push({ kind, from: range.start, to: range.end });
  }
  return found;
}

function sentenceKind(sentence: string): BoilerplateKind | null {
  if (sentence.length > SHORT_LINE) return null;
  if (isCallToAction(sentence, false)) return 'newsletter';
  const key = labelKey(sentence);
  if (SHARES.has(key)) return 'share';
  if (countWords(key) <= 4 && endsWithColon(sentence) && SHARE_HEAD.has(key.split(' ')[0] ?? '')) return 'share';
  if (isCopyright(key, countWords(key))) return 'footer';
  return null;
}

/** Short non-sentence paragraphs and headings by their label key, for the repetition signal. */
function countRepeats(content: readonly Block[], keys: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (let i = 0; i < content.length; i++) {
    if (!repeatable(content[i]!)) continue;
    const key = keys[i]!;
    if (countWords(key) > 6) continue;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/**
 * Whether a block can be a repeated slot label: a short paragraph or heading outside lists and
 * tables (repeated cells and items are content), not a sentence, with a letter in it.
 */
function repeatable(block: Block): boolean {
  if ((block.type !== 'paragraph' && block.type !== 'heading') || block.inList) return false;
  const text = block.text.trim();
  return text.length <= 60 && !/[.!?]["”’]?$/.test(text) && /\p{L}/u.test(text);
}

/**
 * A short label the page repeats three times or more between other text (`Advertisement`-like
 * slots of any wording). A label whose neighbour repeats too is part of a repeated section
 * (a table or a layout printed twice), which is content.
 */
function repeated(repeating: readonly boolean[], i: number): Verdict | null {
  if (!repeating[i] || repeating[i - 1] || repeating[i + 1]) return null;
  return { kind: 'other', header: false };
}

/**
 * Walks back from the end: a short label ending in a colon with nothing but litter after it
 * (`Teilen:`, `Share post:`) is a widget label even when its words are not in a vocabulary.
 */
function markTrailingLabels(content: readonly Block[], whole: Set<Block>, wholeBlock: (kind: BoilerplateKind, block: Block) => void): void {
  for (let i = content.length - 1; i >= 0; i--) {
    const block = content[i]!;
    if (whole.has(block)) continue;
    const text = block.text.trim();
    if (text.length > 40 || countWords(text) > 4 || !endsWithColon(text) || block.type === 'heading') return;
    wholeBlock('other', block);
  }
}
