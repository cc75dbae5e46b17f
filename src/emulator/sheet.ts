/** Sheet: ranges, rows and columns, clearing, layout, charts and conditional rules, selection, metadata, copies. */
import { mergesAfterDelete, mergesAfterInsert } from './rich-merge';
import { EmbeddedChartBuilderImpl } from './builders';
import { counted } from './counting';
import { GasException } from './errors';
import { MetadataFinderImpl } from './metadata';
import type { Cell, ProtectionModel, SheetModel } from './model';
import type { RangeImpl } from './range';
import type { CellValue, ChartRecord, ConditionalRuleRecord, RangeT, SheetT, SpreadsheetT } from './types';
import type { World } from './world';

export class SheetImpl {
  constructor(
    private readonly _w: World,
    readonly _s: SheetModel,
  ) {}

  private _alive(): void {
    if (this._s.deleted) throw new GasException('The sheet has been deleted.');
  }

  getName(): string {
    this._alive();
    return this._s.name;
  }
  setName(name: string): this {
    this._alive();
    if (name === this._s.name) return this;
    this._w.checkNewName(name);
    this._s.name = name;
    return this;
  }
  getSheetId(): number {
    return this._s.id;
  }
  getSheetName(): string {
    return this._s.name;
  }
  getIndex(): number {
    return this._w.sheets.indexOf(this._s) + 1;
  }
  getParent(): SpreadsheetT {
    return this._w.spreadsheetProxy;
  }
  getType(): string {
    return 'GRID';
  }
  getLastRow(): number {
    this._alive();
    return this._s.lastRow();
  }
  getLastColumn(): number {
    this._alive();
    return this._s.lastColumn();
  }
  getMaxRows(): number {
    return this._s.maxRows;
  }
  getMaxColumns(): number {
    return this._s.maxCols;
  }
  getDataRange(): RangeT {
    this._alive();
    return this._w.rangeProxy(this._s, 1, 1, Math.max(1, this._s.lastRow()), Math.max(1, this._s.lastColumn()));
  }
  getRange(a: number | string, col?: number, numRows?: number, numCols?: number): RangeT {
    this._alive();
    if (typeof a === 'string') return this._w.rangeFromA1(a, this._s);
    if (typeof a !== 'number' || typeof col !== 'number' || !Number.isFinite(a) || !Number.isFinite(col)) {
      throw new GasException(`The parameters (${typeof a},${typeof col}) don't match the method signature for SpreadsheetApp.Sheet.getRange.`);
    }
    return this._w.rangeProxy(this._s, a, col, numRows ?? 1, numCols ?? 1);
  }
  getSheetValues(row: number, col: number, numRows: number, numCols: number): CellValue[][] {
    const nr = numRows === -1 ? Math.max(1, this._s.lastRow() - row + 1) : numRows;
    const nc = numCols === -1 ? Math.max(1, this._s.lastColumn() - col + 1) : numCols;
    return this._w.rangeImpl(this._s, row, col, nr, nc).getValues();
  }
  appendRow(values: unknown[]): this {
    const r = this._s.lastRow() + 1;
    this._s.grow(r, values.length);
    values.forEach((v, j) => this._w.write(this._s, r, j + 1, v));
    return this;
  }

  // structure
  insertRowsAfter(after: number, howMany: number): this {
    return this._insertRows(after, howMany);
  }
  insertRowsBefore(before: number, howMany: number): this {
    return this._insertRows(before - 1, howMany);
  }
  insertRowAfter(after: number): this {
    return this._insertRows(after, 1);
  }
  insertRowBefore(before: number): this {
    return this._insertRows(before - 1, 1);
  }
  insertRows(before: number, howMany = 1): this {
    return this._insertRows(before - 1, howMany);
  }
  private _insertRows(after: number, n: number): this {
    if (after < 0 || after > this._s.maxRows) throw new GasException('Those rows are out of bounds.');
    if (this._s.rows.length > after) this._s.rows.splice(after, 0, ...new Array<undefined>(n).fill(undefined));
    this._s.merges = mergesAfterInsert(this._s.merges, after, n);
    this._s.maxRows += n;
    return this;
  }
  insertColumnsAfter(after: number, howMany: number): this {
    return this._insertCols(after, howMany);
  }
  insertColumnsBefore(before: number, howMany: number): this {
    return this._insertCols(before - 1, howMany);
  }
  insertColumnAfter(after: number): this {
    return this._insertCols(after, 1);
  }
  insertColumnBefore(before: number): this {
    return this._insertCols(before - 1, 1);
  }
  insertColumns(before: number, howMany = 1): this {
    return this._insertCols(before - 1, howMany);
  }
  private _insertCols(after: number, n: number): this {
    if (after < 0 || after > this._s.maxCols) throw new GasException('Those columns are out of bounds.');
    for (const row of this._s.rows) if (row && row.length > after) row.splice(after, 0, ...new Array<Cell | undefined>(n).fill(undefined));
    this._s.maxCols += n;
    return this;
  }
  deleteRows(position: number, howMany: number): void {
    if (position < 1 || howMany < 1 || position + howMany - 1 > this._s.maxRows) throw new GasException('Those rows are out of bounds.');
    if (howMany >= this._s.maxRows - this._s.frozenRows && position <= this._s.frozenRows + 1) {
      throw new GasException('Sorry, it is not possible to delete all non-frozen rows.');
    }
    this._s.rows.splice(position - 1, howMany);
    this._s.merges = mergesAfterDelete(this._s.merges, position, howMany);
    this._s.maxRows -= howMany;
  }
  deleteRow(position: number): void {
    this.deleteRows(position, 1);
  }
  deleteColumns(position: number, howMany: number): void {
    if (position < 1 || howMany < 1 || position + howMany - 1 > this._s.maxCols) throw new GasException('Those columns are out of bounds.');
    if (howMany >= this._s.maxCols - this._s.frozenCols && position <= this._s.frozenCols + 1) {
      throw new GasException('Sorry, it is not possible to delete all non-frozen columns.');
    }
    for (const row of this._s.rows) if (row) row.splice(position - 1, howMany);
    this._s.maxCols -= howMany;
  }
  deleteColumn(position: number): void {
    this.deleteColumns(position, 1);
  }

