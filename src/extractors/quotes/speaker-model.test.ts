import { describe, expect, it } from 'vitest';
import { QUOTE_SPEAKERS_CONFIG } from '../../../scripts/quote-speakers.config.js';
import { createParser, defaultExtractors } from '../../index.js';
import { type RankedSpeakers, recordingQuotesExtractor } from './index.js';
import { type CandidateFacts, SPEAKER_FEATURES, type SpeakerCandidate, speakerFeatureNames, speakerFeatures, SpeakerRanker } from './speaker-model.js';
import { SPEAKER_MODEL } from './speaker-model.generated.js';

const facts = (over: Partial<CandidateFacts>): CandidateFacts => ({
  rule: false, previous: false, previousHere: false, spoke: 0, mentions: 1, sentencesBack: 1, blocksBack: 0, recency: 0, subject: true,
  firstInSentence: true, after: false, inside: false, topic: false, gender: 0, genderEvidence: 0, person: true, spokeSentencesBack: -1,
  nearby: 1, titled: false, ...over,
});

const candidate = (name: string, over: Partial<CandidateFacts>): SpeakerCandidate => ({ speaker: { name, title: null, entityId: null }, facts: facts(over) });

// An invented article: a named speaker, a pronoun, a paragraph that continues the speaker, a name inside a quote.
const ARTICLE = [
  'Ferry fares to stay low, harbour chief says',
  '',
  'Ingrid Halvorsen, the harbour master of Westhaven, met the council on Tuesday.',
  '',
  // No two capitalised words in a row: the name memory skips this paragraph, the entities still show her gender.
  'Halvorsen then brought her figures to the meeting.',
  '',
  '"Nobody should pay more to cross the water than to cross the town," she said.',
  '',
  '"We will keep the winter timetable as it is. Tomas Berg asked for more sailings, and he will get them in May."',
  '',
  'Tomas Berg, who runs the island shop, said the change would help Ingrid Halvorsen as much as his own trade.',
].join('\n');

describe('the learned speaker ranker', () => {
  it('matches the configuration it was trained with', () => {
    expect(SPEAKER_MODEL.config).toEqual(QUOTE_SPEAKERS_CONFIG);
    expect(SPEAKER_MODEL.features).toEqual(speakerFeatureNames());
    expect(SPEAKER_MODEL.model.weights).toHaveLength(SPEAKER_FEATURES);
    expect(SPEAKER_MODEL.model.weights.every(Number.isFinite)).toBe(true);
  });

  it('writes the rules’ path for their choice and each fact under its path group', () => {
    const names = speakerFeatureNames();
    const row = new Float64Array(SPEAKER_FEATURES);
    speakerFeatures(facts({ rule: true, after: true, gender: -1, genderEvidence: 3 }), 'pronoun', row);
    const set = names.filter((_, i) => row[i] !== 0);
    expect(set).toEqual(expect.arrayContaining(['rule&path:pronoun', 'rule&pronoun', 'after&pronoun', 'gender-clashes&pronoun', 'after&rule']));
    expect(set.some((n) => n.endsWith('&named') || n.endsWith('&unattributed'))).toBe(false);
    expect(row[names.indexOf('gender-evidence&pronoun')]).toBeCloseTo(-Math.log1p(3));
  });

  it('prefers the rules’ choice of a named speaker, and never a person named inside the quote', () => {
    const ranker = new SpeakerRanker(SPEAKER_MODEL);
    const named = [candidate('Ann Lee', { rule: true }), candidate('Bo Park', { sentencesBack: 0, recency: 0 })];
    expect(ranker.choose(named, 'named')?.name).toBe('Ann Lee');
    const unattributed = [candidate('Ann Lee', { previous: true, spokeSentencesBack: 1 }), candidate('Bo Park', { inside: true, sentencesBack: -1 })];
    expect(ranker.choose(unattributed, 'none')?.name).toBe('Ann Lee');
    expect(ranker.choose([], 'none')).toBeUndefined();
  });

  it('gives each quote its candidates from the text around it', () => {
    const ranked: RankedSpeakers[] = [];
    const parser = createParser({ extractors: [...defaultExtractors.filter((e) => e.name !== 'quotes'), recordingQuotesExtractor((r) => ranked.push(r))] });
    parser.parse(ARTICLE, { format: 'text' });
    const pronoun = ranked.find((r) => r.quote.text.startsWith('Nobody should pay'))!;
    expect(pronoun.path).toBe('pronoun');
    const halvorsen = pronoun.candidates.find((c) => c.speaker.name === 'Ingrid Halvorsen')!;
    expect(halvorsen.facts).toMatchObject({ rule: true, sentencesBack: 1, blocksBack: 1, subject: true, gender: 1, genderEvidence: 1 });
    const continued = ranked.find((r) => r.quote.text.startsWith('We will keep'))!;
    expect(continued.candidates.find((c) => c.speaker.name === 'Ingrid Halvorsen')?.facts).toMatchObject({ previous: true, spoke: 1 });
    const reported = ranked.find((r) => r.quote.text.startsWith('the change would help'))!;
    expect(reported.candidates.find((c) => c.speaker.name === 'Ingrid Halvorsen')?.facts.inside).toBe(true);
  });

  it('speaks through the default pipeline: the continued quote keeps its speaker, a report not the name inside it', () => {
    const { quotes } = createParser({ extractors: defaultExtractors }).parse(ARTICLE, { format: 'text' });
    expect(quotes.find((q) => q.text.startsWith('the change would help'))?.speaker?.name).toBe('Tomas Berg');
    expect(quotes.find((q) => q.text.startsWith('We will keep'))?.speaker?.name).toBe('Ingrid Halvorsen');
    expect(quotes.find((q) => q.text.startsWith('Nobody should pay'))?.speaker?.name).toBe('Ingrid Halvorsen');
  });
});
