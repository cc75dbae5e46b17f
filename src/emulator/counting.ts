/** Call counting: every public method call on a service object is recorded as "Type.method". */
import type { CallLog } from './types';

export class Counter {
  log: string[] = [];
  counts = new Map<string, number>();
  record(name: string): void {
    this.log.push(name);
    this.counts.set(name, (this.counts.get(name) ?? 0) + 1);
  }
  reset(): void {
    this.log.length = 0;
    this.counts.clear();
  }
}

/** What `counted` needs of the world: the counter, and the hook that may run an interleaved execution. */
export interface CallSite {
  counter: Counter;
  beforeCall(): void;
}

/**
 * Wraps an implementation object so that each call of a public method (not starting with "_") is
 * counted as `${typeName}.${method}` and passes `guard` first. Methods returning the raw target
 * return the proxy instead, so chaining stays counted.
 */
export function counted<T extends object>(typeName: string, target: T, world: CallSite, guard?: (method: string) => void): T {
  const proxy: T = new Proxy(target, {
    get(t, prop) {
      const v: unknown = Reflect.get(t, prop, t);
      if (typeof v !== 'function' || typeof prop !== 'string' || prop.startsWith('_') || prop === 'constructor') return v;
      const fn = v as (...args: unknown[]) => unknown;
      return function countedMethod(...args: unknown[]): unknown {
        const name = `${typeName}.${prop}`;
        world.beforeCall();
        world.counter.record(name);
        guard?.(name);
        const r = fn.apply(t, args);
        return r === t ? proxy : r;
      };
    },
  });
  return proxy;
}

/** The counter as tests read it (`fake.calls`). */
export function callLogOf(counter: Counter): CallLog {
  return {
    total: () => counter.log.length,
    byMethod: () => Object.fromEntries(counter.counts),
    count: (m) => counter.counts.get(m) ?? 0,
    reset: () => counter.reset(),
    log: counter.log,
  };
}
