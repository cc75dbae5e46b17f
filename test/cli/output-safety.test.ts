/** -o never overwrites what the run reads, never hangs, and fails with a Russian message and exit 2. */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readWorkbook, writeWorkbook } from '../../src/cli/workbook-io';

const root = path.join(__dirname, '../..');
const TODAY = '2022-05-20';

function cli(...args: string[]): { code: number; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [path.join(root, 'scripts/cli.mjs'), ...args], { cwd: root, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

const CSV = '№;Мероприятие;Срок;Ответственный;Статус\n1;Совещание;март 2022;Директор;Выполнено\n2;Семинар;апрель 2022;Завуч;В работе\n';

let dir: string;
let schools: string;
let school1: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rm-output-'));
  schools = path.join(dir, 'школы');
  fs.mkdirSync(schools);
  school1 = path.join(schools, 'school1.csv');
  fs.writeFileSync(school1, CSV);
  fs.writeFileSync(path.join(schools, 'school2.csv'), CSV);
});
afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

/** Files of a folder, hidden temporary files included. */
const listing = (d: string) => fs.readdirSync(d).sort();

describe('summary -o never writes over a file of the run', () => {
  test.each([
    ['the input file itself', () => [path.join(schools, 'school3.xlsx'), '-o', path.join(schools, 'school3.xlsx')], () => path.join(schools, 'school3.xlsx')],
    ['a file inside the input folder', () => [schools, '-o', path.join(schools, 'school3.xlsx')], () => path.join(schools, 'school3.xlsx')],
    ['the registry', () => [schools, '--registry', path.join(dir, 'реестр.xlsx'), '-o', path.join(dir, 'реестр.xlsx')], () => path.join(dir, 'реестр.xlsx')],
  ])('%s: exit 2, a Russian message, the file unchanged', async (_name, args, victim) => {
    // A school's roadmap as an .xlsx: a file the run reads, not an earlier summary.
    const file = victim();
    await writeWorkbook(file, [
      {
        name: 'Дорожная карта',
        rows: CSV.trim()
          .split('\n')
          .map((l) => l.split(';')),
      },
    ]);
    const before = fs.readFileSync(file);
    const r = cli('summary', ...args(), '--today', TODAY);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`Не удалось записать файл «${file}»`);
    expect(r.stderr).toContain('читается в этом же запуске');
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
    fs.rmSync(file);
  });

  test('a summary written earlier into the input folder is replaced on the next run', async () => {
    const out = path.join(schools, 'Сводка.xlsx');
    expect(cli('summary', schools, '--today', TODAY, '-o', out).code).toBe(0);
    const again = cli('summary', schools, '--today', TODAY, '-o', out, '--json');
    expect(again.code).toBe(0);
    expect(JSON.parse(again.stdout).totals.schools).toBe(2);
    expect((await readWorkbook(out)).sheets.map((s) => s.name)).toEqual(['Сводка', 'Исполнители', 'Календарь', 'Отчёт за полугодие']);
    expect(listing(schools)).toEqual(['school1.csv', 'school2.csv', 'Сводка.xlsx']);
    fs.rmSync(out);
  });
});

describe('output failures: exit 2 and a Russian message, never a stack trace or a hang', () => {
  test.each([
    ['a directory', () => fs.mkdirSync(path.join(dir, 'папка.xlsx'), { recursive: true }), 'папка.xlsx', 'это папка, а не файл'],
    ['a path under a regular file', () => fs.writeFileSync(path.join(dir, 'файл.xlsx'), 'x'), 'файл.xlsx/сводка.xlsx', 'часть пути — файл, а не папка'],
    ['a FIFO', () => spawnSync('mkfifo', [path.join(dir, 'канал.xlsx')]), 'канал.xlsx', 'это не обычный файл'],
  ])('%s', (_name, make, name, reason) => {
    make();
    const r = cli('summary', schools, '--today', TODAY, '-o', path.join(dir, name));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`Не удалось записать файл «${path.join(dir, name)}»: ${reason}`);
    expect(r.stderr).not.toMatch(/\n\s+at |Error:/);
    expect(r.stdout).toBe('');
  });

  test('a /proc path is refused at once', () => {
    const r = cli('summary', schools, '--today', TODAY, '-o', '/proc/self/сводка.xlsx');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('системный путь');
  });

  test('an unwritable folder (when not running as root, who may write anywhere)', () => {
    const ro = path.join(dir, 'только-чтение');
    fs.mkdirSync(ro);
    fs.chmodSync(ro, 0o555);
    const r = cli('summary', schools, '--today', TODAY, '-o', path.join(ro, 'сводка.xlsx'));
    fs.chmodSync(ro, 0o755);
    if (process.getuid?.() === 0) expect(r.code).toBe(0);
    else {
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('нет прав на запись');
    }
  });

  test('template and demo refuse the same way; demo never writes over a seed or its own sample', () => {
    const t = cli('template', 'registry', '-o', path.join(dir, 'папка.xlsx'));
    expect(t.code).toBe(2);
    expect(t.stderr).toContain('это папка, а не файл');
    const seed = path.join(root, 'sheets-templates', 'samples', 'plan-2022-project-500.tsv');
    const before = fs.readFileSync(seed);
    const d = cli('demo', '-o', seed);
    expect(d.code).toBe(2);
    expect(d.stderr).toContain('читается в этом же запуске');
    expect(fs.readFileSync(seed).equals(before)).toBe(true);
    const sample = path.join(dir, 'демо', 'Сводка — пример.xlsx');
    const same = cli('demo', '-o', sample);
    expect(same.code).toBe(2);
    expect(same.stderr).toContain('читается в этом же запуске');
  });

  test('writes go through a temporary file: nothing is left next to the output', () => {
    const out = path.join(dir, 'итоги', 'сводка.xlsx');
    expect(cli('summary', schools, '--today', TODAY, '-o', out).code).toBe(0);
    expect(listing(path.dirname(out))).toEqual(['сводка.xlsx']);
  });
});

