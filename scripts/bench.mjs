// `npm run bench`: runs scripts/bench.ts; prints figures.
import { importTs } from './run-ts.mjs';

await importTs('scripts/bench.ts', 'bench.mjs');
