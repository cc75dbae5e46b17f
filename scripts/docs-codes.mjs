// Writes the table of diagnostic codes (ALL_CODES of src/domain/workbook/kinds) into README.md between the markers.
import * as esbuild from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// One registry: the roadmap's codes and every document kind's (src/domain/workbook/kinds).
const r = await esbuild.build({
  entryPoints: [path.join(root, 'src/domain/workbook/kinds/index.ts')],
  bundle: true,
  format: 'cjs',
  write: false,
  platform: 'node',
});
const mod = { exports: {} };
new Function('module', 'exports', r.outputFiles[0].text)(mod, mod.exports);
const codes = mod.exports.ALL_CODES;
const rows = Object.entries(codes).map(([code, c]) => `| \`${code}\` | ${c.severity} | ${c.meaning} |`);
const table = ['| code | severity | meaning |', '| --- | --- | --- |', ...rows].join('\n');
const readme = path.join(root, 'README.md');
const text = fs.readFileSync(readme, 'utf8');
const next = text.replace(/<!-- codes:start -->[\s\S]*<!-- codes:end -->/, `<!-- codes:start -->\n${table}\n<!-- codes:end -->`);
fs.writeFileSync(readme, next);
console.log(`README.md: ${rows.length} codes`);
