/**
 * The built bundle (dist/Code.js, made by `npm run build`) loaded into a bare V8 context with only
 * the fake Apps Script services — no require, module, process, timers, fetch or Buffer — as Apps
 * Script runs it. Tests of what users can lose go through it, so they test what is deployed.
 */
import fs from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import type { createFakeGas } from '../fakes/gas';

export const dist = path.join(__dirname, '../../dist');
const codePath = path.join(dist, 'Code.js');

export function bundleCode(): string {
  if (!fs.existsSync(codePath)) throw new Error('dist/Code.js is missing: run `npm run build` first (npm test does)');
  return fs.readFileSync(codePath, 'utf8');
}

export const NODE_GLOBALS = ['require', 'module', 'exports', 'process', 'setTimeout', 'setInterval', 'fetch', 'Buffer', 'TextEncoder', 'window', 'document'];

/**
 * A bare V8 context with only the fake services. Code generation from strings is off (no eval, no
 * new Function), as a strict page would have it: zod runs jitless.
 */
export function loadBundle(fake: ReturnType<typeof createFakeGas>): vm.Context {
  // Date is the host's: the fake services check `instanceof Date`, and in Apps Script there is one realm.
  const context = vm.createContext({ ...fake.globals(), Date }, { codeGeneration: { strings: false, wasm: false } });
  for (const name of NODE_GLOBALS) {
    if (vm.runInContext(`typeof ${name}`, context) !== 'undefined') throw new Error(`the bundle's context must not have ${name}`);
  }
  vm.runInContext(bundleCode(), context, { filename: 'Code.js' });
  return context;
}

/** Calls a global function of the bundle as google.script.run would: plain data in, plain data out. */
export function callGlobal<T = unknown>(ctx: vm.Context, name: string, ...args: unknown[]): T {
  const fn = (ctx as Record<string, unknown>)[name];
  if (typeof fn !== 'function') throw new Error(`the bundle has no global function ${name}`);
  const plain = args.map((a) => JSON.parse(JSON.stringify(a)) as unknown);
  const result = (fn as (...a: unknown[]) => unknown)(...plain);
  return (result === undefined ? undefined : JSON.parse(JSON.stringify(result))) as T;
}
