/**
 * Several workbooks in one playground: the coordinator's file and the schools' files its registry
 * links to. Each school's file opens under the id of its registry link (found by the link's name or
 * the school the file names), and «Сводка по школам» reads it through SpreadsheetApp.openById as
 * it would read a Google spreadsheet; a file nothing links to is opened under an id of its own.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openFiles } from '../../src/playground/linked';
import { startPlayground } from '../../src/playground/main';
import { Session } from '../../src/playground/runtime';
import { ID_13, ID_9, ID_COORDINATOR, writeLinkedFiles } from './linked-files';

const root = path.join(__dirname, '../..');
const dist = path.join(root, 'dist');
let dir = '';

beforeAll(async () => {
  if (!fs.existsSync(path.join(dist, 'Code.js'))) throw new Error('dist/Code.js is missing: run `npm run build` first (npm test does)');
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pg-linked-'));
  await writeLinkedFiles(dir);
});
afterAll(() => dir && fs.rmSync(dir, { recursive: true, force: true }));

test("each school's file opens under its registry link's id, and the summary reads it through openById", async () => {
  const files = ['ДК СШ 9.xlsx', 'school-13.xlsx', 'Прочее.xlsx'].map((f) => path.join(dir, f));
  const { opened, others } = await openFiles(path.join(dir, 'Координатор.xlsx'), files, dist);
  const fake = opened.loaded.fake;
  expect(opened.id).toBe('playground');
  expect(others.map((l) => [path.basename(l.file), l.id, l.by.kind === 'school' ? l.by.entry.row : null])).toEqual([
    ['ДК СШ 9.xlsx', ID_9, 2],
    ['school-13.xlsx', ID_13, 3],
    ['Прочее.xlsx', 'playground-file-0003-local', null],
  ]);
  const session = new Session(fake, dist, '2022-11-15');
  const outcome = session.call('showSummary', []);
  expect(outcome).toEqual({ ok: true, value: undefined });
  const summary = fake.displayValues('Сводка');
  const rowOf = (school: string) => summary.find((r) => r.some((v) => v.includes(school)));
  // The schools' measures were read from their own files: 3 and 2 measures, 2 and 1 done.
  const head = summary[0];
  const counts = (school: string) => [rowOf(school)?.[head.indexOf('Мероприятий')], rowOf(school)?.[head.indexOf('Выполнено')]];
  expect(counts('СШ № 9')).toEqual(['3', '2']);
  expect(counts('СШ № 13')).toEqual(['2', '1']);
  expect(summary.some((r) => r.some((v) => v.includes('Прочее')))).toBe(false);
  expect(fake.calls.count('SpreadsheetApp.openById')).toBe(2);
});

test('`npm start -- coordinator.xlsx school.xlsx …` says which file is whose, and refuses a missing one', async () => {
  const lines: string[] = [];
  const main = path.join(dir, 'Координатор.xlsx');
  const running = await startPlayground({
    root,
    file: main,
    others: [path.join(dir, 'ДК СШ 9.xlsx'), path.join(dir, 'Прочее.xlsx')],
    port: 0,
    log: (l) => lines.push(l),
  });
  await running.close();
  expect(lines).toContain('  «ДК СШ 9.xlsx» — таблица школы «МБОУ «СШ № 9»» (строка 2 реестра)');
  expect(lines).toContain('  «Прочее.xlsx» — реестр не ссылается на неё; открыта под id playground-file-0002-local');
  await expect(startPlayground({ root, file: main, others: [path.join(dir, 'нет.xlsx')], port: 0, log: () => undefined })).rejects.toThrow(
    /Нет файла .*нет\.xlsx/,
  );
});

test("a school's own file opened first: the coordinator's file takes the id of its «Настройки» link, and the expertise sidebar reads the partner's documents", async () => {
  const { opened, others } = await openFiles(
    path.join(dir, 'school-13.xlsx'),
    ['Координатор.xlsx', 'ДК СШ 9.xlsx'].map((f) => path.join(dir, f)),
    dist,
  );
  expect([opened.id, opened.by.kind === 'school' ? opened.by.entry.school : null]).toEqual([ID_13, 'МБОУ «СШ № 13»']);
  expect(others.map((l) => [path.basename(l.file), l.id, l.by.kind])).toEqual([
    ['Координатор.xlsx', ID_COORDINATOR, 'registry'],
    ['ДК СШ 9.xlsx', ID_9, 'school'],
  ]);
  const session = new Session(opened.loaded.fake, dist, '2022-11-15');
  const first = session.call('getExpertiseData', [{ row: null }]);
  expect(first.ok).toBe(true);
  const data = (first as { value: { reviewer: unknown; schools: { row: number; school: string; by: string }[] } }).value;
  expect(data.schools).toEqual([{ row: 2, school: 'МБОУ «СШ № 9»', by: 'pair' }]);
  const partner = session.call('getExpertiseData', [{ row: 2 }]);
  const read = (partner as { value: { error: string | null; local: boolean; documents: { title: string }[] } }).value;
  expect(read.error).toBeNull();
  expect(read.local).toBe(false);
  // СШ № 9's sheet «Дорожная карта», read from its own file (СШ № 13's own sheet is «План»).
  expect(read.documents.map((d) => d.title)).toEqual(['Дорожная карта «Дорожная карта»']);
});
