/**
 * The package's bin (`roadmap-monitor` → out/cli.mjs): built once by scripts/build-cli.mjs (what
 * `npm ci` runs as `prepare`), then run with plain `node` — no esbuild at run time — on a .tsv and an
 * .xlsx; exceljs and jszip are loaded for the .xlsx only.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { writeWorkbook } from '../../src/cli/workbook-io';
import { FIXTURES_DIR } from '../fixtures/load';

const root = path.join(__dirname, '../..');
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { bin: Record<string, string>; scripts: Record<string, string> };
const binFile = path.join(root, pkg.bin['roadmap-monitor']);
const tsv = path.join(FIXTURES_DIR, 'seed000-order470-plan-2022.tsv');
let tmp: string;
let hook: string;

/** Runs the built bin with node; the preload hook reports every exceljs/jszip module loaded. */
function bin(...args: string[]): { code: number; stdout: string; stderr: string; loaded: string[] } {
  const r = spawnSync(process.execPath, ['-r', hook, binFile, ...args], { cwd: tmp, encoding: 'utf8' });
  const loaded = r.stderr.split('\n').filter((l) => l.startsWith('LOADED '));
  const stderr = r.stderr
    .split('\n')
    .filter((l) => !l.startsWith('LOADED '))
    .join('\n');
  return { code: r.status ?? -1, stdout: r.stdout, stderr, loaded };
}

beforeAll(() => {
  const built = spawnSync(process.execPath, [path.join(root, 'scripts/build-cli.mjs'), '--quiet'], { cwd: root, encoding: 'utf8' });
  expect(built.status).toBe(0);
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'rm-bin-'));
  hook = path.join(tmp, 'hook.cjs');
  fs.writeFileSync(
    hook,
    `const M = require('module'); const load = M._load;
M._load = function (request, ...rest) { if (/exceljs|jszip/.test(request)) process.stderr.write('LOADED ' + request + '\\n'); return load.call(this, request, ...rest); };`,
  );
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

test('package.json names the built file as the bin, and npm ci builds it (prepare)', () => {
  expect(pkg.bin['roadmap-monitor']).toBe('out/cli.mjs');
  expect(pkg.scripts.prepare).toContain('scripts/build-cli.mjs');
  const text = fs.readFileSync(binFile, 'utf8');
  expect(text.startsWith('#!/usr/bin/env node\n')).toBe(true);
  expect(text).not.toMatch(/from ["']esbuild["']|import\(["']esbuild["']\)/);
  expect(fs.statSync(binFile).mode & 0o111).not.toBe(0);
});

test('check on a .tsv: the report, exit 1 for errors, and exceljs never loaded', () => {
  const r = bin('check', tsv, '--json', '--today', '2022-11-23');
  expect(r.stderr.trim()).toBe('');
  expect(r.code).toBe(1);
  const out = JSON.parse(r.stdout) as { files: { file: string; sheets: { measures: unknown[] }[] }[] };
  expect(out.files[0].file).toBe(tsv);
  expect(out.files[0].sheets[0].measures.length).toBeGreaterThan(10);
  expect(r.loaded).toEqual([]);
});

test('check on an .xlsx: read with exceljs, loaded on demand', async () => {
  const file = path.join(tmp, 'plan.xlsx');
  await writeWorkbook(file, [
    {
      name: 'План',
      rows: [
        ['План на 2022 год'],
        ['№', 'Мероприятие', 'Срок', 'Ответственный', 'Результат'],
        ['1', 'Совещание с руководителями школ', 'март 2022', 'УОиМП', 'Протокол'],
        ['2', 'Семинар для учителей', 'до 1 мая 2022 г.', 'ЦНППМ', 'Справка'],
      ],
    },
  ]);
  const r = bin('check', file, '--json', '--today', '2022-11-23');
  expect(r.stderr.trim()).toBe('');
  expect(r.code).toBe(0);
  const out = JSON.parse(r.stdout) as { files: { sheets: { name: string; measures: { number: string; deadline: { end: string } }[] }[] }[] };
  const sheet = out.files[0].sheets[0];
  expect(sheet.name).toBe('План');
  expect(sheet.measures.map((m) => [m.number, m.deadline.end])).toEqual([
    ['1', '2022-03-31'],
    ['2', '2022-05-01'],
  ]);
  expect(r.loaded.some((l) => l.includes('exceljs'))).toBe(true);
});

test('npm run cli -- is an alias of the same bin', () => {
  const r = spawnSync(process.execPath, [path.join(root, 'scripts/cli.mjs'), 'check', tsv, '--json', '--today', '2022-11-23'], { cwd: root, encoding: 'utf8' });
  expect(r.status).toBe(1);
  expect(r.stdout).toBe(bin('check', tsv, '--json', '--today', '2022-11-23').stdout);
});
