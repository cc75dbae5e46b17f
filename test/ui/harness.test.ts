import * as path from 'path';
import { closeBrowser, getBrowser, type HarnessPage, openPage, type ServerFunction, until } from './harness';

const FIXTURE = path.join(__dirname, 'fixtures', 'harness-page.html');

interface Outcome {
  outcome: 'success' | 'failure' | 'returned';
  value?: unknown;
  message?: string;
  isError?: boolean;
  userObject?: unknown;
  sync?: boolean;
}

type PageWindow = Window & {
  callServer(name: string, args?: unknown[], userObject?: unknown): Promise<Outcome>;
  google: {
    script: {
      run: Record<string, unknown>;
      host: Record<string, unknown> & { editor: { focus(): void } };
      url: { getLocation(cb: (l: unknown) => void): void };
    };
  };
};

let h: HarnessPage;
const received: unknown[][] = [];

const server: Record<string, ServerFunction> = {
  getSummary: () => ({ errors: 2, warnings: 5 }),
  echo: (...args: unknown[]) => {
    received.push(args);
    return args;
  },
  mutate: (arg: unknown) => {
    (arg as { n: number }).n = 99;
    return (arg as { n: number }).n;
  },
  boom: () => {
    throw new Error('Лист «Дорожная карта» не найден');
  },
  returnsDate: () => new Date(),
  returnsNestedDate: () => ({ rows: [{ when: new Date() }] }),
  returnsNothing: () => undefined,
  slow: () => new Promise((resolve) => setTimeout(() => resolve('done'), 50)),
};

beforeAll(async () => {
  await getBrowser();
});

afterAll(async () => {
  await closeBrowser();
});

beforeEach(async () => {
  received.length = 0;
  h = await openPage({ htmlFile: FIXTURE, server });
});

afterEach(async () => {
  await h.close();
});

const call = (name: string, args: unknown[] = [], userObject?: unknown) =>
  h.page.evaluate(([n, a, u]) => (window as unknown as PageWindow).callServer(n as string, a as unknown[], u), [name, args, userObject] as const);

test('the page renders, calls the server on click, and makes no external request', async () => {
  await h.page.click('#check');
  await h.waitForIdle();
  await expect(h.page.textContent('#result')).resolves.toBe('Ошибок: 2, предупреждений: 5');
  expect(h.calls).toEqual([{ name: 'getSummary', args: [] }]);
  await h.page.screenshot({ path: '/tmp/harness.png' });

  expect(h.blockedRequests).toEqual([{ url: 'https://example.com/x.png', resourceType: 'image' }]);
  await h.page.evaluate(async () => {
    await fetch('https://example.org/api').catch(() => undefined);
    const ws = new WebSocket('wss://example.net/socket');
    await new Promise((resolve) => {
      ws.onclose = resolve;
      ws.onerror = resolve;
    });
  });
  expect(h.blockedRequests.map((r) => r.url)).toEqual(['https://example.com/x.png', 'https://example.org/api', 'wss://example.net/socket']);
  expect(h.fileRequests).toEqual([]);
  expect(h.pageErrors).toEqual([]);
});

test('calls are asynchronous: the method returns undefined and no handler runs synchronously', async () => {
  const outcome = await call('echo', [1]);
  expect(outcome).toEqual({ outcome: 'success', value: [1], sync: false });
  // Even a call that fails in the page (illegal argument) reports later, not synchronously.
  const rejected = await h.page.evaluate(() => {
    let ran = false;
    const r = (window as unknown as PageWindow).google.script.run as unknown as {
      withFailureHandler(f: () => void): { echo(...a: unknown[]): unknown };
    };
    const returned = r
      .withFailureHandler(() => {
        ran = true;
      })
      .echo(new Date());
    return { ran, returned: returned === undefined };
  });
  expect(rejected).toEqual({ ran: false, returned: true });
});

test('success and failure handlers receive the user object', async () => {
  await expect(call('getSummary', [], { row: 3 })).resolves.toEqual({
    outcome: 'success',
    value: { errors: 2, warnings: 5 },
    userObject: { row: 3 },
    sync: false,
  });
  await expect(call('boom', [], 'ctx')).resolves.toEqual({
    outcome: 'failure',
    message: 'Лист «Дорожная карта» не найден',
    isError: true,
    userObject: 'ctx',
    sync: false,
  });
  await expect(call('returnsNothing')).resolves.toEqual({ outcome: 'success', value: undefined, userObject: undefined, sync: false });
  await expect(call('slow')).resolves.toMatchObject({ outcome: 'success', value: 'done' });
});

test('with* return new runners and google.script.run is fresh on each access', async () => {
  const r = await h.page.evaluate(() => {
    const g = (window as unknown as PageWindow).google.script;
    const a = g.run as unknown as { withSuccessHandler(f: () => void): unknown; withUserObject(o: unknown): unknown };
    const b = a.withSuccessHandler(() => undefined);
    return { fresh: g.run !== g.run, newRunner: a !== b, newForUserObject: a.withUserObject(1) !== a };
  });
  expect(r).toEqual({ fresh: true, newRunner: true, newForUserObject: true });
});

