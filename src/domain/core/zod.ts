/**
 * Import this module before zod in every schema module (`import './zod'` first, then
 * `import * as z from 'zod/mini'`). `jitless` stops zod from compiling parsers with `new Function`,
 * which Apps Script and strict pages should not rely on. zod/mini (functional checks, ~40 KB) rather
 * than classic zod (~140 KB in the bundle): Apps Script loads the whole bundle on every execution.
 * `import * as z` (never re-exporting the namespace) lets esbuild drop what is not used.
 */
import { config } from 'zod/mini';

config({ jitless: true });
