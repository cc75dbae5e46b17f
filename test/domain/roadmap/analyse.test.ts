/** The per-sheet pipeline on the seeds: what a coordinator must be told, row by row. */
import fc from 'fast-check';
import { DIAGNOSTIC_CODES } from '../../../src/domain/checks/codes';
import { analyseSheet, type SheetAnalysis } from '../../../src/domain/roadmap/analyse';
import { analyseWorkbook } from '../../../src/domain/roadmap/workbook';
import type { Cell, Grid } from '../../../src/domain/core/types';
import { fixtureText, parseCsv, parseTsv } from '../../fixtures/load';

const TODAY = '2022-11-23';
const tsv = (name: string): Grid => parseTsv(fixtureText(name));
const codesAt = (a: SheetAnalysis, code: string): (number | null)[] => a.diagnostics.filter((d) => d.code === code).map((d) => d.row);
const one = (grid: Grid, sheetName = 'План', period?: string): SheetAnalysis => {
  const all = analyseSheet(grid, { sheetName, today: TODAY, period });
  expect(all).toHaveLength(1);
  return all[0];
};

describe('seed 000, order 305: the 2021/2022 plan of support for low-result schools', () => {
  const a = one(tsv('seed000-order305-plan-2021-2022.tsv'));

  test('period comes from the title lines', () => {
    expect(a.period).toMatchObject({ kind: 'academic', start: '2021-09-01', end: '2022-08-31' });
    expect(a.periodSource).toBe('title');
  });

  test('item 3.10: a responsible body typed into the deadline column', () => {
    const m = a.measures.find((x) => x.number === '3.10')!;
    expect(m.title).toBe('Выявление эффективного педагогического опыта');
    const d = a.diagnostics.find((x) => x.code === 'deadline-is-responsible')!;
    expect(d).toMatchObject({ row: m.row, field: 'deadline', severity: 'error' });
    expect(d.message).toContain('«Сроки исполнения»');
    expect(d.message).toContain('«УОиМП, ОЦПРМСО»');
    expect(d.message).toMatch(/^Лист «План», строка \d+, столбец «Сроки исполнения»: /);
  });

  test('the gap 1.8 is reported at 1.9', () => {
    const d = a.diagnostics.filter((x) => x.code === 'number-gap');
    expect(d).toHaveLength(1);
    expect(d[0].message).toContain('1.8');
    expect(d[0].row).toBe(a.measures.find((x) => x.number === '1.9')!.row);
  });

  test('numbers as written, sections, merged page-break rows', () => {
    const m110 = a.measures.find((x) => x.number === '1.10')!;
    expect(m110.title).toBe('Вовлечение органов государственного управления ШНРО в решение вопросов повышения качества образования');
    expect(m110.section).toBe('1. Организационно-управленческие меры');
    expect(m110.deadline).toMatchObject({ start: '2021-09-01', end: '2022-08-31', recurrence: null, unscheduled: false });
    expect(m110.responsible).toEqual(['ШНРО', 'ОЦПРМСО']);
    expect(a.measures.find((x) => x.number === '3.1')!.deadline).toMatchObject({ start: '2021-09-01', end: '2021-09-30' });
    expect(a.measures.find((x) => x.number === '1.17')!.deadline).toMatchObject({ start: '2022-06-01', end: '2022-06-30' });
    expect(a.measures.filter((x) => x.section?.startsWith('3.'))).toHaveLength(15);
  });

  test("abbreviations expanded from the table's own «(далее – МО)», the user's directory first", () => {
    const m = a.measures.find((x) => x.number === '1.15')!;
    expect(m.responsible).toEqual(['УОиМП', 'ОЦПРМСО', 'МО', 'ШНРО']);
    expect(m.responsibleFull[2]).toBe('методический отдел МБУ ДО «ЦДО»');
    const [own] = analyseSheet(tsv('seed000-order305-plan-2021-2022.tsv'), {
      sheetName: 'План',
      today: TODAY,
      directory: [{ abbr: 'МО', full: 'Методический отдел города' }],
    });
    expect(own.measures.find((x) => x.number === '1.15')!.responsibleFull[2]).toBe('Методический отдел города');
  });

  test('no error other than 3.10', () => {
    expect(a.diagnostics.filter((d) => d.severity === 'error').map((d) => d.code)).toEqual(['deadline-is-responsible']);
  });
});

