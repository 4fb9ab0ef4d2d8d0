import { describe, expect, it } from 'vitest';
import { recogniseNames, splitRanges } from './recognise.js';

const names = (text: string) => recogniseNames(text).map((m) => [m.name, m.type]);
const find = (text: string, name: string) => recogniseNames(text).find((m) => m.name === name);

describe('recogniseNames', () => {
  it('finds people, organisations and places by gazetteers and cue words', () => {
    const text = 'Maria Lindqvist flew from Stockholm to Nairobi for talks at the Harbour Workers Union on Monday.';
    expect(names(text)).toEqual([
      ['Maria Lindqvist', 'person'],
      ['Stockholm', 'place'],
      ['Nairobi', 'place'],
      ['Harbour Workers Union', 'organization'],
    ]);
  });

  it('strips honorifics and roles into the title and keeps nationality words out', () => {
    const m = find('The talks were led by Chilean Foreign Minister Ana Quiroga and observers.', 'Ana Quiroga');
    expect(m).toMatchObject({ type: 'person', title: 'Chilean Foreign Minister' });
    expect(names('Chilean and Peruvian officials met.')).toEqual([]);
    expect(find('Dr. Okafor said the results were clear.', 'Okafor')).toMatchObject({ type: 'person', title: 'Dr.' });
  });

  it('keeps the first name before a middle initial, after a sentence or not', () => {
    const text = 'Crews cleared the ferry ramp on Tuesday. Edward P. Tollan, who runs the port, thanked them. The council said Marit K. Solberg would chair the inquiry, as George H. W. Halvorsen once did.';
    const people = names(text).filter(([, type]) => type === 'person').map(([name]) => name);
    expect(people).toEqual(['Edward P. Tollan', 'Marit K. Solberg', 'George H. W. Halvorsen']);
    // A capitalised common word before an initial opens the sentence, not the name.
    expect(names('Yesterday J. Halvorsen left.').map(([name]) => name)).toEqual(['J. Halvorsen']);
  });

  it('takes no name out of a compound modifier, and keeps hyphenated given names whole', () => {
    const text = 'The Halden-based firm joined the U.K.-led talks with an Oscar-nominated director. Kim Su-ho of Lindqvist Shipping spoke to Ban Ki-moon.';
    const found = names(text);
    expect(found.map(([name]) => name)).not.toContain('Halden-based');
    expect(found.map(([name]) => name)).not.toContain('U.K.');
    expect(found.map(([name]) => name)).not.toContain('Oscar-nominated');
    expect(found).toContainEqual(['Kim Su-ho', 'person']);
    expect(found).toContainEqual(['Ban Ki-moon', 'person']);
  });

  it('types a listed place as that place when no full name in the document makes it a person', () => {
    const text = 'Delhi’s smog is worse than ever. In Delhi, schools closed. Delhi’s chief minister spoke on Friday.';
    expect(names(text).filter(([name]) => name === 'Delhi')).toEqual([
      ['Delhi', 'place'],
      ['Delhi', 'place'],
      ['Delhi', 'place'],
    ]);
  });

  it('types a listed company named alone as that company, and a person named in full as that person', () => {
    expect(names('“We are growing,” Criteo said on Tuesday. Criteo added that costs rose, Criteo said.')).toEqual([
      ['Criteo', 'organization'],
      ['Criteo', 'organization'],
      ['Criteo', 'organization'],
    ]);
    expect(names('Maria Criteo spoke first. Criteo said costs rose.')).toEqual([
      ['Maria Criteo', 'person'],
      ['Criteo', 'person'],
    ]);
  });

  it('types a brand written in camel case as an organisation, and a Mc surname as a person', () => {
    const types = (text: string, name: string) => recogniseNames(text).filter((m) => m.name === name).map((m) => m.type);
    expect(types('WeWork is preparing to cut jobs. WeWork’s founder, Adam Neumann, left.', 'WeWork')).toEqual(['organization', 'organization']);
    expect(types('Glenn McGrath took five wickets. McGrath said the pitch was slow.', 'McGrath')).toEqual(['person']);
  });

  it('leaves a common noun the tagger took at the end of a name out of it', () => {
    expect(names('“We are cooperating,” said a WeWork spokesperson when contacted.')).toEqual([['WeWork', 'organization']]);
  });

  it('leaves a compound modifier out of the name it opens', () => {
    expect(names('The Ohio-based Brightwater Corp said profits rose.')).toEqual([['Brightwater Corp', 'organization']]);
  });

  it('keeps the possessive in the mention and strips it from the name', () => {
    const m = find('Officials welcomed Tavares’s decision. Later Jonas Tavares spoke.', 'Tavares');
    expect(m).toMatchObject({ text: 'Tavares’s', name: 'Tavares', type: 'person' });
  });

  it('types a surname alone as the person named in full earlier', () => {
    const text = 'Jonas Tavares arrived late. Reporters asked whether Tavares would stay.';
    expect(names(text)).toEqual([
      ['Jonas Tavares', 'person'],
      ['Tavares', 'person'],
    ]);
  });

  it('drops a common word capitalised by its position unless the document vouches for it', () => {
    expect(names('Trailing by ten points, the team rallied.')).toEqual([]);
    // `Brightwater` is seen mid-sentence, so it is a name at the start of a sentence too.
    const text = 'Brightwater won again. Fans of Brightwater cheered.';
    expect(names(text).map(([n]) => n)).toEqual(['Brightwater', 'Brightwater']);
  });

  it('joins organisation names across `of` after a cue word', () => {
    expect(find('She studied at the University of Tromsø until 2010.', 'University of Tromsø')?.type).toBe('organization');
    expect(find('A spokesman for the Ministry of Coastal Affairs declined to comment.', 'Ministry of Coastal Affairs')?.type).toBe(
      'organization',
    );
  });

  it('splits two names the tagger joined across `and the`', () => {
    expect(names('Rivals such as Halden Mirror and the Daily Post & General Trust have cut jobs.')).toEqual([
      ['Halden Mirror', 'organization'],
      ['Daily Post & General Trust', 'organization'],
    ]);
  });

  it('gives a first name coordinated with a full name the shared surname', () => {
    const [ana, jonas] = recogniseNames('The farm is run by Ana and Jonas Tavares, who bought it in 2010.');
    expect(ana).toMatchObject({ text: 'Ana', name: 'Ana Tavares', type: 'person' });
    expect(jonas).toMatchObject({ text: 'Jonas Tavares', name: 'Jonas Tavares', type: 'person' });
  });

  it('gives a common word coordinated with a two-word name the shared head', () => {
    const [north, south] = recogniseNames('Talks between North and South Korea resumed on Monday.');
    expect(north).toMatchObject({ text: 'North', name: 'North Korea', type: 'place' });
    expect(south).toMatchObject({ text: 'South Korea', name: 'South Korea', type: 'place' });
    // A name with its own article shares no head.
    expect(recogniseNames('Sales at both The Independent and The Herald rose.').map((m) => m.name)).toEqual(['The Independent', 'The Herald']);
  });

  it('reads a listed institution after a person’s name as the institution alone', () => {
    expect(names('Smaller than past celebrations in the Tavares White House, said Jonas Tavares.')).toEqual([
      ['White House', 'organization'],
      ['Jonas Tavares', 'person'],
    ]);
  });

  it('takes no name from a title-case phrase with capitalised function words', () => {
    expect(names('Relax Into Stretching Reflexes can be overcome with gradual work.')).toEqual([]);
  });

  it('keeps a first name between an honorific and the rest of the name', () => {
    expect(names('The vote was close. Dr. Maren K. Solberg disagreed, as did Prof. Ivo Brandt.')).toEqual([
      ['Maren K. Solberg', 'person'],
      ['Ivo Brandt', 'person'],
    ]);
  });

  it('takes no name from a department between a role and its organisation', () => {
    const text = 'Pete Marsh, head of Ferry Services at the Port Authority, said so. Ana Lund, the Head of Marine Studies at Halden University, agreed.';
    // The names alone: the departments are what is tested (the model types `Halden University` a place).
    expect(names(text).map(([name]) => name)).toEqual(['Pete Marsh', 'Port Authority', 'Ana Lund', 'Halden University']);
  });

  it('gives every mention of one name one type, the first mention’s on a tie', () => {
    const types = recogniseNames('Shares in Halvorsen rose after Halvorsen said sales grew.').map((m) => m.type);
    expect(types).toHaveLength(2);
    expect(types[1]).toBe(types[0]);
  });

  it('joins a name cut at a saint’s possessive, and only there', () => {
    const text = 'Volunteers at St. Anne’s Parish Church in Halden hand out meals. Norway’s Labour Party won.';
    expect(names(text)).toEqual([
      ['St. Anne’s Parish Church', 'organization'],
      ['Halden', 'place'],
      ['Norway', 'place'],
      ['Labour Party', 'organization'],
    ]);
  });

  it('takes no name out of a compound demonym', () => {
    expect(names('Guards stood on the South Korean-Chilean side of the line.')).toEqual([]);
  });

  it('reads a dateline in capitals as a place', () => {
    expect(names('HALDEN, Norway — The mayor opened the bridge on Monday.')).toEqual([
      ['HALDEN', 'place'],
      ['Norway', 'place'],
    ]);
  });

  it('types the first word of an organisation’s name as that organisation', () => {
    const text = 'The Brightwell Research Center released a survey on Monday. The Brightwell survey found that fewer people travel.';
    expect(names(text)).toEqual([
      ['Brightwell Research Center', 'organization'],
      ['Brightwell', 'organization'],
    ]);
  });

  it('gives an acronym the type of its expansion', () => {
    const text = 'The Northern Rail Safety Board (NRSB) met. Later the NRSB said nothing.';
    const acronyms = recogniseNames(text).filter((m) => m.name === 'NRSB');
    expect(acronyms.map((m) => m.type)).toEqual(['organization', 'organization']);
  });

  it('reads an all-caps headline only for names the gazetteers or the document know', () => {
    const text = 'HARBOUR STRIKE SPREADS TO ROTTERDAM AS TAVARES HOLDS FIRM\nJonas Tavares said the strike would go on.';
    const ranges = [
      { start: 0, end: text.indexOf('\n') },
      { start: text.indexOf('\n') + 1, end: text.length },
    ];
    expect(recogniseNames(text, ranges).map((m) => [m.text, m.type])).toEqual([
      ['ROTTERDAM', 'place'],
      ['TAVARES', 'person'],
      ['Jonas Tavares', 'person'],
    ]);
  });

  it('cuts title-case headlines at their common words', () => {
    const text = 'Tavares and Quiroga Meet in Lisbon to Discuss Shipping\nJonas Tavares and Ana Quiroga met.';
    const ranges = [
      { start: 0, end: text.indexOf('\n') },
      { start: text.indexOf('\n') + 1, end: text.length },
    ];
    expect(recogniseNames(text, ranges).slice(0, 3).map((m) => m.name)).toEqual(['Tavares', 'Quiroga', 'Lisbon']);
  });

  it('splits hyphenated pairs of names the document knows apart', () => {
    const text = 'Jonas Tavares met Ana Quiroga in Lisbon. The Tavares-Quiroga Summit was short. Tavares left first.';
    const texts = recogniseNames(text).map((m) => m.text);
    expect(texts.slice(3, 5)).toEqual(['Tavares', 'Quiroga']);
    expect(texts).not.toContain('Tavares-Quiroga');
  });

  it('splits a headline’s full name joined to another by a hyphen', () => {
    const text = 'Jonas Tavares-Quiroga Summit: What Comes Next\nJonas Tavares met Ana Quiroga in Lisbon on Monday.';
    const ranges = [
      { start: 0, end: text.indexOf('\n'), heading: true },
      { start: text.indexOf('\n') + 1, end: text.length },
    ];
    expect(recogniseNames(text, ranges).slice(0, 2).map((m) => [m.text, m.type])).toEqual([
      ['Jonas Tavares', 'person'],
      ['Quiroga', 'person'],
    ]);
  });

  it('treats a side in a results row as an organisation, a national side as a place', () => {
    const text = 'Soccer results on Saturday:\nBrightwater 3 Kingsport 1\nNorway 2 Kingsport 1';
    const lines = [0, 28, 53].map((start, i, all) => ({ start, end: (all[i + 1] ?? text.length + 1) - 1 }));
    const types = recogniseNames(text, lines).map((m) => [m.name, m.type]);
    expect(types).toEqual([
      ['Brightwater', 'organization'],
      ['Kingsport', 'organization'],
      ['Norway', 'place'],
      ['Kingsport', 'organization'],
    ]);
  });

  it('gives scripts without case no invented names, and keeps offsets inside the text', () => {
    const text = '普京与金正恩在符拉迪沃斯托克会面。 Путин встретился с Ким Чен Ыном во Владивостоке.';
    const found = recogniseNames(text);
    for (const m of found) {
      expect(text.slice(m.start, m.end)).toBe(m.text);
      expect(m.text).not.toMatch(/[\u4e00-\u9fff]/);
    }
    // Capitalised Cyrillic words mid-sentence are names; none spans two scripts.
    expect(found.map((m) => m.text)).toContain('Ким Чен Ыном');
  });

  it('reads only the ranges it is given', () => {
    const text = 'Read also: Oslo votes. Jonas Tavares spoke in Lisbon.';
    const from = text.indexOf('Jonas');
    expect(recogniseNames(text, [{ start: from, end: text.length }]).map((m) => m.name)).toEqual(['Jonas Tavares', 'Lisbon']);
  });

  it('reads a range marked as a heading for cued or known names only', () => {
    const text = 'Harbour Robotics Unveils Tidewater Crane\nHarbour Robotics showed the crane to Mirjam de Vries in Hamburg.';
    const cut = text.indexOf('\n');
    const found = recogniseNames(text, [
      { start: 0, end: cut, heading: true },
      { start: cut + 1, end: text.length },
    ]);
    expect(found.filter((m) => m.start < cut).map((m) => m.text)).toEqual(['Harbour Robotics']);
  });

  it('keeps a possessive inside an organisation name, not between two names', () => {
    expect(names('The Kestrel Bay Fishermen’s Association met.')).toEqual([['Kestrel Bay Fishermen’s Association', 'organization']]);
    expect(names('Analysts at Halvorsen Corp’s Nordic Shipping Group agreed.').map(([n]) => n)).toEqual([
      'Halvorsen Corp',
      'Nordic Shipping Group',
    ]);
  });

  it('splits a name at a possessive whose owner is a name of its own', () => {
    // The owner is an acronym, or named alone elsewhere; a common word before `’s` stays inside.
    expect(names('Students of the KBA won prizes. The KBA’s Fine Art Student Award Fund paid for them.').map(([n]) => n)).toEqual([
      'KBA',
      'KBA',
      'Fine Art Student Award Fund',
    ]);
    expect(names('The Kestrel Bay Fishermen’s Association met.')).toEqual([['Kestrel Bay Fishermen’s Association', 'organization']]);
  });

  it('joins a name of common words cut at `of` to the words after it', () => {
    expect(names('He edited the Voice of the Fjords for years.')).toEqual([['Voice of the Fjords', 'organization']]);
    // A name of its own before `of` stays apart.
    expect(names('Mark Reed of Nordland Shipping said so.').map(([n]) => n)).toEqual(['Mark Reed', 'Nordland Shipping']);
  });

  it('reads the sentences it is given as it reads its own split, heading flags included', () => {
    const text = 'Harbour Robotics Unveils Tidewater Crane\nHarbour Robotics showed the crane to Mirjam de Vries. She met Dr. Okafor in Hamburg.';
    const cut = text.indexOf('\n');
    const ranges = [
      { start: 0, end: cut, heading: true },
      { start: cut + 1, end: text.length },
    ];
    const sentences = splitRanges(text, ranges);
    expect(sentences.map((s) => [text.slice(s.start, s.end), s.heading ?? false])).toEqual([
      ['Harbour Robotics Unveils Tidewater Crane', true],
      ['Harbour Robotics showed the crane to Mirjam de Vries.', false],
      ['She met Dr. Okafor in Hamburg.', false],
    ]);
    expect(recogniseNames(text, ranges, sentences)).toEqual(recogniseNames(text, ranges));
    // Sentences outside the text are clamped to it.
    expect(recogniseNames(text, ranges, [{ start: -5, end: 0 }, { start: text.length - 8, end: text.length + 50 }]).map((m) => m.text)).toEqual([
      'Hamburg',
    ]);
  });
});
