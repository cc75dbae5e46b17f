/**
 * The expertise status per school in the coordinator's summary: a school workbook built from the
 * templates («Дорожная карта школы», «Рисковый профиль», «Экспертиза»), with and without an
 * expertise sheet — documents reviewed and the % of the maximum over the criteria scored, in
 * «Сводка», the JSON and the compact block alike; every earlier figure unchanged by them.
 */
import { expertise, riskProfile, schoolRoadmap } from '../../sheets-templates';
import { blockOf } from '../../src/app/school-block';
import { compactInput, readsForSummary, summarise, summarySheets, type SourceInput, type WorkbookInput } from '../../src/app/summary';
import type { Grid } from '../../src/domain/core/types';
import { BLOCK_MARK, SUMMARY_HEADER, decodeBlock, encodeBlock, summaryToJson } from '../../src/domain/summary';
import { templateGrid } from '../../src/domain/workbook/templates';

const TODAY = '2022-01-20';

function workbook(sheets: Record<string, Grid>, label: string, generated: readonly string[] = []): WorkbookInput {
  return {
    label,
    sheets: Object.entries(sheets).map(([name, grid], id) => ({
      id,
      name,
      hidden: false,
      generated: generated.includes(name),
      grid,
      formulas: [],
      links: [],
    })),
  };
}

const base = { 'Рисковый профиль': templateGrid(riskProfile), 'Дорожная карта школы': templateGrid(schoolRoadmap) };
const withExpertise = (label = 'Школа 9.xlsx', grid: Grid = templateGrid(expertise)) => workbook({ ...base, Экспертиза: grid }, label, ['Экспертиза']);
const without = (label = 'Школа 9.xlsx') => workbook(base, label);

const run = (inputs: SourceInput[]) => summarise({ workbooks: inputs, registry: null }, { today: TODAY });
const shown = (inputs: SourceInput[]) => {
  const r = run(inputs);
  return { sheets: summarySheets(r), json: summaryToJson(r.summary) };
};
const at = (name: string) => SUMMARY_HEADER.indexOf(name);

/** The template's sample counted here on its own: per document the points over the criteria scored. */
function expectedFromTemplate() {
  const grid = templateGrid(expertise);
  const docs = new Map<string, { got: number; max: number }>();
  for (const r of grid.slice(1)) {
    const [doc, , criterion, scale, score] = r.map((c) => String(c ?? ''));
    if (criterion === 'Итого' || score === '') continue;
    const d = docs.get(doc) ?? { got: 0, max: 0 };
    if (scale === 'да/нет') {
      d.got += score === 'да' ? 1 : 0;
      d.max += 1;
    } else {
      d.got += Number(score[0]);
      d.max += 3;
    }
    docs.set(doc, d);
  }
  const got = [...docs.values()].reduce((n, d) => n + d.got, 0);
  const max = [...docs.values()].reduce((n, d) => n + d.max, 0);
  return { reviewed: docs.size, got, max, percent: Math.round((got / max) * 1000) / 10 };
}

test('a school with the template «Экспертиза»: documents reviewed and the % of the maximum over the criteria scored', () => {
  const want = expectedFromTemplate();
  expect(want).toEqual({ reviewed: 3, got: 16, max: 21, percent: 76.2 });
  const r = run([withExpertise()]);
  const s = r.summary.schools[0];
  expect(s.expertise).toEqual({ reviewed: 3, total: 16, max: 21 });
  const json = summaryToJson(r.summary);
  expect(json.schools[0].expertise).toEqual({ reviewed: 3, percent: 76.2 });
  expect(json.totals).toMatchObject({ schoolsWithExpertise: 1, expertiseReviewed: 3, expertisePercent: 76.2 });
  const grid = summarySheets(r)[0];
  expect(SUMMARY_HEADER.slice(-4)).toEqual(['Документов размещено', 'Документов подтверждено', 'Экспертиза: документов оценено', 'Экспертиза: % от максимума']);
  expect(grid.rows[1][at('Экспертиза: документов оценено')]).toBe(3);
  expect(grid.rows[1][at('Экспертиза: % от максимума')]).toBe(76.2);
  const total = grid.rows[grid.kinds.indexOf('total')];
  expect([total[at('Экспертиза: документов оценено')], total[at('Экспертиза: % от максимума')]]).toEqual([3, 76.2]);
});

