import type { Paragraph, Root, Text } from 'mdast';
import type { JsonLdScript } from './dom.js';
import type { PointIndex } from './to-mdast.js';

const KEY = '"articleBody"';

/**
 * The JSON-LD `articleBody` as an mdast tree whose offsets point into the JSON string
 * literal in the page: one paragraph per line, text split where an escape sequence makes
 * the source longer than the text. Null when the literal cannot be found.
 */
export function fromJsonLdBody(articleBody: string, scripts: readonly JsonLdScript[], points: PointIndex): Root | null {
  for (const script of scripts) {
    for (let at = script.text.indexOf(KEY); at >= 0; at = script.text.indexOf(KEY, at + KEY.length)) {
      const literal = readLiteral(script.text, at + KEY.length);
      if (!literal || literal.value.trim() !== articleBody) continue;
      return toTree(literal.value, literal.offsets.map((o) => o + script.start), points);
    }
  }
  return null;
}

interface Literal {
  value: string;
  /** The offset in the script text of each character of `value`, plus one past the end. */
  offsets: number[];
}

const ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', b: '\b', f: '\f', '"': '"', '\\': '\\', '/': '/' };

/** Decodes the JSON string literal after `"key"` and a colon, recording where each character came from. */
function readLiteral(text: string, from: number): Literal | null {
  let i = from;
  while (i < text.length && /[\s:]/.test(text[i]!)) i++;
  if (text[i] !== '"') return null;
  i++;
  let value = '';
  const offsets: number[] = [];
  while (i < text.length) {
    const c = text[i]!;
    if (c === '"') {
      offsets.push(i);
      return { value, offsets };
    }
    if (c !== '\\') {
      offsets.push(i);
      value += c;
      i++;
      continue;
    }
    const next = text[i + 1] ?? '';
    if (next === 'u') {
      const code = Number.parseInt(text.slice(i + 2, i + 6), 16);
      if (Number.isNaN(code)) return null;
      offsets.push(i);
      value += String.fromCharCode(code);
      i += 6;
    } else if (next in ESCAPES) {
      offsets.push(i);
      value += ESCAPES[next];
      i += 2;
    } else return null;
  }
  return null;
}

function toTree(value: string, offsets: number[], points: PointIndex): Root {
  const children: Paragraph[] = [];
  const line = /[^\n]+/g;
  for (let match = line.exec(value); match; match = line.exec(value)) {
    const lead = match[0].length - match[0].trimStart().length;
    const text = match[0].trim();
    if (text === '') continue;
    const from = match.index + lead;
    const to = from + text.length;
    const nodes: Text[] = [];
    // A text node per run of characters that sit side by side in the source; an escape ends a run.
    let runStart = from;
    for (let i = from + 1; i <= to; i++) {
      if (i === to || offsets[i] !== offsets[i - 1]! + 1) {
        nodes.push({ type: 'text', value: value.slice(runStart, i), position: points.position(offsets[runStart]!, offsets[i]!) });
        runStart = i;
      }
    }
    children.push({ type: 'paragraph', children: nodes, position: points.position(offsets[from]!, offsets[to]!) });
  }
  const start = offsets[0] ?? 0;
  return { type: 'root', children, position: points.position(start, offsets[offsets.length - 1] ?? start) };
}
