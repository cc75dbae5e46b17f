/**
 * The measure forms' server functions over the emulator: constant service calls, refusals, nothing
 * else written; after a write the school's compact block is fresh.
 */
import { BLOCK_KEY } from '../../src/app/school-block';
import { decodeBlock, type CompactBlock } from '../../src/domain/summary';
import { getMeasureFormData, saveCuratorReview, saveProgress } from '../../src/gas/forms';
import { getMeasureEditorData, saveMeasure } from '../../src/gas/measure-editor';
import { GasOwnedSheets } from '../../src/gas/owned';
import { createFakeGas, type FakeGas, type SeedValue } from '../fakes/gas';

const HEADER = [
  '№',
  'Мероприятие',
  'Срок',
  'Ответственный',
  'Статус',
  'Дата выполнения',
  'Факт',
  'Подтверждающий документ',
  'Отметка куратора',
  'Дата отметки',
  'Комментарий куратора',
  'Комментарий',
];

let restore: (() => void) | null = null;
afterEach(() => {
  restore?.();
  restore = null;
});

function withPlan(n: number): FakeGas {
  const rows: SeedValue[][] = Array.from({ length: n }, (_, i) => [String(i + 1), `Мероприятие ${i + 1}`, 'ноябрь 2026', 'УО']);
  const fake = createFakeGas({ sheets: { План: [['План на 2026 год'], HEADER, ...rows] }, activeSheet: 'План' });
  restore = fake.installGlobals();
  SpreadsheetApp.getActiveSpreadsheet().getSheetByName('План')!.getRange('A5').activate();
  return fake;
}

/** The school's compact block as the hidden owned sheet holds it (null when none). */
function blockOf(fake: FakeGas): CompactBlock | null {
  const sheet = new GasOwnedSheets(fake.spreadsheet).owned(BLOCK_KEY, '', false);
  return sheet ? decodeBlock(sheet.readAll()) : null;
}

const progressOf = (data: ReturnType<typeof getMeasureFormData>) => {
  const m = data.measures[0];
  return {
    sheetId: data.sheetId,
    measures: [{ row: m.row, fingerprint: m.fingerprint, number: m.number, title: m.title }],
    status: 'Выполнено',
    doneDate: data.today,
    comment: 'готово',
  };
};

test('a submit, with the block refresh after it, costs the same number of service calls on 100 and 3,000 rows', () => {
  const counts = [100, 3000].map((n) => {
    const fake = withPlan(n);
    const data = getMeasureFormData();
    fake.calls.reset();
    const result = saveProgress(progressOf(data));
    expect(result.ok).toBe(true);
    // The block's new sheet grows once to hold 3,000 rows (one call, whatever the size).
    const first = fake.calls.total() - fake.calls.count('Sheet.insertRowsAfter');
    // The second submit finds the block's sheet there and large enough.
    const again = getMeasureFormData();
    fake.calls.reset();
    expect(saveProgress({ ...progressOf(again), comment: 'ещё раз' }).ok).toBe(true);
    const second = fake.calls.total();
    expect(blockOf(fake)?.tables[0].measures).toHaveLength(n);
    restore?.();
    restore = null;
    return [first, second];
  });
  expect(counts[0]).toEqual(counts[1]);
});

test('after «Отметить выполнение…», «Проверка куратора…» and «Мероприятие…» the school block is fresh', () => {
  const fake = withPlan(3);
  expect(blockOf(fake)).toBeNull();
  const data = getMeasureFormData();
  const result = saveProgress({ ...progressOf(data), evidence: 'https://example.org/protocol' });
  expect(result).toMatchObject({ ok: true, message: 'Записано: 1 мероприятие.' });
  const afterProgress = blockOf(fake)!;
  expect(afterProgress.tables[0].measures.map((m) => [m.number, m.status, m.evidence, m.curatorMark])).toEqual([
    ['1', null, null, null],
    ['2', null, null, null],
    ['3', 'Выполнено', 'https://example.org/protocol', null],
  ]);
  expect(Date.now() - Date.parse(afterProgress.writtenAt)).toBeLessThan(60_000);

  const review = getMeasureFormData();
  const m = review.measures[0];
  const shown = { row: m.row, fingerprint: m.fingerprint, number: m.number, title: m.title };
  expect(
    saveCuratorReview({ sheetId: review.sheetId, measure: shown, mark: 'Подтверждено', date: review.today, comment: '', reviewer: 'Иванова И.И.' }).ok,
  ).toBe(true);
  expect(blockOf(fake)!.tables[0].measures[2].curatorMark).toBe('Подтверждено');

  const editor = getMeasureEditorData();
  const added = saveMeasure({
    sheetId: editor.sheetId,
    draft: { number: '4', title: 'Педагогический совет', task: '', deadline: 'декабрь 2026', indicator: '', responsible: 'УО', result: '' },
  });
  expect(added.ok).toBe(true);
  expect(blockOf(fake)!.tables[0].measures.map((x) => x.title)).toEqual(['Мероприятие 1', 'Мероприятие 2', 'Мероприятие 3', 'Педагогический совет']);
  // One block sheet, whatever the number of writes.
  expect(fake.spreadsheet.getSheets().filter((s) => s.getName().startsWith('Итоги школы'))).toHaveLength(1);
});

test('a refused submit leaves the block as it was', () => {
  const fake = withPlan(3);
  const data = getMeasureFormData();
  expect(saveProgress({ ...progressOf(data), status: 'Сделано' }).ok).toBe(false);
  expect(blockOf(fake)).toBeNull();
});

test("the server checks the form with the page's rules and writes nothing when it fails", () => {
  const fake = withPlan(3);
  const before = fake.sheetValues('План');
  const data = getMeasureFormData();
  const m = data.measures[0];
  const shown = { row: m.row, fingerprint: m.fingerprint, number: m.number, title: m.title };
  expect(
    saveProgress({ sheetId: data.sheetId, measures: [shown], status: 'Сделано', doneDate: '2999-01-01', evidence: 'javascript:alert(1)' }).errors.map(
      (e) => e.field,
    ),
  ).toEqual(['status', 'doneDate', 'evidence']);
  expect(
    saveCuratorReview({ sheetId: data.sheetId, measure: shown, mark: 'Не подтверждено', date: data.today, comment: ' ', reviewer: '' }).errors.map(
      (e) => e.field,
    ),
  ).toEqual(['comment', 'reviewer']);
  expect(fake.sheetValues('План')).toEqual(before);
});

test('a measure deleted meanwhile is said to be gone', () => {
  withPlan(3);
  const data = getMeasureFormData();
  const m = data.measures[0];
  SpreadsheetApp.getActiveSpreadsheet().getSheetByName('План')!.deleteRow(m.row);
  expect(() =>
    saveProgress({
      sheetId: data.sheetId,
      measures: [{ row: m.row, fingerprint: m.fingerprint, number: m.number, title: m.title }],
      status: 'Выполнено',
      doneDate: data.today,
    }),
  ).toThrow(/не найдено на листе «План»/);
});