test('without an expertise sheet the cells are empty and null in the JSON; every other figure is unchanged', () => {
  const a = run([withExpertise()]);
  const b = run([without()]);
  const [sa, sb] = [a.summary.schools[0], b.summary.schools[0]];
  expect(sb.expertise).toBeNull();
  expect(summaryToJson(b.summary).schools[0].expertise).toBeNull();
  expect(summaryToJson(b.summary).totals).toMatchObject({ schoolsWithExpertise: 0, expertiseReviewed: 0, expertisePercent: null });
  const { expertise: _a, ...restA } = sa;
  const { expertise: _b, ...restB } = sb;
  expect(restA).toEqual(restB);
  const ga = summarySheets(a)[0];
  const gb = summarySheets(b)[0];
  const cut = (g: typeof ga) => g.rows.map((row) => row.slice(0, at('Экспертиза: документов оценено')));
  expect(cut(ga)).toEqual(cut(gb));
  for (const r of gb.rows.slice(1, 3)) expect(r.slice(-2)).toEqual(['', '']);
  expect(a.report).toEqual(b.report);
});

test('an expertise sheet with nothing scored: no document reviewed, no percent', () => {
  const header = templateGrid(expertise).slice(0, 1);
  const unscored = templateGrid(expertise).map((r, i) => (i === 0 ? r : r.map((c, j) => (j === 4 ? '' : c))));
  for (const grid of [header, unscored]) {
    const r = run([withExpertise('Школа 9.xlsx', grid)]);
    expect(r.summary.schools[0].expertise).toEqual({ reviewed: 0, total: 0, max: 0 });
    expect(summaryToJson(r.summary).schools[0].expertise).toEqual({ reviewed: 0, percent: null });
    expect(summarySheets(r)[0].rows[1].slice(-2)).toEqual([0, null]);
  }
});

test('totals pool the points of the schools with an expertise, not the average of their percents', () => {
  // One paper of the template's concept only (3 of 3) beside the full sample (16 of 21): 19 of 24.
  const concept = templateGrid(expertise).filter((r, i) => i === 0 || String(r[1]) === 'Концепция развития');
  const r = run([withExpertise('Школа 1.xlsx'), withExpertise('Школа 2.xlsx', concept), without('Школа 3.xlsx')]);
  expect(r.summary.schools.map((s) => s.expertise)).toEqual([{ reviewed: 3, total: 16, max: 21 }, { reviewed: 1, total: 3, max: 3 }, null]);
  expect(summaryToJson(r.summary).totals).toMatchObject({ schoolsWithExpertise: 2, expertiseReviewed: 4, expertisePercent: 79.2 });
});

test("readers keep the add-on's own «Экспертиза» and still leave out the other sheets it made", () => {
  expect(readsForSummary({ name: 'Экспертиза', generated: true })).toBe(true);
  expect(readsForSummary({ name: 'Сводка', generated: true })).toBe(false);
  expect(readsForSummary({ name: 'Дорожная карта', generated: false })).toBe(true);
});

test('the compact block (version 3) carries the expertise: the summary from the block equals the full read; a version-2 block is read in full', () => {
  for (const wb of [withExpertise(), without()]) {
    const rows = encodeBlock(blockOf(wb, TODAY, '2022-01-20T10:00:00.000Z'));
    expect(rows[0]).toEqual([BLOCK_MARK, 'версия', '3', 'записано', '2022-01-20T10:00:00.000Z', 'файл', wb.label]);
    expect(rows.some((row) => row[0] === 'экспертиза')).toBe(wb.sheets.length === 3);
    const block = decodeBlock(rows);
    expect(block).not.toBeNull();
    expect(shown([{ label: wb.label, block: block! }])).toEqual(shown([wb]));
    expect(shown([compactInput(wb, { today: TODAY })])).toEqual(shown([wb]));
    expect(decodeBlock([[BLOCK_MARK, 'версия', '2'], ...rows.slice(1)])).toBeNull();
  }
  const damaged = encodeBlock(blockOf(withExpertise(), TODAY, '2022-01-20T10:00:00.000Z')).map((row) => (row[0] === 'экспертиза' ? [row[0], 'x'] : row));
  expect(decodeBlock(damaged)).toBeNull();
});

