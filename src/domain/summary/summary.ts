/**
 * The coordinator's summary over many schools' roadmaps: a row per school, totals, and the
 * JSON-ready shape the command line prints. Linear in the number of measures (3,000 schools × 60
 * measures is 180,000 measure evaluations, no pairwise work).
 *
 * Decisions:
 * - Schools keep the order they are given in.
 * - «Мероприятий» is the base (cancelled measures left out); «Не выполнено» and «На доработке» are
 *   the statuses «Не выполнено» and «Требуется доработка».
 * - The audit of a school, its totals and their wording are metrics/audit.ts's, the one definition
 *   the report's paragraph and the command line share: a school has met the target when the latest
 *   finished half-year of its plan met it; a school with no finished half-year «ещё не оценивалась»
 *   and is counted apart (the share is of the schools assessed). «Идёт по графику» (on schedule now)
 *   is a figure of its own, not part of the audit.
 * - Totals: sums of the schools' counts; shares computed from the sums (not averages of shares).
 * - «Высоких рисков», «без программы» and the documents posted and confirmed: risk.ts. The risk
 *   totals sum the schools that have a profile (`schoolsWithProfile`).
 * - The expertise status (documents reviewed, % of the maximum): expertise.ts. The totals pool the
 *   points of the schools that have an expertise sheet (`schoolsWithExpertise`).
 */
import type { Measure } from '../roadmap/measure';
import type { Settings } from '../core/settings';
import type { IsoDate, Period } from '../core/types';
import {
  assessZone,
  auditStanding,
  auditTallyRu,
  tallyAudit,
  type AuditStanding,
  capitalise,
  evaluateMeasure,
  formatPercentRu,
  metricsOfStates,
  percent,
  type HalfYearAudit,
  type MeasureState,
  type MetricsContext,
  type RoadmapMetrics,
  type Zone,
} from '../metrics';
import { documentsOf, type SchoolDocuments, type SchoolRisk } from './risk';
import { expertisePercent, type SchoolExpertise } from './expertise';

export interface SchoolInput {
  name: string;
  curator?: string;
  cluster?: string;
  municipality?: string;
  file?: string;
  sheet?: string;
  analysis: { measures: Measure[]; period: Period };
  /** The workbook's risk profile against its programmes; null or absent when it has no profile. */
  risk?: SchoolRisk | null;
  /** The workbook's expertise of the school's documents; null or absent when it has no expertise sheet. */
  expertise?: SchoolExpertise | null;
}

export interface SummaryContext {
  today: IsoDate;
  settings: Settings;
}

export interface SchoolSummary {
  name: string;
  curator: string;
  cluster: string;
  municipality: string;
  file: string;
  sheet: string;
  period: Period;
  metrics: RoadmapMetrics;
  zone: Zone;
  zoneReason: string;
  /** The audit in Russian: «1-е полугодие: 45 % при цели 40 % — достигнута». */
  auditText: string;
  /** On schedule now, in Russian: «идёт по графику», «отставание от графика: …». */
  scheduleText: string;
  auditStanding: AuditStanding;
  /** The latest finished half-year met its target (false when none has finished). */
  meetsAudit: boolean;
  /** Every measure as read on the day (cancelled ones included), in sheet order. */
  states: MeasureState[];
  /** «Высоких рисков» and «без программы»; null when the school's file has no risk profile. */
  risk: SchoolRisk | null;
  /** Documents of «Стартовая диагностика» and «Программа развития»: expected, posted, confirmed. */
  documents: SchoolDocuments;
  /** Documents reviewed and their points; null when the school's file has no expertise sheet. */
  expertise: SchoolExpertise | null;
}

