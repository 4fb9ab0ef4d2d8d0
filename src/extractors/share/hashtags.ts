/** How many hashtags a share carries at most. */
export const HASHTAG_LIMIT = 3;

const TAGGABLE = new Set(['person', 'organization', 'place']);

interface EntityLike {
  name: string;
  type: string;
  salience: number;
}

/**
 * Hashtags for sharing: the most salient people, organisations and places when the entities
 * extractor ran (`Kim Jong Un` → `#KimJongUn`), else the page's keywords, else none. Reads
 * `entities` defensively: it may be absent or come from a user's own extractor.
 *
 * @param entities The `entities` result, whatever its shape (optional).
 * @param keywords The page's stated keywords (optional).
 */
export function hashtagsFrom(entities: unknown, keywords: readonly string[] | undefined): string[] {
  const tags: string[] = [];
  const add = (name: string) => {
    const tag = toHashtag(name);
    if (tag && !tags.some((t) => t.toLowerCase() === tag.toLowerCase())) tags.push(tag);
  };
  const ranked = Array.isArray(entities) ? entities.filter(isTaggable).sort((a, b) => b.salience - a.salience) : [];
  for (const entity of ranked) {
    if (tags.length >= HASHTAG_LIMIT) break;
    add(entity.name);
  }
  if (tags.length === 0) {
    for (const keyword of keywords ?? []) {
      if (tags.length >= HASHTAG_LIMIT) break;
      if (typeof keyword === 'string') add(keyword);
    }
  }
  return tags;
}

function isTaggable(value: unknown): value is EntityLike {
  if (typeof value !== 'object' || value === null) return false;
  const entity = value as Partial<EntityLike>;
  return (
    typeof entity.name === 'string' &&
    typeof entity.type === 'string' &&
    TAGGABLE.has(entity.type) &&
    typeof entity.salience === 'number' &&
    Number.isFinite(entity.salience)
  );
}

/** `Kim Jong Un` → `#KimJongUn`: words capitalised and joined, anything but letters and digits dropped. */
export function toHashtag(name: string): string | null {
  if (name.length > 100) return null;
  // An ASCII name (most) is read with ASCII classes, the same there as the `\p{…}` ones, which
  // are costly to compile on a first parse.
  const ascii = !NON_ASCII.test(name);
  // Apostrophes join (`St. Mary's` → `StMarys`); every other mark splits words.
  const words = (ascii ? name.replace(/'/g, '').match(/[A-Za-z0-9]+/g) : name.normalize('NFKC').replace(/['’]/g, '').match(/[\p{L}\p{N}]+/gu)) ?? [];
  const body = words.map((w) => w[0]!.toUpperCase() + w.slice(1)).join('');
  // A hashtag needs a letter; `#2024` alone reads as a number.
  return (ascii ? /[A-Za-z]/.test(body) : /\p{L}/u.test(body)) && body.length <= 60 ? `#${body}` : null;
}

const NON_ASCII = /[^\x00-\x7f]/;
