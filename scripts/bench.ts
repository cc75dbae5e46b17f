/**
 * `npm run bench`: speed figures, printed (not asserted).
 *   limit: a baseline and the product on the same generated tables (1k, 10k, 100k rows of every
 *          table shape), start-up against bare node, peak memory (scripts/bench-limit.ts);
 *          `npm run bench -- --sizes 1000,10000` for other sizes.
 *   prepare: planning «Подготовить лист» on 5k–50k rows where most rows continue the measure above
 *          (the merge-heavy worst case), and how many Apps Script calls applying the plan would take.
 *   summary: the coordinator's summary of 3,000 schools × 60 measures (the national scale of «500+»),
 *          and, separately, rendering its four sheets' grids.
 */
import { planPrepare } from '../src/domain/roadmap/prepare';
import { analyseSheet } from '../src/domain/roadmap/analyse';
import type { Grid } from '../src/domain/core/types';
import { defaultSettings } from '../src/domain/core/settings';
import { buildHalfYearReport, buildSummary, calendarGrid, responsibleGrid, summaryGrid, summaryToJson } from '../src/domain/summary';
import { syntheticSchools } from './synthetic';
import { benchLimit, benchShapeChild, benchXlsx } from './bench-limit';
import { benchCollect } from './bench-collect';

function time(fn: () => void, repeat: number): number {
  fn(); // warm-up
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < repeat; i++) fn();
  return Number(process.hrtime.bigint() - t0) / 1e6 / repeat;
}

export function benchSummary(): void {
  const schools = syntheticSchools(3000, 60);
  const ctx = { today: '2022-09-10', settings: defaultSettings() };
  const summary = buildSummary(schools, ctx);
  const msSummary = time(() => buildSummary(schools, ctx), 3);
  const msJson = time(() => summaryToJson(summary), 3);
  const msSummaryGrid = time(() => summaryGrid(summary), 3);
  const msResponsible = time(() => responsibleGrid(summary), 3);
  const msCalendar = time(() => calendarGrid(summary), 3);
  const msReport = time(() => buildHalfYearReport(schools, ctx), 3);
  const rows = [summaryGrid(summary), responsibleGrid(summary), calendarGrid(summary), buildHalfYearReport(schools, ctx).grid].map(
    (g) => `«${g.name}» — ${g.rows.length.toLocaleString('ru-RU')}`,
  );
  const measures = 3000 * 60;
  console.log('Сводка координатора (3 000 школ × 60 мероприятий = 180 000 мероприятий):');
  console.log(
    `  расчёт сводки (buildSummary): ${msSummary.toFixed(1)} мс  (${Math.round(measures / (msSummary / 1000)).toLocaleString('ru-RU')} мероприятий/с); JSON: ${msJson.toFixed(1)} мс`,
  );
  console.log('  построение листов:');
  console.log(`    «Сводка»:             ${msSummaryGrid.toFixed(1)} мс`);
  console.log(`    «Исполнители»:        ${msResponsible.toFixed(1)} мс`);
  console.log(`    «Календарь»:          ${msCalendar.toFixed(1)} мс`);
  console.log(`    «Отчёт за полугодие»: ${msReport.toFixed(1)} мс (вместе с расчётом на конец полугодия)`);
  console.log(`    всего: ${(msSummaryGrid + msResponsible + msCalendar + msReport).toFixed(1)} мс`);
  console.log(`  строк на листах: ${rows.join(', ')}`);
}

/** A roadmap of `rows` rows: a numbered measure every 50 rows, each continued over the 49 rows below it. */
function mergeHeavyRoadmap(rows: number): Grid {
  const grid: Grid = [['План на 2022 год'], ['№', 'Мероприятие', 'Срок', 'Ответственный', 'Результат']];
  for (let i = 0; i < rows; i++) {
    grid.push(i % 50 === 0 ? [String(i / 50 + 1), `Мероприятие ${i}`, 'март 2022', 'МОЦ', 'Справка'] : [null, `продолжение ${i}`, null, null, null]);
  }
  return grid;
}

export function benchPrepare(): void {
  console.log('«Подготовить лист» (планирование; почти все строки — продолжения мероприятий):');
  const times: number[] = [];
  for (const rows of [5000, 20000, 50000]) {
    const grid = mergeHeavyRoadmap(rows);
    const analysis = analyseSheet(grid, { sheetName: 'План', today: '2022-11-23' })[0];
    const ms = time(() => planPrepare(grid, analysis), 3);
    times.push(ms);
    const plan = planPrepare(grid, analysis)!;
    const calls = plan.deleteRuns.length + 3 * plan.mergedCells.length;
    console.log(
      `  ${rows.toLocaleString('ru-RU')} строк: ${ms.toFixed(1)} мс; объединений: ${plan.mergeRows.length.toLocaleString('ru-RU')}; вызовов Apps Script на применение: ~${calls.toLocaleString('ru-RU')}`,
    );
  }
  console.log(`  отношение времени 50 000 : 5 000 = ${(times[2] / times[0]).toFixed(2)} (линейный рост ≈ 10)`);
}

const sizesArg = process.argv.indexOf('--sizes');
const sizes = sizesArg > 0 ? process.argv[sizesArg + 1].split(',').map(Number) : [1000, 10000, 100000];
const shapeArg = process.argv.indexOf('--limit-shape');
if (shapeArg > 0) {
  // A child of benchLimit: one table shape in a fresh process.
  benchShapeChild(Number(process.argv[shapeArg + 1]), sizes);
} else {
  benchLimit(sizes);
  await benchXlsx();
  console.log('');
  benchPrepare();
  console.log('');
  benchSummary();
  console.log('');
  benchCollect();
}
