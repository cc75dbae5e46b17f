/**
 * Linear in the rows on every table shape: doubling a table costs at most 2.2× the work, counted as
 * operations (regex executions and string scans, scripts/ops-count.ts), not time. Plans of a
 * thousand measures and more read as one table, every numbered row a measure. Repeated texts are
 * parsed once per table, in a bounded cache.
 */
import { analyseWorkbook } from '../../../src/domain/roadmap/workbook';
import { analyseSheet } from '../../../src/domain/roadmap/analyse';
import { planPrepare } from '../../../src/domain/roadmap/prepare';
import type { Grid } from '../../../src/domain/core/types';
import { BENCH_SHAPES, benchRoadmap, shapeLabel } from '../../../scripts/synthetic';
import { countOps } from '../../../scripts/ops-count';
import { memoise } from '../../../src/domain/core/memo';
import { tableParsers, TEXT_CACHE_CAP } from '../../../src/domain/roadmap/measure';
import { buildDirectory } from '../../../src/domain/parse/responsible';
import { parsePeriod } from '../../../src/domain/parse/period';

const TODAY = '2022-11-23';
const ROWS = 1000;
const check = (grid: Grid) => analyseWorkbook([{ name: 'План', grid }], { today: TODAY });

describe.each(BENCH_SHAPES.map((s) => [shapeLabel(s), s] as const))('%s', (_label, shape) => {
  test(`${ROWS} → ${2 * ROWS} rows: at most 2.2× the operations`, () => {
    const small = benchRoadmap(ROWS, shape);
    const large = benchRoadmap(2 * ROWS, shape);
    check(small); // warm-up: lazily built tables of the parsers are not counted
    const a = countOps(() => check(small));
    const b = countOps(() => check(large));
    expect(a.result).toHaveLength(1);
    expect(b.result).toHaveLength(1);
    expect(a.result[0].measures).toHaveLength(ROWS);
    expect(b.result[0].measures).toHaveLength(2 * ROWS);
    expect(b.ops / a.ops).toBeLessThanOrEqual(2.2);
  });
});

/** A measure every 50 rows, continued over the 49 rows below it: «Подготовить лист» merges 49 of 50 rows. */
function mergeHeavy(rows: number): Grid {
  const grid: Grid = [['План на 2022 год'], ['№', 'Мероприятие', 'Срок', 'Ответственный', 'Результат']];
  for (let i = 0; i < rows; i++) {
    grid.push(i % 50 === 0 ? [String(i / 50 + 1), `Мероприятие ${i}`, 'март 2022', 'МОЦ', 'Справка'] : [null, `продолжение ${i}`, null, null, null]);
  }
  return grid;
}

test('«Подготовить лист» planning, merge-heavy: 5,000 → 10,000 rows at most 2.2× the operations', () => {
  const plan = (grid: Grid) => {
    const analysis = analyseSheet(grid, { sheetName: 'План', today: TODAY })[0];
    return countOps(() => planPrepare(grid, analysis));
  };
  plan(mergeHeavy(500));
  const a = plan(mergeHeavy(5000));
  const b = plan(mergeHeavy(10000));
  expect(a.result!.mergeRows).toHaveLength(4900);
  expect(b.result!.mergeRows).toHaveLength(9800);
  expect(b.ops / a.ops).toBeLessThanOrEqual(2.2);
});

