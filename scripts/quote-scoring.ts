// What the quotes training scripts share: the split of polnear-train by article (scripts/quotes-split.mjs
// writes the same parts) and the scorer's criteria (../shared/eval/score.mjs), so that a training label
// means what the scorer will count.
import { createHash } from 'node:crypto';

/** The first byte of sha256(salt + id): splits and folds by article, stable across runs and machines. */
export const idByte = (salt: string, id: string): number => createHash('sha256').update(`${salt}${id}`).digest()[0]!;

/** The scorer's normalisation: NFKC, straight quotation marks and hyphens, one space, lower case. */
export const norm = (s: string): string =>
  s.normalize('NFKC').replace(/[‘’‛′]/g, "'").replace(/[“”„″]/g, '"').replace(/[–—]/g, '-').replace(/\s+/g, ' ').trim().toLowerCase();

/** The scorer's tokens of a quote's text. */
export const tokens = (s: string): string[] => norm(s).split(/[^\p{L}\p{N}']+/u).filter(Boolean);

/** Token F1 of two token lists, counting each token as often as both have it: the scorer's span match. */
export function overlap(a: readonly string[], b: readonly string[]): number {
  if (!a.length || !b.length) return 0;
  const counts = new Map<string, number>();
  for (const t of b) counts.set(t, (counts.get(t) ?? 0) + 1);
  let common = 0;
  for (const t of a) {
    const n = counts.get(t);
    if (n) {
      common++;
      counts.set(t, n - 1);
    }
  }
  const p = common / a.length;
  const r = common / b.length;
  return p + r ? (2 * p * r) / (p + r) : 0;
}
