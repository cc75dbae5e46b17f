/** `npm run --silent cli -- summary …`: the coordinator's summary over a folder of schools' roadmaps. */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { readWorkbook, writeDelimited, writeWorkbook } from '../../src/cli/workbook-io';
import { defaultSettings } from '../../src/domain/core/settings';
import { settingsToGrid } from '../../src/domain/workbook/kinds/settings';
import type { Cell } from '../../src/domain/core/types';

const root = path.join(__dirname, '../..');
const NB = '\u00A0';
const TODAY = '2022-05-20';
const LINK = 'https://disk.example.ru/doc';

function cli(...args: string[]): { code: number; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [path.join(root, 'scripts/cli.mjs'), ...args], { cwd: root, encoding: 'utf8' });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

const HEADER = ['№', 'Мероприятие', 'Срок', 'Ответственный', 'Результат', 'Статус', 'Дата выполнения', 'Ссылка на подтверждающий документ', 'Отметка куратора'];
type Row = [string, string, string, string, string, string, string, string, string];
const row = (n: number, title: string, deadline: string, status: string, done = '', evidence = '', mark = ''): Row => [
  String(n),
  title,
  deadline,
  'ОО',
  'Справка',
  status,
  done,
  evidence,
  mark,
];

/*
 * Three schools, calendar-year plans «на 2022 год», read on 20.05.2022 (deadlines up to 19.05 have passed).
 *
 * СШ № 1 (school1.xlsx, sheet «Дорожная карта»; also a hidden sheet and a stale «Сводка» to skip):
 *   5 measures, done 3 (февраль, март, май — confirmed, with links; the May link is an .xlsx
 *   hyperlink behind the text «Протокол»), «июнь» in progress, «декабрь» not started.
 *   Overdue 0, attention 0 → green. Deadlines passed: 2 ≤ done 3 → on track: meets the audit.
 * СШ № 2 (school2.csv): 5 measures, 1 cancelled → base 4. Done 1 (10.03, not confirmed for 71 days:
 *   attention), «апрель» in progress → overdue, «май» «Не выполнено» (not yet due), «сентябрь» needs
 *   rework (attention). Due by today 2, overdue 1 → 50 % ≥ 20 % → red. Done 25 %. Attention 3.
 *   Passed 2 > done 1 → behind schedule.
 * СШ № 3 (sub/school3.tsv, a subfolder): 10 measures, done 5 (январь…апрель), one of them with
 *   «Приказ № 5» instead of a link (attention); «апрель» in progress → overdue. Due by today 6,
 *   overdue 1 → 16,7 % < 20 % → yellow. Done 50 %, attention 2. Passed 6 > done 5 → behind schedule.
 * Totals: base 4 + 5 + 10 = 19, done 9 → 47,4 %, overdue 2, meeting the audit 1 of 3.
 */
