import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BroadsheetError } from '../../errors.js';
import { entityTagger, KEPT_TOKENS, loadEntityTagger } from './entity-model.js';
import { ENTITY_MODEL_CONFIG } from './model-config.js';
import { MODEL_SOURCES } from './model-sources.js';
import { ENTITY_MODEL, ENTITY_MODEL_RECORD } from './weights.generated.js';

const root = new URL('../../../', import.meta.url);
const sha256 = (path: string): string => createHash('sha256').update(readFileSync(new URL(path, root))).digest('hex');

describe('the shipped entity model', () => {
  it('was trained with the committed configuration and feature code (else run `npm run train:entities`)', () => {
    expect(ENTITY_MODEL_RECORD.config).toEqual(ENTITY_MODEL_CONFIG);
    expect(Object.keys(ENTITY_MODEL_RECORD.sources).sort()).toEqual([...MODEL_SOURCES].sort());
    for (const file of MODEL_SOURCES) expect({ file, sha256: sha256(file) }).toEqual({ file, sha256: ENTITY_MODEL_RECORD.sources[file] });
  });

  it('was trained on the recorded data, where the corpus is at hand', () => {
    const train = new URL('../shared/corpus/conll2003/train.txt', root);
    if (!existsSync(train)) return;
    expect(createHash('sha256').update(readFileSync(train)).digest('hex')).toBe(ENTITY_MODEL_RECORD.data['conll2003/train.txt']);
  });

  it('stays within 4 MB and decodes into a tagger that finds names', () => {
    expect(ENTITY_MODEL.length).toBeLessThan(4_000_000);
    const text = 'Maria Lindqvist flew from Stockholm to meet officials of the European Commission.';
    const spans = entityTagger().tag(text, [{ start: 0, end: text.length }]);
    expect(spans.map((s) => [text.slice(s.start, s.end), s.type])).toEqual([
      ['Maria Lindqvist', 'PER'],
      ['Stockholm', 'LOC'],
      ['European Commission', 'ORG'],
    ]);
  });

  it('refuses missing, corrupt or mismatched weights with a BroadsheetError', () => {
    const config = ENTITY_MODEL_RECORD.config;
    const corrupt = ENTITY_MODEL.slice(0, 1000) + (ENTITY_MODEL[1000] === 'A' ? 'B' : 'A') + ENTITY_MODEL.slice(1001);
    for (const [encoded, cfg] of [
      ['', config],
      [corrupt, config],
      [ENTITY_MODEL.slice(0, -100), config],
      [ENTITY_MODEL, { ...config, buckets: config.buckets * 2 }],
    ] as const) {
      expect(() => loadEntityTagger(encoded, cfg)).toThrow(BroadsheetError);
    }
  });

  it('tags alike with and without its memo of words seen before, across documents and as the memo grows', () => {
    const remembering = loadEntityTagger(ENTITY_MODEL, ENTITY_MODEL_RECORD.config);
    const plain = loadEntityTagger(ENTITY_MODEL, ENTITY_MODEL_RECORD.config);
    plain.doc.memo = null;
    // Hundreds of distinct made-up words, so the memo and its sums grow mid-document.
    const many = Array.from({ length: 1500 }, (_, i) => `Word${i.toString(36)} met Kalle Virtanen${i % 7} in Tampere.`).join(' ');
    const texts = [
      'Maria Lindqvist flew from Stockholm to meet officials of the European Commission.',
      'LINDQVIST MEETS COMMISSION Officials said Lindqvist, of Stockholm, would return on Monday.',
      many,
      'Maria Lindqvist flew from Stockholm to meet officials of the European Commission.',
    ];
    for (const text of texts) {
      const ranges = [{ start: 0, end: text.length }];
      expect(remembering.tag(text, ranges)).toEqual(plain.tag(text, ranges));
    }
    expect(remembering.doc.memo!.size).toBeGreaterThan(512);
  });

  it('starts a fresh tagger after a document longer than it keeps work arrays for, tagging alike', () => {
    const short = 'Maria Lindqvist flew from Stockholm to meet officials of the European Commission.';
    const ranges = (text: string) => [{ start: 0, end: text.length }];
    const first = entityTagger();
    const expected = first.tag(short, ranges(short));
    expect(entityTagger()).toBe(first);
    // Over KEPT_TOKENS tokens: the work arrays grow past what is kept.
    const sentence = 'Officials met Kalle Virtanen in Tampere on Monday.';
    const count = Math.ceil(KEPT_TOKENS / 8) + 10;
    const long = Array.from({ length: count }, () => sentence).join(' ');
    first.tag(long, Array.from({ length: count }, (_, i) => ({ start: i * (sentence.length + 1), end: i * (sentence.length + 1) + sentence.length })));
    expect(first.doc.tokens).toBeGreaterThan(KEPT_TOKENS);
    const next = entityTagger();
    expect(next).not.toBe(first);
    expect(next.doc.start.length).toBeLessThan(first.doc.start.length);
    expect(next.tag(short, ranges(short))).toEqual(expected);
    expect(entityTagger()).toBe(next);
  });
});
