/**
 * «Сводка по реестру…» end to end: the built sidebar in Chromium at 300 px, google.script.run routed
 * to the real server functions over the emulator — a coordinator's spreadsheet whose «Реестр школ»
 * links 60 school spreadsheets (some with a fresh compact block, some stale, some unopenable).
 * «Собрать» starts, the bar and «Прочитано N из 60 школ» move step by step, «Остановить» stops the
 * calls and keeps the checkpoint, «Собрать» goes on from it and writes the summary.
 */
import fs from 'node:fs';
import path from 'node:path';
import * as server from '../../src/main';
import { contextOf, runStep } from '../../src/gas/collect';
import { buildWorld, costClock } from '../gas/collect-world';
import { closeBrowser, openPage, until, type ServerFunction } from './harness';

const htmlFile = path.join(__dirname, '../../dist/collect.html');
const shots = path.join(__dirname, '../../test-output');
const SCHOOLS = 60;

let restore: (() => void) | null = null;
beforeAll(() => fs.mkdirSync(shots, { recursive: true }));
afterEach(() => {
  restore?.();
  restore = null;
});
afterAll(closeBrowser);

test('start, progress «прочитано N из M», stop, go on, finish: the summary written, the schools not opened listed', async () => {
  const start = Date.now();
  const built = buildWorld(SCHOOLS, 5, start);
  restore = built.restore;
  const { coordinator } = built.world;
  const unopenable = built.world.kinds.filter((k) => k === 'refused' || k === 'deleted').length;
  expect(unopenable).toBeGreaterThan(0);
  // The real server, but each sidebar step on a clock of the service calls' cost (1 s an open…) with
  // a 3-second budget, so one step reads a batch or two, not all 60 schools; a step may be held back.
  const clock = costClock(coordinator, start);
  let hold: Promise<void> | null = null;
  const steps: number[] = [];
  const real = server as unknown as Record<string, ServerFunction>;
  const srv: Record<string, ServerFunction> = {
    ...real,
    collectSummaryStep: async (owner: unknown) => {
      if (hold) await hold;
      const p = runStep(contextOf(coordinator.spreadsheet), owner as string, 3000, clock);
      steps.push(p.read);
      return p;
    },
  };
  const h = await openPage({ htmlFile, server: srv, width: 300, height: 600 });
  const messageMatches = (re: string, timeout = 5000) =>
    h.page.waitForFunction((r) => new RegExp(r).test(document.getElementById('message')?.textContent ?? ''), re, { timeout });
  try {
    await messageMatches('^Сбор не начат\\.$');
    expect(await h.page.isVisible('#start')).toBe(true);
    expect(await h.page.isHidden('#stop')).toBe(true);

    await h.page.click('#start');
    expect(await h.page.isHidden('#start')).toBe(true);
    expect(await h.page.isDisabled('#full')).toBe(true);
    await until(() => steps.length >= 2, 10000, 'two steps');
    let release = () => undefined as void;
    hold = new Promise<void>((resolve) => (release = resolve));
    await messageMatches('^Прочитано \\d+ из 60 школ');
    const text = await h.page.innerText('#message');
    const read = Number(/^Прочитано (\d+)/.exec(text)![1]);
    expect(read).toBeGreaterThan(0);
    expect(read).toBeLessThan(SCHOOLS);
    expect(await h.page.$eval('#bar', (b) => [(b as HTMLProgressElement).value, (b as HTMLProgressElement).max])).toEqual([read, SCHOOLS]);
    // The steps' figures only grow: nothing read twice.
    expect(steps).toEqual([...steps].sort((a, b) => a - b));
    await h.page.screenshot({ path: path.join(shots, 'collect-progress.png') });

    // «Остановить»: no further step is called; the lease is given up and the trigger removed.
    await h.page.click('#stop');
    expect(await h.page.innerText('#message')).toBe('Остановлено. «Собрать» продолжит с того же места.');
    await until(() => h.calls.some((c) => c.name === 'stopSummaryCollection'), 5000, 'stop');
    const calledBefore = h.calls.filter((c) => c.name === 'collectSummaryStep').length;
    release();
    hold = null;
    await h.waitForIdle();
    await new Promise((r) => setTimeout(r, 300));
    expect(h.calls.filter((c) => c.name === 'collectSummaryStep')).toHaveLength(calledBefore);
    expect(coordinator.triggers().filter((t) => t.handler === 'continueCollection')).toHaveLength(0);
    const paused = server.getCollectStatus();
    expect(paused.state).toBe('reading');
    expect(paused.read).toBeGreaterThanOrEqual(read);
    expect(paused.read).toBeLessThan(SCHOOLS);
    expect(coordinator.sheetNames()).not.toContain('Сводка');
    expect(await h.page.isVisible('#start')).toBe(true);

    // «Собрать» again goes on from the checkpoint to the end.
    const before = steps.length;
    await h.page.click('#start');
    await messageMatches('^Сводка готова', 20000);
    expect(steps[before]).toBeGreaterThanOrEqual(paused.read);
    expect(await h.page.innerText('#message')).toBe(`Сводка готова: прочитано 60 из 60 школ; не открылись: ${unopenable}.`);
    expect(await h.page.$$eval('#not-read li', (li) => li.length)).toBe(unopenable);
    expect(await h.page.isVisible('#start')).toBe(true);
    expect(await h.page.isHidden('#stop')).toBe(true);
    expect(await h.page.$eval('#bar', (b) => (b as HTMLProgressElement).value)).toBe(SCHOOLS);
    expect(coordinator.sheetNames()).toEqual(expect.arrayContaining(['Сводка', 'Исполнители', 'Календарь', 'Отчёт за полугодие']));
    expect((coordinator.sheetValues('Сводка') as unknown[][]).flat().join(' ')).toContain(`Не прочитаны (${unopenable})`);
    expect(coordinator.triggers().filter((t) => t.handler === 'continueCollection')).toHaveLength(0);
    await h.page.screenshot({ path: path.join(shots, 'collect-done.png') });
    expect(h.pageErrors).toEqual([]);
    expect(h.blockedRequests).toEqual([]);
  } finally {
    await h.close();
  }
}, 60000);
