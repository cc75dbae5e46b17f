/**
 * The indicators of one roadmap on a given day: counts by status, the share done, what is due,
 * overdue and needs attention, the half-year audit, per-section and per-responsible figures and the
 * plan's own indicators against their actual values. Pure and linear in the number of measures.
 *
 * Decisions (see also occurrences.ts for due dates and records, half-years.ts for the audit cycle):
 * - Cancelled measures («Отменено») count in `total` and `cancelled` only; `base` = total − cancelled
 *   is the denominator of every share.
 * - Done = status «Выполнено» with a completion date on or before today, or with no date (an undated
 *   «Выполнено» counts for every half-year). A «Выполнено» dated later than today is a typing error
 *   (the checks report it) and counts as «В работе» until that day; the half-year report relies on
 *   this to read the plan as it stood at the end of the half-year. A one-off measure with no status
 *   but a completion date counts as done (sheets that track only the date).
 * - `byStatus` counts the status as read above («Без статуса» for none); `done`, `notDone`
 *   («Не выполнено»), `rework` («Требуется доработка»), `inProgress` («В работе») and `notStarted`
 *   («Не начато» or no status) partition the base.
 * - A deadline has passed the day after its due date (`asOfEndOfDay` moves that to the end of today).
 *   Overdue: a one-off measure not done whose due date has passed; a recurring one with an
 *   occurrence whose due date passed without a record.
 * - Due by today: the first occurrence is due on or before today. Done by today (of those): the
 *   measure is done, or every occurrence due so far is recorded.
 * - Due in the next 30 days: not done, with an unrecorded occurrence due from today to today + 30.
 * - On track now: done measures ≥ measures whose whole deadline has passed, i.e. the done share is
 *   at least the share expected by now (`expectedNow`, % of the base).
 * - Half-year audit: done by the end of the half-year = status «Выполнено» with a completion date on
 *   or before its end (or undated); `h1`/`h2` = `{ target, actual, met, … }` once the half-year has
 *   ended (the day after its last day), null before, and null when the audit base is empty;
 *   `halves` always holds both, with the progress so far for one still running. The zone and the
 *   summary judge by `latest`, the last finished half-year (targets are cumulative).
 * - Plan indicators: see values.ts; cancelled measures' indicators are left out.
 * - Needs attention (each measure once, with all its reasons): overdue; status «Требуется
 *   доработка»; curator's mark «На доработку»; done without an http(s) link in the evidence cell;
 *   done and marked «Не подтверждено» by the curator; done more than `zones.unconfirmedDays` days ago
 *   (by the completion date) and not confirmed.
 * - Confirmed share: done measures marked «Подтверждено», % of done; null when nothing is done.
 * - Sections and responsible bodies are listed in order of first appearance; a measure with several
 *   responsible bodies counts for each; «Без раздела» and «Не указан» stand for none.
 */
import type { Measure } from '../roadmap/measure';
import type { Settings } from '../core/settings';
import type { IndicatorTarget, IsoDate, Period } from '../core/types';
import type { Status } from '../parse/tracking';
import { findUrls } from '../parse/tracking';
import { addDays, daysBetween, minIso, ruDate } from './dates';
import { auditCycle, inAuditBase, type AuditCycle, type HalfYearWindow } from './half-years';
import { occurrencesOf, scheduleState, type ScheduleState } from './occurrences';
import { percent } from './format';
import { compareWithTarget, parseActualValue, targetTextRu, type IndicatorState } from './values';

export const NO_STATUS = 'Без статуса';
export const NO_SECTION = 'Без раздела';
export const NO_RESPONSIBLE = 'Не указан';
export type StatusKey = Status | typeof NO_STATUS;
const NO_RESPONSIBLE_LIST = [NO_RESPONSIBLE];
const NO_REASONS: string[] = [];
const STATUS_KEYS: StatusKey[] = ['Не начато', 'В работе', 'Выполнено', 'Не выполнено', 'Требуется доработка', 'Отменено', NO_STATUS];

