/**
 * Deadline grammar — years, academic years and spans of years (atoms/years.ts). «2022 г.», «2021/2022
 * учебный год», «2021-2024 гг.»; a bare «2021-2022» is that academic year in an academic plan 2021/2022.
 */
import { parseDeadline } from '../../../../src/domain/parse/deadline';
import { A, C, type Case, r, testCases } from './cases';

const CASES: Case[] = [
  // whole period
  ['в течение 2022 года', 'A', r('2022-01-01', '2022-12-31')],
  ['В течение 2021-2022 учебного года', 'C', r('2021-09-01', '2022-08-31')],
  ['2021/2022 учебный год', 'C', r('2021-09-01', '2022-08-31')],
  ['2021-2022 уч. г.', 'C', r('2021-09-01', '2022-08-31')],
  ['2021-2024 гг.', 'C', r('2021-01-01', '2024-12-31')],
  ['2022 г.', 'A', r('2022-01-01', '2022-12-31')],
  ['2022', 'S', r('2022-01-01', '2022-12-31')],
  // more of what users write
  ['2021-2022', 'A', r('2021-09-01', '2022-08-31')],
  ['2021-2022', 'C', r('2021-01-01', '2022-12-31')],
  ['2022/23 уч.г.', 'C', r('2022-09-01', '2023-08-31')],
];

testCases('parseDeadline: years, academic years and spans of years', CASES);

describe('parseDeadline: explicit years', () => {
  test('explicit years are the years written in the text, sorted and unique', () => {
    expect(parseDeadline('Март – декабрь 2022 года', A).explicitYears).toEqual([2022]);
    expect(parseDeadline('с 01.09.2022 по 31.05.2023', C).explicitYears).toEqual([2022, 2023]);
    expect(parseDeadline('Сентябрь 2022 года / Октябрь 2022 года', C).explicitYears).toEqual([2022]);
    expect(parseDeadline('1.9.22', C).explicitYears).toEqual([2022]);
    expect(parseDeadline('Март-апрель', C).explicitYears).toEqual([]);
    expect(parseDeadline('в течение учебного года', A).explicitYears).toEqual([]);
    expect(parseDeadline('МБОУ «СШ № 2022»', C).explicitYears).toEqual([]);
  });
});
