/**
 * Weekdays: «по понедельникам», «каждый четверг», «еженедельно (среда)» (every such day), and
 * ordinal weekdays «каждый 2-й и 4-й понедельник месяца», «последняя пятница месяца» (those days
 * of each month). A weekday next to a full date («28.11.2021 (понедельник)») is a comment: the
 * caller drops rules that are not `strong` when the text has a day.
 */
import { fromDayNumber } from '../../period';
import { MAX_DATES, type Ctx, type Span } from '../model';
import { monthSpan } from '../spans';
import { isAndOr } from '../tokens';

export interface WeekdayRule {
  weekday: number;
  /** empty = every such weekday; otherwise 1…5 or -1 (last) within the month */
  ordinals: number[];
}

/** Weekdays, with ordinals before them («каждый 2-й и 4-й понедельник», «по средам»). */
export function findWeekdays(ctx: Ctx): { rules: WeekdayRule[]; strong: boolean } {
  const { toks, used } = ctx;
  const rules: WeekdayRule[] = [];
  let strong = false;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (t.k !== 'word') continue;
    const wd = t.info.weekday;
    if (wd === null) continue;
    used[i] = true;
    if (/ам$/.test(t.w)) strong = true; // «по понедельникам»
    const before = ordinalsBefore(ctx, i);
    if (before.each) strong = true;
    const ordinals = before.ordinals;
    if (ordinals.length > 0) strong = true;
    const existing = rules.find((r) => r.weekday === wd);
    if (existing) {
      for (const o of ordinals) if (!existing.ordinals.includes(o)) existing.ordinals.push(o);
    } else {
      rules.push({ weekday: wd, ordinals });
    }
  }
  return rules.length === 0 ? NO_WEEKDAYS : { rules, strong };
}

/** What findWeekdays says of a text without weekdays (read-only, shared). */
export const NO_WEEKDAYS: { rules: WeekdayRule[]; strong: boolean } = { rules: [], strong: false };

/** The ordinals right before the weekday at i («2-й и 4-й», «последнюю»), and whether «кажд…» stops them. */
function ordinalsBefore(ctx: Ctx, i: number): { ordinals: number[]; each: boolean } {
  const { toks, used } = ctx;
  const ordinals: number[] = [];
  let j = i - 1;
  for (let guard = 0; guard < 10 && j >= 0; guard++, j--) {
    const c = toks[j];
    if (c.k === 'dash' || (c.k === 'sep' && c.c === ',') || (c.k === 'word' && isAndOr(c.w))) continue;
    if (c.k === 'num' && c.len <= 1 && c.v >= 1 && c.v <= 5) {
      ordinals.push(c.v);
      used[j] = true;
      continue;
    }
    if (c.k === 'word') {
      const o = c.info.ordinal;
      if (o !== null) {
        ordinals.push(o);
        used[j] = true;
        continue;
      }
      if (/^кажд/.test(c.w)) return { ordinals, each: true };
    }
    break;
  }
  return { ordinals, each: false };
}

/** Every date of the rules inside base (at most a dozen years). */
export function weekdayDates(rules: WeekdayRule[], base: Span): number[] {
  const out: number[] = [];
  const limit = base.s + 366 * 12; // never walk more than a dozen years
  for (const r of rules) {
    if (r.ordinals.length === 0) {
      let d = base.s;
      const wd = fromDayNumber(d).weekday;
      d += (r.weekday - wd + 7) % 7;
      for (; d <= base.e && d <= limit && out.length < MAX_DATES * 2; d += 7) out.push(d);
    } else pushOrdinalWeekdays(out, r, base);
  }
  return out.sort((a, b) => a - b);
}

function pushOrdinalWeekdays(out: number[], r: WeekdayRule, base: Span): void {
  let cur = fromDayNumber(base.s);
  for (let guard = 0; guard < 150; guard++) {
    const ms = monthSpan(cur.y, cur.m);
    if (ms.s > base.e) break;
    const firstWd = fromDayNumber(ms.s).weekday;
    const first = ms.s + ((r.weekday - firstWd + 7) % 7);
    for (const o of r.ordinals) {
      let d = o === -1 ? first + 28 : first + (o - 1) * 7;
      if (o === -1) while (d > ms.e) d -= 7;
      if (d <= ms.e) out.push(d);
    }
    cur = fromDayNumber(ms.e + 1);
  }
}