export interface SummaryTotals {
  schools: number;
  /** Measures in the base (cancelled left out). */
  measures: number;
  total: number;
  cancelled: number;
  done: number;
  donePercent: number;
  notDone: number;
  rework: number;
  overdue: number;
  dueByToday: number;
  needAttention: number;
  confirmed: number;
  confirmedPercent: number | null;
  /** Schools whose latest finished half-year met its target (metrics/audit.ts). */
  schoolsMeetingAudit: number;
  /** % of the schools assessed meeting the audit target, one decimal (0 when none was assessed). */
  schoolsMeetingAuditPercent: number;
  /** Schools with a finished half-year. */
  schoolsAssessed: number;
  /** Schools with none: «ещё не оценивалась». */
  schoolsNotAssessed: number;
  /** Schools on schedule now. */
  schoolsOnTrack: number;
  zones: Record<Zone, number>;
  /** Schools whose file has a risk profile; their «Высокая» factors, and those without a programme. */
  schoolsWithProfile: number;
  highRisks: number;
  highRisksWithoutProgramme: number;
  documentsExpected: number;
  documentsPosted: number;
  documentsConfirmed: number;
  /** Schools whose file has an expertise sheet; their documents reviewed and pooled % of the maximum. */
  schoolsWithExpertise: number;
  expertiseReviewed: number;
  expertisePercent: number | null;
}

export interface Summary {
  today: IsoDate;
  settings: Settings;
  schools: SchoolSummary[];
  totals: SummaryTotals;
  /**
   * Roadmaps that are no school's (a municipal or regional plan, when a registry names the schools):
   * summarised the same way, shown in a block of their own, never counted in the totals.
   */
  plans?: SchoolSummary[];
}

export function metricsContext(period: Period, ctx: SummaryContext): MetricsContext {
  return { period, today: ctx.today, settings: ctx.settings };
}

export function summariseSchool(school: SchoolInput, ctx: SummaryContext): SchoolSummary {
  const period = school.analysis.period;
  const mctx = metricsContext(period, ctx);
  const states = school.analysis.measures.map((m) => evaluateMeasure(m, mctx));
  const metrics = metricsOfStates(states, mctx);
  const { zone, reason } = assessZone(metrics, ctx.settings);
  const standing = auditStanding(metrics);
  return {
    name: school.name,
    curator: school.curator ?? '',
    cluster: school.cluster ?? '',
    municipality: school.municipality ?? '',
    file: school.file ?? '',
    sheet: school.sheet ?? '',
    period,
    metrics,
    zone,
    zoneReason: reason,
    auditText: auditTextRu(metrics),
    scheduleText: scheduleTextRu(metrics),
    auditStanding: standing,
    meetsAudit: standing === 'met',
    states,
    risk: school.risk ?? null,
    documents: documentsOf(school.analysis.measures),
    expertise: school.expertise ?? null,
  };
}

export function meetsAudit(metrics: Pick<RoadmapMetrics, 'audit'>): boolean {
  return auditStanding(metrics) === 'met';
}

function halfYearText(h: HalfYearAudit, ordinal: string, year: number | null): string {
  return (
    `${ordinal} полугодие${year !== null ? ` ${year} г.` : ''}: ${formatPercentRu(h.actual)} при цели ` +
    `${formatPercentRu(h.target)} — ${h.met ? 'достигнута' : 'не достигнута'}`
  );
}

/** The half-years finished so far, or «Ещё не оценивалась: полугодие не завершено». */
export function auditTextRu(metrics: Pick<RoadmapMetrics, 'audit'>): string {
  const { h1, h2, cycle } = metrics.audit;
  const parts: string[] = [];
  if (h1) parts.push(halfYearText(h1, '1-е', cycle.year));
  if (h2) parts.push(halfYearText(h2, '2-е', cycle.year));
  if (!h1 && !h2) parts.push('ещё не оценивалась: полугодие не завершено');
  return capitalise(parts.join('; '));
}

/** On schedule now: «идёт по графику», or «отставание от графика: выполнено 25 %, срок наступил у 50 %». */
export function scheduleTextRu(metrics: Pick<RoadmapMetrics, 'audit' | 'donePercent'>): string {
  const { onTrack, expectedNow } = metrics.audit;
  return onTrack
    ? 'идёт по графику'
    : `отставание от графика: выполнено ${formatPercentRu(metrics.donePercent)}, срок наступил у ${formatPercentRu(expectedNow)}`;
}

