/**
 * «Подготовить лист» never loses what is not in the plan the user approved — through the built
 * bundle over the fake: formulas (HYPERLINK evidence, =TODAY()), notes, colours, cells right of and
 * below the table, a far stray cell. What is applied is exactly the plan shown; two executions never
 * prepare twice.
 */
import fc from 'fast-check';
import type vm from 'node:vm';
import type { PreparePlan, PrepareResult } from '../../src/contracts/schemas';
import { TRACKING_COLUMNS } from '../../src/domain/roadmap/prepare';
import { a1Of, createFakeGas, zonedDate, type FakeGas, type SeedValue } from '../fakes/gas';
import { callGlobal, loadBundle } from './bundle-context';

const HEADER = ['№', 'Мероприятие', 'Срок', 'Ответственный', 'Результат', 'Подтверждающий документ'];
const SHEET = 'План';

interface Scene {
  rows: SeedValue[][];
  formulas: { row: number; col: number; formula: string }[];
  notes: { row: number; col: number; note: string }[];
  backgrounds: { row: number; col: number; colour: string }[];
}

function open(scene: Scene): { fake: FakeGas; ctx: vm.Context } {
  const fake = createFakeGas({ sheets: { [SHEET]: scene.rows }, activeSheet: SHEET });
  const sheet = fake.spreadsheet.getSheetByName(SHEET)!;
  for (const f of scene.formulas) sheet.getRange(f.row, f.col).setFormula(f.formula);
  for (const n of scene.notes) sheet.getRange(n.row, n.col).setNote(n.note);
  for (const b of scene.backgrounds) sheet.getRange(b.row, b.col).setBackground(b.colour);
  return { fake, ctx: loadBundle(fake) };
}

interface CellState {
  value: unknown;
  formula: string | null;
  note: string;
  background: unknown;
}

/** Every cell holding a value, a formula or a note, by «row:col». */
function contentCells(fake: FakeGas, sheet: string): Map<string, CellState> {
  const out = new Map<string, CellState>();
  const values = fake.sheetValues(sheet);
  const formulas = fake.formulas(sheet);
  values.forEach((row, r) =>
    row.forEach((v, c) => {
      if (v === '' && !formulas[r]?.[c]) return;
      const cell = fake.cell(sheet, a1Of(r + 1, c + 1));
      out.set(`${r + 1}:${c + 1}`, { value: cell.value, formula: cell.formula, note: cell.note, background: cell.styles.background });
    }),
  );
  return out;
}

/** The place of original row `r` once the plan's rows are deleted, or null when it is deleted. */
function movedRow(plan: PreparePlan, r: number): number | null {
  const deleted = [...plan.removeRows, ...plan.mergeRows.map((m) => m.row)];
  if (deleted.includes(r)) return null;
  return r - deleted.filter((d) => d < r).length;
}

/** Checks that every cell outside the plan is where it should be, exactly as it was. */
function expectNothingLost(before: Map<string, CellState>, after: Map<string, CellState>, plan: PreparePlan): void {
  const mergedInto = new Set(plan.mergeRows.map((m) => m.into));
  // Cells of merged measures joined with their continuation («row:col», original rows), and where they end up.
  const continuationCols = new Set<string>();
  const joinedAfter = new Set<string>();
  for (const m of plan.mergeRows) {
    for (const key of before.keys()) {
      if (!key.startsWith(`${m.row}:`)) continue;
      const col = key.split(':')[1];
      continuationCols.add(`${m.into}:${col}`);
      joinedAfter.add(`${movedRow(plan, m.into)}:${col}`);
    }
  }
  const accounted = new Set<string>();
  for (const [key, state] of before) {
    const [r, c] = key.split(':').map(Number);
    const to = movedRow(plan, r);
    if (to === null) continue;
    const target = `${to}:${c}`;
    accounted.add(target);
    if (mergedInto.has(r) && continuationCols.has(key)) continue; // joined with its continuation: in the plan
    expect({ at: key, ...after.get(target) }).toEqual({ at: key, ...state });
  }
  const trackingHeaders = new Set(TRACKING_COLUMNS.map((t) => t.header));
  for (const [key, state] of after) {
    if (accounted.has(key)) continue;
    const [r] = key.split(':').map(Number);
    // The only new content: tracking headers on the header row, and merged measures' joined cells.
    if (r === plan.headerRow && trackingHeaders.has(String(state.value))) continue;
    if (joinedAfter.has(key)) continue;
    throw new Error(`unexpected new content at ${key}: ${JSON.stringify(state)}`);
  }
}

const link = (i: number) => `=HYPERLINK("https://school.example/doc/${i}";"Приказ № ${i}")`;

