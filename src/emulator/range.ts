/** Range: values, formulas, number formats, validation, styles, notes, clearing, selection and protection. */
import { RichTextValueImpl, formulaLink, formulaValue, type MergeModel } from './rich-merge';
import { a1Of } from './a1';
import { DataValidationImpl, validationModelOf } from './builders';
import { counted } from './counting';
import { GasException } from './errors';
import { type Cell, copyValue, type ProtectionModel, SheetModel } from './model';
import { type CellValue, DEFAULT_NUMBER_FORMAT, type RangeT, type SheetT } from './types';
import type { World } from './world';

export class RangeImpl {
  constructor(
    readonly _w: World,
    readonly _sheet: SheetModel,
    readonly _row: number,
    readonly _col: number,
    readonly _nr: number,
    readonly _nc: number,
  ) {}

  private _grid<T>(f: (cell: Cell | undefined, r: number, c: number) => T): T[][] {
    const out: T[][] = new Array(this._nr);
    for (let i = 0; i < this._nr; i++) {
      const row: T[] = new Array(this._nc);
      const srcRow = this._sheet.rows[this._row - 1 + i];
      for (let j = 0; j < this._nc; j++) row[j] = f(srcRow?.[this._col - 1 + j], this._row + i, this._col + j);
      out[i] = row;
    }
    return out;
  }

  private _each(f: (r: number, c: number, i: number, j: number) => void): void {
    for (let i = 0; i < this._nr; i++) for (let j = 0; j < this._nc; j++) f(this._row + i, this._col + j, i, j);
  }

  private _checkShape(values: unknown, what = 'data'): unknown[][] {
    if (!Array.isArray(values))
      throw new GasException(`The parameters (${typeof values}) don't match the method signature for SpreadsheetApp.Range.setValues.`);
    if (values.length !== this._nr) {
      throw new GasException(
        `The number of rows in the ${what} does not match the number of rows in the range. The ${what} has ${values.length} but the range has ${this._nr}.`,
      );
    }
    for (const row of values) {
      if (!Array.isArray(row)) throw new GasException(`The parameters (number[]) don't match the method signature for SpreadsheetApp.Range.setValues.`);
      if (row.length !== this._nc) {
        throw new GasException(
          `The number of columns in the ${what} does not match the number of columns in the range. The ${what} has ${row.length} but the range has ${this._nc}.`,
        );
      }
    }
    return values as unknown[][];
  }

  private _setStyle(prop: string, value: unknown): this {
    this._each((r, c) => {
      const cell = this._sheet.ensure(r, c);
      cell.style = cell.style ?? {};
      if (value === null || value === undefined) delete cell.style[prop];
      else cell.style[prop] = value;
    });
    return this;
  }

  private _setStyles(prop: string, grid: unknown): this {
    const g = this._checkShape(grid);
    this._each((r, c, i, j) => {
      const cell = this._sheet.ensure(r, c);
      cell.style = cell.style ?? {};
      const value = g[i][j];
      if (value === null || value === undefined) delete cell.style[prop];
      else cell.style[prop] = value;
    });
    return this;
  }

  private _getStyles(prop: string, dflt: unknown): unknown[][] {
    return this._grid((cell) => cell?.style?.[prop] ?? dflt);
  }

  // values
  getValues(): CellValue[][] {
    return this._grid((cell) => (cell ? copyValue(cell.v) : ''));
  }
  getValue(): CellValue {
    const cell = this._sheet.get(this._row, this._col);
    return cell ? copyValue(cell.v) : '';
  }
  getDisplayValues(): string[][] {
    return this._grid((cell) => this._w.display(cell));
  }
  getDisplayValue(): string {
    return this._w.display(this._sheet.get(this._row, this._col));
  }
  setValues(values: unknown[][]): this {
    const g = this._checkShape(values);
    this._each((r, c, i, j) => this._w.write(this._sheet, r, c, g[i][j]));
    return this;
  }
  setValue(value: unknown): this {
    if (Array.isArray(value)) throw new GasException("The parameters (Array) don't match the method signature for SpreadsheetApp.Range.setValue.");
    this._each((r, c) => this._w.write(this._sheet, r, c, value));
    return this;
  }
  getFormulas(): string[][] {
    return this._grid((cell) => cell?.f ?? '');
  }
  getFormula(): string {
    return this._sheet.get(this._row, this._col)?.f ?? '';
  }
  setFormula(formula: string): this {
    this._each((r, c) => {
      const cell = this._sheet.ensure(r, c);
      if (formula === '') {
        delete cell.f;
        cell.v = '';
        return;
      }
      cell.f = formula.startsWith('=') ? formula : '=' + formula;
      cell.v = formulaValue(cell.f);
      delete cell.rich;
    });
    return this;
  }
  setFormulas(formulas: string[][]): this {
    const g = this._checkShape(formulas);
    this._each((r, c, i, j) => {
      const f = String(g[i][j] ?? '');
      const cell = this._sheet.ensure(r, c);
      if (f === '') {
        delete cell.f;
        cell.v = '';
      } else {
        cell.f = f;
        cell.v = formulaValue(f);
        delete cell.rich;
      }
    });
    return this;
  }
  isBlank(): boolean {
    return this._grid((cell) => SheetModel.hasContent(cell)).every((row) => row.every((x) => !x));
  }

