import type { Entity, EntityType } from '../../model/article.js';
import { PLACE_ABBREVIATIONS } from './lexicon.js';
import type { RecognisedMention } from './recogniser.js';

/** The options of {@link mergeMentions}. */
export interface MergeOptions {
  /** How much one mention counts toward salience (default: 1 each). */
  weigh?: (mention: RecognisedMention) => number;
}

interface Group {
  type: EntityType;
  mentions: RecognisedMention[];
  names: string[];
  title: string | null;
  value: string | null;
  score: number;
}

const NAMED = new Set<EntityType>(['person', 'organization', 'place', 'other']);

/**
 * Groups mentions into entities, each once under its fullest name: the same name in any case
 * or with `the`; a surname or first name alone to the one person who bears it (`Putin` →
 * `Vladimir Putin`); an acronym to the name whose initials it spells (`ICC` → `International
 * Criminal Court`); a dotted or short form to its place (`U.S.` → `United States`). Dates group
 * by value. Salience is the summed weight of the entity's mentions over the highest sum.
 *
 * @param mentions Typed mentions in reading order.
 * @param options The salience weight of a mention (optional).
 */
export function mergeMentions(mentions: readonly RecognisedMention[], options: MergeOptions = {}): Entity[] {
  const weigh = options.weigh ?? (() => 1);
  const groups: Group[] = [];
  // Groups by type, then by key: a map per type spares building a `type:key` string per look-up.
  const byKey = new Map<EntityType, Map<string, Group>>();
  const add = (group: Group, m: Read): void => {
    group.mentions.push(m.mention);
    group.names.push(m.name);
    group.title ??= m.mention.title ?? null;
    group.value ??= m.mention.value ?? null;
    group.score += weigh(m.mention);
  };
  const open = (key: string, m: RecognisedMention): Group => {
    const group: Group = { type: m.type, mentions: [], names: [], title: null, value: null, score: 0 };
    groups.push(group);
    let keyed = byKey.get(m.type);
    if (!keyed) byKey.set(m.type, (keyed = new Map()));
    keyed.set(key, group);
    return group;
  };

  // Each mention's name and word count, read once; longer names first, so a short form finds
  // the full name wherever it stands.
  const order: Read[] = [];
  for (const m of mentions) if (NAMED.has(m.type)) order.push(read(m));
  order.sort((a, b) => b.words - a.words || a.mention.start - b.mention.start);
  const parts: Parts = { person: new Map(), organization: new Map() };
  const initials = new Map<string, Group | null>();
  const firstSeen = new Map<Group, number>();
  for (const r of order) {
    const m = r.mention;
    const key = nameKey(m.type, r.name);
    const known = byKey.get(m.type)?.get(key) ?? aliasOf(m.type, r, key, parts, initials, byKey);
    if (known) {
      add(known, r);
      continue;
    }
    const group = open(key, m);
    add(group, r);
    firstSeen.set(group, m.start);
    if (r.words < 2) continue;
    const ws = words(r.name);
    if (m.type === 'person' || m.type === 'organization') {
      // A surname or first name goes to the person first named with it (`Trump` → the first Trump);
      // an organisation lends only its first word (`Pew` → `Pew Research Center`).
      const lent = parts[m.type];
      for (const w of m.type === 'person' ? [ws[0]!, ws[ws.length - 1]!] : [ws[0]!]) {
        const k = fold(w);
        const held = lent.get(k);
        if (!held || (firstSeen.get(held) ?? Infinity) > m.start) lent.set(k, group);
      }
    }
    if (m.type !== 'person') {
      // A leading article is no part of the acronym (`The National Union of Journalists` → `NUJ`).
      const k = ws.filter((w, i) => UPPER_START.test(w) && (i > 0 || !ARTICLE.test(w))).map((w) => w[0]).join('');
      if (k.length > 1) initials.set(k, initials.has(k) && initials.get(k) !== group ? null : group);
    }
  }
  for (const m of mentions) {
    if (NAMED.has(m.type)) continue;
    const r = read(m);
    const key = m.value ?? r.name.toLowerCase();
    add(byKey.get(m.type)?.get(key) ?? open(key, m), r);
  }

  const top = groups.reduce((max, g) => Math.max(max, g.score), 0);
  const seen = new Map<string, number>();
  return groups
    .map((g) => {
      g.mentions.sort((a, b) => a.start - b.start);
      const name = fullest(g.names);
      const base = `${g.type}-${slug(g.type === 'date' && g.value ? g.value : name)}`;
      const n = (seen.get(base) ?? 0) + 1;
      seen.set(base, n);
      const entity: Entity = {
        id: n === 1 ? base : `${base}-${n}`,
        name,
        type: g.type,
        mentions: g.mentions.map((m) => ({ text: m.text, start: m.start, end: m.end })),
        salience: top > 0 ? Math.round((g.score / top) * 1000) / 1000 : 0,
      };
      if (g.title) entity.title = g.title;
      if (g.type === 'date') entity.value = g.value;
      return entity;
    })
    .sort((a, b) => b.salience - a.salience || a.mentions[0]!.start - b.mentions[0]!.start);
}