/** A roadmap as a deputy head keeps it: links as formulas, a note, a colour, notes right of it, a far stray cell. */
function realisticScene(): Scene {
  return {
    rows: [
      ['План мероприятий («дорожная карта») МБОУ «СШ № 7» на 2022 год'],
      HEADER,
      ['1', 'Совещание с педагогами', 'январь 2022', 'УО', 'Протокол'],
      ['2', 'Семинар для учителей', 'февраль 2022', 'МОЦ', 'Справка'],
      [null, 'по вопросам оценивания', null, null, null],
      HEADER,
      ['3', 'Мониторинг результатов', 'март 2022', 'ШНОР', 'Отчёт', null, null, 'моя заметка'],
      ['4', 'Публичный отчёт', 'декабрь 2022', 'ШНОР', 'Отчёт'],
      [],
      ['Исполнитель: Иванов И.И.'],
      ...Array.from({ length: 489 }, () => [] as SeedValue[]),
      [...Array(25).fill(null), 'x'],
    ],
    formulas: [
      { row: 1, col: 6, formula: '=TODAY()' },
      { row: 3, col: 6, formula: link(1) },
      { row: 4, col: 6, formula: link(2) },
      { row: 8, col: 6, formula: link(4) },
    ],
    notes: [{ row: 3, col: 2, note: 'Перенесено с декабря' }],
    backgrounds: [
      { row: 7, col: 2, colour: '#f4cccc' },
      { row: 10, col: 1, colour: '#fff2cc' },
    ],
  };
}

test('formulas, notes, colours and cells around the table survive; only the plan is applied', () => {
  const { fake, ctx } = open(realisticScene());
  const before = contentCells(fake, SHEET);
  const plan = callGlobal<PreparePlan>(ctx, 'getPreparePlan');
  expect(plan).toMatchObject({ canPrepare: true, headerRow: 2, removeRows: [6], mergeRows: [{ row: 5, into: 4 }] });
  const result = callGlobal<PrepareResult>(ctx, 'prepareSheet', plan);
  expect(result).toMatchObject({ removedRows: 1, mergedRows: 1 });

  const after = contentCells(fake, SHEET);
  expectNothingLost(before, after, plan);
  expect(fake.cell(SHEET, 'B4').value).toBe('Семинар для учителей по вопросам оценивания');
  expect(fake.cell(SHEET, 'F4').formula).toBe(link(2));
  expect(fake.cell(SHEET, 'F6').formula).toBe(link(4));
  expect(fake.cell(SHEET, 'H5').value).toBe('моя заметка');
  expect(fake.cell(SHEET, 'Z498').value).toBe('x');
  // Column H holds a user's note inside the table's rows: the tracking columns start after it.
  expect(fake.cell(SHEET, 'I2').value).toBe('Статус');
  // The copy holds the original, formulas included, and is marked as the add-on's.
  expect(contentCells(fake, result.copyName)).toEqual(before);
  expect(fake.metadata().filter((m) => m.location === result.copyName)).toHaveLength(1);
});

test('a row typed after the plan was shown: refused, nothing changed, no copy', () => {
  const { fake, ctx } = open(realisticScene());
  const plan = callGlobal<PreparePlan>(ctx, 'getPreparePlan');
  // The user adds a line without a number under measure 4 — the apply step would merge it unseen.
  fake.spreadsheet.getSheetByName(SHEET)!.getRange(9, 2).setValue('дополнение, не показанное в плане');
  const before = contentCells(fake, SHEET);
  expect(() => callGlobal(ctx, 'prepareSheet', plan)).toThrow(/Лист изменился.*посмотрите план заново/);
  expect(contentCells(fake, SHEET)).toEqual(before);
  expect(fake.sheetNames()).toEqual([SHEET]);
});

test('a plan for another sheet, a stale plan, no plan at all: refused', () => {
  const { fake, ctx } = open(realisticScene());
  const plan = callGlobal<PreparePlan>(ctx, 'getPreparePlan');
  expect(() => callGlobal(ctx, 'prepareSheet')).toThrow(/Нет плана подготовки/);
  expect(() => callGlobal(ctx, 'prepareSheet', { sheetId: 424242, token: plan.token })).toThrow(/удалён/);
  expect(() => callGlobal(ctx, 'prepareSheet', { ...plan, token: 'forged' })).toThrow(/Лист изменился/);
  expect(fake.sheetNames()).toEqual([SHEET]);
});

test('preparing an already prepared sheet makes no second copy', () => {
  const { fake, ctx } = open(realisticScene());
  const plan = callGlobal<PreparePlan>(ctx, 'getPreparePlan');
  callGlobal(ctx, 'prepareSheet', plan);
  // The roadmap, its copy and the school's hidden compact block.
  const names = fake.sheetNames();
  expect(names).toHaveLength(3);
  expect(() => callGlobal(ctx, 'prepareSheet', plan)).toThrow(/Лист изменился/);
  const again = callGlobal<PreparePlan>(ctx, 'getPreparePlan');
  expect(again).toMatchObject({ canPrepare: false, reason: expect.stringContaining('уже готов') });
  expect(() => callGlobal(ctx, 'prepareSheet', again)).toThrow(/уже готов/);
  expect(fake.sheetNames()).toEqual(names);
});

