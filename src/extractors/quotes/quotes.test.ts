import { describe, expect, it } from 'vitest';
import { createParser, defaultExtractors } from '../../index.js';
import { quotesExtractor } from './index.js';

const alone = createParser({ extractors: [quotesExtractor] });
const full = createParser({ extractors: defaultExtractors });

// An invented article: every kind of quote, pronouns, surnames, honorifics and a scare quote.
const ARTICLE = [
  'Harbour town votes on new ferry link',
  '',
  'The council of Westhaven met on Tuesday to vote on the ferry link. According to local media, the vote was close, and the Harbour Authority has confirmed that the first sailing is planned for May.',
  '',
  'Marta Olsen, the head of transport at Westhaven Council, believes that the link will double visitor numbers. Olsen asserts that the harbour can take the extra traffic.',
  '',
  '"We have waited ten years for this," said Mr Brennan, a local ferry captain. "It changes everything for the island."',
  '',
  'Daniel Brennan added that fares would stay low. He said: "Nobody should pay more to cross the water than to cross the town."',
  '',
  'Critics of the plan called it a "vanity project" in letters to the paper.',
  '',
  '"The numbers do not add up," she said, "and the council knows it."',
  '',
  'The timetable will be published next month, the Harbour Authority said.',
].join('\n');

const byText = <Q extends { text: string }>(quotes: readonly Q[], start: string): Q | undefined => quotes.find((q) => q.text.startsWith(start));

