/** `summary` over .xlsx files written by `template`: a school with the «Экспертиза» template and one without. */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { SummaryJson } from '../../src/domain/summary';

const root = path.join(__dirname, '../..');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rm-summary-expertise-'));

function cli(...args: string[]): { code: number; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [path.join(root, 'scripts/cli.mjs'), ...args], { cwd: root, encoding: 'utf8' });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

beforeAll(() => {
  expect(cli('template', 'school-roadmap', 'risk-profile', 'expertise', '-o', path.join(dir, 'a.xlsx')).code).toBe(0);
  expect(cli('template', 'school-roadmap', '-o', path.join(dir, 'b.xlsx')).code).toBe(0);
});

test('--json: expertise { reviewed, percent } per school, null without an expertise sheet; the totals pool them', () => {
  const r = cli('summary', dir, '--today', '2022-01-20', '--json');
  expect(r.code).toBe(0);
  const json = JSON.parse(r.stdout) as SummaryJson;
  const byFile = Object.fromEntries(json.schools.map((s) => [path.basename(s.file), s.expertise]));
  expect(byFile).toEqual({ 'a.xlsx': { reviewed: 3, percent: 76.2 }, 'b.xlsx': null });
  expect(json.totals).toMatchObject({ schoolsWithExpertise: 1, expertiseReviewed: 3, expertisePercent: 76.2 });
});

test('the text report names the expertise of the school and in the totals', () => {
  const r = cli('summary', dir, '--today', '2022-01-20');
  expect(r.code).toBe(0);
  expect(r.stdout).toContain('Экспертиза: оценено документов 3, 76,2\u00a0% от максимума.');
  expect(r.stdout).toContain('(школ с экспертизой: 1)');
});
