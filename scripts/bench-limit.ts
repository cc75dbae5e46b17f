/**
 * `npm run bench`, against the limit: a 30-line baseline that does the least any checker must (read a
 * 10k-row TSV, split it, match every deadline cell with a handful of regexes) and the product on the
 * same generated tables in the same run, as ratios. Targets (issue 17): the domain within 4× the
 * baseline, 10k:1k ≤ 10 on every table shape, a small `check` within 3× a bare `node` start.
 * Work is counted too (scripts/ops-count.ts): the doubling test's figures, 1k → 2k rows.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Grid } from '../src/domain/core/types';
import { analyseWorkbook } from '../src/domain/roadmap/workbook';
import { parseDelimited } from '../src/cli/delimited';
import { BENCH_SHAPES, benchRoadmap, shapeLabel, type BenchShape } from './synthetic';
import { countOps } from './ops-count';

const TODAY = '2022-11-23';
// The bench runs bundled from out/: the repository is one folder up.
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'roadmap-bench-'));
const fmt = (ms: number) => `${ms.toFixed(ms < 10 ? 2 : ms < 100 ? 1 : 0)} мс`;
const mb = (kb: number) => `${Math.round(kb / 1024)} МБ`;

/** Mean time of `repeat` runs after a warm-up; with repeat 0, the one run itself. */
function ms(fn: () => void, repeat: number): number {
  if (repeat > 0) fn();
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < Math.max(1, repeat); i++) fn();
  return Number(process.hrtime.bigint() - t0) / 1e6 / Math.max(1, repeat);
}

function writeTsv(grid: Grid, name: string): string {
  const file = path.join(tmp, name);
  fs.writeFileSync(file, grid.map((r) => r.map((c) => (c === null ? '' : String(c))).join('\t')).join('\n'));
  return file;
}

/** The baseline: read, split, and match every deadline cell with a handful of regexes. */
const DEADLINE_RES = [
  /(январ|феврал|март|апрел|ма[йя]|июн|июл|август|сентябр|октябр|ноябр|декабр)[а-я]*/i,
  /(\d{1,2})\.(\d{1,2})\.(\d{4})/,
  /((?:19|20)\d\d)\s*(?:г\.?|год)/,
  /в\s+течени[еи]\s+(\S+)/i,
  /ежегодн|ежемесячн|еженедельн|ежеквартальн/i,
  /(?:^|\s)до\s+(\d{1,2})/i,
  /с\s+(\d{1,2})\s+(\S+)\s+по\s+(\d{1,2})/i,
];
function baseline(file: string): number {
  const rows = fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .map((l) => l.split('\t'));
  const col = rows[1].indexOf('Сроки исполнения');
  let hits = 0;
  for (const r of rows) {
    const cell = r[col];
    if (!cell) continue;
    for (const re of DEADLINE_RES) if (re.exec(cell)) hits++;
  }
  return hits;
}

const check = (grid: Grid) => analyseWorkbook([{ name: 'План', grid }], { today: TODAY });

/** Median wall time of spawning `args` with node, `n` times; and the largest max RSS a child reported. */
const RSS_HOOK = `data:text/javascript,process.on('exit',()=>process.stderr.write('MAXRSS '+process.resourceUsage().maxRSS+'\\n'))`;
function spawnTimes(args: string[], n: number): { median: number; maxRss: number } {
  const times: number[] = [];
  let maxRss = 0;
  for (let i = 0; i < n; i++) {
    const t0 = process.hrtime.bigint();
    const r = spawnSync(process.execPath, ['--import', RSS_HOOK, ...args], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 30 });
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
    const rss = /MAXRSS (\d+)/.exec(r.stderr ?? '');
    if (rss) maxRss = Math.max(maxRss, Number(rss[1]));
  }
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(n / 2)], maxRss };
}

const cliArgs = fs.existsSync(path.join(root, 'out/cli.mjs')) ? ['out/cli.mjs'] : ['scripts/cli.mjs'];

/**
 * Each shape is measured in a fresh node process, as the command line runs a check: one shape's
 * garbage and JIT state do not weigh on the next. The baseline is measured again in that same
 * process, beside the shape, so each ratio compares two figures taken under the same load (the
 * machine is shared). Times are the fastest of several runs after a warm-up.
 */
export function benchLimit(sizes: number[]): void {
  const base10k = writeTsv(benchRoadmap(10000, BENCH_SHAPES[2]), 'baseline-10k.tsv');
  const baseMs = ms(() => baseline(base10k), 10);
  console.log(`Базовая линия (прочитать TSV 10 000 строк, разбить, сопоставить сроки с ${DEADLINE_RES.length} регулярными выражениями): ${fmt(baseMs)}`);
  console.log(
    'Проверка (analyseWorkbook) на тех же таблицах, каждая форма — в своём процессе; × — во сколько раз дольше базовой линии, измеренной в том же процессе:',
  );
  BENCH_SHAPES.forEach((shape, k) => {
    const r = spawnSync(process.execPath, [path.join(root, 'out/bench.mjs'), '--limit-shape', String(k), '--sizes', sizes.join(',')], {
      cwd: root,
      encoding: 'utf8',
      maxBuffer: 1 << 26,
    });
    const line = /^SHAPE (.*)$/m.exec(r.stdout ?? '');
    if (!line) throw new Error(`bench shape ${k} failed: ${r.stderr}`);
    printShape(shape, JSON.parse(line[1]) as ShapeFigures);
  });
  benchProcess(base10k, baseMs);
}

