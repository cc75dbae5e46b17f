/**
 * The sample workbook tells a coordinator's story (issue 13): four schools of the registry, one
 * green, two yellow, one red for reasons a coordinator recognises, as of the sample's date; the
 * municipal roadmap and the pasted order are summarised in a block of their own, not as schools.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SAMPLE_TODAY, writeSampleWorkbook } from '../../src/cli/sample';
import { runSummary } from '../../src/cli/summary';
import { summaryGrid } from '../../src/domain/summary';
import { summariseInputs } from '../../src/cli/summary';

const root = path.join(__dirname, '../..');
let dir = '';
let file = '';

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sample-story-'));
  file = path.join(dir, 'пример.xlsx');
  await writeSampleWorkbook(root, file);
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

interface Row {
  name: string;
  curator: string;
  zone: string;
  zoneReason: string;
  done: number;
  total: number;
  overdue: number;
  needAttention: number;
  auditStanding: string;
}

test('the schools of the registry: green, yellow, yellow, red, each for its reason; the plans apart', async () => {
  let text = '';
  await runSummary([file], { today: SAMPLE_TODAY, registry: file, json: true }, (t) => (text = t));
  const out = JSON.parse(text) as { schools: Row[]; plans: Row[]; totals: { schools: number; measures: number; done: number; schoolsMeetingAudit: number } };
  expect(out.schools.map((s) => [s.name, s.zone, s.done, s.total, s.overdue, s.needAttention, s.auditStanding])).toEqual([
    ['МБОУ «СШ № 21 им. Н.И. Рыленкова»', 'green', 9, 11, 0, 0, 'met'],
    ['МБОУ «СШ № 36 им. А.М. Городнянского»', 'yellow', 9, 11, 0, 2, 'met'],
    ['МБОУ «СШ № 13 им. Э.Д. Балтина»', 'yellow', 8, 11, 1, 2, 'met'],
    ['МБОУ «СШ № 9»', 'red', 4, 11, 5, 5, 'missed'],
  ]);
  expect(out.schools[0].curator).toBe('МБОУ «Гимназия № 1 им. Н.М. Пржевальского» (Слободич Анжела Николаевна)');
  expect(out.schools[3].zoneReason).toMatch(/^Не достигнута цель первого полугодия/);
  expect(out.plans.map((p) => p.name)).toEqual(['План-график (дорожная карта)', 'План-график 2022 (500+)']);
  expect(out.totals).toMatchObject({ schools: 4, measures: 44, done: 30, schoolsMeetingAudit: 3 });
});

test('«Сводка»: the four school rows, the totals, then the plans in a block of their own', async () => {
  const run = await summariseInputs([file], { today: SAMPLE_TODAY, registry: file });
  const grid = summaryGrid(run.summary);
  const first = grid.rows.map((r) => String(r[0] ?? ''));
  const block = first.findIndex((c) => c.startsWith('Планы, не относящиеся к школам'));
  expect(first.findIndex((c) => c.startsWith('Итого: 4 школы'))).toBe(5);
  expect(block).toBeGreaterThan(5);
  expect(grid.kinds[block]).toBe('section');
  expect(first.slice(block + 1)).toEqual(['План-график (дорожная карта)', 'План-график 2022 (500+)']);
});
