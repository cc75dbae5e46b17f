/** The command line as the team's acceptance checks use it: `npm run --silent cli -- check …`. */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { writeWorkbook } from '../../src/cli/workbook-io';
import { FIXTURES_DIR } from '../fixtures/load';

const root = path.join(__dirname, '../..');
const fixture = (name: string) => path.join(FIXTURES_DIR, name);

function cli(...args: string[]): { code: number; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [path.join(root, 'scripts/cli.mjs'), ...args], { cwd: root, encoding: 'utf8' });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

interface JsonSheet {
  name: string;
  period: { start: string; end: string };
  columns: Record<string, string>;
  unknownColumns: string[];
  measures: { row: number; number: string; title: string; deadline: { start: string | null } | null; responsible: string[] }[];
  diagnostics: { row: number | null; field: string | null; severity: string; code: string; message: string }[];
}
interface JsonOut {
  files: { file: string; error?: string; sheets: JsonSheet[] }[];
}

describe('check --json', () => {
  const r = cli('check', fixture('seed000-order470-plan-2022.tsv'), fixture('seed000-order305-plan-2021-2022.tsv'), '--json', '--today', '2022-11-23');
  const out = JSON.parse(r.stdout) as JsonOut;

  test('exactly one JSON document on stdout, exit 1 for error diagnostics', () => {
    expect(r.code).toBe(1);
    expect(out.files).toHaveLength(2);
    expect(r.stderr).toBe('');
  });

  test('a .tsv is one sheet named after the file; columns, period and measures as the contract says', () => {
    const s = out.files[0].sheets[0];
    expect(s.name).toBe('seed000-order470-plan-2022');
    expect(s.period).toMatchObject({ start: '2022-01-01', end: '2022-12-31' });
    expect(s.columns).toMatchObject({
      number: '№ п/п',
      title: 'Наименование мероприятия',
      deadline: 'Сроки исполнения',
      indicator: 'Показатель реализации',
      responsible: 'Исполнитель',
      result: 'Результат',
    });
    expect(s.unknownColumns).toEqual([]);
    const first = s.measures[0];
    expect(first).toMatchObject({ number: '1.', title: expect.stringContaining('Установочное совещание') });
    expect(first.deadline).toMatchObject({ start: '2022-01-01' });
    expect(Object.keys(first)).toEqual(
      expect.arrayContaining([
        'row',
        'number',
        'section',
        'title',
        'task',
        'deadline',
        'indicator',
        'responsible',
        'result',
        'status',
        'doneDate',
        'actual',
        'evidence',
        'curatorMark',
        'curatorDate',
        'curatorComment',
        'comment',
      ]),
    );
    for (const d of s.diagnostics) expect(Object.keys(d).sort()).toEqual(['code', 'field', 'message', 'row', 'severity']);
  });

  test('«1.10» stays «1.10»', () => {
    const numbers = out.files[1].sheets[0].measures.map((m) => m.number);
    expect(numbers).toContain('1.10');
    expect(numbers).not.toContain('1.1.');
  });
});

test('--period overrides the inferred period; --sheet picks a sheet of an .xlsx', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rm-cli-'));
  const file = path.join(dir, 'книга.xlsx');
  await writeWorkbook(file, [
    { name: 'Заметки', rows: [['просто текст']] },
    {
      name: 'План',
      rows: [
        ['№', 'Мероприятие', 'Срок', 'Ответственный'],
        ['1', 'Совещание', 'октябрь', 'УО'],
        ['2', 'Семинар', 'март', 'МОЦ'],
      ],
    },
  ]);
  const r = cli('check', file, '--sheet', 'План', '--period', '2021/2022', '--json', '--today', '2022-01-10');
  const out = JSON.parse(r.stdout) as JsonOut;
  expect(out.files[0].sheets.map((s) => s.name)).toEqual(['План']);
  const s = out.files[0].sheets[0];
  expect(s.period).toMatchObject({ start: '2021-09-01', end: '2022-08-31' });
  expect(s.measures.map((m) => m.deadline?.start)).toEqual(['2021-10-01', '2022-03-01']);
  expect(r.code).toBe(0);
});

test('an unreadable file gets an error entry, the others are still checked, exit 2', () => {
  const r = cli('check', '/nonexistent/план.xlsx', fixture('seed000-order476-network-2021-2024.tsv'), '--json');
  const out = JSON.parse(r.stdout) as JsonOut;
  expect(r.code).toBe(2);
  expect(out.files[0].error).toMatch(/Не удалось прочитать файл/);
  expect(out.files[0].sheets).toEqual([]);
  expect(out.files[1].sheets[0].measures).toHaveLength(9);
});

test('the readable report is in Russian and names sheet, row and column', () => {
  const r = cli('check', fixture('seed000-order305-plan-2021-2022.tsv'), '--today', '2022-11-23');
  expect(r.code).toBe(1);
  expect(r.stdout).toContain('Лист «seed000-order305-plan-2021-2022»');
  expect(r.stdout).toMatch(/Ошибки:\n\s+\[deadline-is-responsible\] Лист «seed000-order305-plan-2021-2022», строка \d+, столбец «Сроки исполнения»/);
  expect(r.stdout).toContain('нет номера 1.8');
});

test('bad parameters are explained, exit 2', () => {
  expect(cli('check').code).toBe(2);
  const r = cli('check', fixture('synthetic-empty.tsv'), '--period', 'когда-нибудь');
  expect(r.code).toBe(2);
  expect(r.stderr).toContain('--period');
  expect(cli('frobnicate').stderr).toContain('Неизвестная команда');
});

test('an empty file is a sheet without a table, not a crash', () => {
  const r = cli('check', fixture('synthetic-empty.tsv'), '--json');
  const out = JSON.parse(r.stdout) as JsonOut;
  expect(out.files[0].sheets[0].diagnostics.map((d) => d.code)).toContain('no-header');
  expect(r.code).toBe(0);
});