  // geometry
  getRow(): number {
    return this._row;
  }
  getColumn(): number {
    return this._col;
  }
  getRowIndex(): number {
    return this._row;
  }
  getNumRows(): number {
    return this._nr;
  }
  getNumColumns(): number {
    return this._nc;
  }
  getHeight(): number {
    return this._nr;
  }
  getWidth(): number {
    return this._nc;
  }
  getLastRow(): number {
    return this._row + this._nr - 1;
  }
  getLastColumn(): number {
    return this._col + this._nc - 1;
  }
  getA1Notation(): string {
    return a1Of(this._row, this._col, this._nr, this._nc);
  }
  getSheet(): SheetT {
    return this._w.sheetProxy(this._sheet);
  }
  getGridId(): number {
    return this._sheet.id;
  }
  offset(rowOffset: number, colOffset: number, numRows?: number, numCols?: number): RangeT {
    return this._w.rangeProxy(this._sheet, this._row + rowOffset, this._col + colOffset, numRows ?? this._nr, numCols ?? this._nc);
  }
  getCell(row: number, col: number): RangeT {
    if (row < 1 || col < 1 || row > this._nr || col > this._nc) throw new GasException('Cell reference out of range');
    return this._w.rangeProxy(this._sheet, this._row + row - 1, this._col + col - 1, 1, 1);
  }

  // number formats
  setNumberFormat(fmt: string): this {
    this._each((r, c) => {
      this._sheet.ensure(r, c).fmt = fmt;
    });
    return this;
  }
  setNumberFormats(fmts: string[][]): this {
    const g = this._checkShape(fmts);
    this._each((r, c, i, j) => {
      this._sheet.ensure(r, c).fmt = String(g[i][j]);
    });
    return this;
  }
  getNumberFormat(): string {
    return this._sheet.get(this._row, this._col)?.fmt ?? DEFAULT_NUMBER_FORMAT;
  }
  getNumberFormats(): string[][] {
    return this._grid((cell) => cell?.fmt ?? DEFAULT_NUMBER_FORMAT);
  }

  // data validation
  setDataValidation(rule: GoogleAppsScript.Spreadsheet.DataValidation | null): this {
    const m = validationModelOf(rule);
    this._each((r, c) => {
      const cell = this._sheet.ensure(r, c);
      if (m) cell.dv = { ...m, values: [...m.values] };
      else delete cell.dv;
    });
    return this;
  }
  setDataValidations(rules: (GoogleAppsScript.Spreadsheet.DataValidation | null)[][]): this {
    const g = this._checkShape(rules);
    this._each((r, c, i, j) => {
      const m = validationModelOf(g[i][j]);
      const cell = this._sheet.ensure(r, c);
      if (m) cell.dv = m;
      else delete cell.dv;
    });
    return this;
  }
  clearDataValidations(): this {
    return this.setDataValidation(null);
  }
  getDataValidation(): GoogleAppsScript.Spreadsheet.DataValidation | null {
    const dv = this._sheet.get(this._row, this._col)?.dv;
    return dv ? (counted('DataValidation', new DataValidationImpl(dv, this._w), this._w) as unknown as GoogleAppsScript.Spreadsheet.DataValidation) : null;
  }
  getDataValidations(): (GoogleAppsScript.Spreadsheet.DataValidation | null)[][] {
    return this._grid((cell) =>
      cell?.dv
        ? (counted('DataValidation', new DataValidationImpl(cell.dv, this._w), this._w) as unknown as GoogleAppsScript.Spreadsheet.DataValidation)
        : null,
    );
  }
  insertCheckboxes(): this {
    this._each((r, c) => {
      const cell = this._sheet.ensure(r, c);
      cell.dv = { criteria: 'CHECKBOX', values: [], allowInvalid: false, helpText: '' };
      if (!SheetModel.hasContent(cell)) cell.v = false;
    });
    return this;
  }

