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
 * HtmlService), services (properties, cache, locks, session, utilities, triggers, logger), control and
 * inspect (the fake's own helpers: state controls and snapshots), and this index with `createFakeGas`.
 */
import { callLogOf, counted } from './counting';
import { stateControl } from './control';
import { inspection } from './inspect';
import { CacheServiceImpl, LockServiceImpl, LoggerImpl, PropertiesServiceImpl, ScriptAppImpl, SessionImpl, UtilitiesImpl } from './services';
import { SpreadsheetAppImpl, SpreadsheetImpl } from './spreadsheet';
import type { FakeGas, FakeGasOptions, SpreadsheetT } from './types';
import { fakeUi, HtmlServiceImpl } from './ui-html';
import { World } from './world';

export { a1Of, columnToLetters, lettersToColumn } from './a1';
export { formatDate, zonedDate } from './dates';
export { GasException } from './errors';
export { LOCK_TIMEOUT_MESSAGE } from './services';
export { DEFAULT_NUMBER_FORMAT, TEXT_FORMAT } from './types';
export type {
  AlertRecord,
  AuthModeName,
  ButtonName,
  ButtonSetName,
  CallLog,
  CellValue,
  ChartRecord,
  ConditionalRuleRecord,
  DialogRecord,
  FakeGas,
  FakeGasOptions,
  FakeSpreadsheet,
  FakeUi,
  InterleaveOutcome,
  LockKind,
  MenuEntry,
  MenuRecord,
  MetadataRecord,
  PromptRecord,
  PropertyScope,
  ProtectionRecord,
  SeedValue,
  SidebarRecord,
  ToastRecord,
  TriggerRecord,
  ValidationRecord,
} from './types';

/** The service globals, each behind the call counter. */
type Services = Pick<
  FakeGas,
  'SpreadsheetApp' | 'PropertiesService' | 'LockService' | 'HtmlService' | 'Session' | 'Utilities' | 'ScriptApp' | 'CacheService' | 'Logger' | 'Charts'
>;

function services(w: World): Services {
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
  return { SpreadsheetApp, PropertiesService, LockService, HtmlService, Session, Utilities, ScriptApp, CacheService, Logger, Charts };
}

/** Assigns `g` onto `target`; the returned function restores what was there (or deletes what was not). */
function install(g: Record<string, unknown>, target: Record<string, unknown>): () => void {
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
}

/** Each fake's world, for linking spreadsheets (addSpreadsheet). */
const worlds = new WeakMap<object, World>();

export function createFakeGas(opts: FakeGasOptions = {}): FakeGas {
  const w = new World(opts);
  w.spreadsheetProxy = counted('Spreadsheet', new SpreadsheetImpl(w), w, w.dataGuard) as unknown as SpreadsheetT;
  const svc = services(w);
  const globals = (): Record<string, unknown> => ({ ...svc });
  const fake: FakeGas = {
    ...svc,
    addSpreadsheet(other) {
      const ow = worlds.get(other);
      if (!ow) throw new Error('not a fake made by createFakeGas');
      ow.counter = w.counter;
      ow.beforeCall = () => w.beforeCall();
      w.others.set(ow.id, ow);
    },
    refuseOpen(id, message) {
      w.refusals.set(id, message);
    },
    calls: callLogOf(w.counter),
    ui: fakeUi(w),
    spreadsheet: w.spreadsheetProxy,
    globals,
    installGlobals(target: Record<string, unknown> = globalThis as unknown as Record<string, unknown>) {
      return install(globals(), target);
    },
    ...stateControl(w),
    ...inspection(w),
  };
  worlds.set(fake, w);
  return fake;
}
