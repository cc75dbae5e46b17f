/**
 * The coordinator's summary of a school workbook built from the templates («Рисковый профиль» and
 * «Дорожная карта школы»): «высоких рисков», «высоких рисков без программы» and the documents of
 * «Стартовая диагностика» and «Программа развития» posted and confirmed — in «Сводка», the JSON and
 * the compact block alike; every earlier figure unchanged by them.
 */
import { riskProfile, schoolRoadmap } from '../../sheets-templates';
import { blockOf } from '../../src/app/school-block';
import { compactInput, summarise, summarySheets, type SourceInput, type WorkbookInput } from '../../src/app/summary';
import type { Cell, Grid } from '../../src/domain/core/types';
import { SUMMARY_HEADER, decodeBlock, encodeBlock, summaryToJson } from '../../src/domain/summary';
import { templateGrid } from '../../src/domain/workbook/templates';

const TODAY = '2022-01-20';

function workbook(sheets: Record<string, Grid>, label = 'Школа 9.xlsx'): WorkbookInput {
  return {
    label,
    sheets: Object.entries(sheets).map(([name, grid], id) => ({ id, name, hidden: false, generated: false, grid, formulas: [], links: [] })),
  };
}

/** The profile grid with one factor's significance changed (by its number in the catalogue). */
function withFactor(n: number, significance: string): Grid {
  const grid = templateGrid(riskProfile).map((r) => [...r]);
  const row = grid.find((r) => typeof r[0] === 'string' && r[0].startsWith(`${n}. `))!;
  row[1] = significance;
  return grid;
}

const school = (profile: Grid | null = templateGrid(riskProfile), roadmap: Grid = templateGrid(schoolRoadmap)): WorkbookInput =>
  workbook(profile ? { 'Рисковый профиль': profile, 'Дорожная карта школы': roadmap } : { 'Дорожная карта школы': roadmap });

const run = (inputs: SourceInput[]) => summarise({ workbooks: inputs, registry: null }, { today: TODAY });

function shown(inputs: SourceInput[]) {
  const r = run(inputs);
  return { sheets: summarySheets(r), json: summaryToJson(r.summary), paragraph: r.report.paragraph };
}

/** What the template's own sample rows say, counted here independently of the summary. */
function expectedFromTemplates() {
  const profile = templateGrid(riskProfile);
  const high = profile.filter((r) => typeof r[0] === 'string' && /^\d+\. /.test(r[0]) && r[1] === 'Высокая').length;
  const roadmap = templateGrid(schoolRoadmap);
  let section = '';
  let expected = 0;
  let posted = 0;
  let confirmed = 0;
  const header = roadmap.findIndex((r) => r.includes('Отметка куратора'));
  const col = (name: string) => roadmap[header].findIndex((c) => String(c).startsWith(name));
  for (const r of roadmap.slice(header + 1)) {
    const filled = r.filter((c: Cell) => c !== null && c !== '');
    if (filled.length === 1) section = String(filled[0]);
    else if (section === 'Стартовая диагностика' || section === 'Программа развития') {
      expected++;
      if (/^https?:\/\//.test(String(r[col('Подтверждающий документ')] ?? ''))) {
        posted++;
        if (r[col('Отметка куратора')] === 'Подтверждено') confirmed++;
      }
    }
  }
  return { high, documents: { expected, posted, confirmed } };
}

test('a school from the templates: its high risks all have a programme; its documents posted and confirmed', () => {
  const want = expectedFromTemplates();
  expect(want.high).toBeGreaterThan(0);
  // The template: a document sent back «На доработку» is posted and not confirmed.
  expect(want.documents.posted).toBeGreaterThan(want.documents.confirmed);
  expect(want.documents.confirmed).toBeGreaterThan(0);
  const r = run([school()]);
  expect(r.summary.schools).toHaveLength(1);
  const s = r.summary.schools[0];
  expect(s.risk).toEqual({ high: want.high, highWithoutProgramme: 0 });
  expect(s.documents).toEqual(want.documents);
  const json = summaryToJson(r.summary);
  expect(json.schools[0].risks).toEqual({ high: want.high, highWithoutProgramme: 0 });
  expect(json.schools[0].documents).toEqual(want.documents);
  expect(json.totals).toMatchObject({
    schoolsWithProfile: 1,
    highRisks: want.high,
    highRisksWithoutProgramme: 0,
    documentsExpected: want.documents.expected,
    documentsPosted: want.documents.posted,
    documentsConfirmed: want.documents.confirmed,
  });
  const grid = summarySheets(r)[0];
  const at = (name: string) => SUMMARY_HEADER.indexOf(name);
  expect(grid.rows[1][at('Высоких рисков')]).toBe(want.high);
  expect(grid.rows[1][at('Высоких рисков без программы')]).toBe(0);
  expect(grid.rows[1][at('Документов размещено')]).toBe(`${want.documents.posted} из ${want.documents.expected}`);
  expect(grid.rows[1][at('Документов подтверждено')]).toBe(`${want.documents.confirmed} из ${want.documents.expected}`);
});

test('a «Высокая» factor without a programme is counted; the other figures stay as they were', () => {
  const want = expectedFromTemplates();
  const base = run([school()]).summary.schools[0];
  const raised = run([school(withFactor(8, 'Высокая'))]).summary.schools[0];
  expect(raised.risk).toEqual({ high: want.high + 1, highWithoutProgramme: 1 });
  const withoutProfile = run([school(null)]).summary.schools[0];
  expect(withoutProfile.risk).toBeNull();
  // The profile changes only the risk figures: the measures, zone, audit and documents are the same.
  for (const other of [raised, withoutProfile]) {
    expect(other.metrics).toEqual(base.metrics);
    expect([other.zone, other.auditText, other.scheduleText]).toEqual([base.zone, base.auditText, base.scheduleText]);
    expect(other.documents).toEqual(base.documents);
  }
  const grid = summarySheets(run([school(null)]))[0];
  expect(grid.rows[1][SUMMARY_HEADER.indexOf('Высоких рисков')]).toBe('');
});

test('the compact block carries the risk figures: the summary from the block equals the full read', () => {
  for (const wb of [school(), school(withFactor(8, 'Высокая')), school(null)]) {
    const rows = encodeBlock(blockOf(wb, TODAY, '2022-01-20T10:00:00.000Z'));
    expect(rows[0][2]).toBe('3');
    const block = decodeBlock(rows);
    expect(block).not.toBeNull();
    expect(shown([{ label: wb.label, block: block! }])).toEqual(shown([wb]));
    expect(shown([compactInput(wb, { today: TODAY })])).toEqual(shown([wb]));
  }
});
