import type { ExplainItem } from './items.js';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ESCAPES[char]!);
}

/**
 * The source as HTML with every item wrapped in a `<span class="hl …" data-i="index">`.
 * Items nest where they nest in the source; an item that crosses the end of an outer one
 * is split into fragments sharing its `data-i`, so the fragments' text, joined, is always
 * `source.slice(start, end)`. `items` must be ordered as `collectItems` orders them.
 */
export function highlightSource(source: string, items: readonly ExplainItem[]): string {
  // Each boundary opens or closes items; between two boundaries the set of covering items is fixed.
  const starts = new Map<number, number[]>();
  const ends = new Map<number, number[]>();
  const boundaries = new Set<number>([0, source.length]);
  items.forEach((item, index) => {
    push(starts, item.start, index);
    push(ends, item.end, index);
    boundaries.add(item.start);
    boundaries.add(item.end);
  });
  const points = [...boundaries].sort((a, b) => a - b);

  const out: string[] = [];
  // Open items in item order (the order of `items`), which is also the nesting order.
  const active: number[] = [];
  let open: number[] = [];
  for (let p = 0; p < points.length - 1; p++) {
    const at = points[p]!;
    for (const index of ends.get(at) ?? []) active.splice(active.indexOf(index), 1);
    for (const index of starts.get(at) ?? []) insertSorted(active, index);
    // Keep the open spans that are a prefix of the wanted ones; close the rest and open what is missing.
    let keep = 0;
    while (keep < open.length && keep < active.length && open[keep] === active[keep]) keep++;
    for (let i = open.length - 1; i >= keep; i--) out.push('</span>');
    for (let i = keep; i < active.length; i++) out.push(openTag(items[active[i]!]!, active[i]!));
    open = active.slice();
    out.push(escapeHtml(source.slice(at, points[p + 1]!)));
  }
  for (let i = open.length - 1; i >= 0; i--) out.push('</span>');
  return out.join('');
}

function openTag(item: ExplainItem, index: number): string {
  const classes = item.variant ? `hl ${item.layer} ${item.variant}` : `hl ${item.layer}`;
  const style = item.colour ? ` style="--c:${escapeHtml(item.colour)}"` : '';
  return `<span class="${escapeHtml(classes)}" data-i="${index}" data-layer="${item.layer}"${style}>`;
}

function push(map: Map<number, number[]>, key: number, value: number): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Inserts into an ascending list; open items are few, so a linear scan is enough. */
function insertSorted(list: number[], value: number): void {
  let i = list.length;
  while (i > 0 && list[i - 1]! > value) i--;
  list.splice(i, 0, value);
}
