import type { Share, ShareNetwork } from '../../model/article.js';

/** What a share-intent URL carries. */
export interface ShareContent {
  url: string;
  title: string | null;
  description: string | null;
  hashtags: readonly string[];
}

type Build = (content: ShareContent) => string;

const withQuery = (base: string, params: Record<string, string>): string => {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value !== '') query.set(key, value);
  return `${base}?${query.toString()}`;
};

const NETWORKS: ReadonlyArray<[ShareNetwork, Build]> = [
  [
    'x',
    (c) =>
      withQuery('https://x.com/intent/tweet', {
        text: c.title ?? '',
        url: c.url,
        hashtags: c.hashtags.map((h) => h.slice(1)).join(','),
      }),
  ],
  ['facebook', (c) => withQuery('https://www.facebook.com/sharer/sharer.php', { u: c.url })],
  ['linkedin', (c) => withQuery('https://www.linkedin.com/sharing/share-offsite/', { url: c.url })],
  ['reddit', (c) => withQuery('https://www.reddit.com/submit', { url: c.url, title: c.title ?? '' })],
  ['whatsapp', (c) => withQuery('https://api.whatsapp.com/send', { text: c.title ? `${c.title} ${c.url}` : c.url })],
  ['telegram', (c) => withQuery('https://t.me/share/url', { url: c.url, text: c.title ?? '' })],
  [
    'email',
    // Mail clients read `+` literally, so spaces become %20 (URLSearchParams writes a real `+` as %2B).
    (c) =>
      withQuery('mailto:', {
        subject: c.title ?? '',
        body: c.description ? `${c.description}\n\n${c.url}` : c.url,
      })
        .replaceAll('+', '%20'),
  ],
];

/**
 * Share-intent URLs for x, facebook, linkedin, reddit, whatsapp, telegram and email, every
 * parameter encoded with `URLSearchParams`.
 *
 * @param content The article's URL, title, description and hashtags.
 */
export function shareTargets(content: ShareContent): Share['targets'] {
  return NETWORKS.map(([network, build]) => ({ network, url: build(content) }));
}