test('Date, function, Map, class instance and circular arguments fail without reaching the server', async () => {
  const results = await h.page.evaluate(async () => {
    const w = window as unknown as PageWindow;
    class Row {
      constructor(public n: number) {}
    }
    const circular: Record<string, unknown> = { a: 1 };
    circular.self = circular;
    return Promise.all([
      w.callServer('echo', [new Date()]),
      w.callServer('echo', ['ok', { when: new Date() }]),
      w.callServer('echo', [() => 1]),
      w.callServer('echo', [new Map()]),
      w.callServer('echo', [[new Row(1)]]),
      w.callServer('echo', [circular]),
    ]);
  });
  expect(results.map((r) => [r.outcome, r.message, r.sync])).toEqual([
    ['failure', 'Failed due to illegal value in property: 0', false],
    ['failure', 'Failed due to illegal value in property: 1.when', false],
    ['failure', 'Failed due to illegal value in property: 0', false],
    ['failure', 'Failed due to illegal value in property: 0', false],
    ['failure', 'Failed due to illegal value in property: 0.0', false],
    ['failure', 'Failed due to illegal value in property: 0.self', false],
  ]);
  expect(h.calls).toEqual([]);
  expect(received).toEqual([]);
  expect(h.rejected.map((r) => r.kind)).toEqual(['Date', 'Date', 'function', 'Map', 'Row instance', 'circular reference']);
});

test('a form as the only parameter is serialised to its named fields', async () => {
  const outcome = await h.page.evaluate(() => (window as unknown as PageWindow).callServer('echo', [document.getElementById('form')]));
  const expected = { title: 'Педсовет', level: 'МО', done: 'да', note: 'в срок', row: '12' };
  expect(outcome).toEqual({ outcome: 'success', value: [expected], sync: false });
  expect(h.calls).toEqual([{ name: 'echo', args: [expected] }]);
  // Not as the sole parameter: illegal.
  const mixed = await h.page.evaluate(() => (window as unknown as PageWindow).callServer('echo', ['x', document.getElementById('form')]));
  expect(mixed).toMatchObject({ outcome: 'failure', message: 'Failed due to illegal value in property: 1' });
  expect(h.calls).toHaveLength(1);
});

test('a DOM element other than a form is rejected', async () => {
  const outcome = await h.page.evaluate(() => (window as unknown as PageWindow).callServer('echo', [document.getElementById('box')]));
  expect(outcome).toMatchObject({ outcome: 'failure', message: 'Failed due to illegal value in property: 0' });
  expect(h.calls).toEqual([]);
  expect(h.rejected).toEqual([{ name: 'echo', path: '0', kind: 'DOM DIV' }]);
});

test('a server function returning a Date fails on the client with a clear message', async () => {
  const top = await call('returnsDate');
  expect(top.outcome).toBe('failure');
  expect(top.message).toContain('Server function returnsDate returned an illegal value at result (Date)');
  const nested = await call('returnsNestedDate');
  expect(nested.message).toContain('at result.rows.0.when (Date)');
});

test('an unknown function is undefined and calling it throws TypeError in the page', async () => {
  const r = await h.page.evaluate(() => {
    const run = (window as unknown as PageWindow).google.script.run as Record<string, unknown>;
    let error = '';
    try {
      (run as unknown as { notAServerFunction(): void }).notAServerFunction();
    } catch (e) {
      error = (e as Error).name;
    }
    return { type: typeof run.notAServerFunction, error, known: typeof run.echo };
  });
  expect(r).toEqual({ type: 'undefined', error: 'TypeError', known: 'function' });
});

test('arguments cross as JSON copies: undefined in arrays becomes null, undefined fields are dropped', async () => {
  const outcome = await h.page.evaluate(async () => {
    const arg = { n: 1, gone: undefined, list: [1, undefined, 'x'], nested: { ok: true } };
    const res = await (window as unknown as PageWindow).callServer('mutate', [arg]);
    return { res, after: arg.n };
  });
  expect(outcome).toEqual({ res: { outcome: 'success', value: 99, sync: false }, after: 1 });
  expect(h.calls[0].args).toEqual([{ n: 1, list: [1, null, 'x'], nested: { ok: true } }]);
  expect(Object.keys(h.calls[0].args[0] as object)).not.toContain('gone');
});

test('a failure without a failure handler is an uncaught error in the page', async () => {
  await h.page.evaluate(() => {
    ((window as unknown as PageWindow).google.script.run as unknown as { boom(): void }).boom();
  });
  await h.waitForIdle();
  await until(() => h.pageErrors.length > 0, 2000, 'an uncaught page error');
  expect(h.pageErrors.map((e) => e.message)).toEqual(['Лист «Дорожная карта» не найден']);
});

test('google.script.host and google.script.url', async () => {
  const location = await h.page.evaluate(() => {
    const s = (window as unknown as PageWindow).google.script;
    (s.host.setHeight as (h: number) => void)(420);
    (s.host.setWidth as (w: number) => void)(600);
    s.host.editor.focus();
    (s.host.close as () => void)();
    return new Promise((resolve) => s.url.getLocation(resolve));
  });
  expect(location).toEqual({ hash: '', parameter: {}, parameters: {} });
  await until(() => h.hostEvents.length >= 4, 2000, 'four host events');
  expect(h.hostEvents).toEqual([{ type: 'setHeight', value: 420 }, { type: 'setWidth', value: 600 }, { type: 'editor.focus' }, { type: 'close' }]);
});
