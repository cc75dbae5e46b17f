/**
 * google.script.run for the add-on's pages in the playground, with Apps Script's rules on the page
 * side: a fresh runner on every access; withSuccessHandler / withFailureHandler / withUserObject;
 * handlers always run later; arguments are primitives, null, plain objects and arrays (a Date, a
 * function, a DOM node or a class instance fails the call before it leaves the page), a <form> only
 * as the sole argument (sent as { name: value }); at most 10 calls in flight. No DOM needed, so
 * tests run it in Node with a stand-in transport.
 */
import { copyAcross, findIllegal, MAX_IN_FLIGHT } from '../rules';

export type Envelope = { ok: true; value?: unknown } | { ok: false; name?: string; message: string };
export type Transport = (fn: string, args: unknown[]) => Promise<Envelope>;

interface Settings {
  success?: (value: unknown, user?: unknown) => void;
  failure?: (error: Error, user?: unknown) => void;
  userObject?: unknown;
}

export interface ScriptRunApi {
  /** A new runner (property access in the real API). */
  run(): Record<string, unknown>;
  pending(): number;
}

function isForm(v: unknown): v is HTMLFormElement {
  return typeof HTMLFormElement !== 'undefined' && v instanceof HTMLFormElement;
}

function formValues(form: HTMLFormElement): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const el of Array.from(form.elements) as HTMLInputElement[]) {
    if (!el.name || el.disabled || /^(submit|button|reset|image|file)$/i.test(el.type)) continue;
    if (/^(checkbox|radio)$/i.test(el.type) && !el.checked) continue;
    const prev = out[el.name];
    out[el.name] = prev === undefined ? el.value : Array.isArray(prev) ? [...prev, el.value] : [prev, el.value];
  }
  return out;
}

function error(message: string, name = 'Error'): Error {
  const e = new Error(message);
  e.name = name;
  return e;
}

/** `functions` are the names a runner offers (the bundle's globals); `transport` reaches the server. */
export function createScriptRun(functions: string[], transport: Transport): ScriptRunApi {
  let pending = 0;
  const later = (fn: () => void): void => {
    setTimeout(() => {
      try {
        fn();
      } finally {
        pending--;
      }
    }, 0);
  };
  const fail = (s: Settings, e: Error): void =>
    later(() => {
      if (s.failure) s.failure(e, s.userObject);
      else throw e;
    });

  function invoke(name: string, args: unknown[], s: Settings): void {
    pending++;
    if (pending > MAX_IN_FLIGHT) return fail(s, error(`Too many simultaneous invocations: at most ${MAX_IN_FLIGHT} google.script.run calls at a time.`));
    let payload: unknown[];
    if (args.length === 1 && isForm(args[0])) payload = [formValues(args[0])];
    else {
      const form = args.findIndex(isForm);
      const bad = form >= 0 ? { path: String(form), kind: 'form element (legal only as the sole argument)' } : findIllegal(args, 'args');
      if (bad) return fail(s, error(`Failed due to illegal value in property: ${bad.path.replace(/^args\./, '')} (${bad.kind})`));
      payload = copyAcross(args);
    }
    transport(name, payload).then(
      (env) =>
        env.ok ? later(() => s.success?.(env.value, s.userObject)) : fail(s, error(env.message, env.name === 'Error' || !env.name ? 'ScriptError' : env.name)),
      (e: unknown) => fail(s, error(String((e as Error)?.message ?? e))),
    );
  }

  function runner(s: Settings): Record<string, unknown> {
    const r: Record<string, unknown> = {};
    const withSetting = (key: keyof Settings) => (value: unknown) => {
      if (key !== 'userObject' && typeof value !== 'function') throw new TypeError('google.script.run: handler must be a function');
      return runner({ ...s, [key]: value });
    };
    r.withSuccessHandler = withSetting('success');
    r.withFailureHandler = withSetting('failure');
    r.withUserObject = withSetting('userObject');
    for (const name of functions) r[name] = (...args: unknown[]) => invoke(name, args, s);
    return r;
  }
  return { run: () => runner({}), pending: () => pending };
}
