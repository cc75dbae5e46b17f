/**
 * Sheet templates: the model of a sheet the add-on and the command line create (a roadmap with
 * tracking columns, a school's roadmap, the registry of schools, the organisation directory, the
 * settings sheet) and pure helpers that render one into cells, validations and the formulas of
 * its conditional format rules. The templates themselves live in sheets-templates/.
 *
 * Decisions:
 * - Rows above the header (`titleRows`) hold the plan's title («… на 2022 год»): the period is
 *   inferred from it, as from a document pasted out of Word.
 * - Conditional formatting is limited to what Google Sheets (and Excel) rules can express: «text
 *   is exactly» → colours, and custom formulas. Every formula is built here from column indices
 *   and constant lists; no user text ever reaches a formula.
 * - Formulas use English function names, which Sheets accepts in every locale. The argument
 *   separator is «;» for Sheets (accepted in every locale, while «,» is the decimal separator of
 *   the Russian one) and «,» for .xlsx files (OOXML stores formulas in the en-US form).
 */
import { columnLetter } from '../core/text';
import type { Cell, Field } from '../core/types';

export type TemplateKind = 'roadmap' | 'school-roadmap' | 'risk-profile' | 'expertise' | 'registry' | 'directory' | 'settings';

/**
 * How a column's cells are formatted. `percent` is a share of 1 shown as percent (0.4 → 40 %),
 * the way Sheets stores «40%» typed into a cell.
 */
export type ColumnFormat = 'text' | 'date' | 'number' | 'percent';

export interface TemplateColumn {
  /** Header as shown (Russian). */
  header: string;
  /** The roadmap field the column holds (a measure or tracking field), or a key of the non-roadmap sheets. */
  field?: Field | string;
  /** Width in pixels (Sheets' unit). */
  width: number;
  format: ColumnFormat;
  /** Drop-down values. */
  list?: readonly string[];
  /** Russian note on the header cell. */
  help?: string;
}

/** Hex colour «#rrggbb». */
export type HexColour = string;

export type ConditionalRule =
  /** A cell whose text is exactly one of the keys gets that background (statuses, curator marks). */
  | { kind: 'status-colour'; column: number; colours: Readonly<Record<string, HexColour>> }
  /**
   * A whole row whose deadline is a date before today — a date cell, or a text ending in
   * ДД.ММ.ГГГГ («до 27.03.2022») — and whose status is not closed. Free-text deadlines («Март
   * 2022 года») cannot be compared in a formula: the add-on's check judges those.
   */
  | { kind: 'overdue-row'; statusColumn: number; deadlineColumn: number; closed: readonly string[]; background: HexColour }
  /** A section heading row: the heading column is filled and every other listed column is empty. */
  | { kind: 'section-row'; headingColumn: number; emptyColumns: readonly number[]; background: HexColour; bold: boolean };

export interface SheetTemplate {
  id: string;
  /** Default sheet name, Russian. */
  title: string;
  /** One Russian sentence for menus and `template --list`. */
  description: string;
  kind: TemplateKind;
  columns: TemplateColumn[];
  /** Rows above the header: the plan's title, so that its period can be inferred. */
  titleRows?: Cell[][];
  /** Rows of the header; the last one holds the column headers (always 1 in the bundled templates). */
  headerRows: number;
  /** Rows frozen at the top: the title rows and the header. */
  frozenRows: number;
  frozenColumns?: number;
  /** Rows below the header: section headings and measures, or reference data. */
  sampleRows: Cell[][];
  conditional?: ConditionalRule[];
  /** Protect the header row(s) with a warning (Sheets' «show a warning» protection). */
  protectHeader: boolean;
}

/** Number formats by column format; null means "automatic". Sheets and Excel both read these. */
export const NUMBER_FORMATS: Readonly<Record<ColumnFormat, string | null>> = {
  text: '@',
  date: 'dd.mm.yyyy',
  number: null,
  percent: '0%',
};

/** Background of the header row and of section headings. */
export const HEADER_BACKGROUND: HexColour = '#d9e2f3';
export const SECTION_BACKGROUND: HexColour = '#f2f2f2';

/** Rows below the header that get drop-downs and conditional formats (beyond the sample rows). */
export const FORMATTED_ROWS = 500;

/** Column headers, in order. */
export function templateHeaders(t: SheetTemplate): string[] {
  return t.columns.map((c) => c.header);
}

/** 1-based sheet row of the (last) header row. */
export function headerRowNumber(t: SheetTemplate): number {
  return (t.titleRows?.length ?? 0) + Math.max(1, t.headerRows);
}

/** 1-based sheet row of the first row below the header. */
export function firstDataRowNumber(t: SheetTemplate): number {
  return headerRowNumber(t) + 1;
}

/** The last sheet row that gets drop-downs and conditional formats. */
export function lastFormattedRowNumber(t: SheetTemplate): number {
  return firstDataRowNumber(t) + Math.max(t.sampleRows.length, FORMATTED_ROWS) - 1;
}

/**
 * The sheet as cells: title rows, the header (extra header rows above the last one are empty),
 * the sample rows. Rows are not padded; copies, so callers may change them.
 */
