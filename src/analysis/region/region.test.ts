import { describe, expect, it } from 'vitest';
import { ARTICLE_LINES_CONFIG } from '../../../scripts/article-lines.config.js';
import { textToDocument } from '../../input/text.js';
import { collectBlocks } from '../blocks.js';
import { FEATURE_COUNT, FEATURE_NAMES, lineFeatures, pageFunctionWordShare, shapeOf } from './features.js';
import { locateArticle } from './index.js';
import { bestSpan, CONTEXT_FEATURES } from './locate.js';
import { TITLE_FEATURES } from './title.js';
import { ARTICLE_LINES } from './weights.generated.js';

const MENU = ['Home', 'World', 'Politics', 'Business', 'Sport', 'Culture', 'Travel', 'Weather', 'Sign in', 'Search'];
const PARAGRAPHS = [
  'The council voted on Tuesday to close the old quarry road to lorries, after residents had complained for years about noise and dust in the village.',
  'Work on a bypass will start in the spring and should take about eighteen months, the council said, at a cost that it has not yet disclosed.',
  'Drivers who ignore the new signs will be fined, and cameras will be installed at both ends of the road before the ban takes effect in May.',
  '"It has been a long fight, but we are glad the council finally listened to us," said a member of the residents\' group that led the campaign.',
];
const FOOTER = ['About us', 'Contact', 'Privacy', 'Terms', 'Cookies', 'Careers', '© 2024 The Example Times'];

const locate = (text: string) => {
  const blocks = collectBlocks(textToDocument(text).tree);
  const region = locateArticle(blocks, text);
  return { kept: blocks.filter((b) => region?.keep[b.index] ?? true).map((b) => b.text), region };
};

describe('locateArticle', () => {
  it('keeps the article of a page dump and leaves its menu and footer out', () => {
    const page = [...MENU, '', 'Quarry road closed to lorries', '', ...PARAGRAPHS.flatMap((p) => [p, '']), ...FOOTER].join('\n');
    const { kept } = locate(page);
    // The title line may open the span: the headline extractor takes it out of the body.
    expect(kept.filter((t) => t !== 'Quarry road closed to lorries')).toEqual(PARAGRAPHS);
  });

  it('takes the title line above the article, not the site name or a menu word', () => {
    const page = [...MENU, 'The Example Times', '', 'Quarry road closed to lorries after years of complaints', '', 'By Jo Lane', '', ...PARAGRAPHS.flatMap((p) => [p, '']), ...FOOTER].join('\n');
    const blocks = collectBlocks(textToDocument(page).tree);
    const region = locateArticle(blocks, page);
    expect(blocks[region?.title ?? -1]?.text).toBe('Quarry road closed to lorries after years of complaints');
  });

  it('reads lines without a letter or digit as part of the run around them', () => {
    const page = [...MENU, '', ...PARAGRAPHS.flatMap((p) => [p, '\u200b', '']), ...FOOTER].join('\n');
    const { kept } = locate(page);
    expect(kept.filter((t) => t !== '\u200b')).toEqual(PARAGRAPHS);
  });

  it('finds no article in a text without prose', () => {
    const { kept, region } = locate([...MENU, ...FOOTER, ...MENU].join('\n'));
    expect(kept).toEqual([]);
    expect(region?.start).toBe(-1);
  });

  it('leaves a short text and an article without page chrome alone', () => {
    expect(locate('Headline here\n\nOne short line.\n\nAnother.').region).toBeNull();
    const article = ['Quarry road closed', ...PARAGRAPHS, 'Photo: Jo Lane', 'Read more', ...PARAGRAPHS].join('\n\n');
    expect(locate(article).region).toBeNull();
  });

  it('stays linear on a long dump', () => {
    const page = Array.from({ length: 20000 }, (_, i) => (i % 50 === 0 ? PARAGRAPHS[i % 4]! : MENU[i % 10]!)).join('\n');
    const started = performance.now();
    locate(page);
    // Generous: a quadratic pass over 20k lines would take minutes.
    expect(performance.now() - started).toBeLessThan(20000);
  });
});

