/**
 * google.script.run's rules for what crosses between a page and the server, as Apps Script applies
 * them: primitives, null, plain objects and arrays only (Dates, functions, class instances and
 * cycles fail the call); values are copied (JSON), so undefined in an array becomes null and
 * undefined fields are dropped. Realm-agnostic: the server functions run in a vm context.
 */

/** Apps Script runs at most this many calls from one page at a time. */
export const MAX_IN_FLIGHT = 10;

function isPlainObject(v: object): boolean {
  const proto = Object.getPrototypeOf(v) as object | null;
  return proto === null || (Object.getPrototypeOf(proto) === null && Object.prototype.toString.call(v) === '[object Object]');
}

/** The first value that may not cross (its path and kind), or null when all of `value` may. */
export function findIllegal(value: unknown, at: string, stack: unknown[] = []): { path: string; kind: string } | null {
  if (value === null || value === undefined) return null;
  const t = typeof value;
  if (t === 'string' || t === 'boolean') return null;
  if (t === 'number') return null;
  if (t !== 'object') return { path: at, kind: t };
  if (stack.includes(value)) return { path: at, kind: 'circular reference' };
  const isArray = Array.isArray(value);
  if (!isArray && !isPlainObject(value as object)) {
    const tag = Object.prototype.toString.call(value).slice(8, -1);
    return { path: at, kind: tag === 'Object' ? 'class instance' : tag };
  }
  stack.push(value);
  const entries: [string, unknown][] = isArray ? (value as unknown[]).map((v, i) => [String(i), v]) : Object.entries(value as Record<string, unknown>);
  for (const [k, v] of entries) {
    const bad = findIllegal(v, `${at}.${k}`, stack);
    if (bad) return bad;
  }
  stack.pop();
  return null;
}

/** A legal value's copy as the other side receives it. */
export function copyAcross<T>(value: T): T {
  return (value === undefined ? undefined : JSON.parse(JSON.stringify(value))) as T;
}

/** Why a bridge request's body is refused, or null: `{ fn: string, args: unknown[] }`. */
export function badCall(body: unknown): string | null {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) return 'ожидается объект { fn, args }';
  const { fn, args } = body as { fn?: unknown; args?: unknown };
  if (typeof fn !== 'string' || !/^[A-Za-z_$][\w$]*$/.test(fn)) return 'fn: имя функции сервера';
  if (fn.endsWith('_')) return `функция ${fn} закрытая (имя на «_»): страницы не могут её вызвать`;
  if (!Array.isArray(args)) return 'args: массив аргументов';
  const bad = findIllegal(args, 'args');
  return bad ? `недопустимое значение в ${bad.path} (${bad.kind})` : null;
}
