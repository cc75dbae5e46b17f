/**
 * Deadline grammar — what the scanner shares between cells (tokens.ts): marks, short numbers, dates
 * and known words are one object each, kept in fixed tables. A cell must read the same whatever
 * was read before it: an ordinal never turns the shared plain number into one, a word pushed out
 * of its table slot is read again, «dd.mm.yyyy» read at once reads as the general way does, and a
 * matcher looking before the first token («№ 2022») sees nothing there. Expectations are the
 * results of the parser before the tables.
 */
import { parseDeadline } from '../../../../src/domain/parse/deadline';
import { type Case, C, r, testCases, UNREADABLE } from './cases';

const CASES: Case[] = [
  // «dd.mm.yyyy» and its neighbours: a fifth year digit, a year word or a dot after it, short parts
  ['01.03.2022', 'C', r('2022-03-01', '2022-03-01')],
  ['01.03.20221', 'C', r('2022-03-01', '2022-03-01')],
  ['01.03.2022г.', 'C', r('2022-03-01', '2022-03-01')],
  ['01.03.2022.', 'C', r('2022-03-01', '2022-03-01')],
  ['1.03.2022', 'C', r('2022-03-01', '2022-03-01')],
  ['01.3.2022', 'C', r('2022-03-01', '2022-03-01')],
  ['01.03.22', 'C', r('2022-03-01', '2022-03-01')],
  ['01.03.2022-15.03.2022', 'C', r('2022-03-01', '2022-03-15')],
  ['31.04.2022', 'C', r('2022-04-30', '2022-04-30')],
  // a year or a pair of years as the first token, with and without «№» before it
  ['2022', 'C', r('2022-01-01', '2022-12-31')],
  ['№ 2022', 'C', UNREADABLE],
  ['2021-2022', 'C', r('2021-01-01', '2022-12-31')],
  ['№ 2021-2022', 'C', r('2022-01-01', '2022-12-31')],
];

testCases('shared tokens', CASES);

describe('a cell reads the same whatever was read before it', () => {
  const read = (text: string) => parseDeadline(text, C);

  test('an ordinal does not change the plain number it is made from', () => {
    const before = read('2 марта');
    read('каждый 2-й понедельник');
    read('2-го марта');
    expect(read('2 марта')).toEqual(before);
    expect(before.deadline.start).toBe('2022-03-02');
  });

  test('words pushed out of the word table are read again', () => {
    const before = read('Сентябрь 2022');
    // More distinct words of three to eight letters than the table has slots.
    for (let i = 0; i < 6000; i++) read(`ш${String.fromCharCode(0x430 + (i % 32))}${String.fromCharCode(0x430 + ((i >> 5) % 32))}${'ю'.repeat(i % 5)} 2022`);
    expect(read('Сентябрь 2022')).toEqual(before);
    expect(read('сентябрь 2022').deadline).toMatchObject({ start: '2022-09-01', end: '2022-09-30' });
    expect(read('СЕНТЯБРЬ 2022').deadline).toMatchObject({ start: '2022-09-01', end: '2022-09-30' });
  });

  test('dates and numbers pushed out of the token table are read again', () => {
    const before = read('с 01.03.2022 по 15.04.2022');
    for (let i = 0; i < 6000; i++) read(`${(i % 28) + 1}.${(i % 12) + 1}.${1990 + (i % 111)} ${i}`);
    expect(read('с 01.03.2022 по 15.04.2022')).toEqual(before);
    expect(before.deadline).toMatchObject({ start: '2022-03-01', end: '2022-04-15' });
  });

  test('the answers are not shared between calls', () => {
    const a = read('01.03.2022');
    const b = read('01.03.2022');
    expect(a).toEqual(b);
    expect(a).not.toBe(b);
    expect(a.explicitYears).not.toBe(b.explicitYears);
  });
});