export interface MetricsContext {
  period: Period;
  today: IsoDate;
  settings: Settings;
  /** Read the plan as at the end of `today` (deadlines due today have passed): for reports. */
  asOfEndOfDay?: boolean;
}

/** A measure as the lists of the metrics show it. */
export interface MeasureRef {
  row: number;
  number: string;
  title: string;
  section: string | null;
  responsible: string[];
  deadline: string;
}

export interface OverdueMeasure extends MeasureRef {
  /** The missed due date (for a recurring measure, its earliest occurrence without a record). */
  end: IsoDate;
  daysOverdue: number;
}

export interface DueMeasure extends MeasureRef {
  due: IsoDate;
}

export interface AttentionItem extends MeasureRef {
  /** Every reason, in Russian. */
  reasons: string[];
  /** The reasons joined with «; ». */
  reason: string;
}

export interface HalfYearAudit {
  half: 1 | 2;
  target: number;
  /** % of the audit base done by `end` (by today while the half-year runs), one decimal. */
  actual: number;
  met: boolean;
  start: IsoDate;
  end: IsoDate;
  /** The half-year is over (the day after `end`, or at the end of `end` with asOfEndOfDay). */
  ended: boolean;
  /** Measures audited: the base, or for a span the measures due in the audited year. */
  base: number;
  done: number;
}

export interface AuditResult {
  /** The first half-year's result once it has ended (null before, and with an empty audit base). */
  h1: HalfYearAudit | null;
  h2: HalfYearAudit | null;
  /** Both half-years, ended or not: progress towards a target still running. */
  halves: [HalfYearAudit, HalfYearAudit];
  /** The latest finished half-year's result (h2 when it has ended, else h1), or null. */
  latest: HalfYearAudit | null;
  onTrack: boolean;
  /** % of the base whose whole deadline has passed: the done share expected by now. */
  expectedNow: number;
  /** The half-years audited (for a span, those of `cycle.year`). */
  cycle: AuditCycle;
}

export interface SectionMetrics {
  section: string;
  base: number;
  done: number;
  donePercent: number;
  overdue: number;
}

export interface ResponsibleMetrics {
  responsible: string;
  base: number;
  done: number;
  overdue: number;
  donePercent: number;
}

export interface IndicatorResult {
  row: number;
  number: string;
  title: string;
  /** The indicator as written. */
  text: string;
  target: IndicatorTarget | null;
  /** The target in Russian («не менее 75 %»). */
  targetText: string;
  /** The actual value compared (a percent for percent and half-year targets), or null. */
  actual: number | null;
  state: IndicatorState;
}

export interface RoadmapMetrics {
  today: IsoDate;
  total: number;
  cancelled: number;
  base: number;
  byStatus: Record<StatusKey, number>;
  done: number;
  notDone: number;
  rework: number;
  inProgress: number;
  notStarted: number;
  /** % of the base done, one decimal (0 when the base is empty). */
  donePercent: number;
  dueByToday: number;
  doneByToday: number;
  overdue: number;
  /** Overdue measures, the longest overdue first. */
  overdueMeasures: OverdueMeasure[];
  /** Not done, due from today to today + 30 days, by due date. */
  dueNext30: DueMeasure[];
  needAttention: number;
  attention: AttentionItem[];
  confirmed: number;
  /** % of done measures confirmed by the curator; null when nothing is done. */
  confirmedPercent: number | null;
  audit: AuditResult;
  bySection: SectionMetrics[];
  byResponsible: ResponsibleMetrics[];
  indicators: IndicatorResult[];
}

/** One measure read on the day: what the metrics, the summary sheets and the report share. */
export interface MeasureState {
  measure: Measure;
  cancelled: boolean;
  /** The status as counted (see the module comment). */
  status: StatusKey;
  schedule: ScheduleState;
  overdue: boolean;
  attention: string[];
}

let lastToday = '';
let lastPassed = '';

/** The last day whose deadlines have passed: yesterday, or today itself at the end of the day. */
export function passedDay(ctx: Pick<MetricsContext, 'today' | 'asOfEndOfDay'>): IsoDate {
  if (ctx.asOfEndOfDay) return ctx.today;
  if (ctx.today !== lastToday) {
    lastPassed = addDays(ctx.today, -1);
    lastToday = ctx.today;
  }
  return lastPassed;
}

