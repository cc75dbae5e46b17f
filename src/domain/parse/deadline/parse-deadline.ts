/**
 * parseDeadline: the pipeline. Normalise and tokenize; take days of the month and weekdays; scan
 * the atoms; read the words between them (markers, modifiers, links); give year phrases their base
 * and apply modifiers; resolve the years against the plan's period; join ranges into parts; read
 * recurrence and phrases on the whole text; build the deadline.
 */
import { isSpace } from '../../core/letters';
import type { Period } from '../../core/types';
import { dayNumber, periodDays, yearOfDay } from '../period';
import { findAtoms } from './atoms';
import type { Atom, Ctx, DeadlineParse, Part, Prefix, Span } from './model';
import { applyModifiers } from './modifiers';
import { UNSCHEDULED_RE, WHOLE_RE } from './phrases';
import { readPrefixes } from './prefixes';
import { quickDeadline } from './quick';
import { buildParts } from './ranges';
import { scheduled } from './spans';
import { buildRecurrence } from './recurrence/build';
import { findDaysOfMonth, NO_DAYS } from './recurrence/days-of-month';
import { findWeekdays, NO_WEEKDAYS, type WeekdayRule } from './recurrence/weekdays';
import { findRecurrence, mayNameRecurrence, NO_RECURRENCE } from './recurrence/words';
import { tokensOf, wordsOf } from './tokens';
import { baseYearPhrases, resolveYears } from './year-resolution';

function emptyParse(text: string): DeadlineParse {
  return { deadline: { text, start: null, end: null, recurrence: null, unscheduled: false }, readable: false, explicitYears: [] };
}

/**
 * Read a deadline cell. Never throws: anything unreadable gives readable:false with null dates.
 * See index.ts for every choice the grammar makes.
 */
export function parseDeadline(text: string, period: Period): DeadlineParse {
  const raw = typeof text === 'string' ? text : text === null || text === undefined ? '' : String(text);
  try {
    return parseInner(raw, period);
  } catch {
    return emptyParse(raw);
  }
}

function parseInner(raw: string, period: Period): DeadlineParse {
  if (isBlank(raw)) return emptyParse(raw);
  // The commonest texts («с 01.01.2022 по 15.03.2022», «до 27 марта 2022 г.») the quick way.
  return quickDeadline(raw, period) ?? parseTokens(raw, period);
}

/** The whole grammar on a text that is not blank (exported for the test of quick.ts: it may throw). */
export function parseTokens(raw: string, period: Period): DeadlineParse {
  const toks = tokensOf(raw);

  const pb = periodDays(period);
  const academicPlan = !!period && period.kind === 'academic';
  const used = usedScratch;
  for (let i = 0; i < toks.length; i++) used[i] = false;
  const ctx: Ctx = { toks, used, academicPlan, planYear: pb ? planYearOf(pb.s) : null };
  // Those passes only where their words are: most cells have neither.
  let numberWord = false;
  let weekday = false;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (t.k !== 'word') continue;
    numberWord ||= t.info.numberWord;
    weekday ||= t.info.weekday !== null;
  }
  const daysOfMonth = numberWord ? findDaysOfMonth(ctx) : NO_DAYS;
  const wk = weekday ? findWeekdays(ctx) : NO_WEEKDAYS;
  const atoms = findAtoms(ctx);
  const explicitYears = yearsOf(atoms);
  // A broken period: fall back on the years the text names, or give up.
  if (!pb && explicitYears.length === 0) return emptyParse(raw);
  const plan: Span = pb ?? { s: dayNumber(explicitYears[0], 1, 1), e: dayNumber(explicitYears[0], 12, 31) };

  const prefixes = readPrefixes(toks, atoms);
  let weak = false;
  for (let k = 0; k < atoms.length && !weak; k++) weak = isWeak(atoms[k], prefixes[k]);
  const strong = weak ? atoms.filter((a, k) => !isWeak(a, prefixes[k])) : atoms;
  const pre = weak ? prefixes.filter((p, k) => !isWeak(atoms[k], p)) : prefixes;
  baseYearPhrases(strong, period, plan, academicPlan);
  applyModifiers(strong);
  resolveYears(strong, pre, plan);
  const parts = buildParts(strong, pre, plan);

  // The words (numbers as text) only for the passes that read them: most cells name no recurrence.
  const recurring = mayNameRecurrence(toks);
  const words = recurring || parts.length === 0 ? wordsOf(toks) : null;
  const rec = recurring ? findRecurrence(words!) : NO_RECURRENCE;
  // Weekday names next to a full date are a comment («28.11.2021 (понедельник)»).
  const weekdays = wk.rules.length > 0 && (wk.strong || !atoms.some((a) => a.kind === 'day')) ? wk.rules : NO_RULES;
  const anyRecurrence = rec.unit !== null || weekdays.length > 0 || daysOfMonth.length > 0;
  if (parts.length === 0 && !weak && !WHOLE_RE.test(words!.join(' ')) && !anyRecurrence) {
    if (UNSCHEDULED_RE.test(words!.join(' '))) {
      return { deadline: { text: raw, start: null, end: null, recurrence: null, unscheduled: true }, readable: true, explicitYears };
    }
    return { ...emptyParse(raw), explicitYears };
  }

  if (!anyRecurrence && parts.length <= 1) {
    // What buildRecurrence gives for this (most cells): the one part or the period, no recurrence.
    const span = parts.length === 1 ? parts[0].span : plan;
    return scheduled(raw, span.s, span.e, null, explicitYears);
  }
  const { base, recurrence } = buildRecurrence({ weekdays, daysOfMonth, rec, parts, explicitYears, base: baseOf(parts, plan), plan });
  return scheduled(raw, base.s, base.e, recurrence, explicitYears);
}

