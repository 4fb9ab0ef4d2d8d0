import type { Paragraph, Root } from 'mdast';
import type { SourceDocument } from './document.js';
import { type LineTable, lineTable, pointOn } from './lines.js';

/**
 * Plain text to mdast without reading any Markdown syntax: every non-blank line is a
 * paragraph (scraped pages put one paragraph per line), except where a run of lines is
 * hard-wrapped prose, which stays one paragraph.
 */
export function textToDocument(source: string): SourceDocument {
  const lines = lineTable(source);
  const { textStarts, textEnds } = lines;
  const children: Paragraph[] = [];
  // Lines `first` to `last` as one paragraph, without the white space around it.
  const paragraph = (first: number, last: number): Paragraph => {
    const start = textStarts[first]!;
    const end = textEnds[last]!;
    const position = { start: pointOn(lines, first, start), end: pointOn(lines, last, end) };
    return { type: 'paragraph', children: [{ type: 'text', value: source.slice(start, end), position }], position };
  };
  const count = textStarts.length;
  for (let first = 0; first < count; ) {
    if (textStarts[first] === textEnds[first]) {
      first++;
      continue;
    }
    // A run of non-blank lines.
    let end = first + 1;
    while (end < count && textStarts[end] !== textEnds[end]) end++;
    if (isHardWrapped(source, lines, first, end)) children.push(paragraph(first, end - 1));
    else for (let line = first; line < end; line++) children.push(paragraph(line, line));
    first = end;
  }
  const tree: Root = {
    type: 'root',
    children,
    position: { start: pointOn(lines, 0, 0), end: pointOn(lines, count - 1, source.length) },
  };
  return { source, format: 'text', tree, page: {}, removed: [] };
}

const WRAP_WIDTH = 100;
const SENTENCE_END = /[.!?:;"”’)]$/;

/**
 * Lines of similar length under a typewriter width, most not ending a sentence, broken where
 * the next word would not have fit: one wrapped paragraph. A title above its byline or a
 * label above a title is two lines the writer broke, not a wrap.
 */
function isHardWrapped(source: string, lines: LineTable, first: number, end: number): boolean {
  if (end - first < 2) return false;
  // The widths first, from the offsets: most runs stop here without a string made of each line.
  let longest = 0;
  for (let line = first; line < end; line++) longest = Math.max(longest, lines.textEnds[line]! - lines.textStarts[line]!);
  if (longest > WRAP_WIDTH || longest < 30) return false;
  const texts: string[] = [];
  for (let line = first; line < end; line++) texts.push(source.slice(lines.textStarts[line], lines.textEnds[line]));
  const body = texts.slice(0, -1);
  const full = body.filter((t) => t.length >= longest * 0.6).length;
  const open = body.filter((t) => !SENTENCE_END.test(t)).length;
  if (full !== body.length || open * 2 < body.length) return false;
  // Wrapping breaks a line only where the next word does not fit (within the longest line's
  // width); an optimal-fit wrapper may break a little early now and then.
  let fits = 0;
  for (let i = 0; i < body.length; i++) if (body[i]!.length + 1 + firstWordLength(texts[i + 1]!) <= longest) fits++;
  if (fits * 3 > body.length) return false;
  // Two lines carry no rhythm of widths to go by: a wrapped paragraph still ends its sentence.
  return texts.length > 2 || SENTENCE_END.test(texts[texts.length - 1]!);
}

function firstWordLength(text: string): number {
  const space = text.search(/\s/);
  return space < 0 ? text.length : space;
}
