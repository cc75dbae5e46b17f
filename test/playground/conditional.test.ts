/**
 * Conditional formats in the playground: the formula evaluator against Sheets' rules (relative
 * references, lazy IF, dates as serials, comparisons, errors apply nothing), and the sample workbook
 * loaded as Sheets imports an .xlsx — its status colours and the overdue-row rule drawn on the
 * school sheets as of the sample's date, a rule the evaluator cannot read listed as not evaluated.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SAMPLE_TODAY, writeSampleWorkbook } from '../../src/cli/sample';
import { conditionalFormula, type ConditionalRule } from '../../src/domain/workbook/templates';
import { createFakeGas } from '../../src/emulator';
import { ruleEffects } from '../../src/playground/conditional';
import { compileFormula, FormulaError, satisfied, type CellInput, type FormulaEnv } from '../../src/playground/formula';
import { loadWorkbook } from '../../src/playground/load';
import { saveWorkbook } from '../../src/playground/save';
import { Session } from '../../src/playground/runtime';
import { sheetView } from '../../src/playground/state';

const root = path.join(__dirname, '../..');
const dist = path.join(root, 'dist');
const serial = (iso: string) => (Date.parse(`${iso}T00:00:00Z`) - Date.UTC(1899, 11, 30)) / 86_400_000;

function env(rows: CellInput[][], today = '2022-11-15'): FormulaEnv {
  return { rows: rows.length, cols: Math.max(...rows.map((r) => r.length)), today: serial(today), cell: (r, c) => rows[r - 1]?.[c - 1] ?? null };
}

function run(formula: string, rows: CellInput[][], dRow = 0, dCol = 0) {
  const f = compileFormula(formula);
  if (!f) throw new Error(`not compiled: ${formula}`);
  return f.evaluate(env(rows), dRow, dCol);
}

describe('formula evaluator', () => {
  test('references move with the cell unless fixed by $', () => {
    const rows = [
      [1, 10],
      [2, 20],
    ];
    expect(run('=A1+B1', rows, 1, 0)).toBe(22);
    expect(run('=$A$1+B1', rows, 1, 0)).toBe(21);
    expect(run('=A$1', rows, 1, 1)).toBe(10);
    expect(compileFormula('=$A1>0')!.columnRelative).toBe(false);
    expect(compileFormula('=A1>0')!.columnRelative).toBe(true);
  });

  test('IF is lazy: the branch not taken may fail', () => {
    expect(run('=IF(ISNUMBER(A1),A1>1,VALUE("x")>1)', [[5]])).toBe(true);
    expect(run('=IF(ISNUMBER(A1),A1>1,VALUE("x")>1)', [['текст']])).toBeInstanceOf(FormulaError);
    expect(run('=IFERROR(VALUE("x"),7)', [[]])).toBe(7);
  });

  test('comparisons as in Sheets: an empty cell is "" and 0, text without case, numbers below text', () => {
    expect(run('=A1=""', [[null]])).toBe(true);
    expect(run('=A1=0', [[null]])).toBe(true);
    expect(run('=A1<>""', [[44600]])).toBe(true);
    expect(run('=A1="выполнено"', [['Выполнено']])).toBe(true);
    expect(run('=A1<"а"', [[5]])).toBe(true);
  });

  test('dates are serial numbers: DATE, TODAY and date cells compare', () => {
    expect(run('=DATE(2022,3,27)', [[]])).toBe(serial('2022-03-27'));
    expect(run('=DATE(2022,3,27)<TODAY()', [[]])).toBe(true);
    expect(run('=A1<TODAY()', [[serial('2022-12-01')]])).toBe(false);
  });

  test('errors propagate and apply nothing; what cannot be read is not compiled', () => {
    expect(satisfied(run('=1/0>1', [[]]))).toBe(false);
    expect(satisfied(run('=VALUE(A1)>1', [['нет']]))).toBe(false);
    expect(compileFormula('=NOSUCHFUNCTION(A1)')).toBeNull();
    expect(compileFormula("='Другой лист'!A1>1")).toBeNull();
    expect(compileFormula('=AND(')).toBeNull();
  });

  test("the templates' overdue-row formula: a date cell or a text ending in a date, before today, not done", () => {
    const rule: ConditionalRule = { kind: 'overdue-row', statusColumn: 1, deadlineColumn: 0, closed: ['Выполнено', 'Отменено'], background: '#f4cccc' };
    const f = compileFormula(conditionalFormula(rule, 1, ',')!)!;
    const rows: CellInput[][] = [
      ['до 27.03.2022', 'В работе'],
      [serial('2022-06-01'), 'Выполнено'],
      [serial('2022-06-01'), 'В работе'],
      ['в течение года', 'В работе'],
      [serial('2022-12-20'), 'Не начато'],
      ['до 27.12.2022', 'В работе'],
      [null, 'В работе'],
    ];
    const e = env(rows);
    expect(rows.map((_, i) => satisfied(f.evaluate(e, i, 0)))).toEqual([true, false, true, false, false, false, false]);
  });
});

describe('rules drawn on a sheet', () => {
  test('the first rule that holds gives the fill; bold comes with it', () => {
    const effects = ruleEffects(
      [
        { criteria: 'TEXT_EQUAL_TO', value: 'Выполнено', background: '#d9ead3', bold: null, ranges: ['B1:B3'] },
        { criteria: 'CUSTOM_FORMULA', value: '=$A1>1', background: '#f4cccc', bold: true, ranges: ['A1:B3'] },
      ],
      {
        values: [
          [1, 'Выполнено'],
          [2, 'Выполнено'],
          [3, 'В работе'],
        ],
        display: [
          ['1', 'Выполнено'],
          ['2', 'Выполнено'],
          ['3', 'В работе'],
        ],
        timeZone: 'Europe/Moscow',
        today: '2022-11-15',
      },
    );
    const at = (r: number, c: number) => effects.find((e) => e.r === r && e.c === c);
    expect(at(1, 1)).toBeUndefined();
    expect(at(1, 2)).toEqual({ r: 1, c: 2, bg: '#d9ead3' });
    expect(at(2, 1)).toEqual({ r: 2, c: 1, bg: '#f4cccc', bold: true });
    expect(at(2, 2)).toEqual({ r: 2, c: 2, bg: '#d9ead3', bold: true });
    expect(at(3, 2)).toEqual({ r: 3, c: 2, bg: '#f4cccc', bold: true });
  });
});

describe('the sample workbook in the playground', () => {
  let dir = '';
  afterAll(() => dir && fs.rmSync(dir, { recursive: true, force: true }));

  test('СШ № 9 as Sheets draws it: status colours, section rows, and a row turns red when its deadline is typed as a past date', async () => {
    if (!fs.existsSync(path.join(dist, 'Code.js'))) throw new Error('dist/Code.js is missing: run `npm run build` first (npm test does)');
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pg-cf-'));
    const file = path.join(dir, 'пример.xlsx');
    await writeSampleWorkbook(root, file);
    const { fake, fileRules } = await loadWorkbook(file, dist);
    expect(fileRules).toEqual({});
    const session = new Session(fake, dist, SAMPLE_TODAY);
    const name = 'ДК СШ № 9';
    let view = sheetView(session, name);
    expect(view.rules.length).toBe(11);
    expect(view.rules.every((r) => r.evaluated)).toBe(true);
    const header = view.display.findIndex((row) => row.includes('Статус'));
    const statusCol = view.display[header].indexOf('Статус') + 1;
    const rowOf = (status: string) => view.display.findIndex((row, i) => i > header && row[statusCol - 1] === status) + 1;
    const at = (r: number, c: number) => view.cells.find((x) => x.r === r && x.c === c);
    const [done, working] = [rowOf('Выполнено'), rowOf('В работе')];
    expect(at(done, statusCol)).toMatchObject({ conditional: true, bg: '#d9ead3' });
    expect(at(working, statusCol)).toMatchObject({ conditional: true, bg: '#fff2cc' });
    // A section heading row (only its first cell filled) is grey and bold across the table.
    const section = view.display.findIndex((row, i) => i > header && row[0] !== '' && row.slice(1).every((x) => x === '')) + 1;
    expect(at(section, 2)).toMatchObject({ conditional: true, bold: true });
    // Free-text deadlines («До 27 марта 2022») cannot be compared by the formula, in Sheets as here:
    // no row is red until the deadline is a date.
    expect(at(working, 2)?.bg).toBeUndefined();
    session.edit(name, working, 3, '01.03.2022');
    session.edit(name, done, 3, '01.03.2022');
    view = sheetView(session, name);
    expect(at(working, 2)).toMatchObject({ conditional: true, bg: '#fbe3e0' });
    // The status cell keeps its own colour: the status rules come first.
    expect(at(working, statusCol)).toMatchObject({ bg: '#fff2cc' });
    expect(at(done, 2)?.bg).toBeUndefined();

    // «Сохранить» writes the rules back; the saved file loads with the same rules and the same colours.
    const saved = await saveWorkbook(fake, dir, 'копия.xlsx');
    const again = await loadWorkbook(saved, dist);
    expect(again.fake.conditionalRules(name)).toEqual(fake.conditionalRules(name));
    const reopened = sheetView(new Session(again.fake, dist, SAMPLE_TODAY), name);
    const drawn = (v: typeof view) =>
      v.cells
        .filter((c) => c.conditional)
        .map((c) => `${c.r},${c.c},${c.bg},${c.bold}`)
        .sort();
    expect(drawn(reopened)).toEqual(drawn(view));
  });

  test('a rule the evaluator cannot read stays listed as not evaluated', () => {
    const fake = createFakeGas({ sheets: { Л: [['a'], [1]] }, htmlDir: dist });
    const sheet = fake.spreadsheet.getSheetByName('Л')!;
    const rule = fake.SpreadsheetApp.newConditionalFormatRule()
      .whenFormulaSatisfied('=НЕИЗВЕСТНО(A1)')
      .setBackground('#ff0000')
      .setRanges([sheet.getRange('A1:A2')])
      .build();
    sheet.setConditionalFormatRules([rule]);
    const session = new Session(fake, dist, SAMPLE_TODAY);
    const view = sheetView(session, 'Л');
    expect(view.rules).toEqual([{ ranges: ['A1:A2'], criteria: 'CUSTOM_FORMULA', value: '=НЕИЗВЕСТНО(A1)', evaluated: false }]);
    expect(view.cells.some((c) => c.conditional)).toBe(false);
  });
});
