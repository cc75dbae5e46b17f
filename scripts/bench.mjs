// `npm run bench`: bundles scripts/bench.ts with esbuild and runs it; prints figures.
import * as esbuild from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outfile = path.join(root, 'out', 'bench.mjs');
const built = await esbuild.build({
  entryPoints: [path.join(root, 'scripts/bench.ts')],
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  outfile,
  logLevel: 'error',
  write: false,
});
// Written atomically: several runs (parallel tests) may build at once.
const tmp = `${outfile}.${process.pid}.tmp`;
fs.mkdirSync(path.dirname(outfile), { recursive: true });
fs.writeFileSync(tmp, built.outputFiles[0].text);
fs.renameSync(tmp, outfile);
await import(pathToFileURL(outfile).href);
