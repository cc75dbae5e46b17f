/**
 * Deadline grammar — modifiers: beginning, middle, end, halves, decades (prefixes.ts, modifiers.ts). Of a
 * month: days 1–10 / 11–20 / 21–end, halves, decades; of a longer stretch: its first / middle / last month
 * (an academic year ends in May).
 */
import { type Case, r, testCases } from './cases';

const CASES: Case[] = [
  // whole period
  ['до конца года', 'C', r('2022-01-01', '2022-12-31')],
  ['в конце учебного года', 'A', r('2022-05-01', '2022-05-31')],
  ['в конце учебного года', 'C', r('2022-05-01', '2022-05-31')],
  ['в начале учебного года', 'A', r('2021-09-01', '2021-09-30')],
  // parts of a month
  ['конец марта', 'C', r('2022-03-21', '2022-03-31')],
  ['середина апреля 2022', 'A', r('2022-04-11', '2022-04-20')],
  ['первая декада марта', 'C', r('2022-03-01', '2022-03-10')],
  ['вторая половина сентября', 'A', r('2021-09-16', '2021-09-30')],
  // more of what users write
  ['по итогам 2022 года', 'A', r('2022-12-01', '2022-12-31')],
];

testCases('parseDeadline: modifiers: beginning, middle, end, halves, decades', CASES);
