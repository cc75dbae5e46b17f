/** «Обновить итоги школы»: the compact block in a hidden sheet the add-on owns. */
import { BLOCK_KEY } from '../../src/app/school-block';
import { decodeBlock } from '../../src/domain/summary';
import { getCheckReport } from '../../src/gas/check';
import { GasOwnedSheets } from '../../src/gas/owned';
import { GENERATED_KEY } from '../../src/gas/safe-writer';
import { refreshSchoolSummary } from '../../src/gas/school-block';
import { createFakeGas, type FakeGas } from '../fakes/gas';

let restore: (() => void) | null = null;
afterEach(() => {
  restore?.();
  restore = null;
});

const HEADER = ['№', 'Мероприятие', 'Срок', 'Ответственный', 'Статус', 'Дата выполнения', 'Подтверждающий документ', 'Отметка куратора'];

function setup(): FakeGas {
  const fake = createFakeGas({
    sheets: {
      План: [
        ['Дорожная карта МБОУ «СШ № 21» на 2022 год'],
        HEADER,
        ['1', 'Совещание', 'январь 2022', 'УО', 'Выполнено', '20.01.2022', 'https://example.org/1', 'Подтверждено'],
        ['1.10', 'Семинар', 'февраль 2022', 'МОЦ', 'В работе', '', '', ''],
      ],
    },
    activeSheet: 'План',
  });
  restore = fake.installGlobals();
  return fake;
}

test('writes the block into a hidden marked sheet; a second refresh replaces it; the roadmap is untouched', () => {
  const fake = setup();
  const before = fake.sheetValues('План');
  refreshSchoolSummary();
  refreshSchoolSummary();
  const marks = fake.metadata().filter((m) => m.key === GENERATED_KEY && m.value === `owned:${BLOCK_KEY}`);
  expect(marks).toHaveLength(1);
  const sheet = fake.spreadsheet.getSheets().find((s) => s.getName().startsWith('Итоги школы'))!;
  expect(sheet.isSheetHidden()).toBe(true);
  expect(fake.spreadsheet.getActiveSheet().getName()).toBe('План');
  const block = decodeBlock(new GasOwnedSheets(fake.spreadsheet).owned(BLOCK_KEY, '', false)!.readAll());
  expect(block?.tables).toHaveLength(1);
  expect(block?.tables[0].measures.map((m) => [m.number, m.status, m.doneDate])).toEqual([
    ['1', 'Выполнено', '2022-01-20'],
    ['1.10', 'В работе', null],
  ]);
  expect(fake.sheetValues('План')).toEqual(before);
  expect(fake.ui.toasts.at(-1)?.title).toBe('Итоги школы');
});

test('«Проверить лист» writes no block', () => {
  const fake = setup();
  getCheckReport();
  expect(fake.metadata().filter((m) => m.key === GENERATED_KEY)).toHaveLength(0);
  expect(fake.spreadsheet.getSheets()).toHaveLength(1);
});
