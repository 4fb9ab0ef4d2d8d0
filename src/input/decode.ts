import type { InputProblem } from './document.js';

/** Bytes as text, and the encoding they were read in (a WHATWG encoding name: `utf-8`, `windows-1252`, `gbk`…). */
export interface DecodedInput {
  text: string;
  encoding: string;
}

// How far into a page its charset declaration may stand (the HTML spec's prescan reads 1024 bytes; pages with long
// comments or scripts before the <meta> put it later).
const PRESCAN_BYTES = 4096;
const META_CHARSET = /<meta\b[^>]{0,300}?charset\s*=\s*["']?\s*([\w.:-]{1,40})/i;
const XML_ENCODING = /^\s*<\?xml\b[^>]{0,200}?encoding\s*=\s*["']([\w.:-]{1,40})["']/i;

/**
 * Decodes input bytes the way a browser would, minus the network: a byte order mark decides; else bytes that are
 * valid UTF-8 are UTF-8 (a page re-saved as UTF-8 often keeps its old `<meta charset>`, and legacy text is almost
 * never valid UTF-8 by accident); else the charset the page declares (`<meta charset>`, `http-equiv`, the XML
 * declaration); else windows-1252, the web's default for undeclared pages, reported as a guess.
 *
 * @param bytes The input as given.
 * @param readDeclaration Whether to look for a declaration in markup (HTML or unknown format).
 * @param problems Receives a diagnostic when the encoding was guessed, unknown or overridden, or bytes were invalid.
 */
export function decodeInput(bytes: Uint8Array, readDeclaration: boolean, problems: InputProblem[]): DecodedInput {
  const bom = byteOrderMark(bytes);
  if (bom) return { text: new TextDecoder(bom).decode(bytes), encoding: bom };
  const declared = readDeclaration ? declaredCharset(bytes) : undefined;
  const utf8 = strictUtf8(bytes);
  if (utf8 !== undefined) {
    if (declared && declared.encoding !== 'utf-8' && hasHighBytes(bytes)) {
      problems.push({
        code: 'input-charset-overridden',
        message: `The page declares charset \`${declared.label}\` but its bytes are valid UTF-8; read as UTF-8.`,
        severity: 'info',
      });
    }
    return { text: utf8, encoding: 'utf-8' };
  }
  if (declared?.encoding) {
    const lossy = declared.encoding === 'utf-8';
    if (lossy) {
      problems.push({
        code: 'input-invalid-bytes',
        message: 'The input is declared UTF-8 but holds byte sequences that are not; each was replaced by U+FFFD.',
        severity: 'warning',
      });
    }
    return { text: new TextDecoder(declared.encoding).decode(bytes), encoding: declared.encoding };
  }
  problems.push({
    code: 'input-charset-guessed',
    message: declared
      ? `The page declares charset \`${declared.label}\`, which is not a known encoding, and its bytes are not UTF-8; read as windows-1252.`
      : 'The input is not valid UTF-8 and declares no charset; read as windows-1252 (Western European), the web default. Pass a string to decode it yourself.',
    severity: 'warning',
  });
  return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252' };
}

function byteOrderMark(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  return undefined;
}

function strictUtf8(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

function hasHighBytes(bytes: Uint8Array): boolean {
  for (const byte of bytes) if (byte >= 0x80) return true;
  return false;
}

/**
 * The charset a page declares in its first bytes, with the encoding it names (undefined when the label is unknown).
 * UTF-16 in a `<meta>` is read as UTF-8, as the HTML spec says: a page whose meta tag can be read is not UTF-16.
 */
function declaredCharset(bytes: Uint8Array): { label: string; encoding: string | undefined } | undefined {
  // Latin-1 maps each byte to one character, so the ASCII of any ASCII-compatible encoding reads as written.
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, PRESCAN_BYTES));
  const label = (XML_ENCODING.exec(head) ?? META_CHARSET.exec(head))?.[1];
  if (!label) return undefined;
  const encoding = encodingFor(label) ?? encodingFor(label.replace(/_/g, '-'));
  return { label, encoding: encoding?.startsWith('utf-16') ? 'utf-8' : encoding };
}

function encodingFor(label: string): string | undefined {
  try {
    return new TextDecoder(label).encoding;
  } catch {
    return undefined;
  }
}
