/**
 * A typed, in-memory fake of the Apps Script services this project uses: the tests run the add-on
 * against it, and the local playground will run the built bundle on it in Node.
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
 *
 * Files: types (the public types), errors, dates (time zones, formatDate), display (number formats,
 * display text), coercion (typed text → values), a1 (A1 notation), model (cells, sheets, metadata,
 * protections), counting, world (the shared state), enums, builders (validation, conditional rules,
 * charts), range, sheet, spreadsheet (and SpreadsheetApp), metadata (and protections), ui-html (Ui and
 * HtmlService), services (properties, cache, locks, session, utilities, triggers, logger), and this
 * index with `createFakeGas`.
 */
import { a1Of, parseA1 } from './a1';
import { validationRecord } from './builders';
import { counted } from './counting';
import { AuthMode } from './enums';
import { type Cell, copyValue, SheetModel } from './model';
import { CacheServiceImpl, LockServiceImpl, LoggerImpl, PropertiesServiceImpl, ScriptAppImpl, SessionImpl, UtilitiesImpl } from './services';
import { SpreadsheetAppImpl, SpreadsheetImpl } from './spreadsheet';
import { type CallLog, DEFAULT_NUMBER_FORMAT, type FakeGas, type FakeGasOptions, type FakeUi, type LockKind, type MenuEntry, type SpreadsheetT } from './types';
import { HtmlServiceImpl } from './ui-html';
import { World } from './world';

export { a1Of, columnToLetters, lettersToColumn } from './a1';
export { formatDate, zonedDate } from './dates';
export { GasException } from './errors';
export { LOCK_TIMEOUT_MESSAGE } from './services';
export { DEFAULT_NUMBER_FORMAT, TEXT_FORMAT } from './types';
export type {
  AlertRecord, AuthModeName, ButtonName, ButtonSetName, CallLog, CellValue, ChartRecord, ConditionalRuleRecord, DialogRecord, FakeGas,
  FakeGasOptions, FakeSpreadsheet, FakeUi, InterleaveOutcome, LockKind, MenuEntry, MenuRecord, MetadataRecord, PromptRecord,
  PropertyScope, ProtectionRecord, SeedValue, SidebarRecord, ToastRecord, TriggerRecord, ValidationRecord,
} from './types';

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
