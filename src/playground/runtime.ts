/**
 * One playground session: the emulator holding the workbook, and the built bundle (dist/Code.js, the
 * file Apps Script runs) loaded into a bare V8 context over it — the same way test/gas/bundle-context.ts
 * loads it — so menu items and google.script.run calls run exactly the deployed code. The session
 * also tracks which sidebar and dialog are open (from the emulator's HtmlService records).
 */
import fs from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { formatDate, type FakeGas, type MenuEntry } from '../emulator';
import { shiftedDate } from './clock';
import { copyAcross, findIllegal } from './rules';
import type { OpenPage } from './view';

export type { OpenPage } from './view';

export type CallOutcome = { ok: true; value?: unknown } | { ok: false; name: string; message: string };

export class Session {
  private readonly context: vm.Context;
  sidebar: OpenPage | null = null;
  dialog: OpenPage | null = null;
  private seen = { sidebars: 0, dialogs: 0 };
  /** Bumped by every change a client should redraw for. */
  version = 1;
  /** The add-on's «today», yyyy-MM-dd in the spreadsheet's zone (conditional formats' TODAY()). */
  readonly today: string;

  constructor(
    readonly fake: FakeGas,
    distDir: string,
    /** «Today» of the add-on (yyyy-MM-dd in the spreadsheet's zone); the real date when absent. */
    today?: string,
  ) {
    this.today = today ?? formatDate(new Date(), fake.spreadsheet.getSpreadsheetTimeZone(), 'yyyy-MM-dd');
    const code = fs.readFileSync(path.join(distDir, 'Code.js'), 'utf8');
    // Date is the host's (or a subclass of it): the emulator checks `instanceof Date`, and Apps Script has one realm.
    const date = today ? shiftedDate(today) : Date;
    this.context = vm.createContext({ ...fake.globals(), Date: date }, { codeGeneration: { strings: false, wasm: false } });
    vm.runInContext(code, this.context, { filename: 'Code.js' });
    this.call('onOpen', [fake.openEvent()], { raw: true });
  }

  /** The add-on's menu as onOpen built it (the last menu added to the Ui). */
  menu(): { title: string; items: MenuEntry[] } | null {
    const m = this.fake.ui.menus.filter((x) => x.addon).at(-1) ?? this.fake.ui.menus.at(-1);
    return m ? { title: m.title, items: m.items } : null;
  }

  menuFunctions(): string[] {
    return this.fake.ui.menuItems().map((i) => i.functionName);
  }

  /** The bundle's global functions: what google.script.run offers a page. */
  functions(): string[] {
    const ctx = this.context as Record<string, unknown>;
    return Object.keys(ctx).filter((k) => typeof ctx[k] === 'function' && k !== 'Date' && !k.startsWith('__') && !k.endsWith('_'));
  }

  hasFunction(name: string): boolean {
    return typeof (this.context as Record<string, unknown>)[name] === 'function';
  }

  /**
   * Runs a global function of the bundle. Arguments and the result cross as google.script.run copies
   * them; a result that could not cross is an error, as Apps Script makes it. `raw` passes arguments
   * as they are (the open event is a live object in Apps Script too).
   */
  call(name: string, args: unknown[], opts: { raw?: boolean } = {}): CallOutcome {
    const fn = (this.context as Record<string, unknown>)[name];
    if (typeof fn !== 'function') return { ok: false, name: 'ScriptError', message: `Script function not found: ${name}` };
    let outcome: CallOutcome;
    try {
      const result: unknown = (fn as (...a: unknown[]) => unknown)(...(opts.raw ? args : copyAcross(args)));
      const bad = findIllegal(result, 'result');
      outcome = bad
        ? { ok: false, name: 'Error', message: `Server function ${name} returned an illegal value at ${bad.path} (${bad.kind})` }
        : { ok: true, value: copyAcross(result) };
    } catch (e) {
      const err = e as { name?: unknown; message?: unknown };
      outcome = { ok: false, name: typeof err?.name === 'string' ? err.name : 'Error', message: String(err?.message ?? e) };
    }
    this.noticePages();
    this.version++;
    return outcome;
  }

  /** A sidebar or dialog shown since the last look replaces the one open (Sheets shows one of each). */
  private noticePages(): void {
    const { sidebars, dialogs } = this.fake.ui;
    if (sidebars.length > this.seen.sidebars) {
      const id = sidebars.length - 1;
      const s = sidebars[id];
      this.sidebar = { id, kind: 'sidebar', title: s.title, width: s.width };
    }
    if (dialogs.length > this.seen.dialogs) {
      const id = dialogs.length - 1;
      const d = dialogs[id];
      this.dialog = { id, kind: 'dialog', title: d.title, width: d.width, height: d.height };
    }
    this.seen = { sidebars: sidebars.length, dialogs: dialogs.length };
  }

  /** google.script.host.close() of a page. */
  close(kind: 'sidebar' | 'dialog', id: number): void {
    if (kind === 'sidebar' && this.sidebar?.id === id) this.sidebar = null;
    if (kind === 'dialog' && this.dialog?.id === id) this.dialog = null;
    this.version++;
  }

  /** The HTML of a page the add-on showed (the built dist/*.html as HtmlService handed it over). */
  pageHtml(kind: 'sidebar' | 'dialog', id: number): string | null {
    const list = kind === 'sidebar' ? this.fake.ui.sidebars : this.fake.ui.dialogs;
    return list[id]?.html ?? null;
  }

  /** A cell typed into the grid: Range.setValue, so Sheets' coercions apply. */
  edit(sheetName: string, row: number, col: number, text: string): void {
    const sheet = this.sheet(sheetName);
    sheet.getRange(row, col).setValue(text);
    sheet.getRange(row, col).activate();
    this.version++;
  }

  /** A click on a tab, a cell or a range (shift-click, drag): the active sheet and range move, as in Sheets. */
  select(sheetName: string, row?: number, col?: number, numRows = 1, numCols = 1): void {
    const sheet = this.sheet(sheetName);
    sheet.activate();
    if (row !== undefined && col !== undefined) sheet.getRange(row, col, numRows, numCols).activate();
    this.version++;
  }

  private sheet(name: string): GoogleAppsScript.Spreadsheet.Sheet {
    const sheet = this.fake.spreadsheet.getSheetByName(name);
    if (!sheet) throw new Error(`Нет листа «${name}»`);
    return sheet;
  }
}