export function buildSummary(schools: SchoolInput[], ctx: SummaryContext, plans: SchoolInput[] = []): Summary {
  const rows = schools.map((s) => summariseSchool(s, ctx));
  const summary: Summary = { today: ctx.today, settings: ctx.settings, schools: rows, totals: totalsOf(rows) };
  if (plans.length > 0) summary.plans = plans.map((p) => summariseSchool(p, ctx));
  return summary;
}

export function totalsOf(rows: SchoolSummary[]): SummaryTotals {
  const t: SummaryTotals = {
    schools: rows.length,
    measures: 0,
    total: 0,
    cancelled: 0,
    done: 0,
    donePercent: 0,
    notDone: 0,
    rework: 0,
    overdue: 0,
    dueByToday: 0,
    needAttention: 0,
    confirmed: 0,
    confirmedPercent: null,
    schoolsMeetingAudit: 0,
    schoolsMeetingAuditPercent: 0,
    schoolsAssessed: 0,
    schoolsNotAssessed: 0,
    schoolsOnTrack: 0,
    zones: { green: 0, yellow: 0, red: 0 },
    schoolsWithProfile: 0,
    highRisks: 0,
    highRisksWithoutProgramme: 0,
    documentsExpected: 0,
    documentsPosted: 0,
    documentsConfirmed: 0,
    schoolsWithExpertise: 0,
    expertiseReviewed: 0,
    expertisePercent: null,
  };
  const points = { total: 0, max: 0 };
  for (const r of rows) {
    addRiskAndDocuments(t, r);
    if (r.expertise) {
      t.schoolsWithExpertise++;
      t.expertiseReviewed += r.expertise.reviewed;
      points.total += r.expertise.total;
      points.max += r.expertise.max;
    }
    const m = r.metrics;
    t.measures += m.base;
    t.total += m.total;
    t.cancelled += m.cancelled;
    t.done += m.done;
    t.notDone += m.notDone;
    t.rework += m.rework;
    t.overdue += m.overdue;
    t.dueByToday += m.dueByToday;
    t.needAttention += m.needAttention;
    t.confirmed += m.confirmed;
    t.zones[r.zone]++;
  }
  t.donePercent = percent(t.done, t.measures);
  t.confirmedPercent = t.done > 0 ? percent(t.confirmed, t.done) : null;
  t.expertisePercent = expertisePercent(points);
  const audit = tallyAudit(rows.map((r) => r.metrics));
  t.schoolsMeetingAudit = audit.met;
  t.schoolsMeetingAuditPercent = audit.metPercent;
  t.schoolsAssessed = audit.assessed;
  t.schoolsNotAssessed = audit.notAssessed;
  t.schoolsOnTrack = audit.onTrack;
  return t;
}

function addRiskAndDocuments(t: SummaryTotals, r: SchoolSummary): void {
  if (r.risk) {
    t.schoolsWithProfile++;
    t.highRisks += r.risk.high;
    t.highRisksWithoutProgramme += r.risk.highWithoutProgramme;
  }
  t.documentsExpected += r.documents.expected;
  t.documentsPosted += r.documents.posted;
  t.documentsConfirmed += r.documents.confirmed;
}

/** The totals' audit line, in the words of metrics/audit.ts: «Цель аудита достигли 1 из 2 школ с завершённым полугодием (50 %); …». */
export function totalsAuditRu(t: SummaryTotals): string {
  return auditTallyRu({
    schools: t.schools,
    assessed: t.schoolsAssessed,
    met: t.schoolsMeetingAudit,
    notAssessed: t.schoolsNotAssessed,
    metPercent: t.schoolsMeetingAuditPercent,
  });
}

