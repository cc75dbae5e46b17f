/**
 * Drives a built, self-contained sidebar/dialog HTML file in headless Chromium with a stand-in for
 * `google.script.run` (see script-run-shim.js) whose calls reach the given server functions in Node.
 *
 * Every request that is not file:, data:, blob: or about: is aborted and recorded, so a test can assert
 * that a page makes no external request. One browser per test file:
 *
 *   afterAll(closeBrowser);
 *   const h = await openPage({ htmlFile: 'dist/Sidebar.html', server: { getSummary: () => ({...}) } });
 *   await h.page.click('text=Проверить'); await h.waitForIdle();
 *   expect(h.calls).toEqual([{ name: 'getSummary', args: [] }]);
 *   await h.close();
 */
import * as fs from 'fs';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { chromium, type Browser, type Page } from 'playwright-core';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // Belt and braces: even a request that escaped routing could not resolve a host name.
  '--host-resolver-rules=MAP * ~NOTFOUND',
];

export type ServerFunction = (...args: unknown[]) => unknown;

export interface OpenPageOptions {
  /** Path to a built, self-contained HTML file. */
  htmlFile: string;
  /** Server functions callable through google.script.run; their names are the runner's methods. */
  server: Record<string, ServerFunction>;
  /** Viewport; default 300 x 600 (a Sheets sidebar is 300 px wide). */
  width?: number;
  height?: number;
  /** Appended to the file URL, e.g. "?mode=x#tab" (seen by google.script.url.getLocation). */
  urlSuffix?: string;
  /** A browser to use instead of the shared one. */
  browser?: Browser;
}

export interface HarnessCall {
  name: string;
  args: unknown[];
}
export interface RejectedCall {
  name: string;
  path: string;
  kind: string;
}
export interface BlockedRequest {
  url: string;
  resourceType: string;
}
export interface HostEvent {
  type: string;
  value?: unknown;
}

export interface HarnessPage {
  page: Page;
  /** Calls that reached the server, with the arguments as the server received them (copies). */
  calls: HarnessCall[];
  /** Calls refused in the page because of an illegal argument (they never reached the server). */
  rejected: RejectedCall[];
  /** Network requests (http, https, ws, ...) the page attempted; all were aborted. */
  blockedRequests: BlockedRequest[];
  /** file: requests other than the page itself (allowed, recorded: a built page should need none). */
  fileRequests: string[];
  /** google.script.host / history calls: close, setHeight, setWidth, editor.focus, history.push... */
  hostEvents: HostEvent[];
  /** Uncaught errors in the page (including failures with no failure handler). */
  pageErrors: Error[];
  consoleMessages: { type: string; text: string }[];
  /** Resolves when no google.script.run call is in flight and all handlers have run. */
  waitForIdle(timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
}

const SHIM_SOURCE = fs.readFileSync(path.join(__dirname, 'script-run-shim.js'), 'utf8');

export function chromiumPath(): string {
  return process.env.CHROMIUM_PATH || '/usr/bin/chromium';
}

/** Launches a new headless Chromium (temporary profile). Prefer getBrowser() in tests. */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), headless: true, args: CHROMIUM_ARGS, timeout: 60000 });
}

let shared: Promise<Browser> | null = null;

/** The browser shared by the current test file (jest runs each file in its own module registry). */
export function getBrowser(): Promise<Browser> {
  if (!shared) {
    shared = launchBrowser();
    shared.catch(() => {
      shared = null;
    });
  }
  return shared;
}

/** Closes the shared browser; call from afterAll. */
export async function closeBrowser(): Promise<void> {
  const b = shared;
  shared = null;
  if (b) await (await b).close();
}

