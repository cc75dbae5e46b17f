/**
 * Deadline grammar — seasons and school holidays (atoms/months.ts). «летом», «зимой 2022» (the winter that
 * ends in 2022), «осенние каникулы».
 */
import { type Case, r, testCases } from './cases';

const CASES: Case[] = [
  // seasons
  ['летом', 'A', r('2022-06-01', '2022-08-31')],
  ['осенние каникулы', 'A', r('2021-10-28', '2021-11-06')],
  // more of what users write
  ['летний период', 'C', r('2022-06-01', '2022-08-31')],
  ['зимой 2022', 'C', r('2021-12-01', '2022-02-28')],
];

testCases('parseDeadline: seasons and school holidays', CASES);
