/**
 * The summary and «Настройки…» lose and duplicate nothing — through the built bundle over the fake:
 * the copy «Подготовить лист» keeps is not a second school; two interleaved summary runs leave one
 * chart and one set of sheets; saving the settings writes only the cells the settings own.
 */
import type vm from 'node:vm';
import type { PreparePlan, SaveSettingsResult, SettingsDialogData } from '../../src/contracts/schemas';
import { parseSettingsGrid } from '../../src/domain/workbook/kinds/settings';
import type { Grid } from '../../src/domain/core/types';
import { createFakeGas, type FakeGas, type SeedValue } from '../fakes/gas';
import { callGlobal, loadBundle } from './bundle-context';

const HEADER = ['№', 'Мероприятие', 'Срок', 'Ответственный', 'Статус', 'Дата выполнения', 'Подтверждающий документ'];
const ROADMAP: SeedValue[][] = [
  ['Дорожная карта МБОУ «СШ № 7» на 2022 год'],
  HEADER,
  ['1', 'Совещание', 'январь 2022', 'УО', 'Выполнено', '20.01.2022', 'https://example.org/1'],
  ['2', 'Семинар', 'февраль 2022', 'МОЦ', 'В работе', '', ''],
  HEADER,
  ['3', 'Мониторинг', 'март 2022', 'ШНОР', '', '', ''],
];
const GENERATED = 'roadmap-monitor.generated';

function open(sheets: Record<string, SeedValue[][]>, active = Object.keys(sheets)[0]): { fake: FakeGas; ctx: vm.Context } {
  const fake = createFakeGas({ sheets, activeSheet: active });
  return { fake, ctx: loadBundle(fake) };
}

function schoolRows(fake: FakeGas): unknown[][] {
  const rows = fake.sheetValues('Сводка');
  const total = rows.findIndex((r) => String(r[0]).startsWith('Итого'));
  return rows.slice(1, total);
}

test('the copy kept by «Подготовить лист» is not summarised as a second school', () => {
  const { fake, ctx } = open({ 'СШ 7': ROADMAP });
  callGlobal(ctx, 'prepareSheet', callGlobal<PreparePlan>(ctx, 'getPreparePlan'));
  // The roadmap, its copy and the hidden compact block: only the roadmap is a school.
  expect(fake.sheetNames()).toHaveLength(3);
  callGlobal(ctx, 'showSummary');
  const schools = schoolRows(fake);
  expect(schools).toHaveLength(1);
  expect(schools[0].slice(3, 5)).toEqual([3, 1]); // 3 measures, 1 done: not 6 and 2
});

test('two summary runs interleaved at every service call: one chart, one set of sheets, each school once', () => {
  const probe = open({ 'СШ 7': ROADMAP });
  probe.fake.calls.reset();
  callGlobal(probe.ctx, 'showSummary');
  const calls = probe.fake.calls.total();
  const outcomes = new Set<string>();
  for (let at = 1; at <= calls + 1; at++) {
    const { fake, ctx } = open({ 'СШ 7': ROADMAP });
    fake.interleave(at, () => callGlobal(ctx, 'showSummary'));
    callGlobal(ctx, 'showSummary');
    outcomes.add(fake.interleaved());
    if (fake.interleaved() === 'pending') callGlobal(ctx, 'showSummary');
    expect(fake.sheetNames()).toEqual(['СШ 7', 'Сводка', 'Исполнители', 'Календарь', 'Отчёт за полугодие']);
    expect(fake.metadata().filter((m) => m.key === GENERATED)).toHaveLength(4);
    expect(fake.charts('Сводка')).toHaveLength(1);
    expect(schoolRows(fake)).toHaveLength(1);
  }
  // Both kinds of interleaving were exercised: mid-read, and waiting for the other's lock.
  expect([...outcomes].sort()).toEqual(['pending', 'ran', 'ran-after-lock']);
});

