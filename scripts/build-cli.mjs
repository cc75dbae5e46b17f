// Builds the command line once into out/cli.mjs, the package's bin (`roadmap-monitor`): one ESM file
// with a shebang, exceljs and jszip left external (imported only when an .xlsx is read or written),
// zod bundled. `npm ci` runs it (the `prepare` script); scripts/cli.mjs (`npm run cli`) rebuilds
// it only when a source it was built from changed since (out/cli.meta.json lists them).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const cliFile = path.join(root, 'out', 'cli.mjs');
const metaFile = path.join(root, 'out', 'cli.meta.json');

/** Writes out/cli.mjs (atomically: runs may overlap, as tests do) and the list of its sources. */
export async function buildCli() {
  const esbuild = await import('esbuild');
  const built = await esbuild.build({
    // The entry runs the command line (src/cli/main.ts) with the process's arguments.
    stdin: {
      contents: "import { main } from './src/cli/main';\nprocess.exitCode = await main(process.argv.slice(2));\n",
      resolveDir: root,
      loader: 'ts',
      sourcefile: 'roadmap-monitor.ts',
    },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // exceljs and jszip stay external (imported only for an .xlsx); zod is bundled, tree-shaken:
    // resolving and loading its dozens of files from node_modules cost more than the checks of a small file.
    external: ['exceljs', 'jszip'],
    banner: { js: '#!/usr/bin/env node' },
    charset: 'utf8',
    // Whitespace and syntax minified (names kept): a smaller file parses faster at every start.
    minifyWhitespace: true,
    minifySyntax: true,
    outfile: cliFile,
    logLevel: 'error',
    metafile: true,
    write: false,
  });
  const inputs = Object.keys(built.metafile.inputs).filter((f) => f !== 'roadmap-monitor.ts');
  inputs.push('scripts/build-cli.mjs', 'package.json');
  fs.mkdirSync(path.dirname(cliFile), { recursive: true });
  writeAtomically(cliFile, built.outputFiles[0].text, 0o755);
  writeAtomically(metaFile, JSON.stringify({ inputs }));
}

function writeAtomically(file, text, mode = 0o644) {
  const tmp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, text, { mode });
  fs.renameSync(tmp, file);
}

/** True when out/cli.mjs exists and is newer than every source it was built from. */
export function cliUpToDate() {
  let builtAt;
  let inputs;
  try {
    builtAt = fs.statSync(cliFile).mtimeMs;
    inputs = JSON.parse(fs.readFileSync(metaFile, 'utf8')).inputs;
  } catch {
    return false;
  }
  return inputs.every((f) => {
    try {
      return fs.statSync(path.join(root, f)).mtimeMs <= builtAt;
    } catch {
      return false;
    }
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  await buildCli();
  if (!process.argv.includes('--quiet')) console.log(`Командная строка → ${path.relative(root, cliFile)}`);
}
