import type { Paragraph, Root } from 'mdast';
import type { SourceDocument } from './document.js';
import { createLocator, type Line, splitLines } from './lines.js';

/**
 * Plain text to mdast without reading any Markdown syntax: every non-blank line is a
 * paragraph (scraped pages put one paragraph per line), except where a run of lines is
 * hard-wrapped prose, which stays one paragraph.
 */
export function textToDocument(source: string): SourceDocument {
  const locate = createLocator(source);
  const children: Paragraph[] = [];
  const paragraph = (start: number, end: number): Paragraph => {
    const position = { start: locate(start), end: locate(end) };
    return { type: 'paragraph', children: [{ type: 'text', value: source.slice(start, end), position }], position };
  };
  for (const run of nonBlankRuns(splitLines(source))) {
    if (isHardWrapped(run)) {
      const first = run[0];
      const last = run[run.length - 1];
      if (first && last) children.push(paragraph(first.start + leadingSpace(first.text), last.end - trailingSpace(last.text)));
      continue;
    }
    for (const line of run) children.push(paragraph(line.start + leadingSpace(line.text), line.end - trailingSpace(line.text)));
  }
  const tree: Root = {
    type: 'root',
    children,
    position: { start: locate(0), end: locate(source.length) },
  };
  return { source, format: 'text', tree, page: {}, removed: [] };
}

function* nonBlankRuns(lines: Line[]): Generator<Line[]> {
  let run: Line[] = [];
  for (const line of lines) {
    if (line.text.trim() === '') {
      if (run.length > 0) yield run;
      run = [];
    } else run.push(line);
  }
  if (run.length > 0) yield run;
}

const WRAP_WIDTH = 100;
const SENTENCE_END = /[.!?:;"”’)]$/;

/**
 * Lines of similar length under a typewriter width, most not ending a sentence, broken where
 * the next word would not have fit: one wrapped paragraph. A title above its byline or a
 * label above a title is two lines the writer broke, not a wrap.
 */
function isHardWrapped(run: Line[]): boolean {
  if (run.length < 2) return false;
  const texts = run.map((l) => l.text.trim());
  // A reduce, not Math.max(...lengths): spreading a run of ~1M lines overflows the call stack.
  const longest = texts.reduce((max, t) => Math.max(max, t.length), 0);
  if (longest > WRAP_WIDTH || longest < 30) return false;
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
  return run.length > 2 || SENTENCE_END.test(texts[texts.length - 1]!);
}

function firstWordLength(text: string): number {
  const space = text.search(/\s/);
  return space < 0 ? text.length : space;
}

function leadingSpace(text: string): number {
  return text.length - text.trimStart().length;
}
function trailingSpace(text: string): number {
  return text.length - text.trimEnd().length;
}
