/** The same measure written twice, and one school written several ways. */
import type { Measure } from '../roadmap/measure';
import { type DiagnosticSink, quote } from './context';

/** Lowercase words of 3+ letters, «ё» as «е», endings cut to a rough stem so word forms compare equal. */
export function stems(text: string): string[] {
  // Two characters lower-case into Latin letters outside A–Z (İ → i̇, the Kelvin sign → k): the regex way.
  if (text.includes('\u0130') || text.includes('\u212a')) return stemsByRegex(text);
  const out: string[] = [];
  // One pass over the text: runs of Latin/Russian letters (lower-cased) and of ASCII digits.
  let start = -1;
  let letters = false;
  let word = '';
  const flush = () => {
    if (start >= 0 && (!letters || word.length >= 3)) out.push(letters && word.length > 5 ? word.slice(0, word.length - 2) : word);
    start = -1;
    word = '';
  };
  for (let i = 0; i < text.length; i++) {
    const lower = lowerLetter(text.charCodeAt(i));
    const digit = lower < 0 && text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57;
    if (lower < 0 && !digit) {
      flush();
      continue;
    }
    if (start >= 0 && letters !== lower >= 0) flush();
    if (start < 0) {
      start = i;
      letters = lower >= 0;
    }
    word += letters ? String.fromCharCode(lower) : text[i];
  }
  flush();
  return out;
}

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

function numbersOf(set: Set<string>): string {
  return [...set].filter(isDigit).sort().join(' ');
}

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

/** The set's first three stems in sorted order (what sorting it and keeping three gives), without sorting it. */
function smallestThree(set: Set<string>): string[] {
  const low: string[] = [];
  for (const s of set) {
    if (low.length === 3 && s >= low[2]) continue;
    let i = low.length < 3 ? low.length : 2;
    while (i > 0 && low[i - 1] > s) {
      if (i < 3) low[i] = low[i - 1];
      i--;
    }
    low[i] = s;
  }
  return low;
}

function contentStems(stemmed: string[]): Set<string> {
  const set = new Set<string>();
  for (const s of stemmed) if (!GENERIC.has(s)) set.add(s);
  return set;
}

/**
 * Exact repeats (same words after folding) are reported; so are near repeats: titles of at least
 * five content words (framing words like «Организация», «Проведение» left out) that differ by at
 * most one word, or overlap by 90% or more (Jaccard). Only titles sharing a bucket of stems are
 * compared, so the check stays linear on large plans.
 */
export function checkDuplicateMeasures(measures: Measure[], sink: DiagnosticSink): void {
  const byKey = new Map<string, Measure>();
  const candidates: { m: Measure; set: Set<string>; numbers: string }[] = [];
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
    const set = contentStems(stemmed);
    if (set.size >= 5) candidates.push({ m, set, numbers: numbersOf(set) });
  }
  // Near repeats: bucket by the title's first three stems in sorted order to avoid comparing all pairs,
  // and by the numbers in it, as titles that differ in a number («… 5 классов» / «… 6 классов») are
  // different measures and never compared: a plan of «Мероприятие 1…», «Мероприятие 2…» makes a
  // bucket per title, not one that fills as the plan grows.
  const buckets = new Map<string, { m: Measure; set: Set<string>; numbers: string }[]>();
  // A title alone with its numbers could only fill buckets of one: skipped, which leaves the other
  // buckets, and the order they are met in, as they were.
  const withNumbers = new Map<string, number>();
  for (const c of candidates) withNumbers.set(c.numbers, (withNumbers.get(c.numbers) ?? 0) + 1);
  for (const c of candidates) {
    if (withNumbers.get(c.numbers) === 1) continue;
    const sig = smallestThree(c.set);
    for (const s of sig) {
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
        let common = 0;
        for (const s of a.set) if (b.set.has(s)) common++;
        const differing = a.set.size + b.set.size - 2 * common;
        const jaccard = common / (a.set.size + b.set.size - common);
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