describe('article line features', () => {
  it('writes one row of FEATURE_COUNT values per line', () => {
    const lines = PARAGRAPHS.map((text) => ({ text, blankBefore: true, blankAfter: true }));
    const features = lineFeatures(lines);
    expect(features.length).toBe(lines.length * FEATURE_COUNT);
    expect([...features].every(Number.isFinite)).toBe(true);
  });

  it('reads sentence punctuation, stop words and bullets', () => {
    const prose = shapeOf(PARAGRAPHS[0]!);
    expect(prose.endsSentence).toBe(true);
    expect(prose.stopWords).toBeGreaterThan(5);
    expect(shapeOf('* Home').bullet).toBe(true);
    expect(shapeOf('HOME | NEWS').upper).toBe(8);
  });

  it('counts stop words of up to five letters in any case, and no word with other characters', () => {
    // the, The, WITH, it, I, of (five letters at most); through is longer; it's and of, hold a mark; Kelvin-sign K and dotted İt are not ASCII.
    expect(shapeOf('the The WITH it I of through it\'s of, \u212Aing \u0130t xyz').stopWords).toBe(6);
  });

  it('finds a title-case headline glued to its summary, not a name written in camel case', () => {
    expect(shapeOf('Harbour Crane Falls In Storm NightThe crane fell into the water on Monday, the port said.').gluedTitle).toBe(true);
    expect(shapeOf('Will The Ferry Run Again?Owners say the boat may be back by the spring.').gluedTitle).toBe(true);
    expect(shapeOf('The iPhone maker said on Monday that it would sell more phones.').gluedTitle).toBe(false);
    expect(shapeOf('New Burger From McDonald Arrives in the spring and the fall.').gluedTitle).toBe(false);
    // Glued but all title case: a menu run, not a teaser.
    expect(shapeOf('Home Sports WeatherTraffic Video').gluedTitle).toBe(false);
  });

  it('counts lines that repeat but for their numbers as one template', () => {
    const texts = ['Rating: 36 Votes', 'A reader wrote a long comment about the port.', 'Rating: 7 Votes', 'Rating: 125 Votes'];
    const lines = texts.map((text) => ({ text, blankBefore: true, blankAfter: true }));
    const features = lineFeatures(lines);
    const template = FEATURE_NAMES.indexOf('repeats-as-template');
    const exact = FEATURE_NAMES.indexOf('repeats');
    expect(features[template]).toBeCloseTo(Math.log1p(2));
    expect(features[exact]).toBe(0);
    expect(features[FEATURE_COUNT + template]).toBe(0);
  });

  it('reads sentence ends and commas of text written without spaces', () => {
    const shape = shapeOf('今日は雨が降りましたが、試合は予定どおり行われました。');
    expect(shape.endsSentence).toBe(true);
    expect(shape.commas).toBe(1);
    expect(shape.stops).toBe(1);
  });

  it("measures a line's share of the page's own function words, in any language", () => {
    const portuguese = [
      'Início',
      'Esportes',
      'O conselho da cidade aprovou na terça-feira o fechamento da estrada da pedreira para os caminhões.',
      'A obra do desvio começa na primavera e deve levar cerca de dezoito meses, segundo o conselho da cidade.',
      'Os motoristas que ignorarem a nova sinalização serão multados, e as câmeras serão instaladas na estrada.',
    ].map((text) => ({ text, blankBefore: true, blankAfter: true }));
    const share = pageFunctionWordShare(portuguese, portuguese.map((l) => shapeOf(l.text)));
    expect(share[0]).toBe(0);
    expect(share[2]).toBeGreaterThan(0.3);
    // Each han or kana character is a token: particles recur in prose, not in a menu.
    const japanese = ['ホーム', '今日は雨が降りましたが、試合は予定どおりに行われました。', '選手たちは雨の中でも最後まで走り続けました。']
      .map((text) => ({ text, blankBefore: true, blankAfter: true }));
    const jshare = pageFunctionWordShare(japanese, japanese.map((l) => shapeOf(l.text)));
    expect(jshare[1]).toBeGreaterThan(jshare[0]!);
  });

  it('finds the best span by maximum subarray', () => {
    const shapes = ['a', 'b c d e', 'f g h i', 'j'].map(shapeOf);
    expect(bestSpan([0.1, 0.9, 0.8, 0.1], shapes, { threshold: 0.5, litterWords: 1 })).toEqual({ start: 1, end: 3 });
    // A short litter line between two body lines weighs like a longer one and parts them.
    const parted = ['a b c d e f', 'x', 'a b c d e f g h'].map(shapeOf);
    expect(bestSpan([0.9, 0.1, 0.9], parted, { threshold: 0.5, litterWords: 1 })).toEqual({ start: 0, end: 3 });
    expect(bestSpan([0.9, 0.1, 0.9], parted, { threshold: 0.5, litterWords: 20 })).toEqual({ start: 2, end: 3 });
  });
});

describe('generated article-line weights', () => {
  it('match the training configuration and the features the code computes', () => {
    expect(ARTICLE_LINES.config).toEqual(ARTICLE_LINES_CONFIG);
    expect(ARTICLE_LINES.features).toEqual(FEATURE_NAMES);
    expect(ARTICLE_LINES.contextFeatures).toEqual(CONTEXT_FEATURES);
    expect(ARTICLE_LINES.lines.trees).toHaveLength(ARTICLE_LINES_CONFIG.boost.rounds);
    const splitFeatures = ARTICLE_LINES.lines.trees.flatMap((t) => t.feature);
    expect(splitFeatures.every((f) => f >= -1 && f < FEATURE_COUNT)).toBe(true);
    expect(ARTICLE_LINES.context.weights).toHaveLength(CONTEXT_FEATURES.length);
    expect(ARTICLE_LINES.titleFeatures).toEqual(TITLE_FEATURES);
    expect(ARTICLE_LINES.title.weights).toHaveLength(TITLE_FEATURES.length);
  });
});