// planYearOf's last question and answer (a plan's cells all ask with the same period).
let lastPlanStart = NaN;
let lastPlanYear = 0;
/** yearOfDay(start), kept for the next cell. */
function planYearOf(start: number): number {
  if (start !== lastPlanStart) {
    lastPlanYear = yearOfDay(start);
    lastPlanStart = start;
  }
  return lastPlanYear;
}

/**
 * The tokens taken so far (Ctx.used), one array for every cell: each parse clears the first
 * toks.length entries, and no reader looks past toks.length.
 */
const usedScratch: boolean[] = [];

/** No weekday rules (read-only, shared). */
const NO_RULES: WeekdayRule[] = [];

/**
 * Year phrases with neither a modifier nor a marker are weak: they only mean «the whole period».
 * The rest are strong (when all are, the atoms and prefixes are used as they are, without copies).
 */
const isWeak = (a: Atom, p: Prefix): boolean => a.kind === 'yearPhrase' && a.mod === undefined && p.marker === null;

/** raw.trim() === '' without the copy. */
function isBlank(raw: string): boolean {
  for (let i = 0; i < raw.length; i++) if (!isSpace(raw.charCodeAt(i))) return false;
  return true;
}

/** First..last of the parts, or the plan's period when the text gives no dates. */
function baseOf(parts: Part[], plan: Span): Span {
  if (parts.length === 0) return { s: plan.s, e: plan.e };
  let s = Infinity;
  let e = -Infinity;
  for (const p of parts) {
    s = Math.min(s, p.span.s);
    e = Math.max(e, p.span.e);
  }
  return { s, e };
}

/** yearsOf's scratch: the unique years so far, in yearsSeen[0 … n). */
const yearsSeen: number[] = [];

/** The years the atoms name, unique and ascending (an array of just that length). */
function yearsOf(atoms: Atom[]): number[] {
  let n = 0;
  for (let k = 0; k < atoms.length; k++) {
    const ys = atoms[k].years;
    for (let j = 0; j < ys.length; j++) {
      let seen = false;
      for (let q = 0; q < n && !seen; q++) seen = yearsSeen[q] === ys[j];
      if (!seen) yearsSeen[n++] = ys[j];
    }
  }
  if (n === 0) return [];
  if (n === 1) return [yearsSeen[0]];
  return yearsSeen.slice(0, n).sort(ascending);
}
const ascending = (a: number, b: number): number => a - b;
