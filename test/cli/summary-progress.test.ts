/** A long offline summary: progress on stderr («120/120 файлов»), stdout only the JSON; files reduced to their blocks. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runSummary, stderrProgress } from '../../src/cli/summary';

const HEADER = '№;Мероприятие;Срок;Ответственный;Статус;Дата выполнения';

test('progress goes to stderr about every 5 %, the JSON alone to stdout', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'progress-'));
  try {
    for (let i = 0; i < 120; i++) {
      fs.writeFileSync(
        path.join(dir, `школа ${i}.csv`),
        [HEADER, `1;Совещание;январь 2022;УО;Выполнено;20.01.2022`, `2;Семинар;март 2022;ШНОР;В работе;`].join('\n'),
      );
    }
    const lines: string[] = [];
    const stream = { isTTY: false, write: (s: string) => lines.push(s) } as unknown as NodeJS.WriteStream;
    let out = '';
    const code = await runSummary([dir], { today: '2022-11-15', json: true, progress: stderrProgress(stream) }, (s) => (out += s));
    expect(code).toBe(0);
    expect(JSON.parse(out).schools).toHaveLength(120);
    expect(lines.at(-1)).toBe('120/120 файлов\n');
    expect(lines.length).toBeGreaterThanOrEqual(15);
    expect(lines.length).toBeLessThanOrEqual(25);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('short runs print no progress', () => {
  const lines: string[] = [];
  const p = stderrProgress({ isTTY: false, write: (s: string) => lines.push(s) } as unknown as NodeJS.WriteStream);
  for (let i = 1; i <= 20; i++) p(i, 20);
  expect(lines).toEqual([]);
});
