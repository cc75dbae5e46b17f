/**
 * The playground's HTTP server: bound to 127.0.0.1 only, every request checked (Host, the run's
 * token, the origin of a POST — see ./http), and only these answers: the client page and its two
 * built files, the script pages the add-on opened (with google.script injected), and the JSON API
 * over the session (the workbook's state, selecting, editing, menu items, google.script.run,
 * closing a page, saving, switching to another open spreadsheet). Nothing is read from disk by a name that comes from a request.
 */
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { APP_NAME } from '../contracts/app-info';
import { COOKIE, readJson, refusal, send, sendJson } from './http';
import { badCall, MAX_IN_FLIGHT } from './rules';
import type { Session } from './runtime';
import { saveWorkbook, safeFileName } from './save';
import { workbookState } from './state';

/** A spreadsheet the page can show: the opened one, or a school's file loaded beside it (./linked). */
export interface OpenWorkbook {
  session: Session;
  fileRules?: Record<string, { ref: string; type: string }[]>;
  /** Where «Сохранить» writes, and the name it offers. */
  saveDir: string;
  saveName: string;
}

export interface ServerOptions extends OpenWorkbook {
  /** More spreadsheets the page can switch to (the title bar's list), each with its own add-on session. */
  others?: OpenWorkbook[];
  /** Where the built client files are (client.js, client.css, script-run.js). */
  clientDir: string;
  token: string;
  /** 0 picks a free port. */
  port: number;
}

/** The spreadsheets and which one the page shows (one user: the choice is the server's). */
interface Books {
  all: OpenWorkbook[];
  current: number;
}

const shown = (b: Books): OpenWorkbook => b.all[b.current];

export interface RunningServer {
  url: string;
  origin: string;
  port: number;
  server: http.Server;
  close(): Promise<void>;
}

const ASSETS: Record<string, string> = {
  '/client.js': 'application/javascript; charset=utf-8',
  '/client.css': 'text/css; charset=utf-8',
  '/script-run.js': 'application/javascript; charset=utf-8',
};

function indexHtml(o: OpenWorkbook): string {
  const config = JSON.stringify({ saveName: o.saveName, appName: APP_NAME }).replace(/</g, '\\u003c');
  return `<!doctype html><html lang="ru"><head><meta charset="utf-8"><title>${APP_NAME} — песочница</title>
<link rel="stylesheet" href="/client.css"></head><body><div id="app"></div>
<script>window.__PLAYGROUND__ = ${config};</script><script src="/client.js"></script></body></html>`;
}

/** A page the add-on showed, with google.script (./client/script-run.ts) injected before its own scripts. */
function scriptPage(html: string, kind: string, id: number): string {
  const inject = `<script>window.__PLAYGROUND_PAGE__ = ${JSON.stringify({ kind, id })};</script><script src="/script-run.js"></script>`;
  return /<head[^>]*>/i.test(html) ? html.replace(/<head[^>]*>/i, (m) => m + inject) : inject + html;
}

type Api = (body: Record<string, unknown>) => unknown;

function apis(books: Books): Record<string, Api> {
  const s = shown(books).session;
  const num = (v: unknown): number | undefined => (typeof v === 'number' && Number.isInteger(v) && v > 0 ? v : undefined);
  return {
    '/api/select': (b) => s.select(String(b.sheet), num(b.row), num(b.col), num(b.numRows), num(b.numCols)),
    '/api/edit': (b) => s.edit(String(b.sheet), num(b.row) ?? 1, num(b.col) ?? 1, String(b.text ?? '')),
    '/api/menu': (b) => {
      const fn = String(b.fn);
      if (!s.menuFunctions().includes(fn)) throw new Error(`«${fn}» нет в меню дополнения`);
      return s.call(fn, []);
    },
    '/api/close': (b) => s.close(b.kind === 'dialog' ? 'dialog' : 'sidebar', Number(b.id)),
    '/api/open': (b) => {
      const i = books.all.findIndex((w) => w.session.fake.spreadsheet.getId() === String(b.id));
      if (i < 0) throw new Error('Нет такой таблицы');
      books.current = i;
    },
  };
}

/** The spreadsheets as the title bar lists them. */
function spreadsheetList(books: Books): { id: string; title: string; current: boolean }[] {
  return books.all.map((w, i) => ({ id: w.session.fake.spreadsheet.getId(), title: w.session.fake.spreadsheet.getName(), current: i === books.current }));
}

