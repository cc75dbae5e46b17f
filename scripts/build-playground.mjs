// Builds the playground (src/playground/) into out/playground/: server.mjs (the Node side, npm
// packages left external), client.js + client.css (the Sheets-like page) and script-run.js (the
// google.script stand-in injected into the add-on's pages). `npm start` and `npm run build` run it.
// The page's grid is jspreadsheet-ce (MIT), bundled with jsuites (MIT) and their CSS.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const playgroundDir = path.join(root, 'out', 'playground');

export async function buildPlayground() {
  const esbuild = await import('esbuild');
  const src = path.join(root, 'src', 'playground');
  fs.mkdirSync(playgroundDir, { recursive: true });
  const common = { bundle: true, charset: 'utf8', logLevel: 'error', legalComments: 'none' };
  await esbuild.build({
    ...common,
    entryPoints: [path.join(src, 'main.ts')],
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    outfile: path.join(playgroundDir, 'server.mjs'),
  });
  for (const name of ['client', 'script-run']) {
    await esbuild.build({
      ...common,
      entryPoints: [path.join(src, 'client', `${name}.ts`)],
      platform: 'browser',
      format: 'iife',
      target: 'es2020',
      outfile: path.join(playgroundDir, `${name}.js`),
      // The grid component's formula engine stays out: the grid never evaluates a formula.
      alias: { '@jspreadsheet/formula': path.join(src, 'client', 'no-formula.ts') },
    });
  }
  // The grid component's own styles first (jsuites, then jspreadsheet-ce), ours after them.
  const css = [
    path.join(root, 'node_modules', 'jsuites', 'dist', 'jsuites.css'),
    path.join(root, 'node_modules', 'jspreadsheet-ce', 'dist', 'jspreadsheet.css'),
    path.join(src, 'client', 'client.css'),
  ];
  fs.writeFileSync(path.join(playgroundDir, 'client.css'), css.map((f) => fs.readFileSync(f, 'utf8')).join('\n'));
}

if (import.meta.url === `file://${process.argv[1]}`) await buildPlayground();
