/**
 * The compact block of a school gives the coordinator's summary exactly what the full read gives:
 * the same «Сводка», «Исполнители», «Календарь», half-year report and JSON, over every seed and
 * synthetic fixture and over random roadmaps.
 */
import fs from 'node:fs';
import fc from 'fast-check';
import { blockOf } from '../../src/app/school-block';
import { summarise, summarySheets, type SourceInput, type WorkbookInput } from '../../src/app/summary';
import type { Grid } from '../../src/domain/core/types';
import { decodeBlock, encodeBlock, summaryToJson } from '../../src/domain/summary';
import { FIXTURES_DIR, loadFixture } from '../fixtures/load';

const TODAY = '2022-11-15';

function workbook(label: string, sheets: Record<string, Grid>): WorkbookInput {
  return {
    label,
    sheets: Object.entries(sheets).map(([name, grid], id) => ({ id, name, hidden: false, generated: false, grid, formulas: [], links: [] })),
  };
}

/** What the summary shows: every generated sheet's cells, the report's paragraph and the JSON. */
function shown(inputs: SourceInput[], today = TODAY) {
  const run = summarise({ workbooks: inputs, registry: null }, { today });
  return { sheets: summarySheets(run), paragraph: run.report.paragraph, json: summaryToJson(run.summary), inputs: run.inputs };
}

/** The block as it comes back from a sheet: written as text, read back as text. */
function viaBlock(wb: WorkbookInput, today = TODAY): SourceInput {
  const rows = encodeBlock(blockOf(wb, today, '2022-11-15T10:00:00.000Z'));
  for (const r of rows) for (const c of r) expect(typeof c).toBe('string');
  const block = decodeBlock(rows.map((r) => r.map((c) => c)));
  expect(block).not.toBeNull();
  return { label: wb.label, block: block! };
}

const FIXTURES = fs.readdirSync(FIXTURES_DIR).filter((f) => /\.(tsv|csv)$/.test(f));

test.each(FIXTURES)('%s: the summary from its block equals the summary from the full read', (name) => {
  const wb = workbook(name, { [name.replace(/\.\w+$/, '')]: loadFixture(name) });
  expect(shown([viaBlock(wb)])).toEqual(shown([wb]));
});

test('several fixtures in one workbook, with its own «Настройки»', () => {
  const wb = workbook('Школа.xlsx', {
    План: loadFixture('synthetic-tracking-2023.tsv'),
    Проблемы: loadFixture('synthetic-tracking-problems.tsv'),
    Настройки: [
      ['Параметр', 'Значение'],
      ['Цель аудита: 1-е полугодие, %', 50],
    ],
  });
  const full = shown([wb]);
  expect(full.json.schools.length).toBeGreaterThan(1);
  expect(shown([viaBlock(wb)])).toEqual(full);
});

test('another format version or a damaged block decodes to null', () => {
  const rows = encodeBlock(blockOf(workbook('a', { План: loadFixture('synthetic-tracking-2023.tsv') }), TODAY, '2022-11-15T10:00:00.000Z'));
  // Blocks of versions 1 and 2 (before the risk figures, before the expertise) and one of a version to come: read in full.
  expect(rows[0][2]).toBe('3');
  expect(decodeBlock([[rows[0][0], 'версия', '1'], ...rows.slice(1)])).toBeNull();
  expect(decodeBlock([[rows[0][0], 'версия', '2'], ...rows.slice(1)])).toBeNull();
  expect(decodeBlock([[rows[0][0], 'версия', '4'], ...rows.slice(1)])).toBeNull();
  expect(decodeBlock([['что-то'], ['ещё']])).toBeNull();
  expect(decodeBlock([...rows.slice(0, 2), ['м', '1', '1', '', 'x', 'y', '', '', '', '[not json', '0', '']])).toBeNull();
});

const HEADER = [
  '№',
  'Мероприятие',
  'Срок',
  'Ответственный',
  'Показатель',
  'Статус',
  'Дата выполнения',
  'Фактическое значение',
  'Подтверждающий документ',
  'Отметка куратора',
];
const DEADLINES = [
  'январь 2022',
  'до 27 марта 2022 г.',
  'в течение года',
  'ежемесячно',
  'Март – декабрь 2022 года',
  'по мере необходимости',
  '15.06.2022',
  'ежеквартально',
  '',
  'сентябрь, октябрь',
];
const STATUSES = ['Выполнено', 'В работе', 'Не начато', 'Не выполнено', 'Требуется доработка', 'Отменено', '', 'выполнено, перенос на май'];
const MARKS = ['Подтверждено', 'Не подтверждено', 'На доработку', ''];
const DATES = ['', '20.01.2022', '01.12.2022', '2022-05-10', '18.01'];
const EVIDENCE = ['', 'https://example.org/doc', 'Приказ № 5', 'Протокол https://docs.google.com/x'];
const INDICATORS = ['', 'не менее 75% учителей', 'Проведено не менее 5 совещаний', 'в 1 полугодии – не менее 40% мер; во 2 полугодии – не менее 90% мер'];
const RESPONSIBLE = ['УО', 'ОЦПРМСО, ШНОР', '', 'МОЦ; директор'];

const rowArb = fc.tuple(
  fc.constantFrom(...DEADLINES),
  fc.constantFrom(...RESPONSIBLE),
  fc.constantFrom(...INDICATORS),
  fc.constantFrom(...STATUSES),
  fc.constantFrom(...DATES),
  fc.constantFrom('', '80%', '3'),
  fc.constantFrom(...EVIDENCE),
  fc.constantFrom(...MARKS),
  fc.constantFrom('Совещание директоров', 'Семинар для учителей', 'Мониторинг результатов ВПР', 'Публичный отчёт'),
  fc.boolean(),
);

test('random roadmaps: the summary from the block equals the summary from the full read', () => {
  fc.assert(
    fc.property(
      fc.array(fc.array(rowArb, { minLength: 1, maxLength: 12 }), { minLength: 1, maxLength: 3 }),
      fc.constantFrom('2022-03-01', '2022-07-15', '2023-01-10'),
      (sheets, today) => {
        const grids: Record<string, Grid> = {};
        sheets.forEach((rows, i) => {
          const grid: Grid = [['Дорожная карта МБОУ «СШ № ' + (i + 1) + '» на 2022 год'], HEADER];
          let section = 1;
          rows.forEach(([deadline, resp, ind, status, date, actual, ev, mark, title, heading], r) => {
            if (heading) grid.push([`${section++}. Раздел ${section}`]);
            grid.push([String(r + 1), title, deadline, resp, ind, status, date, actual, ev, mark]);
          });
          grids[`Лист ${i + 1}`] = grid;
        });
        const wb = workbook('школа.xlsx', grids);
        expect(shown([viaBlock(wb, today)], today)).toEqual(shown([wb], today));
      },
    ),
    { numRuns: 60 },
  );
});
