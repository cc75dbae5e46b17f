/**
 * A typed promise wrapper over google.script.run. The function's name and arguments are checked
 * against the contract (src/contracts/server.ts) at compile time, and its answer is parsed with the
 * contract's result schema — the same the server parses with — so a page never works on a shape
 * the server did not promise.
 */
import { SERVER_API, type ServerArgs, type ServerFunctionName, type ServerResult } from '../../contracts/server';

interface ScriptRunner {
  withSuccessHandler(fn: (value: unknown) => void): ScriptRunner;
  withFailureHandler(fn: (error: Error) => void): ScriptRunner;
  [fn: string]: unknown;
}
declare const google: { script: { run: ScriptRunner; host: { close(): void } } };

export function callServer<K extends ServerFunctionName>(name: K, ...args: ServerArgs<K>): Promise<ServerResult<K>> {
  const schema = SERVER_API[name].result;
  return new Promise<ServerResult<K>>((resolve, reject) => {
    const runner = google.script.run
      .withSuccessHandler((value) => {
        if (schema === null) {
          resolve(undefined as ServerResult<K>);
          return;
        }
        const parsed = schema.safeParse(value);
        if (parsed.success) resolve(parsed.data as ServerResult<K>);
        else reject(new Error(`Сервер вернул неожиданный ответ (${name}).`));
      })
      .withFailureHandler((error) => reject(error));
    const fn = runner[name];
    if (typeof fn !== 'function') {
      reject(new Error(`Функция сервера «${name}» недоступна.`));
      return;
    }
    (fn as (...a: unknown[]) => void).apply(runner, args as unknown[]);
  });
}

export function closeDialog(): void {
  google.script.host.close();
}