/** Polls a Node-side condition (e.g. `() => h.pageErrors.length > 0`) until it holds or times out. */
export async function until(predicate: () => boolean, timeoutMs = 2000, what = 'condition'): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!predicate()) {
    if (Date.now() > deadline) throw new Error(`until: ${what} did not hold within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

/** Describes the first value that Apps Script could not send back to the client, or null. */
function findIllegalReturn(value: unknown, at: string, stack: unknown[] = []): { path: string; kind: string } | null {
  if (value === null || value === undefined) return null;
  const t = typeof value;
  if (t === 'string' || t === 'number' || t === 'boolean') return null;
  if (t !== 'object') return { path: at, kind: t };
  if (stack.includes(value)) return { path: at, kind: 'circular reference' };
  const proto = Object.getPrototypeOf(value) as unknown;
  const isArray = Array.isArray(value) && proto === Array.prototype;
  if (!isArray && proto !== Object.prototype && proto !== null) {
    const tag = Object.prototype.toString.call(value).slice(8, -1);
    const ctor = (value as { constructor?: { name?: string } }).constructor?.name;
    return { path: at, kind: tag !== 'Object' ? tag : ctor ? `${ctor} instance` : 'object' };
  }
  stack.push(value);
  const entries: [string, unknown][] = isArray ? (value as unknown[]).map((v, i) => [String(i), v]) : Object.entries(value as Record<string, unknown>);
  for (const [k, v] of entries) {
    const bad = findIllegalReturn(v, `${at}.${k}`, stack);
    if (bad) return bad;
  }
  stack.pop();
  return null;
}

interface Envelope {
  ok: boolean;
  value?: unknown;
  undefined?: boolean;
  name?: string;
  message?: string;
}

async function runServer(server: Record<string, ServerFunction>, name: string, args: unknown[]): Promise<Envelope> {
  const fn = Object.prototype.hasOwnProperty.call(server, name) ? server[name] : undefined;
  if (typeof fn !== 'function') return { ok: false, name: 'ScriptError', message: `Script function not found: ${name}` };
  try {
    // A Promise from a test double is awaited (to simulate latency); real server code is synchronous.
    const result: unknown = await fn(...args);
    const bad = findIllegalReturn(result, 'result');
    if (bad) {
      return {
        ok: false,
        name: 'Error',
        message: `Server function ${name} returned an illegal value at ${bad.path} (${bad.kind}): Apps Script can only return primitives, null, plain objects and arrays to the client (send dates as ISO strings)`,
      };
    }
    return result === undefined ? { ok: true, undefined: true } : { ok: true, value: result };
  } catch (e) {
    const err = e instanceof Error ? e : new Error(String(e));
    return { ok: false, name: err.name === 'Error' ? 'Error' : err.name, message: err.message };
  }
}

export async function openPage(opts: OpenPageOptions): Promise<HarnessPage> {
  const file = path.resolve(opts.htmlFile);
  if (!fs.existsSync(file)) throw new Error(`openPage: no such file ${file}`);
  const pageUrl = pathToFileURL(file).href;
  const browser = opts.browser ?? (await getBrowser());
  const context = await browser.newContext({
    viewport: { width: opts.width ?? 300, height: opts.height ?? 600 },
    serviceWorkers: 'block',
    locale: 'ru-RU',
  });

  const calls: HarnessCall[] = [];
  const rejected: RejectedCall[] = [];
  const blockedRequests: BlockedRequest[] = [];
  const fileRequests: string[] = [];
  const hostEvents: HostEvent[] = [];
  const pageErrors: Error[] = [];
  const consoleMessages: { type: string; text: string }[] = [];

  await context.route('**/*', async (route) => {
    const req = route.request();
    const url = req.url();
    const bare = url.split('#')[0].split('?')[0];
    if (/^(data|blob|about):/i.test(url)) return route.continue();
    if (/^file:/i.test(url)) {
      if (bare !== pageUrl) fileRequests.push(url);
      return route.continue();
    }
    blockedRequests.push({ url, resourceType: req.resourceType() });
    return route.abort('blockedbyclient');
  });
  await context.routeWebSocket(/.*/, (ws) => {
    blockedRequests.push({ url: ws.url(), resourceType: 'websocket' });
    void ws.close({ code: 1008, reason: 'blocked by the test harness' }).catch(() => undefined);
  });

  const page = await context.newPage();
  page.on('pageerror', (err) => pageErrors.push(err));
  page.on('console', (msg) => consoleMessages.push({ type: msg.type(), text: msg.text() }));

  await page.exposeFunction('__gasHarnessCall', async (name: string, argsJson: string): Promise<string> => {
    calls.push({ name, args: JSON.parse(argsJson) as unknown[] });
    const env = await runServer(opts.server, name, JSON.parse(argsJson) as unknown[]);
    return JSON.stringify(env);
  });
  await page.exposeFunction('__gasHarnessEvent', (eventJson: string): void => {
    const ev = JSON.parse(eventJson) as { type: string; name?: string; path?: string; kind?: string; value?: unknown };
    if (ev.type === 'rejected') rejected.push({ name: String(ev.name), path: String(ev.path), kind: String(ev.kind) });
    else hostEvents.push(ev.value === undefined ? { type: ev.type } : { type: ev.type, value: ev.value });
  });
  const config = `window.__GAS_HARNESS_CONFIG__ = ${JSON.stringify({ functions: Object.keys(opts.server) })};\n`;
  await page.addInitScript({ content: config + SHIM_SOURCE });

  await page.goto(pageUrl + (opts.urlSuffix ?? ''), { waitUntil: 'load' });

  return {
    page,
    calls,
    rejected,
    blockedRequests,
    fileRequests,
    hostEvents,
    pageErrors,
    consoleMessages,
    async waitForIdle(timeoutMs = 5000) {
      await page.waitForFunction(() => (window as unknown as { __gasHarness: { pending(): number } }).__gasHarness.pending() === 0, undefined, {
        timeout: timeoutMs,
        polling: 10,
      });
    },
    async close() {
      await context.close();
    },
  };
}
