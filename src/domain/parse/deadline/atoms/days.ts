/**
 * Day atoms: written dates («27.03.2022», «15.04», «2022-03-27»), «05.2022» (a month), a day and a
 * month word («27 марта 2022 г.», «1-го сентября»), and a bare day whose month comes later
 * («с 1 по 15 сентября», «1, 8 и 15 марта», «1-15.09.2022»).
 */
import type { Atom, Ctx, Tok } from '../model';
import { isMark } from '../tokens';
import { skipYearWords, trailingYear } from '../readers';
import { daySpan, monthSpan } from '../spans';
import type { AtomMatcher } from './match';

/** A day of month m: fixed when a year follows at `yearAt`, else yearly. */
function dayAtom(toks: Tok[], i: number, d: number, m: number, yearAt: number, bareEnd: number): Atom {
  const ty = trailingYear(toks, yearAt);
  if (ty) return { ts: i, te: ty[1], kind: 'day', years: [ty[0]], fixed: daySpan(ty[0], m, d), occ: null };
  return { ts: i, te: bareEnd, kind: 'day', years: [], fixed: null, occ: (y) => daySpan(y, m, d) };
}

/** «27.03.2022», «1.9.22», «27/03/2022», «2022-03-27», «15.04» (with a year after it or none). */
export const numericDateAtom: AtomMatcher = ({ toks }, i) => {
  const t = toks[i];
  if (t.k !== 'date') return null;
  if (t.y !== null) {
    const k = skipYearWords(toks, i + 1);
    return [{ ts: i, te: k, kind: 'day', years: [t.y], fixed: daySpan(t.y, t.m, t.d), occ: null }];
  }
  return [dayAtom(toks, i, t.d, t.m, i + 1, i + 1)];
};

/** «05.2022»: May 2022. */
export const numericMonthAtom: AtomMatcher = ({ toks }, i) => {
  const t = toks[i];
  if (t.k !== 'my') return null;
  const k = skipYearWords(toks, i + 1);
  return [{ ts: i, te: k, kind: 'month', years: [t.y], fixed: monthSpan(t.y, t.m), occ: null }];
};

const isDayNumber = (t: Tok | undefined): t is Extract<Tok, { k: 'num' }> => !!t && t.k === 'num' && t.len <= 2 && t.v >= 1 && t.v <= 31;

/** «27 марта», «27 марта 2022 г.», «1-го сентября». */
export const dayMonthAtom: AtomMatcher = ({ toks }, i) => {
  const t = toks[i];
  if (!isDayNumber(t)) return null;
  const mw = toks[i + 1];
  const m = mw && mw.k === 'word' ? mw.info.month : null;
  if (m === null) return null;
  let k = i + 2;
  if (isMark(toks[k], '.')) k++;
  return [dayAtom(toks, i, t.v, m, k, i + 2)];
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
      const mw = toks[j + 1];
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
export const bareDayAtom: AtomMatcher = (ctx, i) => {
  const t = ctx.toks[i];
  if (!isDayNumber(t)) return null;
  const m = laterMonth(ctx, i);
  if (m === null) return null;
  const d = t.v;
  return [{ ts: i, te: i + 1, kind: 'day', years: [], fixed: null, occ: (y) => daySpan(y, m, d) }];
};
