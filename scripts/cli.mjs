// Runs the command line (src/cli/main.ts).
import { importTs } from './run-ts.mjs';

const { main } = await importTs('src/cli/main.ts', 'cli.mjs');
process.exitCode = await main(process.argv.slice(2));