export function evaluateMeasure(m: Measure, ctx: MetricsContext): MeasureState {
  const today = ctx.today;
  const passed = passedDay(ctx);
  const recurring = !!m.deadline?.recurrence;
  const cancelled = m.status === 'Отменено';
  let status: StatusKey = m.status ?? NO_STATUS;
  if (status === 'Выполнено' && m.doneDate !== null && m.doneDate > today) status = 'В работе';
  if (status === NO_STATUS && !recurring && m.doneDate !== null && m.doneDate <= today) status = 'Выполнено';
  const done = status === 'Выполнено';
  const schedule = scheduleState(occurrencesOf(m.deadline, ctx.period), recurring, done, m, today, passed);
  const overdue = !cancelled && schedule.missedDue !== null;
  let attention = NO_REASONS;
  if (!cancelled && (overdue || done || status === 'Требуется доработка' || m.curatorMark === 'На доработку')) {
    attention = [];
    if (overdue) attention.push(`просрочено (срок — ${ruDate(schedule.missedDue as IsoDate)})`);
    if (status === 'Требуется доработка') attention.push('требуется доработка');
    if (m.curatorMark === 'На доработку') attention.push('куратор вернул на доработку');
    if (done) {
      if (!m.evidence || findUrls(m.evidence).length === 0) attention.push('выполнено, но нет ссылки на подтверждение');
      if (m.curatorMark === 'Не подтверждено') attention.push('куратор не подтвердил выполнение');
      else if (m.curatorMark !== 'Подтверждено' && m.doneDate !== null) {
        const days = daysBetween(m.doneDate, today);
        if (days > ctx.settings.zones.unconfirmedDays) attention.push(`выполнено ${daysAgoRu(days)} назад, не подтверждено куратором`);
      }
    }
  }
  return { measure: m, cancelled, status, schedule, overdue, attention };
}

function daysAgoRu(days: number): string {
  const mod100 = days % 100;
  const mod10 = days % 10;
  const word = mod100 >= 11 && mod100 <= 14 ? 'дней' : mod10 === 1 ? 'день' : mod10 >= 2 && mod10 <= 4 ? 'дня' : 'дней';
  return `${days} ${word}`;
}

export function refOf(m: Measure): MeasureRef {
  return {
    row: m.row,
    number: m.number,
    title: m.title,
    section: m.section,
    responsible: m.responsible,
    deadline: m.deadline ? m.deadline.text : '',
  };
}

/** Done by `end`: status «Выполнено» dated on or before it, or undated. */
function doneBy(m: Measure, end: IsoDate): boolean {
  if (m.status === 'Выполнено') return m.doneDate === null || m.doneDate <= end;
  return m.status === null && !m.deadline?.recurrence && m.doneDate !== null && m.doneDate <= end;
}

export function computeRoadmapMetrics(measures: Measure[], ctx: MetricsContext): RoadmapMetrics {
  return metricsOfStates(
    measures.map((m) => evaluateMeasure(m, ctx)),
    ctx,
  );
}

/** Everything counted over the measures of one roadmap, before the shares are worked out. */
interface Tally {
  total: number;
  cancelled: number;
  done: number;
  dueByToday: number;
  doneByToday: number;
  fullyPassed: number;
  confirmed: number;
  byStatus: Record<StatusKey, number>;
  overdueMeasures: OverdueMeasure[];
  dueNext30: DueMeasure[];
  attention: AttentionItem[];
  sections: Map<string, SectionMetrics>;
  bodies: Map<string, ResponsibleMetrics>;
  indicators: IndicatorResult[];
  halfYearIndicators: { result: IndicatorResult; h1: number; h2: number }[];
}

/** The audit of one half-year as it is counted: the window, whether it ended, its cut-off and counts. */
interface AuditCount {
  w: HalfYearWindow;
  ended: boolean;
  cutoff: IsoDate;
  base: number;
  done: number;
}

