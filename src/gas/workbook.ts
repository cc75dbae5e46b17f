/**
 * The open spreadsheet as the use cases see it (the ports of src/ports.ts): sheets listed, read as
 * snapshots, and changed only through the safe writer's rules — under the caller's lock, text as
 * text, copies and generated sheets marked with developer metadata.
 */
import type { ColumnSpec, Lock, SheetInfo, SheetSnapshot, WorkbookEditor } from '../ports';
import type { CellBlock, CellRange } from '../domain/core/types';
import { GENERATED_KEY, freeName, isGenerated, withDocumentLock, writeBlock } from './safe-writer';
import { DATE_FORMAT, TEXT_FORMAT, readSnapshot } from './sheet-io';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** The document lock of the open spreadsheet. */
export const documentLock: Lock = { withLock: withDocumentLock };

export class GasWorkbook implements WorkbookEditor {
  private readonly byId = new Map<number, Sheet>();

  constructor(
    private readonly ss: Spreadsheet,
    private readonly timeZone: string,
  ) {}

  get name(): string {
    return this.ss.getName();
  }

  sheets(): SheetInfo[] {
    this.byId.clear();
    return this.ss.getSheets().map((s) => this.info(s));
  }

  /** The info of one sheet (and it remembered by id). */
  info(sheet: Sheet): SheetInfo {
    const id = sheet.getSheetId();
    this.byId.set(id, sheet);
    return { id, name: sheet.getName(), hidden: sheet.isSheetHidden(), generated: isGenerated(sheet) };
  }

  private sheet(id: number): Sheet {
    const known = this.byId.get(id);
    if (known) return known;
    const found = this.ss.getSheets().find((s) => s.getSheetId() === id);
    if (!found) throw new Error(`no sheet with id ${id}`);
    this.byId.set(id, found);
    return found;
  }

  read(sheetId: number): SheetSnapshot {
    const sheet = this.sheet(sheetId);
    return { ...this.info(sheet), ...readSnapshot(sheet, this.timeZone) };
  }

  freeName(name: string): string {
    return freeName(this.ss, name);
  }

  addSheet(name: string): SheetInfo {
    const sheet = this.ss.insertSheet(name, this.ss.getNumSheets());
    return this.info(sheet);
  }

  mergeCells(sheetId: number, ranges: readonly CellRange[]): void {
    const sheet = this.sheet(sheetId);
    for (const m of ranges) if (m.rows * m.cols > 1) sheet.getRange(m.row + 1, m.col + 1, m.rows, m.cols).merge();
  }

  copySheet(sheetId: number, name: string, mark: string): SheetInfo {
    const copy = this.sheet(sheetId).copyTo(this.ss).setName(name);
    copy.addDeveloperMetadata(GENERATED_KEY, mark);
    return this.info(copy);
  }

  writeBlocks(sheetId: number, blocks: CellBlock[]): void {
    const sheet = this.sheet(sheetId);
    for (const block of blocks) writeBlock(sheet, block);
  }

  insertRowsAfter(sheetId: number, after: number, count: number): void {
    if (count <= 0) return;
    const sheet = this.sheet(sheetId);
    sheet.insertRowsAfter(after, count);
    const cols = Math.max(1, sheet.getLastColumn());
    if (after < 1) return;
    // Like the row above: its number formats and dropdowns (Sheets copies neither reliably on insert).
    const above = sheet.getRange(after, 1, 1, cols);
    const formats = above.getNumberFormats()[0];
    const rules = above.getDataValidations()[0];
    const added = sheet.getRange(after + 1, 1, count, cols);
    added.setNumberFormats(Array.from({ length: count }, () => formats));
    added.setDataValidations(Array.from({ length: count }, () => rules));
  }

  deleteRows(sheetId: number, runs: readonly { start: number; count: number }[]): void {
    const sheet = this.sheet(sheetId);
    for (const run of runs) sheet.deleteRows(run.start, run.count);
  }

  addColumns(sheetId: number, at: { col: number; headerRow: number; lastRow: number }, columns: readonly ColumnSpec[]): void {
    if (columns.length === 0) return;
    const sheet = this.sheet(sheetId);
    const n = columns.length;
    const max = sheet.getMaxColumns();
    if (at.col + n - 1 > max) sheet.insertColumnsAfter(max, at.col + n - 1 - max);
    const header = sheet.getRange(at.headerRow, at.col, 1, n);
    header.setNumberFormats([columns.map(() => TEXT_FORMAT)]);
    header.setValues([columns.map((x) => x.header)]);
    header.setFontWeight('bold');
    const rows = at.lastRow - at.headerRow;
    if (rows <= 0) return;
    const body = sheet.getRange(at.headerRow + 1, at.col, rows, n);
    const rules = columns.map((col) => {
      if (col.kind === 'list' && col.list) {
        return SpreadsheetApp.newDataValidation()
          .requireValueInList([...col.list], true)
          .setAllowInvalid(true)
          .build();
      }
      if (col.kind === 'date') {
        return SpreadsheetApp.newDataValidation().requireDate().setAllowInvalid(true).setHelpText('Дата в виде ДД.ММ.ГГГГ').build();
      }
      return null;
    });
    body.setNumberFormats(Array.from({ length: rows }, () => columns.map((col) => (col.kind === 'date' ? DATE_FORMAT : TEXT_FORMAT))));
    body.setDataValidations(Array.from({ length: rows }, () => rules));
  }
}
