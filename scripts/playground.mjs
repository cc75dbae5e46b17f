// `npm start [-- file.xlsx]`: builds dist/ (the add-on) and out/playground/, then runs the playground.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const built = spawnSync(process.execPath, [path.join(root, 'scripts', 'build.mjs'), '--quiet'], { stdio: 'inherit' });
if (built.status !== 0) process.exit(built.status ?? 1);
const { main } = await import(pathToFileURL(path.join(root, 'out', 'playground', 'server.mjs')).href);
process.exitCode = await main(root, process.argv.slice(2));
