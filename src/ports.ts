/**
 * What the use cases in src/app need from the outside world. The Apps Script adapter (src/gas)
 * implements them over SpreadsheetApp and LockService, the command line (src/cli) over files, and
 * the tests over the emulator; a use case never knows which one runs it.
 */
import type { OutsideCell } from './domain/table';
import type { CellBlock, CellLayout, CellRange, Grid, IsoDate } from './domain/core/types';

/** A sheet of a workbook, as listed: cheap, no cells read. */
export interface SheetInfo {
  /** Stable while the workbook is open: Sheets' sheet id; the sheet's position in a file. */
  id: number;
  name: string;
  hidden: boolean;
  /** Made by the add-on (summaries, the copy «Подготовить лист» keeps…): never read as a roadmap. */
  generated: boolean;
}

/** A link behind a cell (a HYPERLINK formula, a rich-text or .xlsx hyperlink): 0-based row and column. */
export interface CellLink {
  row: number;
  col: number;
  url: string;
}

/**
 * A sheet read once, whole: values (dates floating: UTC fields = the wall-clock date), formulas,
 * links, merged ranges and number formats (CellLayout).
 */
export interface SheetSnapshot extends SheetInfo, CellLayout {
  grid: Grid;
  /** '' where a cell has no formula; rows may be shorter than the grid's. */
  formulas: string[][];
  links: CellLink[];
  /** Cells the reader left out of the grid as far outside the table (reported, never padded to). */
  outside?: OutsideCell[];
}

/** A workbook to read: a spreadsheet, or a file. */
export interface WorkbookReader {
  /** The spreadsheet's or the file's name, as reports show it. */
  readonly name: string;
  sheets(): SheetInfo[];
  /** One read of the whole used range; a constant number of service calls whatever its size. */
  read(sheetId: number): SheetSnapshot;
}

/** Columns added to a table: a header each, a format and, for lists and dates, a validation. */
export interface ColumnSpec {
  header: string;
  kind: 'text' | 'date' | 'list';
  list?: readonly string[];
}

/** A workbook the add-on may change — only in the ways below, each applied as few calls as it can. */
export interface WorkbookEditor extends WorkbookReader {
  /** The first name no sheet has: «Сводка», «Сводка (2)»… */
  freeName(name: string): string;
  /** A new, empty sheet under `name` (a free name: see freeName), after the others. */
  addSheet(name: string): SheetInfo;
  /** Merges these ranges (0-based), each keeping the value of its top-left cell. */
  mergeCells(sheetId: number, ranges: readonly CellRange[]): void;
  /** A copy of a sheet under `name`, marked as made by the add-on. */
  copySheet(sheetId: number, name: string, mark: string): SheetInfo;
  /** Writes blocks of cells; text stays text (never a number, date or formula). */
  writeBlocks(sheetId: number, blocks: CellBlock[]): void;
  /** Inserts `count` rows after row `after`, with the number formats and validation of row `after` (the row above). */
  insertRowsAfter(sheetId: number, after: number, count: number): void;
  /** Deletes runs of whole rows, in the order given (lowest last, so none shifts the next). */
  deleteRows(sheetId: number, runs: readonly { start: number; count: number }[]): void;
  /** Headers at `headerRow` from column `col`, formats and validation from the row below to `lastRow`. */
  addColumns(sheetId: number, at: { col: number; headerRow: number; lastRow: number }, columns: readonly ColumnSpec[]): void;
}

/** Mutual exclusion between executions working on the same document. */
export interface Lock {
  /** Runs `fn` holding the lock; throws a Russian message when the lock cannot be had in time. */
  withLock<T>(fn: () => T): T;
}

/** "Today" comes from outside so reports and tests are reproducible. */
export interface Clock {
  /** Today's date in the spreadsheet's (or the user's) time zone. */
  today(): IsoDate;
}

/** A clock that also tells the time: for timestamps, leases and time budgets. */
export interface TimeClock extends Clock {
  /** Milliseconds since the epoch. */
  now(): number;
}

/**
 * A hidden sheet the add-on owns in a workbook (a school's compact block, the coordinator's
 * checkpoint), found by its mark (developer metadata in Sheets), never by its name alone. Rows are
 * 1-based; every method is a constant number of service calls; every cell is written as text.
 */
export interface OwnedSheet {
  /** The last row holding anything (0 when empty). */
  lastRow(): number;
  /** Rows `from`..`from + count - 1`, `cols` columns wide (every column in use when omitted). */
  readRows(from: number, count: number, cols?: number): Grid;
  /** Every row in use: one read. */
  readAll(): Grid;
  writeRows(row: number, rows: readonly (readonly string[])[]): void;
  clear(): void;
}

/** The add-on's hidden sheets of one workbook, by key. */
export interface OwnedSheets {
  /** The sheet marked `key`; created (hidden, marked, named `name`) when `create`, else null when there is none. */
  owned(key: string, name: string, create: boolean): OwnedSheet | null;
}
