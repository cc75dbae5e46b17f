/**
 * The scanners of school-scan.ts against the plain loops they replace: the same answer on generated
 * texts with dashes, leads, quotes and surrogates in every order.
 */
import { abbreviationTable, dashesOutOfReach, eachAbbreviation, lastDashTold, stopsLead, tidinessOf } from '../../../src/domain/parse/school-scan';
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
    tidinessOf(t);
    const lastDash = lastDashTold(); // -1 when tidinessOf told no dashes: right only for a text without any
    const withDashes = /[\u2010-\u2015\u2212\ufe58\ufe63\uff0d]/.test(t);
    for (let first = 0; first <= t.length; first++) {
      const expected = dashesOutOfReachReference(t, first);
      expect([t, first, dashesOutOfReach(t, first)]).toEqual([t, first, expected]);
      if (tidinessOf(t) === 'dashes' || !withDashes) expect([t, first, dashesOutOfReach(t, first, lastDash)]).toEqual([t, first, expected]);
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

test('tidinessOf gives what its two regexes gave, on generated texts and on every character in every place', () => {
  const UNTIDY = /^ | $| {2}|[\t-\r<&\u00a0\u1680\u180e\u2000-\u200b\u2028\u2029\u202f\u205f\u3000\ufeff]/;
  const UNIFIED_DASH = /[\u2010-\u2015\u2212\ufe58\ufe63\uff0d]/;
  const reference = (s: string) => (UNTIDY.test(s) ? 'untidy' : UNIFIED_DASH.test(s) ? 'dashes' : 'plain');
  const odd = [
    ' ',
    '  ',
    '\t',
    '\n',
    '\r',
    '<',
    '&',
    '\u00a0',
    '\u2009',
    '\u200b',
    '\u202f',
    '\u3000',
    '\ufeff',
    '\u2010',
    '\u2015',
    '\u2016',
    '\u200c',
    '–',
    '—',
  ];
  const checked: string[] = [];
  for (const t of texts(20000)) checked.push(t);
  // Generated texts with the odd spaces and dashes in every order around them.
  let seed = 11;
  for (let i = 0; i < 20000; i++) {
    let t = '';
    for (let j = 0; j < i % 9; j++) {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      t += seed % 3 === 0 ? odd[seed % odd.length] : PIECES[seed % PIECES.length];
    }
    checked.push(t);
  }
  // Every code unit at the start, in the middle and at the end, with a dash before or after it.
  for (let c = 0; c < 0x10000; c++) {
    const ch = String.fromCharCode(c);
    checked.push(ch, `${ch}СШ № 1`, `СШ ${ch}№ 1`, `СШ № 1${ch}`, `(далее – О1) СШ${ch} 1`, `СШ${ch} 1 – базовая`, `– ${ch}`, `${ch} –`);
  }
  const lastDash = (t: string) => {
    for (let i = t.length - 1; i >= 0; i--) if (isUnifiedDash(t.charCodeAt(i))) return i;
    return -1;
  };
  for (const t of checked) {
    const told = tidinessOf(t);
    // With 'dashes' the last dash is told too (else -1): dashesOutOfReach is answered from it.
    const dash = lastDashTold();
    if (told !== reference(t) || dash !== (told === 'dashes' ? lastDash(t) : -1)) expect([t, told, dash]).toEqual([t, reference(t), lastDash(t)]);
  }
  expect(new Set(checked.map(tidinessOf))).toEqual(new Set(['plain', 'dashes', 'untidy']));
});
