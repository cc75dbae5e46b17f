/**
 * A promise wrapper over google.script.run. Results are parsed with the same zod schema the
 * server uses, so a page never works on a shape the server did not promise.
 */

interface ScriptRunner {
  withSuccessHandler(fn: (value: unknown) => void): ScriptRunner;
  withFailureHandler(fn: (error: Error) => void): ScriptRunner;
  [fn: string]: unknown;
}
declare const google: { script: { run: ScriptRunner; host: { close(): void } } };

/** Any zod schema (classic or mini): all a page needs is safeParse. */
export interface Schema<T> {
  safeParse(value: unknown): { success: true; data: T } | { success: false };
}

export function callServer<T>(name: string, schema: Schema<T>, ...args: unknown[]): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const runner = google.script.run
      .withSuccessHandler((value) => {
        const parsed = schema.safeParse(value);
        if (parsed.success) resolve(parsed.data);
        else reject(new Error(`Сервер вернул неожиданный ответ (${name}).`));
      })
      .withFailureHandler((error) => reject(error));
    const fn = runner[name];
    if (typeof fn !== 'function') {
      reject(new Error(`Функция сервера «${name}» недоступна.`));
      return;
    }
    (fn as (...a: unknown[]) => void).apply(runner, args);
  });
}

/** Calls a server function that returns nothing (its result, if any, is ignored). */
export function callServerVoid(name: string, ...args: unknown[]): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const runner = google.script.run.withSuccessHandler(() => resolve()).withFailureHandler((error) => reject(error));
    const fn = runner[name];
    if (typeof fn !== 'function') {
      reject(new Error(`Функция сервера «${name}» недоступна.`));
      return;
    }
    (fn as (...a: unknown[]) => void).apply(runner, args);
  });
}

export function closeDialog(): void {
  google.script.host.close();
}