describe('seed 000, order 470: the 2022 plan-schedule of project «500+»', () => {
  const a = one(tsv('seed000-order470-plan-2022.tsv'));
  const byNumber = (n: string) => a.measures.find((x) => x.number.replace(/\.$/, '') === n)!;

  test('period 2022 from the title; 33 measures including the unnumbered one', () => {
    expect(a.period).toMatchObject({ kind: 'calendar', start: '2022-01-01', end: '2022-12-31' });
    expect(a.measures).toHaveLength(33);
  });

  test('gaps 31, 33, 34', () => {
    const msgs = a.diagnostics.filter((d) => d.code === 'number-gap').map((d) => d.message);
    expect(msgs.join('\n')).toMatch(/нет номера 31\b/);
    expect(msgs.join('\n')).toMatch(/нет номеров 33, 34/);
  });

  test('items 28 and 29 dated 2021 in the 2022 plan', () => {
    const rows = codesAt(a, 'deadline-outside-period');
    expect(rows).toEqual([byNumber('28').row, byNumber('29').row]);
    expect(byNumber('29').deadline).toMatchObject({ start: '2021-04-01', end: '2021-05-31' });
  });

  test('the unnumbered «Публичный отчёт…» is a measure of its own, and reported', () => {
    const m = a.measures.find((x) => x.title.startsWith('Публичный отчёт школ участниц проекта 500+'))!;
    expect(m.number).toBe('');
    expect(m.deadline).toMatchObject({ start: '2022-11-01', end: '2022-11-30' });
    expect(codesAt(a, 'number-missing')).toEqual([m.row]);
    expect(byNumber('32').title).toContain('Межшкольный семинар');
  });

  test('items 25 and 30 are the same measure', () => {
    const d = a.diagnostics.filter((x) => x.code === 'duplicate-measure' && x.row === byNumber('30').row);
    expect(d).toHaveLength(1);
    expect(d[0].message).toContain(`строке ${byNumber('25').row}`);
  });

  test('indicators parsed, unmeasurable ones reported', () => {
    expect(byNumber('1').indicator).toMatchObject({ measurable: true, target: { kind: 'percent', value: 100 } });
    expect(byNumber('27').indicator).toMatchObject({ measurable: true, target: { kind: 'count', op: '>=', value: 5 } });
    expect(byNumber('10').indicator?.target).toEqual({ kind: 'half-year', h1: 40, h2: 90 });
    expect(codesAt(a, 'indicator-not-measurable')).toContain(byNumber('3').row);
  });

  test('recurring deadlines', () => {
    expect(byNumber('10').deadline?.recurrence).toMatchObject({ every: 'quarter' });
    expect(byNumber('11').deadline?.recurrence).toMatchObject({ every: 'week' });
    expect(byNumber('27').deadline).toMatchObject({ start: '2022-03-01', end: '2022-12-31', recurrence: { every: 'month' } });
  });
});

describe('seed 000 as one pasted document: every table found, every known problem reported', () => {
  const tables = analyseWorkbook([{ name: 'Документ', grid: tsv('seed000-whole-document.tsv') }], { today: TODAY });
  const all = tables.flatMap((t) => t.diagnostics);

  test('the three roadmaps are separate tables with their own periods', () => {
    const periods = tables.map((t) => t.period.label);
    expect(periods.slice(0, 3)).toEqual(['2021/2022', '2022', '2021-2024']);
    expect(tables[0].measures).toHaveLength(35);
    expect(tables[1].measures).toHaveLength(33);
    expect(tables[2].measures).toHaveLength(9);
  });

  test('3.10, the gaps, 28–29, the unnumbered row, 25 = 30', () => {
    const codes = all.map((d) => d.code);
    expect(codes).toContain('deadline-is-responsible');
    const gaps = all
      .filter((d) => d.code === 'number-gap')
      .map((d) => d.message)
      .join('\n');
    for (const n of ['1.8', '31', '33, 34']) expect(gaps).toContain(n);
    expect(all.filter((d) => d.code === 'deadline-outside-period')).toHaveLength(2);
    expect(all.filter((d) => d.code === 'number-missing')).toHaveLength(1);
    expect(all.some((d) => d.code === 'duplicate-measure' && d.message.includes('Самоанализ'))).toBe(true);
  });

  test('school 36 written three ways (one of them in the pairs table of order 384)', () => {
    const d = all.find((x) => x.code === 'school-name-variants' && x.message.includes('№ 36'))!;
    expect(d.message).toContain('им. А.М. Городнянского');
    expect(d.message).toContain('им. М.А. Городнянского');
    expect(d.message).toContain('им. С.А. Лавочкина');
  });
});

