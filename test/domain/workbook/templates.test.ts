/** Sheet templates: their headers read back as the intended fields, their samples, their rules. */
import fs from 'node:fs';
import path from 'node:path';
import {
  RISK_FACTORS,
  RISK_FACTORS_2021,
  RISK_FACTORS_2022,
  TEMPLATES,
  municipalRoadmap,
  periodPhrase,
  riskSectionTitle,
  schoolRoadmap,
  schoolRoadmapFor,
  templateById,
} from '../../../sheets-templates';
import { normaliseTable } from '../../../src/domain/table';
import { analyseSheet } from '../../../src/domain/roadmap/analyse';
import { classifyDirectoryHeader, parseDirectoryGrid } from '../../../src/domain/workbook/kinds/directory';
import { classifyRegistryHeader, parseRegistryGrid } from '../../../src/domain/workbook/kinds/registry';
import { parseSettingsGrid } from '../../../src/domain/workbook/kinds/settings';
import { foldLabel } from '../../../src/domain/workbook/sheet-cells';
import {
  columnLetter,
  conditionalFormula,
  conditionalRange,
  firstDataRowNumber,
  headerRowNumber,
  hexToArgb,
  sectionRowIndices,
  templateGrid,
  templateHeaders,
  templateValidations,
  type ConditionalRule,
  type SheetTemplate,
} from '../../../src/domain/workbook/templates';
import { CURATOR_MARKS, STATUSES, isHttpUrl, parseDateCell } from '../../../src/domain/parse/tracking';
import { MEASURE_FIELDS, TRACKING_FIELDS, type Field } from '../../../src/domain/core/types';

const ROADMAPS = TEMPLATES.filter((t) => t.kind === 'roadmap' || t.kind === 'school-roadmap');
const TODAY = '2022-11-23';

describe('the catalogue', () => {
  test('seven templates with unique ids and sheet names Sheets and Excel accept', () => {
    expect(TEMPLATES.map((t) => t.id)).toEqual(['municipal-roadmap', 'school-roadmap', 'risk-profile', 'registry', 'directory', 'settings', 'expertise']);
    expect(new Set(TEMPLATES.map((t) => t.title)).size).toBe(TEMPLATES.length);
    for (const t of TEMPLATES) {
      expect(t.title.length).toBeLessThanOrEqual(31);
      expect(t.title).not.toMatch(/[[\]:*?/\\]/);
      expect(t.description).toMatch(/[а-я]/);
    }
  });

  test('templateById: exact ids, case and spaces forgiven; null otherwise', () => {
    expect(templateById('registry')).toBe(TEMPLATES[3]);
    expect(templateById('risk-profile')?.title).toBe('Рисковый профиль');
    expect(templateById('  Settings ')?.title).toBe('Настройки');
    expect(templateById('nope')).toBeNull();
    expect(templateById('')).toBeNull();
  });

  test.each(TEMPLATES.map((t) => [t.id, t] as const))('%s: frozen rows cover the title and the header; widths and notes', (_id, t) => {
    expect(t.headerRows).toBe(1);
    expect(t.frozenRows).toBe((t.titleRows?.length ?? 0) + t.headerRows);
    for (const c of t.columns) {
      expect(c.width).toBeGreaterThanOrEqual(40);
      expect(c.header.trim()).toBe(c.header);
    }
    expect(new Set(templateHeaders(t)).size).toBe(t.columns.length);
    for (const row of t.sampleRows) expect(row.length).toBeLessThanOrEqual(t.columns.length);
  });
});

describe('roadmap headers map to their fields through normaliseTable', () => {
  test.each(ROADMAPS.map((t) => [t.id, t] as const))('%s', (_id, t) => {
    const table = normaliseTable(templateGrid(t));
    expect(table.headerRow).toBe(headerRowNumber(t));
    expect(table.unknownColumns).toEqual([]);
    t.columns.forEach((c, i) => {
      expect(c.field).toBeDefined();
      expect(table.columns[c.field as Field]).toEqual({ index: i, header: c.header });
    });
    // Every measure and tracking field but «task» has a column.
    const fields = t.columns.map((c) => c.field);
    for (const f of [...MEASURE_FIELDS, ...TRACKING_FIELDS].filter((f) => f !== 'task')) expect(fields).toContain(f);
  });

  test('the headers alone (an empty template) still map', () => {
    for (const t of ROADMAPS) {
      const table = normaliseTable([templateHeaders(t)]);
      t.columns.forEach((c, i) => expect(table.columns[c.field as Field]?.index).toBe(i));
    }
  });
});

