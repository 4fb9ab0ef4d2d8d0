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
  const byKey = new Map<string, Group>();
  const add = (group: Group, m: RecognisedMention): void => {
    group.mentions.push(m);
    group.names.push(nameOf(m));
    group.title ??= m.title ?? null;
    group.value ??= m.value ?? null;
    group.score += weigh(m);
  };
  const open = (key: string, m: RecognisedMention): Group => {
    const group: Group = { type: m.type, mentions: [], names: [], title: null, value: null, score: 0 };
    groups.push(group);
    byKey.set(key, group);
    return group;
  };

  // Longer names first, so a short form finds the full name wherever it stands.
  const named = mentions.filter((m) => NAMED.has(m.type));
  const order = [...named].sort((a, b) => words(nameOf(b)).length - words(nameOf(a)).length || a.start - b.start);
  const parts = new Map<string, Group>();
  const initials = new Map<string, Group | null>();
  const firstSeen = new Map<Group, number>();
  for (const m of order) {
    const key = nameKey(m);
    const known = byKey.get(`${m.type}:${key}`) ?? aliasOf(m, key, parts, initials, byKey);
    if (known) {
      add(known, m);
      continue;
    }
    const group = open(`${m.type}:${key}`, m);
    add(group, m);
    firstSeen.set(group, m.start);
    const ws = words(nameOf(m));
    if ((m.type === 'person' || m.type === 'organization') && ws.length > 1) {
      // A surname or first name goes to the person first named with it (`Trump` → the first Trump);
      // an organisation lends only its first word (`Pew` → `Pew Research Center`).
      for (const w of m.type === 'person' ? [ws[0]!, ws[ws.length - 1]!] : [ws[0]!]) {
        const k = `${m.type === 'person' ? 'p' : 'o'}:${fold(w)}`;
        const held = parts.get(k);
        if (!held || (firstSeen.get(held) ?? Infinity) > m.start) parts.set(k, group);
      }
    } else if (firstSeen.get(group)! > m.start) firstSeen.set(group, m.start);
    if (m.type !== 'person' && ws.length > 1) {
      const k = ws.filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join('');
      if (k.length > 1) initials.set(k, initials.has(k) && initials.get(k) !== group ? null : group);
    }
  }
  for (const m of mentions) {
    if (NAMED.has(m.type)) continue;
    const key = `${m.type}:${m.value ?? nameOf(m).toLowerCase()}`;
    add(byKey.get(key) ?? open(key, m), m);
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

/** The entity a short form refers to: a person's surname or first name, an acronym, a place's short form. */
function aliasOf(
  m: RecognisedMention,
  key: string,
  parts: Map<string, Group>,
  initials: Map<string, Group | null>,
  byKey: Map<string, Group>,
): Group | undefined {
  const name = nameOf(m);
  const ws = words(name);
  if (ws.length === 1) {
    const person = parts.get(`p:${key}`);
    if (person && (m.type === 'person' || m.type === 'other' || !/^\p{Lu}+$/u.test(name))) return person;
    const org = parts.get(`o:${key}`);
    if (org && m.type === 'organization') return org;
  }
  const expansion = PLACE_ABBREVIATIONS.get(name);
  if (expansion) {
    const place = byKey.get(`place:${expansion.toLowerCase()}`) ?? byKey.get(`organization:${expansion.toLowerCase()}`);
    if (place) return place;
  }
  if (/^\p{Lu}[\p{Lu}.&]+$/u.test(name)) {
    const group = initials.get(name.replace(/[.&]/g, ''));
    if (group) return group;
  }
  return undefined;
}

function nameOf(m: RecognisedMention): string {
  return (m.name ?? m.text).replace(/\s+/g, ' ').trim();
}

function nameKey(m: RecognisedMention): string {
  const key = fold(nameOf(m)).replace(/^the\s+/, '');
  // `Liberal Democrat` and `Liberal Democrats` are one party.
  return m.type === 'organization' ? key.replace(/s$/, '') : key;
}

function fold(name: string): string {
  return name.toLowerCase().replace(/’/g, "'").replace(/'s$/, '');
}

function words(name: string): string[] {
  return name.split(' ').filter(Boolean);
}

/** The name with the most words, then the longest, then the first written. */
function fullest(names: string[]): string {
  let best = names[0] ?? '';
  for (const n of names) {
    const better = words(n).length - words(best).length || n.length - best.length;
    if (better > 0 || (better === 0 && isShouted(best) && !isShouted(n))) best = n;
  }
  return best;
}

function isShouted(name: string): boolean {
  return name.length > 3 && !/\p{Ll}/u.test(name);
}

function slug(name: string): string {
  const s = name
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  return s.slice(0, 60) || 'entity';
}
