/**
 * A typed, in-memory fake of the Apps Script services this project uses.
 *
 * - Every method call on every service object (SpreadsheetApp, Spreadsheet, Sheet, Range, Ui, Menu,
 *   Properties, Lock, HtmlOutput, ...) is counted as "Type.method" in `fake.calls`, so tests can prove
 *   that reading or writing a sheet costs a constant number of calls whatever its size.
 * - Helpers on the fake itself (`sheetValues`, `numberFormats`, `formulas`, `validations`, `loadSheet`,
 *   ...) bypass the counter and the auth checks: they are for arranging and asserting.
 * - Writes behave like Sheets: a string starting with "=" becomes a formula and strings that look like
 *   numbers, percents, dates or booleans are converted, unless the cell's number format is "@" (text).
 * - In AuthMode.NONE every spreadsheet-data and PropertiesService access throws, like Apps Script.
 *
 * The service objects are partial implementations cast to the @types/google-apps-script interfaces, so
 * production code typed against the real API runs against them unchanged. Enum values are strings equal
 * to the enum member name ("NONE", "YES", "DOCUMENT", ...): `String(ScriptApp.AuthMode.NONE) === 'NONE'`
 * holds here as it does in Apps Script.
 */
import * as fs from 'fs';
import * as path from 'path';
import { randomUUID } from 'crypto';

type SpreadsheetT = GoogleAppsScript.Spreadsheet.Spreadsheet;
type SheetT = GoogleAppsScript.Spreadsheet.Sheet;
type RangeT = GoogleAppsScript.Spreadsheet.Range;
type HtmlOutputT = GoogleAppsScript.HTML.HtmlOutput;

// ---------------------------------------------------------------------------------------------------
// Public types
// ---------------------------------------------------------------------------------------------------

export type CellValue = string | number | boolean | Date;
export type SeedValue = string | number | boolean | Date | null;
export type AuthModeName = 'NONE' | 'LIMITED' | 'FULL' | 'CUSTOM_FUNCTION';
export type LockKind = 'document' | 'script' | 'user';
export type PropertyScope = 'document' | 'user' | 'script';
/** 'pending': the call never came (the first execution ended before it). */
export type InterleaveOutcome = 'pending' | 'ran' | 'ran-after-lock';
export type ButtonName = 'OK' | 'CANCEL' | 'YES' | 'NO' | 'CLOSE';
export type ButtonSetName = 'OK' | 'OK_CANCEL' | 'YES_NO' | 'YES_NO_CANCEL';

/** The number format Sheets reports for a cell nobody formatted. */
export const DEFAULT_NUMBER_FORMAT = '0.###############';
export const TEXT_FORMAT = '@';

export interface FakeGasOptions {
  /** Spreadsheet time zone; default "Europe/Moscow". */
  timeZone?: string;
  /** Script time zone (Session.getScriptTimeZone); default: the spreadsheet time zone. */
  scriptTimeZone?: string;
  /** Spreadsheet locale: "ru_RU" (default) shows decimal commas and dd.MM.yyyy; "en_US" dots and M/d/yyyy. */
  locale?: string;
  /** Initial sheets, in tab order. Values are stored as given (no conversion); null means empty. */
  sheets?: Record<string, SeedValue[][]>;
  activeSheet?: string;
  authMode?: AuthModeName;
  /** Directory where HtmlService.createHtmlOutputFromFile finds NAME.html; default "<cwd>/dist". */
  htmlDir?: string;
  userEmail?: string;
  spreadsheetId?: string;
  spreadsheetName?: string;
  /** The name Apps Script shows for createAddonMenu(); recorded as the menu title. */
  addonName?: string;
}

export type MenuEntry =
  | { kind: 'item'; caption: string; functionName: string }
  | { kind: 'separator' }
  | { kind: 'submenu'; title: string; items: MenuEntry[] };

export interface MenuRecord {
  /** createMenu(caption) caption, or the add-on name for createAddonMenu(). */
  title: string;
  addon: boolean;
  items: MenuEntry[];
}

export interface SidebarRecord { title: string; html: string; width?: number }
export interface DialogRecord { title: string; html: string; width?: number; height?: number; modal: boolean }
export interface AlertRecord { title?: string; prompt: string; buttons: ButtonSetName; response: ButtonName }
export interface PromptRecord extends AlertRecord { text: string }
export interface ToastRecord { message: string; title?: string; timeoutSeconds?: number }

export interface FakeUi {
  menus: MenuRecord[];
  sidebars: SidebarRecord[];
  dialogs: DialogRecord[];
  alerts: AlertRecord[];
  prompts: PromptRecord[];
  toasts: ToastRecord[];
  /** The next alert() returns this button. Without a queued response: OK for OK/OK_CANCEL, else CLOSE. */
  queueAlertResponse(button: ButtonName): void;
  /** The next prompt() returns this button and text. */
  queuePromptResponse(button: ButtonName, text?: string): void;
  /** Every menu item of every menu, flattened, with its path of (sub)menu titles. */
  menuItems(): { path: string[]; caption: string; functionName: string }[];
}

export interface CallLog {
  total(): number;
  byMethod(): Record<string, number>;
  /** Count of one method, e.g. count("Range.getValues"). */
  count(method: string): number;
  reset(): void;
  log: string[];
}

export interface ValidationRecord {
  criteria: string;
  values: unknown[];
  allowInvalid: boolean;
  helpText: string;
}

export interface MetadataRecord {
  id: number;
  key: string;
  value: string | null;
  visibility: string;
  /** "SPREADSHEET" or the sheet name. */
  location: string;
}

export interface ProtectionRecord {
  type: 'SHEET' | 'RANGE';
  sheet: string;
  a1: string | null;
  description: string;
  warningOnly: boolean;
  editors: string[];
  unprotected: string[];
  domainEdit: boolean;
}

export interface TriggerRecord {
  id: string;
  handler: string;
  kind: 'CLOCK' | 'ON_OPEN' | 'ON_EDIT' | 'ON_CHANGE' | 'ON_FORM_SUBMIT';
  details: Record<string, unknown>;
}

export type FakeSpreadsheet = SpreadsheetT;

export interface FakeGas {
  SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  PropertiesService: GoogleAppsScript.Properties.PropertiesService;
  LockService: GoogleAppsScript.Lock.LockService;
  HtmlService: GoogleAppsScript.HTML.HtmlService;
  Session: GoogleAppsScript.Base.Session;
  Utilities: GoogleAppsScript.Utilities.Utilities;
  ScriptApp: GoogleAppsScript.Script.ScriptApp;
  CacheService: GoogleAppsScript.Cache.CacheService;
  Logger: GoogleAppsScript.Base.Logger;
  Charts: GoogleAppsScript.Charts.Charts;
  calls: CallLog;
  ui: FakeUi;
  /** The bound spreadsheet, through the counter and the auth checks (as production code sees it). */
  spreadsheet: FakeSpreadsheet;
  /** { SpreadsheetApp, PropertiesService, ... } to put into a vm context or onto globalThis. */
  globals(): Record<string, unknown>;
  /** Assign globals() onto target (default globalThis); returns a function restoring the previous values. */
  installGlobals(target?: Record<string, unknown>): () => void;

  // ---- state control (not counted) ----
  authMode(): AuthModeName;
  setAuthMode(mode: AuthModeName): void;
  /** An onOpen/onInstall event object for the current auth mode (no `source` in NONE). */
  openEvent(): { authMode: unknown; source?: SpreadsheetT; user?: unknown };
  simulateOtherExecutionHoldingLock(held: boolean, kind?: LockKind): void;
  /**
   * Two executions on the same document: `other` runs (whole, nested) just before the `atCall`-th
   * service call from now. If this execution holds a lock at that moment, `other` waits for it, as
   * waitLock would, and runs right after the release. `interleaved()` tells what happened.
   */
  interleave(atCall: number, other: () => void): void;
  interleaved(): InterleaveOutcome;
  lockState(): Record<LockKind, 'self' | 'other' | null>;
  /** Replace (or create) a sheet with raw values (no conversion), outside the counter. */
  loadSheet(name: string, values: SeedValue[][]): void;

  // ---- snapshots (not counted) ----
  sheetNames(): string[];
  activeSheetName(): string;
  /** Raw values; default extent is the data extent (getLastRow x getLastColumn). Formula cells are "". */
  sheetValues(sheet: string, a1?: string): CellValue[][];
  displayValues(sheet: string, a1?: string): string[][];
  /** Number formats, DEFAULT_NUMBER_FORMAT where unset; default extent covers data and formatted cells. */
  numberFormats(sheet: string, a1?: string): string[][];
  /** Formulas, "" where none. */
  formulas(sheet: string, a1?: string): string[][];
  validations(sheet: string, a1?: string): (ValidationRecord | null)[][];
  /** Everything stored for one cell (value, formula, format, validation, note, styles). */
  cell(sheet: string, a1: string): { value: CellValue; formula: string | null; format: string; validation: ValidationRecord | null; note: string; styles: Record<string, unknown> };
  frozenRows(sheet: string): number;
  columnWidths(sheet: string): Record<number, number>;
  properties(scope: PropertyScope): Record<string, string>;
  metadata(): MetadataRecord[];
  protections(): ProtectionRecord[];
  /** Conditional format rules of a sheet, as recorded. */
  conditionalRules(sheet: string): ConditionalRuleRecord[];
  /** Embedded charts of a sheet, as recorded. */
  charts(sheet: string): ChartRecord[];
  triggers(): TriggerRecord[];
  logs: string[];
  /** Total milliseconds passed to Utilities.sleep. */
  sleptMs(): number;
}

// ---------------------------------------------------------------------------------------------------
// Errors
// ---------------------------------------------------------------------------------------------------

/** Apps Script errors print as "Exception: message". */
export class GasException extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'Exception';
  }
}

// ---------------------------------------------------------------------------------------------------
// Dates and time zones
// ---------------------------------------------------------------------------------------------------

interface ZonedParts { year: number; month: number; day: number; hour: number; minute: number; second: number; ms: number; weekday: number }

const dtfCache = new Map<string, Intl.DateTimeFormat>();
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function zonedParts(date: Date, tz: string): ZonedParts {
  let f = dtfCache.get(tz);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: tz, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric',
      hour: 'numeric', minute: 'numeric', second: 'numeric', weekday: 'short', era: 'short',
    });
    dtfCache.set(tz, f);
  }
  const out: Record<string, string> = {};
  for (const p of f.formatToParts(date)) out[p.type] = p.value;
  let year = Number(out.year);
  if (out.era === 'BC' || out.era === 'B') year = 1 - year;
  return {
    year, month: Number(out.month), day: Number(out.day), hour: Number(out.hour) % 24,
    minute: Number(out.minute), second: Number(out.second), ms: date.getUTCMilliseconds(),
    weekday: WEEKDAYS.indexOf(out.weekday),
  };
}

function tzOffsetMs(date: Date, tz: string): number {
  const p = zonedParts(date, tz);
  return Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second, p.ms) - date.getTime();
}

/** The instant at which the wall clock in `tz` shows the given local date and time. */
export function zonedDate(tz: string, year: number, month: number, day: number, hour = 0, minute = 0, second = 0): Date {
  const guess = Date.UTC(year, month - 1, day, hour, minute, second);
  let t = guess - tzOffsetMs(new Date(guess), tz);
  t = guess - tzOffsetMs(new Date(t), tz);
  return new Date(t);
}

function pad(n: number, width: number): string {
  const s = String(Math.abs(n));
  return (n < 0 ? '-' : '') + (s.length >= width ? s : '0'.repeat(width - s.length) + s);
}

/**
 * Utilities.formatDate: a SimpleDateFormat subset (y, M, d, H, h, m, s, S, a, E, Z, X, 'literal').
 */
