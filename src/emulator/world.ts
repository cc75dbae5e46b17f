/**
 * The world: the shared state behind every service object (sheets, metadata, protections, properties,
 * caches, locks, triggers, UI records), the auth check, the two-execution interleaving, and the
 * operations several services share (writing a value as Sheets would, display text, proxies).
 */
import { zonedDate } from './dates';
import { formulaValue } from './rich-merge';
import * as path from 'path';
import { a1Of, parseA1 } from './a1';
import { convertEntered } from './coercion';
import { counted, Counter } from './counting';
import { displayText } from './display';
import { GasException } from './errors';
import { DeveloperMetadataImpl, ProtectionImpl } from './metadata';
import { type Cell, isDateLike, type MetadataModel, type ProtectionModel, SheetModel } from './model';
import { RangeImpl } from './range';
import { SheetImpl } from './sheet';
import type {
  AlertRecord,
  AuthModeName,
  ButtonName,
  DialogRecord,
  FakeGasOptions,
  HtmlOutputT,
  InterleaveOutcome,
  LockKind,
  MenuRecord,
  PromptRecord,
  PropertyScope,
  RangeT,
  SheetT,
  SidebarRecord,
  SpreadsheetT,
  ToastRecord,
  TriggerRecord,
} from './types';
import { HtmlOutputImpl } from './ui-html';

const PERMISSION_SCOPES: Record<string, string> = {
  SpreadsheetApp: 'https://www.googleapis.com/auth/spreadsheets.currentonly',
  PropertiesService: 'https://www.googleapis.com/auth/script.storage',
};

export class World {
  counter = new Counter();
  auth: AuthModeName;
  tz: string;
  scriptTz: string;
  locale: string;
  htmlDir: string;
  email: string;
  id: string;
  name: string;
  addonName: string;
  sheets: SheetModel[] = [];
  active: SheetModel;
  nextSheetId = 0;
  metadata: MetadataModel[] = [];
  nextMetadataId = 1;
  protections: ProtectionModel[] = [];
  props: Record<PropertyScope, Map<string, string>> = { document: new Map(), user: new Map(), script: new Map() };
  caches: Record<PropertyScope, Map<string, string>> = { document: new Map(), user: new Map(), script: new Map() };
  locks: Record<LockKind, 'self' | null> = { document: null, script: null, user: null };
  otherHolds: Record<LockKind, boolean> = { document: false, script: false, user: false };
  triggers: TriggerRecord[] = [];
  logs: string[] = [];
  slept = 0;
  /** Other spreadsheets SpreadsheetApp.openById opens (FakeGas.addSpreadsheet), and ids it refuses with a message. */
  others = new Map<string, World>();
  refusals = new Map<string, string>();
  /** A second execution to run at the `at`-th service call from now (see FakeGas.interleave). */
  interleaving: { at: number; calls: number; run: () => void; deferred: boolean; outcome: InterleaveOutcome } | null = null;

  /** Runs the armed second execution when its call comes: at once, or when this one releases its lock. */
  beforeCall(): void {
    const il = this.interleaving;
    if (!il || il.deferred || il.outcome !== 'pending') return;
    if (++il.calls < il.at) return;
    if (Object.values(this.locks).includes('self')) il.deferred = true;
    else this.runInterleaved('ran');
  }

  /** After a release: a second execution that was waiting for the lock gets it now. */
  afterRelease(): void {
    if (this.interleaving?.deferred && !Object.values(this.locks).includes('self')) this.runInterleaved('ran-after-lock');
  }

  private runInterleaved(outcome: InterleaveOutcome): void {
    const il = this.interleaving!;
    il.outcome = outcome;
    il.deferred = false;
    il.run();
  }
  ui = {
    menus: [] as MenuRecord[],
    sidebars: [] as SidebarRecord[],
    dialogs: [] as DialogRecord[],
    alerts: [] as AlertRecord[],
    prompts: [] as PromptRecord[],
    toasts: [] as ToastRecord[],
    alertQueue: [] as ButtonName[],
    promptQueue: [] as { button: ButtonName; text: string }[],
  };
  private sheetProxies = new Map<SheetModel, SheetT>();
  spreadsheetProxy!: SpreadsheetT;

