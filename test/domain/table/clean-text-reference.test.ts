/** cleanText and cleanCell equal their definition: the clean-up when a character it may change is present. */
import { cleanCell, cleanText, htmlToText, tidyWhitespace } from '../../../src/domain/table/text';
import { spaceAtAnEnd } from '../../../src/domain/core/text';
import type { Cell } from '../../../src/domain/core/types';

// The test as it was first written (class first): which alternative comes first cannot change a test's answer.
const NEEDS_CLEAN = /[<&\r\n\t\v\f\u00a0\u00ad\u1680\u2000-\u200d\u2028\u2029\u202f\u205f\u2060\u3000\ufeff]| {2}/;
const LOOKS_LIKE_HTML = /<\/?[a-zA-Z][a-zA-Z0-9]*(?:\s[^<>]*)?\/?>|&(?:[a-zA-Z]{2,8}|#\d{1,6}|#x[0-9a-fA-F]{1,6});/;

function reference(input: string): string {
  if (!spaceAtAnEnd(input) && !NEEDS_CLEAN.test(input)) return input;
  return tidyWhitespace(LOOKS_LIKE_HTML.test(input) ? htmlToText(input) : input);
}

function referenceCell(cell: Cell | undefined): Cell {
  if (typeof cell !== 'string') return cleanCell(cell);
  const t = reference(cell);
  return t === '' ? null : t;
}

test('on every BMP code unit, alone and inside text', () => {
  const differing: string[] = [];
  for (let code = 0; code <= 0xffff; code++) {
    const c = String.fromCharCode(code);
    for (const t of [c, `а${c}б`, ` ${c}`, `${c} `, `Текст ${c} текст`, `${c}${c}`, `a ${c} b  c`, `<b>${c}</b>`]) {
      if (cleanText(t) !== reference(t) || cleanCell(t) !== referenceCell(t)) differing.push(t);
    }
  }
  expect(differing).toEqual([]);
});

test('on texts of spaces, line breaks, markup and entities', () => {
  const texts = [
    '',
    ' ',
    '  ',
    'а',
    'а  б',
    'а б',
    ' а',
    'а ',
    '\u00a0',
    '\n',
    'а\r\nб',
    '<br>',
    '<p></p>',
    '&nbsp;',
    '&amp;',
    'a & b',
    'a < b',
    'Мероприятие 1: организация методического сопровождения учителей-предметников школы № 1',
    'x'.repeat(5000) + '  ',
    'x'.repeat(5000) + '\u2060',
  ];
  for (const t of texts) {
    expect([t, cleanText(t)]).toEqual([t, reference(t)]);
    expect([t, cleanCell(t)]).toEqual([t, referenceCell(t)]);
  }
  expect(cleanCell('')).toBeNull();
});

test('on every text of up to 5 characters of spaces, letters and characters it changes', () => {
  // cleanText tests the clean form (runs between single spaces) where the definition searches for a
  // character or two spaces: every arrangement of spaces between runs, at the ends and inside.
  const units = [' ', 'а', 'b', '\t', '<', '&', '\u00a0', '\u2060', '\n', '\ud800', '»'];
  const differing: string[] = [];
  const walk = (t: string): void => {
    if (cleanText(t) !== reference(t) || cleanCell(t) !== referenceCell(t)) differing.push(t);
    if (t.length < 5) for (const u of units) walk(t + u);
  };
  walk('');
  expect(differing).toEqual([]);
});

test('on long texts of many words, clean or not at the end', () => {
  const words = Array.from({ length: 20000 }, (_, i) => `слово${i % 97}`).join(' ');
  for (const t of [words, `${words}\t`, `${words}  x`, `${words} `, `x ${words}`, `${words}\u3000`, words.replace(/ /g, '')]) {
    expect(cleanText(t)).toBe(reference(t));
  }
});