/** The dates the tally compares with: today, the last fully passed day, 30 days on, the audit cycle. */
interface TallyDates {
  today: IsoDate;
  passed: IsoDate;
  in30: IsoDate;
  cycle: AuditCycle;
}

function newTally(): Tally {
  return {
    total: 0,
    cancelled: 0,
    done: 0,
    dueByToday: 0,
    doneByToday: 0,
    fullyPassed: 0,
    confirmed: 0,
    byStatus: Object.fromEntries(STATUS_KEYS.map((k) => [k, 0])) as Record<StatusKey, number>,
    overdueMeasures: [],
    dueNext30: [],
    attention: [],
    sections: new Map(),
    bodies: new Map(),
    indicators: [],
    halfYearIndicators: [],
  };
}

function tallySectionAndBodies(t: Tally, m: Measure, isDone: boolean, overdue: boolean): void {
  const sectionName = m.section ?? NO_SECTION;
  let sec = t.sections.get(sectionName);
  if (!sec) t.sections.set(sectionName, (sec = { section: sectionName, base: 0, done: 0, donePercent: 0, overdue: 0 }));
  sec.base++;
  if (isDone) sec.done++;
  if (overdue) sec.overdue++;

  const names = m.responsible.length > 0 ? m.responsible : NO_RESPONSIBLE_LIST;
  for (let j = 0; j < names.length; j++) {
    const name = names[j];
    if (j > 0 && names.indexOf(name) < j) continue; // named twice
    let body = t.bodies.get(name);
    if (!body) t.bodies.set(name, (body = { responsible: name, base: 0, done: 0, overdue: 0, donePercent: 0 }));
    body.base++;
    if (isDone) body.done++;
    if (overdue) body.overdue++;
  }
}

/** The measure's indicator against its target; half-year targets are judged once the audit is known. */
function tallyIndicator(t: Tally, m: Measure): void {
  if (!m.indicator) return;
  const target = m.indicator.target;
  const result: IndicatorResult = {
    row: m.row,
    number: m.number,
    title: m.title,
    text: m.indicator.text,
    target,
    targetText: targetTextRu(target),
    actual: null,
    state: 'not-measurable',
  };
  if (target && target.kind === 'half-year') t.halfYearIndicators.push({ result, h1: target.h1, h2: target.h2 });
  else if (target) {
    const kind = target.kind === 'percent' || (target.kind === 'change' && target.unit === '%') ? 'percent' : 'count';
    result.actual = parseActualValue(m.actual, kind);
    result.state = compareWithTarget(target, result.actual);
  }
  t.indicators.push(result);
}

function tallyState(t: Tally, s: MeasureState, dates: TallyDates, audits: AuditCount[]): void {
  t.total++;
  t.byStatus[s.status]++;
  if (s.cancelled) {
    t.cancelled++;
    return;
  }
  const m = s.measure;
  const sch = s.schedule;
  const isDone = s.status === 'Выполнено';
  if (isDone) {
    t.done++;
    if (m.curatorMark === 'Подтверждено') t.confirmed++;
  }
  if (sch.firstDue !== null && sch.firstDue <= dates.today) {
    t.dueByToday++;
    if (isDone || sch.upToDate) t.doneByToday++;
  }
  if (sch.finalDue !== null && sch.finalDue <= dates.passed) t.fullyPassed++;
  if (s.overdue) {
    const end = sch.missedDue as IsoDate;
    t.overdueMeasures.push({ ...refOf(m), end, daysOverdue: daysBetween(end, dates.today) });
  }
  if (!isDone && sch.nextDue !== null && sch.nextDue <= dates.in30) t.dueNext30.push({ ...refOf(m), due: sch.nextDue });
  if (s.attention.length > 0)
    t.attention.push({ ...refOf(m), reasons: s.attention, reason: s.attention.length === 1 ? s.attention[0] : s.attention.join('; ') });
  tallySectionAndBodies(t, m, isDone, s.overdue);

  // Audit base: the whole plan, or for a span the measures due in the audited year.
  if (inAuditBase(sch.finalDue, dates.cycle)) {
    for (const a of audits) {
      a.base++;
      if (doneBy(m, a.cutoff)) a.done++;
    }
  }
  tallyIndicator(t, m);
}

