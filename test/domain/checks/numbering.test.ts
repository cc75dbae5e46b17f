/**
 * checkNumbering against the function as it was before its fast path for canonical numbers (kept
 * here as the reference): the same diagnostics, in the same order, over odd numbers («1.10», «01»,
 * «1.», «1000», «1)», spaces), gaps, duplicates, out-of-order numbers and new sequences per section.
 */
import type { Measure } from '../../../src/domain/roadmap/measure';
import { checkNumbering, numberPath } from '../../../src/domain/checks/numbering';
import { DiagnosticSink, quote } from '../../../src/domain/checks/context';
import { picker } from '../../fakes/random';

/** path.join('.'), as the reference computed it. */
function canonicalNumber(text: string, path: number[]): string {
  const t = text.trim();
  let length = path.length - 1;
  for (const n of path) {
    if (n >= 1e15) return path.join('.');
    length += String(n).length;
  }
  return t.length === length ? t : path.join('.');
}

function referenceNumbering(measures: Measure[], sink: DiagnosticSink): void {
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

function measure(number: string, section: string | null, row: number): Measure {
  return { row, number, section, title: number === '' && row % 3 === 0 ? '' : `Мероприятие ${row}` } as Measure;
}

function messages(measures: Measure[], check: (m: Measure[], s: DiagnosticSink) => void): string[] {
  const sink = new DiagnosticSink('План', { columns: {} });
  check(measures, sink);
  return sink.list.map((d) => `${d.code} ${d.row} ${d.message}`);
}

const ODD = ['', '1.10', '01', '1.', '1000', '1)', ' 2.3 ', '1..2', '.1', '2.01', '0', '1.0', '3а', 'IV', '-', '1.2.', '007.1', '1 .2'];
const LONG = ['1234567890123456', '1.1234567890123456', '123456789012345', '9'.repeat(30), '1.' + '9'.repeat(400)];

function generated(seed: number, count: number): Measure[] {
  const pick = picker(seed);
  const out: Measure[] = [];
  let section: string | null = null;
  let top = 1;
  let sub = 0;
  for (let row = 1; out.length < count; row++) {
    const r = pick(100);
    if (r < 3) {
      section = `Раздел ${row}`;
      if (pick(2) === 0) top = 1; // numbering restarts in the new section
    }
    let number: string;
    if (r < 60) number = `${top}.${++sub}`;
    else if (r < 66)
      number = `${top}.${sub + 1 + pick(30)}`; // a gap
    else if (r < 72)
      number = `${top}.${1 + pick(sub + 1)}`; // an earlier one: a duplicate or out of order
    else if (r < 78) {
      top += pick(3) === 0 ? 2 : 1;
      sub = 0;
      number = `${top}`;
    } else if (r < 82) number = `${top}.${sub}.${1 + pick(4)}`;
    else if (r < 86) number = `${1 + pick(60)}`;
    else if (r < 94) number = ODD[pick(ODD.length)];
    else if (r < 96) number = LONG[pick(LONG.length)];
    else number = `${top}.${sub}${pick(2) === 0 ? '.' : ''}`;
    out.push(measure(number, section, row));
  }
  return out;
}

describe('checkNumbering: the fast path for canonical numbers says what the reference says', () => {
  test.each([1, 2, 3, 4, 5, 6, 7, 8])('generated numbering (seed %i)', (seed) => {
    const ms = generated(seed * 104729, 3000);
    const got = messages(ms, checkNumbering);
    expect(got.length).toBeGreaterThan(100);
    expect(got).toEqual(messages(ms, referenceNumbering));
  });

  test.each([
    [['1', '1.1', '1.2', '1.2', '1.4']],
    [['1.10', '1.010', '1.10.', ' 1.10', '1.1']],
    [['01', '1', '1.', '2', '02']],
    [['1', '1.1', '1.3', '1.2', '1.3', '1.2']],
    [['1000', '1001', '1', '2', '1000']],
    [['1)', '2)', '1', '3']],
    [['1.1', '2.1', '1.2', '2.2', '1.1', '2.3']],
    [['1', '1.1', '1.1.1', '1.1.3', '1.2', '1.1.2', '1.1.4']],
    [['1234567890123456', '1234567890123457', '1234567890123456']],
    [['0', '1', '0', '0.1', '0.0']],
    [['2', '3', '1', '2']],
  ])('%j', (numbers) => {
    for (const sections of [numbers.map(() => null), numbers.map((n, i) => (n === '1' ? `Раздел ${i}` : null))]) {
      const ms = numbers.map((n, i) => measure(n, sections[i], i + 10));
      expect(messages(ms, checkNumbering)).toEqual(messages(ms, referenceNumbering));
    }
  });

  test('new sequences per section: a restart at 1 is not a duplicate', () => {
    const ms = ['1', '1.1', '1.2', '1', '1.1', '1.1'].map((n, i) => measure(n, i < 3 ? 'А' : 'Б', i + 1));
    const got = messages(ms, checkNumbering);
    expect(got).toEqual(messages(ms, referenceNumbering));
    expect(got.map((d) => d.split(' ').slice(0, 2).join(' '))).toEqual(['number-duplicate 6']);
    expect(numberPath('1.10')).toEqual([1, 10]);
  });
});
