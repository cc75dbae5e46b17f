/**
 * Day atoms: written dates («27.03.2022», «15.04», «2022-03-27»), «05.2022» (a month), a day and a
 * month word («27 марта 2022 г.», «1-го сентября»), and a bare day whose month comes later
 * («с 1 по 15 сентября», «1, 8 и 15 марта», «1-15.09.2022»).
 */
import type { Atom, Ctx, Tok } from '../model';
import { isMark, tokAt } from '../tokens';
import { skipYearWords, trailingYear, trailingYearEnd } from '../readers';
import { daySpan, monthSpan } from '../spans';
import { atom, NO_YEARS, yearsOne, type AtomMatcher } from './match';

/** A day of month m: fixed when a year follows at `yearAt`, else yearly. */
function dayAtom(toks: Tok[], i: number, d: number, m: number, yearAt: number, bareEnd: number): Atom {
  const y = trailingYear(toks, yearAt);
  if (y !== null) return atom(i, trailingYearEnd(), 'day', yearsOne(y), daySpan(y, m, d), null);
  return atom(i, bareEnd, 'day', NO_YEARS, null, (yy) => daySpan(yy, m, d));
}

/** «27.03.2022», «1.9.22», «27/03/2022», «2022-03-27», «15.04» (with a year after it or none). */
export const numericDateAtom: AtomMatcher = ({ toks }, i, out) => {
  const t = toks[i];
  if (t.k !== 'date') return false;
  if (t.y !== null) {
    const k = skipYearWords(toks, i + 1);
    out.push(atom(i, k, 'day', yearsOne(t.y), t.span!, null));
  } else out.push(dayAtom(toks, i, t.d, t.m, i + 1, i + 1));
  return true;
};

/** «05.2022»: May 2022. */
export const numericMonthAtom: AtomMatcher = ({ toks }, i, out) => {
  const t = toks[i];
  if (t.k !== 'my') return false;
  const k = skipYearWords(toks, i + 1);
  out.push(atom(i, k, 'month', yearsOne(t.y), monthSpan(t.y, t.m), null));
  return true;
};

const isDayNumber = (t: Tok | undefined): t is Extract<Tok, { k: 'num' }> => !!t && t.k === 'num' && t.len <= 2 && t.v >= 1 && t.v <= 31;

/** «27 марта», «27 марта 2022 г.», «1-го сентября». */
export const dayMonthAtom: AtomMatcher = ({ toks }, i, out) => {
  const t = toks[i];
  if (!isDayNumber(t)) return false;
  const mw = tokAt(toks, i + 1);
  const m = mw && mw.k === 'word' ? mw.info.month : null;
  if (m === null) return false;
  let k = i + 2;
  if (isMark(tokAt(toks, k), '.')) k++;
  out.push(dayAtom(toks, i, t.v, m, k, i + 2));
  return true;
};

/** The month of a bare day at i: the first month named after it across «-», «,», «и», «по», «до», «или». */
function laterMonth(ctx: Ctx, i: number): number | null {
  const { toks, used } = ctx;
  let j = i + 1;
  for (let guard = 0; guard < 12 && j < toks.length; guard++) {
    const c = toks[j];
    if (c.k === 'dash' || (c.k === 'sep' && c.c === ',') || (c.k === 'word' && (c.w === 'и' || c.w === 'по' || c.w === 'до' || c.w === 'или'))) {
      j++;
      continue;
    }
    if (c.k === 'date' && j > i + 1) return c.m; // «1-15.09.2022», «с 1 по 15.09»
    if (isDayNumber(c) && !used[j]) {
      const mw = tokAt(toks, j + 1);
      const mm = mw && mw.k === 'word' ? mw.info.month : null;
      if (mm !== null) return mm;
      j++;
      continue;
    }
    break;
  }
  return null;
}

/** A bare day whose month comes later: «с 1 по 15 сентября», «1, 8 и 15 марта». */
export const bareDayAtom: AtomMatcher = (ctx, i, out) => {
  const t = ctx.toks[i];
  if (!isDayNumber(t)) return false;
  const m = laterMonth(ctx, i);
  if (m === null) return false;
  const d = t.v;
  out.push(atom(i, i + 1, 'day', NO_YEARS, null, (y) => daySpan(y, m, d)));
  return true;
};
