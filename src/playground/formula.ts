/**
 * Conditional-format formulas evaluated as Sheets evaluates them, for the playground's grid: parsed
 * by excel-formula-tokenizer + excel-formula-ast, functions from @formulajs/formulajs, and the
 * evaluation here — references shifted relative to the rule's top-left cell, IF/IFERROR lazy as in
 * Sheets (formulajs alone evaluates both branches), dates as serial numbers, comparisons with
 * Sheets' order (numbers < text < logicals, text without case), errors propagated. A formula this
 * cannot evaluate faithfully (another sheet, an unknown function) compiles to null: the rule is
 * shown as not evaluated, never guessed.
 */
import * as formulajs from '@formulajs/formulajs';
import { buildTree } from 'excel-formula-ast';
import { tokenize } from 'excel-formula-tokenizer';
import { serialDay } from '../domain/metrics/dates';

/** A cell's value as a formula sees it: dates already as serial numbers. */
export type CellInput = number | string | boolean | null;

export class FormulaError {
  constructor(readonly code: string) {}
}

type Scalar = CellInput | FormulaError;
type Value = Scalar | Scalar[][];

export interface FormulaEnv {
  /** The value of a 1-based cell of the rule's sheet. */
  cell(row: number, col: number): CellInput;
  /** The sheet's extent, for whole-column ranges. */
  rows: number;
  cols: number;
  /** TODAY() as a serial number (the add-on's «today»). */
  today: number;
}

type Node = ReturnType<typeof buildTree>;

interface Ref {
  row: number;
  col: number;
  rowFixed: boolean;
  colFixed: boolean;
}

const LAZY = new Set(['IF', 'IFERROR', 'IFNA']);
const OWN = new Set(['TODAY', 'NOW', 'VALUE']);
const functions = formulajs as unknown as Record<string, unknown>;

const refs = new Map<string, Ref | null>();

/** «$C5» → its row, column and which of them the $ fixes (memoised: a rule's few references recur in every cell). */
function ref(key: string): Ref | null {
  let r = refs.get(key);
  if (r === undefined) {
    const m = /^(\$?)([A-Z]{1,3})(\$?)(\d+)$/.exec(key.toUpperCase());
    let col = 0;
    for (const ch of m?.[2] ?? '') col = col * 26 + ch.charCodeAt(0) - 64;
    r = m ? { row: Number(m[4]), col, rowFixed: m[3] === '$', colFixed: m[1] === '$' } : null;
    if (refs.size < 10_000) refs.set(key, r);
  }
  return r;
}

/** True when the tree only uses what this evaluator does faithfully. */
function supported(node: Node): boolean {
  switch (node.type) {
    case 'cell':
      return ref(node.key) !== null;
    case 'cell-range':
      return node.left.type === 'cell' && node.right.type === 'cell' && supported(node.left) && supported(node.right);
    case 'function': {
      const name = node.name.toUpperCase();
      const known = LAZY.has(name) || OWN.has(name) || typeof functions[name] === 'function';
      return known && node.arguments.every(supported);
    }
    case 'binary-expression':
      return supported(node.left) && supported(node.right);
    case 'unary-expression':
      return supported(node.operand);
    default:
      return true;
  }
}

/** The serial day of a date's local wall clock (formulajs builds dates in local time). */
function serialOf(d: Date): number {
  return serialDay(new Date(Date.UTC(d.getFullYear(), d.getMonth(), d.getDate(), d.getHours(), d.getMinutes(), d.getSeconds())));
}

function fromLibrary(v: unknown): Value {
  if (v instanceof Date) return serialOf(v);
  if (v instanceof Error) return new FormulaError(v.message || '#VALUE!');
  if (Array.isArray(v)) return v.map((row) => (Array.isArray(row) ? row.map((x) => fromLibrary(x) as Scalar) : [fromLibrary(row) as Scalar]));
  if (v === undefined) return null;
  if (typeof v === 'number') return Number.isFinite(v) ? v : new FormulaError('#NUM!');
  if (typeof v === 'string' || typeof v === 'boolean' || v === null) return v;
  return new FormulaError('#VALUE!');
}

function scalar(v: Value): Scalar {
  if (!Array.isArray(v)) return v;
  return v[0]?.[0] ?? null;
}

function toNumber(v: Scalar): number | FormulaError {
  if (v instanceof FormulaError) return v;
  if (v === null || v === '') return 0;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'number') return v;
  const n = Number(v.trim());
  return v.trim() !== '' && Number.isFinite(n) ? n : new FormulaError('#VALUE!');
}

function toText(v: Scalar): string {
  if (v === null) return '';
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  return String(v);
}

/** Sheets' order: an empty cell is 0, "" or FALSE as the other side needs; numbers < text < logicals. */
function compare(a: CellInput, b: CellInput): number {
  if (a === null && b === null) return 0;
  if (a === null) return compare(typeof b === 'number' ? 0 : typeof b === 'boolean' ? false : '', b);
  if (b === null) return -compare(b, a);
  const rank = (x: CellInput) => (typeof x === 'number' ? 0 : typeof x === 'string' ? 1 : 2);
  if (rank(a) !== rank(b)) return rank(a) - rank(b);
  if (typeof a === 'string') {
    const x = a.toLowerCase();
    const y = (b as string).toLowerCase();
    return x < y ? -1 : x > y ? 1 : 0;
  }
  return Number(a) - Number(b);
}

