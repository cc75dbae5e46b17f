/**
 * A measure title's stems, as the duplicate check compares them: lowercase words of 3+ letters,
 * «ё» as «е», endings cut to a rough stem, and numbers of any length.
 */
import { IntMap } from '../core/int-map';
import { isDigit } from '../core/letters';

/** Lowercase words of 3+ letters, «ё» as «е», endings cut to a rough stem so word forms compare equal. */
export function stems(text: string): string[] {
  // Two characters lower-case into Latin letters outside A–Z (İ → i̇, the Kelvin sign → k): the regex way.
  if (needsRegex(text)) return stemsByRegex(text);
  const out: string[] = [];
  // One pass over the text: runs of Latin/Russian letters and of ASCII digits, each sliced once and
  // lower-cased only when it has a capital or «ё».
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    const start = i;
    if (isDigit(c)) {
      while (i < text.length && isDigit(text.charCodeAt(i))) i++;
      out.push(text.slice(start, i));
      continue;
    }
    let folded = false;
    let yo = false;
    while (i < text.length) {
      const k = text.charCodeAt(i);
      const lower = lowerLetter(k);
      if (lower < 0) break;
      if (lower !== k) {
        folded = true;
        if (lower === 0x435 && k !== 0x415) yo = true; // «ё» or «Ё», not «Е»
      }
      i++;
    }
    if (i === start) {
      i++;
      continue;
    }
    const length = i - start;
    if (length < 3) continue;
    // Folding keeps the length (letters only): the stem is sliced once, then folded.
    let stem = text.slice(start, length > 5 ? i - 2 : i);
    if (folded) stem = stem.toLowerCase();
    if (yo) stem = stem.replace(/ё/g, 'е');
    out.push(stem);
  }
  return out;
}

const needsRegex = (text: string) => text.includes('\u0130') || text.includes('\u212a');

/** lowerLetter's answers below «ё» + 1, in one table: a load where the tests were up to five branches a character. */
const LOWER_LETTERS = (() => {
  const table = new Int16Array(0x452).fill(-1);
  for (let c = 97; c <= 122; c++) table[c] = c; // a–z
  for (let c = 65; c <= 90; c++) table[c] = c + 32; // A–Z
  for (let c = 0x430; c <= 0x44f; c++) table[c] = c; // а–я
  for (let c = 0x410; c <= 0x42f; c++) table[c] = c + 32; // А–Я
  table[0x451] = table[0x401] = 0x435; // ё, Ё → е
  return table;
})();

/** The char code of a Latin or Russian letter lower-cased («ё» as «е»), or -1 for any other character (NaN past the end too). */
function lowerLetter(c: number): number {
  return c < 0x452 ? LOWER_LETTERS[c] : -1;
}

/** The definition `stems` follows, kept for the two characters it cannot fold by hand (and for its test). */
export function stemsByRegex(text: string): string[] {
  // Numbers of any length count: «Мероприятие 1» and «Мероприятие 2» are two measures.
  return (
    text
      .toLowerCase()
      .replace(/ё/g, 'е')
      .match(/[a-zа-я]{3,}|\d+/g) ?? []
  ).map((w) => (w.length > 5 && !isDigitStem(w) ? w.slice(0, w.length - 2) : w));
}

/** The word starts with a digit (stems are letters only or digits only). */
export const isDigitStem = (w: string): boolean => w.charCodeAt(0) >= 48 && w.charCodeAt(0) <= 57;

/** One step of a 32-bit FNV-1a hash. */
const mix = (h: number, c: number) => Math.imul(h ^ c, 16777619);
const FNV_START = 0x811c9dc5 | 0;

/** A hash of a string's char codes (FNV-1a), the one `titleFacts` gives each stem. */
export function hashOf(s: string): number {
  let h = FNV_START;
  for (let i = 0; i < s.length; i++) h = mix(h, s.charCodeAt(i));
  return h;
}

/** What the duplicate check needs of a title before it knows whether the title repeats. */
export interface TitleFacts {
  /** A hash of the stems in order (their hashOf's, mixed): equal keys have equal hashes. */
  keyHash: number;
  /** The title has no stem (an empty key). */
  empty: boolean;
  /** How many different content stems (`isFraming` ones left out). */
  contentCount: number;
  /**
   * A hash of the set of numbers among the stems (0 for none): titles with the same numbers have the
   * same hash, whatever their order. numbersOf gives the set itself.
   */
  numbersHash: number;
}

