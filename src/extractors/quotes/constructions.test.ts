import { describe, expect, it } from 'vitest';
import { createParser, parseArticle } from '../../index.js';
import { quotesExtractor } from './index.js';

const alone = createParser({ extractors: [quotesExtractor] });

/** The quotes of an invented article made of the given paragraphs, after a headline. */
function quotesOf(...paragraphs: string[]) {
  return alone.parse(['Council debates the harbour plan', '', ...paragraphs].join('\n\n'), { format: 'text' }).quotes;
}

const byText = <Q extends { text: string }>(quotes: readonly Q[], start: string): Q | undefined => quotes.find((q) => q.text.startsWith(start));

describe('reported speech beyond said-that', () => {
  it('reads verbs that report only in some uses where the learned cue model accepts them', () => {
    const quotes = quotesOf(
      'The harbour vote was held on Tuesday.',
      'Mayor Ana Ortiz explained the delay had come from a supplier in the north.',
      'Ortiz has long wanted a second bridge across the river to the old town.',
    );
    expect(byText(quotes, 'the delay had come')).toMatchObject({ kind: 'indirect', cue: 'explained', speaker: { name: 'Ana Ortiz' } });
    expect(byText(quotes, 'a second bridge')).toBeUndefined();
  });

  it('reads a subject past `both`, `only` and `all` before the cue', () => {
    const quotes = quotesOf(
      'The harbour vote was held on Tuesday.',
      'Mayor Ana Ortiz and Captain Tomas Berg have both argued that the ferry should run all winter.',
      'The harbour pilots have all said that the new pier is too short.',
    );
    expect(byText(quotes, 'the ferry should run')?.speaker?.name).not.toMatch(/\bboth\b/);
    expect(byText(quotes, 'the new pier')?.speaker?.name).toBe('harbour pilots');
  });

  it('gives a participle report the subject after an opening participle phrase, and a progressive verb its subject', () => {
    const quotes = quotesOf(
      'The harbour vote was held on Tuesday.',
      'Facing mounting criticism from the crews, Mayor Ana Ortiz released a statement on Sunday, describing the delay as regrettable.',
    );
    expect(byText(quotes, 'the delay as regrettable')).toMatchObject({ cue: 'describing', speaker: { name: 'Ana Ortiz' } });
  });

  it('reads subjects that are neither names nor roles', () => {
    const quotes = quotesOf(
      'The harbour vote was held on Tuesday.',
      'Fishing crews say the new quay will crowd their moorings.',
      'Only 40 percent said they would use the ferry.',
    );
    expect(byText(quotes, 'the new quay')).toMatchObject({ kind: 'indirect', speaker: { name: 'Fishing crews' } });
    expect(byText(quotes, 'they would use')).toMatchObject({ kind: 'indirect', speaker: { name: 'Only 40 percent' } });
  });

  it('reads counts and shares as plural subjects, and a clause opening with a contracted pronoun', () => {
    const quotes = quotesOf(
      'The harbour vote was held on Tuesday.',
      'Six in 10 say they’re ready to pay more for the ferry.',
      'In the two villages, about half of residents say the quay is too small.',
    );
    expect(byText(quotes, 'they’re ready')).toMatchObject({ kind: 'indirect', speaker: { name: 'Six in 10' } });
    expect(byText(quotes, 'the quay is too small')).toMatchObject({ kind: 'indirect', speaker: { name: 'half of residents' } });
  });

  it('gives a second verb after a quotation the subject of the first, and each its own report', () => {
    const quotes = quotesOf('The harbour vote was held on Tuesday.', 'Ivo Marsh suggested that the plan was “a folly” and argued that the town could not pay for it.');
    expect(byText(quotes, 'the plan was')).toMatchObject({ kind: 'mixed', speaker: { name: 'Ivo Marsh' } });
    expect(byText(quotes, 'the plan was')!.text).not.toContain('argued');
    expect(byText(quotes, 'the town could not')).toMatchObject({ kind: 'indirect', speaker: { name: 'Ivo Marsh' } });
  });

  it('ends a report before a non-restrictive relative clause of the writer’s', () => {
    const quotes = quotesOf('The harbour vote was held on Tuesday.', 'Olsen later said the ferry would be late, which angered the fishing crews.');
    expect(byText(quotes, 'the ferry would be late')?.text).toBe('the ferry would be late');
  });

  it('reads a participle report whose subject no phrase reader takes apart', () => {
    const quotes = quotesOf('Marta Olsen, who has led the council since 2019 and chairs its transport board, withdrew her support on Monday, saying the costs had doubled.');
    expect(byText(quotes, 'the costs had doubled')).toMatchObject({ kind: 'indirect', speaker: { name: 'Marta Olsen' } });
  });

  it('reads a headline that reports speech, when the body names the speaker', () => {
    const headline = (title: string) => alone.parse(`${title}\n\nMarta Olsen, the head of transport, spoke to the council on Monday.`, { format: 'text' }).quotes;
    expect(headline('Olsen Says The Ferry Will Run By May')[0]).toMatchObject({ text: 'The Ferry Will Run By May', speaker: { name: 'Marta Olsen' } });
    expect(headline('Marta Olsen: the quay is ‘too small’.')[0]).toMatchObject({ text: 'the quay is ‘too small’', kind: 'mixed', speaker: { name: 'Marta Olsen' } });
    expect(headline('Brennan Says The Ferry Will Run By May')).toEqual([]);
  });

  it('reads a short quotation that is a sentence of its own as the speaker going on, and a one-word answer', () => {
    const quotes = quotesOf(
      'The harbour vote was held on Tuesday.',
      '“The ferry has run late all winter,” Mayor Ana Ortiz said. “We are tired.”',
      '“Never,” she answered. The pilots call it a “vanity project.”',
    );
    expect(byText(quotes, 'We are tired')).toMatchObject({ kind: 'direct', speaker: { name: 'Ana Ortiz' } });
    expect(byText(quotes, 'Never')).toMatchObject({ kind: 'direct', speaker: { name: 'Ana Ortiz' } });
    expect(byText(quotes, 'vanity project')).toBeUndefined();
  });

  it('gives a second verb of saying the subject of the first', () => {
    const quotes = quotesOf('The harbour vote was held on Tuesday.', 'Marta Olsen welcomed the result and said the ferry would run by May.');
    expect(byText(quotes, 'the ferry would run')).toMatchObject({ speaker: { name: 'Marta Olsen' } });
  });

  it('reads a clause whose subject holds a pronoun, and a report after `, but`', () => {
    const quotes = quotesOf(
      'The harbour vote was held on Tuesday.',
      'Ivo Marsh said some of the money he raised is already spent, but officials said the accounts were in order.',
    );
    expect(byText(quotes, 'some of the money')).toMatchObject({ speaker: { name: 'Ivo Marsh' } });
    expect(byText(quotes, 'some of the money')!.text).not.toContain('officials');
    expect(byText(quotes, 'the accounts were')).toMatchObject({ speaker: { name: 'officials' } });
  });

  it('reads `according to` in the middle of a sentence on both sides only where the clause resumes', () => {
    const quotes = quotesOf(
      'The harbour vote was held on Tuesday.',
      'The new quay, according to the harbour board, will cost twice the first estimate.',
      'The pier lost money for the third year running, according to polling by the harbour union, even as the traffic over all favored the new quay by a large margin.',
    );
    expect(byText(quotes, 'will cost twice')).toBeDefined();
    expect(byText(quotes, 'The pier lost money')).toMatchObject({ kind: 'indirect' });
    expect(byText(quotes, 'even as the traffic')).toBeUndefined();
  });

  it('does not read a relative clause or a noun as a report', () => {
    const quotes = quotesOf('The harbour vote was held on Tuesday.', 'It was the quay which everyone said was too small, and the state of the pier worried them.');
    expect(quotes).toEqual([]);
  });
});

