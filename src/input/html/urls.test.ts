import { describe, expect, it } from 'vitest';
import type { InputProblem } from '../document.js';
import { parseHtml } from './dom.js';
import { gatherSources } from './metadata.js';
import { urlResolver } from './urls.js';

const base = (html: string) => gatherSources(parseHtml(html, []).root).base;

describe('urlResolver', () => {
  it('resolves against <base href>, itself relative to the page URL', () => {
    const urls = urlResolver(base('<base href="/news/">'), 'https://example.com/a/b', []);
    expect(urls.resolve('story.html')).toBe('https://example.com/news/story.html');
  });

  it('falls back to the page URL and leaves links alone without one', () => {
    expect(urlResolver(undefined, 'https://example.com/a/b', []).resolve('../c')).toBe('https://example.com/c');
    expect(urlResolver(undefined, undefined, []).resolve(' /c ')).toBe('/c');
  });

  it('falls back to the page’s absolute canonical address without a url option', () => {
    expect(urlResolver(undefined, undefined, [], 'https://example.com/news/story').resolve('/img/a.jpg')).toBe('https://example.com/img/a.jpg');
    expect(urlResolver(undefined, undefined, [], '/relative/canonical').resolve('/img/a.jpg')).toBe('/img/a.jpg');
  });

  it('ignores an invalid base with a diagnostic', () => {
    const problems: InputProblem[] = [];
    const urls = urlResolver(base('<base href="http://[bad">'), 'https://example.com/x/', problems);
    expect(urls.resolve('y')).toBe('https://example.com/x/y');
    expect(problems.map((p) => p.code)).toEqual(['html-invalid-base']);
  });

  it('reports an invalid url option', () => {
    const problems: InputProblem[] = [];
    expect(urlResolver(undefined, 'not a url', problems).resolve('a')).toBe('a');
    expect(problems.map((p) => p.code)).toEqual(['html-invalid-url']);
  });
});
