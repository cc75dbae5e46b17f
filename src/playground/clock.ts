/**
 * The add-on's clock in the playground. Over the bundled sample, «now» is the sample's date (its
 * plans are of 2022, and a real today would make every measure overdue): a Date whose bare
 * `new Date()` and `Date.now()` run from that day at the wall time the playground started,
 * advancing as real time does. A subclass of the host's Date, so `instanceof Date` still holds
 * for the emulator; every other use of Date (a given instant, Date.UTC, parse) is the host's.
 */
export function shiftedDate(today: string, timeZoneOffsetHours = 3): DateConstructor {
  const [y, m, d] = today.split('-').map(Number);
  const started = Date.now();
  const wall = new Date(started + timeZoneOffsetHours * 3600_000);
  const target = Date.UTC(y, m - 1, d, wall.getUTCHours(), wall.getUTCMinutes(), wall.getUTCSeconds()) - timeZoneOffsetHours * 3600_000;
  return dateRunningFrom(target, started);
}

/**
 * A subclass of the host's Date whose bare `new Date()` and `Date.now()` read `target` at the host's
 * instant `started`, advancing as real time does; every other use of Date is the host's.
 */
export function dateRunningFrom(target: number, started = Date.now()): DateConstructor {
  const Host = Date;
  const shift = target - started;
  const now = (): number => Host.now() + shift;
  class RunningDate extends Host {
    constructor(...args: unknown[]) {
      if (args.length === 0) super(now());
      else super(...(args as [string | number | Date]));
    }
    static override now(): number {
      return now();
    }
  }
  return RunningDate as unknown as DateConstructor;
}