test('two dialogs applying the same plan, interleaved at every service call: the sheet is prepared once, one copy', () => {
  const probe = open(realisticScene());
  const plan = callGlobal<PreparePlan>(probe.ctx, 'getPreparePlan');
  probe.fake.calls.reset();
  callGlobal(probe.ctx, 'prepareSheet', plan);
  const calls = probe.fake.calls.total();
  const expected = contentCells(probe.fake, SHEET);

  for (let at = 1; at <= calls + 1; at++) {
    const { fake, ctx } = open(realisticScene());
    const shown = callGlobal<PreparePlan>(ctx, 'getPreparePlan');
    const outcomes: string[] = [];
    const run = () => {
      try {
        callGlobal(ctx, 'prepareSheet', shown);
        outcomes.push('applied');
      } catch (error) {
        outcomes.push((error as Error).message);
      }
    };
    fake.interleave(at, run);
    run();
    if (fake.interleaved() === 'pending') run();
    expect(outcomes.filter((o) => o === 'applied')).toHaveLength(1);
    expect(outcomes.find((o) => o !== 'applied')).toMatch(/Лист изменился/);
    expect(fake.sheetNames()).toHaveLength(3);
    expect(contentCells(fake, SHEET)).toEqual(expected);
  }
});

/** Random roadmaps with debris, split rows, formulas, notes, cells beside and below, a far stray cell. */
const sceneArb = fc
  .record({
    measures: fc.array(
      fc.record({
        split: fc.boolean(),
        breakBefore: fc.boolean(),
        link: fc.boolean(),
        aside: fc.constantFrom(null, 7, 8, 9),
        note: fc.boolean(),
      }),
      { minLength: 2, maxLength: 9 },
    ),
    strayRow: fc.integer({ min: 30, max: 1200 }),
    strayCol: fc.integer({ min: 1, max: 40 }),
    signature: fc.boolean(),
  })
  .map(({ measures, strayRow, strayCol, signature }): Scene => {
    const scene: Scene = { rows: [['Дорожная карта на 2022 год'], HEADER], formulas: [], notes: [], backgrounds: [] };
    const put = (cells: SeedValue[]) => scene.rows.push(cells) && scene.rows.length;
    measures.forEach((m, i) => {
      if (m.breakBefore && i > 0) put([...HEADER]);
      const row: SeedValue[] = [String(i + 1), `Мероприятие ${i + 1}: семинар для учителей`, 'март 2022', 'МОЦ', 'Справка'];
      if (m.aside) row[m.aside - 1] = `заметка ${i}`;
      const r = put(row);
      if (m.link) scene.formulas.push({ row: r, col: 6, formula: link(i) });
      if (m.note) scene.notes.push({ row: r, col: 2, note: `примечание ${i}` });
      scene.backgrounds.push({ row: r, col: 1, colour: i % 2 ? '#d9ead3' : '#fff2cc' });
      if (m.split) put([null, `продолжение ${i}`, null, null, null]);
    });
    if (signature) put(['Исполнитель: Иванов И.И.']);
    while (scene.rows.length < strayRow - 1) scene.rows.push([]);
    const stray: SeedValue[] = Array(strayCol - 1).fill(null);
    stray.push('x');
    scene.rows.push(stray);
    return scene;
  });

test('property: random roadmaps through «Подготовить лист» keep every cell outside the plan', () => {
  fc.assert(
    fc.property(sceneArb, (scene) => {
      const { fake, ctx } = open(scene);
      const before = contentCells(fake, SHEET);
      const plan = callGlobal<PreparePlan>(ctx, 'getPreparePlan');
      if (!plan.canPrepare) return;
      callGlobal(ctx, 'prepareSheet', plan);
      expectNothingLost(before, contentCells(fake, SHEET), plan);
    }),
    { numRuns: 40 },
  );
});

test('numbers Sheets turned into dates are listed in the plan and written back as text', () => {
  const fake = createFakeGas({
    sheets: {
      [SHEET]: [
        ['План на 2022 год'],
        HEADER,
        [zonedDate('Europe/Moscow', 2022, 1, 1), 'Совещание', 'январь 2022', 'УО', 'Протокол'],
        [zonedDate('Europe/Moscow', 2022, 10, 1), 'Семинар', 'октябрь 2022', 'МОЦ', 'Справка'],
      ],
    },
    activeSheet: SHEET,
  });
  const ctx = loadBundle(fake);
  const plan = callGlobal<PreparePlan>(ctx, 'getPreparePlan');
  expect(plan.repairNumbers).toEqual([
    { row: 3, number: '1.1' },
    { row: 4, number: '1.10' },
  ]);
  const result = callGlobal<PrepareResult>(ctx, 'prepareSheet', plan);
  expect(result.repairedNumbers).toBe(2);
  expect([fake.cell(SHEET, 'A3'), fake.cell(SHEET, 'A4')].map((c) => [c.value, c.format])).toEqual([
    ['1.1', '@'],
    ['1.10', '@'],
  ]);
});
