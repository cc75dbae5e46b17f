// `npm run cli --` / `npm run demo`: runs the built bin (out/cli.mjs, the same file `npx roadmap-monitor`
// runs), rebuilding it first only when a source changed since the last build.
import { pathToFileURL } from 'node:url';
import { buildCli, cliFile, cliUpToDate } from './build-cli.mjs';

if (!cliUpToDate()) await buildCli();
await import(pathToFileURL(cliFile).href);
