/** looksLikeNumber, read by hand (isNumberText), equals its regex definition on the trimmed text. */
import { isNumberText, looksLikeNumber } from '../../../src/domain/table/sniff';
import type { Cell } from '../../../src/domain/core/types';

const NUMBER_RE = /^(?:№\s*)?(?:\d+(?:\s?\.\s?\d+){0,4}\s?[.)]?|[IVX]{1,6}\.?)$/;

function byRegex(cell: Cell): boolean {
  if (typeof cell === 'number') return Number.isFinite(cell) && cell >= 0;
  if (typeof cell !== 'string') return false;
  const t = cell.trim();
  return t.length > 0 && t.length <= 20 && NUMBER_RE.test(t);
}

// A small deterministic generator (no Math.random: a failure must be reproducible).
function lcg(seed: number): () => number {
  let x = seed >>> 0;
  return () => {
    x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
    return x / 2 ** 32;
  };
}

const ALPHABET = [
  '0',
  '1',
  '7',
  '9',
  '.',
  '.',
  ' ',
  ' ',
  '\u00a0',
  '\t',
  '\n',
  '\u3000',
  '\u2028',
  '\ufeff',
  '\u180e',
  '\u200b',
  ')',
  '(',
  '№',
  'I',
  'V',
  'X',
  'i',
  'x',
  'L',
  'а',
  ',',
  '-',
];

test('on every BMP code unit, alone and in number-like frames', () => {
  const differing: string[] = [];
  for (let code = 0; code <= 0xffff; code++) {
    const c = String.fromCharCode(code);
    for (const t of [c, `1${c}`, `${c}1`, `1${c}2`, `1.${c}`, `1${c}.2`, `1.${c}2`, `№${c}1`, `I${c}`, `XV${c}`, ` ${c} `, `1.2${c}`, `1 ${c}`]) {
      if (looksLikeNumber(t) !== byRegex(t)) differing.push(t);
    }
  }
  expect(differing).toEqual([]);
});

test('on generated texts of digits, dots, spaces, brackets, roman digits and «№»', () => {
  const next = lcg(17);
  const differing: string[] = [];
  for (let k = 0; k < 300_000; k++) {
    const n = Math.floor(next() * 26);
    let t = '';
    for (let i = 0; i < n; i++) t += ALPHABET[Math.floor(next() * ALPHABET.length)];
    if (looksLikeNumber(t) !== byRegex(t)) differing.push(t);
  }
  expect(differing).toEqual([]);
});

test('on generated number-like texts: digit runs joined by dots and spaces, a prefix, a closing mark', () => {
  const next = lcg(23);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)];
  const differing: string[] = [];
  for (let k = 0; k < 100_000; k++) {
    const parts = 1 + Math.floor(next() * 7);
    let t = pick(['', '', '№', '№ ', '№\u00a0 ', ' ', 'N']);
    for (let p = 0; p < parts; p++) {
      if (p > 0) t += pick(['.', '.', ' .', '. ', ' . ', '  .', '..', ' ', '\u00a0.']);
      t += pick(['1', '12', '0', '999', '1000', 'I', 'V']);
    }
    t += pick(['', '', '.', ')', ' .', ' )', '. ', '..', '.)', ' ']);
    if (looksLikeNumber(t) !== byRegex(t)) differing.push(t);
  }
  expect(differing).toEqual([]);
});

test('at the bounds: segment counts, roman runs, the 20-character limit', () => {
  const texts = [
    '',
    ' ',
    '1',
    '1.',
    '1)',
    '1 )',
    '1 .',
    '1. ',
    '1. 2',
    '1 . 2',
    '1  .2',
    '1.  2',
    '1.2.3.4.5',
    '1.2.3.4.5.',
    '1.2.3.4.5.6',
    '1.2.3.4.5 .',
    '12.1000',
    '№1',
    '№ 1.2',
    '№  \u00a0 3)',
    '№',
    '№ ',
    '№I',
    'I',
    'IIIIII',
    'IIIIIII',
    'XVI.',
    'XVI..',
    'XVI)',
    'ii',
    '1'.repeat(20),
    '1'.repeat(21),
    ` ${'1'.repeat(20)} `,
    '\u00a0\u00a012.3.\u3000',
    '1\u00a0.\u00a02',
    '1.2)',
    '1.2.)',
    '٣',
    '１',
  ];
  for (const t of texts) expect([t, looksLikeNumber(t)]).toEqual([t, byRegex(t)]);
  for (const v of [0, 1, -1, 2.5, NaN, Infinity, null, true, new Date(0)] as Cell[]) expect(looksLikeNumber(v)).toBe(byRegex(v));
});

test('isNumberText reads only its range', () => {
  expect(isNumberText('ab1.2cd', 2, 5)).toBe(true);
  expect(isNumberText('ab1.2cd', 2, 6)).toBe(false);
  expect(isNumberText('x', 1, 1)).toBe(false);
});
