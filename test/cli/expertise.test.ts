/** `expertise`: the pre-expertise of a workbook's documents, as text and as JSON. */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { FIXTURES_DIR } from '../fixtures/load';

const root = path.join(__dirname, '../..');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rm-expertise-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function cli(...args: string[]): { code: number; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [path.join(root, 'scripts/cli.mjs'), ...args], { cwd: root, encoding: 'utf8' });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

interface JsonDoc {
  sheet: string;
  type: string;
  criteria: { criterion: string; scale: string; proposed: unknown; reasons: string[] }[];
  total: number;
  max: number;
}

test('--json on the school roadmap and risk profile templates: programmes, the rest of the roadmap, the concept, the medium-term programme', () => {
  const file = path.join(dir, 'школа.xlsx');
  expect(cli('template', 'school-roadmap', 'risk-profile', '-o', file).code).toBe(0);
  const r = cli('expertise', file, '--json', '--today', '2022-01-20');
  expect(r.code).toBe(0);
  const { documents } = JSON.parse(r.stdout) as { documents: JsonDoc[] };
  expect(documents.map((d) => d.type)).toEqual(['programme', 'programme', 'programme', 'programme', 'concept', 'medium']);
  const [first] = documents;
  expect(first.sheet).toBe('Дорожная карта школы');
  expect(first.criteria.map((c) => [c.criterion, c.scale])).toContainEqual(['Показатели можно измерить', '0-3']);
  expect(first.criteria.find((c) => c.criterion === 'Показатели можно измерить')?.reasons[0]).toMatch(/^измеримы 4 из 4: /);
  expect(first.criteria.find((c) => c.criterion.startsWith('Меры'))?.proposed).toBeNull();
  expect([first.total, first.max]).toEqual([9, 9]);
  expect(documents[4].criteria[0].proposed).toBe(3);
});

test('text on a seed plan; --sheet picks documents; an unknown sheet is exit 2', () => {
  const plan = path.join(FIXTURES_DIR, 'seed000-order470-plan-2022.tsv');
  const r = cli('expertise', plan, '--today', '2022-11-23');
  expect(r.code).toBe(0);
  expect(r.stdout).toContain('[нет] Сроки реализации мер реалистичны');
  expect(r.stdout).toMatch(/вне периода 2022: 28\. /);
  expect(r.stdout).toMatch(/\[2 – Скорее да\] Показатели можно измерить\n {6}· измеримы 28 из 33/);
  const bad = cli('expertise', plan, '--sheet', 'Нет такого');
  expect(bad.code).toBe(2);
  expect(bad.stdout).toContain('нет листа «Нет такого»');
});

describe("--registry --school: the school's file found through the registry", () => {
  test("the sample book: the school's roadmap is a sheet of the registry's book", () => {
    const book = path.join(dir, 'пример.xlsx');
    expect(cli('demo', '-o', book, '--today', '2022-11-15').code).toBe(0);
    const r = cli('expertise', '--registry', book, '--school', 'СШ № 9', '--json', '--today', '2022-11-15');
    expect(r.code).toBe(0);
    const { documents } = JSON.parse(r.stdout) as { documents: JsonDoc[] };
    expect(new Set(documents.map((d) => d.sheet))).toEqual(new Set(['ДК СШ № 9']));
  });

  test('a file named by the link next to the registry; one of the files given; a Google Sheets link or an unknown school is exit 2', () => {
    const school = path.join(dir, 'школа9.xlsx');
    expect(cli('template', 'school-roadmap', '-o', school).code).toBe(0);
    const registry = path.join(dir, 'реестр.csv');
    fs.writeFileSync(
      registry,
      [
        'Школа,Ссылка на таблицу школы / лист,Школа-эксперт',
        'МБОУ «СШ № 9»,школа9.xlsx,МБОУ «СШ № 10»',
        'МБОУ «СШ № 10»,https://docs.google.com/spreadsheets/d/1ExampleSchool10xxxxxxxxxxxxxxxxxx/edit,МБОУ «СШ № 9»',
      ].join('\r\n'),
    );
    const beside = cli('expertise', '--registry', registry, '--school', 'МБОУ «СШ № 9»', '--today', '2022-01-20');
    expect(beside.code).toBe(0);
    expect(beside.stdout).toContain(`Файл: ${school}`);
    expect(beside.stdout).toContain('Антирисковая программа «Риск:');
    const copy = path.join(dir, 'СШ № 10 дорожная карта.xlsx');
    fs.copyFileSync(school, copy);
    const given = cli('expertise', '--registry', registry, '--school', 'СШ № 10', copy, '--today', '2022-01-20');
    expect(given.code).toBe(0);
    expect(given.stdout).toContain(`Файл: ${copy}`);
    const sheets = cli('expertise', '--registry', registry, '--school', 'СШ № 10');
    expect(sheets.code).toBe(2);
    expect(sheets.stderr).toMatch(
      /^Ссылка «https:\/\/docs\.google\.com\/spreadsheets\/d\/1ExampleSchool10x+\/edit» \(школа «МБОУ «СШ № 10»», реестр, строка 3\) ведёт на Google Таблицу: командная строка читает только файлы/,
    );
    const none = cli('expertise', '--registry', registry, '--school', 'СШ № 77');
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/^В реестре «реестр\.csv» нет школы «СШ № 77»\./);
  });
});
