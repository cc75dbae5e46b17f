/** Ui, menus, dialogs and sidebars, HtmlService (outputs, files, templates), and the UI records tests read. */
import * as fs from 'fs';
import * as path from 'path';
import { counted } from './counting';
import { ButtonEnum, ButtonSetEnum, SandboxMode, XFrameOptionsMode } from './enums';
import { GasException } from './errors';
import type { ButtonName, ButtonSetName, FakeUi, HtmlOutputT, MenuEntry } from './types';
import type { World } from './world';

class MenuImpl {
  readonly _items: MenuEntry[] = [];
  constructor(
    private readonly _w: World,
    readonly _title: string,
    private readonly _addon: boolean,
  ) {}
  addItem(caption: string, functionName: string): this {
    if (typeof functionName !== 'string' || functionName === '') throw new GasException('Invalid argument: functionName');
    this._items.push({ kind: 'item', caption: String(caption), functionName });
    return this;
  }
  addSeparator(): this {
    this._items.push({ kind: 'separator' });
    return this;
  }
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

export class HtmlOutputImpl {
  private _title = '';
  private _width: number | undefined;
  private _height: number | undefined;
  readonly _meta: { name: string; content: string }[] = [];
  _sandbox = 'IFRAME';
  _xframe = 'DEFAULT';
  constructor(private _content: string) {}
  setTitle(t: string): this {
    this._title = String(t);
    return this;
  }
  getTitle(): string {
    return this._title;
  }
  setWidth(w: number): this {
    this._width = w;
    return this;
  }
  getWidth(): number {
    return this._width ?? 0;
  }
  setHeight(h: number): this {
    this._height = h;
    return this;
  }
  getHeight(): number {
    return this._height ?? 0;
  }
  getContent(): string {
    return this._content;
  }
  setContent(c: string): this {
    this._content = c;
    return this;
  }
  append(c: string): this {
    this._content += c;
    return this;
  }
  appendUntrusted(c: string): this {
    this._content += escapeHtml(c);
    return this;
  }
  clear(): this {
    this._content = '';
    return this;
  }
  setSandboxMode(m: string): this {
    this._sandbox = String(m);
    return this;
  }
  getSandboxMode(): string {
    return this._sandbox;
  }
  setXFrameOptionsMode(m: string): this {
    this._xframe = String(m);
    return this;
  }
  addMetaTag(name: string, content: string): this {
    this._meta.push({ name, content });
    return this;
  }
  setFaviconUrl(_url: string): this {
    return this;
  }
  _record(): { title: string; html: string; width?: number; height?: number } {
    return { title: this._title, html: this._content, width: this._width, height: this._height };
  }
}

function escapeHtml(s: string): string {
  return String(s).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);
}

class HtmlTemplateImpl {
  [key: string]: unknown;
  constructor(
    private readonly _w: World,
    private readonly _source: string,
  ) {}
  getRawContent(): string {
    return this._source;
  }
  getCode(): string {
    return compileTemplate(this._source);
  }
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

export class HtmlServiceImpl {
  SandboxMode = SandboxMode;
  XFrameOptionsMode = XFrameOptionsMode;
  constructor(private readonly _w: World) {}
  private _read(name: string): string {
    const file = path.resolve(this._w.htmlDir, name.endsWith('.html') ? name : `${name}.html`);
    if (!fs.existsSync(file)) throw new GasException(`No HTML file named ${name} was found.`);
    return fs.readFileSync(file, 'utf8');
  }
  createHtmlOutput(html?: string): HtmlOutputT {
    return this._w.htmlOutput(html ?? '');
  }
  createHtmlOutputFromFile(name: string): HtmlOutputT {
    return this._w.htmlOutput(this._read(name));
  }
  createTemplate(src: string): GoogleAppsScript.HTML.HtmlTemplate {
    return counted('HtmlTemplate', new HtmlTemplateImpl(this._w, src), this._w) as unknown as GoogleAppsScript.HTML.HtmlTemplate;
  }
  createTemplateFromFile(name: string): GoogleAppsScript.HTML.HtmlTemplate {
    return this.createTemplate(this._read(name));
  }
}

export class UiImpl {
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
    return counted(
      'PromptResponse',
      {
        getResponseText: () => queued.text,
        getSelectedButton: () => queued.button,
      },
      this._w,
    ) as unknown as GoogleAppsScript.Base.PromptResponse;
  }
}

/** What the add-on showed (menus, sidebars, dialogs, alerts, prompts, toasts) and the queued answers (`fake.ui`). */
export function fakeUi(w: World): FakeUi {
  return {
    menus: w.ui.menus,
    sidebars: w.ui.sidebars,
    dialogs: w.ui.dialogs,
    alerts: w.ui.alerts,
    prompts: w.ui.prompts,
    toasts: w.ui.toasts,
    queueAlertResponse: (b) => {
      w.ui.alertQueue.push(b);
    },
    queuePromptResponse: (b, text = '') => {
      w.ui.promptQueue.push({ button: b, text });
    },
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
}