/** A mention with its name and how many words it has, computed once. */
interface Read {
  mention: RecognisedMention;
  name: string;
  words: number;
}

/** The groups a person's or an organisation's words are lent to (`Putin`, `Pew`), by folded word. */
interface Parts {
  person: Map<string, Group>;
  organization: Map<string, Group>;
}

function read(mention: RecognisedMention): Read {
  const name = nameOf(mention);
  return { mention, name, words: wordCount(name) };
}

const UPPER_START = /^\p{Lu}/u;
const ALL_UPPER = /^\p{Lu}+$/u;
const ACRONYM = /^\p{Lu}[\p{Lu}.&]+$/u;
const ARTICLE = /^(?:The|THE)$/;

/** The entity a short form refers to: a person's surname or first name, an acronym, a place's short form. */
function aliasOf(
  type: EntityType,
  { name, words }: Read,
  key: string,
  parts: Parts,
  initials: Map<string, Group | null>,
  byKey: Map<EntityType, Map<string, Group>>,
): Group | undefined {
  if (words === 1) {
    const person = parts.person.get(key);
    if (person && (type === 'person' || type === 'other' || !ALL_UPPER.test(name))) return person;
    const org = parts.organization.get(key);
    if (org && type === 'organization') return org;
  }
  const expansion = PLACE_ABBREVIATIONS.get(name);
  if (expansion) {
    const full = expansion.toLowerCase();
    const place = byKey.get('place')?.get(full) ?? byKey.get('organization')?.get(full);
    if (place) return place;
  }
  if (ACRONYM.test(name)) {
    const group = initials.get(name.replace(/[.&]/g, ''));
    if (group) return group;
  }
  return undefined;
}

function nameOf(m: RecognisedMention): string {
  const name = m.name ?? m.text;
  // Most names hold single spaces only: skip the rewrite for them.
  return SINGLE_SPACED.test(name) ? name : name.replace(/\s+/g, ' ').trim();
}

const SINGLE_SPACED = /^\S+(?: \S+)*$/;

function nameKey(type: EntityType, name: string): string {
  const key = fold(name).replace(/^the\s+/, '');
  // `Liberal Democrat` and `Liberal Democrats` are one party.
  return type === 'organization' ? key.replace(/s$/, '') : key;
}

function fold(name: string): string {
  const lower = name.toLowerCase();
  const straight = lower.includes('’') ? lower.replace(/’/g, "'") : lower;
  return straight.endsWith("'s") ? straight.slice(0, -2) : straight;
}

function words(name: string): string[] {
  return name.split(' ').filter(Boolean);
}

/** The name with the most words, then the longest, then the first written. */
function fullest(names: string[]): string {
  let best = names[0] ?? '';
  let bestWords = wordCount(best);
  for (const n of names) {
    const count = wordCount(n);
    const better = count - bestWords || n.length - best.length;
    if (better > 0 || (better === 0 && isShouted(best) && !isShouted(n))) {
      best = n;
      bestWords = count;
    }
  }
  return best;
}

/** Words in a name of single-spaced words (see {@link nameOf}), without splitting it. */
function wordCount(name: string): number {
  let n = name.length > 0 ? 1 : 0;
  for (let i = 0; i < name.length; i++) if (name.charCodeAt(i) === 32) n++;
  return n;
}

function isShouted(name: string): boolean {
  return name.length > 3 && !/\p{Ll}/u.test(name);
}

function slug(name: string): string {
  if (ASCII.test(name)) return asciiSlug(name);
  const s = name
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  return s.slice(0, 60) || 'entity';
}

const ASCII = /^[\x00-\x7f]*$/;

/** {@link slug} for an ASCII name, where decomposition changes nothing: one pass over character codes. */
function asciiSlug(name: string): string {
  let out = '';
  let dash = false;
  for (let i = 0; i < name.length; i++) {
    let c = name.charCodeAt(i);
    if (c >= 65 && c <= 90) c += 32;
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) {
      if (dash && out.length > 0) out += '-';
      out += String.fromCharCode(c);
      dash = false;
    } else dash = true;
  }
  return out.slice(0, 60) || 'entity';
}
