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

// simpleNumber's answer (module scratch): how many segments, the last one's value and where it starts.
let simpleSegments = 0;
let simpleLast = 0;
let simpleLastStart = 0;

/**
 * A number written canonically: digits and single dots, no leading zero in a segment, no final dot,
 * at most 15 digits a segment. Then canonicalNumber(text, numberPath(text)) is the text itself, its
 * parent is the text up to the last dot, and no path is needed. True with simpleSegments, simpleLast
 * and simpleLastStart set.
 */
function simpleNumber(t: string): boolean {
  let segments = 1;
  let start = 0;
  let value = 0;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c === 46) {
      if (i === start) return false;
      segments++;
      start = i + 1;
      value = 0;
      continue;
    }
    const digit = c - 48;
    if (digit < 0 || digit > 9 || (digit === 0 && i === start && i + 1 < t.length && t.charCodeAt(i + 1) !== 46)) return false;
    if (i - start >= 15) return false;
    value = value * 10 + digit;
  }
  if (start === t.length) return false; // «», «1.», «1..»
  simpleSegments = segments;
  simpleLast = value;
  simpleLastStart = start;
  return true;
}

export function checkNumbering(measures: Measure[], sink: DiagnosticSink): void {
  let lastSection: string | null | undefined;
  let sawTopLevel = false;
  // Numbers and sequences of the current scope: a number of an earlier scope is never met again.
  let scopeStart = 0;
  // number → first row; built (from the scope's measures) only when a number could repeat one before it.
  let seen: Map<string, number> | null = null;
  let lastInSequence = new Map<string, { value: number; row: number }>(); // parent → last
  // The last sequence met, so that a run of one sequence's numbers reads neither the map nor a new parent string.
  let lastParent: string | null = null;
  let lastSequence: { value: number; row: number } | undefined;

  for (let i = 0; i < measures.length; i++) {
    const m = measures[i];
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
    let joined: string;
    let value: number;
    let depth: number;
    let path: number[] | null = null;
    let parent: string;
    const text = m.number;
    if (simpleNumber(text)) {
      joined = text;
      value = simpleLast;
      depth = simpleSegments;
      const parentLength = depth === 1 ? 0 : simpleLastStart - 1;
      if (lastParent !== null && lastParent.length === parentLength && text.startsWith(lastParent)) parent = lastParent;
      else parent = depth === 1 ? '' : text.slice(0, parentLength);
    } else {
      path = numberPath(text);
      if (!path) continue;
      joined = canonicalNumber(text, path);
      value = path[path.length - 1];
      depth = path.length;
      parent = depth === 1 ? '' : joined.slice(0, joined.lastIndexOf('.'));
    }
    if (depth === 1 && value === 1 && sawTopLevel && m.section !== lastSection) {
      scopeStart = i;
      seen = null;
      lastInSequence = new Map();
      lastParent = null;
    }
    if (depth === 1) sawTopLevel = true;
    lastSection = m.section;

    const prev = parent === lastParent ? lastSequence : lastInSequence.get(parent);
    // A number greater than its sequence's last (or the first of it) cannot repeat one before it:
    // each number seen raised its sequence's last to at least its own value.
    if (seen === null && prev !== undefined && value <= prev.value) seen = seenIn(measures, scopeStart, i);
    if (seen !== null) {
      const first = seen.get(joined);
      if (first !== undefined) {
        sink.add('number-duplicate', m.row, 'number', `номер «${m.number}» уже есть у мероприятия в строке ${first}. Перенумеруйте.`);
        continue;
      }
      seen.set(joined, m.row);
    }

    const expected = prev ? prev.value + 1 : 1;
    if (value > expected && (prev || depth > 1 || value - expected < 50)) {
      const prefix = (path ?? numberPath(text)!)
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
    let sequence = prev;
    if (!sequence) {
      sequence = { value, row: m.row };
      lastInSequence.set(parent, sequence);
    } else if (value > sequence.value) {
      // Updated in place: no object a measure.
      sequence.value = value;
      sequence.row = m.row;
    }
    lastParent = parent;
    lastSequence = sequence;
  }
}

/** The numbers of measures[from…to) as checkNumbering registers them: each canonical number → its first row. */
function seenIn(measures: Measure[], from: number, to: number): Map<string, number> {
  const seen = new Map<string, number>();
  for (let i = from; i < to; i++) {
    const m = measures[i];
    if (!m.number) continue;
    const path = numberPath(m.number);
    if (!path) continue;
    const joined = canonicalNumber(m.number, path);
    if (!seen.has(joined)) seen.set(joined, m.row);
  }
  return seen;
}