test('measures numbered 1000 and above (flat and dotted) are measures of the one table', () => {
  for (const numbering of ['flat', 'dotted'] as const) {
    const grid = benchRoadmap(1200, { abbreviations: false, numbering, texts: 'repeated' });
    const [a, ...rest] = analyseSheet(grid, { sheetName: 'План', today: TODAY });
    expect(rest).toHaveLength(0);
    expect(a.measures).toHaveLength(1200);
    expect(a.diagnostics.filter((d) => d.code === 'rows-merged' || d.code === 'number-gap' || d.code === 'number-missing')).toEqual([]);
    expect(a.measures.slice(999, 1001).map((m) => m.number)).toEqual(numbering === 'flat' ? ['1000', '1001'] : ['50.20', '51.1']);
  }
  const dotted: Grid = [
    ['План на 2022 год'],
    ['№', 'Мероприятие', 'Срок', 'Ответственный', 'Результат'],
    ['12.999', 'Совещание', 'март 2022', 'МОЦ', 'Протокол'],
    ['12.1000', 'Семинар', 'апрель 2022', 'МОЦ', 'Справка'],
    ['12.1001', 'Конференция', 'май 2022', 'МОЦ', 'Сборник'],
  ];
  const [a] = analyseSheet(dotted, { sheetName: 'План', today: TODAY });
  expect(a.measures.map((m) => m.number)).toEqual(['12.999', '12.1000', '12.1001']);
  expect(a.diagnostics.filter((d) => d.code === 'rows-merged' || d.code === 'number-duplicate')).toEqual([]);
});

describe('repeated text parsed once per table, in a bounded cache', () => {
  test('memoise: one call per distinct text; when full, the oldest text is forgotten', () => {
    const calls: string[] = [];
    const length = memoise((t: string) => {
      calls.push(t);
      return t.length;
    }, 2);
    expect(['а', 'бб', 'а', 'бб', 'а'].map(length)).toEqual([1, 2, 1, 2, 1]);
    expect(calls).toEqual(['а', 'бб']);
    length('ввв'); // the map holds 2: «а» goes
    length('бб');
    length('а');
    expect(calls).toEqual(['а', 'бб', 'ввв', 'а']);
  });

  test('measures with the same deadline, indicator and responsible text share one parse', () => {
    const [a] = analyseSheet(benchRoadmap(120, { abbreviations: false, numbering: 'dotted', texts: 'repeated' }), { sheetName: 'План', today: TODAY });
    const m = a.measures;
    const same = m.filter((x) => x.deadline?.text === 'в течение учебного года');
    expect(same.length).toBeGreaterThan(10);
    expect(new Set(same.map((x) => x.deadline)).size).toBe(1);
    expect(m[0].indicator).toBe(m[4].indicator);
    expect(m[0].responsible).toBe(m[4].responsible);
    expect(m[0].responsibleFull).toEqual([
      'управление образования и молодежной политики',
      'образовательный центр поддержки и развития муниципальной системы образования',
    ]);
  });

  test('a table of distinct texts keeps at most the cap of each', () => {
    const dir = buildDirectory();
    const parsers = tableParsers(parsePeriod('2022')!, dir, 3);
    const first = parsers.deadline('март 2022');
    expect(parsers.deadline('март 2022')).toBe(first);
    for (const t of ['апрель 2022', 'май 2022', 'июнь 2022']) parsers.deadline(t);
    const again = parsers.deadline('март 2022');
    expect(again).not.toBe(first); // parsed again: it had been dropped
    expect(again).toEqual(first);
    expect(TEXT_CACHE_CAP).toBeGreaterThanOrEqual(1000);
    expect(TEXT_CACHE_CAP).toBeLessThanOrEqual(10000);
  });

  test('on texts that never repeat the cache steps aside, and comes back when they repeat again', () => {
    let calls = 0;
    const parse = memoise((t: string) => {
      calls++;
      return { t };
    }, 100000);
    for (let i = 0; i < 512; i++) parse(`срок ${i}`);
    // A window of 512 lookups without a hit: the next calls go straight to the parser.
    const a = parse('март 2022');
    const b = parse('март 2022');
    expect(a).not.toBe(b);
    expect(a).toEqual(b);
    calls = 0;
    // After the skipped windows the cache is tried again: a repeated text is parsed once per window.
    for (let i = 0; i < 5000; i++) parse('март 2022');
    expect(calls).toBeLessThan(2100);
    const c = parse('март 2022');
    expect(parse('март 2022')).toBe(c);
  });
});
