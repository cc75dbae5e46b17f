/**
 * Deadline grammar — the hand-written scanner (tokens.ts) on the forms it reads by hand: dates
 * with any dash, short years, digit runs that are not dates, capitals and folds read as it scans,
 * and the cells that take the full way (tags, entities, «\r», «\u000b», characters outside its
 * plain set). Expectations are the results of the regex tokenizer it replaced.
 */
import { parseDeadline } from '../../../../src/domain/parse/deadline';
import { type Case, C, r, rec, testCases, UNREADABLE, UNSCHEDULED } from './cases';

const CASES: Case[] = [
  // dates: ISO with short parts and a non-ASCII hyphen, short years, m.yyyy, d.m then a stray digit
  ['2022-3-7', 'C', r('2022-03-07', '2022-03-07')],
  ['2022\u20113\u20117', 'C', r('2022-03-07', '2022-03-07')],
  ['1.9.22 – 15.9.22', 'A', r('2022-09-01', '2022-09-15')],
  ['15.04.2', 'C', r('2022-04-15', '2022-04-15')],
  ['05.2022 – 07.2022', 'C', r('2022-05-01', '2022-07-31')],
  ['1.2022.5', 'C', r('2022-01-01', '2022-01-31')],
  ['12345-03-04', 'C', UNREADABLE],
  ['01.03.2022\u200b–\u200b15.04.2022', 'C', r('2022-03-01', '2022-04-15')],
  // ordinals with and without a dash
  [
    'каждый 2-й и 4й вторник месяца',
    'C',
    rec('2022-01-01', '2022-12-31', 'month', [
      '2022-01-11',
      '2022-01-25',
      '2022-02-08',
      '2022-02-22',
      '2022-03-08',
      '2022-03-22',
      '2022-04-12',
      '2022-04-26',
      '2022-05-10',
      '2022-05-24',
      '2022-06-14',
      '2022-06-28',
      '2022-07-12',
      '2022-07-26',
      '2022-08-09',
      '2022-08-23',
      '2022-09-13',
      '2022-09-27',
      '2022-10-11',
      '2022-10-25',
      '2022-11-08',
      '2022-11-22',
      '2022-12-13',
      '2022-12-27',
    ]),
  ],
  // capitals, Ё and І read by the scanner; Latin look-alikes inside Cyrillic words
  ['СЕНТЯБРЬ – ОКТЯБРЬ', 'A', r('2021-09-01', '2021-10-31')],
  ['Ёжемесячно', 'C', rec('2022-01-01', '2022-12-31', 'month')],
  ['до 15 Марта 2022 г.', 'C', r('2022-01-01', '2022-03-15')],
  ['I\u0406 четверть', 'A', r('2021-11-01', '2021-12-29')],
  ['с 1 по 15 с\u0065нтября', 'A', r('2021-09-01', '2021-09-15')],
  ['п\u006f мере необходимости', 'C', UNSCHEDULED],
  ['Март\u00a02022\u2009г.', 'C', r('2022-03-01', '2022-03-31')],
  ['\u2028апрель\u2029май', 'C', rec('2022-04-01', '2022-05-31', 'month', ['2022-04-30', '2022-05-31'])],
  // the full way: «\r\n», Word's line break, tags and entities, a character outside the plain set
  ['ЕЖЕМЕСЯЧНО\r\nс марта', 'C', rec('2022-03-01', '2022-12-31', 'month')],
  ['Май\u000bИюнь', 'C', rec('2022-05-01', '2022-06-30', 'month', ['2022-05-31', '2022-06-30'])],
  ['<br>март&nbsp;2022', 'C', r('2022-03-01', '2022-03-31')],
  ['Été 2022, март', 'C', r('2022-01-01', '2022-12-31')],
  ['Ⅱ полугодие', 'A', UNREADABLE],
];

testCases('parseDeadline: the scanner', CASES);

describe('parseDeadline: the scanner, same words either way', () => {
  test('a capitalised cell reads as its lower case', () => {
    for (const t of ['С 1 МАРТА ПО 15 АПРЕЛЯ 2022 Г.', 'Ежемесячно С Марта', 'Ⅱ ПОЛУГОДИЕ', 'ÉTÉ 2022, МАРТ']) {
      expect(parseDeadline(t, C).deadline.start).toBe(parseDeadline(t.toLowerCase(), C).deadline.start);
      expect(parseDeadline(t, C).deadline.recurrence).toEqual(parseDeadline(t.toLowerCase(), C).deadline.recurrence);
    }
  });
});
