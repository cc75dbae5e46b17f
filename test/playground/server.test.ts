/**
 * The playground server's guard and google.script.run's rules: wrong token or Host → 403, bound to
 * 127.0.0.1, no path leads to a file by its name, bad arguments refused on both sides, at most 10
 * calls in flight. Runs the built bundle over a small workbook; every server is closed.
 */
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { createFakeGas } from '../../src/emulator';
import { createScriptRun } from '../../src/playground/client/script-api';
import { Session } from '../../src/playground/runtime';
import { startServer, type RunningServer } from '../../src/playground/server';
import { freshPath, safeFileName, saveWorkbook } from '../../src/playground/save';

const root = path.join(__dirname, '../..');
const dist = path.join(root, 'dist');
const TOKEN = 'test-token-0123456789';
let srv: RunningServer;
let session: Session;
let dir = '';

beforeAll(async () => {
  if (!fs.existsSync(path.join(dist, 'Code.js'))) throw new Error('dist/Code.js is missing: run `npm run build` first (npm test does)');
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'playground-srv-'));
  const fake = createFakeGas({
    sheets: {
      План: [
        ['№', 'Мероприятие', 'Срок'],
        ['1', 'Совещание', 'март 2022'],
      ],
    },
    htmlDir: dist,
    addonName: 'Монитор дорожных карт',
  });
  session = new Session(fake, dist);
  srv = await startServer({ session, clientDir: path.join(root, 'out', 'playground'), token: TOKEN, port: 0, saveDir: dir, saveName: 'копия.xlsx' });
});
afterAll(async () => {
  await srv?.close();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

/** A raw request (so the Host header and the path are exactly as given). */
function request(
  p: string,
  opts: { method?: string; host?: string; body?: unknown; cookie?: string; end?: boolean } = {},
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = { Host: opts.host ?? `127.0.0.1:${srv.port}` };
    if (opts.body !== undefined) headers['Content-Type'] = 'application/json';
    if (opts.cookie) headers.Cookie = opts.cookie;
    const req = http.request({ host: '127.0.0.1', port: srv.port, path: p, method: opts.method ?? 'GET', headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    if (opts.body !== undefined) req.write(JSON.stringify(opts.body));
    req.end();
  });
}
const q = `token=${TOKEN}`;
const run = (fn: string, args: unknown) => request(`/api/run?${q}`, { method: 'POST', body: { fn, args } });

test('listens on 127.0.0.1 only', () => {
  expect((srv.server.address() as { address: string }).address).toBe('127.0.0.1');
  expect(srv.url).toBe(`http://127.0.0.1:${srv.port}/?token=${TOKEN}`);
});

test('the token is required on every request: none or a wrong one is 403; the query or the cookie opens', async () => {
  expect((await request('/api/state')).status).toBe(403);
  expect((await request('/api/state?token=wrong')).status).toBe(403);
  expect((await request(`/api/state?token=${TOKEN}x`)).status).toBe(403);
  expect((await request('/api/state', { cookie: 'playground_token=nope' })).status).toBe(403);
  expect((await request(`/api/state?${q}`)).status).toBe(200);
  expect((await request('/api/state', { cookie: `playground_token=${TOKEN}` })).status).toBe(200);
});

test('a Host other than the bound address is refused (DNS rebinding), even with the token', async () => {
  for (const host of ['evil.example', `localhost:${srv.port}`, `127.0.0.1:${srv.port + 1}`, `evil.example:${srv.port}`]) {
    expect((await request(`/api/state?${q}`, { host })).status).toBe(403);
  }
});

test('no path reaches a file by its name (path traversal)', async () => {
  for (const p of [
    '/../package.json',
    '/%2e%2e/package.json',
    '/..%2fpackage.json',
    '/client.js/../../../package.json',
    '/page/sidebar/..%2f..%2fCode.js',
    '/dist/Code.js',
    '/out/playground/server.mjs',
  ]) {
    const r = await request(`${p}?${q}`);
    expect(r.status).toBe(404);
    expect(r.body).not.toContain('roadmap-monitor');
  }
  expect((await request(`/client.js?${q}`)).status).toBe(200);
});

test('the bridge runs a real server function of the bundle and copies its answer', async () => {
  const r = JSON.parse((await run('getAppInfo', [])).body) as { ok: boolean; value: { name: string } };
  expect(r).toMatchObject({ ok: true, value: { name: 'Монитор дорожных карт' } });
  expect(JSON.parse((await run('noSuchFunction', [])).body)).toMatchObject({ ok: false, name: 'ScriptError' });
  expect((await run('getAppInfo', 'not an array')).status).toBe(400);
  expect((await run('private_', [])).status).toBe(400);
});

test('selectCell through the bridge moves the active range the page shows', async () => {
  expect(JSON.parse((await run('selectCell', [{ sheet: 'План', row: 2, column: 3 }])).body)).toMatchObject({ ok: true });
  const state = JSON.parse((await request(`/api/state?${q}`)).body) as { selection: unknown };
  expect(state.selection).toMatchObject({ sheet: 'План', row: 2, col: 3 });
});

test('more than 10 calls in flight: the eleventh is refused', async () => {
  const open: http.ClientRequest[] = [];
  const answers: Promise<number>[] = [];
  for (let i = 0; i < 10; i++) {
    const req = http.request({ host: '127.0.0.1', port: srv.port, path: `/api/run?${q}`, method: 'POST', headers: { 'Content-Type': 'application/json' } });
    answers.push(new Promise((resolve) => req.on('response', (res) => (res.resume(), resolve(res.statusCode ?? 0)))));
    req.flushHeaders();
    req.write('{"fn":"getAppInfo",');
    open.push(req);
  }
  await new Promise((r) => setTimeout(r, 200));
  expect((await run('getAppInfo', [])).status).toBe(429);
  for (const req of open) req.end('"args":[]}');
  expect(await Promise.all(answers)).toEqual(Array(10).fill(200));
  expect((await run('getAppInfo', [])).status).toBe(200);
});

describe('google.script.run on the page side', () => {
  const sent: unknown[][] = [];
  const api = createScriptRun(['echo'], (_fn, args) => {
    sent.push(args);
    return new Promise(() => undefined); // never answers: calls stay in flight
  });
  const call = (...args: unknown[]) =>
    new Promise<Error>((resolve) => {
      const runner = api.run() as { withFailureHandler(f: (e: Error) => void): { echo: (...a: unknown[]) => void } };
      runner.withFailureHandler((e) => resolve(e)).echo(...args);
    });

  test('a Date or a function argument fails the call before it leaves the page', async () => {
    expect((await call(new Date())).message).toMatch(/illegal value.*Date/);
    expect((await call({ when: new Date() })).message).toMatch(/illegal value in property: 0\.when/);
    expect((await call(() => 1)).message).toMatch(/illegal value.*function/);
    expect((await call([1, { f: () => 1 }])).message).toMatch(/0\.1\.f/);
    expect(sent).toEqual([]);
  });

  test('legal arguments are copied as JSON copies them; the eleventh call in flight fails', async () => {
    const runner = api.run() as { echo: (...a: unknown[]) => void };
    runner.echo([1, undefined], { a: undefined, b: 'x' });
    expect(sent[0]).toEqual([[1, null], { b: 'x' }]);
    for (let i = 0; i < 9; i++) runner.echo(i);
    expect((await call(11)).message).toMatch(/at most 10/);
    expect(sent).toHaveLength(10);
  });
});

test('«Сохранить» writes a new file and never replaces one', async () => {
  expect(safeFileName('../../etc/passwd', 'x.xlsx')).toBe('passwd.xlsx');
  fs.writeFileSync(path.join(dir, 'копия.xlsx'), 'keep');
  expect(path.basename(freshPath(dir, 'копия.xlsx'))).toBe('копия (2).xlsx');
  const r = JSON.parse((await request(`/api/save?${q}`, { method: 'POST', body: { name: 'копия' } })).body) as { file: string };
  expect(path.basename(r.file)).toBe('копия (2).xlsx');
  expect(fs.readFileSync(path.join(dir, 'копия.xlsx'), 'utf8')).toBe('keep');
  const again = await saveWorkbook(session.fake, dir, 'копия.xlsx');
  expect(path.basename(again)).toBe('копия (3).xlsx');
});
