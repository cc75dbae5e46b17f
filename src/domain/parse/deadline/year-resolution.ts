/**
 * Years against the plan's period (chrono's «refiners» for the year). An atom without a year is
 * a yearly pattern; it becomes the first occurrence inside the period, or, when the text names a
 * year somewhere, the occurrence next to its neighbours: «Март – декабрь 2022» → March 2022,
 * «сентябрь – май 2022» → September 2021, «сентябрь 2021 – май» → May 2022. In a range with no
 * year at all each end is the first occurrence not before the previous one.
 */
import type { Period } from '../../core/types';
import { yearOfDay } from '../period';
import type { Atom, Prefix, Span } from './model';
import { academicSpan, yearSpan } from './spans';

type Occ = (y: number) => Span;

/** First occurrence of a yearly pattern inside [ps, pe] (else starting, else overlapping there). */
export function firstIn(occ: Occ, ps: number, pe: number): Span {
  const y0 = yearOfDay(ps) - 1;
  const y1 = Math.min(yearOfDay(pe) + 1, y0 + 300);
  for (let y = y0; y <= y1; y++) {
    const s = occ(y);
    if (s.s >= ps && s.e <= pe) return s;
  }
  for (let y = y0; y <= y1; y++) {
    const s = occ(y);
    if (s.s >= ps && s.s <= pe) return s;
  }
  for (let y = y0; y <= y1; y++) {
    const s = occ(y);
    if (s.e >= ps && s.s <= pe) return s;
  }
  return occ(y0 + 1);
}
/** The first occurrence inside a long reference (a year, an academic year), if any. */
function containedIn(occ: Occ, ref: Span): Span | null {
  if (ref.e - ref.s <= 31) return null;
  for (let y = yearOfDay(ref.s) - 1; y <= yearOfDay(ref.e); y++) {
    const s = occ(y);
    if (s.s >= ref.s && s.e <= ref.e) return s;
  }
  return null;
}
/** Latest occurrence starting no later than ref (or inside ref when ref is a year). */
function latestBefore(occ: Occ, ref: Span): Span {
  const inside = containedIn(occ, ref);
  if (inside) return inside;
  const y0 = yearOfDay(ref.s);
  for (let y = y0 + 1; y >= y0 - 2; y--) {
    const s = occ(y);
    if (s.s <= ref.s) return s;
  }
  return occ(y0);
}
/** Earliest occurrence starting no earlier than ref (or inside ref when ref is a year). */
export function earliestAfter(occ: Occ, ref: Span): Span {
  const inside = containedIn(occ, ref);
  if (inside) return inside;
  const y0 = yearOfDay(ref.s);
  for (let y = y0 - 1; y <= y0 + 2; y++) {
    const s = occ(y);
    if (s.s >= ref.s) return s;
  }
  return occ(y0);
}

/**
 * Strong year phrases: their base is the academic year (when «учебный» is written or the plan is
 * academic) or the calendar year of the plan; for a calendar plan, the plan itself.
 */
export function baseYearPhrases(strong: Atom[], period: Period, plan: Span, academicPlan: boolean): void {
  for (const a of strong) {
    if (a.kind !== 'yearPhrase') continue;
    const academic = a.academic === true || (academicPlan && a.academic !== false);
    if (academic) {
      a.occ = academicSpan;
      a.academic = true;
    } else if (period && period.kind === 'calendar') {
      a.fixed = { s: plan.s, e: plan.e };
    } else a.occ = yearSpan;
  }
}

/** Give every strong atom its span (`pre[k]` is the prefix of `strong[k]`). */
export function resolveYears(strong: Atom[], pre: Prefix[], plan: Span): void {
  let written = false;
  for (let k = 0; k < strong.length && !written; k++) written = strong[k].fixed !== null;
  if (written) resolveAroundWritten(strong, plan);
  else resolveInPeriod(strong, pre, plan);
  for (const a of strong) a.span = spanOf(a);
}

const spanOf = (a: Atom): Span => (a.fixed ? a.fixed : a.span!);

/** Some year is written: right to left, an atom takes the latest occurrence before the written one
 *  after it; then left to right the rest take the earliest after the one before (or the period's). */
function resolveAroundWritten(strong: Atom[], plan: Span): void {
  let ref: Span | null = null;
  for (let k = strong.length - 1; k >= 0; k--) {
    const a = strong[k];
    if (a.fixed) ref = a.fixed;
    else if (ref && a.occ) {
      a.span = latestBefore(a.occ, ref);
      ref = a.span;
    }
  }
  ref = null;
  for (const a of strong) {
    if (a.fixed) ref = a.fixed;
    else if (a.span) ref = a.span;
    else if (a.occ) {
      a.span = ref ? earliestAfter(a.occ, ref) : firstIn(a.occ, plan.s, plan.e);
      ref = a.span;
    }
  }
}

/** No year written: the first occurrence in the period; a range's later end, the first not before its start. */
function resolveInPeriod(strong: Atom[], pre: Prefix[], plan: Span): void {
  for (let k = 0; k < strong.length; k++) {
    const a = strong[k];
    if (!a.occ) continue;
    const linked = k > 0 && pre[k].rangeLink;
    a.span = linked ? earliestAfter(a.occ, spanOf(strong[k - 1])) : firstIn(a.occ, plan.s, plan.e);
  }
}
