/** `summary` reads its files a few at a time (src/cli/pool.ts): the same results, in the same order, with the same messages. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { mapPool } from '../../src/cli/pool';
import { READ_CONCURRENCY, summariseInputs } from '../../src/cli/summary';
import { readWorkbook } from '../../src/cli/workbook-io';

const TODAY = '2022-05-20';
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

test('mapPool: results in the order of the items, at most `limit` calls at once', async () => {
  let running = 0;
  let most = 0;
  const out = await mapPool([5, 1, 4, 0, 3, 2, 6, 1], 3, async (n, i) => {
    running++;
    most = Math.max(most, running);
    await sleep(n * 3);
    running--;
    return `${i}:${n}`;
  });
  expect(out).toEqual(['0:5', '1:1', '2:4', '3:0', '4:3', '5:2', '6:6', '7:1']);
  expect(most).toBe(3);
  expect(await mapPool([], 4, async () => 1)).toEqual([]);
});

test('summary over many files: schools and files in path order, unreadable files reported as when read alone', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rm-pool-'));
  try {
    const header = ['№', 'Мероприятие', 'Срок', 'Ответственный', 'Результат', 'Статус'].join('\t');
    const broken: string[] = [];
    for (let i = 1; i <= 4 * READ_CONCURRENCY; i++) {
      if (i % 7 === 0) {
        const file = path.join(dir, `школа ${i}.xlsx`);
        fs.writeFileSync(file, 'not a zip');
        broken.push(file);
        continue;
      }
      const rows = [`Дорожная карта МБОУ «СШ № ${i}» на 2022 год`, header];
      for (let k = 1; k <= (i % 5) + 1; k++) rows.push([String(k), `Мероприятие ${k}`, 'март 2022', 'ОО', 'Справка', k % 2 ? 'Выполнено' : ''].join('\t'));
      fs.writeFileSync(path.join(dir, `школа ${i}.tsv`), rows.join('\n'));
    }
    const run = await summariseInputs([dir], { today: TODAY });
    const numbers = run.files.map((f) => Number(/школа (\d+)/.exec(f.file)?.[1]));
    expect(numbers).toEqual(Array.from({ length: 4 * READ_CONCURRENCY }, (_, i) => i + 1));
    expect(run.summary.schools.map((s) => s.name)).toEqual(numbers.filter((n) => n % 7 !== 0).map((n) => expect.stringContaining(`СШ № ${n}»`)));
    expect(run.summary.schools.map((s) => s.metrics.base)).toEqual(numbers.filter((n) => n % 7 !== 0).map((n) => (n % 5) + 1));
    for (const file of broken) {
      const alone = await readWorkbook(file).then(
        () => null,
        (e: Error) => e.message,
      );
      const reported = run.files.find((f) => f.file === file);
      expect(alone).not.toBeNull();
      expect(reported?.error).toContain(alone as string);
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