describe('complements of cue verbs', () => {
  it('reads to-infinitives after directive cues, with the hearer', () => {
    const quotes = quotesOf(
      'The harbour vote was held on Tuesday.',
      'Marta Olsen urged the port board to publish the full costs before the next meeting.',
      'The ferry company declined to comment on the timetable for the new service.',
    );
    expect(byText(quotes, 'the port board to publish')).toMatchObject({ kind: 'indirect', cue: 'urged', speaker: { name: 'Marta Olsen' } });
    expect(byText(quotes, 'to comment on the timetable')).toMatchObject({ cue: 'declined', speaker: { name: 'ferry company' } });
  });

  it('reads object cues only with what they need', () => {
    const quotes = quotesOf(
      'The harbour vote was held on Tuesday.',
      'Ivo Marsh accused the council of hiding the true cost of the quay.',
      'Ivo Marsh called the plan "a folly" in a letter to members.',
      'Ivo Marsh called the harbour master on Monday.',
      'Ivo Marsh described the quay as the worst decision in a generation.',
      'The ferry company raised its fares again. Ivo Marsh called it "greedy."',
    );
    expect(byText(quotes, 'the council of hiding')).toMatchObject({ kind: 'indirect', speaker: { name: 'Ivo Marsh' } });
    expect(byText(quotes, 'the plan "a folly"')).toMatchObject({ kind: 'mixed' });
    expect(byText(quotes, 'the harbour master')).toBeUndefined();
    expect(byText(quotes, 'the quay as the worst')).toBeDefined();
    expect(byText(quotes, 'it "greedy."')).toMatchObject({ kind: 'mixed', speaker: { name: 'Ivo Marsh' } });
  });
});

