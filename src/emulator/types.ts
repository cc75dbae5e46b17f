/**
 * The emulator's public types (options, records the tests assert on, the FakeGas surface) and the
 * two number-format constants, plus internal shorthands for the @types/google-apps-script interfaces.
 */

/** Internal shorthands for the Apps Script interfaces the fake implements (not re-exported by the index). */
export type SpreadsheetT = GoogleAppsScript.Spreadsheet.Spreadsheet;
export type SheetT = GoogleAppsScript.Spreadsheet.Sheet;
export type RangeT = GoogleAppsScript.Spreadsheet.Range;
export type HtmlOutputT = GoogleAppsScript.HTML.HtmlOutput;

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
  { kind: 'item'; caption: string; functionName: string } | { kind: 'separator' } | { kind: 'submenu'; title: string; items: MenuEntry[] };

export interface MenuRecord {
  /** createMenu(caption) caption, or the add-on name for createAddonMenu(). */
  title: string;
  addon: boolean;
  items: MenuEntry[];
}

export interface SidebarRecord {
  title: string;
  html: string;
  width?: number;
}
export interface DialogRecord {
  title: string;
  html: string;
  width?: number;
  height?: number;
  modal: boolean;
}
export interface AlertRecord {
  title?: string;
  prompt: string;
  buttons: ButtonSetName;
  response: ButtonName;
}
export interface PromptRecord extends AlertRecord {
  text: string;
}
export interface ToastRecord {
  message: string;
  title?: string;
  timeoutSeconds?: number;
}

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
  /**
   * Another spreadsheet SpreadsheetApp.openById opens by its id (its `spreadsheetId` option): its
   * calls count in this fake's `calls` and may trigger this fake's interleaving.
   */
  addSpreadsheet(other: FakeGas): void;
  /** openById of `id` throws `message` (no access, deleted). */
  refuseOpen(id: string, message: string): void;
  interleaved(): InterleaveOutcome;
  lockState(): Record<LockKind, 'self' | 'other' | null>;
  /** Replace (or create) a sheet with raw values (no conversion), outside the counter. */
  loadSheet(name: string, values: SeedValue[][]): void;

  // ---- snapshots (not counted) ----
  sheetNames(): string[];
  activeSheetName(): string;
  /** The active range of the active sheet, 1-based. */
  activeRange(): { sheet: string; row: number; col: number; numRows: number; numCols: number };
  /** Merged ranges of a sheet, 1-based. */
  merges(sheet: string): { row: number; col: number; numRows: number; numCols: number }[];
  /** Cell styles (fontWeight, background, fontColor…) over the sheet's data extent; {} where none. */
  styles(sheet: string): Record<string, unknown>[][];
  /** Raw values; default extent is the data extent (getLastRow x getLastColumn). Formula cells are "". */
  sheetValues(sheet: string, a1?: string): CellValue[][];
  displayValues(sheet: string, a1?: string): string[][];
  /** Number formats, DEFAULT_NUMBER_FORMAT where unset; default extent covers data and formatted cells. */
  numberFormats(sheet: string, a1?: string): string[][];
  /** Formulas, "" where none. */
  formulas(sheet: string, a1?: string): string[][];
  validations(sheet: string, a1?: string): (ValidationRecord | null)[][];
  /** Everything stored for one cell (value, formula, format, validation, note, styles). */
  cell(
    sheet: string,
    a1: string,
  ): { value: CellValue; formula: string | null; format: string; validation: ValidationRecord | null; note: string; styles: Record<string, unknown> };
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
