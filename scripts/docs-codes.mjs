// Writes the table of diagnostic codes (src/domain/checks/codes.ts) into README.md between the markers.
import * as esbuild from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const r = await esbuild.build({
  entryPoints: [path.join(root, 'src/domain/checks/codes.ts')],
  bundle: true,
  format: 'cjs',
  write: false,
  platform: 'node',
});
const mod = { exports: {} };
new Function('module', 'exports', r.outputFiles[0].text)(mod, mod.exports);
const codes = mod.exports.DIAGNOSTIC_CODES;
// Findings about the reference sheets («Настройки», «Справочник организаций», «Реестр школ»).
const r2 = await esbuild.build({
  entryPoints: [path.join(root, 'src/domain/settings-sheet.ts')],
  bundle: true,
  format: 'cjs',
  write: false,
  platform: 'node',
});
const mod2 = { exports: {} };
new Function('module', 'exports', r2.outputFiles[0].text)(mod2, mod2.exports);
Object.assign(codes, mod2.exports.SHEET_DIAGNOSTIC_CODES);
const rows = Object.entries(codes).map(([code, c]) => `| \`${code}\` | ${c.severity} | ${c.meaning} |`);
const table = ['| code | severity | meaning |', '| --- | --- | --- |', ...rows].join('\n');
const readme = path.join(root, 'README.md');
const text = fs.readFileSync(readme, 'utf8');
const next = text.replace(/<!-- codes:start -->[\s\S]*<!-- codes:end -->/, `<!-- codes:start -->\n${table}\n<!-- codes:end -->`);
fs.writeFileSync(readme, next);
console.log(`README.md: ${rows.length} codes`);
