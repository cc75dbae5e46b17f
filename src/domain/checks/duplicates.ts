/** The same measure written twice, and one school written several ways. */
import type { Measure } from '../roadmap/measure';
import { type DiagnosticSink, quote } from './context';
import { IntMap } from '../core/int-map';
import { framingStems, numbersOf, sortedUnique, stems, titleFacts } from './title-stems';

/** Stems of words that frame a measure rather than name it («Организация проведения …», «Участие в …»). */
const FRAMING = framingStems([
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
  for (let i = 0; i < stemmed.length; i++) if (FRAMING.stems.has(stemmed[i])) return stemmed.filter((s) => !FRAMING.stems.has(s));
  return stemmed;
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

const keyOf = (title: string) => stems(title).join(' ');

/**
 * The titles met so far by the hash of their stems: the first title of each hash in an IntMap (its
 * index), and, for a hash two different keys share, the firsts of those keys with their keys.
 */
class FirstOfKey {
  private readonly firstByHash: IntMap;
  private readonly shared = new Map<number, { m: Measure; key: string }[]>();

  constructor(private readonly measures: Measure[]) {
    this.firstByHash = new IntMap(measures.length);
  }

  /** The first measure whose title has the key of measure i's (its hash given), or null after noting i as the first of its key. */
  firstBefore(i: number, hash: number): Measure | null {
    const at = this.firstByHash.get(hash);
    if (at < 0) {
      this.firstByHash.set(hash, i);
      return null;
    }
    const m = this.measures[i];
    const key = keyOf(m.title);
    let list = this.shared.get(hash);
    if (!list) this.shared.set(hash, (list = [{ m: this.measures[at], key: keyOf(this.measures[at].title) }]));
    for (const e of list) if (e.key === key) return e.m;
    list.push({ m, key });
    return null;
  }
}

interface Candidate {
  m: Measure;
  /** Content stems, sorted, each once. */
  set: string[];
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
  // Titles by the hash of their stems: two keys are compared as strings only when their hashes meet.
  const firsts = new FirstOfKey(measures);
  // Titles that may nearly repeat another (their indexes), with the hash of their numbers. Their stems
  // are listed only when bucketed: most titles with numbers are alone with their numbers and never
  // compared. Typed arrays: a hash is an int32, half of which would be a heap number in an array.
  const candidates = new Int32Array(measures.length);
  const numbersHashes = new Int32Array(measures.length);
  let candidateCount = 0;
  const withNumbers = new IntMap(measures.length);
  for (let i = 0; i < measures.length; i++) {
    const m = measures[i];
    if (!m.title) continue;
    const facts = titleFacts(m.title, FRAMING);
    if (facts.empty) continue;
    const first = firsts.firstBefore(i, facts.keyHash);
    if (first) {
      sink.add(
        'duplicate-measure',
        m.row,
        'title',
        `мероприятие ${quote(m.title, 60)} уже записано в строке ${first.row}${first.number ? ` (№ ${first.number})` : ''}. Удалите повтор или уточните формулировку.`,
      );
      continue;
    }
    if (facts.contentCount < 5) continue;
    candidates[candidateCount] = i;
    numbersHashes[candidateCount++] = facts.numbersHash;
    withNumbers.increment(facts.numbersHash);
  }
  // Near repeats: bucket by the title's first three stems in sorted order to avoid comparing all pairs,
  // and by the numbers in it, as titles that differ in a number («… 5 классов» / «… 6 классов») are
  // different measures and never compared: a plan of «Мероприятие 1…», «Мероприятие 2…» makes a
  // bucket per title, not one that fills as the plan grows.
  const buckets = new Map<string, Candidate[]>();
  // A title alone with its numbers could only fill buckets of one: skipped, which leaves the other
  // buckets, and the order they are met in, as they were. (Titles whose different numbers share a
  // hash are bucketed under their own numbers: buckets of one, never compared.)
  for (let i = 0; i < candidateCount; i++) {
    if (withNumbers.get(numbersHashes[i]) === 1) continue;
    const m = measures[candidates[i]];
    const stemmed = stems(m.title);
    const c: Candidate = { m, set: sortedUnique(contentStems(stemmed)), numbers: numbersOf(stemmed) };
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
        const setA = a.set;
        const setB = b.set;
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