export function templateGrid(t: SheetTemplate): Cell[][] {
  const out: Cell[][] = [];
  for (const row of t.titleRows ?? []) out.push([...row]);
  for (let i = 1; i < Math.max(1, t.headerRows); i++) out.push([]);
  out.push(templateHeaders(t));
  for (const row of t.sampleRows) out.push([...row]);
  return out;
}

/** Column index of the first column holding `field`, or -1. */
export function columnOf(t: SheetTemplate, field: Field | string): number {
  return t.columns.findIndex((c) => c.field === field);
}

export interface TemplateValidation {
  /** 0-based column. */
  column: number;
  /** 1-based sheet rows, inclusive. */
  fromRow: number;
  toRow: number;
  list: readonly string[];
}

/** Drop-down lists: one per column that has a list, from the first row below the header. */
export function templateValidations(t: SheetTemplate, toRow = lastFormattedRowNumber(t)): TemplateValidation[] {
  const fromRow = firstDataRowNumber(t);
  const out: TemplateValidation[] = [];
  t.columns.forEach((c, column) => {
    if (c.list && c.list.length > 0) out.push({ column, fromRow, toRow, list: c.list });
  });
  return out;
}

export { columnLetter } from '../core/text';

/** Serial day of 2000-01-01 in Sheets and Excel. */
const DATE_2000 = 36526;

/** A string literal for a formula: quotes doubled. Only our own constants are passed here. */
function formulaString(s: string): string {
  return `"${s.replace(/"/g, '""')}"`;
}

/**
 * The custom formula of a rule, relative to `firstRow` (the top-left cell of the range the rule
 * applies to, whose columns start at A): «=AND($A3<>"";$B3="";$C3="")» for section headings.
 * Null for rules without a formula (status-colour: «text is exactly»).
 */
export function conditionalFormula(rule: ConditionalRule, firstRow: number, separator: ';' | ',' = ';'): string | null {
  const row = Math.max(1, Math.floor(firstRow));
  const ref = (column: number) => `$${columnLetter(column)}${row}`;
  const join = (parts: string[]) => parts.join(separator);
  switch (rule.kind) {
    case 'status-colour':
      return null;
    case 'overdue-row': {
      const status = ref(rule.statusColumn);
      const d = ref(rule.deadlineColumn);
      const open = rule.closed.map((s) => `${status}<>${formulaString(s)}`);
      // A date cell (after 2000-01-01, so that a stray number is no date), or a text ending in
      // ДД.ММ.ГГГГ («до 27.03.2022»). Other texts make the formula fail, and a failing rule
      // formats nothing.
      const tail = `RIGHT(${d}${separator}10)`;
      const dateCell = `AND(${join([`${d}>${DATE_2000}`, `${d}<TODAY()`])})`;
      const textDate = `AND(${join([
        `MID(${tail}${separator}3${separator}1)="."`,
        `MID(${tail}${separator}6${separator}1)="."`,
        `DATE(${join([`VALUE(RIGHT(${d}${separator}4))`, `VALUE(MID(${tail}${separator}4${separator}2))`, `VALUE(LEFT(${tail}${separator}2))`])})<TODAY()`,
      ])})`;
      return `=AND(${join([...open, `${d}<>""`, `IF(${join([`ISNUMBER(${d})`, dateCell, textDate])})`])})`;
    }
    case 'section-row': {
      const parts = [`${ref(rule.headingColumn)}<>""`, ...rule.emptyColumns.map((c) => `${ref(c)}=""`)];
      return `=AND(${join(parts)})`;
    }
  }
}

/** A1 range a rule covers: whole rows for row rules, the one column for status colours. */
export function conditionalRange(t: SheetTemplate, rule: ConditionalRule, toRow = lastFormattedRowNumber(t)): string {
  const from = firstDataRowNumber(t);
  if (rule.kind === 'status-colour') {
    const c = columnLetter(rule.column);
    return `${c}${from}:${c}${toRow}`;
  }
  return `A${from}:${columnLetter(Math.max(0, t.columns.length - 1))}${toRow}`;
}

/** Rows of the sample (0-based indices into sampleRows) that are section headings: only the first cell is filled. */
export function sectionRowIndices(t: SheetTemplate): number[] {
  const out: number[] = [];
  t.sampleRows.forEach((row, i) => {
    const filled = row.map((c, j) => ({ c, j })).filter(({ c }) => c !== null && c !== '');
    if (filled.length === 1 && filled[0].j === 0 && typeof filled[0].c === 'string') out.push(i);
  });
  return out;
}

/** «#rrggbb» → «FFRRGGBB» (the ARGB form .xlsx files use). */
export function hexToArgb(hex: HexColour): string {
  const m = /^#?([0-9a-f]{6})$/i.exec(hex.trim());
  return m ? `FF${m[1].toUpperCase()}` : 'FFFFFFFF';
}

/** Pixels → Excel character widths (about 7 px a character at the default font). */
export function pixelsToCharacters(px: number): number {
  return Math.max(4, Math.round((px / 7) * 10) / 10);
}