function binary(op: string, a: Scalar, b: Scalar): Scalar {
  if (a instanceof FormulaError) return a;
  if (b instanceof FormulaError) return b;
  if (op === '&') return toText(a) + toText(b);
  const comparisons: Record<string, (c: number) => boolean> = {
    '=': (c) => c === 0,
    '<>': (c) => c !== 0,
    '<': (c) => c < 0,
    '>': (c) => c > 0,
    '<=': (c) => c <= 0,
    '>=': (c) => c >= 0,
  };
  if (comparisons[op]) return comparisons[op](compare(a, b));
  const x = toNumber(a);
  const y = toNumber(b);
  if (x instanceof FormulaError) return x;
  if (y instanceof FormulaError) return y;
  switch (op) {
    case '+':
      return x + y;
    case '-':
      return x - y;
    case '*':
      return x * y;
    case '/':
      return y === 0 ? new FormulaError('#DIV/0!') : x / y;
    case '^':
      return x ** y;
    default:
      return new FormulaError('#ERROR!');
  }
}

function truthy(v: Scalar): boolean | FormulaError {
  if (v instanceof FormulaError) return v;
  if (typeof v === 'string') return v.toUpperCase() === 'TRUE' ? true : v.toUpperCase() === 'FALSE' || v === '' ? false : new FormulaError('#VALUE!');
  return Boolean(v);
}

class Evaluation {
  constructor(
    private readonly env: FormulaEnv,
    /** Offset of the evaluated cell from the rule's top-left cell. */
    private readonly dRow: number,
    private readonly dCol: number,
  ) {}

  private at(key: string): { row: number; col: number } {
    const r = ref(key)!;
    return { row: r.row + (r.rowFixed ? 0 : this.dRow), col: r.col + (r.colFixed ? 0 : this.dCol) };
  }

  value(node: Node): Value {
    switch (node.type) {
      case 'number':
      case 'text':
      case 'logical':
        return node.value;
      case 'cell': {
        const { row, col } = this.at(node.key);
        return row < 1 || col < 1 ? new FormulaError('#REF!') : this.env.cell(row, col);
      }
      case 'cell-range':
        return this.range(node.left as { key: string }, node.right as { key: string });
      case 'unary-expression': {
        const n = toNumber(scalar(this.value(node.operand)));
        return n instanceof FormulaError || node.operator === '+' ? n : -n;
      }
      case 'binary-expression':
        return binary(node.operator, scalar(this.value(node.left)), scalar(this.value(node.right)));
      case 'function':
        return this.call(node.name.toUpperCase(), node.arguments);
    }
  }

  private range(left: { key: string }, right: { key: string }): Scalar[][] {
    const a = this.at(left.key);
    const b = this.at(right.key);
    const rows: Scalar[][] = [];
    for (let r = Math.min(a.row, b.row); r <= Math.min(Math.max(a.row, b.row), this.env.rows); r++) {
      const row: Scalar[] = [];
      for (let c = Math.min(a.col, b.col); c <= Math.min(Math.max(a.col, b.col), this.env.cols); c++) row.push(this.env.cell(r, c));
      rows.push(row);
    }
    return rows;
  }

  private call(name: string, args: Node[]): Value {
    if (name === 'TODAY') return this.env.today;
    if (name === 'NOW') return this.env.today;
    // formulajs reads VALUE("x") as 0; Sheets gives #VALUE!.
    if (name === 'VALUE') return toNumber(scalar(args[0] ? this.value(args[0]) : null));
    if (name === 'IF') {
      const test = truthy(scalar(this.value(args[0])));
      if (test instanceof FormulaError) return test;
      const branch = test ? args[1] : args[2];
      return branch ? this.value(branch) : test ? true : false;
    }
    if (name === 'IFERROR' || name === 'IFNA') {
      const v = this.value(args[0]);
      const failed = v instanceof FormulaError && (name === 'IFERROR' || v.code === '#N/A');
      return failed ? (args[1] ? this.value(args[1]) : '') : v;
    }
    const values = args.map((a) => this.value(a));
    const error = values.find((v): v is FormulaError => v instanceof FormulaError);
    if (error) return error;
    try {
      return fromLibrary((functions[name] as (...a: unknown[]) => unknown)(...values));
    } catch {
      return new FormulaError('#ERROR!');
    }
  }
}

export interface CompiledFormula {
  /** Whether any reference moves with the column (else a row's cells all get one result). */
  readonly columnRelative: boolean;
  /** The result for the cell `dRow`, `dCol` away from the rule's top-left cell. */
  evaluate(env: FormulaEnv, dRow: number, dCol: number): Scalar;
}

const compiled = new Map<string, CompiledFormula | null>();

/** A conditional format's formula («=AND($F5<>"Выполнено";…)» en_US form), or null when it cannot be evaluated. */
export function compileFormula(text: string): CompiledFormula | null {
  // A sheet's few rule formulas are asked for on every redraw, for the rule list and for each range.
  let f = compiled.get(text);
  if (f === undefined) {
    f = compile(text);
    if (compiled.size < 1_000) compiled.set(text, f);
  }
  return f;
}

function compile(text: string): CompiledFormula | null {
  let tree: Node;
  try {
    tree = buildTree(tokenize(text.startsWith('=') ? text : `=${text}`));
  } catch {
    return null;
  }
  if (!supported(tree)) return null;
  const keys = [...JSON.stringify(tree).matchAll(/"key":"([^"]+)"/g)].map((m) => m[1]);
  const columnRelative = keys.some((k) => !ref(k)!.colFixed);
  return {
    columnRelative,
    evaluate: (env, dRow, dCol) => scalar(new Evaluation(env, dRow, dCol).value(tree)),
  };
}

/** A rule's formula applies when its result is TRUE (or a non-zero number), as in Sheets; errors apply nothing. */
export function satisfied(v: Scalar): boolean {
  if (v instanceof FormulaError) return false;
  return v === true || (typeof v === 'number' && v !== 0);
}