async function writeSchools(dir: string): Promise<void> {
  fs.mkdirSync(path.join(dir, 'sub'), { recursive: true });

  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Дорожная карта');
  ws.addRow(['Дорожная карта на 2022 год']);
  ws.addRow(HEADER);
  ws.addRow(['', '1. Организационные меры']);
  ws.addRow(row(1, 'Совещание', 'февраль 2022', 'Выполнено', '15.02.2022', `${LINK}/1`, 'Подтверждено'));
  ws.addRow(row(2, 'Диагностика', 'март 2022', 'Выполнено', '20.03.2022', `${LINK}/2`, 'Подтверждено'));
  ws.addRow(row(3, 'Семинар', 'июнь 2022', 'В работе'));
  ws.addRow(row(4, 'Публичный отчёт', 'декабрь 2022', 'Не начато'));
  const last = ws.addRow(row(5, 'Методический день', 'май 2022', 'Выполнено', '05.05.2022', '', 'Подтверждено'));
  last.getCell(8).value = { text: 'Протокол', hyperlink: `${LINK}/5` };
  const hidden = wb.addWorksheet('Списки', { state: 'hidden' });
  hidden.addRow(HEADER);
  hidden.addRow(row(1, 'Не школа', 'январь 2022', 'В работе'));
  const stale = wb.addWorksheet('Сводка');
  stale.addRow(HEADER);
  stale.addRow(row(1, 'Старая сводка', 'январь 2022', 'В работе'));
  await wb.xlsx.writeFile(path.join(dir, 'school1.xlsx'));

  await writeDelimited(path.join(dir, 'school2.csv'), [
    ['План мероприятий на 2022 год'],
    HEADER,
    row(1, 'Анализ ВПР', 'март 2022', 'Выполнено', '10.03.2022', `${LINK}/21`),
    row(2, 'Курсы КПК', 'апрель 2022', 'В работе'),
    row(3, 'Открытые уроки', 'май 2022', 'Не выполнено'),
    row(4, 'Программа развития', 'сентябрь 2022', 'Требуется доработка'),
    row(5, 'Конференция', 'апрель 2022', 'Отменено'),
  ]);

  await writeDelimited(path.join(dir, 'sub', 'school3.tsv'), [
    ['Дорожная карта МБОУ «Средняя школа № 3» на 2022 год'],
    HEADER,
    row(1, 'Рисковый профиль', 'январь 2022', 'Выполнено', '20.01.2022', `${LINK}/31`, 'Подтверждено'),
    row(2, 'Концепция развития', 'февраль 2022', 'Выполнено', '10.02.2022', 'Приказ № 5', 'Подтверждено'),
    row(3, 'Антирисковая программа 1', 'март 2022', 'Выполнено', '25.03.2022', `${LINK}/33`, 'Подтверждено'),
    row(4, 'Антирисковая программа 2', 'март 2022', 'Выполнено', '28.03.2022', `${LINK}/34`, 'Подтверждено'),
    row(5, 'Педсовет', 'апрель 2022', 'Выполнено', '20.04.2022', `${LINK}/35`, 'Подтверждено'),
    row(6, 'Мониторинг', 'апрель 2022', 'В работе'),
    row(7, 'Семинар', 'июнь 2022', 'В работе'),
    row(8, 'Открытые уроки', 'сентябрь 2022', 'Не начато'),
    row(9, 'Методический день', 'октябрь 2022', 'Не начато'),
    row(10, 'Публичный отчёт', 'декабрь 2022', 'Не начато'),
  ]);
}

const REGISTRY_HEADER = ['Школа', 'Школа-куратор', 'Куратор (ФИО)', 'Кластер', 'Муниципалитет', 'Ссылка на таблицу школы / лист'];

async function writeRegistry(file: string, settings?: Cell[][]): Promise<void> {
  const rows: Cell[][] = [
    REGISTRY_HEADER,
    ['МБОУ «СШ № 1»', 'МБОУ «СШ № 40»', 'Иванова И. И.', 'Север', 'г. Смоленск', 'school1.xlsx / Дорожная карта'],
    ['МБОУ «СШ № 2»', 'МБОУ «СШ № 33»', '', 'Юг', 'г. Смоленск', 'school2.csv'],
    // No link: matched by the school named above the table («Средняя школа № 3» = «СШ № 3»).
    ['МБОУ «СШ № 3»', '', 'Сидорова С. С.', 'Север', 'г. Смоленск', ''],
    // Links naming the same sheet of different files: the file tells them apart.
    ['МБОУ «СШ № 4»', 'МБОУ «СШ № 40»', '', 'Север', 'г. Смоленск', 'school4.xlsx / Дорожная карта'],
  ];
  await writeWorkbook(file, [{ name: 'Реестр школ', rows }, ...(settings ? [{ name: 'Настройки', rows: settings }] : [])]);
}

interface SchoolJson {
  name: string;
  file: string;
  sheet: string;
  curator: string;
  cluster: string;
  total: number;
  cancelled: number;
  done: number;
  donePercent: number;
  overdue: number;
  needAttention: number;
  confirmedPercent: number | null;
  audit: { h1: unknown; h2: unknown; onTrack: boolean };
  zone: string;
}
interface SummaryJsonOut {
  today: string;
  schools: SchoolJson[];
  totals: Record<string, number>;
  files: { file: string; error?: string; schools: number }[];
  registry?: { file: string; error?: string; schools: number; unmatched: string[]; notInRegistry: string[]; warnings: string[] };
  settings: { source: string | null; warnings: string[] };
  report: { start: string; end: string; due: string; preliminary: boolean; paragraph: string };
  output?: string;
}

