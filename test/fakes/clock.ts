/**
 * A test's clock that starts at noon in Moscow of a fixed day and advances with real time. A long
 * test reads «today» more than once (the collection, then the single pass it is compared with):
 * on the real clock a run that straddles midnight in Moscow saw two different days.
 */
import { dateRunningFrom } from '../../src/playground/clock';

const NOON_MOSCOW_UTC_HOUR = 9;

/** Replaces the global `Date` (bare `new Date()` and `Date.now()` only); returns the restore. */
export function runFromNoon(day = '2026-12-01'): () => void {
  const Host = globalThis.Date;
  const [y, m, d] = day.split('-').map(Number);
  globalThis.Date = dateRunningFrom(Host.UTC(y, m - 1, d, NOON_MOSCOW_UTC_HOUR));
  return () => {
    globalThis.Date = Host;
  };
}

/** Every test of the file runs on `runFromNoon`'s clock. */
export function eachTestFromNoon(day?: string): void {
  let restore: (() => void) | null = null;
  beforeEach(() => {
    restore = runFromNoon(day);
  });
  afterEach(() => {
    restore?.();
    restore = null;
  });
}