  constructor(opts: FakeGasOptions) {
    this.auth = opts.authMode ?? 'FULL';
    this.tz = opts.timeZone ?? 'Europe/Moscow';
    this.scriptTz = opts.scriptTimeZone ?? this.tz;
    this.locale = opts.locale ?? 'ru_RU';
    this.htmlDir = opts.htmlDir ?? path.resolve(process.cwd(), 'dist');
    this.email = opts.userEmail ?? 'user@example.com';
    this.id = opts.spreadsheetId ?? 'fake-spreadsheet-id';
    this.name = opts.spreadsheetName ?? 'Fake spreadsheet';
    this.addonName = opts.addonName ?? 'Add-on';
    const seeds = opts.sheets ?? { [this.locale.toLowerCase().startsWith('ru') ? 'Лист1' : 'Sheet1']: [] };
    for (const [name, values] of Object.entries(seeds)) {
      const s = new SheetModel(this.newSheetId(), name);
      s.load(values);
      this.sheets.push(s);
    }
    if (this.sheets.length === 0) this.sheets.push(new SheetModel(this.newSheetId(), 'Sheet1'));
    const active = opts.activeSheet !== undefined ? this.sheets.find((s) => s.name === opts.activeSheet) : this.sheets[0];
    if (!active) throw new Error(`createFakeGas: activeSheet "${opts.activeSheet}" is not among the sheets`);
    this.active = active;
  }

  newSheetId(): number {
    const id = this.nextSheetId === 0 ? 0 : 100000000 + this.nextSheetId * 7919;
    this.nextSheetId++;
    return id;
  }

  /** Throws Apps Script's permission error when the current auth mode forbids data access. */
  requireData(method: string): void {
    if (this.auth === 'NONE') {
      const service = method.split('.')[0];
      const scope = PERMISSION_SCOPES[service] ?? PERMISSION_SCOPES.SpreadsheetApp;
      throw new GasException(`You do not have permission to call ${method}. Required permissions: ${scope}`);
    }
  }

  dataGuard = (method: string): void => this.requireData(method);

  sheetByName(name: string): SheetModel | undefined {
    return this.sheets.find((s) => s.name === name);
  }

  sheetOrThrow(name: string): SheetModel {
    const s = this.sheetByName(name);
    if (!s) throw new Error(`fake: no sheet named "${name}" (sheets: ${this.sheets.map((x) => x.name).join(', ')})`);
    return s;
  }

  sheetProxy(model: SheetModel): SheetT {
    let p = this.sheetProxies.get(model);
    if (!p) {
      p = counted('Sheet', new SheetImpl(this, model), this, this.dataGuard) as unknown as SheetT;
      this.sheetProxies.set(model, p);
    }
    return p;
  }

  rangeProxy(sheet: SheetModel, row: number, col: number, numRows: number, numCols: number): RangeT {
    return counted('Range', this.rangeImpl(sheet, row, col, numRows, numCols), this, this.dataGuard) as unknown as RangeT;
  }

  rangeImpl(sheet: SheetModel, row: number, col: number, numRows: number, numCols: number): RangeImpl {
    if (row < 1) throw new GasException('The starting row of the range is too small.');
    if (col < 1) throw new GasException('The starting column of the range is too small.');
    if (numRows < 1) throw new GasException('The number of rows in the range must be at least 1.');
    if (numCols < 1) throw new GasException('The number of columns in the range must be at least 1.');
    sheet.grow(row + numRows - 1, col + numCols - 1);
    return new RangeImpl(this, sheet, row, col, numRows, numCols);
  }

  rangeFromA1(a1: string, defaultSheet: SheetModel): RangeT {
    const p = parseA1(a1, (name) => {
      const s = name === undefined ? defaultSheet : this.sheetByName(name);
      return s ? { maxRows: s.maxRows, maxCols: s.maxCols } : { maxRows: 1000, maxCols: 26 };
    });
    const sheet = p.sheet === undefined ? defaultSheet : this.sheetByName(p.sheet);
    if (!sheet) throw new GasException('Range not found');
    return this.rangeProxy(sheet, p.row, p.col, p.numRows, p.numCols);
  }

