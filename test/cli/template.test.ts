/** `template` and `demo`: sheets written from the templates, read back; `check` reading the settings. */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { TEMPLATES, municipalRoadmap, sampleSettings } from '../../sheets-templates';
import { parseDirectoryGrid } from '../../src/domain/workbook/kinds/directory';
import { parseRegistryGrid } from '../../src/domain/workbook/kinds/registry';
import { kindOfSheet } from '../../src/domain/workbook/kinds';
import { parseRiskProfileGrid } from '../../src/domain/workbook/kinds/risk-profile';
import { parseSettingsGrid, settingsToGrid } from '../../src/domain/workbook/kinds/settings';
import { headerRowNumber, templateGrid, templateHeaders, templateValidations } from '../../src/domain/workbook/templates';
import { CURATOR_MARKS, STATUSES } from '../../src/domain/parse/tracking';
import { readWorkbook, writeWorkbook } from '../../src/cli/workbook-io';
import { listTemplatesText, resolveTemplates, templateSheet, unknownTemplateMessage } from '../../src/cli/template';

const root = path.join(__dirname, '../..');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rm-template-'));

function cli(...args: string[]): { code: number; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [path.join(root, 'scripts/cli.mjs'), ...args], { cwd: root, encoding: 'utf8' });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('template --list and bad ids', () => {
  test('--list names every template in Russian, exit 0', () => {
    const r = cli('template', '--list');
    expect(r.code).toBe(0);
    for (const t of TEMPLATES) {
      expect(r.stdout).toContain(t.id);
      expect(r.stdout).toContain(`«${t.title}»`);
    }
    expect(r.stdout).toBe(`${listTemplatesText()}\n`);
  });

  test('an unknown id: a Russian error listing the ids, exit 2; no id: exit 2', () => {
    const r = cli('template', 'roadmap-xyz', '-o', path.join(dir, 'x.xlsx'));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Неизвестный шаблон «roadmap-xyz»');
    expect(r.stderr).toContain('municipal-roadmap');
    expect(fs.existsSync(path.join(dir, 'x.xlsx'))).toBe(false);
    expect(cli('template').code).toBe(2);
    expect(unknownTemplateMessage(['a', 'b'])).toMatch(/^Неизвестные шаблоны «a», «b»/);
    expect(resolveTemplates(['all', 'registry']).templates).toHaveLength(TEMPLATES.length);
  });

  test('an unsupported extension is refused, exit 2', () => {
    const r = cli('template', 'registry', '-o', path.join(dir, 'x.docx'));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('не поддерживается');
  });
});