interface ShapeFigures {
  baseMs: number;
  times: [number, number][];
  ops: number;
  maxRssKb: number;
}

/** The child's side of benchLimit: one shape at every size, the baseline beside it, work counted. */
export function benchShapeChild(k: number, sizes: number[]): void {
  const shape = BENCH_SHAPES[k];
  const base10k = writeTsv(benchRoadmap(10000, BENCH_SHAPES[2]), 'baseline-10k.tsv');
  const fastest = (fn: () => void, runs: number) => Math.min(...Array.from({ length: runs }, () => ms(fn, 0)));
  baseline(base10k);
  const baseMs = fastest(() => baseline(base10k), 9);
  const times: [number, number][] = [];
  for (const n of sizes) {
    const grid = parseDelimited(fs.readFileSync(writeTsv(benchRoadmap(n, shape), `shape-${n}.tsv`), 'utf8'), '\t');
    check(grid);
    // Up to 10k rows the fastest of 9, as the baseline beside it; 100k rows once.
    times.push([n, n > 10000 ? ms(() => check(grid), 0) : fastest(() => check(grid), 9)]);
  }
  const small = benchRoadmap(1000, shape);
  const large = benchRoadmap(2000, shape);
  check(small);
  const ops = countOps(() => check(large)).ops / countOps(() => check(small)).ops;
  const figures: ShapeFigures = { baseMs, times, ops, maxRssKb: process.resourceUsage().maxRSS };
  console.log(`SHAPE ${JSON.stringify(figures)}`);
  fs.rmSync(tmp, { recursive: true, force: true });
}

function printShape(shape: BenchShape, f: ShapeFigures): void {
  const times = new Map(f.times);
  const cells = f.times.map(([n, t]) => `${n.toLocaleString('ru-RU')}: ${fmt(t)}`).join('; ');
  const t1 = times.get(1000);
  const t10 = times.get(10000);
  const scale = t1 && t10 ? `; 10k:1k = ${(t10 / t1).toFixed(1)}` : '';
  const vs = t10 ? `; 10k = ${(t10 / f.baseMs).toFixed(1)}× базовой (${fmt(f.baseMs)})` : '';
  console.log(`  ${shapeLabel(shape)}: ${cells}${scale}${vs}; операций 2k:1k = ${f.ops.toFixed(2)}; max RSS ${mb(f.maxRssKb)}`);
}

function benchProcess(base10k: string, baseMs: number): void {
  const small = writeTsv(benchRoadmap(20, BENCH_SHAPES[2]), 'small.tsv');
  const bare = spawnTimes(['-e', '0'], 7);
  const help = spawnTimes([...cliArgs, '--help'], 7);
  const smallCheck = spawnTimes([...cliArgs, 'check', small, '--today', TODAY], 7);
  console.log(
    `Запуск (${cliArgs[0]}, медиана 7 запусков): голый node ${fmt(bare.median)}; --help ${fmt(help.median)}; check на 20 строк ${fmt(smallCheck.median)} = ${(smallCheck.median / bare.median).toFixed(1)}× голого node (цель ≤ 3×)`,
  );
  const big = spawnTimes([...cliArgs, 'check', base10k, '--today', TODAY, '--json'], 3);
  console.log(`  check --json на 10 000 строк целиком: ${fmt(big.median)} = ${(big.median / baseMs).toFixed(1)}× базовой линии; max RSS ${mb(big.maxRss)}`);
  const huge = writeTsv(benchRoadmap(100000, BENCH_SHAPES[3]), 'check-100k.tsv');
  const h = spawnTimes([...cliArgs, 'check', huge, '--today', TODAY, '--json'], 1);
  console.log(`  check --json на 100 000 строк (все тексты разные): ${fmt(h.median)}; max RSS ${mb(h.maxRss)}`);
}

/**
 * The same 100k rows as an .xlsx (written with exceljs' streaming writer, ~10 MB): `check --json`
 * reads it row by row (src/cli/xlsx-stream.ts). Loading it whole instead (ROADMAP_MONITOR_STREAM_FROM
 * set high) peaked at ~2 GB on this machine; not run here, as it would crowd the machine.
 */
export async function benchXlsx(): Promise<void> {
  const ExcelJS = (await import('exceljs')).default;
  const file = path.join(tmp, 'check-100k.xlsx');
  const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true });
  const sheet = writer.addWorksheet('План');
  for (const row of benchRoadmap(100000, BENCH_SHAPES[3])) sheet.addRow(row).commit();
  await writer.commit();
  const r = spawnTimes([...cliArgs, 'check', file, '--today', TODAY, '--json'], 1);
  console.log(`  check --json на 100 000 строк .xlsx (${mb(fs.statSync(file).size / 1024)}, читается построчно): ${fmt(r.median)}; max RSS ${mb(r.maxRss)}`);
  fs.rmSync(tmp, { recursive: true, force: true });
}