describe('reference sheets: headers map to their keys through their own readers', () => {
  test('registry', () => {
    const t = templateById('registry') as SheetTemplate;
    for (const c of t.columns) expect(classifyRegistryHeader(foldLabel(c.header))).toBe(c.field);
    expect(parseRegistryGrid(templateGrid(t)).schools).toHaveLength(t.sampleRows.length);
  });

  test('directory', () => {
    const t = templateById('directory') as SheetTemplate;
    for (const c of t.columns) expect(classifyDirectoryHeader(foldLabel(c.header))).toBe(c.field);
    const { entries, diagnostics } = parseDirectoryGrid(templateGrid(t));
    expect(diagnostics).toEqual([]);
    expect(entries).toHaveLength(t.sampleRows.length);
  });

  test('settings', () => {
    const t = templateById('settings') as SheetTemplate;
    const { settings, diagnostics } = parseSettingsGrid(templateGrid(t));
    expect(diagnostics).toEqual([]);
    expect(settings.periods).toEqual({ 'План-график (дорожная карта)': '2022', 'Дорожная карта школы': '2021/2022' });
  });

  test('reference sheets are not taken for roadmap tables', () => {
    // The expertise form's criteria read like measure titles: kindOfSheet recognises it before any roadmap header.
    for (const t of TEMPLATES.filter((t) => !ROADMAPS.includes(t) && t.kind !== 'expertise')) {
      expect(normaliseTable(templateGrid(t)).rows.length).toBe(0);
    }
  });
});