describe('speakers as a small coreference step', () => {
  it('gives he and she a person of their gender, as the article shows it', () => {
    const quotes = quotesOf(
      'Marta Olsen opened the meeting with her report.',
      '"We start today," said Daniel Brennan, who had his notes ready.',
      '"The quay is ready," she said.',
    );
    expect(byText(quotes, 'The quay is ready')?.speaker?.name).toBe('Marta Olsen');
  });

  it('learns a gender from an honorific', () => {
    const quotes = quotesOf(
      'Mrs. Robin Vance chairs the harbour board.',
      '"We start today," said Mr. Daniel Kale.',
      '"It is too soon," she said.',
    );
    expect(byText(quotes, 'It is too soon')?.speaker?.name).toBe('Robin Vance');
  });

  it('continues with the person a paragraph is about, not the last speaker', () => {
    const quotes = quotesOf(
      '"We start today," said Daniel Brennan.',
      'Ivo Marsh was not impressed.',
      '"Nobody asked the fishing crews what they think of this plan."',
    );
    expect(byText(quotes, 'Nobody asked')?.speaker?.name).toBe('Ivo Marsh');
  });

  it('gives they the group and it the body a sentence before them in the paragraph opens with', () => {
    const quotes = quotesOf(
      'Mayor Ana Ortiz opened the meeting.',
      'Ana Ortiz spoke first. The harbour workers met on Monday to weigh the plan. They said the new quay was too short for the ferries.',
      'Ana Ortiz spoke again. The harbour board published its accounts on Friday. It said the ferry had lost money for a third year.',
    );
    expect(byText(quotes, 'the new quay was')?.speaker?.name).toBe('harbour workers');
    expect(byText(quotes, 'the ferry had lost')?.speaker?.name).toBe('harbour board');
  });

  it('binds a role to its nearest earlier holder', () => {
    const quotes = quotesOf(
      'Sen. Ruth Calder and Gov. Peter Moss met at the harbour.',
      'The senator said the quay would be finished by spring.',
      'The governor said the costs had doubled since the vote.',
    );
    expect(byText(quotes, 'the quay would be')?.speaker?.name).toBe('Ruth Calder');
    expect(byText(quotes, 'the costs had doubled')?.speaker?.name).toBe('Peter Moss');
  });
});

describe('according to', () => {
  it('keeps a source that is no person as written, in every position', () => {
    const quotes = quotesOf(
      'The harbour vote was held on Tuesday.',
      'According to a new harbour board survey, most crews back the quay.',
      'Fares will rise by a tenth, according to press reports.',
      'The quay, according to Ivo Marsh, will cost twice the estimate.',
    );
    expect(byText(quotes, 'most crews back')?.speaker?.name).toBe('a new harbour board survey');
    expect(byText(quotes, 'Fares will rise')?.speaker?.name).toBe('press reports');
    expect(quotes.some((q) => q.speaker?.name === 'Ivo Marsh')).toBe(true);
  });
});


