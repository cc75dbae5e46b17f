/**
 * Deadline grammar — normalisation and tokens (tokens.ts). HTML tags, case, ё, dashes, Word's line break,
 * Latin look-alikes.
 */
import { parseDeadline } from '../../../../src/domain/parse/deadline';
import { A, C, type Case, r, rec, testCases } from './cases';

const CASES: Case[] = [
  // months with and without years
  ['ДЕКАБРЬ 2022 Г.', 'C', r('2022-12-01', '2022-12-31')],
  // month ranges
  ['январь ‑ март', 'A', r('2022-01-01', '2022-03-31')],
  // several parts in one cell
  [
    '<p>Сентябрь 2022 года</p> <p>Октябрь 2022 года</p> <p>Ноябрь 2022 года</p>',
    'C',
    rec('2022-09-01', '2022-11-30', 'month', ['2022-09-30', '2022-10-31', '2022-11-30']),
  ],
  // more of what users write
  ['Май\u000bИюнь', 'C', rec('2022-05-01', '2022-06-30', 'month', ['2022-05-31', '2022-06-30'])],
];

testCases('parseDeadline: normalisation and tokens', CASES);

describe('parseDeadline: normalisation details', () => {
  test('ё and е, upper and lower case read the same', () => {
    const a = parseDeadline('каждую вторую и четвёртую среду', C).deadline;
    const b = parseDeadline('КАЖДУЮ ВТОРУЮ И ЧЕТВЕРТУЮ СРЕДУ', C).deadline;
    expect(b.recurrence).toEqual(a.recurrence);
  });

  test('Latin look-alike letters inside a Russian word', () => {
    // "мaрт" with a Latin "a"
    expect(parseDeadline('м\u0061рт 2022', A).deadline.start).toBe('2022-03-01');
  });

  test('a huge cell is read quickly and does not throw', () => {
    const big = 'Март 2022, '.repeat(20000) + '\u0000\uffff';
    const res = parseDeadline(big, C);
    expect(res.readable).toBe(true);
  });
});
