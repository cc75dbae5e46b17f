/**
 * Parts of a stretch: «начало / середина / конец» of a month = days 1–10 / 11–20 / 21–end;
 * «первая / вторая половина» = 1–15 / 16–end; «N декада» = the N-th ten days. Of a longer stretch:
 * its first / middle / last month (the end of an academic year is May). «по итогам X» = the end of X.
 */
import { fromDayNumber } from '../period';
import type { Atom, ModKind, Span } from './model';
import { monthSpan } from './spans';

/**
 * Apply each strong atom's modifier. On a yearly pattern it applies inside each occurrence, so
 * that «конец учебного года» in a calendar plan 2022 is May 2022 (the end of 2021/2022), not the
 * end of 2022/2023.
 */
export function applyModifiers(strong: Atom[]): void {
  for (const a of strong) {
    if (a.mod && a.occ) {
      const occ = a.occ;
      const mod = a.mod;
      const academic = a.kind === 'yearPhrase' && a.academic === true;
      a.occ = (y) => applyMod(occ(y), mod, academic);
    } else if (a.mod && a.fixed) {
      a.fixed = applyMod(a.fixed, a.mod, a.kind === 'academic' || (a.kind === 'yearPhrase' && a.academic === true));
    }
  }
}

export function applyMod(s: Span, mod: ModKind | undefined, academic: boolean): Span {
  if (!mod) return s;
  const len = s.e - s.s + 1;
  if (len < 28) return s; // «конец 31.12.2021»: a day or a few days have no beginning or end to pick
  if (len <= 31) return partOfMonth(s, mod);
  return partOfMonths(s, mod, academic);
}

/** The part of s inside [a, b], or s when they do not meet. */
function clip(s: Span, a: number, b: number): Span {
  const c = { s: Math.max(s.s, a), e: Math.min(s.e, b) };
  return c.s <= c.e ? c : s;
}

function partOfMonth(s: Span, mod: ModKind): Span {
  switch (mod) {
    case 'start':
    case 'dec1':
      return clip(s, s.s, s.s + 9);
    case 'mid':
    case 'dec2':
      return clip(s, s.s + 10, s.s + 19);
    case 'end':
    case 'dec3':
      return clip(s, s.s + 20, s.e);
    case 'half1':
      return clip(s, s.s, s.s + 14);
    case 'half2':
      return clip(s, s.s + 15, s.e);
  }
}

/** Longer stretch: work in whole months. An academic year's school part ends in May. */
function partOfMonths(s: Span, mod: ModKind, academic: boolean): Span {
  const months: Span[] = [];
  let cur = fromDayNumber(s.s);
  for (let guard = 0; guard < 1300; guard++) {
    const ms = monthSpan(cur.y, cur.m);
    if (ms.s > s.e) break;
    months.push(clip(s, ms.s, ms.e));
    cur = fromDayNumber(ms.e + 1);
  }
  if (months.length === 0) return s;
  let list = months;
  if (academic && months.length === 12 && fromDayNumber(s.s).m === 9) list = months.slice(0, 9);
  const n = list.length;
  switch (mod) {
    case 'start':
      return list[0];
    case 'end':
      return list[n - 1];
    case 'mid':
      return n % 2 === 1 ? list[(n - 1) / 2] : { s: list[n / 2 - 1].s, e: list[n / 2].e };
    case 'half1':
      return { s: list[0].s, e: list[Math.ceil(n / 2) - 1].e };
    case 'half2':
      return { s: list[Math.ceil(n / 2) - (n > 1 ? 0 : 1)].s, e: list[n - 1].e };
    default:
      return s;
  }
}