describe('attributions after a closing mark', () => {
  it('reads a subject that is a description, with or without a name', () => {
    const quotes = quotesOf(
      'The harbour vote was held on Tuesday.',
      '“It is too late to change the plan,” a neighbour said.',
      '“We will miss the old pier,” his friend Ann Lee said.',
    );
    expect(byText(quotes, 'It is too late')?.speaker?.name).toBe('a neighbour');
    expect(byText(quotes, 'We will miss')).toMatchObject({ speaker: { name: 'Ann Lee' }, attribution: { text: 'his friend Ann Lee said' } });
  });

  it('takes an attribution that is a sentence of its own after a question or a full stop', () => {
    const quotes = quotesOf(
      'The harbour vote was held on Tuesday.',
      '“Who will pay for it?” Dana Reyes asked at the meeting.',
      '“The quay will be late.” Ivo Marsh said.',
      '“Nothing is settled.” The council said on Friday that it would vote again.',
    );
    expect(byText(quotes, 'Who will pay')?.speaker?.name).toBe('Dana Reyes');
    expect(byText(quotes, 'The quay will be late')?.speaker?.name).toBe('Ivo Marsh');
    // A sentence with a reported clause of its own is a new report, not the quotation's attribution.
    expect(byText(quotes, 'Nothing is settled')?.speaker?.name).not.toBe('council');
    expect(byText(quotes, 'it would vote again')?.speaker?.name).toBe('council');
  });
});

describe('pronouns continue the person the sentences before are about', () => {
  it('takes the subject of the sentence before over the last speaker', () => {
    const quotes = quotesOf('“The quay is ready,” said Ivo Marsh. Tom Reyes disagreed with him. “It will ruin the harbour,” he said.');
    expect(byText(quotes, 'It will ruin')?.speaker?.name).toBe('Tom Reyes');
  });

  it('looks past sentences whose subject is the pronoun again', () => {
    const quotes = quotesOf(
      '“The quay is ready,” said Ivo Marsh.',
      'Tom Reyes disagreed. He has run the ferry since 1990 and knows every mooring. “It will ruin it,” he said.',
    );
    expect(byText(quotes, 'It will ruin')?.speaker?.name).toBe('Tom Reyes');
  });

  it('takes the speaker of a sentence over a name it mentions first', () => {
    const quotes = quotesOf(
      'Tom Reyes opened the meeting.',
      'Reyes cut the ribbon in front of the crowd, Ivo Marsh said. “It was a fine day,” he said.',
    );
    expect(byText(quotes, 'It was a fine day')?.speaker?.name).toBe('Ivo Marsh');
  });
});

describe('reports around and after other clauses', () => {
  it('gives both pieces of a report an attribution interrupts, however short the second', () => {
    const quotes = quotesOf('The harbour vote was held on Tuesday.', 'Those who moor here now, Ivo Marsh said, must still pay the fee.');
    expect(byText(quotes, 'Those who moor')?.speaker?.name).toBe('Ivo Marsh');
    expect(byText(quotes, 'must still pay')).toMatchObject({ kind: 'indirect', speaker: { name: 'Ivo Marsh' } });
  });

  it('reads shares and counts in figures or words as subjects', () => {
    const quotes = quotesOf('The harbour vote was held on Tuesday.', 'Of the crews, 42% say they will stay, and one in five say the quay is too small.');
    expect(byText(quotes, 'they will stay')?.speaker?.name).toBe('42%');
    expect(byText(quotes, 'the quay is too small')?.speaker?.name).toBe('one in five');
  });

  it('reads a second verb after a comma and a name before a parenthesis and an apposition', () => {
    const quotes = quotesOf(
      'In April, the Harbour Board reported flat ferry traffic, and said it was still running at a loss.',
      'Rep. Ruth Calder (Ore.), a trustee backing the plan, said she had spoken with every crew.',
    );
    expect(byText(quotes, 'it was still running')?.speaker?.name).toBe('Harbour Board');
    expect(byText(quotes, 'she had spoken')?.speaker?.name).toBe('Ruth Calder');
  });

  it('keeps a directive inside a reported clause as part of it, and reads a participle after a closing mark', () => {
    const quotes = quotesOf(
      'The harbour vote was held on Tuesday.',
      'Ivo Marsh said he had asked the board to publish the accounts.',
      'Dana Reyes called the fee “unfair,” adding that the crews had “no say at all.”',
    );
    expect(byText(quotes, 'he had asked the board')?.speaker?.name).toBe('Ivo Marsh');
    expect(byText(quotes, 'the crews had')).toMatchObject({ kind: 'mixed', speaker: { name: 'Dana Reyes' } });
  });
});

