/**
 * How an mdast text node's value maps back onto the source when it is not the source as written: HTML text
 * (white space collapsed, character references decoded), a degraded Markdown stretch (lines joined, container
 * markers dropped). `collectBlocks` reads it to map block text to source offsets.
 */
declare module 'mdast' {
  interface TextData {
    /**
     * Pairs `[value offset, source offset]` where a piece starts, each piece ending where the next starts,
     * the last at the node's end. Offsets inside a piece whose value and source lengths agree map exactly.
     */
    sourceMap?: number[];
  }
}

/**
 * The pairs `[value offset, source offset]` without those inside a stretch that maps one to one; null when
 * the whole value of `length` maps one to one onto the source up to `end`.
 */
export function compactSourceMap(map: readonly number[], length: number, end: number): number[] | null {
  const kept = [map[0]!, map[1]!];
  for (let i = 2; i < map.length; i += 2) {
    const text = map[i]!;
    const source = map[i + 1]!;
    const nextText = i + 2 < map.length ? map[i + 2]! : length;
    const nextSource = i + 2 < map.length ? map[i + 3]! : end;
    // The piece before and the piece after both in step: the boundary between them says nothing.
    const before = text - kept[kept.length - 2]! === source - kept[kept.length - 1]!;
    if (before && nextText - text === nextSource - source) continue;
    kept.push(text, source);
  }
  return kept.length === 2 && kept[0] === 0 && length === end - kept[1]! ? null : kept;
}
