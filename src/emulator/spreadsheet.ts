/** Spreadsheet (the bound document) and the SpreadsheetApp service. */
import { RichTextValueBuilderImpl } from './rich-merge';
import { ConditionalFormatRuleBuilderImpl, newValidationBuilder } from './builders';
import { counted } from './counting';
import {
  BorderStyle,
  DataValidationCriteria,
  DeveloperMetadataLocationType,
  DeveloperMetadataVisibility,
  Dimension,
  ProtectionType,
  WrapStrategy,
} from './enums';
import { GasException } from './errors';
import { MetadataFinderImpl } from './metadata';
import { SheetModel } from './model';
import type { RangeImpl } from './range';
import { SheetImpl } from './sheet';
import type { CellValue, RangeT, SheetT, SpreadsheetT } from './types';
import { UiImpl } from './ui-html';
import type { World } from './world';

export class SpreadsheetImpl {
  constructor(private readonly _w: World) {}
  getId(): string {
    return this._w.id;
  }
  getName(): string {
    return this._w.name;
  }
  rename(name: string): void {
    this._w.name = name;
  }
  getUrl(): string {
    return `https://docs.google.com/spreadsheets/d/${this._w.id}/edit`;
  }
  getSpreadsheetTimeZone(): string {
    return this._w.tz;
  }
  setSpreadsheetTimeZone(tz: string): void {
    this._w.tz = tz;
  }
  getSpreadsheetLocale(): string {
    return this._w.locale;
  }
  setSpreadsheetLocale(l: string): void {
    this._w.locale = l;
  }
  getSheets(): SheetT[] {
    return this._w.sheets.map((s) => this._w.sheetProxy(s));
  }
  getNumSheets(): number {
    return this._w.sheets.length;
  }
  getSheetByName(name: string): SheetT | null {
    const s = this._w.sheetByName(name);
    return s ? this._w.sheetProxy(s) : null;
  }
  getSheetById(id: number): SheetT | null {
    const s = this._w.sheets.find((x) => x.id === id);
    return s ? this._w.sheetProxy(s) : null;
  }
  getActiveSheet(): SheetT {
    return this._w.sheetProxy(this._w.active);
  }
  setActiveSheet(sheet: SheetT): SheetT {
    const s = (sheet as unknown as SheetImpl)._s;
    if (!s || s.deleted) throw new GasException('Invalid argument: sheet');
    this._w.active = s;
    return sheet;
  }
  getActiveRange(): RangeT {
    const a = this._w.active.activeRange;
    return this._w.rangeProxy(this._w.active, a.row, a.col, a.numRows, a.numCols);
  }
  setActiveRange(range: RangeT): RangeT {
    return new SheetImpl(this._w, (range as unknown as RangeImpl)._sheet).setActiveRange(range);
  }
  setActiveSelection(range: RangeT | string): RangeT {
    const r = typeof range === 'string' ? this._w.rangeFromA1(range, this._w.active) : range;
    return this.setActiveRange(r);
  }
  getRange(a1: string): RangeT {
    return this._w.rangeFromA1(a1, this._w.active);
  }
  getRangeByName(_name: string): RangeT | null {
    return null;
  }
  getSheetValues(row: number, col: number, nr: number, nc: number): CellValue[][] {
    return new SheetImpl(this._w, this._w.active).getSheetValues(row, col, nr, nc);
  }
  insertSheet(...args: unknown[]): SheetT {
    let name: string | undefined;
    let index: number | undefined;
    let template: SheetModel | undefined;
    for (const a of args) {
      if (typeof a === 'string') name = a;
      else if (typeof a === 'number') index = a;
      else if (a && typeof a === 'object' && 'template' in a) {
        const t = (a as { template?: SheetT }).template;
        if (t) template = (t as unknown as SheetImpl)._s;
      }
    }
    const finalName = name ?? this._w.untitledName();
    this._w.checkNewName(finalName);
    const model = template ? template.clone(this._w.newSheetId(), finalName) : new SheetModel(this._w.newSheetId(), finalName);
    const at = index === undefined ? this._w.sheets.length : Math.max(0, Math.min(index, this._w.sheets.length));
    this._w.sheets.splice(at, 0, model);
    this._w.active = model;
    return this._w.sheetProxy(model);
  }
  deleteSheet(sheet: SheetT): void {
    this._w.removeSheet((sheet as unknown as SheetImpl)._s);
  }
  deleteActiveSheet(): SheetT {
    this._w.removeSheet(this._w.active);
    return this._w.sheetProxy(this._w.active);
  }
  duplicateActiveSheet(): SheetT {
    const copy = new SheetImpl(this._w, this._w.active).copyTo(this._w.spreadsheetProxy);
    const model = (copy as unknown as SheetImpl)._s;
    this._w.sheets.splice(this._w.sheets.indexOf(model), 1);
    this._w.sheets.splice(this._w.sheets.indexOf(this._w.active) + 1, 0, model);
    this._w.active = model;
    return copy;
  }
  moveActiveSheet(pos: number): void {
    const s = this._w.active;
    this._w.sheets.splice(this._w.sheets.indexOf(s), 1);
    this._w.sheets.splice(Math.max(0, Math.min(pos - 1, this._w.sheets.length)), 0, s);
  }
  toast(message: string, title?: string, timeoutSeconds?: number): void {
    this._w.ui.toasts.push({ message: String(message), title, timeoutSeconds });
  }
  getDeveloperMetadata(): GoogleAppsScript.Spreadsheet.DeveloperMetadata[] {
    return this._w.metadata.filter((m) => m.sheet === null).map((m) => this._w.metadataProxy(m));
  }
  addDeveloperMetadata(...args: unknown[]): this {
    this._w.addMetadata(null, args);
    return this;
  }
  createDeveloperMetadataFinder(): GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder {
    return counted(
      'DeveloperMetadataFinder',
      new MetadataFinderImpl(this._w, null),
      this._w,
    ) as unknown as GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder;
  }
  getProtections(type: string): GoogleAppsScript.Spreadsheet.Protection[] {
    return this._w.protections.filter((p) => p.type === String(type)).map((p) => this._w.protectionProxy(p));
  }
  getOwner(): GoogleAppsScript.Base.User {
    const email = this._w.email;
    return { getEmail: () => email } as unknown as GoogleAppsScript.Base.User;
  }
}

