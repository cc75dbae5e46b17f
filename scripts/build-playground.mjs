// Builds the playground (src/playground/) into out/playground/: server.mjs (the Node side, npm
// packages left external), client.js + client.css (the Sheets-like page) and script-run.js (the
// google.script stand-in injected into the add-on's pages). `npm start` and `npm run build` run it.
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
    });
  }
  fs.copyFileSync(path.join(src, 'client', 'client.css'), path.join(playgroundDir, 'client.css'));
}

if (import.meta.url === `file://${process.argv[1]}`) await buildPlayground();
