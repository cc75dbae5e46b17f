/**
 * The core pipeline for one sheet: grid → normalised table → measures → diagnostics.
 * Pure and linear in the size of the sheet; never throws on odd input.
 */
import { withEvidenceLinks, type CellLinkRef } from './links';
import type { CellLayout, ColumnOverride, Diagnostic, Field, Grid, IsoDate, NormalisedTable, Period } from '../core/types';
import { cutWithMasks, normaliseTable, outsideDiagnostics, type OutsideCell } from '../table';
import { splitTables, type Segment } from '../table/segments';
import { verticalMergesIn, withPercents } from '../table/layout';
import { findPeriodInText, inferPeriodFromYears, parsePeriod } from '../parse/period';
import { buildMeasures, cellText, tableParsers, type Measure } from './measure';
import { collectDefinitions, tableDirectoryOf, type Definition, type OrgDirectory } from '../parse/responsible';
import { DiagnosticSink } from '../checks/context';
import { StepAside } from '../core/memo';
import { checkFields } from '../checks/fields';
import { checkNumbering } from '../checks/numbering';
import { checkDuplicateMeasures } from '../checks/duplicates';
import { checkTracking } from '../checks/tracking';
import { checkPlanAgainstAudit } from '../checks/plan';

export interface AnalyseOptions extends CellLayout {
  sheetName: string;
  /** The plan period as the user set it («2022», «2021/2022», «2021-2024»); inferred when absent. */
  period?: string | Period | null;
  /** Today in the spreadsheet's time zone. */
  today: IsoDate;
  /** Abbreviations to expand (the «Справочник организаций» sheet); the table's own «(далее – …)» and the built-in list complete it. */
  directory?: OrgDirectory['entries'];
  /** Non-empty cells the table store already left out of the grid as far outside the table. */
  outside?: OutsideCell[];
  /** Links behind cells (HYPERLINK formulas, rich text, .xlsx hyperlinks): evidence is read with them. */
  links?: readonly CellLinkRef[];
  /** The user's column mapping for this sheet («Настройки», block «Столбцы»). */
  columns?: readonly ColumnOverride[];
  /** Audit targets («Настройки»): % of the plan's measures due by the end of each half-year; 40 / 90 when absent. */
  auditTargets?: { h1: number; h2: number };
}

export type PeriodSource = 'settings' | 'title' | 'deadlines' | 'default';

export interface SheetAnalysis {
  /** The sheet's name. */
  name: string;
  /** 1-based number of the table within the sheet (a sheet may hold several), and how many there are. */
  tableIndex: number;
  tablesInSheet: number;
  period: Period;
  periodSource: PeriodSource;
  /** field → header as written */
  columns: Partial<Record<Field, string>>;
  unknownColumns: string[];
  measures: Measure[];
  diagnostics: Diagnostic[];
  table: NormalisedTable;
}

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

/**
 * Every roadmap table of a sheet, each with its own period. A sheet without any table gives one
 * analysis with the «no header» finding.
 */
export function analyseSheet(sheetGrid: Grid, opts: AnalyseOptions): SheetAnalysis[] {
  // Cells far outside the content are reported once, with the first table, and never padded to.
  // The masks of filled cells found by the cut spare the later passes reading every cell again.
  const { grid, outside, masks } = cutWithMasks(withPercents(sheetGrid, opts.formats));
  const strays = outsideDiagnostics([...(opts.outside ?? []), ...outside].sort((a, b) => a.row - b.row || a.col - b.col));
  const segments = splitTables(grid, masks);
  const tables = segments.map((seg) => {
    const merges = verticalMergesIn(opts.merges, seg.start, seg.end - seg.start);
    const links = (opts.links ?? []).filter((l) => l.row >= seg.start && l.row < seg.end).map((l) => ({ row: l.row - seg.start, col: l.col }));
    const filled = masks ? masks.subarray(seg.start, seg.end) : null;
    return shiftRows(normaliseTable(grid.slice(seg.start, seg.end), { sheetName: opts.sheetName, merges, links, columns: opts.columns, filled }), seg.start);
  });
  const roadmaps = tables.filter((t) => t.headerRow !== null);
  const chosen = roadmaps.length > 0 ? roadmaps : tables.slice(0, 1);
  return chosen.map((t, i) => {
    const table = i === 0 && strays.length > 0 ? { ...t, diagnostics: [...t.diagnostics, ...strays] } : t;
    return analyseTable(withEvidenceLinks(table, opts.links), opts, i + 1, chosen.length, segments[tables.indexOf(t)]);
  });
}

/** Row numbers of a table normalised from a slice of the sheet, made rows of the sheet again. */
function shiftRows(t: NormalisedTable, offset: number): NormalisedTable {
  if (offset === 0) return t;
  return {
    ...t,
    headerRow: t.headerRow === null ? null : t.headerRow + offset,
    rows: t.rows.map((r) => ({ ...r, row: r.row + offset, sourceRows: r.sourceRows.map((x) => x + offset) })),
    diagnostics: t.diagnostics.map((d) => ({ ...d, row: d.row === null ? null : d.row + offset })),
  };
}

