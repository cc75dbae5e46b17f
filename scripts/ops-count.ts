/**
 * Work counted, not timed: every regular-expression execution (RegExp.prototype.exec, which test,
 * match, matchAll, replace and split all go through once it is replaced) and every call of the
 * string methods that scan text. The parsers do all their work through these, so the count grows
 * with the work and not with the machine's load. Used by the doubling test and `npm run bench`.
 */
const SCANS = ['trim', 'toLowerCase', 'toUpperCase', 'slice', 'indexOf', 'includes', 'startsWith', 'endsWith', 'normalize', 'localeCompare'] as const;

type Method = (this: unknown, ...args: unknown[]) => unknown;

/** Runs fn with the counters on; returns how many operations it made (and fn's result). */
export function countOps<T>(fn: () => T): { ops: number; result: T } {
  let ops = 0;
  const regexp = RegExp.prototype as unknown as Record<string, Method>;
  const string = String.prototype as unknown as Record<string, Method>;
  const saved: [Record<string, Method>, string, Method][] = [
    [regexp, 'exec', regexp.exec],
    ...SCANS.map((name): [Record<string, Method>, string, Method] => [string, name, string[name]]),
  ];
  for (const [target, name, original] of saved) {
    target[name] = function (this: unknown, ...args: unknown[]) {
      ops++;
      return original.apply(this, args);
    };
  }
  try {
    const result = fn();
    return { ops, result };
  } finally {
    for (const [target, name, original] of saved) target[name] = original;
  }
}
