/** Protections, developer metadata and the metadata finder. */
import { counted } from './counting';
import { GasException } from './errors';
import type { MetadataModel, ProtectionModel, SheetModel } from './model';
import type { RangeImpl } from './range';
import type { RangeT } from './types';
import type { World } from './world';

export class ProtectionImpl {
  constructor(
    private readonly _w: World,
    readonly _p: ProtectionModel,
  ) {}
  getProtectionType(): string {
    return this._p.type;
  }
  setDescription(d: string): this {
    this._p.description = d;
    return this;
  }
  getDescription(): string {
    return this._p.description;
  }
  setWarningOnly(w: boolean): this {
    this._p.warningOnly = w;
    return this;
  }
  isWarningOnly(): boolean {
    return this._p.warningOnly;
  }
  addEditor(e: string | { getEmail(): string }): this {
    return this.addEditors([e]);
  }
  addEditors(es: (string | { getEmail(): string })[]): this {
    for (const e of es) {
      const email = typeof e === 'string' ? e : e.getEmail();
      if (!this._p.editors.includes(email)) this._p.editors.push(email);
    }
    return this;
  }
  removeEditor(e: string | { getEmail(): string }): this {
    return this.removeEditors([e]);
  }
  removeEditors(es: (string | { getEmail(): string })[]): this {
    const drop = new Set(es.map((e) => (typeof e === 'string' ? e : e.getEmail())));
    this._p.editors = this._p.editors.filter((x) => !drop.has(x));
    return this;
  }
  getEditors(): GoogleAppsScript.Base.User[] {
    return this._p.editors.map((email) => ({ getEmail: () => email, getUserLoginId: () => email }) as unknown as GoogleAppsScript.Base.User);
  }
  canEdit(): boolean {
    return this._p.editors.includes(this._w.email);
  }
  canDomainEdit(): boolean {
    return this._p.domainEdit;
  }
  setDomainEdit(e: boolean): this {
    this._p.domainEdit = e;
    return this;
  }
  setUnprotectedRanges(ranges: RangeT[]): this {
    if (this._p.type !== 'SHEET') throw new GasException('Unprotected ranges can only be set on a sheet protection.');
    this._p.unprotected = ranges.map((r) => {
      const x = r as unknown as RangeImpl;
      return { sheet: x._sheet, row: x._row, col: x._col, numRows: x._nr, numCols: x._nc };
    });
    return this;
  }
  getUnprotectedRanges(): RangeT[] {
    return this._p.unprotected.map((u) => this._w.rangeProxy(u.sheet, u.row, u.col, u.numRows, u.numCols));
  }
  getRange(): RangeT {
    const r = this._p.range ?? { row: 1, col: 1, numRows: this._p.sheet.maxRows, numCols: this._p.sheet.maxCols };
    return this._w.rangeProxy(this._p.sheet, r.row, r.col, r.numRows, r.numCols);
  }
  remove(): void {
    this._p.removed = true;
    this._w.protections = this._w.protections.filter((p) => p !== this._p);
  }
}

export class DeveloperMetadataImpl {
  constructor(
    private readonly _w: World,
    readonly _m: MetadataModel,
  ) {}
  getId(): number {
    return this._m.id;
  }
  getKey(): string {
    return this._m.key;
  }
  getValue(): string | null {
    return this._m.value;
  }
  getVisibility(): string {
    return this._m.visibility;
  }
  setKey(k: string): this {
    this._m.key = k;
    return this;
  }
  setValue(v: string): this {
    this._m.value = v;
    return this;
  }
  setVisibility(v: string): this {
    this._m.visibility = v;
    return this;
  }
  remove(): void {
    this._m.removed = true;
    this._w.metadata = this._w.metadata.filter((m) => m !== this._m);
  }
  getLocation(): unknown {
    const m = this._m;
    const w = this._w;
    return counted(
      'DeveloperMetadataLocation',
      {
        getLocationType: () => (m.sheet ? 'SHEET' : 'SPREADSHEET'),
        getSheet: () => (m.sheet ? w.sheetProxy(m.sheet) : null),
        getSpreadsheet: () => (m.sheet ? null : w.spreadsheetProxy),
      },
      w,
    );
  }
}

export class MetadataFinderImpl {
  private _filters: ((m: MetadataModel) => boolean)[] = [];
  constructor(
    private readonly _w: World,
    private readonly _scope: SheetModel | null,
  ) {}
  withKey(k: string): this {
    this._filters.push((m) => m.key === k);
    return this;
  }
  withValue(v: string): this {
    this._filters.push((m) => m.value === v);
    return this;
  }
  withId(id: number): this {
    this._filters.push((m) => m.id === id);
    return this;
  }
  withVisibility(v: string): this {
    this._filters.push((m) => m.visibility === v);
    return this;
  }
  withLocationType(t: string): this {
    this._filters.push((m) => (m.sheet ? 'SHEET' : 'SPREADSHEET') === t);
    return this;
  }
  find(): GoogleAppsScript.Spreadsheet.DeveloperMetadata[] {
    return this._w.metadata
      .filter((m) => (this._scope ? m.sheet === this._scope : true))
      .filter((m) => this._filters.every((f) => f(m)))
      .map((m) => this._w.metadataProxy(m));
  }
}