describe('the municipal roadmap sample: seed 000, order 470, with monitoring values', () => {
  const [analysis] = analyseSheet(templateGrid(municipalRoadmap), { sheetName: municipalRoadmap.title, today: TODAY });

  test('the period comes from the title line: 2022', () => {
    expect(analysis.period.label).toBe('2022');
    expect(analysis.periodSource).toBe('title');
  });

  test('30 measures in three sections, numbered 1–30 without gaps, no error findings', () => {
    expect(analysis.measures).toHaveLength(30);
    expect(new Set(analysis.measures.map((m) => m.section)).size).toBe(3);
    expect(analysis.measures[0].title).toMatch(/^Установочное совещание/);
    expect(analysis.measures.map((m) => m.number)).toEqual(Array.from({ length: 30 }, (_, i) => `${i + 1}.`));
    expect(analysis.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(analysis.diagnostics.map((d) => d.code)).not.toContain('number-gap');
    for (const m of analysis.measures) expect(m.deadline?.start ?? '2022').toMatch(/^2022/);
  });

  test('tracking values from the lists, dates in 2022, https links', () => {
    const rows = municipalRoadmap.sampleRows;
    const statuses = rows.map((r) => r[6]).filter((v) => v !== null && v !== undefined);
    expect(new Set(statuses).size).toBeGreaterThanOrEqual(4);
    for (const s of statuses) expect(STATUSES).toContain(s);
    const marks = rows.map((r) => r[10]).filter((v) => v !== null && v !== undefined);
    expect(new Set(marks).size).toBeGreaterThanOrEqual(2);
    for (const m of marks) expect(CURATOR_MARKS).toContain(m);
    for (const r of rows) {
      for (const i of [7, 11]) if (r[i] !== undefined && r[i] !== null) expect(parseDateCell(r[i])).toMatch(/^2022-/);
      if (r[9] !== undefined && r[9] !== null) expect(isHttpUrl(String(r[9]))).toBe(true);
    }
    const done = analysis.measures.filter((m) => m.status === 'Выполнено');
    expect(done.length).toBeGreaterThanOrEqual(10);
    expect(done.filter((m) => m.curatorMark === 'Подтверждено').length).toBeGreaterThanOrEqual(8);
  });
});

describe('the school roadmap sample: seed 003, МБОУ «СШ № 9»', () => {
  const [analysis] = analyseSheet(templateGrid(schoolRoadmap), { sheetName: schoolRoadmap.title, today: TODAY });

  test('sections: start diagnostics, development programme, one per risk of the profile', () => {
    const sections = [...new Set(analysis.measures.map((m) => m.section))];
    expect(sections.slice(0, 2)).toEqual(['Стартовая диагностика', 'Программа развития']);
    const risks = sections.slice(2);
    expect(risks.length).toBe(3);
    for (const s of risks) {
      expect(s).toMatch(/^Риск: /);
      expect(RISK_FACTORS).toContain(String(s).replace(/^Риск: /, ''));
    }
    expect(risks).toContain('Риск: Низкая учебная мотивация обучающихся');
  });

  test('academic year 2021/2022 from the title; no error findings; tracking filled', () => {
    expect(analysis.period.label).toBe('2021/2022');
    expect(analysis.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(analysis.measures.filter((m) => m.status === 'Выполнено').length).toBeGreaterThanOrEqual(6);
    expect(analysis.measures.some((m) => m.curatorMark === 'На доработку')).toBe(true);
  });

  test('risk catalogues of seed 003 and a blank school roadmap for chosen risks', () => {
    expect(RISK_FACTORS_2021).toHaveLength(10);
    expect(RISK_FACTORS_2022).toHaveLength(10);
    expect(riskSectionTitle('6. Низкая учебная мотивация обучающихся')).toBe('Риск: Низкая учебная мотивация обучающихся');
    const t = schoolRoadmapFor({ school: 'МБОУ «СШ № 21»', period: '2022', risks: ['Дефицит педагогических кадров', 'Дефицит педагогических кадров', ''] });
    const grid = templateGrid(t);
    expect(grid[0]).toEqual(['Дорожная карта МБОУ «СШ № 21» на 2022 год']);
    expect(t.sampleRows).toEqual([['Стартовая диагностика'], ['Программа развития'], ['Риск: Дефицит педагогических кадров']]);
    expect(analyseSheet(grid, { sheetName: 'x', today: TODAY })[0].period.label).toBe('2022');
    expect(periodPhrase('2021/2022')).toBe('на 2021/2022 учебный год');
    expect(periodPhrase('2021-2024')).toBe('на 2021-2024 годы');
    expect(periodPhrase('когда-нибудь')).toBe('');
  });
});

describe('render helpers', () => {
  const t = municipalRoadmap;

  test('grid: title, header, samples; rows are copies', () => {
    const grid = templateGrid(t);
    expect(grid).toHaveLength(1 + 1 + t.sampleRows.length);
    expect(grid[headerRowNumber(t) - 1]).toEqual(templateHeaders(t));
    expect(firstDataRowNumber(t)).toBe(3);
    grid[2][0] = 'changed';
    expect(t.sampleRows[0][0]).not.toBe('changed');
  });

  test('validations: status and curator mark lists from the first data row', () => {
    const v = templateValidations(t);
    expect(v.map((x) => [x.column, x.list])).toEqual([
      [6, STATUSES],
      [10, CURATOR_MARKS],
    ]);
    expect(v[0].fromRow).toBe(3);
    expect(v[0].toRow).toBeGreaterThanOrEqual(3 + t.sampleRows.length - 1);
  });

  test('section rows of the sample', () => {
    expect(sectionRowIndices(t).map((i) => t.sampleRows[i][0])).toEqual([
      'Организационные мероприятия, направленные на адресное сопровождение ШНОР',
      'Муниципальные методические мероприятия, направленные на адресное сопровождение школ – участниц проекта',
      'Обобщение и распространение опыта работы по проекту «500+»',
    ]);
  });

  test('conditional formulas are built from column indices, with «;» for Sheets and «,» for .xlsx', () => {
    const overdue: ConditionalRule = { kind: 'overdue-row', statusColumn: 6, deadlineColumn: 2, closed: ['Выполнено', 'Отменено'], background: '#ffeeee' };
    expect(conditionalFormula(overdue, 3)).toBe(
      '=AND($G3<>"Выполнено";$G3<>"Отменено";$C3<>"";IF(ISNUMBER($C3);AND($C3>36526;$C3<TODAY());' +
        'AND(MID(RIGHT($C3;10);3;1)=".";MID(RIGHT($C3;10);6;1)=".";DATE(VALUE(RIGHT($C3;4));VALUE(MID(RIGHT($C3;10);4;2));VALUE(LEFT(RIGHT($C3;10);2)))<TODAY())))',
    );
    expect(conditionalFormula(overdue, 3, ',')).toBe((conditionalFormula(overdue, 3) ?? '').replace(/;/g, ','));
    const section: ConditionalRule = { kind: 'section-row', headingColumn: 0, emptyColumns: [1, 2], background: '#eeeeee', bold: true };
    expect(conditionalFormula(section, 2)).toBe('=AND($A2<>"";$B2="";$C2="")');
    expect(conditionalFormula({ kind: 'status-colour', column: 6, colours: { Выполнено: '#00ff00' } }, 3)).toBeNull();
    expect(conditionalFormula({ ...overdue, closed: ['a"b'] }, 1)).toContain('$G1<>"a""b"');
  });

  test('rule ranges: one column for colours, whole rows for row rules', () => {
    const rules = t.conditional ?? [];
    expect(rules.map((r) => r.kind)).toEqual(['status-colour', 'status-colour', 'section-row', 'overdue-row']);
    expect(conditionalRange(t, rules[0], 502)).toBe('G3:G502');
    expect(conditionalRange(t, rules[3], 502)).toBe('A3:N502');
    for (const r of rules) {
      if (r.kind !== 'status-colour') continue;
      for (const colour of Object.values(r.colours)) expect(colour).toMatch(/^#[0-9a-f]{6}$/);
    }
    const status = rules[0];
    if (status.kind === 'status-colour') expect(Object.keys(status.colours).sort()).toEqual([...STATUSES].sort());
  });

  test('column letters and colours', () => {
    expect([0, 25, 26, 27, 701, 702].map(columnLetter)).toEqual(['A', 'Z', 'AA', 'AB', 'ZZ', 'AAA']);
    expect(hexToArgb('#d9e2f3')).toBe('FFD9E2F3');
    expect(hexToArgb('nonsense')).toBe('FFFFFFFF');
  });
});

describe('sheets-templates stays pure (it is bundled into Apps Script)', () => {
  const dir = path.join(__dirname, '../../../sheets-templates');
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.ts'));
  test.each(files)('%s', (file) => {
    const src = fs.readFileSync(path.join(dir, file), 'utf8');
    expect(src).not.toMatch(/from ['"](?:node:|fs|path|exceljs)/);
    expect(src).not.toMatch(/from ['"]\.\.\/src\/(?:cli|gas|ui)\//);
    expect(src).not.toMatch(/\b(?:SpreadsheetApp|PropertiesService|process|require|window|document)\b/);
  });
});
