/**
 * The half-year report («Отчёт за полугодие»): every measure with its status, completion date and
 * evidence link, totals per section, and a paragraph in Russian.
 *
 * Decisions:
 * - Which report: of the due dates in settings (21.01 and 13.07 by default) in the years around
 *   today, the one nearest to today (the earlier on a tie). A report covers the calendar half-year
 *   ending last before its due date: 21.01 → 01.07–31.12 of the previous year, 13.07 → 01.01–30.06.
 * - Once the half-year has ended the plan is read as at the end of its last day: measures done
 *   later (by the completion date) count as not done yet, deadlines up to that day have passed. While
 *   it runs the report is preliminary and reads the plan as of today.
 * - The target stated is the audit target of the plan's half-year ending on the same day (the
 *   first or the second of the plan's audit cycle, see half-years.ts); a plan with no audit half-year
 *   ending that day gets no target sentence.
 * - Sections in order of first appearance; each ends with a totals row.
 */
import type { IsoDate } from '../core/types';
import {
  MEASURE_NOUN_GEN,
  NO_SECTION,
  auditTallyRu,
  countRu,
  evaluateMeasure,
  formatPercentRu,
  isIsoDate,
  isoOf,
  measuresGenRu,
  measuresRu,
  metricsOfStates,
  parts,
  percent,
  ruDate,
  tallyAudit,
  toDay,
  type MeasureState,
  type MetricsContext,
  type RoadmapMetrics,
  type Zone,
} from '../metrics';
import { formatNumberRu, pluralForm } from '../core/text-ru';
import { GridBuilder, type SheetGrid } from './grid';
import { statusText } from './sheets';
import type { SchoolInput, SummaryContext } from './summary';

export const REPORT_SHEET = 'Отчёт за полугодие';

export interface ReportPeriod {
  /** The report's due date. */
  due: IsoDate;
  /** The half-year covered. */
  start: IsoDate;
  end: IsoDate;
  /** The half-year has not ended yet (figures as of today). */
  preliminary: boolean;
  /** The day the figures are read on: the half-year's end, or today while it runs. */
  asOf: IsoDate;
}

/** The calendar half-year ending last before a due date, and the report period for a day. */
export function reportPeriodFor(due: IsoDate, today: IsoDate): ReportPeriod {
  const { y } = parts(due);
  const june = isoOf(y, 6, 30);
  const end = june < due ? (isoOf(y, 12, 31) < due ? isoOf(y, 12, 31) : june) : isoOf(y - 1, 12, 31);
  const start = end.slice(5) === '06-30' ? isoOf(parts(end).y, 1, 1) : isoOf(parts(end).y, 7, 1);
  const preliminary = today <= end;
  return { due, start, end, preliminary, asOf: preliminary ? today : end };
}

/** The report whose due date (ДД.ММ from settings) is nearest to today. */
export function chooseReportPeriod(today: IsoDate, reportDates: string[]): ReportPeriod {
  const y = parts(today).y;
  const t = toDay(today);
  let best: IsoDate | null = null;
  let bestDistance = Infinity;
  const dates = reportDates.length > 0 ? reportDates : ['21.01', '13.07'];
  for (const dm of dates) {
    const m = /^(\d{2})\.(\d{2})$/.exec(dm.trim());
    if (!m) continue;
    for (const year of [y - 1, y, y + 1]) {
      const iso = `${String(year).padStart(4, '0')}-${m[2]}-${m[1]}`;
      if (!isIsoDate(iso)) continue;
      const distance = Math.abs(toDay(iso) - t);
      if (distance < bestDistance || (distance === bestDistance && best !== null && iso < best)) {
        best = iso;
        bestDistance = distance;
      }
    }
  }
  return reportPeriodFor(best ?? isoOf(y, 7, 13), today);
}

/** The figures a report paragraph states. */
export interface ReportFigures {
  base: number;
  cancelled: number;
  done: number;
  confirmed: number;
  overdue: number;
  needAttention: number;
  /** The half-year target, when the plan has one ending on the report's end. */
  target?: ReportTarget | null;
}

export interface ReportTarget {
  /** % of the plan's measures. */
  target: number;
  /** The date the target is set for. */
  end: IsoDate;
  /** The half-year has ended (else the figures are as of today). */
  final: boolean;
  met: boolean;
  /** Measures still missing to reach the target (0 when met). */
  missing: number;
  /** % done in the audit base. */
  actual: number;
}