let dir: string;
let schools: string;
let registry: string;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rm-summary-'));
  schools = path.join(dir, 'школы');
  registry = path.join(dir, 'реестр.xlsx');
  await writeSchools(schools);
  await writeRegistry(registry);
});

afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('summary of a folder with a registry, --json', () => {
  let r: ReturnType<typeof cli>;
  let out: SummaryJsonOut;
  beforeAll(() => {
    r = cli('summary', schools, '--registry', registry, '--today', TODAY, '--json');
    out = JSON.parse(r.stdout) as SummaryJsonOut;
  });

  test('exactly one JSON document, exit 0, files found recursively in natural order', () => {
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(out.today).toBe(TODAY);
    expect(out.files).toEqual([
      { file: path.join(schools, 'school1.xlsx'), schools: 1 },
      { file: path.join(schools, 'school2.csv'), schools: 1 },
      { file: path.join(schools, 'sub', 'school3.tsv'), schools: 1 },
    ]);
  });

  test('schools cell by cell', () => {
    const pick = (s: SchoolJson) => [
      s.name,
      s.curator,
      s.cluster,
      s.total,
      s.cancelled,
      s.done,
      s.donePercent,
      s.overdue,
      s.needAttention,
      s.confirmedPercent,
      s.zone,
    ];
    expect(out.schools.map(pick)).toEqual([
      ['МБОУ «СШ № 1»', 'МБОУ «СШ № 40» (Иванова И. И.)', 'Север', 5, 0, 3, 60, 0, 0, 100, 'green'],
      ['МБОУ «СШ № 2»', 'МБОУ «СШ № 33»', 'Юг', 5, 1, 1, 25, 1, 3, 0, 'red'],
      ['МБОУ «СШ № 3»', 'Сидорова С. С.', 'Север', 10, 0, 5, 50, 1, 2, 100, 'yellow'],
    ]);
    expect(out.schools.map((s) => [path.basename(s.file), s.sheet])).toEqual([
      ['school1.xlsx', 'Дорожная карта'],
      ['school2.csv', 'school2'],
      ['school3.tsv', 'school3'],
    ]);
    expect(out.schools.map((s) => s.audit)).toEqual([
      { h1: null, h2: null, onTrack: true },
      { h1: null, h2: null, onTrack: false },
      { h1: null, h2: null, onTrack: false },
    ]);
  });

  test('totals', () => {
    expect(out.totals).toEqual({
      schools: 3,
      measures: 19,
      done: 9,
      donePercent: 47.4,
      overdue: 2,
      // No school has a finished half-year on 20.05.2022: none assessed, none counted as meeting it.
      schoolsMeetingAudit: 0,
      schoolsMeetingAuditPercent: 0,
      schoolsAssessed: 0,
      schoolsOnTrack: 1,
      // No file has a risk profile, and no roadmap the sections «Стартовая диагностика» or «Программа развития».
      schoolsWithProfile: 0,
      highRisks: 0,
      highRisksWithoutProgramme: 0,
      documentsExpected: 0,
      documentsPosted: 0,
      documentsConfirmed: 0,
      schoolsWithExpertise: 0,
      expertiseReviewed: 0,
      expertisePercent: null,
    });
  });

  test('the registry: a school without a roadmap is reported', () => {
    expect(out.registry).toEqual({ file: registry, schools: 4, unmatched: ['МБОУ «СШ № 4»'], notInRegistry: [], warnings: [] });
    expect(out.settings).toEqual({ source: null, warnings: [] });
  });

  test('the half-year report: the one due 13.07 (01.01–30.06), preliminary', () => {
    expect(out.report).toMatchObject({ start: '2022-01-01', end: '2022-06-30', due: '2022-07-13', preliminary: true });
    expect(out.report.paragraph).toBe(
      `По 3 школам: из 19 мероприятий выполнено 9 (47,4${NB}%), из них подтверждено куратором 8 (88,9${NB}%). ` +
        'Просрочено 2 мероприятия; всего требуют внимания 5 мероприятий. Не учитывается 1 отменённое мероприятие. ' +
        'Цель аудита ещё не оценивалась: ни у одной из 3 школ полугодие не завершено.',
    );
  });
});