export class SpreadsheetAppImpl {
  DeveloperMetadataVisibility = DeveloperMetadataVisibility;
  DeveloperMetadataLocationType = DeveloperMetadataLocationType;
  ProtectionType = ProtectionType;
  DataValidationCriteria = DataValidationCriteria;
  WrapStrategy = WrapStrategy;
  BorderStyle = BorderStyle;
  Dimension = Dimension;
  constructor(private readonly _w: World) {}
  private _ss(method: string): SpreadsheetT {
    this._w.requireData(`SpreadsheetApp.${method}`);
    return this._w.spreadsheetProxy;
  }
  getActive(): SpreadsheetT {
    return this._ss('getActive');
  }
  getActiveSpreadsheet(): SpreadsheetT {
    return this._ss('getActiveSpreadsheet');
  }
  getActiveSheet(): SheetT {
    this._ss('getActiveSheet');
    return this._w.sheetProxy(this._w.active);
  }
  getActiveRange(): RangeT {
    this._ss('getActiveRange');
    const a = this._w.active.activeRange;
    return this._w.rangeProxy(this._w.active, a.row, a.col, a.numRows, a.numCols);
  }
  getCurrentCell(): RangeT {
    this._ss('getCurrentCell');
    const a = this._w.active.activeRange;
    return this._w.rangeProxy(this._w.active, a.row, a.col, 1, 1);
  }
  setActiveSheet(sheet: SheetT): SheetT {
    this._ss('setActiveSheet');
    return new SpreadsheetImpl(this._w).setActiveSheet(sheet);
  }
  setActiveRange(range: RangeT): RangeT {
    this._ss('setActiveRange');
    return new SpreadsheetImpl(this._w).setActiveRange(range);
  }
  openById(id: string): SpreadsheetT {
    if (this._w.auth !== 'FULL')
      throw new GasException('You do not have permission to call SpreadsheetApp.openById. Required permissions: https://www.googleapis.com/auth/spreadsheets');
    if (id === this._w.id) return this._w.spreadsheetProxy;
    const other = this._w.others.get(id);
    if (other) return other.spreadsheetProxy;
    throw new GasException(this._w.refusals.get(id) ?? `Unexpected error while getting the method or property openById on object SpreadsheetApp.`);
  }
  flush(): void {
    /* writes are synchronous in the fake */
  }
  getUi(): GoogleAppsScript.Base.Ui {
    return counted('Ui', new UiImpl(this._w), this._w) as unknown as GoogleAppsScript.Base.Ui;
  }
  newRichTextValue(): GoogleAppsScript.Spreadsheet.RichTextValueBuilder {
    return counted('RichTextValueBuilder', new RichTextValueBuilderImpl(), this._w) as unknown as GoogleAppsScript.Spreadsheet.RichTextValueBuilder;
  }
  newDataValidation(): GoogleAppsScript.Spreadsheet.DataValidationBuilder {
    return newValidationBuilder(this._w);
  }
  newConditionalFormatRule(): GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder {
    return counted(
      'ConditionalFormatRuleBuilder',
      new ConditionalFormatRuleBuilderImpl(this._w),
      this._w,
    ) as unknown as GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder;
  }
}