  // formatting
  setBackground(color: string | null): this {
    return this._setStyle('background', color);
  }
  setBackgrounds(colors: string[][]): this {
    return this._setStyles('background', colors);
  }
  getBackground(): string {
    return String(this._getStyles('background', '#ffffff')[0][0]);
  }
  getBackgrounds(): string[][] {
    return this._getStyles('background', '#ffffff') as string[][];
  }
  setFontWeight(w: string | null): this {
    return this._setStyle('fontWeight', w);
  }
  setFontWeights(w: string[][]): this {
    return this._setStyles('fontWeight', w);
  }
  getFontWeight(): string {
    return String(this._getStyles('fontWeight', 'normal')[0][0]);
  }
  getFontWeights(): string[][] {
    return this._getStyles('fontWeight', 'normal') as string[][];
  }
  setFontColor(c: string | null): this {
    return this._setStyle('fontColor', c);
  }
  setFontColors(c: string[][]): this {
    return this._setStyles('fontColor', c);
  }
  getFontColor(): string {
    return String(this._getStyles('fontColor', '#000000')[0][0]);
  }
  setFontStyle(s: string | null): this {
    return this._setStyle('fontStyle', s);
  }
  setFontStyles(s: string[][]): this {
    return this._setStyles('fontStyle', s);
  }
  setFontSize(n: number): this {
    return this._setStyle('fontSize', n);
  }
  setFontFamily(f: string | null): this {
    return this._setStyle('fontFamily', f);
  }
  setFontLine(l: string | null): this {
    return this._setStyle('fontLine', l);
  }
  setHorizontalAlignment(a: string | null): this {
    return this._setStyle('horizontalAlignment', a);
  }
  setHorizontalAlignments(a: string[][]): this {
    return this._setStyles('horizontalAlignment', a);
  }
  setVerticalAlignment(a: string | null): this {
    return this._setStyle('verticalAlignment', a);
  }
  setVerticalAlignments(a: string[][]): this {
    return this._setStyles('verticalAlignment', a);
  }
  setWrap(w: boolean): this {
    return this._setStyle('wrap', w);
  }
  setWraps(w: boolean[][]): this {
    return this._setStyles('wrap', w);
  }
  getWrap(): boolean {
    return Boolean(this._getStyles('wrap', true)[0][0]);
  }
  getWraps(): boolean[][] {
    return this._getStyles('wrap', true) as boolean[][];
  }
  setWrapStrategy(s: string): this {
    return this._setStyle('wrapStrategy', s);
  }
  setWrapStrategies(s: string[][]): this {
    return this._setStyles('wrapStrategy', s);
  }
  setBorder(...args: unknown[]): this {
    return this._setStyle('border', args);
  }
  setTextRotation(deg: number): this {
    return this._setStyle('textRotation', deg);
  }
  // merged ranges: only the top-left cell keeps its value, as in Sheets
  merge(): this {
    return this._mergeBlocks([{ row: this._row, col: this._col, numRows: this._nr, numCols: this._nc }]);
  }
  mergeAcross(): this {
    return this._mergeBlocks(Array.from({ length: this._nr }, (_, i) => ({ row: this._row + i, col: this._col, numRows: 1, numCols: this._nc })));
  }
  mergeVertically(): this {
    return this._mergeBlocks(Array.from({ length: this._nc }, (_, j) => ({ row: this._row, col: this._col + j, numRows: this._nr, numCols: 1 })));
  }
  private _mergeBlocks(blocks: MergeModel[]): this {
    this.breakApart();
    for (const b of blocks) {
      if (b.numRows * b.numCols < 2) continue;
      for (let r = b.row; r < b.row + b.numRows; r++) {
        for (let c = b.col; c < b.col + b.numCols; c++) {
          const cell = this._sheet.get(r, c);
          if (cell && (r !== b.row || c !== b.col)) {
            cell.v = '';
            delete cell.f;
            delete cell.rich;
          }
        }
      }
      this._sheet.merges.push(b);
    }
    return this;
  }
  private _overlaps(m: MergeModel): boolean {
    return m.row < this._row + this._nr && m.row + m.numRows > this._row && m.col < this._col + this._nc && m.col + m.numCols > this._col;
  }
  breakApart(): this {
    this._sheet.merges = this._sheet.merges.filter((m) => !this._overlaps(m));
    return this;
  }
  getMergedRanges(): RangeT[] {
    return this._sheet.merges.filter((m) => this._overlaps(m)).map((m) => this._w.rangeProxy(this._sheet, m.row, m.col, m.numRows, m.numCols));
  }
  isPartOfMerge(): boolean {
    return this._sheet.merges.some((m) => this._overlaps(m));
  }

