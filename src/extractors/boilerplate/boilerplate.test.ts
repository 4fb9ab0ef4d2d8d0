import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Analysis } from '../../analysis/context.js';
import { loadDocument } from '../../input/index.js';
import { createParser } from '../../pipeline/parser.js';
import { bodyExtractor } from '../body/index.js';
import { bylineExtractor } from '../byline/index.js';
import { datelineExtractor } from '../dateline/index.js';
import { headlineExtractor } from '../headline/index.js';
import { findBoilerplate } from './detect.js';
import { boilerplateExtractor } from './index.js';
import { isHeadlineShaped, labelKey, splitRelatedLabel } from './text.js';

const parser = createParser({
  extractors: [headlineExtractor, bylineExtractor, datelineExtractor, boilerplateExtractor, bodyExtractor],
});
const parse = (source: string, format: 'text' | 'markdown' = 'text') => parser.parse(source, { format });
const litter = (source: string, format: 'text' | 'markdown' = 'text') =>
  parse(source, format).boilerplate.map((b) => [b.kind, b.text]);

const BODY = [
  'The city council approved the new tram line on Tuesday after a long debate about its cost.',
  'Work on the first section will start in March and is expected to take two years.',
  'Opponents said the money would be better spent on buses, but the vote was not close.',
];
/** A headline, three body paragraphs, and the given lines spliced in after the second. */
const article = (...lines: string[]) =>
  ['Council approves tram line after long debate', '', BODY[0], '', BODY[1], '', ...lines.flatMap((l) => [l, '']), BODY[2]].join('\n');

