/**
 * The add-on's hidden sheets of a spreadsheet (src/ports.ts OwnedSheets): found by developer
 * metadata (GENERATED_KEY = «owned:<key>»), so renaming one does not lose it and a user's sheet of
 * the same name is never touched. Each method is a constant number of service calls.
 */
import type { Grid } from '../domain/core/types';
import type { OwnedSheet, OwnedSheets } from '../ports';
import { GENERATED_KEY, freeName, writeBlock } from './safe-writer';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

class GasOwnedSheet implements OwnedSheet {
  constructor(private readonly sheet: Sheet) {}

  lastRow(): number {
    return this.sheet.getLastRow();
  }

  readRows(from: number, count: number, cols?: number): Grid {
    if (count <= 0) return [];
    const width = cols ?? this.sheet.getLastColumn();
    if (width <= 0) return [];
    return this.sheet.getRange(from, 1, count, width).getValues() as Grid;
  }

  readAll(): Grid {
    return this.sheet.getDataRange().getValues() as Grid;
  }

  writeRows(row: number, rows: readonly (readonly string[])[]): void {
    if (rows.length === 0) return;
    const width = Math.max(1, ...rows.map((r) => r.length));
    const lastRow = row + rows.length - 1;
    const maxRows = this.sheet.getMaxRows();
    if (lastRow > maxRows) this.sheet.insertRowsAfter(maxRows, lastRow - maxRows);
    const maxCols = this.sheet.getMaxColumns();
    if (width > maxCols) this.sheet.insertColumnsAfter(maxCols, width - maxCols);
    writeBlock(this.sheet, { row, col: 1, values: rows.map((r) => [...r]) });
  }

  clear(): void {
    this.sheet.clear();
  }
}

export class GasOwnedSheets implements OwnedSheets {
  constructor(private readonly ss: Spreadsheet) {}

  owned(key: string, name: string, create: boolean): OwnedSheet | null {
    const value = `owned:${key}`;
    const found = this.ss.createDeveloperMetadataFinder().withKey(GENERATED_KEY).withValue(value).find();
    let sheet = found.length > 0 ? found[0].getLocation().getSheet() : null;
    if (!sheet && !create) return null;
    if (!sheet) {
      const active = this.ss.getActiveSheet();
      sheet = this.ss.insertSheet(freeName(this.ss, name), this.ss.getNumSheets());
      sheet.addDeveloperMetadata(GENERATED_KEY, value);
      sheet.hideSheet();
      if (active) active.activate();
    }
    return new GasOwnedSheet(sheet);
  }
}
