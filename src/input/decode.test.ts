import { describe, expect, it } from 'vitest';
import { parseArticle } from '../pipeline/article.js';
import { decodeInput } from './decode.js';
import type { InputProblem } from './document.js';

/** ASCII text and raw bytes, joined: how a page saved in a legacy encoding looks on disk. */
function bytes(...parts: Array<string | number[]>): Uint8Array {
  return Uint8Array.from(parts.flatMap((part) => (typeof part === 'string' ? [...part].map((c) => c.charCodeAt(0)) : part)));
}

function decode(input: Uint8Array, markup = true) {
  const problems: InputProblem[] = [];
  const { text, encoding } = decodeInput(input, markup, problems);
  return { text, encoding, codes: problems.map((p) => p.code) };
}

describe('decodeInput', () => {
  it('reads bytes in the charset the page declares, without a diagnostic', () => {
    expect(decode(bytes('<meta charset="iso-8859-1"><p>caf', [0xe9], '</p>'))).toEqual({ text: '<meta charset="iso-8859-1"><p>café</p>', encoding: 'windows-1252', codes: [] });
    const russian = decode(bytes('<meta http-equiv="Content-Type" content="text/html; charset=windows-1251"><p>', [0xcf, 0xf0, 0xe8, 0xe2, 0xe5, 0xf2], '</p>'));
    expect(russian.text).toContain('<p>Привет</p>');
    expect(decode(bytes('<meta charset="shift_jis"><p>', [0x93, 0xfa, 0x96, 0x7b], '</p>')).text).toContain('<p>日本</p>');
    expect(decode(bytes('<meta charset="gb2312"><p>', [0xd6, 0xd0, 0xce, 0xc4], '</p>')).text).toContain('<p>中文</p>');
    expect(decode(bytes('<?xml version="1.0" encoding="ISO-8859-15"?><p>', [0xa4], '</p>')).text).toContain('<p>€</p>');
  });

  it('accepts labels written the Python way (`iso8859_1`)', () => {
    expect(decode(bytes('<meta charset="iso8859_1"><p>', [0xe9], '</p>')).encoding).toBe('windows-1252');
  });

  it('lets a byte order mark decide', () => {
    expect(decode(bytes([0xff, 0xfe], [0x48, 0, 0x69, 0]))).toMatchObject({ text: 'Hi', encoding: 'utf-16le' });
    expect(decode(bytes([0xef, 0xbb, 0xbf], '<meta charset="windows-1252"><p>', [0xc3, 0xa9], '</p>')).text).toContain('<p>é</p>');
  });

  it('keeps valid UTF-8 as UTF-8 whatever the page declares, and says so', () => {
    expect(decode(bytes('<meta charset="iso-8859-1"><p>', [0xc3, 0xa9], '</p>'))).toMatchObject({ text: '<meta charset="iso-8859-1"><p>é</p>', codes: ['input-charset-overridden'] });
    expect(decode(bytes('<meta charset="iso-8859-1"><p>plain</p>')).codes).toEqual([]);
  });

  it('guesses windows-1252 for undeclared bytes that are not UTF-8, with a warning', () => {
    expect(decode(bytes('<p>Stra', [0xdf], 'e</p>'))).toEqual({ text: '<p>Straße</p>', encoding: 'windows-1252', codes: ['input-charset-guessed'] });
    expect(decode(bytes('<meta charset="x-unknown-thing"><p>', [0xe9], '</p>')).codes).toEqual(['input-charset-guessed']);
  });

  it('reports invalid bytes in a page declared UTF-8', () => {
    expect(decode(bytes('<meta charset="utf-8"><p>a', [0xff], 'b</p>'))).toMatchObject({ text: '<meta charset="utf-8"><p>a\ufffdb</p>', codes: ['input-invalid-bytes'] });
  });

  it('reads no declaration in plain text or Markdown', () => {
    expect(decode(bytes('Text about <meta charset="shift_jis"> tags, caf', [0xe9]), false)).toMatchObject({ encoding: 'windows-1252', codes: ['input-charset-guessed'] });
  });
});

describe('parseArticle with bytes', () => {
  it('decodes a legacy page from its declared charset', () => {
    const sentence = 'Die Straße am Fluss wird im nächsten Frühjahr für den Verkehr geöffnet, sagte die Stadt am Montag.';
    const latin1 = Uint8Array.from([...`<html><head><meta charset="iso-8859-1"><title>Neue Straße</title></head><body><article><h1>Neue Straße</h1><p>${sentence}</p></article></body></html>`].map((c) => c.charCodeAt(0)));
    const article = parseArticle(latin1, { format: 'html' });
    expect(article.headline).toBe('Neue Straße');
    expect(article.body.text).toContain(sentence);
    expect(article.diagnostics.map((d) => d.code)).not.toContain('html-charset');
  });
});