describe('boilerplate', () => {
  it('finds related lines, share labels and recommendation headers', () => {
    const source = article('Read Also: Bus fares to rise in January', 'Share post:', 'More like this');
    expect(litter(source)).toEqual([
      ['related', 'Read Also: Bus fares to rise in January'],
      ['share', 'Share post:'],
      ['recommendations', 'More like this'],
    ]);
  });

  it('recognises each kind the issue names', () => {
    const cases: Array<[string, string]> = [
      ['related', 'READ MORE: Why the old bridge is closing'],
      ['related', 'Related: Mayor defends budget plan'],
      ['related', '>>Tram drivers vote to strike over pay'],
      ['related', '[Council leader quits after six years in office]'],
      ['share', 'Share on Facebook'],
      ['share', 'Tweet'],
      ['share', 'Google Pinterest Digg Linkedin Reddit StumbleUpon'],
      ['ad', 'ADVERTISEMENT'],
      ['ad', 'Sponsored'],
      ['credit', 'Featured image via Wikimedia Commons'],
      ['credit', 'Photo: Anna Berg/Reuters'],
      ['credit', 'Courtesy of the City Archive'],
      ['newsletter', 'Sign up for our morning newsletter'],
      ['newsletter', 'Follow us on Instagram'],
      ['newsletter', 'To understand the city budget - subscribe to The Ledger'],
      ['newsletter', 'Subscribe to The Ledger'],
      ['embed', 'pic.twitter.com/abc123'],
      ['embed', '— Jo Lane (@jolane) March 4, 2024'],
      ['footer', '© 2024 The Ledger. All rights reserved.'],
      ['footer', 'Leave a comment'],
      ['footer', '12 Comments'],
      ['footer', 'This article originally appeared on The Conversation.'],
      ['credit', '(AP Photo/Jo Lane)'],
      ['credit', '(Reporting by Jo Lane; Editing by Sam Roe)'],
      ['credit', 'Photo by Sam Roe on Unsplash'],
      ['ad', 'Advertisement - Continue Reading Below'],
      ['footer', 'Filed under Transport'],
      ['related', 'ALSO READ | Tram fares frozen for a year'],
      ['newsletter', 'Click here to get our weekly newsletter'],
      ['share', 'Share via email'],
    ];
    for (const [kind, line] of cases) expect(litter(article(line)), line).toEqual([[kind, line]]);
  });

  it('reads Spanish, French and German labels', () => {
    expect(litter(article('Lee también: El tranvía llega al puerto'))).toEqual([['related', 'Lee también: El tranvía llega al puerto']]);
    expect(litter(article('À lire aussi : Le tramway arrive au port'))).toEqual([['related', 'À lire aussi : Le tramway arrive au port']]);
    expect(litter(article('Anzeige'))).toEqual([['ad', 'Anzeige']]);
    expect(litter(article('Partager'))).toEqual([['share', 'Partager']]);
  });

  it('takes the headline lines under a recommendations header, up to the next prose', () => {
    const source = [
      'Council approves tram line after long debate',
      '',
      BODY[0],
      '',
      BODY[1],
      '',
      'You may also like',
      '',
      'Harbour ferry returns after a winter break',
      '',
      'Ten years of the ring road: what changed',
      '',
      'Residents will be able to comment on the plans at the town hall until the end of the month.',
    ].join('\n');
    const found = litter(source);
    expect(found.map(([kind]) => kind)).toEqual(['recommendations', 'recommendations', 'recommendations']);
    expect(parse(source).body.paragraphs.map((p) => p.text)).toContain(
      'Residents will be able to comment on the plans at the town hall until the end of the month.',
    );
  });

  it('takes a Markdown list of links under a related header', () => {
    const source = [
      '# Council approves tram line',
      '',
      BODY[0],
      '',
      BODY[1],
      '',
      '## Related stories',
      '',
      '- [Bus fares to rise](https://example.test/fares)',
      '- [Tram drivers vote to strike](https://example.test/strike)',
    ].join('\n');
    expect(litter(source, 'markdown').map(([kind]) => kind)).toEqual(['related', 'related', 'related']);
  });

  it('cuts the litter sentences out of a paragraph that is only partly litter', () => {
    const source = article(`${BODY[2]} Follow us on Twitter. Sign up for our newsletter.`);
    const result = parse(source);
    expect(result.boilerplate).toHaveLength(1);
    const [span] = result.boilerplate;
    expect(span!.kind).toBe('newsletter');
    expect(span!.text).toBe('Follow us on Twitter. Sign up for our newsletter.');
    expect(source.slice(span!.start, span!.end)).toBe(span!.text);
    expect(result.body.paragraphs.filter((p) => p.text === BODY[2])).toHaveLength(2);
  });

  it('cuts the link and attribution of an embed but keeps the text of the post', () => {
    const tweet = 'The tram is late again https://pic.twitter.com/abc123 — Jo Lane (@jolane) March 4, 2024';
    const result = parse(article(tweet));
    expect(result.boilerplate.map((b) => [b.kind, b.text])).toEqual([['embed', 'https://pic.twitter.com/abc123 — Jo Lane (@jolane) March 4, 2024']]);
    expect(result.body.paragraphs.map((p) => p.text)).toContain('The tram is late again');
  });

  it('gives HTML litter its text without the markup', () => {
    const source = `# Tram line approved\n\n${BODY[0]}\n\n**Advertisement**\n\n[Share on Facebook](https://www.facebook.com/sharer/sharer.php?u=x)\n`;
    const document = { ...loadDocument(source, 'markdown', []), format: 'html' as const };
    expect(findBoilerplate(new Analysis(document)).map((b) => [b.kind, b.text])).toEqual([
      ['ad', 'Advertisement'],
      ['share', 'Share on Facebook'],
    ]);
  });

  it('takes a whole author bio near the end, with the follow and share calls in it', () => {
    const bio =
      'Ann Reed is a reporter and editor at The Ledger. She lives by the river with two cats. Follow Ann on Twitter. Share this:';
    expect(litter(article() + '\n\n' + bio)).toEqual([['footer', bio]]);
  });

  it('finds metadata lines, editor\'s notes, source lines and captions that end on a credit', () => {
    expect(litter(article('March 4, 2021 By Dana Reyes Leave a Comment'))).toEqual([['byline', 'March 4, 2021 By Dana Reyes Leave a Comment']]);
    expect(litter(article('Posted 4/3/2021 · 12 comments'))).toEqual([['byline', 'Posted 4/3/2021 · 12 comments']]);
    expect(litter(article('[Ed. – An earlier version of this story gave the wrong date for the vote.]'))).toEqual([
      ['note', '[Ed. – An earlier version of this story gave the wrong date for the vote.]'],
    ]);
    expect(litter(article("Editor's note: This story has been updated with the council's response."))).toEqual([
      ['note', "Editor's note: This story has been updated with the council's response."],
    ]);
    expect(litter(article('Source: Transit Weekly'))).toEqual([['credit', 'Source: Transit Weekly']]);
    expect(litter(article('A tram on the test track at the depot on Monday. (Photo: Sam Roe)'))).toEqual([
      ['credit', 'A tram on the test track at the depot on Monday. (Photo: Sam Roe)'],
    ]);
  });

  it('finds cookie notices and consent links, in any of several languages', () => {
    const notice = 'This site uses cookies to count visits and improve your experience. By browsing on, you agree to their use.';
    expect(litter(article(notice))).toEqual([['consent', notice]]);
    expect(litter(article('Cookie settings'))).toEqual([['consent', 'Cookie settings']]);
    const french = 'Ce site utilise des cookies pour améliorer votre navigation. En continuant, vous acceptez notre politique.';
    expect(litter(article(french))).toEqual([['consent', french]]);
  });

  it('keeps cookies that are food, and a cookie heading, in the body', () => {
    const lines = [
      'Bakery wins the county fair again',
      '',
      BODY[0],
      '',
      'Cookies',
      '',
      'The bakery sold four hundred cookies on the first day of the fair, more than the year before.',
      '',
      'Its oatmeal cookies won the prize, and the site of the fair will move next year.',
      '',
      BODY[2],
    ];
    expect(parse(lines.join('\n')).boilerplate).toEqual([]);
  });

  it("finds another story's teaser, its headline run into its summary", () => {
    const teaser = 'Harbour Crane Falls In Storm NightThe crane toppled into the water late on Sunday, the port said.';
    expect(litter(article(teaser))).toEqual([['teaser', teaser]]);
    const question = 'Will The Ferry Run Again?Owners say the old boat could be back on the water by the spring.';
    expect(litter(article(question))).toEqual([['teaser', question]]);
  });

  it('keeps body sentences with names written in camel case', () => {
    const lines = [
      'Council approves tram line after long debate',
      '',
      BODY[0],
      '',
      'The iPhone maker and the McDonald family both backed the plan at the meeting on Monday.',
      '',
      'Now the City TransitLab team will test the trams on the new track for a month.',
      '',
      BODY[2],
    ];
    expect(parse(lines.join('\n')).boilerplate).toEqual([]);
  });

  it('keeps sentences that only mention a date, a byline word, a source or an editor', () => {
    const lines = [
      'Council approves tram line after long debate',
      '',
      BODY[0],
      '',
      'Two people were hurt by Police Street on March 3.',
      '',
      'The source of the money: a bond issue approved by voters in May 2019.',
      '',
      "The editor's notes from the meeting were published on Friday.",
      '',
      'Ed Miles, a councillor, voted against the plan (photographs of the site were shown).',
      '',
      BODY[2],
    ];
    const result = parse(lines.join('\n'));
    expect(result.boilerplate).toEqual([]);
  });

  it('keeps short body sentences, quotes, subheadings and colon lead-ins in the body', () => {
    const lines = [
      'Council approves tram line after long debate',
      '',
      BODY[0],
      '',
      'Share prices of the builder rose 4% on the news.',
      '',
      '"We will follow the plan," said the mayor.',
      '',
      'What happens next',
      '',
      'The mayor said:',
      '',
      '"Subscribe to the idea of public transport, and the rest follows."',
      '',
      'Advertising costs for the campaign were modest.',
      '',
      'Trending upward',
      '',
      'Photo opportunities were few.',
      '',
      '>> MAYOR LEE: We will build it on time.',
      '',
      '[The following has been edited for length]',
      '',
      'Getty Images said it had licensed the photographs.',
      '',
      'Register to vote before October.',
      '',
      'Sign up for a free trial before the offer ends.',
      '',
      'Join the resistance',
      '',
      BODY[2],
    ];
    const result = parse(lines.join('\n'));
    expect(result.boilerplate).toEqual([]);
    expect(result.body.paragraphs).toHaveLength(lines.filter((l) => l !== '').length - 1);
  });

  it('finds nothing in the clean articles of the dev set', () => {
    const dev = new URL('../../../../shared/corpus/dev/', import.meta.url);
    for (const name of ['bbc-business-014', 'bbc-entertainment-011', 'bbc-politics-001', 'bbc-tech-013']) {
      let input: string;
      try {
        input = (JSON.parse(readFileSync(new URL(`${name}.json`, dev), 'utf8')) as { input: string }).input;
      } catch {
        continue; // the shared corpus is not part of the package
      }
      expect(litter(input), name).toEqual([]);
    }
  });

  it('marks a label the page repeats three times', () => {
    const slot = 'Continue below';
    const source = [BODY[0], slot, BODY[1], slot, BODY[2], slot, BODY[0]].join('\n\n');
    expect(litter(`Tram line approved\n\n${source}`).map(([kind]) => kind)).toEqual(['other', 'other', 'other']);
  });

  it('keeps a repeated section, such as a table printed twice', () => {
    const section = ['Morning meal', 'Eat within an hour of waking', 'Evening meal', 'Eat three hours before bed'];
    const source = ['Tram line approved', BODY[0], ...section, ...section, ...section, BODY[1]].join('\n\n');
    expect(litter(source)).toEqual([]);
  });

  it('marks short colon labels with nothing but litter after them at the end', () => {
    const source = `${article()}\n\nTeile diesen Beitrag:\n\nAdvertisement`;
    expect(litter(source)).toEqual([
      ['other', 'Teile diesen Beitrag:'],
      ['ad', 'Advertisement'],
    ]);
  });

  it('gives offsets that slice to the text, in source order', () => {
    const source = article('Read Also: Bus fares to rise', 'Photo: Jo Lane', 'Share this');
    const spans = parse(source).boilerplate;
    for (const span of spans) expect(source.slice(span.start, span.end)).toBe(span.text);
    expect(spans.map((s) => s.start)).toEqual([...spans.map((s) => s.start)].sort((a, b) => a - b));
  });
});