/** «Из 35 мероприятий выполнено 21 (60 %), из них подтверждено куратором 18 (85,7 %). Просрочено 3 мероприятия; …» */
export function reportParagraphRu(f: ReportFigures): string {
  const out: string[] = [];
  if (f.base === 0) out.push('В плане нет мероприятий.');
  else {
    let s = `Из ${measuresGenRu(f.base)} выполнено ${formatNumberRu(f.done)} (${formatPercentRu(percent(f.done, f.base))})`;
    if (f.done > 0) {
      s += `, из них подтверждено куратором ${formatNumberRu(f.confirmed)} (${formatPercentRu(percent(f.confirmed, f.done))})`;
    }
    out.push(`${s}.`);
    const requires = (n: number) => pluralForm(n, 'требует', 'требуют', 'требуют');
    if (f.overdue === 0 && f.needAttention === 0) out.push('Просроченных и требующих внимания мероприятий нет.');
    else if (f.overdue === 0) out.push(`Просроченных мероприятий нет; ${requires(f.needAttention)} внимания ${measuresRu(f.needAttention)}.`);
    else out.push(`Просрочено ${measuresRu(f.overdue)}; всего ${requires(f.needAttention)} внимания ${measuresRu(f.needAttention)}.`);
  }
  if (f.cancelled > 0) {
    out.push(
      `${pluralForm(f.cancelled, 'Не учитывается', 'Не учитываются', 'Не учитываются')} ` +
        `${countRu(f.cancelled, 'отменённое мероприятие', 'отменённых мероприятия', 'отменённых мероприятий')}.`,
    );
  }
  const t = f.target;
  if (t && f.base > 0) {
    const goal = `не менее ${formatPercentRu(t.target)} мероприятий плана`;
    if (t.final) {
      out.push(
        t.met
          ? `Цель на ${ruDate(t.end)} (${goal}) достигнута.`
          : `Цель на ${ruDate(t.end)} (${goal}) не достигнута: выполнено ${formatPercentRu(t.actual)}, ` +
              `не хватило ${countRu(t.missing, ...MEASURE_NOUN_GEN)}.`,
      );
    } else {
      out.push(
        t.met
          ? `Цель на ${ruDate(t.end)} (${goal}) уже достигнута.`
          : `До цели на ${ruDate(t.end)} (${goal}) не хватает ${countRu(t.missing, ...MEASURE_NOUN_GEN)}.`,
      );
    }
  }
  return out.join(' ');
}

export interface SchoolReport {
  name: string;
  curator: string;
  metrics: RoadmapMetrics;
  states: MeasureState[];
  target: ReportTarget | null;
  paragraph: string;
}

export interface HalfYearReport {
  period: ReportPeriod;
  schools: SchoolReport[];
  /** The paragraph over all schools (the school's own one when there is a single school). */
  paragraph: string;
  grid: SheetGrid;
}

function targetFor(metrics: RoadmapMetrics, period: ReportPeriod): ReportTarget | null {
  const h = metrics.audit.halves.find((x) => x.end === period.end);
  if (!h || h.base === 0) return null;
  const needed = Math.ceil((h.target * h.base) / 100 - 1e-9);
  return {
    target: h.target,
    end: h.end,
    final: !period.preliminary,
    met: h.met,
    missing: Math.max(0, needed - h.done),
    actual: h.actual,
  };
}

export function reportSchool(school: SchoolInput, period: ReportPeriod, ctx: SummaryContext): SchoolReport {
  const mctx: MetricsContext = {
    period: school.analysis.period,
    today: period.asOf,
    settings: ctx.settings,
    asOfEndOfDay: !period.preliminary,
  };
  const states = school.analysis.measures.map((m) => evaluateMeasure(m, mctx));
  const metrics = metricsOfStates(states, mctx);
  const target = targetFor(metrics, period);
  return {
    name: school.name,
    curator: school.curator ?? '',
    metrics,
    states,
    target,
    paragraph: reportParagraphRu({ ...metrics, target }),
  };
}

/**
 * «По 3 школам: из 105 мероприятий выполнено …. Цель аудита достигли 1 из 2 школ с завершённым
 * полугодием (50 %); ещё не оценивалась 1 школа.» The audit sentence is the summary's (metrics/audit.ts)
 * over the plans as read for the report: at the end of its half-year, or today while it runs.
 */