// Where the stems of the title being read stand: start, end and hash of each, and whether it is a
// number (1) or a word (0) (reused between calls).
let starts: Int32Array = new Int32Array(64);
let ends: Int32Array = new Int32Array(64);
let hashes: Int32Array = new Int32Array(64);
let numeric: Uint8Array = new Uint8Array(64);

/** Words of a title that frame a measure rather than name it: the stems, and their hashes (a cheap first test). */
export interface FramingStems {
  readonly list: readonly string[];
  readonly stems: ReadonlySet<string>;
  readonly hashes: IntMap;
  /** 1 at the low byte of each stem's hash: most other stems are told apart by one load. */
  readonly lowBytes: Uint8Array;
}

export function framingStems(list: readonly string[]): FramingStems {
  const hashes = new IntMap(list.length);
  const lowBytes = new Uint8Array(256);
  for (const w of list) {
    hashes.set(hashOf(w), 1);
    lowBytes[hashOf(w) & 255] = 1;
  }
  return { list, stems: new Set(list), hashes, lowBytes };
}

// titleFacts' answer, reused: the duplicate check reads it at once (a new object per title was 10k a table).
const facts: TitleFacts = { keyHash: 0, empty: false, contentCount: 0, numbersHash: 0 };

/**
 * `stemFacts(stems(title))` in one pass that slices no word: stems are hashed where they stand and
 * compared char by char only when two hashes meet. Titles the pass cannot fold, or with very many
 * words, take the list way. The answer may be one record overwritten by the next call: read it at once.
 */
export function titleFacts(title: string, framing: FramingStems): TitleFacts {
  const count = locateStems(title);
  if (count < 0 || count > 64) return stemFacts(stems(title), framing);
  let keyHash = FNV_START;
  let contentCount = 0;
  let numbersHash = 0;
  // A bit per low 5 bits of the hashes of the stems before k: a stem whose bit is not set is the
  // first of its stem without a look back.
  let before = 0;
  for (let k = 0; k < count; k++) {
    const hash = hashes[k];
    keyHash = mix(keyHash, hash);
    const bit = 1 << (hash & 31);
    const maybeRepeat = (before & bit) !== 0;
    before |= bit;
    // For a number, whether it comes first is asked once for both counts.
    if (numeric[k] === 1) {
      if (maybeRepeat && !isFirstOfItsStem(title, k)) continue;
      numbersHash = addToSetHash(numbersHash, hash);
      if (!isFramingAt(title, k, framing)) contentCount++;
    } else if (!isFramingAt(title, k, framing) && (!maybeRepeat || isFirstOfItsStem(title, k))) contentCount++;
  }
  facts.keyHash = keyHash;
  facts.empty = count === 0;
  facts.contentCount = contentCount;
  facts.numbersHash = numbersHash;
  return facts;
}

/**
 * A set's hash from its members' hashes: order-free, a sum of each member's hash scrambled (MurmurHash3's
 * finaliser: FNV hashes of short digit strings are too alike to be summed as they are).
 */
function addToSetHash(setHash: number, member: number): number {
  let h = member;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (setHash + ((h ^ (h >>> 16)) | 1)) | 0;
}

/** The facts of a list of stems (the general way). */
export function stemFacts(stemmed: string[], framing: FramingStems): TitleFacts {
  let contentCount = 0;
  for (let i = 0; i < stemmed.length; i++) if (!framing.stems.has(stemmed[i]) && stemmed.indexOf(stemmed[i]) === i) contentCount++;
  let numbersHash = 0;
  for (let i = 0; i < stemmed.length; i++)
    if (isDigitStem(stemmed[i]) && stemmed.indexOf(stemmed[i]) === i) numbersHash = addToSetHash(numbersHash, hashOf(stemmed[i]));
  let keyHash = FNV_START;
  for (const stem of stemmed) keyHash = mix(keyHash, hashOf(stem));
  return { keyHash, empty: stemmed.length === 0, contentCount, numbersHash };
}