describe('quotes', () => {
  const { quotes } = alone.parse(ARTICLE, { format: 'text' });

  it('finds reported speech introduced by according to and by a cue with that', () => {
    expect(byText(quotes, 'the vote was close')).toMatchObject({ kind: 'indirect', cue: 'According to', speaker: { name: 'local media' } });
    expect(byText(quotes, 'the first sailing')).toMatchObject({ kind: 'indirect', cue: 'confirmed', speaker: { name: 'Harbour Authority' } });
  });

  it('gives a speaker the title from an apposition and the fullest name for a surname', () => {
    expect(byText(quotes, 'the link will double')?.speaker).toEqual({ name: 'Marta Olsen', title: 'the head of transport at Westhaven Council', entityId: null });
    expect(byText(quotes, 'the harbour can take')?.speaker?.name).toBe('Marta Olsen');
  });

  it('finds direct quotes with the attribution after, before and in the middle', () => {
    const first = byText(quotes, 'We have waited');
    expect(first).toMatchObject({ kind: 'direct', cue: 'said', speaker: { name: 'Daniel Brennan', title: 'a local ferry captain' } });
    expect(byText(quotes, 'Nobody should pay')).toMatchObject({ kind: 'direct', speaker: { name: 'Daniel Brennan' } });
    const a = byText(quotes, 'The numbers do not');
    const b = byText(quotes, 'and the council knows');
    expect(a?.group).not.toBeNull();
    expect(a?.group).toBe(b?.group);
  });

  it('keeps the content only, with offsets into the input', () => {
    for (const quote of quotes) {
      expect(ARTICLE.slice(quote.start, quote.end)).toBe(quote.text);
      expect(quote.text).not.toMatch(/^["“]/u);
    }
  });

  it('continues an unattributed quote with the previous speaker and resolves pronouns in gender', () => {
    expect(byText(quotes, 'It changes everything')?.speaker?.name).toBe('Daniel Brennan');
    // `she` skips the last speaker, Daniel, for the last woman named.
    expect(byText(quotes, 'The numbers do not')?.speaker?.name).toBe('Marta Olsen');
  });

  it('reads according to at the end of a paragraph, where no apposition follows', () => {
    const last = alone.parse('Ferry plans\n\nAccording to local media, the vote was close.', { format: 'text' }).quotes;
    expect(last).toEqual([expect.objectContaining({ text: 'the vote was close', cue: 'According to', speaker: { name: 'local media', title: null, entityId: null } })]);
  });

  it('reads a report closed by its attribution', () => {
    expect(byText(quotes, 'The timetable will be published')).toMatchObject({ kind: 'indirect', speaker: { name: 'Harbour Authority' } });
  });

  it('leaves scare quotes alone', () => {
    expect(quotes.some((q) => q.text === 'vanity project')).toBe(false);
  });

  it('links speakers to entities when the entities extractor runs', () => {
    const linked = full.parse(ARTICLE, { format: 'text' }).quotes;
    const olsen = byText(linked, 'the link will double');
    expect(olsen?.speaker?.name).toBe('Marta Olsen');
    expect(olsen?.speaker?.entityId).toMatch(/olsen/u);
  });

  it('takes a speaker’s full name from a paragraph that quotes no one, where the entities extractor gives only the surname', () => {
    const text = 'Harbour link opens\n\nFlorent Tavel is a former ferry captain and a lifelong sailor.\n\nBut on Thursday night at the council meeting, he spoke out against the plan.\n\nTavel, 33, said the quay would never take the traffic.';
    expect(byText(full.parse(text, { format: 'text' }).quotes, 'the quay would never')?.speaker?.name).toBe('Florent Tavel');
  });

  it('names a linked person without the words before their name that describe them', () => {
    const text = 'Ferry fares\n\nMark Tollan runs the ferry company. Westhaven’s Marta Olsen said the harbour can take the extra traffic. Billionaire Mark Tollan said the plan would fail.';
    const linked = full.parse(text, { format: 'text' }).quotes;
    expect(byText(linked, 'the harbour can take')?.speaker?.name).toBe('Marta Olsen');
    expect(byText(linked, 'the plan would fail')?.speaker?.name).toBe('Mark Tollan');
  });

  it('names a speaker with a middle initial in full, first name included', () => {
    const text = 'Harbour link\n\nHarbour officials met on Monday. Edward P. Tollan, who runs the port, said the quay would reopen within a year.';
    expect(byText(full.parse(text, { format: 'text' }).quotes, 'the quay would reopen')?.speaker?.name).toBe('Edward P. Tollan');
  });

  it('reads a mixed quote and a Markdown block quote', () => {
    const mixed = alone.parse('The mayor, Ann Lee, warned that the plan could be "crippled" by delays.', { format: 'text' }).quotes;
    expect(mixed[0]).toMatchObject({ kind: 'mixed', speaker: { name: 'Ann Lee' }, text: 'the plan could be "crippled" by delays' });
    const block = alone.parse('# Notes\n\nIn a letter, the harbour master wrote:\n\n> The quay must close for repairs before the winter storms.\n', { format: 'markdown' }).quotes;
    expect(block[0]).toMatchObject({ kind: 'block', speaker: { name: 'harbour master' }, text: 'The quay must close for repairs before the winter storms.' });
  });

  const reports = (line: string) => alone.parse(`Ferry plans\n\n${line}`, { format: 'text' }).quotes;

  it('gives a participle clause after an attribution the same speaker', () => {
    const quotes = reports('"The fares are fair," Ines Ruiz said, adding the ferry would run all winter.');
    expect(byText(quotes, 'the ferry would run')).toMatchObject({ kind: 'indirect', cue: 'adding', speaker: { name: 'Ines Ruiz' } });
    const told = reports('"We are ready," Tom Hale told the council, arguing that the quay was safe.');
    expect(byText(told, 'the quay was safe')).toMatchObject({ cue: 'arguing', speaker: { name: 'Tom Hale' } });
  });

  it('reads a common-noun subject after a conjunction that opens the sentence', () => {
    expect(byText(reports('But harbour workers say the channel is too shallow for the new boats.'), 'the channel is')).toMatchObject({
      cue: 'say',
      speaker: { name: 'harbour workers' },
    });
    expect(byText(reports('After island residents complained that the boats were late, the timetable changed.'), 'the boats were late')).toMatchObject({
      speaker: { name: 'island residents' },
    });
  });

  it('remembers a name without the title words that open its run, and the title with it', () => {
    const quotes = alone.parse('Ferry plans\n\nDeputy Prime Minister John Prescott visited the quay.\n\nPrescott said the boats would run all winter.', { format: 'text' }).quotes;
    expect(byText(quotes, 'the boats')?.speaker).toEqual({ name: 'John Prescott', title: 'Deputy Prime Minister', entityId: null });
  });

  it('treats a coordinated subject as plural for a bare cue', () => {
    expect(byText(reports('Ms. Lund and Mr. Berg say the quay needs repairs before winter.'), 'the quay needs')).toMatchObject({ cue: 'say' });
  });

  it('reads a speaker whose head noun takes a prepositional phrase', () => {
    const quotes = reports('Local officials from both harbours say the new boats scare the fish away.');
    expect(byText(quotes, 'the new boats')).toMatchObject({ cue: 'say', speaker: { name: 'Local officials from both harbours' } });
    const named = reports('Two advisers to Mayor Lund say the vote will pass next week.');
    expect(byText(named, 'the vote will pass')?.speaker?.name).toBe('Two advisers to Mayor Lund');
    // A role word before the name keeps the name as the speaker.
    const role = reports('Ferry spokeswoman for residents Ana Lund said: "The boats will run."');
    expect(byText(role, 'The boats will run')?.speaker?.name).toBe('Ana Lund');
  });

  it('reads a block quote that carries its own marks and attribution as a direct quote', () => {
    const source = '# Notes\n\n> "The quay must close before winter," said Ines Ruiz, the harbour master.\n';
    const [quote] = alone.parse(source, { format: 'markdown' }).quotes;
    expect(quote).toMatchObject({ kind: 'direct', cue: 'said', speaker: { name: 'Ines Ruiz' }, text: 'The quay must close before winter,' });
  });
});