export function overallParagraphRu(reports: SchoolReport[]): string {
  const sum = { base: 0, cancelled: 0, done: 0, confirmed: 0, overdue: 0, needAttention: 0 };
  for (const r of reports) {
    sum.base += r.metrics.base;
    sum.cancelled += r.metrics.cancelled;
    sum.done += r.metrics.done;
    sum.confirmed += r.metrics.confirmed;
    sum.overdue += r.metrics.overdue;
    sum.needAttention += r.metrics.needAttention;
  }
  const body = reportParagraphRu(sum);
  const text = `По ${countRu(reports.length, 'школе', 'школам', 'школам')}: ${body[0].toLowerCase()}${body.slice(1)}`;
  const audit = auditTallyRu(tallyAudit(reports.map((r) => r.metrics)));
  return audit === '' ? text : `${text} ${audit}.`;
}

export const REPORT_HEADER = ['№', 'Мероприятие', 'Срок', 'Ответственный', 'Статус', 'Дата выполнения', 'Подтверждение', 'Отметка куратора'];

export function buildHalfYearReport(schools: SchoolInput[], ctx: SummaryContext & { report?: ReportPeriod }): HalfYearReport {
  const period = ctx.report ?? chooseReportPeriod(ctx.today, ctx.settings.reportDates);
  const reports = schools.map((s) => reportSchool(s, period, ctx));
  const paragraph = reports.length === 1 ? reports[0].paragraph : reports.length === 0 ? 'Нет данных.' : overallParagraphRu(reports);

  const g = new GridBuilder(REPORT_SHEET, REPORT_HEADER.length);
  g.push(
    [`Отчёт о реализации ${schools.length === 1 ? 'дорожной карты' : 'дорожных карт'} за полугодие: ${ruDate(period.start)} – ${ruDate(period.end)}`],
    'title',
  );
  g.push(
    [
      period.preliminary
        ? `Предварительные данные на ${ruDate(period.asOf)}: полугодие ещё не закончилось. Срок сдачи отчёта — ${ruDate(period.due)}.`
        : `Данные на ${ruDate(period.asOf)}. Срок сдачи отчёта — ${ruDate(period.due)}.`,
    ],
    'text',
  );
  if (reports.length !== 1) g.push([paragraph], 'text');
  for (const r of reports) {
    g.push([], 'blank');
    g.push([r.curator ? `${r.name} (куратор: ${r.curator})` : r.name], 'title');
    g.push([r.paragraph], 'text');
    g.push(REPORT_HEADER, 'header');
    const sections = new Map<string, MeasureState[]>();
    for (const s of r.states) {
      const key = s.measure.section ?? NO_SECTION;
      let list = sections.get(key);
      if (!list) sections.set(key, (list = []));
      list.push(s);
    }
    for (const [section, list] of sections) {
      g.push([section], 'section');
      let base = 0;
      let done = 0;
      let overdue = 0;
      for (const s of list) {
        const m = s.measure;
        if (!s.cancelled) {
          base++;
          if (s.status === 'Выполнено') done++;
          if (s.overdue) overdue++;
        }
        const zone: Zone | null = s.cancelled ? null : s.overdue ? 'red' : s.attention.length > 0 ? 'yellow' : s.status === 'Выполнено' ? 'green' : null;
        g.push(
          [
            m.number,
            m.title,
            m.deadline ? m.deadline.text : '',
            m.responsible.join(', '),
            statusText(s),
            m.doneDate ? ruDate(m.doneDate) : '',
            m.evidence ?? '',
            m.curatorMark ?? '',
          ],
          'data',
          zone,
        );
      }
      g.push(['', sectionTotalRu(base, done, overdue)], 'subtotal');
    }
  }
  return { period, schools: reports, paragraph, grid: g.build() };
}

/** «Итого по разделу: 12 мероприятий, выполнено 7 (58,3 %), просрочено 2». */
export function sectionTotalRu(base: number, done: number, overdue: number): string {
  let s = `Итого по разделу: ${measuresRu(base)}, выполнено ${formatNumberRu(done)} (${formatPercentRu(percent(done, base))})`;
  if (overdue > 0) s += `, просрочено ${formatNumberRu(overdue)}`;
  return s;
}