describe('template municipal-roadmap -o file.xlsx', () => {
  const file = path.join(dir, 'план.xlsx');
  let r: ReturnType<typeof cli>;
  beforeAll(() => {
    r = cli('template', 'municipal-roadmap', '-o', file);
  });

  test('exit 0 and a message naming the file', () => {
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(file);
  });

  test('readWorkbook reads the title, the header and the sample rows back', async () => {
    const wb = await readWorkbook(file);
    expect(wb.sheets.map((s) => s.name)).toEqual([municipalRoadmap.title]);
    const grid = wb.sheets[0].grid;
    const expected = templateGrid(municipalRoadmap);
    expect(grid).toHaveLength(expected.length);
    expect(grid[headerRowNumber(municipalRoadmap) - 1]).toEqual(templateHeaders(municipalRoadmap));
    expect(grid[0]).toEqual(expected[0]);
    // Dates stay date cells, text stays text.
    expected.forEach((row, i) => row.forEach((cell, j) => expect(grid[i][j] ?? null).toEqual(cell ?? null)));
  });

  test('drop-down lists, formats, frozen rows, notes and conditional formats are in the file', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const ws = wb.worksheets[0];
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
    const [status, mark] = templateValidations(municipalRoadmap);
    const at = (col: number, row: number) => ws.getCell(row, col + 1).dataValidation;
    expect(at(status.column, status.fromRow)).toMatchObject({ type: 'list', formulae: [`"${STATUSES.join(',')}"`] });
    expect(at(status.column, status.toRow)).toMatchObject({ type: 'list' });
    expect(at(mark.column, 40)).toMatchObject({ type: 'list', formulae: [`"${CURATOR_MARKS.join(',')}"`] });
    expect(at(0, 40)).toBeUndefined();
    expect(ws.getColumn(8).numFmt).toBe('dd.mm.yyyy');
    expect(ws.getColumn(2).numFmt).toBe('@');
    expect(ws.getCell(2, 2).note).toBeDefined();
    expect(ws.getCell(2, 1).font?.bold).toBe(true);
    const cf = (ws as unknown as { conditionalFormattings: { ref: string; rules: { type: string; formulae?: string[] }[] }[] }).conditionalFormattings;
    expect(cf.map((c) => c.ref)).toEqual(['G3:G502', 'K3:K502', 'A3:N502', 'A3:N502']);
    expect(cf[3].rules[0].formulae?.[0]).toMatch(/^AND\(\$G3<>"Выполнено",\$G3<>"Отменено",\$C3<>"",IF\(ISNUMBER\(\$C3\),/);
  });

  test('no overlapping validation ranges (Excel would repair the file)', async () => {
    const xml = await sheetXml(file, 1);
    const refs = [...xml.matchAll(/<dataValidation [^>]*sqref="([^"]+)"/g)].map((m) => m[1]);
    expect(refs).toEqual(['G3:G502', 'K3:K502']);
  });

  test('check reads the written template: every column mapped, period 2022, no errors', () => {
    const c = cli('check', file, '--json', '--today', '2022-11-23');
    const out = JSON.parse(c.stdout) as {
      files: { sheets: { columns: Record<string, string>; unknownColumns: string[]; period: { label: string }; measures: unknown[] }[] }[];
    };
    const s = out.files[0].sheets[0];
    expect(Object.keys(s.columns)).toHaveLength(14);
    expect(s.unknownColumns).toEqual([]);
    expect(s.period.label).toBe('2022');
    expect(s.measures).toHaveLength(30);
    expect(c.code).toBe(0);
  });
});

async function sheetXml(file: string, n: number): Promise<string> {
  const JSZip = (await import('jszip')).default;
  const zip = await JSZip.loadAsync(fs.readFileSync(file));
  return (await zip.file(`xl/worksheets/sheet${n}.xml`)?.async('string')) ?? '';
}

test('template all: one sheet per template, each read back by its own reader', async () => {
  const file = path.join(dir, 'все.xlsx');
  expect(cli('template', 'all', '-o', file).code).toBe(0);
  const wb = await readWorkbook(file);
  expect(wb.sheets.filter((s) => !s.hidden).map((s) => s.name)).toEqual(TEMPLATES.map((t) => t.title));
  const by = (name: string) => wb.sheets.find((s) => s.name === name)?.grid ?? [];
  expect(parseSettingsGrid(by('Настройки'))).toEqual({ settings: sampleSettings(), diagnostics: [] });
  expect(parseRegistryGrid(by('Реестр школ')).schools).toHaveLength(10);
  const dirParsed = parseDirectoryGrid(by('Справочник организаций'));
  expect(dirParsed.diagnostics).toEqual([]);
  expect(dirParsed.entries.find((e) => e.abbr === 'ОЦПРМСО')?.type).toBe('municipal-centre');
});

test('template registry -o file.csv: the cells of one template', async () => {
  const file = path.join(dir, 'реестр.csv');
  expect(cli('template', 'registry', '-o', file).code).toBe(0);
  const wb = await readWorkbook(file);
  expect(parseRegistryGrid(wb.sheets[0].grid).schools).toHaveLength(10);
});

test('template risk-profile -o file.xlsx: read back, a clean risk profile of ten factors', async () => {
  const file = path.join(dir, 'профиль.xlsx');
  expect(cli('template', 'risk-profile', '-o', file).code).toBe(0);
  const wb = await readWorkbook(file);
  expect(wb.sheets[0].name).toBe('Рисковый профиль');
  expect(kindOfSheet('Другое имя', wb.sheets[0].grid)).toBe('risk-profile');
  const { profile, diagnostics } = parseRiskProfileGrid(wb.sheets[0].grid);
  expect(diagnostics).toEqual([]);
  expect(profile.factors).toHaveLength(10);
  expect(profile.factors[0].parameters[0]).toMatchObject({ value: '46', unit: 'балл', fixed: true });
});

test('templateSheet: bold header and title, fills on the header, validations as SheetOut wants them', () => {
  const s = templateSheet(municipalRoadmap);
  expect(s.name).toBe('План-график (дорожная карта)');
  expect(s.frozenRows).toBe(2);
  expect(s.boldRows?.slice(0, 2)).toEqual([1, 2]);
  expect(s.fills).toHaveLength(14);
  expect(s.validations?.map((v) => v.col)).toEqual([6, 10]);
  expect(s.columns?.[7]).toMatchObject({ numFmt: 'dd.mm.yyyy' });
});

describe('demo: the sample workbook is built from the templates', () => {
  const file = path.join(dir, 'пример.xlsx');
  let r: ReturnType<typeof cli>;
  beforeAll(() => {
    r = cli('demo', '-o', file, '--today', '2022-11-23');
  });

  test('exit 0; the municipal roadmap, the registry, the school roadmaps, the reference sheets, then the pasted order', async () => {
    expect(r.code).toBe(0);
    const wb = await readWorkbook(file);
    expect(wb.sheets.filter((s) => !s.hidden).map((s) => s.name)).toEqual([
      'План-график (дорожная карта)',
      'Реестр школ',
      'ДК СШ № 21',
      'ДК СШ № 36',
      'ДК СШ № 13',
      'ДК СШ № 9',
      'Справочник организаций',
      'Настройки',
      'План-график 2022 (500+)',
    ]);
    expect(r.stdout).toContain('Лист «Настройки» (настройки, не проверяется как дорожная карта)');
  });

  test('check: reference sheets are read, not checked; periods come from «Настройки»', () => {
    const c = cli('check', file, '--json', '--today', '2022-11-23');
    expect(c.code).not.toBe(2);
    const out = JSON.parse(c.stdout) as {
      files: { sheets: { name: string; period: { label: string; source: string } }[]; reference: { name: string; kind: string; diagnostics: unknown[] }[] }[];
    };
    const f = out.files[0];
    expect(f.sheets.map((s) => s.name)).not.toEqual(expect.arrayContaining(['Настройки']));
    expect(f.sheets.map((s) => s.name)).toHaveLength(6);
    expect(f.reference.map((s) => [s.name, s.kind, s.diagnostics.length])).toEqual([
      ['Реестр школ', 'registry', 0],
      ['Справочник организаций', 'directory', 0],
      ['Настройки', 'settings', 0],
    ]);
    for (const s of f.sheets) expect(s.period.source).toBe('settings');
    expect(f.sheets.find((s) => s.name === 'ДК СШ № 9')?.period.label).toBe('2022');
  });
});

describe('check reads «Настройки» of the workbook it checks', () => {
  const file = path.join(dir, 'настройки.xlsx');
  beforeAll(async () => {
    const plan = [
      ['№', 'Мероприятие', 'Срок', 'Ответственный'],
      ['1', 'Совещание', 'октябрь', 'УО'],
      ['2', 'Семинар', 'март', 'МОЦ'],
    ];
    const settings = settingsToGrid({ ...sampleSettings({ 'План А': '2021/2022' }), defaultPeriod: '2023' });
    settings.push(['Цель аудита: 1-е полугодие, %', 'сорок']);
    await writeWorkbook(file, [
      { name: 'План А', rows: plan },
      { name: 'План Б', rows: plan },
      { name: 'настройки', rows: settings },
    ]);
  });

  test("a sheet's own period, else the default period; --period still wins", () => {
    const out = JSON.parse(cli('check', file, '--json', '--today', '2024-01-10').stdout) as {
      files: { sheets: { name: string; measures: { deadline: { start: string } }[] }[]; reference: { diagnostics: { code: string; message: string }[] }[] }[];
    };
    const [a, b] = out.files[0].sheets;
    expect(a.measures.map((m) => m.deadline.start)).toEqual(['2021-10-01', '2022-03-01']);
    expect(b.measures.map((m) => m.deadline.start)).toEqual(['2023-10-01', '2023-03-01']);
    // The appended row repeats a parameter (the lower row wins) and its value is unreadable.
    const diagnostics = out.files[0].reference[0].diagnostics;
    expect(diagnostics.map((d) => d.code)).toEqual(['settings-duplicate-parameter', 'settings-invalid-value']);
    expect(diagnostics[1].message).toMatch(/^Лист «настройки», строка \d+, столбец «Значение»: «сорок» — не число/);
    const forced = JSON.parse(cli('check', file, '--json', '--period', '2025', '--today', '2026-01-10').stdout) as typeof out;
    expect(forced.files[0].sheets[0].measures[0].deadline.start).toBe('2025-10-01');
  });

  test('the readable report lists the settings sheet with its finding', () => {
    const c = cli('check', file, '--today', '2024-01-10');
    expect(c.stdout).toContain('Лист «настройки» (настройки, не проверяется как дорожная карта)');
    expect(c.stdout).toContain('[settings-invalid-value]');
    expect(c.code).toBe(0);
  });

  test('--sheet naming the settings sheet checks it as asked', () => {
    const out = JSON.parse(cli('check', file, '--json', '--sheet', 'настройки').stdout) as { files: { sheets: { name: string }[]; reference?: unknown }[] };
    expect(out.files[0].sheets.map((s) => s.name)).toEqual(['настройки']);
    expect(out.files[0].reference).toBeUndefined();
  });
});
