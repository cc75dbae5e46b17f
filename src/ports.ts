/**
 * Small interfaces the application needs from the outside world. Apps Script adapters
 * (src/gas) and the command line (src/cli) implement them; tests use in-memory fakes.
 */
import type { Cell, Grid } from './domain/types';

/** A sheet of a workbook, read whole and written in blocks. */
export interface TableStore {
  /** Names of all sheets, in order. */
  sheetNames(): string[];
  /** The whole used range of a sheet, read in one call. Date cells are "floating" (UTC fields = wall clock). */
  readSheet(name: string): Grid;
  /** Write a block of values at (row, col), 1-based, in one call. Text cells are written as plain text. */
  writeBlock(name: string, row: number, col: number, values: Cell[][]): void;
}

/** Key-value settings that outlive one execution. */
export interface SettingsStore {
  get(key: string): string | null;
  set(key: string, value: string): void;
}

/** Mutual exclusion between executions working on the same document. */
export interface Lock {
  /** Runs `fn` holding the lock; throws a Russian message when the lock cannot be had in time. */
  withLock<T>(fn: () => T): T;
}

/** "Today" comes from outside so reports and tests are reproducible. */
export interface Clock {
  /** Today's date in the spreadsheet's time zone, "YYYY-MM-DD". */
  today(): string;
}