  clear(options?: { contentsOnly?: boolean; formatOnly?: boolean }): this {
    const o = options ?? {};
    if (!o.contentsOnly && !o.formatOnly) {
      for (const row of this._s.rows)
        if (row)
          row.forEach((cell) => {
            if (cell) {
              cell.v = '';
              delete cell.f;
              delete cell.fmt;
              delete cell.style;
            }
          });
      return this;
    }
    for (const row of this._s.rows)
      if (row)
        row.forEach((cell) => {
          if (!cell) return;
          if (o.contentsOnly) {
            cell.v = '';
            delete cell.f;
          }
          if (o.formatOnly) {
            delete cell.fmt;
            delete cell.style;
          }
        });
    return this;
  }
  clearContents(): this {
    return this.clear({ contentsOnly: true });
  }
  clearFormats(): this {
    return this.clear({ formatOnly: true });
  }
  clearNotes(): this {
    for (const row of this._s.rows)
      if (row)
        row.forEach((cell) => {
          if (cell) delete cell.note;
        });
    return this;
  }

  // layout
  setFrozenRows(n: number): void {
    this._s.frozenRows = n;
  }
  getFrozenRows(): number {
    return this._s.frozenRows;
  }
  setFrozenColumns(n: number): void {
    this._s.frozenCols = n;
  }
  newChart(): GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder {
    return counted('EmbeddedChartBuilder', new EmbeddedChartBuilderImpl(), this._w) as unknown as GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder;
  }
  insertChart(chart: GoogleAppsScript.Spreadsheet.EmbeddedChart): void {
    this._s.charts.push({ ...(chart as unknown as { _c: ChartRecord })._c });
  }
  getCharts(): GoogleAppsScript.Spreadsheet.EmbeddedChart[] {
    return this._s.charts.map((c) => ({ _c: c }) as unknown as GoogleAppsScript.Spreadsheet.EmbeddedChart);
  }
  removeChart(chart: GoogleAppsScript.Spreadsheet.EmbeddedChart): void {
    const c = (chart as unknown as { _c: ChartRecord })._c;
    this._s.charts = this._s.charts.filter((x) => x !== c);
  }
  setConditionalFormatRules(rules: GoogleAppsScript.Spreadsheet.ConditionalFormatRule[]): void {
    this._s.conditionalRules = rules.map((r) => ({ ...(r as unknown as { _r: ConditionalRuleRecord })._r }));
  }
  getConditionalFormatRules(): GoogleAppsScript.Spreadsheet.ConditionalFormatRule[] {
    return this._s.conditionalRules.map((r) => ({ _r: { ...r } }) as unknown as GoogleAppsScript.Spreadsheet.ConditionalFormatRule);
  }
  getFrozenColumns(): number {
    return this._s.frozenCols;
  }
  setColumnWidth(col: number, width: number): this {
    this._s.colWidths.set(col, width);
    return this;
  }
  setColumnWidths(start: number, n: number, width: number): this {
    for (let i = 0; i < n; i++) this._s.colWidths.set(start + i, width);
    return this;
  }
  getColumnWidth(col: number): number {
    return this._s.colWidths.get(col) ?? 100;
  }
  setRowHeight(row: number, h: number): this {
    this._s.rowHeights.set(row, h);
    return this;
  }
  setRowHeights(start: number, n: number, h: number): this {
    for (let i = 0; i < n; i++) this._s.rowHeights.set(start + i, h);
    return this;
  }
  setRowHeightsForced(start: number, n: number, h: number): this {
    return this.setRowHeights(start, n, h);
  }
  getRowHeight(row: number): number {
    return this._s.rowHeights.get(row) ?? 21;
  }
  autoResizeColumn(_col: number): this {
    return this;
  }
  autoResizeColumns(_start: number, _n: number): this {
    return this;
  }
  autoResizeRows(_start: number, _n: number): this {
    return this;
  }
  hideColumns(col: number, n = 1): void {
    for (let i = 0; i < n; i++) this._s.hiddenCols.add(col + i);
  }
  showColumns(col: number, n = 1): void {
    for (let i = 0; i < n; i++) this._s.hiddenCols.delete(col + i);
  }
  isColumnHiddenByUser(col: number): boolean {
    return this._s.hiddenCols.has(col);
  }
  hideRows(row: number, n = 1): void {
    for (let i = 0; i < n; i++) this._s.hiddenRows.add(row + i);
  }
  showRows(row: number, n = 1): void {
    for (let i = 0; i < n; i++) this._s.hiddenRows.delete(row + i);
  }
  isRowHiddenByUser(row: number): boolean {
    return this._s.hiddenRows.has(row);
  }
  hideSheet(): this {
    if (this._w.sheets.filter((s) => !s.hidden).length <= 1 && !this._s.hidden) throw new GasException("You can't hide all the sheets in a document.");
    this._s.hidden = true;
    return this;
  }
  showSheet(): this {
    this._s.hidden = false;
    return this;
  }
  isSheetHidden(): boolean {
    return this._s.hidden;
  }
  setTabColor(color: string | null): this {
    this._s.tabColor = color;
    return this;
  }
  getTabColor(): string | null {
    return this._s.tabColor;
  }