describe('summary over folders: every file or folder not read is listed, with the reason, and exit 2', () => {
  let top: string;
  beforeAll(() => {
    top = path.join(dir, 'район');
    const real = path.join(dir, 'вне папки');
    fs.mkdirSync(path.join(top, 'школа 1'), { recursive: true });
    fs.mkdirSync(real, { recursive: true });
    fs.writeFileSync(path.join(top, 'школа 1', 'план.csv'), CSV);
    fs.writeFileSync(path.join(real, 'план школы 2.csv'), CSV);
    // A linked file and a linked folder are read; a link back up (a loop) and a second link to the same file are not read twice.
    fs.symlinkSync(path.join(real, 'план школы 2.csv'), path.join(top, 'школа 2.csv'));
    fs.symlinkSync(real, path.join(top, 'ссылка на папку'));
    fs.symlinkSync(top, path.join(top, 'школа 1', 'петля'));
    fs.symlinkSync(path.join(dir, 'нет такого.csv'), path.join(top, 'битая ссылка.csv'));
    fs.writeFileSync(path.join(top, 'старая.xls'), 'x');
    spawnSync('mkfifo', [path.join(top, 'канал.csv')]);
  });

  test('linked files and folders are followed, each real file read once; the rest is listed', () => {
    const r = cli('summary', top, '--today', TODAY, '--json');
    expect(r.code).toBe(2);
    const out = JSON.parse(r.stdout);
    const read = out.files.filter((f: { error?: string }) => f.error === undefined).map((f: { file: string }) => path.relative(top, f.file));
    // «ссылка на папку» comes first in natural order; «школа 2.csv» links to the same real file.
    expect(read).toEqual(['ссылка на папку/план школы 2.csv', 'школа 1/план.csv']);
    expect(out.totals.schools).toBe(2);
    const errors = out.files.filter((f: { error?: string }) => f.error !== undefined).map((f: { error: string }) => f.error);
    expect(errors).toHaveLength(3);
    expect(errors).toEqual(
      expect.arrayContaining([
        `Не удалось прочитать файл «${path.join(top, 'битая ссылка.csv')}»: ссылка ведёт на файл, которого нет.`,
        `Не удалось прочитать файл «${path.join(top, 'канал.csv')}»: это не обычный файл.`,
        expect.stringContaining(`«${path.join(top, 'старая.xls')}»: старый формат .xls не поддерживается`),
      ]),
    );
    const text = cli('summary', top, '--today', TODAY);
    expect(text.stdout).toContain('Прочитано файлов: 2 из 5; школ: 2.');
  });

  test('an unreadable folder is named as such, not as «нет файлов» (when not running as root)', () => {
    const closed = path.join(dir, 'закрытая');
    fs.mkdirSync(path.join(closed, 'внутри'), { recursive: true });
    fs.writeFileSync(path.join(closed, 'внутри', 'план.csv'), CSV);
    fs.chmodSync(path.join(closed, 'внутри'), 0o000);
    const r = cli('summary', closed, '--today', TODAY, '--json');
    fs.chmodSync(path.join(closed, 'внутри'), 0o755);
    const out = JSON.parse(r.stdout);
    if (process.getuid?.() === 0) expect(out.totals.schools).toBe(1);
    else {
      expect(r.code).toBe(2);
      expect(out.files[0].error).toBe(`Не удалось прочитать папку «${path.join(closed, 'внутри')}»: нет прав на чтение папки.`);
    }
  });
});