describe('seed 002: the 2018–2019 municipal project roadmap, one cell per line', () => {
  const a = one(parseCsv(fixtureText('seed002-roadmap-2018-2019.csv')));
  test('span period and per-section numbering (restarts are not duplicates)', () => {
    expect(a.period).toMatchObject({ kind: 'span', start: '2018-01-01', end: '2019-12-31' });
    expect(codesAt(a, 'number-duplicate')).toEqual([]);
    expect(
      a.diagnostics
        .filter((d) => d.code === 'number-gap')
        .map((d) => d.message)
        .join(),
    ).toContain('нет номера 4');
  });
  test('several months in one cell', () => {
    const m = a.measures.find((x) => x.deadline?.text.includes('октябрь,'))!;
    expect(m.deadline).toMatchObject({ start: '2018-03-01', end: '2018-11-30' });
  });
});

describe('tracking columns', () => {
  const a = one(tsv('synthetic-tracking-problems.tsv'), 'Школа', '2022');
  const at = (row: number) =>
    a.diagnostics
      .filter((d) => d.row === row)
      .map((d) => d.code)
      .sort();
  test('a clean done measure has nothing to report', () => {
    expect(at(3)).toEqual([]);
    expect(a.measures[0]).toMatchObject({ status: 'Выполнено', doneDate: '2022-01-25', curatorMark: 'Подтверждено', curatorDate: '2022-01-30' });
  });
  test('variants, missing date and link', () => {
    expect(at(4)).toEqual(['curator-mark-variant', 'done-without-date', 'done-without-evidence', 'status-variant']);
  });
  test('unknown status, a path instead of a link', () => {
    expect(at(5)).toEqual(expect.arrayContaining(['status-unknown', 'evidence-not-link']));
  });
  test('dates after today', () => {
    expect(at(6).filter((c) => c === 'date-in-future')).toHaveLength(2);
  });
  test('an impossible date', () => {
    expect(at(7)).toContain('date-unreadable');
  });
  test('a formula typed as a status is text, reported, never evaluated', () => {
    expect(at(8)).toContain('status-unknown');
    expect(a.measures[5].status).toBeNull();
  });
});

describe('robustness', () => {
  test('empty and odd sheets', () => {
    for (const grid of [[], [[]], [[null]], [['']], [['только текст']], [[1, 2, 3]]] as Grid[]) {
      const [a] = analyseSheet(grid, { sheetName: 'Пусто', today: TODAY });
      expect(a.measures).toEqual([]);
      expect(a.diagnostics.map((d) => d.code)).toContain('no-header');
    }
  });

  test('random grids never throw, and every code emitted is documented', () => {
    const cell: fc.Arbitrary<Cell> = fc.oneof(
      fc.string(),
      fc.constantFrom('№', 'Мероприятие', 'Срок', 'Ответственный', 'Статус', 'Выполнено', 'март 2022', '1.1', 'УО', '=1+1'),
      fc.integer(),
      fc.constant(null),
      fc.date({ noInvalidDate: true }),
    );
    fc.assert(
      fc.property(fc.array(fc.array(cell, { maxLength: 8 }), { maxLength: 25 }), (grid) => {
        for (const a of analyseSheet(grid, { sheetName: 'X', today: TODAY })) {
          for (const d of a.diagnostics) expect(Object.keys(DIAGNOSTIC_CODES)).toContain(d.code);
        }
      }),
      { numRuns: 300 },
    );
  });

  test('every diagnostic code of the seeds is documented with its severity', () => {
    const tables = analyseWorkbook([{ name: 'Д', grid: tsv('seed000-whole-document.tsv') }], { today: TODAY });
    for (const d of tables.flatMap((t) => t.diagnostics)) {
      expect(DIAGNOSTIC_CODES[d.code as keyof typeof DIAGNOSTIC_CODES].severity).toBe(d.severity);
    }
  });
});