function auditHalves(audits: AuditCount[], targets: number[]): [HalfYearAudit, HalfYearAudit] {
  return audits.map((a, i): HalfYearAudit => ({
    half: a.w.half,
    target: targets[i],
    actual: percent(a.done, a.base),
    met: a.done * 100 >= targets[i] * a.base,
    start: a.w.start,
    end: a.w.end,
    ended: a.ended,
    base: a.base,
    done: a.done,
  })) as [HalfYearAudit, HalfYearAudit];
}

/** «40 % в I полугодии, 90 % во II» indicators: against the latest finished half-year, else the plan so far. */
function judgeHalfYearIndicators(t: Tally, latest: HalfYearAudit | null, latestIsH2: boolean, base: number, donePercent: number | null): void {
  for (const { result, h1: t1, h2: t2 } of t.halfYearIndicators) {
    if (latest) {
      result.actual = latest.actual;
      const value = latestIsH2 ? t2 : t1;
      result.state = latest.done * 100 >= value * latest.base ? 'met' : 'not-met';
    } else if (base > 0 && t.done * 100 >= t1 * base) {
      result.actual = donePercent;
      result.state = 'met';
    } else {
      result.state = 'no-value';
    }
  }
}

export function metricsOfStates(states: MeasureState[], ctx: MetricsContext): RoadmapMetrics {
  const { today, settings } = ctx;
  const cycle = auditCycle(ctx.period, today);
  const passed = passedDay(ctx);
  const audits: AuditCount[] = [cycle.h1, cycle.h2].map((w) => ({ w, ended: w.end <= passed, cutoff: minIso(w.end, today), base: 0, done: 0 }));
  const dates: TallyDates = { today, passed, in30: addDays(today, 30), cycle };
  const t = newTally();
  for (const s of states) tallyState(t, s, dates, audits);

  const base = t.total - t.cancelled;
  const halves = auditHalves(audits, [settings.auditTargets.h1, settings.auditTargets.h2]);
  const [h1, h2] = halves.map((h) => (h.ended && h.base > 0 ? h : null));
  const latest = h2 ?? h1;
  const donePercent = percent(t.done, base);
  judgeHalfYearIndicators(t, latest, latest !== null && latest === h2, base, donePercent);

  for (const sec of t.sections.values()) sec.donePercent = percent(sec.done, sec.base);
  for (const body of t.bodies.values()) body.donePercent = percent(body.done, body.base);
  t.overdueMeasures.sort((a, b) => (a.end < b.end ? -1 : a.end > b.end ? 1 : a.row - b.row));
  t.dueNext30.sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : a.row - b.row));

  return {
    today,
    total: t.total,
    cancelled: t.cancelled,
    base,
    byStatus: t.byStatus,
    done: t.done,
    notDone: t.byStatus['Не выполнено'],
    rework: t.byStatus['Требуется доработка'],
    inProgress: t.byStatus['В работе'],
    notStarted: t.byStatus['Не начато'] + t.byStatus[NO_STATUS],
    donePercent,
    dueByToday: t.dueByToday,
    doneByToday: t.doneByToday,
    overdue: t.overdueMeasures.length,
    overdueMeasures: t.overdueMeasures,
    dueNext30: t.dueNext30,
    needAttention: t.attention.length,
    attention: t.attention,
    confirmed: t.confirmed,
    confirmedPercent: t.done > 0 ? percent(t.confirmed, t.done) : null,
    audit: { h1, h2, halves, latest, onTrack: t.done >= t.fullyPassed, expectedNow: percent(t.fullyPassed, base), cycle },
    bySection: [...t.sections.values()],
    byResponsible: [...t.bodies.values()],
    indicators: t.indicators,
  };
}

/** The half-year a window is, in Russian: «1-е полугодие» (with the year for a span). */
export function halfYearLabelRu(w: Pick<HalfYearWindow, 'half'>, cycle?: AuditCycle): string {
  return `${w.half}-е полугодие${cycle && cycle.year !== null ? ` ${cycle.year} г.` : ''}`;
}
