/**
 * The scanners of school-scan.ts against the plain loops they replace: the same answer on generated
 * texts with dashes, leads, quotes and surrogates in every order.
 */
import { abbreviationTable, dashesOutOfReach, eachAbbreviation, stopsLead } from '../../../src/domain/parse/school-scan';
import { isUnifiedDash } from '../../../src/domain/core/text';

/** dashesOutOfReach as it was: two loops in JS, from the end back to `first`, then back to a stop. */
function dashesOutOfReachReference(s: string, first: number): boolean {
  for (let i = s.length - 1; i >= first; i--) if (isUnifiedDash(s.charCodeAt(i))) return false;
  for (let i = first - 1; i >= 0; i--) {
    const c = s.charCodeAt(i);
    if (isUnifiedDash(c)) return false;
    if (stopsLead(c)) return true;
  }
  return true;
}

const PIECES = [
  'ВСОШ',
  'МСОШ',
  'СОШ',
  'ООШ',
  'НОШ',
  'НШ-ДС',
  'НШ',
  'ОШ',
  'Ш',
  'О',
  'Н',
  'С',
  'а',
  '1',
  '–',
  '—',
  '-',
  '−',
  '\u2010',
  '\ufe58',
  '\uff0d',
  ' ',
  ',',
  '(',
  ')',
  '«',
  '"',
  'МБОУ',
  'СШ',
  'далее',
  'О1',
  '😀',
  '\ud83d',
  'ё',
  'N',
  '5',
];

function* texts(count: number): Generator<string> {
  let seed = 7;
  const next = (n: number) => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed % n;
  };
  for (let i = 0; i < count; i++) {
    let t = '';
    for (let j = 0, n = next(12); j < n; j++) t += PIECES[next(PIECES.length)];
    yield t;
  }
}

test('dashesOutOfReach gives what the two loops gave, at every position of every text', () => {
  let checked = 0;
  for (const t of texts(3000)) {
    for (let first = 0; first <= t.length; first++) {
      expect([t, first, dashesOutOfReach(t, first)]).toEqual([t, first, dashesOutOfReachReference(t, first)]);
      checked++;
    }
  }
  expect(checked).toBeGreaterThan(10000);
});

test.each<[string, number, boolean]>([
  ['(далее – О1), МБОУ «СШ № 2»', 19, true],
  ['(далее – О1) МБОУ «СШ № 2»', 18, true], // «)» stops a lead
  ['сроки – МБОУ «СШ № 2»', 14, false],
  ['МБОУ «СШ № 2» – базовая', 6, false],
  ['МБОУ «СШ № 2»', 6, true],
  ['–СШ', 1, false],
])('%s at %d', (text, first, expected) => {
  expect(dashesOutOfReach(text, first)).toBe(expected);
});

test('eachAbbreviation finds what the regex of the abbreviated types finds', () => {
  // school.ts's ABBR_TYPES, in its order
  const literals = ['НШ-ДС', 'ВСОШ', 'МСОШ', 'СОШ', 'ООШ', 'НОШ', 'СШ', 'ОШ', 'НШ'];
  const re = new RegExp(literals.map((p) => String.raw`(?<![\p{L}\p{N}])(${p})(?![\p{L}])`).join('|'), 'gu');
  const table = abbreviationTable(literals);
  for (const t of texts(20000)) {
    const found: [number, number, number][] = [];
    eachAbbreviation(t, table, (start, end, i) => found.push([start, end, i]));
    const expected = [...t.matchAll(re)].map((m) => {
      const i = m.findIndex((g, n) => n > 0 && g !== undefined) - 1;
      return [m.index, m.index + m[0].length, i];
    });
    expect([t, found]).toEqual([t, expected]);
  }
});