describe('quotes with no attribution of their own', () => {
  it('go to the person their paragraph was about before them', () => {
    const quotes = quotesOf(
      '“The quay is ready,” said Ivo Marsh.',
      'Unhappy with the fares proposed by Ivo Marsh, Dana Reyes offered her own plan. “Let the crews set the fares themselves.”',
    );
    expect(byText(quotes, 'Let the crews')?.speaker?.name).toBe('Dana Reyes');
  });

  it('read past a noun that doubles as a cue in the attribution after a closing mark', () => {
    const quotes = quotesOf(
      'The harbour vote was held on Tuesday.',
      '“Costs have doubled since the vote,” the report stated.',
      '“We are not against the plan,” Tom Reyes, the head of the island state ferry union, said.',
    );
    expect(byText(quotes, 'Costs have doubled')?.speaker?.name).toBe('report');
    expect(byText(quotes, 'We are not against')?.speaker?.name).toBe('Tom Reyes');
  });
});

describe('gender as the article shows it', () => {
  it('takes a pronoun opening the sentence after one that names one person as theirs', () => {
    const quotes = quotesOf(
      'Tom Reyes runs the ferry company. He opposes the plan.',
      '“The old boats cannot carry the trucks,” Ruth Calder said. Reyes had made the same claim last year. “The trucks can wait,” she said.',
    );
    expect(byText(quotes, 'The trucks can wait')?.speaker?.name).toBe('Ruth Calder');
  });
});

describe('speaker phrases', () => {
  it('never end in a conjunction or an auxiliary: the verb has another subject, or the subject ends before it', () => {
    const quotes = quotesOf(
      'Dana Reyes chairs the ferry board.',
      'Reyes tried to win over the ferry union in October and said she had read its letter about the fares.',
      'A group of pilots have in fact reported that the new pier is too short for the winter boats.',
    );
    expect(byText(quotes, 'she had read')?.speaker?.name).toBe('Dana Reyes');
    expect(byText(quotes, 'the new pier')?.speaker?.name).toBe('A group of pilots');
  });

  it('read a role without a determiner before a name, and a possessive name as the start of a description', () => {
    const quotes = quotesOf(
      'Dana Reyes chairs the ferry board.',
      '“The pier is too short,” former harbour master Ivo Marsh said. “The boats will not fit.”',
      '“We will fight the fares,” said Reyes’s longtime campaign aide Tom Calder.',
    );
    expect(byText(quotes, 'The pier is too short')).toMatchObject({ cue: 'said', speaker: { name: 'Ivo Marsh' } });
    expect(byText(quotes, 'The boats will not fit')?.speaker?.name).toBe('Ivo Marsh');
    expect(byText(quotes, 'We will fight')?.speaker).toMatchObject({ name: 'Tom Calder', title: 'Reyes’s longtime campaign aide' });
  });

  it('name a person without a generational suffix, as the rules and the ranker both do', () => {
    // With the entities extractor, whose person keeps the suffix (`Tomas B. Reyes Jr.`).
    const { quotes } = parseArticle(
      ['Council debates the harbour plan', 'Adm. Tomas B. Reyes Jr., who leads the harbour fleet, spoke on Monday.', '“The quay is too short,” Reyes said.'].join('\n\n'),
      { format: 'text' },
    );
    expect(byText(quotes, 'The quay is too short')?.speaker?.name).toBe('Tomas B. Reyes');
  });
});