/** A «Настройки» sheet as a coordinator keeps it: the block, then notes below and beside it. */
function settingsSheet(): SeedValue[][] {
  return [
    ['Параметр', 'Значение', 'Пояснение', null, 'Мои пометки'],
    ['Период по умолчанию', '2022', null, null, 'согласовать с УО'],
    ['Цель аудита: 1-е полугодие, %', 40],
    ['Цель аудита: 2-е полугодие, %', 90],
    [],
    ['Контакты координатора: Петрова А.А., 8-900-000-00-00'],
    ['Итого школ', null, null, null, 29],
  ];
}

test('saving «Настройки…» writes only the settings’ cells: notes below and beside stay, missing rows are inserted', () => {
  const { fake, ctx } = open({ 'СШ 7': ROADMAP, Настройки: settingsSheet() });
  const sheet = fake.spreadsheet.getSheetByName('Настройки')!;
  sheet.getRange(7, 2).setFormula('=COUNTA(A1:A5)');
  sheet.getRange(6, 1).setNote('не удалять');
  const data = callGlobal<SettingsDialogData>(ctx, 'getSettingsDialogData');
  const form = { ...data.form, auditH1: 45, redOverduePercent: 25 };
  expect(callGlobal<SaveSettingsResult>(ctx, 'saveSettingsForm', form)).toEqual({ ok: true, errors: [] });

  const v = fake.sheetValues('Настройки');
  // The values changed in place; the labels, the header and the user's column E are as they were.
  expect(v[0]).toEqual(['Параметр', 'Значение', 'Пояснение', '', 'Мои пометки']);
  expect(v[1]).toEqual(['Период по умолчанию', '2022', '', '', 'согласовать с УО']);
  expect(v[2].slice(0, 2)).toEqual(['Цель аудита: 1-е полугодие, %', 45]);
  // The missing settings went right below the block: a blank row was there, so rows were inserted.
  const labels = v.map((r) => r[0]);
  const contacts = labels.indexOf('Контакты координатора: Петрова А.А., 8-900-000-00-00');
  expect(labels.slice(4, contacts)).toEqual(
    expect.arrayContaining(['Красная зона: доля просроченных, %', 'Сроки полугодовых отчётов (ДД.ММ через «;»)', 'Дней до напоминания куратору']),
  );
  expect(contacts).toBeGreaterThan(5);
  expect(fake.cell('Настройки', `A${contacts + 1}`).note).toBe('не удалять');
  expect(fake.cell('Настройки', `B${contacts + 2}`).formula).toBe('=COUNTA(A1:A5)');
  expect(fake.cell('Настройки', `E${contacts + 2}`).value).toBe(29);
  // And the sheet reads back as what was saved.
  const read = parseSettingsGrid(v as Grid).settings;
  expect(read.auditTargets).toEqual({ h1: 45, h2: 90 });
  expect(read.zones.redOverduePercent).toBe(25);
});

test('saving twice changes nothing the second time and adds no rows', () => {
  const { fake, ctx } = open({ 'СШ 7': ROADMAP, Настройки: settingsSheet() });
  const form = callGlobal<SettingsDialogData>(ctx, 'getSettingsDialogData').form;
  callGlobal(ctx, 'saveSettingsForm', form);
  const once = fake.sheetValues('Настройки');
  fake.calls.reset();
  callGlobal(ctx, 'saveSettingsForm', form);
  expect(fake.sheetValues('Настройки')).toEqual(once);
  expect(fake.calls.count('Range.setValues')).toBe(0);
});

test('a «Настройки» sheet holding only a user’s text gets the block below it, nothing overwritten', () => {
  const { fake, ctx } = open({ 'СШ 7': ROADMAP, Настройки: [['Здесь будут настройки — Петрова А.А.'], ['черновик']] });
  const form = callGlobal<SettingsDialogData>(ctx, 'getSettingsDialogData').form;
  callGlobal(ctx, 'saveSettingsForm', { ...form, auditH2: 85 });
  const v = fake.sheetValues('Настройки');
  expect(v[0][0]).toBe('Здесь будут настройки — Петрова А.А.');
  expect(v[1][0]).toBe('черновик');
  expect(v[3][0]).toBe('Параметр');
  expect(parseSettingsGrid(v as Grid).settings.auditTargets.h2).toBe(85);
});