/**
 * Fills starts/ends/hashes with the stems of `text` (as `stems` cuts them); returns how many, or -1 for
 * a text that needs the regex way (needsRegex: those two characters are neither letters nor digits,
 * so they are met between stems). The text's characters are read once each, inside its length.
 */
function locateStems(text: string): number {
  const length = text.length;
  let n = 0;
  let i = 0;
  while (i < length) {
    const start = i;
    let c = text.charCodeAt(i);
    let h = FNV_START;
    if (isDigit(c)) {
      do {
        h = mix(h, c);
        i++;
      } while (i < length && isDigit((c = text.charCodeAt(i))));
      n = addStem(n, start, i, h, 1);
      continue;
    }
    // The hash one and two letters back too: a word of more than five letters loses its last two.
    let back1 = h;
    let back2 = h;
    for (let lower = lowerLetter(c); lower >= 0;) {
      back2 = back1;
      back1 = h;
      h = mix(h, lower);
      if (++i === length) break;
      lower = lowerLetter(text.charCodeAt(i));
    }
    if (i === start) {
      if (c === 0x130 || c === 0x212a) return -1;
      i++;
      continue;
    }
    const letters = i - start;
    if (letters >= 3) n = letters > 5 ? addStem(n, start, i - 2, back2, 0) : addStem(n, start, i, h, 0);
  }
  return n;
}

function addStem(n: number, start: number, end: number, hash: number, isNumber: 0 | 1): number {
  if (n === starts.length) {
    starts = grown(starts);
    ends = grown(ends);
    hashes = grown(hashes);
    const wider = new Uint8Array(numeric.length * 2);
    wider.set(numeric);
    numeric = wider;
  }
  starts[n] = start;
  ends[n] = end;
  hashes[n] = hash;
  numeric[n] = isNumber;
  return n + 1;
}

function grown(a: Int32Array): Int32Array {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
}

/** The stem's char at `i` as its key holds it: a letter folded, a digit as it is. */
function foldedAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  return isDigit(c) ? c : lowerLetter(c);
}

/** Stems a and b of the title located last are the same. */
function sameStem(text: string, a: number, b: number): boolean {
  const length = ends[a] - starts[a];
  if (ends[b] - starts[b] !== length) return false;
  for (let k = 0; k < length; k++) if (foldedAt(text, starts[a] + k) !== foldedAt(text, starts[b] + k)) return false;
  return true;
}

/** No stem before stem k of the title located last is the same stem. */
function isFirstOfItsStem(text: string, k: number): boolean {
  for (let j = 0; j < k; j++) if (hashes[j] === hashes[k] && sameStem(text, j, k)) return false;
  return true;
}

/** Stem k of the title located last is a framing word (its hash tells most stems apart at once). */
function isFramingAt(text: string, k: number, framing: FramingStems): boolean {
  if (framing.lowBytes[hashes[k] & 255] === 0 || framing.hashes.get(hashes[k]) < 0) return false;
  const length = ends[k] - starts[k];
  for (const w of framing.list) {
    if (w.length !== length) continue;
    let same = true;
    for (let i = 0; i < length && same; i++) same = foldedAt(text, starts[k] + i) === w.charCodeAt(i);
    if (same) return true;
  }
  return false;
}

/** The numbers among the stems, each once, in sorted order, joined by spaces. */
export function numbersOf(stemmed: string[]): string {
  let count = 0;
  let first = '';
  let last = '';
  for (const s of stemmed) {
    if (!isDigitStem(s)) continue;
    if (count++ === 0) first = s;
    last = s;
  }
  // No list built for none, one or two (most titles).
  if (count <= 1) return first;
  if (count === 2) return first === last ? first : first < last ? `${first} ${last}` : `${last} ${first}`;
  return sortedUnique(stemmed.filter(isDigitStem)).join(' ');
}

/** The stems each once, in sorted order (a sorted array stands for the set: fewer allocations). */
export function sortedUnique(list: string[]): string[] {
  const sorted = [...list].sort();
  let n = 0;
  for (let i = 0; i < sorted.length; i++) if (i === 0 || sorted[i] !== sorted[n - 1]) sorted[n++] = sorted[i];
  sorted.length = n;
  return sorted;
}
