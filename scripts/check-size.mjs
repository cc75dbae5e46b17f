// House rule, run by `npm run lint`: no source file over 500 lines, no function over 100 lines.
// Generated code and data tables are exempt: files listed in EXEMPT_FILES (with the reason).
// Test callbacks (describe/test/it bodies) are grouping, not functions, and are not measured; nor is
// the wrapper of a plain browser script, `(function () { … })();` standing alone at the top of its file
// (a module's scope, not a function). The functions inside either are measured as usual.
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

const ROOTS = ['src', 'scripts', 'sheets-templates', 'test'];
const MAX_FILE_LINES = 500;
const MAX_FUNCTION_LINES = 100;
const EXTENSIONS = new Set(['.ts', '.mjs', '.js', '.cjs']);
/** Files that are data, not code (path → why). */
const EXEMPT_FILES = new Map([]);
const TEST_CALLS = new Set(['describe', 'test', 'it', 'beforeAll', 'afterAll', 'beforeEach', 'afterEach']);

function* files(dir) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name === 'node_modules' || entry.name === 'fixtures') continue;
      yield* files(full);
    } else if (EXTENSIONS.has(path.extname(entry.name))) yield full;
  }
}

function isTestCallback(node) {
  const call = node.parent;
  if (!call || !ts.isCallExpression(call)) return false;
  let callee = call.expression;
  while (ts.isPropertyAccessExpression(callee) || ts.isCallExpression(callee)) callee = ts.isCallExpression(callee) ? callee.expression : callee.expression;
  return ts.isIdentifier(callee) && TEST_CALLS.has(callee.text);
}

/** `(function () { … })();` as a statement of its own at the top of the file. */
function isModuleWrapper(node) {
  let p = node.parent;
  while (p && ts.isParenthesizedExpression(p)) p = p.parent;
  return Boolean(p && ts.isCallExpression(p) && p.parent && ts.isExpressionStatement(p.parent) && ts.isSourceFile(p.parent.parent));
}

function functionName(node, source) {
  if (node.name) return node.name.getText(source);
  const p = node.parent;
  if (p && ts.isVariableDeclaration(p)) return p.name.getText(source);
  if (p && ts.isPropertyAssignment(p)) return p.name.getText(source);
  return '(anonymous)';
}

function longFunctions(file, text) {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const out = [];
  const visit = (node) => {
    if (ts.isFunctionLike(node) && 'body' in node && node.body && !isTestCallback(node) && !isModuleWrapper(node)) {
      const start = source.getLineAndCharacterOfPosition(node.getStart(source)).line;
      const end = source.getLineAndCharacterOfPosition(node.end).line;
      if (end - start + 1 > MAX_FUNCTION_LINES)
        out.push(`${file}:${start + 1}: ${functionName(node, source)} has ${end - start + 1} lines (max ${MAX_FUNCTION_LINES})`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return out;
}

const problems = [];
for (const root of ROOTS) {
  if (!fs.existsSync(root)) continue;
  for (const file of files(root)) {
    const rel = file.split(path.sep).join('/');
    if (EXEMPT_FILES.has(rel)) continue;
    const text = fs.readFileSync(file, 'utf8');
    const lines = text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
    if (lines > MAX_FILE_LINES) problems.push(`${rel}: ${lines} lines (max ${MAX_FILE_LINES})`);
    problems.push(...longFunctions(rel, text));
  }
}
if (problems.length > 0) {
  console.error(
    `Размер кода: ${problems.length} нарушени${problems.length === 1 ? 'е' : 'й'} правила (файл ≤ ${MAX_FILE_LINES} строк, функция ≤ ${MAX_FUNCTION_LINES}):`,
  );
  for (const p of problems) console.error(`  ${p}`);
  process.exit(1);
}
console.log(`Размер кода: все файлы ≤ ${MAX_FILE_LINES} строк, все функции ≤ ${MAX_FUNCTION_LINES}.`);
