/**
 * The collection at the federal project's size: 3,000 school spreadsheets in the emulator (fresh
 * blocks, stale ones, none, unopenable), executions killed at random service calls between and
 * inside batches; every school is read once and the summary equals the single pass's.
 */
import { contextOf, runStep } from '../../src/gas/collect';
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

test('3,000 schools, interrupted at random: every school once, the single pass’s summary', () => {
  const start = Date.now();
  const built = buildWorld(3000, 21, start);
  restore = built.restore;
  const { coordinator } = built.world;
  const clock = costClock(coordinator, start);
  const ctx = contextOf(coordinator.spreadsheet);
  const rand = rng(11);
  let kills = 0;
  let steps = 0;
  let done = false;
  while (!done && steps < 4000) {
    steps++;
    if (rand() < 0.15) {
      coordinator.interleave(1 + Math.floor(rand() * 400), () => {
        throw new Error(KILL);
      });
    }
    try {
      done = runStep(ctx, 'sidebar', 30000, clock).state === 'done';
    } catch (e) {
      if ((e as Error).message !== KILL) throw e;
      kills++;
    }
  }
  expect(done).toBe(true);
  expect(kills).toBeGreaterThan(10);
  const collected = sheets(coordinator);
  const notRead = built.world.kinds.filter((k) => k === 'refused' || k === 'deleted').length;
  expect((collected[0] as string[][]).flat().join(' ')).toContain(`Не прочитаны (${notRead})`);
  restore?.();
  restore = null;
  expect(collected).toEqual(singlePass(built.world, (r) => (restore = r)));
}, 600000);
