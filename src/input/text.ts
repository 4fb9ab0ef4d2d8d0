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

/** Lines of similar length under a typewriter width, most not ending a sentence: one wrapped paragraph. */
function isHardWrapped(run: Line[]): boolean {
  if (run.length < 2) return false;
  const lengths = run.map((l) => l.text.trimEnd().length);
  // A reduce, not Math.max(...lengths): spreading a run of ~1M lines overflows the call stack.
  const longest = lengths.reduce((max, n) => Math.max(max, n), 0);
  if (longest > WRAP_WIDTH || longest < 30) return false;
  const body = run.slice(0, -1);
  const full = body.filter((l) => l.text.trimEnd().length >= longest * 0.6).length;
  const open = body.filter((l) => !SENTENCE_END.test(l.text.trimEnd())).length;
  return full === body.length && open * 2 >= body.length;
}

function leadingSpace(text: string): number {
  return text.length - text.trimStart().length;
}
function trailingSpace(text: string): number {
  return text.length - text.trimEnd().length;
}