export function formatDate(date: Date, tz: string, pattern: string): string {
  if (!(date instanceof Date) || Number.isNaN(date.getTime())) throw new GasException('Invalid argument: date');
  const p = zonedParts(date, tz);
  const off = Math.round(tzOffsetMs(date, tz) / 60000);
  const offStr = (sep: string) => (off >= 0 ? '+' : '-') + pad(Math.floor(Math.abs(off) / 60), 2) + sep + pad(Math.abs(off) % 60, 2);
  return pattern.replace(/'([^']*)'|y+|M+|d+|H+|h+|m+|s+|S+|a|E+|Z+|X+|z+|u/g, (tok, lit: string | undefined) => {
    if (lit !== undefined) return lit === '' ? "'" : lit;
    const c = tok[0];
    const n = tok.length;
    switch (c) {
      case 'y': return n === 2 ? pad(p.year % 100, 2) : pad(p.year, n);
      case 'M': return n >= 4 ? MONTH_NAMES[p.month - 1] : n === 3 ? MONTH_NAMES[p.month - 1].slice(0, 3) : pad(p.month, n);
      case 'd': return pad(p.day, n);
      case 'H': return pad(p.hour, n);
      case 'h': return pad(p.hour % 12 === 0 ? 12 : p.hour % 12, n);
      case 'm': return pad(p.minute, n);
      case 's': return pad(p.second, n);
      case 'S': return pad(p.ms, 3).slice(0, Math.max(n, 3)).padEnd(n, '0');
      case 'a': return p.hour < 12 ? 'AM' : 'PM';
      case 'E': return n >= 4 ? WEEKDAY_NAMES[p.weekday] : WEEKDAYS[p.weekday];
      case 'u': return String(p.weekday === 0 ? 7 : p.weekday);
      case 'Z': return offStr('');
      case 'X': return off === 0 ? 'Z' : n === 1 ? offStr('').slice(0, 3) : offStr(n >= 3 ? ':' : '');
      case 'z': return 'GMT' + offStr(':');
      default: return tok;
    }
  });
}

/** Converts a Sheets number-format date pattern ("dd.mm.yyyy hh:mm") to a formatDate pattern. */
function sheetsDatePattern(fmt: string): string {
  const tokens = fmt.match(/"[^"]*"|\\.|yyyy|yy|y|mmmm|mmm|mm|m|dddd|ddd|dd|d|hh|h|ss|s|am\/pm|./gi) ?? [];
  let out = '';
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const lower = t.toLowerCase();
    if (t.startsWith('"')) { out += `'${t.slice(1, -1)}'`; continue; }
    if (t.startsWith('\\')) { out += `'${t.slice(1)}'`; continue; }
    if (/^y+$/.test(lower)) { out += lower.length <= 2 ? 'yy' : 'yyyy'; continue; }
    if (/^d+$/.test(lower)) { out += lower.length >= 3 ? 'E'.repeat(lower.length) : lower; continue; }
    if (/^h+$/.test(lower)) { out += lower.length === 1 ? 'H' : 'HH'; continue; }
    if (/^s+$/.test(lower)) { out += lower; continue; }
    if (lower === 'am/pm') { out += 'a'; continue; }
    if (/^m+$/.test(lower)) {
      // Minutes if after an hour token or before a seconds token, otherwise month.
      const prev = tokens.slice(0, i).reverse().find((x) => /^[a-z]/i.test(x) && !/^["\\]/.test(x));
      const next = tokens.slice(i + 1).find((x) => /^[a-z]/i.test(x) && !/^["\\]/.test(x));
      const minute = (prev !== undefined && /^h+$/i.test(prev)) || (next !== undefined && /^s+$/i.test(next));
      out += minute ? (lower.length === 1 ? 'm' : 'mm') : lower.length >= 3 ? 'M'.repeat(lower.length) : lower.toUpperCase();
      continue;
    }
    out += /[a-z]/i.test(t) ? `'${t}'` : t === "'" ? "''" : t;
  }
  return out;
}

function isDateFormat(fmt: string | undefined): fmt is string {
  return fmt !== undefined && fmt !== TEXT_FORMAT && /[yd]/i.test(fmt.replace(/"[^"]*"/g, ''));
}

// ---------------------------------------------------------------------------------------------------
// A1 notation
// ---------------------------------------------------------------------------------------------------

export function columnToLetters(col: number): string {
  let s = '';
  let n = col;
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function lettersToColumn(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export function a1Of(row: number, col: number, numRows = 1, numCols = 1): string {
  const start = columnToLetters(col) + row;
  if (numRows === 1 && numCols === 1) return start;
  return `${start}:${columnToLetters(col + numCols - 1)}${row + numRows - 1}`;
}

interface ParsedA1 { sheet?: string; row: number; col: number; numRows: number; numCols: number }

/** Parses "A1", "A1:B2", "A:B", "2:3", "Sheet!A1:B2", "'My sheet'!A1". maxRows/maxCols resolve open ranges. */
function parseA1(a1: string, dims: (sheet: string | undefined) => { maxRows: number; maxCols: number }): ParsedA1 {
  const m = /^(?:(?:'((?:[^']|'')+)'|([^!']+))!)?\$?([A-Za-z]*)\$?(\d*)(?::\$?([A-Za-z]*)\$?(\d*))?$/.exec(a1.trim());
  if (!m) throw new GasException('Range not found');
  const sheet = m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2];
  const [c1s, r1s, c2s, r2s] = [m[3], m[4], m[5], m[6]];
  const hasSecond = c2s !== undefined || r2s !== undefined;
  if (!c1s && !r1s) throw new GasException('Range not found');
  const { maxRows, maxCols } = dims(sheet);
  let c1 = c1s ? lettersToColumn(c1s) : 1;
  let r1 = r1s ? Number(r1s) : 1;
  let c2 = c1;
  let r2 = r1;
  if (hasSecond) {
    c2 = c2s ? lettersToColumn(c2s) : c1s ? c1 : maxCols;
    r2 = r2s ? Number(r2s) : r1s ? r1 : maxRows;
    if (!c1s) { c1 = 1; c2 = c2s ? c2 : maxCols; }
    if (!r1s) { r1 = 1; r2 = r2s ? r2 : maxRows; }
  } else if (!c1s || !r1s) {
    throw new GasException('Range not found');
  }
  if (r1 < 1 || c1 < 1) throw new GasException('Range not found');
  const [rowA, rowB] = r1 <= r2 ? [r1, r2] : [r2, r1];
  const [colA, colB] = c1 <= c2 ? [c1, c2] : [c2, c1];
  return { sheet, row: rowA, col: colA, numRows: rowB - rowA + 1, numCols: colB - colA + 1 };
}

// ---------------------------------------------------------------------------------------------------
// Entered-value conversion (what Sheets does with a string written by setValue(s))
// ---------------------------------------------------------------------------------------------------

interface Converted { v: CellValue; f?: string; fmt?: string }

function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function convertEntered(s: string, cellFormat: string | undefined, tz: string, locale: string): Converted {
  if (cellFormat === TEXT_FORMAT) return { v: s };
  if (s.startsWith("'")) return { v: s.slice(1) };
  if (s.length > 1 && s.startsWith('=')) return { v: '', f: s };
  const t = s.trim();
  if (t === '') return { v: s };
  const ru = locale.toLowerCase().startsWith('ru');
  // Numbers: "1.10", "1,5" (decimal comma), "-3", "1e3", "007". In en_US "1,500" is a thousands separator.
  const enThousands = /^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/;
  if (!ru && enThousands.test(t)) return { v: Number(t.replace(/,/g, '')) };
  const num = /^[+-]?(\d+([.,]\d*)?|[.,]\d+)([eE][+-]?\d+)?$/;
  if (num.test(t)) return { v: Number(t.replace(',', '.')) };
  const pct = /^([+-]?(\d+([.,]\d*)?|[.,]\d+))\s?%$/.exec(t);
  if (pct) {
    const value = Number(pct[1].replace(',', '.')) / 100;
    const decimals = (pct[1].split(/[.,]/)[1] ?? '').length;
    const fmt = decimals === 0 ? '0%' : `0.${'0'.repeat(Math.min(decimals, 2) || 2)}%`;
    return { v: value, fmt: cellFormat === undefined ? fmt : undefined };
  }
  // Dates: dd.MM.yyyy (optionally with H:mm[:ss]), yyyy-MM-dd, and M/d/yyyy in en_US.
  let y: number | undefined, mo = 0, d = 0, h = 0, mi = 0, se = 0;
  let hasTime = false;
  const timePart = '(?:\\s+(\\d{1,2}):(\\d{2})(?::(\\d{2}))?)?';
  let dm = new RegExp(`^(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4}|\\d{2})${timePart}$`).exec(t);
  if (dm) { d = +dm[1]; mo = +dm[2]; y = +dm[3]; }
  if (!dm) {
    dm = new RegExp(`^(\\d{4})-(\\d{1,2})-(\\d{1,2})${timePart}$`).exec(t);
    if (dm) { y = +dm[1]; mo = +dm[2]; d = +dm[3]; }
  }
  if (!dm) {
    dm = new RegExp(`^(\\d{1,2})/(\\d{1,2})/(\\d{4}|\\d{2})${timePart}$`).exec(t);
    if (dm) {
      if (ru) { d = +dm[1]; mo = +dm[2]; } else { mo = +dm[1]; d = +dm[2]; }
      y = +dm[3];
    }
  }
  if (dm && y !== undefined) {
    if (dm[3].length === 2 && y < 100) y += y < 30 ? 2000 : 1900;
    if (dm[4] !== undefined) { hasTime = true; h = +dm[4]; mi = +dm[5]; se = dm[6] !== undefined ? +dm[6] : 0; }
    if (mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo) && h < 24 && mi < 60 && se < 60) {
      const dateFmt = ru ? 'dd.MM.yyyy' : 'M/d/yyyy';
      const fmt = hasTime ? `${dateFmt} H:mm:ss` : dateFmt;
      return { v: zonedDate(tz, y, mo, d, h, mi, se), fmt: cellFormat === undefined ? fmt : undefined };
    }
  }
  const upper = t.toUpperCase();
  if (upper === 'TRUE' || (ru && upper === 'ИСТИНА')) return { v: true };
  if (upper === 'FALSE' || (ru && upper === 'ЛОЖЬ')) return { v: false };
  return { v: s };
}

