/**
 * The plan-time warning «plan-below-audit-target»: the plan's own deadlines bring fewer measures due
 * by the end of a half-year than its audit target asks. Built tables, the seeds, and the command line
 * with targets from «Настройки».
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { analyseSheet, type SheetAnalysis } from '../../../src/domain/roadmap/analyse';
import { checkFiles } from '../../../src/cli/check';
import { writeWorkbook } from '../../../src/cli/workbook-io';
import { defaultSettings } from '../../../src/domain/core/settings';
import { settingsToGrid } from '../../../src/domain/workbook/kinds/settings';
import type { Grid } from '../../../src/domain/core/types';
import { fixtureText, parseCsv, parseTsv } from '../../fixtures/load';

const NB = '\u00A0';
const TODAY = '2022-01-15';
const CODE = 'plan-below-audit-target';
const MONTHS = ['январь', 'февраль', 'март', 'апрель', 'май', 'июнь', 'июль', 'август', 'сентябрь', 'октябрь', 'ноябрь', 'декабрь'];

/** A 2022 plan of 12 measures, the first `byJune` due January–June, the rest in the second half-year. */
function plan(byJune: number, extra: string[][] = []): string[][] {
  const rows: string[][] = [['План мероприятий на 2022 год'], ['№', 'Мероприятие', 'Срок', 'Ответственный', 'Статус']];
  for (let i = 0; i < 12; i++) {
    const month = i < byJune ? MONTHS[i % 6] : MONTHS[6 + (i % 6)];
    rows.push([String(i + 1), `Мероприятие ${i + 1}`, `${month} 2022`, 'УО', '']);
  }
  return [...rows, ...extra];
}
const warnings = (a: SheetAnalysis) => a.diagnostics.filter((d) => d.code === CODE);
const one = (grid: Grid, opts: Partial<Parameters<typeof analyseSheet>[1]> = {}) => analyseSheet(grid, { sheetName: 'План', today: TODAY, ...opts })[0];

describe('built plans', () => {
  test('3 of 12 by 30.06: one warning for the first half-year, with the counts', () => {
    const w = warnings(one(plan(3)));
    expect(w).toHaveLength(1);
    expect(w[0]).toMatchObject({ severity: 'warning', row: null, field: 'deadline' });
    expect(w[0].text).toBe(
      `к 30.06.2022 по плану 3 из 12 мероприятий — 25${NB}% при цели 40${NB}% (1-е полугодие). ` +
        'Чтобы достичь цели, часть мероприятий придётся выполнить раньше срока: проверьте сроки или цели аудита в «Настройках».',
    );
    expect(w[0].message).toMatch(/^Лист «План», столбец «Срок»: к 30\.06\.2022/);
  });

  test('5 of 12 (41,7 %) by 30.06 and all by 31.12: no warning', () => {
    expect(warnings(one(plan(5)))).toEqual([]);
  });

  test('a measure with no dates stays in the base and counts against the second half-year', () => {
    const targets = { auditTargets: { h1: 40, h2: 95 } };
    expect(warnings(one(plan(6), targets))).toEqual([]); // 12 of 12 by 31.12
    const w = warnings(one(plan(6, [['13', 'Консультации', 'по мере необходимости', 'УО', '']]), targets));
    expect(w.map((d) => (d.text ?? '').split('. ')[0])).toEqual([`к 31.12.2022 по плану 12 из 13 мероприятий — 92,3${NB}% при цели 95${NB}% (2-е полугодие)`]);
  });

  test('cancelled measures leave the base: 3 of 7 once five second-half measures are cancelled', () => {
    const grid = plan(3).map((r, i) => (i >= 2 + 3 && i < 2 + 8 ? [...r.slice(0, 4), 'Отменено'] : r));
    expect(warnings(one(grid))).toEqual([]); // 3 of 7 = 42,9 %
  });

  test('targets from the options («Настройки»), and none when the period is only guessed', () => {
    expect(warnings(one(plan(3), { auditTargets: { h1: 25, h2: 90 } }))).toEqual([]);
    expect(warnings(one(plan(3), { auditTargets: { h1: 26, h2: 90 } }))).toHaveLength(1);
    const untitled = plan(3)
      .slice(1)
      .map((r) => r.map((c) => String(c).replace(' 2022', '')));
    expect(one(untitled).periodSource).toBe('default');
    expect(warnings(one(untitled))).toEqual([]);
  });

  test('an academic year: the half-years end 31.12 and 30.06', () => {
    const grid: Grid = [
      ['План на 2021/2022 учебный год'],
      ['№', 'Мероприятие', 'Срок', 'Ответственный'],
      ['1', 'Совещание', 'октябрь 2021', 'УО'],
      ['2', 'Семинар', 'март 2022', 'УО'],
      ['3', 'Отчёт', 'в течение учебного года', 'УО'],
    ];
    expect(warnings(one(grid)).map((d) => (d.text ?? '').split('. ')[0])).toEqual([
      `к 31.12.2021 по плану 1 из 3 мероприятий — 33,3${NB}% при цели 40${NB}% (1-е полугодие)`,
      `к 30.06.2022 по плану 2 из 3 мероприятий — 66,7${NB}% при цели 90${NB}% (2-е полугодие)`,
    ]);
  });
});

describe('the seeds: where the warning legitimately appears', () => {
  const at = (name: string) => {
    const text = fixtureText(name);
    return analyseSheet(name.endsWith('.csv') ? parseCsv(text) : parseTsv(text), { sheetName: name, today: '2022-11-23' });
  };
  const counts = (name: string) =>
    at(name).flatMap((a) =>
      warnings(a).map((d) =>
        /по плану (\d+) из (\d+)/
          .exec(d.text ?? '')!
          .slice(1, 3)
          .join('/'),
      ),
    );

  test.each([
    ['seed000-order305-plan-2021-2022.tsv', ['8/35', '13/35']],
    ['seed000-order470-plan-2022.tsv', ['12/33']],
    ['seed000-whole-document.tsv', ['8/35', '13/35', '12/33']],
    ['seed002-roadmap-2018-2019.csv', ['0/7']],
    ['seed000-order476-network-2021-2024.tsv', []],
    ['seed000-order476-monitoring.tsv', []],
  ])('%s: %p', (name, expected) => {
    expect(counts(name)).toEqual(expected);
  });
});

describe("the command line: targets from the workbook's «Настройки»", () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plan-audit-'));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  test('default targets warn; a lower first-half target in «Настройки» does not', async () => {
    const plain = path.join(dir, 'план.xlsx');
    await writeWorkbook(plain, [{ name: 'План', rows: plan(3) }]);
    const settings = defaultSettings();
    settings.auditTargets.h1 = 25;
    const tuned = path.join(dir, 'план с настройками.xlsx');
    await writeWorkbook(tuned, [
      { name: 'План', rows: plan(3) },
      { name: 'Настройки', rows: settingsToGrid(settings) },
    ]);
    const [a, b] = await checkFiles([plain, tuned], { today: TODAY });
    expect(a.sheets[0].diagnostics.filter((d) => d.code === CODE).map((d) => d.message)).toEqual([
      `Лист «План», столбец «Срок»: к 30.06.2022 по плану 3 из 12 мероприятий — 25${NB}% при цели 40${NB}% (1-е полугодие). ` +
        'Чтобы достичь цели, часть мероприятий придётся выполнить раньше срока: проверьте сроки или цели аудита в «Настройках».',
    ]);
    expect(b.sheets.map((s) => s.name)).toEqual(['План']);
    expect(b.sheets[0].diagnostics.filter((d) => d.code === CODE)).toEqual([]);
  });
});