test('«Настройки» of the registry file: a higher red threshold turns СШ № 2 yellow; unreadable values are reported', async () => {
  const file = path.join(dir, 'реестр с настройками.xlsx');
  const settings = defaultSettings();
  settings.zones.redOverduePercent = 60;
  await writeRegistry(file, [...settingsToGrid(settings), ['Дней до напоминания куратору', 'много']]);
  const r = cli('summary', schools, '--registry', file, '--today', TODAY, '--json');
  const out = JSON.parse(r.stdout) as SummaryJsonOut;
  expect(r.code).toBe(0);
  expect(out.schools.map((s) => s.zone)).toEqual(['green', 'yellow', 'yellow']);
  expect(out.settings.source).toBe(`${file}, лист «Настройки»`);
  expect(out.settings.warnings.filter((w) => w.includes('«много»'))).toHaveLength(1);
});

test('without a registry: names from the lines above the table, else from the file', () => {
  const r = cli('summary', schools, '--today', TODAY, '--json');
  const out = JSON.parse(r.stdout) as SummaryJsonOut;
  expect(r.code).toBe(0);
  expect(out.schools.map((s) => [s.name, s.curator, s.zone])).toEqual([
    ['school1', '', 'green'],
    ['school2', '', 'red'],
    ['МБОУ «Средняя школа № 3»', '', 'yellow'],
  ]);
  expect(out.registry).toBeUndefined();
});

