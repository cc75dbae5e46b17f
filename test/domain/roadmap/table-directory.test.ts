/** The table's own «(далее – …)» definitions on a long table of distinct texts, where the read-texts set steps aside. */
import { analyseSheet } from '../../../src/domain/roadmap/analyse';
import type { Grid } from '../../../src/domain/core/types';

function table(rows: number, repeatAt: number): Grid {
  const grid: Grid = [['План на 2022 год'], ['№', 'Мероприятие', 'Срок', 'Ответственный']];
  for (let i = 0; i < rows; i++) {
    const defining = `Отдел ${i} методической работы (далее – О${i}), О${Math.max(0, i - 1)}`;
    // Row `repeatAt` repeats row 3's text, then uses an abbreviation row 3 defined the other way round.
    const responsible = i === repeatAt ? `Отдел 3 методической работы (далее – О3), О2` : i === repeatAt + 1 ? 'О3, О2' : defining;
    grid.push([String(i + 1), `Мероприятие ${i + 1}`, 'март 2022', responsible]);
  }
  return grid;
}

test('every definition of a long table of distinct texts expands, a repeated defining text included', () => {
  const [analysis] = analyseSheet(table(3000, 2500), { sheetName: 'План', today: '2022-11-23' });
  const byRow = new Map(analysis.measures.map((m) => [Number(m.number), m]));
  expect(byRow.get(2501)!.responsibleFull).toEqual(['Отдел 3 методической работы', 'Отдел 2 методической работы']);
  expect(byRow.get(2502)!.responsibleFull).toEqual(['Отдел 3 методической работы', 'Отдел 2 методической работы']);
  expect(byRow.get(2900)!.responsibleFull).toEqual(['Отдел 2899 методической работы', 'Отдел 2898 методической работы']);
  expect(analysis.measures).toHaveLength(3000);
});
