/** The measure forms' server functions over the emulator: constant service calls, refusals, nothing else written. */
import { getMeasureFormData, saveCuratorReview, saveProgress } from '../../src/gas/forms';
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

test('a submit costs the same number of service calls on 100 and 3,000 rows', () => {
  const counts = [100, 3000].map((n) => {
    const fake = withPlan(n);
    const data = getMeasureFormData();
    const m = data.measures[0];
    fake.calls.reset();
    const result = saveProgress({
      sheetId: data.sheetId,
      measures: [{ row: m.row, fingerprint: m.fingerprint, number: m.number, title: m.title }],
      status: 'Выполнено',
      doneDate: data.today,
      comment: 'готово',
    });
    expect(result.ok).toBe(true);
    const total = fake.calls.total();
    restore?.();
    restore = null;
    return total;
  });
  expect(counts[0]).toBe(counts[1]);
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
