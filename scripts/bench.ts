/**
 * `npm run bench`: speed figures, printed (not asserted).
 *   check: rows/second for checking a 1,000- and a 10,000-row roadmap, and their time ratio
 *          (cost must grow linearly: the ratio should stay near 10).
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
import { syntheticRoadmap, syntheticSchools } from './synthetic';

function time(fn: () => void, repeat: number): number {
  fn(); // warm-up
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < repeat; i++) fn();
  return Number(process.hrtime.bigint() - t0) / 1e6 / repeat;
}

export function benchCheck(): void {
  const small = syntheticRoadmap(1000);
  const large = syntheticRoadmap(10000);
  const opts = { sheetName: 'План', today: '2022-11-23' };
  const ms1 = time(() => analyseSheet(small, opts), 5);
  const ms10 = time(() => analyseSheet(large, opts), 3);
  const diags = analyseSheet(large, opts)[0].diagnostics.length;
  console.log('Проверка дорожной карты (analyseSheet):');
  console.log(`  1 000 строк:  ${ms1.toFixed(1)} мс  (${Math.round(1000 / (ms1 / 1000)).toLocaleString('ru-RU')} строк/с)`);
  console.log(`  10 000 строк: ${ms10.toFixed(1)} мс  (${Math.round(10000 / (ms10 / 1000)).toLocaleString('ru-RU')} строк/с), замечаний: ${diags}`);
  console.log(`  отношение времени 10 000 : 1 000 = ${(ms10 / ms1).toFixed(2)} (линейный рост ≈ 10)`);
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

benchCheck();
console.log('');
benchPrepare();
console.log('');
benchSummary();
