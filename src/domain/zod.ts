/**
 * Import this module before zod in every schema module (`import './zod'` first, then
 * `import * as z from 'zod'`). `jitless` stops zod from compiling parsers with `new Function`,
 * which Apps Script and strict pages should not rely on. `import * as z` (never `import { z }`,
 * never re-exporting the namespace) lets esbuild drop zod's locales: ~700 KB otherwise.
 */
import { config } from 'zod';

config({ jitless: true });
