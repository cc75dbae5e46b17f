/**
 * The coordinator's collection over the registry in the emulator: hundreds of school spreadsheets
 * (fresh blocks, stale ones, none, unopenable), a clock that moves with the service calls, random
 * interruptions between and inside batches and a second execution racing for the lease. The
 * summary it writes at the end equals the one «Сводка по школам» computes in a single pass.
 */
import { LEASE_MS, contextOf, runStep } from '../../src/gas/collect';
import { buildWorld, costClock, rng, sheets, singlePass } from './collect-world';
import { eachTestFromNoon } from '../fakes/clock';

const KILL = 'Exceeded maximum execution time';

// «Today» is read by the collection and again by the single pass it is compared with.
eachTestFromNoon();

let restore: (() => void) | null = null;
afterEach(() => {
  restore?.();
  restore = null;
});

test('300 schools, interrupted at random between and inside batches, two executions sharing the work: every school once, the single pass’s summary', () => {
  const start = Date.now();
  const built = buildWorld(300, 14, start);
  restore = built.restore;
  const { coordinator } = built.world;
  let offset = 0;
  const clock = costClock(coordinator, start, () => offset);
  const ctx = contextOf(coordinator.spreadsheet);
  const rand = rng(7);
  let kills = 0;
  let busy = 0;
  let done = false;
  for (let step = 0; step < 400 && !done; step++) {
    if (rand() < 0.4) {
      coordinator.interleave(1 + Math.floor(rand() * 300), () => {
        throw new Error(KILL);
      });
    }
    const owner = rand() < 0.7 ? 'sidebar-1' : 'trigger';
    try {
      const p = runStep(ctx, owner, 30000, clock);
      if (p.state === 'busy') {
        busy++;
        offset += LEASE_MS / 2;
      }
      done = p.state === 'done';
    } catch (e) {
      if ((e as Error).message !== KILL) throw e;
      kills++;
    }
  }
  expect(done).toBe(true);
  expect(kills).toBeGreaterThan(3);
  expect(busy).toBeGreaterThan(0);
  const collected = sheets(coordinator);
  const rows = collected[0] as string[][];
  const notRead = built.world.kinds.filter((k) => k === 'refused' || k === 'deleted').length;
  expect(rows.flat().join(' ')).toContain(`Не прочитаны (${notRead})`);
  restore?.();
  restore = null;
  expect(collected).toEqual(singlePass(built.world, (r) => (restore = r)));
}, 120000);

test('a second run sees the lease and waits; it takes over once the lease has expired', () => {
  const start = Date.now();
  const built = buildWorld(40, 3, start);
  restore = built.restore;
  let offset = 0;
  const clock = costClock(built.world.coordinator, start, () => offset);
  const ctx = contextOf(built.world.coordinator.spreadsheet);
  const a = runStep(ctx, 'sidebar-a', 5000, clock);
  expect(a.state).toBe('reading');
  const b = runStep(ctx, 'trigger', 5000, clock);
  expect(b).toMatchObject({ state: 'busy', read: a.read });
  expect(b.message).toMatch(/другой запуск/);
  offset += LEASE_MS + 1;
  const c = runStep(ctx, 'trigger', 5000, clock);
  expect(c.state).toBe('reading');
  expect(c.read).toBeGreaterThan(a.read);
  // The first owner has lost its lease: it waits in turn.
  expect(runStep(ctx, 'sidebar-a', 5000, clock).state).toBe('busy');
});
