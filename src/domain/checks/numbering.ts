/**
 * Numbering of measures: gaps, duplicates, and rows without a number.
 * Numbers are read as dotted paths («1.10» → [1, 10]). A sequence is the set of numbers sharing a
 * parent path within one scope; a new scope starts when top-level numbering restarts at 1 in a new
 * section (plans numbered per section, like seed 002), so restarts are not reported as duplicates.
 */
import type { Measure } from '../roadmap/measure';
import { type DiagnosticSink, quote } from './context';

/** «1.10» → [1, 10]; «1.» → [1]; «1000» → [1000]; «3а» / «IV» / «-» → null (not a checkable number). */
export function numberPath(text: string): number[] | null {
  // By hand, as /^\d+(\.\d+)*$/ after one final dot cut, then split and Number: no regex or list a row.
  const t = text.trim();
  const end = t.endsWith('.') ? t.length - 1 : t.length;
  const path: number[] = [];
  let segmentStart = 0;
  let value = 0;
  for (let i = 0; i <= end; i++) {
    if (i === end || t.charCodeAt(i) === 46) {
      if (i === segmentStart) return null; // «», «.1», «1..2»
      // Up to 15 digits the sum is exact; a longer number is read as Number reads it.
      path.push(i - segmentStart <= 15 ? value : Number(t.slice(segmentStart, i)));
      segmentStart = i + 1;
      value = 0;
      continue;
    }
    const digit = t.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return null;
    value = value * 10 + digit;
  }
  return path;
}

/** path.join('.'): the number's own text when it is written so («1.10», not «01.10» or «1.10.»). */
function canonicalNumber(text: string, path: number[]): string {
  const t = text.trim();
  let length = path.length - 1; // the dots
  for (const n of path) {
    if (n >= 1e15) return path.join('.'); // read as Number reads it: its digits may not be the text's
    length += digitCount(n);
  }
  // Same length, and the text is digits and dots making this path: the same string (no leading zeros, no final dot).
  return t.length === length ? t : path.join('.');
}

function digitCount(n: number): number {
  let digits = 1;
  for (let rest = n; rest >= 10; rest = Math.floor(rest / 10)) digits++;
  return digits;
}

export function checkNumbering(measures: Measure[], sink: DiagnosticSink): void {
  let lastSection: string | null | undefined;
  let sawTopLevel = false;
  // Numbers and sequences of the current scope: a number of an earlier scope is never met again.
  let seen = new Map<string, number>(); // number → first row
  let lastInSequence = new Map<string, { value: number; row: number }>(); // parent → last

  for (const m of measures) {
    if (!m.number) {
      if (m.title) {
        sink.add(
          'number-missing',
          m.row,
          'number',
          `у мероприятия ${quote(m.title, 60)} нет номера. Это отдельное мероприятие со своим сроком — присвойте ему номер.`,
        );
      }
      continue;
    }
    const path = numberPath(m.number);
    if (!path) continue;
    if (path.length === 1 && path[0] === 1 && sawTopLevel && m.section !== lastSection) {
      seen = new Map();
      lastInSequence = new Map();
    }
    if (path.length === 1) sawTopLevel = true;
    lastSection = m.section;

    const joined = canonicalNumber(m.number, path);
    const first = seen.get(joined);
    if (first !== undefined) {
      sink.add('number-duplicate', m.row, 'number', `номер «${m.number}» уже есть у мероприятия в строке ${first}. Перенумеруйте.`);
      continue;
    }
    seen.set(joined, m.row);

    const parent = path.length === 1 ? '' : joined.slice(0, joined.lastIndexOf('.'));
    const value = path[path.length - 1];
    const prev = lastInSequence.get(parent);
    const expected = prev ? prev.value + 1 : 1;
    if (value > expected && (prev || path.length > 1 || value - expected < 50)) {
      const prefix = path
        .slice(0, -1)
        .map((n) => `${n}.`)
        .join('');
      const missing: string[] = [];
      for (let n = expected; n < value && missing.length < 20; n++) missing.push(`${prefix}${n}`);
      const after = prev ? ` (после строки ${prev.row})` : '';
      sink.add(
        'number-gap',
        m.row,
        'number',
        `пропуск в нумерации${after}: нет ${missing.length === 1 ? 'номера' : 'номеров'} ${missing.join(', ')}${value - expected > missing.length ? '…' : ''}.`,
      );
    }
    if (!prev) lastInSequence.set(parent, { value, row: m.row });
    else if (value > prev.value) {
      // Updated in place: no object a measure.
      prev.value = value;
      prev.row = m.row;
    }
  }
}