describe("mutual expertise: the papers of СШ № 9 scored in СШ № 10's file count for СШ № 9", () => {
  const entry = (row: number, school: string, link: string) => ({
    row,
    school,
    schoolKey: null,
    curatorSchool: null,
    curatorPerson: null,
    cluster: null,
    municipality: null,
    link,
    reviewer: null,
  });
  const entries = [entry(2, 'МБОУ «СШ № 9»', 'Школа 9.xlsx'), entry(3, 'МБОУ «СШ № 10»', 'Школа 10.xlsx')].map((e) => ({
    ...e,
    schoolKey: e.school.includes('9') ? 'СШ|9' : 'СШ|10',
  }));
  /** The template's papers, the «Школа» column naming the reviewed school. */
  const partnerGrid = (school: string): Grid => templateGrid(expertise).map((r, i) => (i === 0 ? r : r.map((c, j) => (j === 7 ? school : c))));
  const runWith = (inputs: SourceInput[]) => summarise({ workbooks: inputs, registry: { label: 'Реестр', entries } }, { today: TODAY });
  const byName = (r: ReturnType<typeof runWith>) => Object.fromEntries(r.summary.schools.map((s) => [s.name, s.expertise]));

  test("the reviewer's file holds only its partner's papers: they are СШ № 9's, and СШ № 10 has no expertise of its own", () => {
    const r = runWith([without('Школа 9.xlsx'), withExpertise('Школа 10.xlsx', partnerGrid('МБОУ «СШ № 9»'))]);
    expect(byName(r)).toEqual({ 'МБОУ «СШ № 9»': { reviewed: 3, total: 16, max: 21 }, 'МБОУ «СШ № 10»': null });
    expect(summaryToJson(r.summary).totals).toMatchObject({ schoolsWithExpertise: 1, expertiseReviewed: 3, expertisePercent: 76.2 });
  });

  test("a short name («СШ № 9») finds the school; its own papers and the partner's add up; a school no file names is left alone", () => {
    const concept = templateGrid(expertise).filter((r, i) => i === 0 || String(r[1]) === 'Концепция развития');
    const mixed: Grid = [...partnerGrid('СШ № 9'), ...concept.slice(1), ...partnerGrid('МБОУ «СШ № 77»').slice(1)];
    const r = runWith([withExpertise('Школа 9.xlsx', concept), withExpertise('Школа 10.xlsx', mixed)]);
    // СШ № 9: its own concept (3 of 3) and the three papers СШ № 10 scored (16 of 21); СШ № 10: its own concept.
    expect(byName(r)).toEqual({ 'МБОУ «СШ № 9»': { reviewed: 4, total: 19, max: 24 }, 'МБОУ «СШ № 10»': { reviewed: 1, total: 3, max: 3 } });
  });

  test("the compact block carries the partner's papers: the summary from the blocks equals the full read", () => {
    const wbs = [without('Школа 9.xlsx'), withExpertise('Школа 10.xlsx', partnerGrid('МБОУ «СШ № 9»'))];
    const blocks = wbs.map((wb) => {
      const rows = encodeBlock(blockOf(wb, TODAY, '2022-01-20T10:00:00.000Z'));
      return { label: wb.label, block: decodeBlock(rows)! };
    });
    const rows = encodeBlock(blockOf(wbs[1], TODAY, '2022-01-20T10:00:00.000Z'));
    expect(rows.filter((row) => row[0] === 'экспертиза школы')).toEqual([['экспертиза школы', 'МБОУ «СШ № 9»', '3', '16', '21']]);
    expect(rows.some((row) => row[0] === 'экспертиза')).toBe(false);
    expect(byName(runWith(blocks))).toEqual(byName(runWith(wbs)));
    expect(summarySheets(runWith(blocks))).toEqual(summarySheets(runWith(wbs)));
  });
});