  // selection
  activate(): this {
    this._alive();
    this._w.active = this._s;
    return this;
  }
  setActiveRange(range: RangeT): RangeT {
    const r = range as unknown as RangeImpl;
    if (r._sheet !== this._s) throw new GasException('The range must be in the active sheet.');
    this._w.active = this._s;
    this._s.activeRange = { row: r._row, col: r._col, numRows: r._nr, numCols: r._nc };
    return range;
  }
  setActiveSelection(range: RangeT | string): RangeT {
    return this.setActiveRange(typeof range === 'string' ? this._w.rangeFromA1(range, this._s) : range);
  }
  getActiveRange(): RangeT {
    const a = this._s.activeRange;
    return this._w.rangeProxy(this._s, a.row, a.col, a.numRows, a.numCols);
  }
  getActiveCell(): RangeT {
    const a = this._s.activeRange;
    return this._w.rangeProxy(this._s, a.row, a.col, 1, 1);
  }

  // metadata / protection / copies
  getDeveloperMetadata(): GoogleAppsScript.Spreadsheet.DeveloperMetadata[] {
    return this._w.metadata.filter((m) => m.sheet === this._s).map((m) => this._w.metadataProxy(m));
  }
  addDeveloperMetadata(...args: unknown[]): this {
    this._w.addMetadata(this._s, args);
    return this;
  }
  createDeveloperMetadataFinder(): GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder {
    return counted(
      'DeveloperMetadataFinder',
      new MetadataFinderImpl(this._w, this._s),
      this._w,
    ) as unknown as GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder;
  }
  protect(): GoogleAppsScript.Spreadsheet.Protection {
    const existing = this._w.protections.find((p) => p.sheet === this._s && p.type === 'SHEET');
    if (existing) return this._w.protectionProxy(existing);
    const p: ProtectionModel = {
      type: 'SHEET',
      sheet: this._s,
      range: null,
      description: '',
      warningOnly: false,
      editors: [this._w.email],
      unprotected: [],
      domainEdit: true,
      removed: false,
    };
    this._w.protections.push(p);
    return this._w.protectionProxy(p);
  }
  getProtections(type: string): GoogleAppsScript.Spreadsheet.Protection[] {
    return this._w.protections.filter((p) => p.sheet === this._s && p.type === String(type)).map((p) => this._w.protectionProxy(p));
  }
  copyTo(spreadsheet: SpreadsheetT): SheetT {
    if ((spreadsheet as unknown as { getId(): string }).getId() !== this._w.id)
      throw new GasException('The fake only supports copying within the same spreadsheet.');
    const base = (this._w.locale.toLowerCase().startsWith('ru') ? 'Копия ' : 'Copy of ') + this._s.name;
    let name = base;
    for (let i = 2; this._w.sheetByName(name); i++) name = `${base} ${i}`;
    const copy = this._s.clone(this._w.newSheetId(), name);
    this._w.sheets.push(copy);
    return this._w.sheetProxy(copy);
  }
  getFilter(): null {
    return null;
  }
  getNamedRanges(): unknown[] {
    return [];
  }
}