function analyseTable(table: NormalisedTable, opts: AnalyseOptions, tableIndex: number, tablesInSheet: number, segment: Segment | undefined): SheetAnalysis {
  const sink = new DiagnosticSink(opts.sheetName, table);
  const { period, source } = resolvePeriod(table, opts);

  // Normalisation findings carry their own messages; give them the same «Лист …, строка …» prefix.
  for (const d of table.diagnostics) {
    sink.list.push(sink.placed(d));
  }
  if (source === 'title' || source === 'deadlines') {
    sink.add(
      'period-inferred',
      null,
      null,
      `период плана — ${period.label} (${source === 'title' ? 'по заголовку листа' : 'по годам в сроках'}). Если это не так, задайте период явно.`,
    );
  } else if (source === 'default' && table.headerRow !== null) {
    sink.add(
      'period-unknown',
      null,
      null,
      `период плана не указан ни в заголовке, ни в сроках; принят ${period.label}. Задайте период явно (например, «2022» или «2021/2022»).`,
    );
  }
  if (table.headerRow !== null) {
    if (table.unknownColumns.length > 0) {
      sink.add(
        'unknown-columns',
        table.headerRow,
        null,
        `столбцы ${table.unknownColumns.map((c) => `«${c.header}»`).join(', ')} не распознаны; они сохранены без проверки.`,
      );
    }
    for (const f of ['deadline', 'responsible'] as const) {
      if (!table.columns[f]) sink.add('missing-column', table.headerRow, null, `в таблице нет столбца «${FIELD_LABEL[f]}».`);
    }
  }

  if (segment && segment.endedBy === 'prose' && table.headerRow !== null) {
    sink.add('table-end', segment.end + 1, null, 'здесь таблица мероприятий заканчивается (ниже идёт текст); строки ниже не проверяются как её мероприятия.');
  }

  const directory = tableDirectory(table, opts.directory ?? []);
  const parsers = tableParsers(period, directory);
  const built = buildMeasures(table.rows, parsers);
  const measures = built.measures;
  checkFields(built, table, period, sink);
  checkNumbering(measures, sink);
  checkDuplicateMeasures(measures, sink);
  checkTracking(built, table, opts.today, sink);
  // The plan against the audit targets: only with a deadline column and a period the sheet states.
  if (table.headerRow !== null && table.columns.deadline && source !== 'default') {
    checkPlanAgainstAudit(measures, period, opts.today, opts.auditTargets ?? DEFAULT_AUDIT_TARGETS, sink);
  }

  const diagnostics = sink.list.sort((a, b) => (a.row ?? 0) - (b.row ?? 0) || SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
  const columns: Partial<Record<Field, string>> = {};
  for (const [field, ref] of Object.entries(table.columns)) if (ref) columns[field as Field] = ref.header;
  return {
    name: opts.sheetName,
    tableIndex,
    tablesInSheet,
    period,
    periodSource: source,
    columns,
    unknownColumns: table.unknownColumns.map((c) => c.header),
    measures,
    diagnostics,
    table,
  };
}

const DEFAULT_AUDIT_TARGETS = { h1: 40, h2: 90 } as const;

const FIELD_LABEL = { deadline: 'Сроки исполнения', responsible: 'Ответственный' } as const;

function resolvePeriod(table: NormalisedTable, opts: AnalyseOptions): { period: Period; source: PeriodSource } {
  if (opts.period) {
    const p = typeof opts.period === 'string' ? parsePeriod(opts.period) : opts.period;
    if (p) return { period: p, source: 'settings' };
  }
  const fromTitle = findPeriodInText(table.titleLines);
  if (fromTitle) return { period: fromTitle, source: 'title' };
  const years: number[] = [];
  const deadlineCol = table.columns.deadline;
  if (deadlineCol) {
    for (const r of table.rows) {
      const t = cellText(r.values.deadline);
      for (const m of t.matchAll(/(?:^|\D)((?:19|20)\d{2})(?!\d)/g)) years.push(Number(m[1]));
    }
  }
  const fromYears = inferPeriodFromYears(years);
  if (fromYears) return { period: fromYears, source: 'deadlines' };
  // Nothing to go by: the academic year that contains today.
  const [y, m] = opts.today.split('-').map(Number);
  const startYear = m >= 9 ? y : y - 1;
  return { period: parsePeriod(`${startYear}/${startYear + 1}`)!, source: 'default' };
}

/**
 * The user's directory first, then definitions the table makes itself («… (далее – МО)»), then the
 * built-in list. A text read before is skipped: its definitions are already in the list, and the
 * directory keeps only the first of each abbreviation.
 */
function tableDirectory(table: NormalisedTable, user: OrgDirectory['entries']): OrgDirectory {
  const definitions: Definition[] = [];
  const keys: string[] = []; // each definition's folded abbreviation, for tableDirectoryOf
  const read = new Set<string>();
  // On texts that do not repeat the set only costs (a long string hashed and kept a row): it steps aside.
  // A text read twice gives its definitions twice, and tableDirectoryOf keeps the first of each.
  const watch = new StepAside();
  for (const r of table.rows) {
    const t = cellText(r.values.responsible);
    if (!t.includes('далее')) continue;
    if (!watch.bypass()) {
      if (read.has(t)) {
        watch.hit();
        continue;
      }
      read.add(t);
    }
    collectDefinitions(t, definitions, keys);
  }
  for (const line of table.titleLines) if (line.includes('далее')) collectDefinitions(line, definitions, keys);
  return tableDirectoryOf(user, definitions, keys);
}
