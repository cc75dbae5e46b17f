/**
 * Shared shapes of the pure core. Nothing here touches Apps Script, Node or the DOM.
 */

/** One cell as any table store hands it over: Sheets and exceljs give Date and number, csv gives text. */
export type Cell = string | number | boolean | Date | null;
/** A sheet read once as a rectangle-ish array of rows (rows may differ in length). */
export type Grid = Cell[][];

/** A rectangle of cells written in one call: 1-based top-left cell. */
export interface CellBlock {
  row: number;
  col: number;
  values: Cell[][];
}

/**
 * A merged range of cells, 0-based: the master (top-left) cell holds the value, the others are empty
 * as Sheets and exceljs hand them over.
 */
export interface CellRange {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

/**
 * What a sheet holds beyond its values, as every reader hands it over: merged ranges and the number
 * formats of the cells that have one (rows may be shorter than the grid's; '' or absent = automatic).
 */
export interface CellLayout {
  merges?: readonly CellRange[];
  formats?: readonly (readonly string[])[];
}

/** ISO calendar date, "YYYY-MM-DD". */
export type IsoDate = string;

/** The period a plan covers: a calendar year, an academic year (Sep–Aug) or a span of years. */
export interface Period {
  kind: 'calendar' | 'academic' | 'span';
  /** As a user writes it: "2022", "2021/2022", "2021-2024". */
  label: string;
  start: IsoDate;
  end: IsoDate;
}

export type Severity = 'error' | 'warning' | 'info';

/** One finding about the table, addressed to the user in Russian. */
export interface Diagnostic {
  /** Stable machine code, documented in the README. */
  code: string;
  severity: Severity;
  /** 1-based source row (as the user sees it in the sheet); null for the table as a whole. */
  row: number | null;
  /** The measure field it concerns (e.g. "deadline"), or null. */
  field: string | null;
  /** Russian text telling the user what to fix, led by where: «Лист «План», строка 12, столбец «Срок»: …». */
  message: string;
  /** The same place and text apart, for pages that show them apart (no page takes the message to pieces). */
  place?: Place;
  text?: string;
}

/** Where a finding is: the sheet, the 1-based row, the column's header as the sheet writes it. */
export interface Place {
  sheet: string;
  row: number | null;
  column: string | null;
}

export type RecurrenceUnit = 'week' | 'month' | 'quarter' | 'half-year' | 'year';

export interface Recurrence {
  every: RecurrenceUnit;
  /** Explicit occurrence dates where the text lists or implies them (ordinal weekdays, lists). */
  dates?: IsoDate[];
}

export interface Deadline {
  text: string;
  start: IsoDate | null;
  end: IsoDate | null;
  recurrence: Recurrence | null;
  /** «по мере необходимости», «по графику другого органа»: no dates at all. */
  unscheduled: boolean;
}

export type IndicatorTarget =
  | { kind: 'percent'; op: '>=' | '='; value: number; of?: string }
  | { kind: 'count'; op: '>=' | '='; value: number; of?: string }
  | { kind: 'half-year'; h1: number; h2: number }
  | { kind: 'change'; from: number; to: number; unit: string };

export interface Indicator {
  text: string;
  measurable: boolean;
  target: IndicatorTarget | null;
}

/** Fields a roadmap column can hold. Tracking fields are the ones users add for monitoring. */
export const MEASURE_FIELDS = ['number', 'title', 'task', 'deadline', 'indicator', 'responsible', 'result'] as const;
export const TRACKING_FIELDS = ['status', 'doneDate', 'actual', 'evidence', 'curatorMark', 'curatorDate', 'curatorComment', 'comment'] as const;
/** Every field, measure fields first. */
export const ALL_FIELDS = [...MEASURE_FIELDS, ...TRACKING_FIELDS] as const;
export type MeasureField = (typeof MEASURE_FIELDS)[number];
export type TrackingField = (typeof TRACKING_FIELDS)[number];
export type Field = MeasureField | TrackingField;

export interface ColumnRef {
  /** 0-based column index in the grid. */
  index: number;
  /** The header as written (cleaned of line breaks and stray spaces). */
  header: string;
}

/** What a column's cells were read as, when they placed it. */
export type ContentKind = 'number' | 'deadline' | 'url' | 'status' | 'responsible' | 'title' | 'measureTitle' | 'document';

/** Why a column was given its field: its header, its cells (how many of them read how), or «Настройки». */
export type ColumnBasis = { by: 'header' } | { by: 'content'; kind: ContentKind; count: number; of: number } | { by: 'settings' };

/** A field's column, and why it was chosen. */
export interface ColumnChoice extends ColumnRef {
  field: Field;
  basis: ColumnBasis;
}

/** The user's word on a column («Настройки», block «Столбцы»): its header (or letter) → a field, or null to leave it unread. */
export interface ColumnOverride {
  header: string;
  field: Field | null;
}

/** One logical row of a roadmap table after page-break debris is removed. */
export interface TableRow {
  /** 1-based source row where the measure (or heading) starts. */
  row: number;
  /** Every 1-based source row merged into this one (a measure split across a page break spans several). */
  sourceRows: number[];
  /** The section heading in force («1. Организационно-управленческие меры»), or null. */
  section: string | null;
  /** Cell values by field: text cleaned of HTML and stray spaces; Date and number cells kept as they are. */
  values: Partial<Record<Field, Cell>>;
  /** Cells of columns no field matched, by their header. */
  extra: Record<string, Cell>;
}

/** A roadmap table found in a grid and normalised. */
export interface NormalisedTable {
  /** 1-based row of the (first) header row, or null when no header row was found. */
  headerRow: number | null;
  columns: Partial<Record<Field, ColumnRef>>;
  /** Each field's column and why it was chosen, in column order. */
  mapping: ColumnChoice[];
  unknownColumns: ColumnRef[];
  rows: TableRow[];
  /** Text of the rows above the header (document title, «2021/2022 учебный год»…), for period inference. */
  titleLines: string[];
  /** Findings of normalisation itself (no header found, rows merged, repeated headers dropped…). */
  diagnostics: Diagnostic[];
}
