/**
 * Progress as people type it, on a table built for it (test/fixtures/synthetic-tracking-typed.tsv,
 * a 2021/2022 plan) and on the seeds: read the same way by the domain and by the command line.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { checkFiles } from '../../src/cli/check';
import { writeWorkbook } from '../../src/cli/workbook-io';
import { analyseSheet } from '../../src/domain/roadmap/analyse';
import { FIXTURES_DIR, fixtureText, parseCsv, parseTsv } from '../fixtures/load';

const TODAY = '2022-06-20';
const FIXTURE = 'synthetic-tracking-typed.tsv';

/** number → [status, completion date, comment] */
const EXPECTED: [string, string, string | null, string | null][] = [
  ['1', 'Выполнено', '2021-10-18', null], // «18.10» in 2021/2022 is 18.10.2021
  ['2', 'В работе', '2022-01-18', 'частично'], // «выполнено (частично)», «18 янв»
  ['3', 'Не выполнено', null, 'перенос на май; согласовано с УО'], // en dash; the comment cell kept after the tail
  ['4', 'Не выполнено', null, 'нет кадров'], // em dash
  ['5', 'Не выполнено', null, 'перенос на июнь'], // hyphen; the comment already says it
  ['6', 'В работе', null, '70%'],
  ['7', 'Выполнено', '2021-11-18', null], // «Выполнено.», «18 ноября»
  ['8', 'Выполнено', '2021-12-18', null], // «+», «18 дек.»
  ['9', 'Выполнено', '2022-01-18', null], // «18.01.22»
];

describe('the domain reads the built table', () => {
  const [a] = analyseSheet(parseTsv(fixtureText(FIXTURE)), { sheetName: 'План', today: TODAY });

  test('statuses keep their value, tails go to the comment, dates get the year from the period', () => {
    expect(a.period).toMatchObject({ kind: 'academic', start: '2021-09-01' });
    expect(a.measures.map((m) => [m.number, m.status, m.doneDate, m.comment])).toEqual(EXPECTED);
  });

  test('the status finding says where the tail went; no date is unreadable', () => {
    const variant = a.diagnostics.filter((d) => d.code === 'status-variant');
    expect(variant.map((d) => d.row)).toEqual([3, 4, 5, 6, 7, 8, 9, 10]);
    expect(variant[2].text).toBe(
      'статус «не выполнено – перенос на май» понят как «Не выполнено»; «перенос на май» перенесено в комментарий. Выберите значение из списка.',
    );
    expect(variant[0].text).toBe('статус «выполнено» понят как «Выполнено». Выберите значение из списка.');
    expect(a.diagnostics.filter((d) => ['date-unreadable', 'status-unknown', 'done-without-date'].includes(d.code))).toEqual([]);
  });

  test('a date in the future is still caught once the year is known', () => {
    const [early] = analyseSheet(parseTsv(fixtureText(FIXTURE)), { sheetName: 'План', today: '2021-12-01' });
    const future = early.diagnostics.filter((d) => d.code === 'date-in-future').map((d) => d.row);
    expect(future).toEqual([4, 10, 11]); // 18.01.2022 ×2, 18.12.2021
  });

  test('a programme over several years: the deadline gives the year; none → the date is not read', () => {
    const grid = [
      ['№', 'Мероприятие', 'Срок', 'Ответственный', 'Статус', 'Дата выполнения'],
      ['1', 'Семинар', 'Март 2023', 'УО', 'Выполнено', '18.01'],
      ['2', 'Совещание', 'по мере необходимости', 'УО', 'Выполнено', '18.01'],
    ];
    const [s] = analyseSheet(grid, { sheetName: 'План', today: '2024-05-01', period: '2021-2024' });
    expect(s.measures.map((m) => m.doneDate)).toEqual(['2023-01-18', null]);
    expect(s.diagnostics.filter((d) => d.code === 'date-unreadable').map((d) => d.row)).toEqual([3]);
  });
});

describe('the command line reads it the same way', () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'typed-'));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  test('the .tsv through checkFiles', async () => {
    const [r] = await checkFiles([path.join(FIXTURES_DIR, FIXTURE)], { today: TODAY });
    expect(r.sheets[0].measures.map((m) => [m.number, m.status, m.doneDate, m.comment])).toEqual(EXPECTED);
  });

  test('an .xlsx with the same cells as text', async () => {
    const file = path.join(dir, 'план.xlsx');
    await writeWorkbook(file, [{ name: 'План', rows: parseTsv(fixtureText(FIXTURE)) }]);
    const [r] = await checkFiles([file], { today: TODAY });
    expect(r.sheets[0].measures.map((m) => [m.number, m.status, m.doneDate, m.comment])).toEqual(EXPECTED);
  });
});

describe('the seeds', () => {
  const seeds = fs.readdirSync(FIXTURES_DIR).filter((f) => /^seed.*\.(tsv|csv)$/.test(f));

  test('no seed measure has a status tail or a date without a year (the seeds are plans, not tracking)', () => {
    let measures = 0;
    for (const f of seeds) {
      const text = fixtureText(f);
      for (const a of analyseSheet(f.endsWith('.csv') ? parseCsv(text) : parseTsv(text), { sheetName: f, today: TODAY })) {
        measures += a.measures.length;
        expect(a.measures.filter((m) => m.comment !== null || m.status !== null || m.doneDate !== null)).toEqual([]);
      }
    }
    expect(measures).toBeGreaterThan(100);
  });
});