test('-o writes the four sheets; «Сводка» has a row per school, the totals and the legend', async () => {
  const file = path.join(dir, 'итоги', 'Сводка.xlsx');
  const r = cli('summary', schools, '--registry', registry, '--today', TODAY, '-o', file);
  expect(r.code).toBe(0);
  expect(r.stdout).toContain(`Сводка записана: ${file}`);
  const wb = await readWorkbook(file);
  expect(wb.sheets.map((s) => s.name)).toEqual(['Сводка', 'Исполнители', 'Календарь', 'Отчёт за полугодие']);
  const grid = wb.sheets[0].grid;
  expect(grid).toHaveLength(6);
  expect(grid[0].slice(0, 6)).toEqual(['Школа', 'Куратор', 'Кластер', 'Мероприятий', 'Выполнено', '% выполнения']);
  expect(grid.slice(1, 4).map((row) => [row[0], row[3], row[4], row[5], row[8], row[12], row[13]])).toEqual([
    ['МБОУ «СШ № 1»', 5, 3, 60, 0, 'да', 'зелёная'],
    ['МБОУ «СШ № 2»', 4, 1, 25, 1, `нет: выполнено 25${NB}%, срок наступил у 50${NB}%`, 'красная'],
    ['МБОУ «СШ № 3»', 10, 5, 50, 1, `нет: выполнено 50${NB}%, срок наступил у 60${NB}%`, 'жёлтая'],
  ]);
  expect(grid[4].slice(0, 6)).toEqual(['Итого: 3 школы', null, null, 19, 9, 47.4]);
  expect(grid[5][0]).toMatch(/^Зона: красная — .* Данные на 20\.05\.2022\.$/);

  // Formatting: frozen header, bold header and totals, zone fills, a number format for percents.
  const x = new ExcelJS.Workbook();
  await x.xlsx.readFile(file);
  const ws = x.getWorksheet('Сводка') as ExcelJS.Worksheet;
  expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
  expect(ws.getRow(1).getCell(1).font?.bold).toBe(true);
  expect(ws.getRow(5).getCell(1).font?.bold).toBe(true);
  const fill = (r: number, c: number) => (ws.getCell(r, c).fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb;
  // The zone colours are the add-on's (domain/summary/style.ts): green, red, yellow rows.
  expect([fill(2, 13), fill(3, 13), fill(4, 13)]).toEqual(['FFD9EAD3', 'FFF4CCCC', 'FFFFF2CC']);
  expect(ws.getColumn(6).numFmt).toBe('0.0');
  expect(ws.getColumn(1).width).toBeGreaterThanOrEqual('МБОУ «СШ № 1»'.length);

  // «Исполнители»: the overdue measures first, each with its days overdue.
  const owed = wb.sheets[1].grid;
  expect(owed[1]).toEqual(['ОО', 'МБОУ «СШ № 2»', '2', 'Курсы КПК', 'апрель 2022', '30.04.2022', 'В работе', 20]);
  expect(owed[2]).toEqual(['ОО', 'МБОУ «СШ № 3»', '6', 'Мониторинг', 'апрель 2022', '30.04.2022', 'В работе', 20]);
  // The report lists every school's measures.
  const report = wb.sheets[3].grid;
  expect(report[0][0]).toBe('Отчёт о реализации дорожных карт за полугодие: 01.01.2022 – 30.06.2022');
  expect(report.filter((row) => row[0] === '№')).toHaveLength(3);
});

test('an unreadable file: exit 2, named, the others still summarised', async () => {
  const broken = path.join(dir, 'повреждённый.xlsx');
  fs.writeFileSync(broken, 'это не книга Excel');
  const r = cli('summary', broken, schools, '/nonexistent/школа.xlsx', '--today', TODAY, '--json');
  expect(r.code).toBe(2);
  const out = JSON.parse(r.stdout) as SummaryJsonOut;
  expect(out.files.map((f) => [path.basename(f.file), f.schools, f.error !== undefined])).toEqual([
    ['повреждённый.xlsx', 0, true],
    ['school1.xlsx', 1, false],
    ['school2.csv', 1, false],
    ['school3.tsv', 1, false],
    ['школа.xlsx', 0, true],
  ]);
  expect(out.files[0].error).toMatch(/Не удалось прочитать файл «.*повреждённый\.xlsx»/);
  expect(out.files[4].error).toContain('файл не найден');
  expect(out.totals).toMatchObject({ schools: 3, measures: 19, done: 9 });

  const noRegistry = cli('summary', schools, '--registry', path.join(dir, 'нет такого реестра.xlsx'), '--today', TODAY, '--json');
  expect(noRegistry.code).toBe(2);
  const out2 = JSON.parse(noRegistry.stdout) as SummaryJsonOut;
  expect(out2.registry?.error).toContain('файл не найден');
  expect(out2.schools.map((s) => s.name)).toEqual(['school1', 'school2', 'МБОУ «Средняя школа № 3»']);

  const text = cli('summary', broken, schools, '--today', TODAY);
  expect(text.code).toBe(2);
  expect(text.stdout).toContain('Прочитано файлов: 3 из 4; школ: 3.');
  expect(text.stdout).toMatch(/✘ Не удалось прочитать файл «.*повреждённый\.xlsx»/);
});

test('a single file and the readable report in Russian', () => {
  const r = cli('summary', path.join(schools, 'school2.csv'), '--registry', registry, '--today', TODAY);
  expect(r.code).toBe(0);
  expect(r.stdout).toContain('Сводка по дорожным картам на 20.05.2022');
  expect(r.stdout).toContain('1. МБОУ «СШ № 2» (куратор: МБОУ «СШ № 33», кластер: Юг)');
  expect(r.stdout).toContain(`Зона: красная. Выполнено 1 из 4 мероприятий (25${NB}%), просрочено 1, требуют внимания 3.`);
  expect(r.stdout).toContain('В реестре, но дорожная карта не найдена: МБОУ «СШ № 1»; МБОУ «СШ № 3»; МБОУ «СШ № 4».');
  expect(r.stdout).toContain(`Итого: 1 школа, 4 мероприятия, выполнено 1 (25${NB}%), просрочено 1, требуют внимания 3.`);
  expect(r.stdout).toContain('Отчёт за полугодие 01.01.2022 – 30.06.2022 (срок сдачи — 13.07.2022; предварительные данные на 20.05.2022):');
  expect(r.stdout).toContain(`Из 4 мероприятий выполнено 1 (25${NB}%)`);
});

test('bad parameters and an empty folder', () => {
  expect(cli('summary').code).toBe(2);
  const bad = cli('summary', schools, '-o', path.join(dir, 'сводка.csv'));
  expect(bad.code).toBe(2);
  expect(bad.stderr).toContain('.xlsx');
  const empty = path.join(dir, 'пусто');
  fs.mkdirSync(empty, { recursive: true });
  const r = cli('summary', empty, '--today', TODAY, '--json');
  expect(r.code).toBe(2);
  const out = JSON.parse(r.stdout) as SummaryJsonOut;
  expect(out.files[0].error).toContain('нет файлов .xlsx, .docx, .csv или .tsv');
  expect(out.totals.schools).toBe(0);
});