// ---------------------------------------------------------------------------------------------
// The JSON shape of the command line.

export interface HalfYearJson {
  target: number;
  actual: number;
  met: boolean;
  end: IsoDate;
}

/** The totals the JSON gives, in its order. */
const JSON_TOTALS = [
  'schools',
  'measures',
  'done',
  'donePercent',
  'overdue',
  'schoolsMeetingAudit',
  'schoolsMeetingAuditPercent',
  'schoolsAssessed',
  'schoolsOnTrack',
  'schoolsWithProfile',
  'highRisks',
  'highRisksWithoutProgramme',
  'documentsExpected',
  'documentsPosted',
  'documentsConfirmed',
  'schoolsWithExpertise',
  'expertiseReviewed',
  'expertisePercent',
] as const satisfies readonly (keyof SummaryTotals)[];

type JsonTotal = (typeof JSON_TOTALS)[number];

export interface SummaryJson {
  today: IsoDate;
  schools: SchoolJson[];
  totals: Pick<SummaryTotals, JsonTotal>;
  /** Roadmaps that are no school's (Summary.plans), when there are any. */
  plans?: SchoolJson[];
}

export interface SchoolJson {
  name: string;
  file: string;
  sheet: string;
  curator: string;
  cluster: string;
  total: number;
  cancelled: number;
  done: number;
  donePercent: number;
  overdue: number;
  needAttention: number;
  confirmedPercent: number | null;
  audit: { h1: HalfYearJson | null; h2: HalfYearJson | null; onTrack: boolean };
  /** «met», «missed» or «not-assessed» (no finished half-year). */
  auditStanding: AuditStanding;
  zone: Zone;
  zoneReason: string;
  /** «Высоких рисков» and «без программы»; null when the school's file has no risk profile. */
  risks: { high: number; highWithoutProgramme: number } | null;
  /** Measures of «Стартовая диагностика» and «Программа развития»: all, with a link, and confirmed. */
  documents: SchoolDocuments;
  /** Documents reviewed and the % of the maximum over the criteria scored (null when none is); null without an expertise sheet. */
  expertise: { reviewed: number; percent: number | null } | null;
}

const halfJson = (h: HalfYearAudit | null): HalfYearJson | null => (h ? { target: h.target, actual: h.actual, met: h.met, end: h.end } : null);

function schoolJson(s: SchoolSummary): SchoolJson {
  return {
    name: s.name,
    file: s.file,
    sheet: s.sheet,
    curator: s.curator,
    cluster: s.cluster,
    total: s.metrics.total,
    cancelled: s.metrics.cancelled,
    done: s.metrics.done,
    donePercent: s.metrics.donePercent,
    overdue: s.metrics.overdue,
    needAttention: s.metrics.needAttention,
    confirmedPercent: s.metrics.confirmedPercent,
    audit: { h1: halfJson(s.metrics.audit.h1), h2: halfJson(s.metrics.audit.h2), onTrack: s.metrics.audit.onTrack },
    auditStanding: s.auditStanding,
    zone: s.zone,
    zoneReason: s.zoneReason,
    risks: s.risk ? { high: s.risk.high, highWithoutProgramme: s.risk.highWithoutProgramme } : null,
    documents: { ...s.documents },
    expertise: s.expertise ? { reviewed: s.expertise.reviewed, percent: expertisePercent(s.expertise) } : null,
  };
}

function jsonTotals(t: SummaryTotals): Pick<SummaryTotals, JsonTotal> {
  return Object.fromEntries(JSON_TOTALS.map((k) => [k, t[k]])) as Pick<SummaryTotals, JsonTotal>;
}

export function summaryToJson(summary: Summary): SummaryJson {
  const t = summary.totals;
  const json: SummaryJson = {
    today: summary.today,
    schools: summary.schools.map(schoolJson),
    totals: jsonTotals(t),
  };
  if (summary.plans) json.plans = summary.plans.map(schoolJson);
  return json;
}
