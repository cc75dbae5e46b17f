/**
 * Deadline grammar — days of the month (recurrence/days-of-month.ts). «до 5 числа», «5 и 20 числа каждого
 * месяца».
 */
import { type Case, rec, testCases } from './cases';

const CASES: Case[] = [
  // recurrences
  ['ежемесячно до 5 числа', 'A', { s: '2021-09-01', e: '2022-08-31', every: 'month', n: 12, first: ['2021-09-05', '2021-10-05'] }],
  ['5 и 20 числа каждого месяца', 'C', { s: '2022-01-01', e: '2022-12-31', every: 'month', n: 24, first: ['2022-01-05', '2022-01-20', '2022-02-05'] }],
  // more of what users write
  ['Ежеквартально до 10 числа месяца, следующего за отчетным кварталом', 'C', rec('2022-01-01', '2022-12-31', 'quarter')],
  ['до 10-го числа', 'C', { s: '2022-01-01', e: '2022-12-31', every: 'month', n: 12, first: ['2022-01-10', '2022-02-10'] }],
];

testCases('parseDeadline: days of the month', CASES);
