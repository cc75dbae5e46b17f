/**
 * The collection's figures: service calls per school in the emulator (a fresh compact block; a full
 * read of a one-sheet roadmap), the minutes they imply for 300 and 3,000 schools under a cost model
 * (1 s to open a spreadsheet, 0.1 s per range read or write, 2 ms for any other call), and the
 * command line's time and peak memory summarising 300 and 3,000 files.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { contextOf, runStep } from '../src/gas/collect';
import { buildWorld, costClock, costMs, schoolRoadmap, rng } from '../test/gas/collect-world';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const BUDGET_MS = 4 * 60 * 1000;

function perSchool(kind: 'fresh' | 'none', n: number): { calls: number; opens: number; ranges: number; ms: number; steps: number } {
  const start = Date.now();
  const { world, restore } = buildWorld(n, 5, start, kind);
  try {
    const fake = world.coordinator;
    const clock = costClock(fake, start);
    const ctx = contextOf(fake.spreadsheet);
    fake.calls.reset();
    let steps = 0;
    while (runStep(ctx, 'bench', BUDGET_MS, clock).state !== 'done' && steps < 100) steps++;
    const by = fake.calls.byMethod();
    const ranges = Object.entries(by)
      .filter(([m]) => /\.(getValues|getFormulas|getRichTextValues|getNumberFormats|getMergedRanges)$/.test(m))
      .reduce((a, [, c]) => a + c, 0);
    return { calls: fake.calls.total() / n, opens: (by['SpreadsheetApp.openById'] ?? 0) / n, ranges: ranges / n, ms: costMs(fake) / n, steps: steps + 1 };
  } finally {
    restore();
  }
}

const RSS_HOOK = `data:text/javascript,process.on('exit',()=>process.stderr.write('MAXRSS '+process.resourceUsage().maxRSS+'\\n'))`;

function cliRun(files: number): { seconds: number; rssMb: number } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-collect-'));
  try {
    const rand = rng(files);
    for (let i = 0; i < files; i++) {
      const rows = schoolRoadmap(i, rand).map((r) => r.map((c) => String(c ?? '').replace(/;/g, ',')).join(';'));
      fs.writeFileSync(path.join(dir, `школа ${i}.csv`), rows.join('\n'));
    }
    const t = Date.now();
    const r = spawnSync(process.execPath, ['--import', RSS_HOOK, path.join(root, 'out/cli.mjs'), 'summary', dir, '--today', '2022-11-15', '--json'], {
      encoding: 'utf8',
      maxBuffer: 1 << 30,
    });
    const seconds = (Date.now() - t) / 1000;
    const rss = Number(/MAXRSS (\d+)/.exec(r.stderr)?.[1] ?? 0);
    return { seconds, rssMb: rss / 1024 };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

export function benchCollect(): void {
  console.log('Сбор сводки по реестру (эмулятор; модель: 1 с на открытие таблицы, 0,1 с на чтение или запись диапазона, 2 мс на прочий вызов):');
  for (const kind of ['fresh', 'none'] as const) {
    const s = perSchool(kind, 60);
    const what = kind === 'fresh' ? 'свежие итоги школы' : 'полное чтение (лист плана)';
    console.log(
      `  ${what}: ${s.calls.toFixed(1)} вызовов на школу (открытий ${s.opens.toFixed(1)}, чтений диапазонов ${s.ranges.toFixed(1)}); ≈ ${(s.ms / 1000).toFixed(2)} с на школу`,
    );
    for (const n of [300, 3000]) {
      const minutes = (s.ms * n) / 60000;
      const executions = Math.ceil((s.ms * n) / BUDGET_MS);
      console.log(
        `    ${n.toLocaleString('ru-RU')} школ: ≈ ${minutes.toFixed(0)} мин чтения, ${executions} запусков по 4 мин (боковая панель — подряд; триггер — раз в час)`,
      );
    }
  }
  console.log('Командная строка, summary --json по папке CSV (по 4–11 мероприятий):');
  for (const n of [300, 3000]) {
    const r = cliRun(n);
    console.log(`  ${n.toLocaleString('ru-RU')} файлов: ${r.seconds.toFixed(1)} с, пиковая память ${r.rssMb.toFixed(0)} МБ`);
  }
}
