import { uniqueNames } from '../../analysis/names.js';
import { CREDIT_LABELS, HONORIFICS, LABEL_ONLY_WORDS } from './byline-words.js';

/**
 * Cleans author credits as pages state them (`By JANE DOE, Staff Writer | Updated 5 May`)
 * into names (`Jane Doe`).
 */

const escape = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const byLength = (words: readonly string[]) => [...words].sort((a, b) => b.length - a.length).map(escape).join('|');
const CREDIT_LABEL = new RegExp(`^(?:${byLength(CREDIT_LABELS)})`, 'iu');
const LABEL_SEPARATOR = /^\s*[:：︱|/]\s*|^\s+/;
const HONORIFIC = new RegExp(`^(?:(?:${byLength(HONORIFICS)})\\.?\\s+)+(?=\\p{Lu})`, 'iu');
const LABEL_ONLY = new Set(LABEL_ONLY_WORDS);
const SEPARATOR = /\s*[,;，、]\s*|\s+(?:and|&|und|et|y|e|i|og|och|en|avec|with|mit|con)\s+|\s*\((?:avec|with|mit|con|y|et)\s+/i;
// The separators of a list of credits, kept: after a comma the credit goes on about the same person.
const SEPARATORS_KEPT = new RegExp(`(${SEPARATOR.source})`, 'i');
const LIST_COMMA = /^\s*[,;，、]\s*$/;
// What follows a bar, a slash, a bullet or a spaced dash is an outlet, a role or a date.
// A full stop after a word (not an initial) ends the name too: `Jane Doe. Example News`.
// So does a slash between a name and an outlet, spaced or not (`Jane Doe/The Daily Example`).
const TAIL = /\s+[|/•·–—]\s*|\s+-\s+|\s*\|\s*|\s*[\n\r]|(?<=\p{Ll}{2})\.\s+|(?<=\p{Ll})\/(?=\p{Lu})/u;
const JOB_TITLE =
  /\b(?:writer|reporter|correspondent|editor|columnist|contributor|contributing|producer|journalist|analyst|critic|photographer|chief|senior|associate|director|bureau|desk|professor|md|phd|mba|msc|bsc|b\.?comm|fellow|intern|host|anchor|presenter|researcher|specialist|manager|head of|updated|published|posted|modified|engineer|developer|designer|scientist|officer|ceo|cfo|cto|coo|founder|co-founder|president|chairman|chairwoman|owner|consultant|evangelist|redakteur|redakteurin|korrespondent|korrespondentin|volontär|volontärin|leiter|leiterin|sprecher|sprecherin|geschäftsführer|geschäftsführerin|journaliste|rédacteur|rédactrice|correspondant|correspondante|periodista|redactor|redactora|corresponsal)\b/i;
// Link and button texts that open with a verb of the interface: `View profile`, `Read more`, `→ Learn more`.
const UI_PHRASE = /^(?:view|follow|read|learn|see|click|visit|subscribe|share|contact|mehr|weitere|alle)\b/i;
const NOT_A_NAME = /(?:https?:|www\.|@|\.com\b|\d|[&+=<>{}|*]|\S:)/i;
// Interface words that sit in author slots: link labels, form labels, placeholders.
const UI_WORD =
  /^(?:email|e-mail|mail|home|name|nama|nome|nom|posted|share|author|authors|autor|admin|administrator|guest|follow|contact|about|more|profile|website|url|comment|comments|reply|anonymous|unknown|user|staff writer|editor|bio|send|print|tweet|on|me|originally|monday|tuesday|wednesday|thursday|friday|saturday|sunday|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)$/i;
// Credits that name an organisation rather than a person: kept only when no person is credited.
const ORGANISATION =
  /\b(?:news|business|press|media|agency|wire|service|services|staff|desk|team|online|digital|magazine|newspaper|tv|radio|network|group|international|reuters|associated press|bloomberg)\b/i;
// A date or time after the name: `Jane Doe March 11, 2015`, `Jane Doe 2 hours ago`, `Jane Doe Updated …`.
const DATE_TAIL =
  /\s+(?:on\s+)?(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d|\d|(?:updated|published|posted|last updated)\b).*$/i;
// Where the writer filed from or for whom, after the name: `Jane Doe in London`, `Jane Doe for Example News`, `Jane
// Doe aus Berlin`.
const PLACE_TAIL = /\s+(?:in|at|for|from|aus|für|à)\s+\p{Lu}.*$/u;
const LOWER_TAIL = /(?:\s+\p{Ll}[\p{L}.]*)+$/u;
const MAX_NAME_WORDS = 5;
// Lower-case words that stand inside personal names.
const NAME_PARTICLES = new Set(['von', 'van', 'der', 'den', 'de', 'del', 'della', 'di', 'da', 'dos', 'das', 'du', 'la', 'le', 'zu', 'ten', 'ter', 'bin', 'ibn', 'al', 'el', 'y', 'e']);

/** Names from one credit string; empty when nothing in it is name-shaped. */
export function authorNames(raw: string): string[] {
  // Block boundaries (kept as line breaks by the caller) end the credit: `By Jane Doe⏎WebMD Health News`.
  // Soft hyphens and zero-width marks are hyphenation and layout hints inside a word, not part of a name.
  const [firstLine = '', secondLine = ''] = raw.replace(/[\u00ad\u200b-\u200d\u2060\ufeff]/g, '').trim().split(/\s*\n\s*/);
  // A label on a line of its own (`Eingestellt von⏎Jane Doe`) credits the next line.
  const labelOnly = firstLine !== '' && stripLabel(firstLine).trim() === '';
  let text = (labelOnly ? `${firstLine} ${secondLine}` : firstLine).replace(/\s+/g, ' ').trim();
  if (text === '' || text.length > 300) return [];
  text = stripLabel(text).replace(HONORIFIC, '');
  // A label before a number is a date's or a count's (`Last Update: 1/01`), not a credit's.
  if (/^[^:\d]{1,30}:\s*\d/.test(text)) return [];
  const [head = ''] = text.split(TAIL);
  // `, and` joins the next person as `and` does.
  const pieces = head.replace(DATE_TAIL, '').replace(PLACE_TAIL, '').replace(/,(?=\s+(?:and|&|und|et|y)\s)/gi, '').split(SEPARATORS_KEPT);
  const parts: string[] = [];
  // After a job title, comma-separated parts are the employer (`Jane Doe, Software Engineer, Example Maps`), until
  // a conjunction brings the next person.
  let employer = false;
  for (let i = 0; i < pieces.length; i += 2) {
    const part = stripLabel(pieces[i]!.replace(/[()[\]"“”]/g, '').replace(/^[\s.:~*•·–—©→»›>-]+|[\s.,:;~*-]+$/g, '')).replace(HONORIFIC, '').replace(LOWER_TAIL, '').trim();
    if (i > 0 && !LIST_COMMA.test(pieces[i - 1]!)) employer = false;
    if (part === '' || (employer && !JOB_TITLE.test(part))) continue;
    if (parts.length > 0 && JOB_TITLE.test(part)) employer = true;
    parts.push(part);
  }
  // A split that leaves a one- or two-letter piece cut a name in two (`Mac & i`): not a list of people.
  if (parts.length > 1 && parts.some((p) => p.length <= 2)) return [];
  // A lone word among full names is a dateline's place (`Jane Doe, London, John Roe`), not a person.
  const fullNames = parts.filter((p) => p.includes(' ')).length;
  // Beside a person, an acronym or a `The …` is the outlet (`Jane Doe, AFP`, `Jane Doe, The Daily Example`).
  const outletShaped = (p: string) => /^\p{Lu}{2,}$/u.test(p) || /^the\s/i.test(p);
  const outlet = (p: string) => outletShaped(p) && parts.some((q) => q !== p && q.includes(' ') && !outletShaped(q));
  const names = parts.filter((p) => isNameShaped(p) && !outlet(p) && (fullNames < 2 || p.includes(' ') || !/\p{Lu}/u.test(p)));
  // A job title after a name (`Jane Doe, Staff Writer`) goes; a desk credit on its own (`TMZ Staff`) stays.
  const people = names.filter((n) => !JOB_TITLE.test(n));
  return uniqueNames((people.length > 0 ? people : names.slice(0, 1)).map(fixCase));
}

/**
 * A credit without the label opening it (`Veröffentlicht von Jane Doe`, `作者：张三`). A label glued to the
 * name by the page's markup (`vonJane Doe`) is cut where a lower-case label meets a capital.
 */
export function stripLabel(credit: string): string {
  const label = CREDIT_LABEL.exec(credit)?.[0];
  if (!label) return credit;
  const rest = credit.slice(label.length);
  if (rest.trim() === '') return '';
  const separator = LABEL_SEPARATOR.exec(rest);
  if (separator) return rest.slice(separator[0].length);
  if (label.length >= 2 && /[\u3400-\u9fff]$/u.test(label) && rest !== '') return rest;
  if (label.length >= 3 && /\p{Ll}$/u.test(label) && /^\p{Lu}/u.test(rest)) return rest;
  return credit;
}

/** Whether a credit opens with `By` (or its kin in other languages). */
export function opensWithBy(text: string): boolean {
  return /^(?:(?:written|posted|reported)\s+)?(?:by|von|par|por|door)\s/i.test(text.trim());
}

/** Cleans a list of stated names, each of which may itself be a credit line. */
export function cleanAuthorList(raws: readonly string[]): string[] {
  const names = uniqueNames(raws.slice(0, 20).flatMap(authorNames));
  // `Jill Doe; Example Business`: the outlet beside a person is not an author.
  const people = names.filter((n) => !ORGANISATION.test(n));
  return people.length > 0 ? people : names;
}

const HANDLE = /^[\p{Ll}\d][\p{Ll}\p{N}_.-]{2,29}$/u;

/**
 * A user name as an author-marked element or an author link gives it (`tlow`, `jane_doe`): a lone lower-case word
 * is no name in a byline's text, but markup that only ever holds the author's name may hold their handle.
 */
export function authorHandle(raw: string): string | undefined {
  const text = raw.trim();
  return HANDLE.test(text) && /\p{L}/u.test(text) && !UI_WORD.test(text) && !LABEL_ONLY.has(text) ? text : undefined;
}

/** Whether a credit names an organisation (`Example News`, `Reuters`) rather than a person. */
export function isOrganisation(name: string): boolean {
  return ORGANISATION.test(name);
}

function isNameShaped(part: string): boolean {
  if (NOT_A_NAME.test(part) || UI_WORD.test(part) || UI_PHRASE.test(part) || LABEL_ONLY.has(part.toLowerCase()) || part.length > 60) return false;
  // A lone letter is an initial or an icon's text, not a name; nor does a name end in an honorific (`Geprüft von Dr.`).
  const words = part.split(' ');
  if ((part.match(/\p{L}/gu)?.length ?? 0) < 2 || /^(?:dr|prof|dres|dipl|mag)\.?$/i.test(words.at(-1)!)) return false;
  if (words.length > MAX_NAME_WORDS) return false;
  // Scripts without case (Chinese, Japanese, Arabic…) pass; cased ones need a capital, or all one case.
  if (!/\p{Lu}|\p{Ll}/u.test(part)) return /\p{L}/u.test(part);
  // A lone lower-case word is a handle (`devindra`), not a name.
  if (words.length === 1 && !/\p{Lu}/u.test(part)) return false;
  // In a name of capitalised words, a lower-case word is only a particle (`van`, `de`, `bin`): any other makes it a
  // phrase (`Neustoffen mittels QSAR`).
  if (words.length > 1 && words.some((w) => /^\p{Lu}/u.test(w)) && words.some((w) => /^\p{Ll}/u.test(w) && !NAME_PARTICLES.has(w))) return false;
  return words.some((w) => /^\p{Lu}/u.test(w));
}

/** `JANE DOE` → `Jane Doe`; mixed case stays as written. */
function fixCase(name: string): string {
  // Mixed case, or a lone word that may be an acronym (`PTI`, `AFP`), stays as written.
  if (/\p{Ll}/u.test(name) || !/\p{Lu}{2}/u.test(name) || !name.includes(' ')) return name;
  return name.toLowerCase().replace(/(^|[\s'’-])(\p{L})/gu, (_m, sep: string, letter: string) => sep + letter.toUpperCase());
}