async function handle(
  o: ServerOptions,
  books: Books,
  origin: string,
  inFlight: { n: number },
  req: http.IncomingMessage,
  res: http.ServerResponse,
): Promise<void> {
  const url = new URL(req.url ?? '/', origin);
  const why = refusal(req, url, origin, o.token);
  const book = shown(books);
  if (why) return send(res, 403, 'Доступ запрещён', 'text/plain; charset=utf-8');
  const p = url.pathname;
  if (req.method === 'GET') {
    if (p === '/') {
      return send(res, 200, indexHtml(book), 'text/html; charset=utf-8', { 'Set-Cookie': `${COOKIE}=${o.token}; HttpOnly; SameSite=Strict; Path=/` });
    }
    if (Object.prototype.hasOwnProperty.call(ASSETS, p)) return send(res, 200, fs.readFileSync(path.join(o.clientDir, p.slice(1))), ASSETS[p]);
    if (p === '/api/version') return sendJson(res, 200, { version: book.session.version });
    if (p === '/api/state') return sendJson(res, 200, { ...workbookState(book.session, book.fileRules ?? {}), spreadsheets: spreadsheetList(books) });
    const page = /^\/page\/(sidebar|dialog)\/(\d+)$/.exec(p);
    const html = page ? book.session.pageHtml(page[1] as 'sidebar' | 'dialog', Number(page[2])) : null;
    if (page && html !== null) return send(res, 200, scriptPage(html, page[1], Number(page[2])), 'text/html; charset=utf-8');
    return send(res, 404, 'Не найдено', 'text/plain; charset=utf-8');
  }
  if (req.method !== 'POST') return send(res, 405, 'Метод не поддерживается', 'text/plain; charset=utf-8');
  if (p === '/api/run') return run(book.session, inFlight, req, res);
  let body: unknown;
  try {
    body = await readJson(req);
  } catch (e) {
    return sendJson(res, 400, { ok: false, message: (e as Error).message });
  }
  const b = (body && typeof body === 'object' ? body : {}) as Record<string, unknown>;
  if (p === '/api/save') {
    const file = await saveWorkbook(book.session.fake, book.saveDir, safeFileName(String(b.name ?? ''), book.saveName));
    return sendJson(res, 200, { ok: true, file });
  }
  const api = apis(books)[p];
  if (!api) return send(res, 404, 'Не найдено', 'text/plain; charset=utf-8');
  try {
    return sendJson(res, 200, api(b) ?? { ok: true });
  } catch (e) {
    return sendJson(res, 400, { ok: false, message: (e as Error).message });
  }
}

/** google.script.run: at most MAX_IN_FLIGHT calls at a time; arguments checked, then the bundle's function. */
async function run(session: Session, inFlight: { n: number }, req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
  if (inFlight.n >= MAX_IN_FLIGHT) {
    req.resume();
    return sendJson(res, 429, { ok: false, name: 'Error', message: `Не больше ${MAX_IN_FLIGHT} вызовов google.script.run одновременно` });
  }
  inFlight.n++;
  res.on('close', () => inFlight.n--);
  let body: unknown;
  try {
    body = await readJson(req);
  } catch (e) {
    return sendJson(res, 400, { ok: false, name: 'Error', message: (e as Error).message });
  }
  const bad = badCall(body);
  if (bad) return sendJson(res, 400, { ok: false, name: 'Error', message: `google.script.run: ${bad}` });
  const { fn, args } = body as { fn: string; args: unknown[] };
  sendJson(res, 200, session.call(fn, args));
}

/** Starts the server on 127.0.0.1; resolves once it listens. */
export function startServer(o: ServerOptions): Promise<RunningServer> {
  const inFlight = { n: 0 };
  const books: Books = { all: [o, ...(o.others ?? [])], current: 0 };
  let origin = '';
  const server = http.createServer((req, res) => {
    handle(o, books, origin, inFlight, req, res).catch((e: unknown) => {
      if (!res.headersSent) sendJson(res, 500, { ok: false, message: (e as Error).message ?? String(e) });
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(o.port, '127.0.0.1', () => {
      const port = (server.address() as { port: number }).port;
      origin = `http://127.0.0.1:${port}`;
      resolve({
        url: `${origin}/?token=${o.token}`,
        origin,
        port,
        server,
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}
