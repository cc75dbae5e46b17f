/**
 * The conditional format rules of a sheet applied to its cells, as Sheets draws them: «text is
 * exactly» on the text a cell shows, custom formulas (the add-on's templates write them, an .xlsx
 * brings them) evaluated by ./formula relative to each range's top-left cell. For every cell the
 * first rule that holds gives its fill and bold (Sheets' order: earlier rules win).
 */
import { serialDay } from '../domain/metrics/dates';
import { formatDate, lettersToColumn, type ConditionalRuleRecord } from '../emulator';
import { compileFormula, satisfied, type CellInput, type CompiledFormula, type FormulaEnv } from './formula';

export interface RuleEffect {
  r: number;
  c: number;
  bg?: string;
  bold?: true;
}

export interface SheetCells {
  /** The emulator's values: Dates are instants, shown in `timeZone`. */
  values: unknown[][];
  display: string[][];
  timeZone: string;
  /** The add-on's today, yyyy-MM-dd. */
  today: string;
}

/** A1 range → 1-based bounds (whole columns "G3:G" or "G:G" run to `maxRows`). */
export function bounds(a1: string, maxRows: number): { r1: number; c1: number; r2: number; c2: number } | null {
  const m = /^([A-Z]+)(\d*)(?::([A-Z]+)(\d*))?$/.exec(a1.replace(/^.*!/, '').replace(/\$/g, ''));
  if (!m) return null;
  const c1 = lettersToColumn(m[1]);
  const r1 = m[2] ? Number(m[2]) : 1;
  const c2 = m[3] ? lettersToColumn(m[3]) : c1;
  const r2 = m[4] ? Number(m[4]) : m[3] ? maxRows : r1;
  return { r1, c1, r2, c2 };
}

/** Whether a rule can be drawn: «text is exactly», or a formula ./formula evaluates faithfully. */
export function evaluable(rule: ConditionalRuleRecord): boolean {
  if (rule.criteria === 'TEXT_EQUAL_TO') return true;
  return rule.criteria === 'CUSTOM_FORMULA' && compileFormula(rule.value) !== null;
}

function environment(cells: SheetCells): FormulaEnv {
  const cache = new Map<number, CellInput>();
  // Sheets repeat their dates: a time-zone conversion (Intl) per distinct instant, not per cell.
  const serials = new Map<number, number>();
  const serialOf = (d: Date): number => {
    let v = serials.get(d.getTime());
    if (v === undefined) {
      const [y, mo, day, h, mi, s] = formatDate(d, cells.timeZone, 'yyyy-MM-dd-HH-mm-ss').split('-').map(Number);
      serials.set(d.getTime(), (v = serialDay(new Date(Date.UTC(y, mo - 1, day, h, mi, s)))));
    }
    return v;
  };
  let cols = 0;
  for (const r of cells.values) cols = Math.max(cols, r.length);
  return {
    rows: cells.values.length,
    cols,
    today: serialDay(new Date(`${cells.today}T00:00:00Z`)),
    cell(row, col) {
      const k = row * 100_000 + col;
      if (cache.has(k)) return cache.get(k)!;
      const v = cells.values[row - 1]?.[col - 1];
      let out: CellInput;
      if (v instanceof Date) out = serialOf(v);
      else if (typeof v === 'number' || typeof v === 'boolean') out = v;
      else out = v === undefined || v === null || v === '' ? null : String(v);
      cache.set(k, out);
      return out;
    },
  };
}

type Test = (r: number, c: number) => boolean;

function ruleTest(rule: ConditionalRuleRecord, cells: SheetCells, env: FormulaEnv, top: { r1: number; c1: number }): Test | null {
  if (rule.criteria === 'TEXT_EQUAL_TO') return (r, c) => cells.display[r - 1]?.[c - 1] === rule.value;
  const formula: CompiledFormula | null = rule.criteria === 'CUSTOM_FORMULA' ? compileFormula(rule.value) : null;
  if (!formula) return null;
  // A formula whose references all fix the column gives one answer for a whole row of the range.
  const byRow = new Map<number, boolean>();
  return (r, c) => {
    if (!formula.columnRelative && byRow.has(r)) return byRow.get(r)!;
    const ok = satisfied(formula.evaluate(env, r - top.r1, c - top.c1));
    if (!formula.columnRelative) byRow.set(r, ok);
    return ok;
  };
}

/** What the rules draw on the sheet's cells (only cells a rule holds for). */
export function ruleEffects(rules: readonly ConditionalRuleRecord[], cells: SheetCells): RuleEffect[] {
  const rows = cells.display.length;
  const cols = rows ? cells.display[0].length : 0;
  const env = environment(cells);
  const out = new Map<number, RuleEffect>();
  for (const rule of rules) {
    if (!rule.background && !rule.bold) continue;
    for (const a1 of rule.ranges) {
      const b = bounds(a1, rows);
      if (!b) continue;
      const test = ruleTest(rule, cells, env, b);
      if (!test) continue;
      for (let r = b.r1; r <= Math.min(b.r2, rows); r++)
        for (let c = b.c1; c <= Math.min(b.c2, cols); c++) {
          const k = r * 100_000 + c;
          const seen = out.get(k);
          if ((seen?.bg || !rule.background) && (seen?.bold || !rule.bold)) continue;
          if (!test(r, c)) continue;
          const effect = seen ?? { r, c };
          if (rule.background && !effect.bg) effect.bg = rule.background;
          if (rule.bold && !effect.bold) effect.bold = true;
          out.set(k, effect);
        }
    }
  }
  return [...out.values()];
}
