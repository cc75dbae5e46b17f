/**
 * `check` on a .docx agrees with the same table as .tsv and .xlsx: the roadmap of the brief, and
 * the seed tables (test/fixtures/seed000-*.tsv) as Word holds them.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { checkFiles, toJson } from '../../src/cli/check';
import { readWorkbook, writeDelimited, writeWorkbook } from '../../src/cli/workbook-io';
import { loadFixture } from '../fixtures/load';
import { blocksGrid, buildDocx, seedBlocks } from './docx-builder';
import { ROADMAP } from './docx-roadmap';

const TODAY = '2022-11-23';

interface JsonSheet {
  name: string;
  headerRow: number;
  period: { label: string };
  columns: Record<string, string>;
  measures: {
    row: number;
    sourceRows: number[];
    number: string;
    title: string;
    deadline: { text: string } | null;
    responsible: string[];
    evidence: string | null;
  }[];
  diagnostics: { row: number | null; field: string | null; code: string; message: string }[];
}

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'docx-check-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function checkOne(file: string): Promise<JsonSheet[]> {
  const out = toJson(await checkFiles([file], { today: TODAY })) as { files: { error?: string; sheets: JsonSheet[] }[] };
  expect(out.files[0].error).toBeUndefined();
  return out.files[0].sheets;
}

describe('the roadmap of the brief as .docx, .tsv and .xlsx', () => {
  const { grid, merges } = blocksGrid(ROADMAP);
  let docx: JsonSheet;
  let tsv: JsonSheet;
  let xlsx: JsonSheet;
  beforeAll(async () => {
    // Named «Таблица 1» everywhere, so that messages naming the sheet agree too.
    fs.mkdirSync(path.join(dir, 'brief'));
    const base = path.join(dir, 'brief', 'Таблица 1');
    fs.writeFileSync(`${base}.docx`, await buildDocx(ROADMAP));
    await writeDelimited(`${base}.tsv`, grid);
    await writeWorkbook(`${base}.xlsx`, [{ name: 'Таблица 1', rows: grid, merges }]);
    [docx] = await checkOne(`${base}.docx`);
    [tsv] = await checkOne(`${base}.tsv`);
    [xlsx] = await checkOne(`${base}.xlsx`);
  });

  test('the .docx is read as the grid of the same table, with its vertical merge', async () => {
    const wb = await readWorkbook(path.join(dir, 'brief', 'Таблица 1.docx'));
    expect(wb.sheets[0].grid).toEqual(grid);
    expect(wb.sheets[0].merges).toEqual(merges);
    expect(merges).toContainEqual({ row: 5, col: 2, rows: 3, cols: 1 });
  });

  test('the period from the title line «на 2022 год», the columns, the four measures', () => {
    expect(docx.period.label).toBe('2022');
    expect(docx.headerRow).toBe(4);
    expect(docx.measures.map((m) => m.number)).toEqual(['1.1', '1.2', '1.3', '1.4']);
    expect(docx.measures[1].title).toBe('Анализ результатов ВПР\nпо всем предметам');
    expect(docx.measures[0].deadline?.text).toBe('Январь 2022 года');
  });

  test('the merged deadline belongs to every measure it spans: no «не указан срок» under it', () => {
    expect(docx.measures.slice(0, 3).map((m) => m.deadline?.text)).toEqual(['Январь 2022 года', 'Январь 2022 года', 'Январь 2022 года']);
    expect(docx.diagnostics.filter((d) => d.code === 'missing-deadline')).toEqual([]);
    expect(tsv.diagnostics.filter((d) => d.code === 'missing-deadline').map((d) => d.row)).toEqual([7, 8]);
  });

  test('the same measures and findings as the .xlsx with the same merges', () => {
    expect(docx.measures).toEqual(xlsx.measures);
    expect(docx.diagnostics).toEqual(xlsx.diagnostics);
    expect(docx.columns).toEqual(xlsx.columns);
  });

  test('the same as the .tsv, apart from what the merged deadline gives the rows it spans', () => {
    // The .tsv has no merges: its measures 1.2 and 1.3 have no deadline of their own.
    const spanned = new Set([7, 8]);
    const strip = (s: JsonSheet) => ({
      measures: s.measures.map((m) => ({ ...m, deadline: spanned.has(m.row) ? null : m.deadline, evidence: null })),
      // Without the merge two measures have no deadline, so the plan also schedules too few for the audit.
      diagnostics: s.diagnostics.filter((d) => !(d.row !== null && spanned.has(d.row) && d.field === 'deadline') && d.code !== 'plan-below-audit-target'),
    });
    expect(strip(docx)).toEqual(strip(tsv));
    expect(docx.columns).toEqual(tsv.columns);
  });
});

describe('seed tables as Word holds them', () => {
  for (const [fixture, headerRow] of [
    ['seed000-order470-plan-2022.tsv', 14],
    ['seed000-order305-plan-2021-2022.tsv', 12],
    ['seed000-order476-network-2021-2024.tsv', 5],
  ] as const) {
    test(`${fixture}: the same measures and findings, rows counted from the header`, async () => {
      const grid = loadFixture(fixture);
      const tsvFile = path.join(dir, fixture);
      fs.copyFileSync(path.join(__dirname, '../fixtures', fixture), tsvFile);
      const [tsv] = await checkOne(tsvFile);
      const header = headerRow;
      expect(tsv.headerRow).toBe(header);
      const docxFile = path.join(dir, fixture.replace(/\.tsv$/, '.docx'));
      fs.writeFileSync(docxFile, await buildDocx(seedBlocks(grid, header - 1)));
      const [docx] = await checkOne(docxFile);
      const relative = (s: JsonSheet) => ({
        period: s.period.label,
        columns: s.columns,
        measures: s.measures.map((m) => ({ ...m, row: m.row - s.headerRow, sourceRows: m.sourceRows.map((r) => r - s.headerRow) })),
        diagnostics: s.diagnostics
          .filter((d) => d.code !== 'period-inferred')
          .map((d) => ({ row: d.row === null ? null : d.row - s.headerRow, field: d.field, code: d.code })),
      });
      expect(relative(docx)).toEqual(relative(tsv));
      expect(docx.measures.length).toBeGreaterThan(5);
    });
  }
});
