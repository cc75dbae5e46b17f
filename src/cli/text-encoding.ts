/**
 * Bytes of a text file to a string: BOMs, UTF-8, UTF-16 without a BOM, and the Cyrillic
 * single-byte encodings (Windows-1251, KOI8-R), told apart by statistics of the bytes.
 */

const SAMPLE = 64 * 1024;

/** Share of the bytes at even (or odd) positions that are a UTF-16 high byte of ASCII or Cyrillic (0x00, 0x04). */
function highByteShare(b: Uint8Array, odd: boolean): number {
  const n = Math.min(b.length, SAMPLE) & ~1;
  let hits = 0;
  for (let i = odd ? 1 : 0; i < n; i += 2) if (b[i] === 0x00 || b[i] === 0x04) hits++;
  return n === 0 ? 0 : hits / (n / 2);
}

/** UTF-16 without a BOM: one half of the bytes is almost all 0x00 / 0x04, the other is not. */
function utf16Guess(b: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (b.length < 4) return null;
  const odd = highByteShare(b, true);
  const even = highByteShare(b, false);
  if (odd >= 0.7 && even < 0.3) return 'utf-16le';
  if (even >= 0.7 && odd < 0.3) return 'utf-16be';
  return null;
}

function decodeStrict(encoding: string, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * How plausible a decoding is as Russian text: lower-case Cyrillic letters count for it (running
 * text is mostly lower case), upper-case ones a little, anything else outside ASCII against it.
 * KOI8-R read as Windows-1251 (or the other way round) comes out mostly upper case.
 */
function plausibility(text: string): { score: number; letters: number; other: number } {
  let lower = 0;
  let upper = 0;
  let other = 0;
  const n = Math.min(text.length, SAMPLE);
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) continue;
    if ((c >= 0x430 && c <= 0x44f) || c === 0x451) lower++;
    else if ((c >= 0x410 && c <= 0x42f) || c === 0x401) upper++;
    else if (c !== 0xa0 && c !== 0xab && c !== 0xbb && c !== 0x2116 && c !== 0x2013 && c !== 0x2014) other++;
  }
  return { score: lower + 0.3 * upper - other, letters: lower + upper, other };
}

/**
 * Bytes to text, or null when the encoding cannot be recognised:
 *  - a BOM (UTF-8, UTF-16 LE/BE) decides;
 *  - UTF-16 without a BOM is recognised by its high bytes (0x00 for ASCII, 0x04 for Cyrillic);
 *  - valid UTF-8 is UTF-8;
 *  - otherwise Windows-1251 (Russian Excel's «CSV (разделители — запятые)») or KOI8-R, whichever
 *    reads more like Russian text; NUL bytes or mostly non-letters → not recognised.
 */
export function decodeText(bytes: Uint8Array): string | null {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes.subarray(3));
  }
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return new TextDecoder('utf-16le', { ignoreBOM: true }).decode(bytes.subarray(2));
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return new TextDecoder('utf-16be', { ignoreBOM: true }).decode(bytes.subarray(2));
  }
  const utf16 = utf16Guess(bytes);
  if (utf16) return decodeStrict(utf16, bytes.length % 2 === 0 ? bytes : bytes.subarray(0, bytes.length - 1));
  const utf8 = decodeStrict('utf-8', bytes);
  if (utf8 !== null) return utf8.includes('\u0000') ? null : utf8;
  if (bytes.subarray(0, SAMPLE).includes(0)) return null;
  const cp1251 = new TextDecoder('windows-1251').decode(bytes);
  const koi8 = new TextDecoder('koi8-r').decode(bytes);
  const a = plausibility(cp1251);
  const b = plausibility(koi8);
  const best = b.score > a.score ? { text: koi8, p: b } : { text: cp1251, p: a };
  // Mostly non-letters outside ASCII: neither; a binary file or another encoding.
  if (best.p.letters < best.p.other) return null;
  return best.text;
}
