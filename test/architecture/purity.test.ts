/**
 * The layering rules are real build errors: Apps Script services (and Node/DOM globals) used in
 * src/domain fail both the domain typecheck (tsconfig.domain.json has no such types) and lint.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import ts from 'typescript';

const root = path.join(__dirname, '../..');

function domainTypeErrors(source: string): string[] {
  const configPath = path.join(root, 'tsconfig.domain.json');
  const config = ts.readConfigFile(configPath, ts.sys.readFile);
  const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, root);
  const probe = path.join(root, 'src/domain/__purity_probe__.ts');
  const host = ts.createCompilerHost(parsed.options);
  const readFile = host.readFile.bind(host);
  const fileExists = host.fileExists.bind(host);
  host.readFile = (f) => (path.resolve(f) === probe ? source : readFile(f));
  host.fileExists = (f) => path.resolve(f) === probe || fileExists(f);
  const program = ts.createProgram([probe], parsed.options, host);
  return ts
    .getPreEmitDiagnostics(program)
    .filter((d) => d.file && path.resolve(d.file.fileName) === probe)
    .map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
}

/** Lint a source text as if it were the file at `relPath` (eslint's CLI: jest cannot load its ESM config). */
function lintRules(source: string, relPath: string): string[] {
  const r = spawnSync(process.execPath, [path.join(root, 'node_modules/eslint/bin/eslint.js'), '--stdin', '--stdin-filename', relPath, '--format', 'json'], {
    cwd: root,
    input: source,
    encoding: 'utf8',
  });
  const [result] = JSON.parse(r.stdout) as { messages: { ruleId: string | null }[] }[];
  return result.messages.map((m) => m.ruleId ?? '');
}

const FORBIDDEN = ['SpreadsheetApp', 'HtmlService', 'PropertiesService', 'LockService', 'ScriptApp', 'Session', 'Utilities'];

describe('src/domain stays pure', () => {
  test.each(FORBIDDEN)('%s in src/domain is a type error', (name) => {
    const errors = domainTypeErrors(`export const probe = () => ${name};\n`);
    expect(errors.join('\n')).toMatch(new RegExp(`Cannot find name '${name}'`));
  });

  test('plain domain code type-checks', () => {
    expect(domainTypeErrors('export const probe = (a: number): number => a + 1;\n')).toEqual([]);
  });

  test('lint rejects Apps Script services and Node globals in src/domain', () => {
    const rules = lintRules('export const a = () => SpreadsheetApp.getActive();\nexport const b = () => process.env;\n', 'src/domain/__purity_probe__.ts');
    expect(rules.filter((r) => r === 'no-restricted-globals')).toHaveLength(2);
  });

  test('lint rejects Node imports in src/gas', () => {
    const rules = lintRules("import fs from 'node:fs';\nexport const a = fs;\n", 'src/gas/__purity_probe__.ts');
    expect(rules).toContain('no-restricted-imports');
  });

  test.each([
    ['src/domain/checks/deep/__probe__.ts', "import { readGrid } from '../../../gas/sheet-io';"],
    ['src/domain/table/__probe__.ts', "import { main } from '../../cli/main';"],
    ['src/domain/__probe__.ts', "import { PAGES } from '../contracts/pages';"],
    ['src/domain/parse/deadline/__probe__.ts', "import fs from 'fs';"],
    ['src/contracts/__probe__.ts', "import { showPage } from '../gas/dialogs';"],
    ['src/app/summary/__probe__.ts', "import { readWorkbook } from '../../cli/workbook-io';"],
    ['src/ui/check/__probe__.ts', "import { getCheckReport } from '../../gas/check';"],
    ['src/ui/check/__probe__.ts', "import * as main from '../../main';"],
    ['src/gas/__probe__.ts', "import { main } from '../cli/main';"],
    ['src/cli/__probe__.ts', "import { showPage } from '../gas/dialogs';"],
    ['src/emulator/deep/__probe__.ts', "import { showPage } from '../../gas/dialogs';"],
    ['src/emulator/__probe__.ts', "import { PrepareSheetUseCase } from '../app/prepare';"],
  ])('lint rejects a layer reaching outward at any depth: %s — %s', (file, line) => {
    expect(lintRules(`${line}\nexport const probe = [${line.match(/import (?:\* as )?\{? ?(\w+)/)![1]}];\n`, file)).toContain('no-restricted-imports');
  });

  test('pages may import the contracts and pure domain code', () => {
    const source =
      "import { PAGES } from '../../contracts/pages';\nimport { parseDeadline } from '../../domain/parse/deadline';\nexport const probe = [PAGES, parseDeadline];\n";
    expect(lintRules(source, 'src/ui/check/__probe__.ts')).not.toContain('no-restricted-imports');
  });
});