  // rich text: null for cells that hold no text, as Apps Script gives it
  getRichTextValues(): (RichTextValueImpl | null)[][] {
    return this._grid((cell) => {
      if (cell?.rich) return new RichTextValueImpl(cell.rich);
      if (!cell || typeof cell.v !== 'string') return cell && cell.v !== '' ? null : new RichTextValueImpl({ text: '', runs: [] });
      return new RichTextValueImpl({ text: cell.v, runs: cell.v ? [{ start: 0, end: cell.v.length, url: cell.f ? formulaLink(cell.f) : null }] : [] });
    });
  }
  getRichTextValue(): RichTextValueImpl | null {
    return this.getRichTextValues()[0][0];
  }
  setRichTextValues(values: (RichTextValueImpl | null)[][]): this {
    const g = this._checkShape(values);
    this._each((r, c, i, j) => {
      const v = g[i][j] as RichTextValueImpl | null;
      const cell = this._sheet.ensure(r, c);
      delete cell.f;
      if (!v) {
        cell.v = '';
        delete cell.rich;
        return;
      }
      cell.v = v._m.text;
      cell.rich = { text: v._m.text, runs: v._m.runs.map((x) => ({ ...x })) };
    });
    return this;
  }
  setRichTextValue(value: RichTextValueImpl | null): this {
    return this.setRichTextValues(Array.from({ length: this._nr }, () => Array.from({ length: this._nc }, () => value)));
  }

  // notes
  setNote(note: string | null): this {
    this._each((r, c) => {
      const cell = this._sheet.ensure(r, c);
      if (note === null || note === '') delete cell.note;
      else cell.note = String(note);
    });
    return this;
  }
  setNotes(notes: (string | null)[][]): this {
    const g = this._checkShape(notes);
    this._each((r, c, i, j) => {
      const cell = this._sheet.ensure(r, c);
      const n = g[i][j];
      if (n === null || n === undefined || n === '') delete cell.note;
      else cell.note = String(n);
    });
    return this;
  }
  getNote(): string {
    return this._sheet.get(this._row, this._col)?.note ?? '';
  }
  getNotes(): string[][] {
    return this._grid((cell) => cell?.note ?? '');
  }
  clearNote(): this {
    return this.setNote(null);
  }

  // clearing
  clear(options?: { contentsOnly?: boolean; formatOnly?: boolean; validationsOnly?: boolean; commentsOnly?: boolean }): this {
    const o = options ?? {};
    const any = o.contentsOnly || o.formatOnly || o.validationsOnly || o.commentsOnly;
    this._each((r, c) => {
      const cell = this._sheet.get(r, c);
      if (!cell) return;
      if (!any || o.contentsOnly) {
        cell.v = '';
        delete cell.f;
      }
      if (!any || o.formatOnly) {
        delete cell.fmt;
        delete cell.style;
      }
      if (o.validationsOnly) delete cell.dv;
      if (o.commentsOnly) delete cell.note;
    });
    return this;
  }
  clearContent(): this {
    return this.clear({ contentsOnly: true });
  }
  clearFormat(): this {
    return this.clear({ formatOnly: true });
  }

  // selection / protection
  activate(): this {
    this._w.active = this._sheet;
    this._sheet.activeRange = { row: this._row, col: this._col, numRows: this._nr, numCols: this._nc };
    return this;
  }
  activateAsCurrentCell(): this {
    return this.activate();
  }
  protect(): GoogleAppsScript.Spreadsheet.Protection {
    const p: ProtectionModel = {
      type: 'RANGE',
      sheet: this._sheet,
      range: { row: this._row, col: this._col, numRows: this._nr, numCols: this._nc },
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
}
