/**
 * School names gathered across a workbook (workbook.ts, addSchoolVariants): every text cell of every
 * sheet that may hold «им.» or «имени» is read, rows of a sparse grid included; a cell too short to hold
 * one («им») is not a mention.
 */
import { analyseWorkbook } from '../../../src/domain/roadmap/workbook';
import type { Cell } from '../../../src/domain/core/types';

test('one school written three ways on two sheets, the first grid with a hole', () => {
  const header = ['№', 'Наименование мероприятия', 'Сроки', 'Ответственный'];
  const first: Cell[][] = [
    ['План на 2022 год'],
    header,
    ['1', 'Семинар', 'в течение года', 'МБОУ «СШ № 7 им. Н.И. Рыленкова»'],
    ['2', 'им', 'в течение года', 'СШ №7 имени Н. Рыленкова'],
  ];
  first[6] = ['3', 'Совещание', 'в течение года', 'им.']; // rows 5 and 6 are holes
  const second: Cell[][] = [['План на 2022 год'], header, ['1', 'Собрание', 'в течение года', 'СШ № 7 им. Рыленкова']];
  const messages = analyseWorkbook(
    [
      { name: 'План', grid: first },
      { name: 'Второй', grid: second },
    ],
    { today: '2022-11-23' },
  )
    .flatMap((t) => t.diagnostics)
    .filter((d) => d.code === 'school-name-variants')
    .map((d) => d.message);
  expect(messages).toEqual([
    'Лист «План», строка 3: одна школа названа по-разному: «МБОУ «СШ № 7 им. Н.И. Рыленкова»» (строка 3); «СШ №7 имени Н. Рыленкова» (строка 4); «СШ № 7 им. Рыленкова» (лист «Второй», строка 3). Приведите название к одному виду.',
  ]);
});