function formatNumberForDisplay(n: number, fmt: string | undefined, locale: string): string {
  const ru = locale.toLowerCase().startsWith('ru');
  const dec = ru ? ',' : '.';
  const group = ru ? '\u00a0' : ',';
  const fixed = (x: number, decimals: number, grouping: boolean): string => {
    const [i, f] = Math.abs(x).toFixed(decimals).split('.');
    const ii = grouping ? i.replace(/\B(?=(\d{3})+(?!\d))/g, group) : i;
    return (x < 0 && Number(x.toFixed(decimals)) !== 0 ? '-' : '') + ii + (f ? dec + f : '');
  };
  const general = (x: number): string => {
    if (!Number.isFinite(x)) return String(x);
    const s = Number.isInteger(x) ? String(x) : String(Number(x.toPrecision(15)));
    return s.replace('.', dec);
  };
  if (fmt === undefined || fmt === DEFAULT_NUMBER_FORMAT || fmt === TEXT_FORMAT || fmt === '' || /^general$/i.test(fmt)) return general(n);
  const pct = /^[#,0]*0(?:\.(0+))?%$/.exec(fmt);
  if (pct) return fixed(n * 100, (pct[1] ?? '').length, false) + '%';
  const plain = /^([#,0]*0)(?:\.(0+|#+))?$/.exec(fmt);
  if (plain) return fixed(n, plain[2]?.startsWith('0') ? plain[2].length : 0, plain[1].includes(','));
  return general(n);
}

// ---------------------------------------------------------------------------------------------------
// Model
// ---------------------------------------------------------------------------------------------------

interface DataValidationModel {
  criteria: string;
  values: unknown[];
  allowInvalid: boolean;
  helpText: string;
}

interface Cell {
  v: CellValue;
  f?: string;
  fmt?: string;
  dv?: DataValidationModel;
  note?: string;
  style?: Record<string, unknown>;
}

class SheetModel {
  rows: ((Cell | undefined)[] | undefined)[] = [];
  maxRows: number;
  maxCols: number;
  frozenRows = 0;
  frozenCols = 0;
  conditionalRules: ConditionalRuleRecord[] = [];
  charts: ChartRecord[] = [];
  colWidths = new Map<number, number>();
  rowHeights = new Map<number, number>();
  hiddenCols = new Set<number>();
  hiddenRows = new Set<number>();
  hidden = false;
  tabColor: string | null = null;
  deleted = false;
  activeRange: { row: number; col: number; numRows: number; numCols: number } = { row: 1, col: 1, numRows: 1, numCols: 1 };

  constructor(public id: number, public name: string, maxRows = 1000, maxCols = 26) {
    this.maxRows = maxRows;
    this.maxCols = maxCols;
  }

  get(r: number, c: number): Cell | undefined {
    return this.rows[r - 1]?.[c - 1];
  }

  ensure(r: number, c: number): Cell {
    let row = this.rows[r - 1];
    if (!row) {
      row = [];
      this.rows[r - 1] = row;
    }
    let cell = row[c - 1];
    if (!cell) {
      cell = { v: '' };
      row[c - 1] = cell;
    }
    return cell;
  }

  grow(lastRow: number, lastCol: number): void {
    if (lastRow > this.maxRows) this.maxRows = lastRow;
    if (lastCol > this.maxCols) this.maxCols = lastCol;
  }

  static hasContent(cell: Cell | undefined): boolean {
    return cell !== undefined && (cell.f !== undefined || cell.v !== '');
  }

  lastRow(): number {
    for (let r = this.rows.length - 1; r >= 0; r--) {
      const row = this.rows[r];
      if (row && row.some((c) => SheetModel.hasContent(c))) return r + 1;
    }
    return 0;
  }

  lastColumn(): number {
    let last = 0;
    for (const row of this.rows) {
      if (!row) continue;
      for (let c = row.length - 1; c >= last; c--) {
        if (SheetModel.hasContent(row[c])) {
          last = c + 1;
          break;
        }
      }
    }
    return last;
  }

  /** Bounding box (1-based, inclusive) of cells satisfying pred. */
  extent(pred: (cell: Cell) => boolean): { rows: number; cols: number } {
    let rows = 0;
    let cols = 0;
    this.rows.forEach((row, r) => {
      if (!row) return;
      row.forEach((cell, c) => {
        if (cell && pred(cell)) {
          rows = Math.max(rows, r + 1);
          cols = Math.max(cols, c + 1);
        }
      });
    });
    return { rows, cols };
  }

  load(values: SeedValue[][]): void {
    this.rows = [];
    values.forEach((row, r) => {
      row.forEach((v, c) => {
        if (v === null || v === undefined || v === '') return;
        this.ensure(r + 1, c + 1).v = isDateLike(v) ? new Date(v.getTime()) : v;
      });
    });
    const width = values.reduce((m, row) => Math.max(m, row.length), 0);
    this.grow(values.length, width);
  }

  clone(id: number, name: string): SheetModel {
    const s = new SheetModel(id, name, this.maxRows, this.maxCols);
    s.rows = this.rows.map((row) => row && row.map((c) => c && cloneCell(c)));
    s.frozenRows = this.frozenRows;
    s.frozenCols = this.frozenCols;
    s.conditionalRules = this.conditionalRules.map((r) => ({ ...r, ranges: [...r.ranges] }));
    s.charts = this.charts.map((c) => ({ ...c, ranges: [...c.ranges], options: { ...c.options } }));
    s.colWidths = new Map(this.colWidths);
    s.rowHeights = new Map(this.rowHeights);
    s.tabColor = this.tabColor;
    return s;
  }
}

function cloneCell(c: Cell): Cell {
  const out: Cell = { v: c.v instanceof Date ? new Date(c.v.getTime()) : c.v };
  if (c.f !== undefined) out.f = c.f;
  if (c.fmt !== undefined) out.fmt = c.fmt;
  if (c.dv !== undefined) out.dv = { ...c.dv, values: [...c.dv.values] };
  if (c.note !== undefined) out.note = c.note;
  if (c.style !== undefined) out.style = { ...c.style };
  return out;
}

/** Date check that also accepts Dates made in another realm (a vm context). */
function isDateLike(v: unknown): v is Date {
  return v instanceof Date || Object.prototype.toString.call(v) === '[object Date]';
}

function copyValue(v: CellValue): CellValue {
  return v instanceof Date ? new Date(v.getTime()) : v;
}

interface MetadataModel {
  id: number;
  key: string;
  value: string | null;
  visibility: string;
  sheet: SheetModel | null;
  removed: boolean;
}

interface ProtectionModel {
  type: 'SHEET' | 'RANGE';
  sheet: SheetModel;
  range: { row: number; col: number; numRows: number; numCols: number } | null;
  description: string;
  warningOnly: boolean;
  editors: string[];
  unprotected: { sheet: SheetModel; row: number; col: number; numRows: number; numCols: number }[];
  domainEdit: boolean;
  removed: boolean;
}

// ---------------------------------------------------------------------------------------------------
// Call counting
// ---------------------------------------------------------------------------------------------------

class Counter {
  log: string[] = [];
  counts = new Map<string, number>();
  record(name: string): void {
    this.log.push(name);
    this.counts.set(name, (this.counts.get(name) ?? 0) + 1);
  }
  reset(): void {
    this.log.length = 0;
    this.counts.clear();
  }
}

/**
 * Wraps an implementation object so that each call of a public method (not starting with "_") is
 * counted as `${typeName}.${method}` and passes `guard` first. Methods returning the raw target
 * return the proxy instead, so chaining stays counted.
 */
function counted<T extends object>(typeName: string, target: T, world: World, guard?: (method: string) => void): T {
  const proxy: T = new Proxy(target, {
    get(t, prop) {
      const v: unknown = Reflect.get(t, prop, t);
      if (typeof v !== 'function' || typeof prop !== 'string' || prop.startsWith('_') || prop === 'constructor') return v;
      const fn = v as (...args: unknown[]) => unknown;
      return function countedMethod(...args: unknown[]): unknown {
        const name = `${typeName}.${prop}`;
        world.beforeCall();
        world.counter.record(name);
        guard?.(name);
        const r = fn.apply(t, args);
        return r === t ? proxy : r;
      };
    },
  });
  return proxy;
}

// ---------------------------------------------------------------------------------------------------
// The world: shared state behind every service object
// ---------------------------------------------------------------------------------------------------

const PERMISSION_SCOPES: Record<string, string> = {
  SpreadsheetApp: 'https://www.googleapis.com/auth/spreadsheets.currentonly',
  PropertiesService: 'https://www.googleapis.com/auth/script.storage',
};

class World {
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
    if (typeof raw === 'string') {
      const conv = convertEntered(raw, cell.fmt, this.tz, this.locale);
      cell.v = conv.v;
      if (conv.f !== undefined) cell.f = conv.f;
      else delete cell.f;
      if (conv.fmt !== undefined) cell.fmt = conv.fmt;
    } else if (typeof raw === 'number' || typeof raw === 'boolean') {
      cell.v = raw;
      delete cell.f;
    } else if (isDateLike(raw)) {
      cell.v = new Date(raw.getTime());
      delete cell.f;
    } else {
      throw new GasException(`Unsupported value type written to ${sheet.name}!${a1Of(r, c)}: ${Object.prototype.toString.call(raw)} (the fake refuses objects and arrays as cell values)`);
    }
  }

  display(cell: Cell | undefined): string {
    if (!cell) return '';
    const v = cell.v;
    if (v instanceof Date) {
      const pattern = isDateFormat(cell.fmt) ? sheetsDatePattern(cell.fmt) : this.locale.toLowerCase().startsWith('ru') ? 'dd.MM.yyyy' : 'M/d/yyyy';
      return formatDate(v, this.tz, pattern);
    }
    if (typeof v === 'number') return formatNumberForDisplay(v, cell.fmt, this.locale);
    if (typeof v === 'boolean') {
      if (this.locale.toLowerCase().startsWith('ru')) return v ? 'ИСТИНА' : 'ЛОЖЬ';
      return v ? 'TRUE' : 'FALSE';
    }
    return v;
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

// ---------------------------------------------------------------------------------------------------
// Enums
// ---------------------------------------------------------------------------------------------------

function enumOf<K extends string>(...names: K[]): { readonly [P in K]: P } {
  const o = {} as { [P in K]: P };
  for (const n of names) o[n] = n;
  return Object.freeze(o);
}

const AuthMode = enumOf('NONE', 'CUSTOM_FUNCTION', 'LIMITED', 'FULL');
const ButtonEnum = enumOf('CLOSE', 'OK', 'CANCEL', 'YES', 'NO');
const ButtonSetEnum = enumOf('OK', 'OK_CANCEL', 'YES_NO', 'YES_NO_CANCEL');
const DeveloperMetadataVisibility = enumOf('DOCUMENT', 'PROJECT');
const DeveloperMetadataLocationType = enumOf('SPREADSHEET', 'SHEET', 'ROW', 'COLUMN');
const ProtectionType = enumOf('RANGE', 'SHEET');
const DataValidationCriteria = enumOf(
  'DATE_AFTER', 'DATE_BEFORE', 'DATE_BETWEEN', 'DATE_EQUAL_TO', 'DATE_IS_VALID_DATE', 'DATE_NOT_BETWEEN',
  'DATE_ON_OR_AFTER', 'DATE_ON_OR_BEFORE', 'NUMBER_BETWEEN', 'NUMBER_EQUAL_TO', 'NUMBER_GREATER_THAN',
  'NUMBER_GREATER_THAN_OR_EQUAL_TO', 'NUMBER_LESS_THAN', 'NUMBER_LESS_THAN_OR_EQUAL_TO', 'NUMBER_NOT_BETWEEN',
  'NUMBER_NOT_EQUAL_TO', 'TEXT_CONTAINS', 'TEXT_DOES_NOT_CONTAIN', 'TEXT_EQUAL_TO', 'TEXT_IS_VALID_EMAIL',
  'TEXT_IS_VALID_URL', 'VALUE_IN_LIST', 'VALUE_IN_RANGE', 'CUSTOM_FORMULA', 'CHECKBOX',
);
const SandboxMode = enumOf('EMULATED', 'IFRAME', 'NATIVE', 'NONE');
const XFrameOptionsMode = enumOf('ALLOWALL', 'DEFAULT');
const WrapStrategy = enumOf('WRAP', 'OVERFLOW', 'CLIP');
const BorderStyle = enumOf('DOTTED', 'DASHED', 'SOLID', 'SOLID_MEDIUM', 'SOLID_THICK', 'DOUBLE');
const Dimension = enumOf('COLUMNS', 'ROWS');
const TriggerSource = enumOf('SPREADSHEETS', 'CLOCK', 'FORMS', 'DOCUMENTS', 'CALENDAR');
const EventType = enumOf('CLOCK', 'ON_OPEN', 'ON_EDIT', 'ON_FORM_SUBMIT', 'ON_CHANGE', 'ON_EVENT_UPDATED');
const AuthorizationStatus = enumOf('REQUIRED', 'NOT_REQUIRED');

// ---------------------------------------------------------------------------------------------------
// Spreadsheet service
// ---------------------------------------------------------------------------------------------------

class DataValidationImpl {
  constructor(readonly _m: DataValidationModel, protected readonly _w: World) {}
  getCriteriaType(): string { return this._m.criteria; }
  getCriteriaValues(): unknown[] { return [...this._m.values]; }
  getAllowInvalid(): boolean { return this._m.allowInvalid; }
  getHelpText(): string { return this._m.helpText; }
  copy(): unknown { return newValidationBuilder(this._w, { ...this._m, values: [...this._m.values] }); }
}

class DataValidationBuilderImpl extends DataValidationImpl {
  private _set(criteria: string, values: unknown[]): this {
    this._m.criteria = criteria;
    this._m.values = values;
    return this;
  }
  requireValueInList(values: string[], showDropdown = true): this { return this._set('VALUE_IN_LIST', [[...values], showDropdown]); }
  requireValueInRange(range: RangeT, showDropdown = true): this { return this._set('VALUE_IN_RANGE', [range, showDropdown]); }
  requireCheckbox(checked?: unknown, unchecked?: unknown): this { return this._set('CHECKBOX', checked === undefined ? [] : unchecked === undefined ? [checked] : [checked, unchecked]); }
  requireDate(): this { return this._set('DATE_IS_VALID_DATE', []); }
  requireDateAfter(d: Date): this { return this._set('DATE_AFTER', [d]); }
  requireDateBefore(d: Date): this { return this._set('DATE_BEFORE', [d]); }
  requireDateBetween(a: Date, b: Date): this { return this._set('DATE_BETWEEN', [a, b]); }
  requireNumberBetween(a: number, b: number): this { return this._set('NUMBER_BETWEEN', [a, b]); }
  requireNumberGreaterThanOrEqualTo(a: number): this { return this._set('NUMBER_GREATER_THAN_OR_EQUAL_TO', [a]); }
  requireNumberLessThanOrEqualTo(a: number): this { return this._set('NUMBER_LESS_THAN_OR_EQUAL_TO', [a]); }
  requireTextIsEmail(): this { return this._set('TEXT_IS_VALID_EMAIL', []); }
  requireTextIsUrl(): this { return this._set('TEXT_IS_VALID_URL', []); }
  requireFormulaSatisfied(formula: string): this { return this._set('CUSTOM_FORMULA', [formula]); }
  setAllowInvalid(allow: boolean): this { this._m.allowInvalid = allow; return this; }
  setHelpText(text: string): this { this._m.helpText = text; return this; }
  build(): GoogleAppsScript.Spreadsheet.DataValidation {
    if (this._m.criteria === '') throw new GasException('The data validation rule has no criteria.');
    const frozen = { ...this._m, values: [...this._m.values] };
    return counted('DataValidation', new DataValidationImpl(frozen, this._w), this._w) as unknown as GoogleAppsScript.Spreadsheet.DataValidation;
  }
}

/** A conditional format rule as recorded: criteria, what it formats, and the A1 ranges it covers. */
export interface ConditionalRuleRecord {
  criteria: 'TEXT_EQUAL_TO' | 'CUSTOM_FORMULA' | '';
  value: string;
  background: string | null;
  bold: boolean | null;
  ranges: string[];
}

/** An embedded chart as recorded. */
export interface ChartRecord {
  type: string;
  ranges: string[];
  position: { row: number; col: number };
  options: Record<string, unknown>;
}

class EmbeddedChartBuilderImpl {
  readonly _c: ChartRecord = { type: 'BAR', ranges: [], position: { row: 1, col: 1 }, options: {} };
  setChartType(type: unknown): this { this._c.type = String(type); return this; }
  addRange(range: RangeT): this { this._c.ranges.push(range.getA1Notation()); return this; }
  setPosition(row: number, col: number, _ox: number, _oy: number): this { this._c.position = { row, col }; return this; }
  setOption(key: string, value: unknown): this { this._c.options[key] = value; return this; }
  build(): GoogleAppsScript.Spreadsheet.EmbeddedChart {
    if (this._c.ranges.length === 0) throw new GasException('The chart has no data ranges.');
    return { _c: { ...this._c, ranges: [...this._c.ranges], options: { ...this._c.options } } } as unknown as GoogleAppsScript.Spreadsheet.EmbeddedChart;
  }
}

class ConditionalFormatRuleBuilderImpl {
  readonly _r: ConditionalRuleRecord = { criteria: '', value: '', background: null, bold: null, ranges: [] };
  constructor(private readonly _w: World) {}
  whenTextEqualTo(text: string): this { this._r.criteria = 'TEXT_EQUAL_TO'; this._r.value = text; return this; }
  whenFormulaSatisfied(formula: string): this {
    if (!formula.startsWith('=')) throw new GasException('Invalid formula: a custom formula must start with "="');
    this._r.criteria = 'CUSTOM_FORMULA';
    this._r.value = formula;
    return this;
  }
  setBackground(colour: string | null): this { this._r.background = colour; return this; }
  setBold(bold: boolean | null): this { this._r.bold = bold; return this; }
  setRanges(ranges: RangeT[]): this { this._r.ranges = ranges.map((r) => r.getA1Notation()); return this; }
  build(): GoogleAppsScript.Spreadsheet.ConditionalFormatRule {
    if (this._r.criteria === '') throw new GasException('The conditional format rule has no condition.');
    if (this._r.ranges.length === 0) throw new GasException('The conditional format rule has no ranges.');
    return { _r: { ...this._r, ranges: [...this._r.ranges] } } as unknown as GoogleAppsScript.Spreadsheet.ConditionalFormatRule;
  }
}

function newValidationBuilder(w: World, m?: DataValidationModel): GoogleAppsScript.Spreadsheet.DataValidationBuilder {
  const model = m ?? { criteria: '', values: [], allowInvalid: true, helpText: '' };
  return counted('DataValidationBuilder', new DataValidationBuilderImpl(model, w), w) as unknown as GoogleAppsScript.Spreadsheet.DataValidationBuilder;
}

function validationModelOf(rule: unknown): DataValidationModel | undefined {
  if (rule === null || rule === undefined) return undefined;
  const m = (rule as { _m?: DataValidationModel })._m;
  if (!m) throw new GasException('Invalid argument: rule');
  return { ...m, values: [...m.values] };
}

function validationRecord(m: DataValidationModel | undefined): ValidationRecord | null {
  if (!m) return null;
  const values = m.values.map((v) => {
    const inner = (v as { _sheet?: SheetModel; _row?: number } | null);
    if (inner && typeof inner === 'object' && inner._sheet instanceof SheetModel) {
      const r = v as unknown as RangeImpl;
      return `${r._sheet.name}!${a1Of(r._row, r._col, r._nr, r._nc)}`;
    }
    return Array.isArray(v) ? [...v] : v;
  });
  return { criteria: m.criteria, values, allowInvalid: m.allowInvalid, helpText: m.helpText };
}

class RangeImpl {
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
    if (!Array.isArray(values)) throw new GasException(`The parameters (${typeof values}) don't match the method signature for SpreadsheetApp.Range.setValues.`);
    if (values.length !== this._nr) {
      throw new GasException(`The number of rows in the ${what} does not match the number of rows in the range. The ${what} has ${values.length} but the range has ${this._nr}.`);
    }
    for (const row of values) {
      if (!Array.isArray(row)) throw new GasException(`The parameters (number[]) don't match the method signature for SpreadsheetApp.Range.setValues.`);
      if (row.length !== this._nc) {
        throw new GasException(`The number of columns in the ${what} does not match the number of columns in the range. The ${what} has ${row.length} but the range has ${this._nc}.`);
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
  getValues(): CellValue[][] { return this._grid((cell) => (cell ? copyValue(cell.v) : '')); }
  getValue(): CellValue { const cell = this._sheet.get(this._row, this._col); return cell ? copyValue(cell.v) : ''; }
  getDisplayValues(): string[][] { return this._grid((cell) => this._w.display(cell)); }
  getDisplayValue(): string { return this._w.display(this._sheet.get(this._row, this._col)); }
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
  getFormulas(): string[][] { return this._grid((cell) => cell?.f ?? ''); }
  getFormula(): string { return this._sheet.get(this._row, this._col)?.f ?? ''; }
  setFormula(formula: string): this {
    this._each((r, c) => {
      const cell = this._sheet.ensure(r, c);
      if (formula === '') { delete cell.f; cell.v = ''; return; }
      cell.f = formula.startsWith('=') ? formula : '=' + formula;
      cell.v = '';
    });
    return this;
  }
  setFormulas(formulas: string[][]): this {
    const g = this._checkShape(formulas);
    this._each((r, c, i, j) => {
      const f = String(g[i][j] ?? '');
      const cell = this._sheet.ensure(r, c);
      if (f === '') { delete cell.f; cell.v = ''; } else { cell.f = f; cell.v = ''; }
    });
    return this;
  }
  isBlank(): boolean { return this._grid((cell) => SheetModel.hasContent(cell)).every((row) => row.every((x) => !x)); }

  // geometry
  getRow(): number { return this._row; }
  getColumn(): number { return this._col; }
  getRowIndex(): number { return this._row; }
  getNumRows(): number { return this._nr; }
  getNumColumns(): number { return this._nc; }
  getHeight(): number { return this._nr; }
  getWidth(): number { return this._nc; }
  getLastRow(): number { return this._row + this._nr - 1; }
  getLastColumn(): number { return this._col + this._nc - 1; }
  getA1Notation(): string { return a1Of(this._row, this._col, this._nr, this._nc); }
  getSheet(): SheetT { return this._w.sheetProxy(this._sheet); }
  getGridId(): number { return this._sheet.id; }
  offset(rowOffset: number, colOffset: number, numRows?: number, numCols?: number): RangeT {
    return this._w.rangeProxy(this._sheet, this._row + rowOffset, this._col + colOffset, numRows ?? this._nr, numCols ?? this._nc);
  }
  getCell(row: number, col: number): RangeT {
    if (row < 1 || col < 1 || row > this._nr || col > this._nc) throw new GasException('Cell reference out of range');
    return this._w.rangeProxy(this._sheet, this._row + row - 1, this._col + col - 1, 1, 1);
  }

  // number formats
  setNumberFormat(fmt: string): this { this._each((r, c) => { this._sheet.ensure(r, c).fmt = fmt; }); return this; }
  setNumberFormats(fmts: string[][]): this {
    const g = this._checkShape(fmts);
    this._each((r, c, i, j) => { this._sheet.ensure(r, c).fmt = String(g[i][j]); });
    return this;
  }
  getNumberFormat(): string { return this._sheet.get(this._row, this._col)?.fmt ?? DEFAULT_NUMBER_FORMAT; }
  getNumberFormats(): string[][] { return this._grid((cell) => cell?.fmt ?? DEFAULT_NUMBER_FORMAT); }

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
  clearDataValidations(): this { return this.setDataValidation(null); }
  getDataValidation(): GoogleAppsScript.Spreadsheet.DataValidation | null {
    const dv = this._sheet.get(this._row, this._col)?.dv;
    return dv ? (counted('DataValidation', new DataValidationImpl(dv, this._w), this._w) as unknown as GoogleAppsScript.Spreadsheet.DataValidation) : null;
  }
  getDataValidations(): (GoogleAppsScript.Spreadsheet.DataValidation | null)[][] {
    return this._grid((cell) => (cell?.dv ? (counted('DataValidation', new DataValidationImpl(cell.dv, this._w), this._w) as unknown as GoogleAppsScript.Spreadsheet.DataValidation) : null));
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
  setBackground(color: string | null): this { return this._setStyle('background', color); }
  setBackgrounds(colors: string[][]): this { return this._setStyles('background', colors); }
  getBackground(): string { return String(this._getStyles('background', '#ffffff')[0][0]); }
  getBackgrounds(): string[][] { return this._getStyles('background', '#ffffff') as string[][]; }
  setFontWeight(w: string | null): this { return this._setStyle('fontWeight', w); }
  setFontWeights(w: string[][]): this { return this._setStyles('fontWeight', w); }
  getFontWeight(): string { return String(this._getStyles('fontWeight', 'normal')[0][0]); }
  getFontWeights(): string[][] { return this._getStyles('fontWeight', 'normal') as string[][]; }
  setFontColor(c: string | null): this { return this._setStyle('fontColor', c); }
  setFontColors(c: string[][]): this { return this._setStyles('fontColor', c); }
  getFontColor(): string { return String(this._getStyles('fontColor', '#000000')[0][0]); }
  setFontStyle(s: string | null): this { return this._setStyle('fontStyle', s); }
  setFontStyles(s: string[][]): this { return this._setStyles('fontStyle', s); }
  setFontSize(n: number): this { return this._setStyle('fontSize', n); }
  setFontFamily(f: string | null): this { return this._setStyle('fontFamily', f); }
  setFontLine(l: string | null): this { return this._setStyle('fontLine', l); }
  setHorizontalAlignment(a: string | null): this { return this._setStyle('horizontalAlignment', a); }
  setHorizontalAlignments(a: string[][]): this { return this._setStyles('horizontalAlignment', a); }
  setVerticalAlignment(a: string | null): this { return this._setStyle('verticalAlignment', a); }
  setVerticalAlignments(a: string[][]): this { return this._setStyles('verticalAlignment', a); }
  setWrap(w: boolean): this { return this._setStyle('wrap', w); }
  setWraps(w: boolean[][]): this { return this._setStyles('wrap', w); }
  getWrap(): boolean { return Boolean(this._getStyles('wrap', true)[0][0]); }
  getWraps(): boolean[][] { return this._getStyles('wrap', true) as boolean[][]; }
  setWrapStrategy(s: string): this { return this._setStyle('wrapStrategy', s); }
  setWrapStrategies(s: string[][]): this { return this._setStyles('wrapStrategy', s); }
  setBorder(...args: unknown[]): this { return this._setStyle('border', args); }
  setTextRotation(deg: number): this { return this._setStyle('textRotation', deg); }
  merge(): this { return this._setStyle('merged', this.getA1Notation()); }
  breakApart(): this { return this._setStyle('merged', null); }

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
  getNote(): string { return this._sheet.get(this._row, this._col)?.note ?? ''; }
  getNotes(): string[][] { return this._grid((cell) => cell?.note ?? ''); }
  clearNote(): this { return this.setNote(null); }

  // clearing
  clear(options?: { contentsOnly?: boolean; formatOnly?: boolean; validationsOnly?: boolean; commentsOnly?: boolean }): this {
    const o = options ?? {};
    const any = o.contentsOnly || o.formatOnly || o.validationsOnly || o.commentsOnly;
    this._each((r, c) => {
      const cell = this._sheet.get(r, c);
      if (!cell) return;
      if (!any || o.contentsOnly) { cell.v = ''; delete cell.f; }
      if (!any || o.formatOnly) { delete cell.fmt; delete cell.style; }
      if (o.validationsOnly) delete cell.dv;
      if (o.commentsOnly) delete cell.note;
    });
    return this;
  }
  clearContent(): this { return this.clear({ contentsOnly: true }); }
  clearFormat(): this { return this.clear({ formatOnly: true }); }

  // selection / protection
  activate(): this {
    this._w.active = this._sheet;
    this._sheet.activeRange = { row: this._row, col: this._col, numRows: this._nr, numCols: this._nc };
    return this;
  }
  activateAsCurrentCell(): this { return this.activate(); }
  protect(): GoogleAppsScript.Spreadsheet.Protection {
    const p: ProtectionModel = {
      type: 'RANGE', sheet: this._sheet, range: { row: this._row, col: this._col, numRows: this._nr, numCols: this._nc },
      description: '', warningOnly: false, editors: [this._w.email], unprotected: [], domainEdit: true, removed: false,
    };
    this._w.protections.push(p);
    return this._w.protectionProxy(p);
  }
}

class ProtectionImpl {
  constructor(private readonly _w: World, readonly _p: ProtectionModel) {}
  getProtectionType(): string { return this._p.type; }
  setDescription(d: string): this { this._p.description = d; return this; }
  getDescription(): string { return this._p.description; }
  setWarningOnly(w: boolean): this { this._p.warningOnly = w; return this; }
  isWarningOnly(): boolean { return this._p.warningOnly; }
  addEditor(e: string | { getEmail(): string }): this { return this.addEditors([e]); }
  addEditors(es: (string | { getEmail(): string })[]): this {
    for (const e of es) {
      const email = typeof e === 'string' ? e : e.getEmail();
      if (!this._p.editors.includes(email)) this._p.editors.push(email);
    }
    return this;
  }
  removeEditor(e: string | { getEmail(): string }): this { return this.removeEditors([e]); }
  removeEditors(es: (string | { getEmail(): string })[]): this {
    const drop = new Set(es.map((e) => (typeof e === 'string' ? e : e.getEmail())));
    this._p.editors = this._p.editors.filter((x) => !drop.has(x));
    return this;
  }
  getEditors(): GoogleAppsScript.Base.User[] {
    return this._p.editors.map((email) => ({ getEmail: () => email, getUserLoginId: () => email }) as unknown as GoogleAppsScript.Base.User);
  }
  canEdit(): boolean { return this._p.editors.includes(this._w.email); }
  canDomainEdit(): boolean { return this._p.domainEdit; }
  setDomainEdit(e: boolean): this { this._p.domainEdit = e; return this; }
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

class DeveloperMetadataImpl {
  constructor(private readonly _w: World, readonly _m: MetadataModel) {}
  getId(): number { return this._m.id; }
  getKey(): string { return this._m.key; }
  getValue(): string | null { return this._m.value; }
  getVisibility(): string { return this._m.visibility; }
  setKey(k: string): this { this._m.key = k; return this; }
  setValue(v: string): this { this._m.value = v; return this; }
  setVisibility(v: string): this { this._m.visibility = v; return this; }
  remove(): void {
    this._m.removed = true;
    this._w.metadata = this._w.metadata.filter((m) => m !== this._m);
  }
  getLocation(): unknown {
    const m = this._m;
    const w = this._w;
    return counted('DeveloperMetadataLocation', {
      getLocationType: () => (m.sheet ? 'SHEET' : 'SPREADSHEET'),
      getSheet: () => (m.sheet ? w.sheetProxy(m.sheet) : null),
      getSpreadsheet: () => (m.sheet ? null : w.spreadsheetProxy),
    }, w);
  }
}

class MetadataFinderImpl {
  private _filters: ((m: MetadataModel) => boolean)[] = [];
  constructor(private readonly _w: World, private readonly _scope: SheetModel | null) {}
  withKey(k: string): this { this._filters.push((m) => m.key === k); return this; }
  withValue(v: string): this { this._filters.push((m) => m.value === v); return this; }
  withId(id: number): this { this._filters.push((m) => m.id === id); return this; }
  withVisibility(v: string): this { this._filters.push((m) => m.visibility === v); return this; }
  withLocationType(t: string): this { this._filters.push((m) => (m.sheet ? 'SHEET' : 'SPREADSHEET') === t); return this; }
  find(): GoogleAppsScript.Spreadsheet.DeveloperMetadata[] {
    return this._w.metadata
      .filter((m) => (this._scope ? m.sheet === this._scope : true))
      .filter((m) => this._filters.every((f) => f(m)))
      .map((m) => this._w.metadataProxy(m));
  }
}

class SheetImpl {
  constructor(private readonly _w: World, readonly _s: SheetModel) {}

  private _alive(): void {
    if (this._s.deleted) throw new GasException('The sheet has been deleted.');
  }

  getName(): string { this._alive(); return this._s.name; }
  setName(name: string): this {
    this._alive();
    if (name === this._s.name) return this;
    this._w.checkNewName(name);
    this._s.name = name;
    return this;
  }
  getSheetId(): number { return this._s.id; }
  getSheetName(): string { return this._s.name; }
  getIndex(): number { return this._w.sheets.indexOf(this._s) + 1; }
  getParent(): SpreadsheetT { return this._w.spreadsheetProxy; }
  getType(): string { return 'GRID'; }
  getLastRow(): number { this._alive(); return this._s.lastRow(); }
  getLastColumn(): number { this._alive(); return this._s.lastColumn(); }
  getMaxRows(): number { return this._s.maxRows; }
  getMaxColumns(): number { return this._s.maxCols; }
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
  insertRowsAfter(after: number, howMany: number): this { return this._insertRows(after, howMany); }
  insertRowsBefore(before: number, howMany: number): this { return this._insertRows(before - 1, howMany); }
  insertRowAfter(after: number): this { return this._insertRows(after, 1); }
  insertRowBefore(before: number): this { return this._insertRows(before - 1, 1); }
  insertRows(before: number, howMany = 1): this { return this._insertRows(before - 1, howMany); }
  private _insertRows(after: number, n: number): this {
    if (after < 0 || after > this._s.maxRows) throw new GasException('Those rows are out of bounds.');
    if (this._s.rows.length > after) this._s.rows.splice(after, 0, ...new Array<undefined>(n).fill(undefined));
    this._s.maxRows += n;
    return this;
  }
  insertColumnsAfter(after: number, howMany: number): this { return this._insertCols(after, howMany); }
  insertColumnsBefore(before: number, howMany: number): this { return this._insertCols(before - 1, howMany); }
  insertColumnAfter(after: number): this { return this._insertCols(after, 1); }
  insertColumnBefore(before: number): this { return this._insertCols(before - 1, 1); }
  insertColumns(before: number, howMany = 1): this { return this._insertCols(before - 1, howMany); }
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
    this._s.maxRows -= howMany;
  }
  deleteRow(position: number): void { this.deleteRows(position, 1); }
  deleteColumns(position: number, howMany: number): void {
    if (position < 1 || howMany < 1 || position + howMany - 1 > this._s.maxCols) throw new GasException('Those columns are out of bounds.');
    if (howMany >= this._s.maxCols - this._s.frozenCols && position <= this._s.frozenCols + 1) {
      throw new GasException('Sorry, it is not possible to delete all non-frozen columns.');
    }
    for (const row of this._s.rows) if (row) row.splice(position - 1, howMany);
    this._s.maxCols -= howMany;
  }
  deleteColumn(position: number): void { this.deleteColumns(position, 1); }

  clear(options?: { contentsOnly?: boolean; formatOnly?: boolean }): this {
    const o = options ?? {};
    if (!o.contentsOnly && !o.formatOnly) {
      for (const row of this._s.rows) if (row) row.forEach((cell) => { if (cell) { cell.v = ''; delete cell.f; delete cell.fmt; delete cell.style; } });
      return this;
    }
    for (const row of this._s.rows) if (row) row.forEach((cell) => {
      if (!cell) return;
      if (o.contentsOnly) { cell.v = ''; delete cell.f; }
      if (o.formatOnly) { delete cell.fmt; delete cell.style; }
    });
    return this;
  }
  clearContents(): this { return this.clear({ contentsOnly: true }); }
  clearFormats(): this { return this.clear({ formatOnly: true }); }
  clearNotes(): this { for (const row of this._s.rows) if (row) row.forEach((cell) => { if (cell) delete cell.note; }); return this; }

  // layout
  setFrozenRows(n: number): void { this._s.frozenRows = n; }
  getFrozenRows(): number { return this._s.frozenRows; }
  setFrozenColumns(n: number): void { this._s.frozenCols = n; }
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
  getFrozenColumns(): number { return this._s.frozenCols; }
  setColumnWidth(col: number, width: number): this { this._s.colWidths.set(col, width); return this; }
  setColumnWidths(start: number, n: number, width: number): this { for (let i = 0; i < n; i++) this._s.colWidths.set(start + i, width); return this; }
  getColumnWidth(col: number): number { return this._s.colWidths.get(col) ?? 100; }
  setRowHeight(row: number, h: number): this { this._s.rowHeights.set(row, h); return this; }
  setRowHeights(start: number, n: number, h: number): this { for (let i = 0; i < n; i++) this._s.rowHeights.set(start + i, h); return this; }
  setRowHeightsForced(start: number, n: number, h: number): this { return this.setRowHeights(start, n, h); }
  getRowHeight(row: number): number { return this._s.rowHeights.get(row) ?? 21; }
  autoResizeColumn(_col: number): this { return this; }
  autoResizeColumns(_start: number, _n: number): this { return this; }
  autoResizeRows(_start: number, _n: number): this { return this; }
  hideColumns(col: number, n = 1): void { for (let i = 0; i < n; i++) this._s.hiddenCols.add(col + i); }
  showColumns(col: number, n = 1): void { for (let i = 0; i < n; i++) this._s.hiddenCols.delete(col + i); }
  isColumnHiddenByUser(col: number): boolean { return this._s.hiddenCols.has(col); }
  hideRows(row: number, n = 1): void { for (let i = 0; i < n; i++) this._s.hiddenRows.add(row + i); }
  showRows(row: number, n = 1): void { for (let i = 0; i < n; i++) this._s.hiddenRows.delete(row + i); }
  isRowHiddenByUser(row: number): boolean { return this._s.hiddenRows.has(row); }
  hideSheet(): this {
    if (this._w.sheets.filter((s) => !s.hidden).length <= 1 && !this._s.hidden) throw new GasException("You can't hide all the sheets in a document.");
    this._s.hidden = true;
    return this;
  }
  showSheet(): this { this._s.hidden = false; return this; }
  isSheetHidden(): boolean { return this._s.hidden; }
  setTabColor(color: string | null): this { this._s.tabColor = color; return this; }
  getTabColor(): string | null { return this._s.tabColor; }

  // selection
  activate(): this { this._alive(); this._w.active = this._s; return this; }
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
  addDeveloperMetadata(...args: unknown[]): this { this._w.addMetadata(this._s, args); return this; }
  createDeveloperMetadataFinder(): GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder {
    return counted('DeveloperMetadataFinder', new MetadataFinderImpl(this._w, this._s), this._w) as unknown as GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder;
  }
  protect(): GoogleAppsScript.Spreadsheet.Protection {
    const existing = this._w.protections.find((p) => p.sheet === this._s && p.type === 'SHEET');
    if (existing) return this._w.protectionProxy(existing);
    const p: ProtectionModel = {
      type: 'SHEET', sheet: this._s, range: null, description: '', warningOnly: false,
      editors: [this._w.email], unprotected: [], domainEdit: true, removed: false,
    };
    this._w.protections.push(p);
    return this._w.protectionProxy(p);
  }
  getProtections(type: string): GoogleAppsScript.Spreadsheet.Protection[] {
    return this._w.protections.filter((p) => p.sheet === this._s && p.type === String(type)).map((p) => this._w.protectionProxy(p));
  }
  copyTo(spreadsheet: SpreadsheetT): SheetT {
    if ((spreadsheet as unknown as { getId(): string }).getId() !== this._w.id) throw new GasException('The fake only supports copying within the same spreadsheet.');
    const base = (this._w.locale.toLowerCase().startsWith('ru') ? 'Копия ' : 'Copy of ') + this._s.name;
    let name = base;
    for (let i = 2; this._w.sheetByName(name); i++) name = `${base} ${i}`;
    const copy = this._s.clone(this._w.newSheetId(), name);
    this._w.sheets.push(copy);
    return this._w.sheetProxy(copy);
  }
  getFilter(): null { return null; }
  getNamedRanges(): unknown[] { return []; }
}

class SpreadsheetImpl {
  constructor(private readonly _w: World) {}
  getId(): string { return this._w.id; }
  getName(): string { return this._w.name; }
  rename(name: string): void { this._w.name = name; }
  getUrl(): string { return `https://docs.google.com/spreadsheets/d/${this._w.id}/edit`; }
  getSpreadsheetTimeZone(): string { return this._w.tz; }
  setSpreadsheetTimeZone(tz: string): void { this._w.tz = tz; }
  getSpreadsheetLocale(): string { return this._w.locale; }
  setSpreadsheetLocale(l: string): void { this._w.locale = l; }
  getSheets(): SheetT[] { return this._w.sheets.map((s) => this._w.sheetProxy(s)); }
  getNumSheets(): number { return this._w.sheets.length; }
  getSheetByName(name: string): SheetT | null {
    const s = this._w.sheetByName(name);
    return s ? this._w.sheetProxy(s) : null;
  }
  getSheetById(id: number): SheetT | null {
    const s = this._w.sheets.find((x) => x.id === id);
    return s ? this._w.sheetProxy(s) : null;
  }
  getActiveSheet(): SheetT { return this._w.sheetProxy(this._w.active); }
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
  setActiveRange(range: RangeT): RangeT { return new SheetImpl(this._w, (range as unknown as RangeImpl)._sheet).setActiveRange(range); }
  setActiveSelection(range: RangeT | string): RangeT {
    const r = typeof range === 'string' ? this._w.rangeFromA1(range, this._w.active) : range;
    return this.setActiveRange(r);
  }
  getRange(a1: string): RangeT { return this._w.rangeFromA1(a1, this._w.active); }
  getRangeByName(_name: string): RangeT | null { return null; }
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
  deleteSheet(sheet: SheetT): void { this._w.removeSheet((sheet as unknown as SheetImpl)._s); }
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
  addDeveloperMetadata(...args: unknown[]): this { this._w.addMetadata(null, args); return this; }
  createDeveloperMetadataFinder(): GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder {
    return counted('DeveloperMetadataFinder', new MetadataFinderImpl(this._w, null), this._w) as unknown as GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder;
  }
  getProtections(type: string): GoogleAppsScript.Spreadsheet.Protection[] {
    return this._w.protections.filter((p) => p.type === String(type)).map((p) => this._w.protectionProxy(p));
  }
  getOwner(): GoogleAppsScript.Base.User {
    const email = this._w.email;
    return { getEmail: () => email } as unknown as GoogleAppsScript.Base.User;
  }
}

class SpreadsheetAppImpl {
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
  getActive(): SpreadsheetT { return this._ss('getActive'); }
  getActiveSpreadsheet(): SpreadsheetT { return this._ss('getActiveSpreadsheet'); }
  getActiveSheet(): SheetT { this._ss('getActiveSheet'); return this._w.sheetProxy(this._w.active); }
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
  setActiveSheet(sheet: SheetT): SheetT { this._ss('setActiveSheet'); return new SpreadsheetImpl(this._w).setActiveSheet(sheet); }
  setActiveRange(range: RangeT): RangeT { this._ss('setActiveRange'); return new SpreadsheetImpl(this._w).setActiveRange(range); }
  openById(id: string): SpreadsheetT {
    if (this._w.auth !== 'FULL') throw new GasException('You do not have permission to call SpreadsheetApp.openById. Required permissions: https://www.googleapis.com/auth/spreadsheets');
    if (id !== this._w.id) throw new GasException(`Unexpected error while getting the method or property openById on object SpreadsheetApp.`);
    return this._w.spreadsheetProxy;
  }
  flush(): void { /* writes are synchronous in the fake */ }
  getUi(): GoogleAppsScript.Base.Ui { return counted('Ui', new UiImpl(this._w), this._w) as unknown as GoogleAppsScript.Base.Ui; }
  newDataValidation(): GoogleAppsScript.Spreadsheet.DataValidationBuilder { return newValidationBuilder(this._w); }
  newConditionalFormatRule(): GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder {
    return counted('ConditionalFormatRuleBuilder', new ConditionalFormatRuleBuilderImpl(this._w), this._w) as unknown as GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder;
  }
}

// ---------------------------------------------------------------------------------------------------
// Ui, menus, HTML
// ---------------------------------------------------------------------------------------------------

class MenuImpl {
  readonly _items: MenuEntry[] = [];
  constructor(private readonly _w: World, readonly _title: string, private readonly _addon: boolean) {}
  addItem(caption: string, functionName: string): this {
    if (typeof functionName !== 'string' || functionName === '') throw new GasException('Invalid argument: functionName');
    this._items.push({ kind: 'item', caption: String(caption), functionName });
    return this;
  }
  addSeparator(): this { this._items.push({ kind: 'separator' }); return this; }
  addSubMenu(menu: GoogleAppsScript.Base.Menu): this {
    const m = menu as unknown as MenuImpl;
    this._items.push({ kind: 'submenu', title: m._title, items: m._snapshot() });
    return this;
  }
  _snapshot(): MenuEntry[] {
    return this._items.map((e) => (e.kind === 'submenu' ? { ...e, items: [...e.items] } : { ...e }));
  }
  addToUi(): void {
    this._w.ui.menus.push({ title: this._title, addon: this._addon, items: this._snapshot() });
  }
}

class HtmlOutputImpl {
  private _title = '';
  private _width: number | undefined;
  private _height: number | undefined;
  readonly _meta: { name: string; content: string }[] = [];
  _sandbox = 'IFRAME';
  _xframe = 'DEFAULT';
  constructor(private _content: string) {}
  setTitle(t: string): this { this._title = String(t); return this; }
  getTitle(): string { return this._title; }
  setWidth(w: number): this { this._width = w; return this; }
  getWidth(): number { return this._width ?? 0; }
  setHeight(h: number): this { this._height = h; return this; }
  getHeight(): number { return this._height ?? 0; }
  getContent(): string { return this._content; }
  setContent(c: string): this { this._content = c; return this; }
  append(c: string): this { this._content += c; return this; }
  appendUntrusted(c: string): this { this._content += escapeHtml(c); return this; }
  clear(): this { this._content = ''; return this; }
  setSandboxMode(m: string): this { this._sandbox = String(m); return this; }
  getSandboxMode(): string { return this._sandbox; }
  setXFrameOptionsMode(m: string): this { this._xframe = String(m); return this; }
  addMetaTag(name: string, content: string): this { this._meta.push({ name, content }); return this; }
  setFaviconUrl(_url: string): this { return this; }
  _record(): { title: string; html: string; width?: number; height?: number } {
    return { title: this._title, html: this._content, width: this._width, height: this._height };
  }
}

function escapeHtml(s: string): string {
  return String(s).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);
}

class HtmlTemplateImpl {
  [key: string]: unknown;
  constructor(private readonly _w: World, private readonly _source: string) {}
  getRawContent(): string { return this._source; }
  getCode(): string { return compileTemplate(this._source); }
  evaluate(): HtmlOutputT {
    const code = compileTemplate(this._source);
    // Sloppy-mode function so that `with` can expose the template's properties as variables.
    const fn = new Function('__data', '__esc', code) as (data: unknown, esc: (s: unknown) => string) => string;
    return this._w.htmlOutput(fn(this, (s) => escapeHtml(String(s))));
  }
}

function compileTemplate(src: string): string {
  let code = "var __o = ''; with (__data) {\n";
  const re = /<\?(!=|=)?([\s\S]*?)\?>/g;
  let last = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(src)) !== null) {
    code += `__o += ${JSON.stringify(src.slice(last, m.index))};\n`;
    if (m[1] === '=') code += `__o += __esc(${m[2]});\n`;
    else if (m[1] === '!=') code += `__o += String(${m[2]});\n`;
    else code += `${m[2]}\n`;
    last = re.lastIndex;
  }
  code += `__o += ${JSON.stringify(src.slice(last))};\n} return __o;`;
  return code;
}

class HtmlServiceImpl {
  SandboxMode = SandboxMode;
  XFrameOptionsMode = XFrameOptionsMode;
  constructor(private readonly _w: World) {}
  private _read(name: string): string {
    const file = path.resolve(this._w.htmlDir, name.endsWith('.html') ? name : `${name}.html`);
    if (!fs.existsSync(file)) throw new GasException(`No HTML file named ${name} was found.`);
    return fs.readFileSync(file, 'utf8');
  }
  createHtmlOutput(html?: string): HtmlOutputT { return this._w.htmlOutput(html ?? ''); }
  createHtmlOutputFromFile(name: string): HtmlOutputT { return this._w.htmlOutput(this._read(name)); }
  createTemplate(src: string): GoogleAppsScript.HTML.HtmlTemplate {
    return counted('HtmlTemplate', new HtmlTemplateImpl(this._w, src), this._w) as unknown as GoogleAppsScript.HTML.HtmlTemplate;
  }
  createTemplateFromFile(name: string): GoogleAppsScript.HTML.HtmlTemplate { return this.createTemplate(this._read(name)); }
}

class UiImpl {
  Button = ButtonEnum;
  ButtonSet = ButtonSetEnum;
  constructor(private readonly _w: World) {}
  createMenu(caption: string): GoogleAppsScript.Base.Menu {
    return counted('Menu', new MenuImpl(this._w, String(caption), false), this._w) as unknown as GoogleAppsScript.Base.Menu;
  }
  createAddonMenu(): GoogleAppsScript.Base.Menu {
    return counted('Menu', new MenuImpl(this._w, this._w.addonName, true), this._w) as unknown as GoogleAppsScript.Base.Menu;
  }
  private _output(o: HtmlOutputT | GoogleAppsScript.HTML.HtmlTemplate): HtmlOutputImpl {
    const impl = o as unknown as HtmlOutputImpl;
    if (typeof impl._record !== 'function') throw new GasException('Invalid argument: userInterface (pass an HtmlOutput; call evaluate() on templates)');
    return impl;
  }
  showSidebar(o: HtmlOutputT): void {
    const r = this._output(o)._record();
    this._w.ui.sidebars.push({ title: r.title, html: r.html, width: r.width });
  }
  showModalDialog(o: HtmlOutputT, title: string): void {
    const r = this._output(o)._record();
    this._w.ui.dialogs.push({ title: String(title), html: r.html, width: r.width, height: r.height, modal: true });
  }
  showModelessDialog(o: HtmlOutputT, title: string): void {
    const r = this._output(o)._record();
    this._w.ui.dialogs.push({ title: String(title), html: r.html, width: r.width, height: r.height, modal: false });
  }
  private _parse(args: unknown[]): { title?: string; prompt: string; buttons: ButtonSetName } {
    if (args.length >= 3) return { title: String(args[0]), prompt: String(args[1]), buttons: String(args[2]) as ButtonSetName };
    if (args.length === 2) return { prompt: String(args[0]), buttons: String(args[1]) as ButtonSetName };
    return { prompt: String(args[0] ?? ''), buttons: 'OK' };
  }
  alert(...args: unknown[]): string {
    const a = this._parse(args);
    const queued = this._w.ui.alertQueue.shift();
    const response: ButtonName = queued ?? (a.buttons === 'OK' || a.buttons === 'OK_CANCEL' ? 'OK' : 'CLOSE');
    this._w.ui.alerts.push({ ...a, response });
    return response;
  }
  prompt(...args: unknown[]): GoogleAppsScript.Base.PromptResponse {
    const a = this._parse(args);
    const queued = this._w.ui.promptQueue.shift() ?? { button: a.buttons === 'OK' || a.buttons === 'OK_CANCEL' ? 'OK' : 'CLOSE', text: '' };
    this._w.ui.prompts.push({ ...a, response: queued.button, text: queued.text });
    return counted('PromptResponse', {
      getResponseText: () => queued.text,
      getSelectedButton: () => queued.button,
    }, this._w) as unknown as GoogleAppsScript.Base.PromptResponse;
  }
}

// ---------------------------------------------------------------------------------------------------
// Properties, cache, lock, session, utilities, script, logger
// ---------------------------------------------------------------------------------------------------

const MAX_PROPERTY_VALUE_BYTES = 9 * 1024;

class PropertiesImpl {
  constructor(private readonly _map: Map<string, string>) {}
  getProperty(key: string): string | null { return this._map.has(key) ? (this._map.get(key) as string) : null; }
  setProperty(key: string, value: string): this {
    const v = String(value);
    if (Buffer.byteLength(v, 'utf8') > MAX_PROPERTY_VALUE_BYTES) throw new GasException('Argument too large: value');
    this._map.set(String(key), v);
    return this;
  }
  deleteProperty(key: string): this { this._map.delete(key); return this; }
  getProperties(): Record<string, string> { return Object.fromEntries(this._map); }
  getKeys(): string[] { return [...this._map.keys()]; }
  setProperties(props: Record<string, unknown>, deleteAllOthers = false): this {
    for (const v of Object.values(props)) {
      if (Buffer.byteLength(String(v), 'utf8') > MAX_PROPERTY_VALUE_BYTES) throw new GasException('Argument too large: value');
    }
    if (deleteAllOthers) this._map.clear();
    for (const [k, v] of Object.entries(props)) this._map.set(k, String(v));
    return this;
  }
  deleteAllProperties(): this { this._map.clear(); return this; }
}

class PropertiesServiceImpl {
  constructor(private readonly _w: World) {}
  private _get(scope: PropertyScope, method: string): GoogleAppsScript.Properties.Properties {
    this._w.requireData(`PropertiesService.${method}`);
    return counted('Properties', new PropertiesImpl(this._w.props[scope]), this._w, (m) => this._w.requireData(m)) as unknown as GoogleAppsScript.Properties.Properties;
  }
  getDocumentProperties(): GoogleAppsScript.Properties.Properties { return this._get('document', 'getDocumentProperties'); }
  getUserProperties(): GoogleAppsScript.Properties.Properties { return this._get('user', 'getUserProperties'); }
  getScriptProperties(): GoogleAppsScript.Properties.Properties { return this._get('script', 'getScriptProperties'); }
}

class CacheImpl {
  constructor(private readonly _map: Map<string, string>) {}
  get(key: string): string | null { return this._map.get(key) ?? null; }
  put(key: string, value: string, _ttl?: number): void {
    if (Buffer.byteLength(String(value), 'utf8') > 100 * 1024) throw new GasException('Argument too large: value');
    this._map.set(key, String(value));
  }
  getAll(keys: string[]): Record<string, string> {
    const out: Record<string, string> = {};
    for (const k of keys) if (this._map.has(k)) out[k] = this._map.get(k) as string;
    return out;
  }
  putAll(values: Record<string, string>, _ttl?: number): void { for (const [k, v] of Object.entries(values)) this.put(k, v); }
  remove(key: string): void { this._map.delete(key); }
  removeAll(keys: string[]): void { for (const k of keys) this._map.delete(k); }
}

class CacheServiceImpl {
  constructor(private readonly _w: World) {}
  getDocumentCache(): GoogleAppsScript.Cache.Cache { return counted('Cache', new CacheImpl(this._w.caches.document), this._w) as unknown as GoogleAppsScript.Cache.Cache; }
  getUserCache(): GoogleAppsScript.Cache.Cache { return counted('Cache', new CacheImpl(this._w.caches.user), this._w) as unknown as GoogleAppsScript.Cache.Cache; }
  getScriptCache(): GoogleAppsScript.Cache.Cache { return counted('Cache', new CacheImpl(this._w.caches.script), this._w) as unknown as GoogleAppsScript.Cache.Cache; }
}

export const LOCK_TIMEOUT_MESSAGE = 'Lock timeout: another process was holding the lock for too long.';

class LockImpl {
  constructor(private readonly _w: World, private readonly _kind: LockKind) {}
  tryLock(_timeoutMs: number): boolean {
    if (this._w.locks[this._kind] === 'self') return true;
    if (this._w.otherHolds[this._kind]) return false;
    this._w.locks[this._kind] = 'self';
    return true;
  }
  waitLock(timeoutMs: number): void {
    if (!this.tryLock(timeoutMs)) throw new GasException(LOCK_TIMEOUT_MESSAGE);
  }
  hasLock(): boolean { return this._w.locks[this._kind] === 'self'; }
  releaseLock(): void {
    if (this._w.locks[this._kind] !== 'self') return;
    this._w.locks[this._kind] = null;
    this._w.afterRelease();
  }
}

class LockServiceImpl {
  constructor(private readonly _w: World) {}
  getDocumentLock(): GoogleAppsScript.Lock.Lock { return counted('Lock', new LockImpl(this._w, 'document'), this._w) as unknown as GoogleAppsScript.Lock.Lock; }
  getScriptLock(): GoogleAppsScript.Lock.Lock { return counted('Lock', new LockImpl(this._w, 'script'), this._w) as unknown as GoogleAppsScript.Lock.Lock; }
  getUserLock(): GoogleAppsScript.Lock.Lock { return counted('Lock', new LockImpl(this._w, 'user'), this._w) as unknown as GoogleAppsScript.Lock.Lock; }
}

class SessionImpl {
  constructor(private readonly _w: World) {}
  private _user(): GoogleAppsScript.Base.User {
    const email = this._w.auth === 'NONE' ? '' : this._w.email;
    return counted('User', { getEmail: () => email, getUserLoginId: () => email }, this._w) as unknown as GoogleAppsScript.Base.User;
  }
  getActiveUser(): GoogleAppsScript.Base.User { return this._user(); }
  getEffectiveUser(): GoogleAppsScript.Base.User { return this._user(); }
  getScriptTimeZone(): string { return this._w.scriptTz; }
  getActiveUserLocale(): string { return this._w.locale.split('_')[0]; }
  getTemporaryActiveUserKey(): string { return 'fake-temporary-user-key'; }
}

class UtilitiesImpl {
  constructor(private readonly _w: World) {}
  formatDate(date: Date, timeZone: string, format: string): string { return formatDate(date, timeZone, format); }
  sleep(ms: number): void { this._w.slept += ms; }
  getUuid(): string { return randomUUID(); }
  formatString(template: string, ...args: unknown[]): string {
    let i = 0;
    return template.replace(/%[sdif%]/g, (t) => (t === '%%' ? '%' : String(args[i++])));
  }
  base64Encode(data: string): string { return Buffer.from(data, 'utf8').toString('base64'); }
  base64Decode(data: string): number[] { return [...Buffer.from(data, 'base64')].map((b) => (b > 127 ? b - 256 : b)); }
}

class TriggerBuilderImpl {
  private _rec: TriggerRecord;
  constructor(private readonly _w: World, handler: string) {
    this._rec = { id: randomUUID(), handler, kind: 'CLOCK', details: {} };
  }
  timeBased(): this { this._rec.kind = 'CLOCK'; return this; }
  forSpreadsheet(_ss: unknown): this { return this; }
  onOpen(): this { this._rec.kind = 'ON_OPEN'; return this; }
  onEdit(): this { this._rec.kind = 'ON_EDIT'; return this; }
  onChange(): this { this._rec.kind = 'ON_CHANGE'; return this; }
  onFormSubmit(): this { this._rec.kind = 'ON_FORM_SUBMIT'; return this; }
  after(ms: number): this { this._rec.details.after = ms; return this; }
  at(d: Date): this { this._rec.details.at = d; return this; }
  everyMinutes(n: number): this { this._rec.details.everyMinutes = n; return this; }
  everyHours(n: number): this { this._rec.details.everyHours = n; return this; }
  everyDays(n: number): this { this._rec.details.everyDays = n; return this; }
  atHour(h: number): this { this._rec.details.atHour = h; return this; }
  nearMinute(m: number): this { this._rec.details.nearMinute = m; return this; }
  inTimezone(tz: string): this { this._rec.details.timezone = tz; return this; }
  create(): GoogleAppsScript.Script.Trigger {
    if (this._w.triggers.length >= 20) throw new GasException('This script has too many triggers. Triggers must be deleted from the script before more can be added.');
    const rec = { ...this._rec, details: { ...this._rec.details } };
    this._w.triggers.push(rec);
    return triggerProxy(this._w, rec);
  }
}

function triggerProxy(w: World, rec: TriggerRecord): GoogleAppsScript.Script.Trigger {
  return counted('Trigger', {
    getUniqueId: () => rec.id,
    getHandlerFunction: () => rec.handler,
    getEventType: () => rec.kind,
    getTriggerSource: () => (rec.kind === 'CLOCK' ? 'CLOCK' : 'SPREADSHEETS'),
    _rec: rec,
  }, w) as unknown as GoogleAppsScript.Script.Trigger;
}

class ScriptAppImpl {
  AuthMode = AuthMode;
  AuthorizationStatus = AuthorizationStatus;
  TriggerSource = TriggerSource;
  EventType = EventType;
  constructor(private readonly _w: World) {}
  getScriptId(): string { return 'fake-script-id'; }
  getOAuthToken(): string { return 'fake-oauth-token'; }
  newTrigger(handler: string): GoogleAppsScript.Script.TriggerBuilder {
    return counted('TriggerBuilder', new TriggerBuilderImpl(this._w, handler), this._w) as unknown as GoogleAppsScript.Script.TriggerBuilder;
  }
  getProjectTriggers(): GoogleAppsScript.Script.Trigger[] { return this._w.triggers.map((t) => triggerProxy(this._w, t)); }
  getUserTriggers(_doc: unknown): GoogleAppsScript.Script.Trigger[] { return this.getProjectTriggers(); }
  deleteTrigger(trigger: GoogleAppsScript.Script.Trigger): void {
    const id = trigger.getUniqueId();
    this._w.triggers = this._w.triggers.filter((t) => t.id !== id);
  }
  getAuthorizationInfo(_mode: unknown): unknown {
    return counted('AuthorizationInfo', {
      getAuthorizationStatus: () => 'NOT_REQUIRED',
      getAuthorizationUrl: () => null,
      getAuthorizedScopes: () => [],
    }, this._w);
  }
}

class LoggerImpl {
  constructor(private readonly _w: World) {}
  log(format: unknown, ...values: unknown[]): this {
    let i = 0;
    const msg = typeof format === 'string' && values.length > 0
      ? format.replace(/%s|%d/g, () => String(values[i++]))
      : typeof format === 'string' ? format : JSON.stringify(format);
    this._w.logs.push(msg);
    return this;
  }
  getLog(): string { return this._w.logs.join('\n'); }
  clear(): void { this._w.logs.length = 0; }
}

// ---------------------------------------------------------------------------------------------------
// Factory
// ---------------------------------------------------------------------------------------------------

export function createFakeGas(opts: FakeGasOptions = {}): FakeGas {
  const w = new World(opts);
  w.spreadsheetProxy = counted('Spreadsheet', new SpreadsheetImpl(w), w, w.dataGuard) as unknown as SpreadsheetT;

  const SpreadsheetApp = counted('SpreadsheetApp', new SpreadsheetAppImpl(w), w) as unknown as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  const PropertiesService = counted('PropertiesService', new PropertiesServiceImpl(w), w) as unknown as GoogleAppsScript.Properties.PropertiesService;
  const LockService = counted('LockService', new LockServiceImpl(w), w) as unknown as GoogleAppsScript.Lock.LockService;
  const HtmlService = counted('HtmlService', new HtmlServiceImpl(w), w) as unknown as GoogleAppsScript.HTML.HtmlService;
  const Session = counted('Session', new SessionImpl(w), w) as unknown as GoogleAppsScript.Base.Session;
  const Utilities = counted('Utilities', new UtilitiesImpl(w), w) as unknown as GoogleAppsScript.Utilities.Utilities;
  const ScriptApp = counted('ScriptApp', new ScriptAppImpl(w), w) as unknown as GoogleAppsScript.Script.ScriptApp;
  const CacheService = counted('CacheService', new CacheServiceImpl(w), w) as unknown as GoogleAppsScript.Cache.CacheService;
  const Logger = counted('Logger', new LoggerImpl(w), w) as unknown as GoogleAppsScript.Base.Logger;

  const Charts = { ChartType: { BAR: 'BAR', COLUMN: 'COLUMN', LINE: 'LINE', PIE: 'PIE', TABLE: 'TABLE' } } as unknown as GoogleAppsScript.Charts.Charts;
  const globals = (): Record<string, unknown> => ({ SpreadsheetApp, PropertiesService, LockService, HtmlService, Session, Utilities, ScriptApp, CacheService, Logger, Charts });

  const sheetRange = (name: string, a1: string | undefined, dflt: { rows: number; cols: number }) => {
    const s = w.sheetOrThrow(name);
    if (a1 !== undefined) {
      const p = parseA1(a1, () => ({ maxRows: s.maxRows, maxCols: s.maxCols }));
      return { s, row: p.row, col: p.col, nr: p.numRows, nc: p.numCols };
    }
    return { s, row: 1, col: 1, nr: dflt.rows, nc: dflt.cols };
  };
  const snapshot = <T>(name: string, a1: string | undefined, extentOf: (s: SheetModel) => { rows: number; cols: number }, f: (cell: Cell | undefined) => T): T[][] => {
    const s0 = w.sheetOrThrow(name);
    const { s, row, col, nr, nc } = sheetRange(name, a1, extentOf(s0));
    const out: T[][] = [];
    for (let i = 0; i < nr; i++) {
      const r: T[] = [];
      for (let j = 0; j < nc; j++) r.push(f(s.get(row + i, col + j)));
      out.push(r);
    }
    return out;
  };
  const dataExtent = (s: SheetModel) => ({ rows: s.lastRow(), cols: s.lastColumn() });
  const unionExtent = (pred: (c: Cell) => boolean) => (s: SheetModel) => {
    const e = s.extent((c) => SheetModel.hasContent(c) || pred(c));
    return e;
  };

  const ui: FakeUi = {
    menus: w.ui.menus,
    sidebars: w.ui.sidebars,
    dialogs: w.ui.dialogs,
    alerts: w.ui.alerts,
    prompts: w.ui.prompts,
    toasts: w.ui.toasts,
    queueAlertResponse: (b) => { w.ui.alertQueue.push(b); },
    queuePromptResponse: (b, text = '') => { w.ui.promptQueue.push({ button: b, text }); },
    menuItems: () => {
      const out: { path: string[]; caption: string; functionName: string }[] = [];
      const walk = (items: MenuEntry[], p: string[]) => {
        for (const e of items) {
          if (e.kind === 'item') out.push({ path: p, caption: e.caption, functionName: e.functionName });
          else if (e.kind === 'submenu') walk(e.items, [...p, e.title]);
        }
      };
      for (const m of w.ui.menus) walk(m.items, [m.title]);
      return out;
    },
  };

  const calls: CallLog = {
    total: () => w.counter.log.length,
    byMethod: () => Object.fromEntries(w.counter.counts),
    count: (m) => w.counter.counts.get(m) ?? 0,
    reset: () => w.counter.reset(),
    log: w.counter.log,
  };

  return {
    SpreadsheetApp, PropertiesService, LockService, HtmlService, Session, Utilities, ScriptApp, CacheService, Logger, Charts,
    calls,
    ui,
    spreadsheet: w.spreadsheetProxy,
    globals,
    installGlobals(target: Record<string, unknown> = globalThis as unknown as Record<string, unknown>) {
      const g = globals();
      const previous = new Map<string, { had: boolean; value: unknown }>();
      for (const [k, v] of Object.entries(g)) {
        previous.set(k, { had: Object.prototype.hasOwnProperty.call(target, k), value: target[k] });
        target[k] = v;
      }
      return () => {
        for (const [k, p] of previous) {
          if (p.had) target[k] = p.value;
          else delete target[k];
        }
      };
    },
    authMode: () => w.auth,
    setAuthMode: (m) => { w.auth = m; },
    openEvent: () => (w.auth === 'NONE'
      ? { authMode: AuthMode[w.auth] }
      : { authMode: AuthMode[w.auth], source: w.spreadsheetProxy, user: { getEmail: () => w.email } }),
    simulateOtherExecutionHoldingLock: (held, kind) => {
      const kinds: LockKind[] = kind ? [kind] : ['document', 'script', 'user'];
      for (const k of kinds) w.otherHolds[k] = held;
    },
    interleave: (atCall, other) => {
      w.interleaving = { at: Math.max(1, atCall), calls: 0, run: other, deferred: false, outcome: 'pending' };
    },
    interleaved: () => w.interleaving?.outcome ?? 'pending',
    lockState: () => {
      const state = (k: LockKind) => (w.locks[k] === 'self' ? 'self' : w.otherHolds[k] ? 'other' : null);
      return { document: state('document'), script: state('script'), user: state('user') };
    },
    loadSheet: (name, values) => {
      let s = w.sheetByName(name);
      if (!s) {
        s = new SheetModel(w.newSheetId(), name);
        w.sheets.push(s);
      }
      s.load(values);
    },
    sheetNames: () => w.sheets.map((s) => s.name),
    activeSheetName: () => w.active.name,
    sheetValues: (name, a1) => snapshot(name, a1, dataExtent, (c) => (c ? copyValue(c.v) : '')),
    displayValues: (name, a1) => snapshot(name, a1, dataExtent, (c) => w.display(c)),
    numberFormats: (name, a1) => snapshot(name, a1, unionExtent((c) => c.fmt !== undefined), (c) => c?.fmt ?? DEFAULT_NUMBER_FORMAT),
    formulas: (name, a1) => snapshot(name, a1, dataExtent, (c) => c?.f ?? ''),
    validations: (name, a1) => snapshot(name, a1, unionExtent((c) => c.dv !== undefined), (c) => validationRecord(c?.dv)),
    cell: (name, a1) => {
      const s = w.sheetOrThrow(name);
      const p = parseA1(a1, () => ({ maxRows: s.maxRows, maxCols: s.maxCols }));
      const c = s.get(p.row, p.col);
      return {
        value: c ? copyValue(c.v) : '',
        formula: c?.f ?? null,
        format: c?.fmt ?? DEFAULT_NUMBER_FORMAT,
        validation: validationRecord(c?.dv),
        note: c?.note ?? '',
        styles: { ...(c?.style ?? {}) },
      };
    },
    frozenRows: (name) => w.sheetOrThrow(name).frozenRows,
    columnWidths: (name) => Object.fromEntries(w.sheetOrThrow(name).colWidths),
    properties: (scope) => Object.fromEntries(w.props[scope]),
    metadata: () => w.metadata.map((m) => ({ id: m.id, key: m.key, value: m.value, visibility: m.visibility, location: m.sheet ? m.sheet.name : 'SPREADSHEET' })),
    charts: (name: string) => (w.sheetByName(name)?.charts ?? []).map((c) => ({ ...c, ranges: [...c.ranges] })),
    conditionalRules: (name: string) => (w.sheetByName(name)?.conditionalRules ?? []).map((r) => ({ ...r, ranges: [...r.ranges] })),
    protections: () => w.protections.map((p) => ({
      type: p.type,
      sheet: p.sheet.name,
      a1: p.range ? a1Of(p.range.row, p.range.col, p.range.numRows, p.range.numCols) : null,
      description: p.description,
      warningOnly: p.warningOnly,
      editors: [...p.editors],
      unprotected: p.unprotected.map((u) => `${u.sheet.name}!${a1Of(u.row, u.col, u.numRows, u.numCols)}`),
      domainEdit: p.domainEdit,
    })),
    triggers: () => w.triggers.map((t) => ({ ...t, details: { ...t.details } })),
    logs: w.logs,
    sleptMs: () => w.slept,
  };
}
