/** The same measure written twice, and one school written several ways. */
import type { Measure } from '../roadmap/measure';
import { type DiagnosticSink, quote } from './context';

/** Lowercase words of 3+ letters, «ё» as «е», endings cut to a rough stem so word forms compare equal. */
export function stems(text: string): string[] {
  // Two characters lower-case into Latin letters outside A–Z (İ → i̇, the Kelvin sign → k): the regex way.
  if (text.includes('\u0130') || text.includes('\u212a')) return stemsByRegex(text);
  const out: string[] = [];
  // One pass over the text: runs of Latin/Russian letters and of ASCII digits, each sliced once and
  // lower-cased only when it has a capital or «ё».
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    const start = i;
    if (c >= 48 && c <= 57) {
      while (i < text.length && isAsciiDigit(text.charCodeAt(i))) i++;
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

const isAsciiDigit = (c: number) => c >= 48 && c <= 57;

/** The char code of a Latin or Russian letter lower-cased («ё» as «е»), or -1 for any other character. */
function lowerLetter(c: number): number {
  if (c >= 97 && c <= 122) return c; // a–z
  if (c >= 65 && c <= 90) return c + 32; // A–Z
  if (c >= 0x430 && c <= 0x44f) return c; // а–я
  if (c >= 0x410 && c <= 0x42f) return c + 32; // А–Я
  if (c === 0x451 || c === 0x401) return 0x435; // ё, Ё → е
  return -1;
}

/** The definition `stems` follows, kept for the two characters it cannot fold by hand (and for its test). */
export function stemsByRegex(text: string): string[] {
  // Numbers of any length count: «Мероприятие 1» and «Мероприятие 2» are two measures.
  return (
    text
      .toLowerCase()
      .replace(/ё/g, 'е')
      .match(/[a-zа-я]{3,}|\d+/g) ?? []
  ).map((w) => (w.length > 5 && !isDigit(w) ? w.slice(0, w.length - 2) : w));
}

/** The word starts with a digit (stems are letters only or digits only). */
const isDigit = (w: string) => w.charCodeAt(0) >= 48 && w.charCodeAt(0) <= 57;

/** Stems of words that frame a measure rather than name it («Организация проведения …», «Участие в …»). */
const GENERIC = new Set([
  'организац',
  'организаци',
  'проведен',
  'проведени',
  'участ',
  'участи',
  'обеспечен',
  'обеспечени',
  'осуществлен',
  'реализац',
  'реализаци',
  'для',
  'при',
  'рамк',
]);

/** A title's content stems (framing words left out), as they come. */
function contentStems(stemmed: string[]): string[] {
  // Most titles hold none or one: the list itself when none (it is not changed after).
  for (let i = 0; i < stemmed.length; i++) if (GENERIC.has(stemmed[i])) return stemmed.filter((s) => !GENERIC.has(s));
  return stemmed;
}

/** The stems each once, in sorted order (a sorted array stands for the set: fewer allocations). */
function sortedUnique(stems: string[]): string[] {
  const sorted = [...stems].sort();
  let n = 0;
  for (let i = 0; i < sorted.length; i++) if (i === 0 || sorted[i] !== sorted[n - 1]) sorted[n++] = sorted[i];
  sorted.length = n;
  return sorted;
}

/** How many different stems, without sorting (titles have a dozen words; a long list is sorted instead). */
function uniqueCount(stems: string[]): number {
  if (stems.length > 40) return sortedUnique(stems).length;
  let n = 0;
  for (let i = 0; i < stems.length; i++) if (stems.indexOf(stems[i]) === i) n++;
  return n;
}

/** uniqueCount(contentStems(stems)), without the list: a stem counts at its first place, framing words not at all. */
function uniqueContentCount(stems: string[]): number {
  if (stems.length > 40) return uniqueCount(contentStems(stems));
  let n = 0;
  for (let i = 0; i < stems.length; i++) if (!GENERIC.has(stems[i]) && stems.indexOf(stems[i]) === i) n++;
  return n;
}

/** The numbers among the stems, each once, in sorted order, joined by spaces. */
function numbersOf(stems: string[]): string {
  let count = 0;
  let first = '';
  let last = '';
  for (const s of stems) {
    if (!isDigit(s)) continue;
    if (count++ === 0) first = s;
    last = s;
  }
  // No list built for none, one or two (most titles).
  if (count <= 1) return first;
  if (count === 2) return first === last ? first : first < last ? `${first} ${last}` : `${last} ${first}`;
  return sortedUnique(stems.filter(isDigit)).join(' ');
}

/** How many stems two sorted stem lists share. */
function commonCount(a: readonly string[], b: readonly string[]): number {
  let common = 0;
  for (let i = 0, j = 0; i < a.length && j < b.length;) {
    if (a[i] === b[j]) {
      common++;
      i++;
      j++;
    } else if (a[i] < b[j]) i++;
    else j++;
  }
  return common;
}

interface Candidate {
  m: Measure;
  /**
   * Content stems: as they come until the title is bucketed, then sorted, each once. Null for a title
   * with numbers until it is bucketed: most such titles are alone with their numbers and never
   * compared, and holding 10k lists of stems until the end costs more (garbage collection) than
   * stemming the few again.
   */
  set: string[] | null;
  /** The numbers among them, in sorted order. */
  numbers: string;
}

/**
 * Exact repeats (same words after folding) are reported; so are near repeats: titles of at least
 * five content words (framing words like «Организация», «Проведение» left out) that differ by at
 * most one word, or overlap by 90% or more (Jaccard). Only titles sharing a bucket of stems are
 * compared, so the check stays linear on large plans.
 */
export function checkDuplicateMeasures(measures: Measure[], sink: DiagnosticSink): void {
  const byKey = new Map<string, Measure>();
  const candidates: Candidate[] = [];
  for (const m of measures) {
    if (!m.title) continue;
    const stemmed = stems(m.title);
    const key = stemmed.join(' ');
    if (!key) continue;
    const first = byKey.get(key);
    if (first) {
      sink.add(
        'duplicate-measure',
        m.row,
        'title',
        `мероприятие ${quote(m.title, 60)} уже записано в строке ${first.row}${first.number ? ` (№ ${first.number})` : ''}. Удалите повтор или уточните формулировку.`,
      );
      continue;
    }
    byKey.set(key, m);
    // The content stems are listed only for a title without numbers (the one kept): counting them and
    // reading the numbers (never framing words) need no list.
    if (uniqueContentCount(stemmed) < 5) continue;
    const numbers = numbersOf(stemmed);
    candidates.push({ m, set: numbers === '' ? contentStems(stemmed) : null, numbers });
  }
  // Near repeats: bucket by the title's first three stems in sorted order to avoid comparing all pairs,
  // and by the numbers in it, as titles that differ in a number («… 5 классов» / «… 6 классов») are
  // different measures and never compared: a plan of «Мероприятие 1…», «Мероприятие 2…» makes a
  // bucket per title, not one that fills as the plan grows.
  const buckets = new Map<string, Candidate[]>();
  // A title alone with its numbers could only fill buckets of one: skipped, which leaves the other
  // buckets, and the order they are met in, as they were.
  const withNumbers = new Map<string, number>();
  for (const c of candidates) withNumbers.set(c.numbers, (withNumbers.get(c.numbers) ?? 0) + 1);
  for (const c of candidates) {
    if (withNumbers.get(c.numbers) === 1) continue;
    c.set = sortedUnique(c.set ?? contentStems(stems(c.m.title)));
    for (let k = 0; k < Math.min(3, c.set.length); k++) {
      const s = c.set[k];
      const key = `${c.numbers}|${s}`;
      const list = buckets.get(key) ?? [];
      if (list.length < 50) list.push(c);
      buckets.set(key, list);
    }
  }
  const reported = new Set<Measure>();
  for (const list of buckets.values()) {
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const a = list[i];
        const b = list[j];
        const later = a.m.row < b.m.row ? b : a;
        const earlier = later === a ? b : a;
        if (reported.has(later.m)) continue;
        // Every bucketed title has its set.
        const setA = a.set as string[];
        const setB = b.set as string[];
        const common = commonCount(setA, setB);
        const differing = setA.length + setB.length - 2 * common;
        const jaccard = common / (setA.length + setB.length - common);
        if (differing <= 1 || jaccard >= 0.9) {
          reported.add(later.m);
          sink.add(
            'duplicate-measure',
            later.m.row,
            'title',
            `мероприятие ${quote(later.m.title, 60)} почти повторяет строку ${earlier.m.row}${earlier.m.number ? ` (№ ${earlier.m.number})` : ''}. Проверьте, не одно ли это мероприятие.`,
          );
        }
      }
    }
  }
}
