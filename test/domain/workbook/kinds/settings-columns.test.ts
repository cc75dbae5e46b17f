/** The block «Столбцы» of «Настройки»: read, written without touching what is not its own, and applied to the check. */
import { parseSettingsGrid, planSettingsWrite, settingsToGrid, sheetColumns, type SettingsWritePlan } from '../../../../src/domain/workbook/kinds/settings';
import { defaultSettings, type Settings } from '../../../../src/domain/core/settings';
import type { Cell, Grid } from '../../../../src/domain/core/types';
import { analyseSheet } from '../../../../src/domain/roadmap/analyse';

/** The plan applied as the Sheets adapter does: rows inserted first, then the blocks written. */
function apply(grid: Grid, plan: SettingsWritePlan): Grid {
  const out: Cell[][] = grid.map((r) => [...r]);
  if (plan.insertAfter !== null) out.splice(plan.insertAfter, 0, ...Array.from({ length: plan.insertCount }, () => []));
  for (const b of plan.blocks) {
    b.values.forEach((vals, i) => {
      const row = (out[b.row - 1 + i] ??= []);
      while (out.length < b.row + i) out.push([]);
      vals.forEach((v, j) => {
        while (row.length < b.col - 1 + j) row.push(null);
        row[b.col - 1 + j] = v;
      });
    });
  }
  return Array.from(out, (r) => Array.from(r ?? [], (v) => v ?? null));
}

const withColumns = (columns: Settings['columns']): Settings => ({ ...defaultSettings(), columns });

test('the block is read: sheet (or every sheet), header or letter, field by name, id or header; «не читать»', () => {
  const grid: Grid = [
    ...settingsToGrid(defaultSettings()),
    [],
    ['Столбцы'],
    ['Лист', 'Заголовок столбца', 'Поле'],
    ['План 2022', 'Примечание', 'Срок'],
    ['', 'D', 'Ответственный'],
    ['все листы', 'Служебный', 'не читать'],
    ['План 2022', 'Итог', 'Форма представления результата'],
    ['План 2022', 'Что-то', 'Погода'],
  ];
  const { settings, diagnostics } = parseSettingsGrid(grid, 'Настройки');
  expect(settings.columns).toEqual([
    { sheet: 'План 2022', header: 'Примечание', field: 'deadline' },
    { sheet: null, header: 'D', field: 'responsible' },
    { sheet: null, header: 'Служебный', field: null },
    { sheet: 'План 2022', header: 'Итог', field: 'result' },
  ]);
  expect(diagnostics.map((d) => [d.code, d.row])).toEqual([['settings-invalid-value', 17]]);
  expect(diagnostics[0].message).toMatch(/«Погода».*не распознано/);
  // The block's rows are not parameters: no «параметр не распознан».
  expect(sheetColumns(settings, 'план 2022').map((c) => c.header)).toEqual(['D', 'Служебный', 'Примечание', 'Итог']);
  expect(sheetColumns(settings, 'Другой').map((c) => c.header)).toEqual(['D', 'Служебный']);
});

test('saving adds the block below everything on the sheet; a note below the settings stays', () => {
  const grid: Grid = [...settingsToGrid(defaultSettings()), [], ['Заметка координатора: цели согласованы с министерством']];
  const columns = [{ sheet: 'План', header: 'Примечание', field: 'deadline' as const }];
  const after = apply(grid, planSettingsWrite(grid, withColumns(columns)));
  expect(after.slice(0, grid.length)).toEqual(grid.map((r) => Array.from(r, (v) => v ?? null)));
  expect(after.slice(grid.length)).toEqual([[], ['Столбцы', null, null], ['Лист', 'Заголовок столбца', 'Поле'], ['План', 'Примечание', 'Срок']]);
  expect(parseSettingsGrid(after, 'Настройки').settings.columns).toEqual(columns);
});

test('saving rewrites the block in its three columns only: a shorter block empties its old rows, a note beside it stays', () => {
  const grid: Grid = [
    ...settingsToGrid(defaultSettings()),
    [],
    ['Столбцы'],
    ['Лист', 'Заголовок столбца', 'Поле'],
    ['План', 'Примечание', 'Срок', null, 'моя пометка'],
    ['План', 'Итог', 'Результат', null, 'ещё пометка'],
  ];
  const columns = [{ sheet: 'План', header: 'Итог', field: 'result' as const }];
  const plan = planSettingsWrite(grid, withColumns(columns));
  const after = apply(grid, plan);
  expect(after[grid.length - 2]).toEqual(['План', 'Итог', 'Результат', null, 'моя пометка']);
  expect(after[grid.length - 1]).toEqual([null, null, null, null, 'ещё пометка']);
  expect(parseSettingsGrid(after, 'Настройки').settings.columns).toEqual(columns);
  // Saving the same again writes nothing.
  expect(planSettingsWrite(after, withColumns(columns)).blocks).toEqual([]);
});

test('a missing parameter inserted above the block moves the block down whole', () => {
  const full = settingsToGrid(defaultSettings());
  // Without «Дней до напоминания» and with the block right below (no free row).
  const grid: Grid = [...full.slice(0, -1), ['Столбцы'], ['Лист', 'Заголовок столбца', 'Поле'], ['План', 'Примечание', 'Срок']];
  const columns = [{ sheet: 'План', header: 'Примечание', field: 'deadline' as const }];
  const plan = planSettingsWrite(grid, withColumns(columns));
  expect(plan.insertCount).toBe(1);
  const after = apply(grid, plan);
  const read = parseSettingsGrid(after, 'Настройки');
  expect(read.settings.columns).toEqual(columns);
  expect(read.settings.zones.unconfirmedDays).toBe(defaultSettings().zones.unconfirmedDays);
  expect(read.diagnostics).toEqual([]);
});

describe('the overrides in the check', () => {
  const grid: Grid = [
    ['План на 2022 год'],
    ['№', 'Мероприятие', 'Примечание', 'Исполнитель', 'Служебный'],
    ['1', 'Совещание с директорами', 'январь 2022', 'УО', 'x'],
    ['2', 'Семинар для учителей', 'февраль 2022', 'МОЦ', 'y'],
  ];

  test('a column headed «Примечание» is read as the deadline; «Служебный» is left unread; the mapping says why', () => {
    const [t] = analyseSheet(grid, {
      sheetName: 'План',
      today: '2022-06-01',
      columns: [
        { header: 'Примечание', field: 'deadline' },
        { header: 'E', field: null },
      ],
    });
    expect(t.columns.deadline).toBe('Примечание');
    expect(t.measures[0].deadline?.end).toBe('2022-01-31');
    expect(t.unknownColumns).toEqual([]);
    expect(t.table.mapping.map((m) => [m.field, m.index, m.basis.by])).toEqual([
      ['number', 0, 'header'],
      ['title', 1, 'header'],
      ['deadline', 2, 'settings'],
      ['responsible', 3, 'header'],
    ]);
  });

  test('an override naming no column is reported and changes nothing', () => {
    const [t] = analyseSheet(grid, { sheetName: 'План', today: '2022-06-01', columns: [{ header: 'Сроки', field: 'deadline' }] });
    expect(t.diagnostics.map((d) => d.code)).toContain('column-override-unknown');
    expect(t.diagnostics.find((d) => d.code === 'column-override-unknown')?.message).toMatch(/«Сроки»/);
  });
});
