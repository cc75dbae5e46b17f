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