describe('boilerplate on bad input', () => {
  const run = (source: string) => findBoilerplate(new Analysis(loadDocument(source, 'text', [])));

  it('takes every line of a text made of `Read Also: x` lines, and grows linearly', () => {
    // The first line is taken for the headline; every other line is litter.
    const lines = 'Read Also: x\n'.repeat(20_000);
    expect(run(lines)).toHaveLength(19_999);
    expect(run(lines + lines)).toHaveLength(39_999);
  });

  it('keeps the body of a text with 100k empty lines', () => {
    const source = `Tram line approved\n\n${BODY[0]}${'\n'.repeat(100_000)}${BODY[1]}`;
    expect(run(source)).toEqual([]);
    expect(parse(source).body.paragraphs.map((p) => p.text)).toEqual([BODY[0], BODY[1]]);
  });

  it('takes a 1 MB line of network names as one share row', () => {
    const row = 'Google Pinterest Digg Linkedin Reddit '.repeat(27_000).trim();
    const found = run(`Tram line approved\n\n${BODY[0]}\n\n${row}`);
    expect(found.map((b) => [b.kind, b.text.length])).toEqual([['share', row.length]]);
  });

  it('leaves a line of 10k colons and a line of 100k spaces alone', () => {
    const source = `Tram line approved\n\n${BODY[0]}\n\n${':'.repeat(10_000)}\n\n${' :'.repeat(10_000)}x`;
    expect(run(source)).toEqual([]);
    expect(parse(source).body.paragraphs).toHaveLength(3);
  });
});

describe('boilerplate text helpers', () => {
  it('compares labels without case, markers or trailing punctuation', () => {
    expect(labelKey('  >> SHARE  Post: ')).toBe('share post');
    expect(labelKey('What’s Hot…')).toBe("what's hot");
    expect(labelKey(':'.repeat(10_000))).toBe('');
  });

  it('splits a related label from its title', () => {
    expect(splitRelatedLabel('Read Also: Kim to visit')).toEqual({ label: 'Read Also', title: 'Kim to visit', offset: 11 });
    expect(splitRelatedLabel('READ MORE Kim to visit')?.title).toBe('Kim to visit');
    expect(splitRelatedLabel('» Kim to visit')?.label).toBe('»');
    expect(splitRelatedLabel('The mayor: we will build it')).toBeNull();
  });

  it('tells a headline from a sentence', () => {
    expect(isHeadlineShaped('Brazil Invites Putin to G20 Summit Amid ICC Warrant')).toBe(true);
    expect(isHeadlineShaped('The council met on Tuesday.')).toBe(false);
    expect(isHeadlineShaped('Yes')).toBe(false);
  });
});