  /** Writes one value as setValue(s) would. */
  write(sheet: SheetModel, r: number, c: number, raw: unknown): void {
    if (raw === null || raw === undefined || raw === '') {
      const cell = sheet.get(r, c);
      if (cell) {
        cell.v = '';
        delete cell.f;
      }
      return;
    }
    const cell = sheet.ensure(r, c);
    delete cell.rich;
    if (typeof raw === 'string') {
      const conv = convertEntered(raw, cell.fmt, this.tz, this.locale);
      cell.v = conv.f !== undefined ? formulaValue(conv.f) : conv.v;
      if (conv.f !== undefined) cell.f = conv.f;
      else delete cell.f;
      if (conv.fmt !== undefined) cell.fmt = conv.fmt;
    } else if (typeof raw === 'number' && Number.isFinite(raw) && isDateFormat(cell.fmt)) {
      // As in Sheets: a number written into a date-formatted cell is that day (a serial day number).
      cell.v = dateOfSerial(raw, this.tz);
      delete cell.f;
    } else if (typeof raw === 'number' || typeof raw === 'boolean') {
      cell.v = raw;
      delete cell.f;
    } else if (isDateLike(raw)) {
      cell.v = new Date(raw.getTime());
      delete cell.f;
    } else {
      throw new GasException(
        `Unsupported value type written to ${sheet.name}!${a1Of(r, c)}: ${Object.prototype.toString.call(raw)} (the fake refuses objects and arrays as cell values)`,
      );
    }
  }

  /** The text getDisplayValue(s) shows for a cell, in the spreadsheet's time zone and locale. */
  display(cell: Cell | undefined): string {
    return displayText(cell, this.tz, this.locale);
  }

  removeSheet(model: SheetModel): void {
    if (this.sheets.length === 1) throw new GasException("You can't remove all the sheets in a document.");
    const i = this.sheets.indexOf(model);
    if (i < 0) throw new GasException('Sheet not found');
    this.sheets.splice(i, 1);
    model.deleted = true;
    for (const m of this.metadata) if (m.sheet === model) m.removed = true;
    this.metadata = this.metadata.filter((m) => !m.removed);
    this.protections = this.protections.filter((p) => p.sheet !== model);
    if (this.active === model) this.active = this.sheets[Math.max(0, i - 1)];
  }

  checkNewName(name: string): void {
    if (this.sheets.some((s) => s.name === name)) {
      throw new GasException(`A sheet with the name "${name}" already exists. Please enter another name.`);
    }
    if (name.length > 100) throw new GasException('Sheet name is too long.');
  }

  untitledName(): string {
    const base = this.locale.toLowerCase().startsWith('ru') ? 'Лист' : 'Sheet';
    let i = this.sheets.length + 1;
    while (this.sheetByName(base + i)) i++;
    return base + i;
  }

  metadataProxy(m: MetadataModel): GoogleAppsScript.Spreadsheet.DeveloperMetadata {
    return counted('DeveloperMetadata', new DeveloperMetadataImpl(this, m), this, this.dataGuard) as unknown as GoogleAppsScript.Spreadsheet.DeveloperMetadata;
  }

  addMetadata(sheet: SheetModel | null, args: unknown[]): void {
    const [key, a, b] = args as [string, string | undefined, string | undefined];
    if (typeof key !== 'string' || key === '') throw new GasException('Invalid argument: key');
    let value: string | null = null;
    let visibility = 'DOCUMENT';
    if (args.length === 2) {
      if (a === 'DOCUMENT' || a === 'PROJECT') visibility = a;
      else value = a === undefined ? null : String(a);
    } else if (args.length >= 3) {
      value = a === undefined || a === null ? null : String(a);
      visibility = String(b ?? 'DOCUMENT');
    }
    this.metadata.push({ id: this.nextMetadataId++, key, value, visibility, sheet, removed: false });
  }

  protectionProxy(p: ProtectionModel): GoogleAppsScript.Spreadsheet.Protection {
    return counted('Protection', new ProtectionImpl(this, p), this, this.dataGuard) as unknown as GoogleAppsScript.Spreadsheet.Protection;
  }

  htmlOutput(content: string): HtmlOutputT {
    return counted('HtmlOutput', new HtmlOutputImpl(content), this) as unknown as HtmlOutputT;
  }
}

/** A number format that shows a date (days, months or years), not text in quotes. */
function isDateFormat(fmt: string | undefined): boolean {
  if (!fmt || fmt === '@') return false;
  return /[dy]/i.test(fmt.replace(/"[^"]*"|\\./g, ''));
}

/** Sheets' serial day number (days since 30.12.1899, fractions are the time) as a date in the zone. */
function dateOfSerial(serial: number, tz: string): Date {
  const ms = Math.round((serial - 25569) * 86400000);
  const u = new Date(ms);
  return zonedDate(tz, u.getUTCFullYear(), u.getUTCMonth() + 1, u.getUTCDate(), u.getUTCHours(), u.getUTCMinutes(), u.getUTCSeconds());
}
