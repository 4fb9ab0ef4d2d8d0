import { uniqueNames } from '../../analysis/names.js';

const LEAD_IN = /^\s*(?:(?:written|posted|reported|words)\s+)?by\s+/i;
// What follows a `|` or a spaced dash is the outlet or a date, not an author.
const OUTLET = /\s+[|–—]\s+|\s+-\s+|\s*\|\s*/;
const SEPARATOR = /\s*,\s*|\s*;\s*|\s+(?:and|&|und|et|y)\s+/i;
const NAME_WORD = /^(?:\p{Lu}[\p{L}\p{M}'’.-]*|(?:de|da|van|von|der|den|del|la|le|bin|al|di|du)|\p{Lu}\.)$/u;

/** Authors' names from a byline: `By A and B`, `By A, B | Reuters`. */
export function parseAuthors(byline: string): string[] {
  const [names = ''] = byline.replace(LEAD_IN, '').split(OUTLET);
  const parts = names
    .split(SEPARATOR)
    .map((part) => part.trim().replace(/[.,;:]+$/, ''))
    .filter((part) => part !== '' && isNameShaped(part));
  // `By A and B, Reuters`: a lone one-word item after full names is the outlet.
  const fullNames = parts.filter((p) => p.includes(' '));
  return fullNames.length > 0 ? uniqueNames(parts.filter((p) => p.includes(' '))) : uniqueNames(parts);
}

/** Cleans author names a page states (front matter, metadata): trims, drops `By`, dedupes. */
export function cleanAuthors(names: readonly string[]): string[] {
  return uniqueNames(names.flatMap((n) => (LEAD_IN.test(n) ? parseAuthors(n) : [n.replace(/\s+/g, ' ').trim()])).filter(Boolean));
}

function isNameShaped(part: string): boolean {
  const words = part.split(/\s+/);
  return words.length <= 6 && words.every((w) => NAME_WORD.test(w));
}

