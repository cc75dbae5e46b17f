/**
 * Stretches counted by ordinals: half-years, calendar quarters and school quarters («1 полугодие»,
 * «I-II четверть», «IV кв. 2022 г.», «в первом и третьем квартале 2022 г.», «2 полугодие
 * 2022-2023 уч. года»). Half-years follow the plan (academic or calendar) unless a single
 * calendar year is written; school quarters follow `schoolQuarterDays` in period.ts.
 */
import type { Ctx, Span, Tok } from '../model';
import { isAndOr, isMark, tokAt, wordOf } from '../tokens';
import { ordinalAt, skipAcademicWords, skipYearWords, trailingYear, trailingYearEnd, yearPairAt } from '../readers';
import { academicSpan, halfYearOcc, monthsSpan, yearSpan } from '../spans';
import { firstIn } from '../year-resolution';
import { schoolQuarterDays } from '../../period';
import type { Unit } from '../vocabulary';
import { atom, NO_YEARS, yearsOne, type AtomMatcher } from './match';

interface Ordinal {
  n: number;
  at: number;
}

/** «1», «I-II», «первом и третьем»: ordinals joined by «-», «,», «и», «или»; j = the token after them. */
function readOrdinals(ctx: Ctx, i: number): { ords: Ordinal[]; j: number } {
  const { toks } = ctx;
  const ords: Ordinal[] = [];
  let j = i;
  for (let guard = 0; guard < 8; guard++) {
    const n = ordinalAt(tokAt(toks, j));
    if (n === null || ctx.used[j]) break;
    ords.push({ n, at: j });
    j++;
    const c = tokAt(toks, j);
    if (c && (c.k === 'dash' || (c.k === 'sep' && c.c === ',') || (c.k === 'word' && isAndOr(c.w))) && ordinalAt(tokAt(toks, j + 1)) !== null) {
      j++;
      continue;
    }
    break;
  }
  return { ords, j };
}

interface UnitYears {
  /** the year or years written after the unit, as a span */
  span: Span | null;
  /** that span is an academic year */
  academic: boolean;
  years: number[];
  end: number;
}

/** Optional year context after the unit: «2022 г.» or «2021/2022 учебного года». */
function readUnitYears(toks: Tok[], end: number): UnitYears {
  const pair = yearPairAt(toks, end);
  if (pair) {
    const after = skipAcademicWords(toks, skipYearWords(toks, pair.next));
    const academic = (after.uch || pair.slash) && pair.y2 === pair.y1 + 1;
    const span = academic ? academicSpan(pair.y1) : { s: yearSpan(pair.y1).s, e: yearSpan(pair.y2).e };
    return { span, academic, years: [pair.y1, pair.y2], end: after.k };
  }
  const y = trailingYear(toks, end);
  if (y !== null) return { span: yearSpan(y), academic: false, years: yearsOne(y), end: trailingYearEnd() };
  return { span: null, academic: false, years: NO_YEARS, end };
}

/** The n-th unit as a yearly pattern (null: no such half-year). */
function unitOcc(unit: Unit, n: number, academic: boolean): ((y: number) => Span) | null {
  if (unit === 'halfyear') return n > 2 ? null : halfYearOcc(n, academic);
  if (unit === 'quarter') return (y) => monthsSpan(y, n * 3 - 2, n * 3);
  return (y) => schoolQuarterDays(y, n);
}

/** Units after ordinals: one atom per ordinal, the last one carrying the year context. */
export const unitAtoms: AtomMatcher = (ctx, i, out) => {
  const { toks } = ctx;
  if (ordinalAt(tokAt(toks, i)) === null) return false; // most tokens: no ordinal, nothing to read
  const { ords, j } = readOrdinals(ctx, i);
  if (ords.length === 0) return false;
  const u = tokAt(toks, j);
  const unit = u && u.k === 'word' ? u.info.unit : null;
  if (!unit) return false;
  let end = j + 1;
  if (isMark(tokAt(toks, end), '.') && wordOf(u) === 'кв') end++;
  const ys = readUnitYears(toks, end);
  const start = out.length;
  for (let k = 0; k < ords.length; k++) {
    const { n, at } = ords[k];
    const occ = unitOcc(unit, n, ys.span ? ys.academic : ctx.academicPlan);
    if (!occ) {
      out.length = start;
      return false;
    }
    const last = k === ords.length - 1;
    const te = last ? ys.end : at + 1;
    out.push(atom(at, te, unit, last ? ys.years : NO_YEARS, ys.span ? firstIn(occ, ys.span.s, ys.span.e) : null, ys.span ? null : occ));
  }
  return true;
};
