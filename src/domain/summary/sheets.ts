/**
 * The generated sheets of the coordinator's summary: «Сводка», «Исполнители» and «Календарь».
 * Each is a header row followed by data rows (the summary adds a totals row and a legend row).
 *
 * Decisions:
 * - «Исполнители» lists every measure not done (cancelled ones left out) under each of its
 *   responsible bodies: bodies with the most overdue measures first, then by name; within a body the
 *   overdue ones first (longest overdue first), then by the next due date, then the undated ones.
 *   `until` keeps only the overdue ones and those due by that date.
 * - «Календарь» lists every occurrence due from the first day of this month to the last day of the
 *   next one, by date, with its state: «выполнено» (recorded), «просрочено» (passed without a record),
 *   «сегодня», «предстоит».
 * - Row colours: the summary by the school's zone; «Исполнители» red for overdue, yellow for due in
 *   the next 30 days; «Календарь» green for recorded, red for overdue.
 */
import type { IsoDate } from '../core/types';
import {
  NO_RESPONSIBLE,
  NO_STATUS,
  ZONE_NAMES_RU,
  addDays,
  addMonthsStart,
  countRu,
  formatPercentRu,
  monthStart,
  occurrencesOf,
  ruDate,
  zoneRuleRu,
  daysBetween,
  type MeasureState,
  type Zone,
} from '../metrics';
import { formatNumberRu } from '../core/text-ru';
import { GridBuilder, type SheetCell, type SheetGrid } from './grid';
import { totalsAuditRu, type SchoolSummary, type Summary } from './summary';
import { expertisePercent } from './expertise';

export const SUMMARY_SHEET = 'Сводка';
export const RESPONSIBLE_SHEET = 'Исполнители';
export const CALENDAR_SHEET = 'Календарь';

export const SUMMARY_HEADER = [
  'Школа',
  'Куратор',
  'Кластер',
  'Мероприятий',
  'Выполнено',
  '% выполнения',
  'Не выполнено',
  'На доработке',
  'Просрочено',
  'Требуют внимания',
  'Подтверждено куратором, %',
  'Аудит полугодия',
  'Идёт по графику',
  'Зона',
  'Пояснение',
  'Высоких рисков',
  'Высоких рисков без программы',
  'Документов размещено',
  'Документов подтверждено',
  'Экспертиза: документов оценено',
  'Экспертиза: % от максимума',
];

/** «3 из 5»: documents posted (or confirmed) of the measures of «Стартовая диагностика» and «Программа развития»; '' when there are none. */
function ofDocuments(n: number, expected: number): string {
  return expected > 0 ? `${formatNumberRu(n)} из ${formatNumberRu(expected)}` : '';
}

export function summaryGrid(summary: Summary): SheetGrid {
  const g = new GridBuilder(SUMMARY_SHEET, SUMMARY_HEADER.length);
  g.push(SUMMARY_HEADER, 'header');
  for (const s of summary.schools) g.push(summaryRow(s), 'data', s.zone);
  const t = summary.totals;
  g.push(
    [
      `Итого: ${countRu(t.schools, 'школа', 'школы', 'школ')}`,
      '',
      '',
      t.measures,
      t.done,
      t.donePercent,
      t.notDone,
      t.rework,
      t.overdue,
      t.needAttention,
      t.confirmedPercent,
      totalsAuditRu(t),
      `${formatNumberRu(t.schoolsOnTrack)} из ${formatNumberRu(t.schools)}`,
      `зелёная — ${t.zones.green}, жёлтая — ${t.zones.yellow}, красная — ${t.zones.red}`,
      '',
      t.schoolsWithProfile > 0 ? t.highRisks : '',
      t.schoolsWithProfile > 0 ? t.highRisksWithoutProgramme : '',
      ofDocuments(t.documentsPosted, t.documentsExpected),
      ofDocuments(t.documentsConfirmed, t.documentsExpected),
      t.schoolsWithExpertise > 0 ? t.expertiseReviewed : '',
      t.schoolsWithExpertise > 0 ? t.expertisePercent : '',
    ],
    'total',
  );
  g.push([`${zoneRuleRu(summary.settings)} Данные на ${ruDate(summary.today)}.`], 'legend');
  if (summary.plans?.length) {
    // The plans that are no school's: a block of their own, below the schools and out of the totals.
    g.push([], 'blank');
    g.push([`Планы, не относящиеся к школам (муниципальные, региональные): ${summary.plans.length}`], 'section');
    for (const p of summary.plans) g.push(summaryRow(p), 'data', p.zone);
  }
  return g.build();
}

function summaryRow(s: SchoolSummary): SheetCell[] {
  const m = s.metrics;
  return [
    s.name,
    s.curator,
    s.cluster,
    m.base,
    m.done,
    m.donePercent,
    m.notDone,
    m.rework,
    m.overdue,
    m.needAttention,
    m.confirmedPercent,
    s.auditText,
    onScheduleCell(s.metrics),
    ZONE_NAMES_RU[s.zone],
    s.zoneReason,
    s.risk ? s.risk.high : '',
    s.risk ? s.risk.highWithoutProgramme : '',
    ofDocuments(s.documents.posted, s.documents.expected),
    ofDocuments(s.documents.confirmed, s.documents.expected),
    s.expertise ? s.expertise.reviewed : '',
    s.expertise ? expertisePercent(s.expertise) : '',
  ];
}

/** «да», or «нет: выполнено 25 %, срок наступил у 50 %». */
function onScheduleCell(m: { audit: { onTrack: boolean; expectedNow: number }; donePercent: number }): string {
  if (m.audit.onTrack) return 'да';
  return `нет: выполнено ${formatPercentRu(m.donePercent)}, срок наступил у ${formatPercentRu(m.audit.expectedNow)}`;
}

export const RESPONSIBLE_HEADER = ['Ответственный', 'Школа', '№', 'Мероприятие', 'Срок по плану', 'Срок', 'Статус', 'Просрочено, дней'];

interface Owed {
  school: string;
  schoolIndex: number;
  state: MeasureState;
  date: IsoDate | null;
  overdue: boolean;
}

export function responsibleGrid(summary: Summary, options: { until?: IsoDate } = {}): SheetGrid {
  const today = summary.today;
  const soon = addDays(today, 30);
  const groups = new Map<string, { name: string; overdue: number; items: Owed[] }>();
  summary.schools.forEach((school, schoolIndex) => {
    for (const state of school.states) {
      if (state.cancelled || state.status === 'Выполнено') continue;
      const sch = state.schedule;
      const date = state.overdue ? sch.missedDue : sch.nextDue;
      if (options.until !== undefined && !state.overdue && (date === null || date > options.until)) continue;
      const names = state.measure.responsible.length > 0 ? state.measure.responsible : [NO_RESPONSIBLE];
      for (const name of new Set(names)) {
        let group = groups.get(name);
        if (!group) groups.set(name, (group = { name, overdue: 0, items: [] }));
        if (state.overdue) group.overdue++;
        group.items.push({ school: school.name, schoolIndex, state, date, overdue: state.overdue });
      }
    }
  });
  const ordered = [...groups.values()].sort((a, b) => b.overdue - a.overdue || a.name.localeCompare(b.name, 'ru'));
  const g = new GridBuilder(RESPONSIBLE_SHEET, RESPONSIBLE_HEADER.length);
  g.push(RESPONSIBLE_HEADER, 'header');
  for (const group of ordered) {
    group.items.sort(compareOwed);
    for (const it of group.items) {
      const m = it.state.measure;
      const zone: Zone | null = it.overdue ? 'red' : it.date !== null && it.date <= soon ? 'yellow' : null;
      g.push(
        [
          group.name,
          it.school,
          m.number,
          m.title,
          m.deadline ? m.deadline.text : '',
          it.date !== null ? ruDate(it.date) : '',
          statusText(it.state),
          it.overdue && it.date !== null ? daysBetween(it.date, today) : null,
        ],
        'data',
        zone,
      );
    }
  }
  return g.build();
}

function compareOwed(a: Owed, b: Owed): number {
  if (a.overdue !== b.overdue) return a.overdue ? -1 : 1;
  if (a.date !== b.date) {
    if (a.date === null) return 1;
    if (b.date === null) return -1;
    return a.date < b.date ? -1 : 1;
  }
  return a.schoolIndex - b.schoolIndex || a.state.measure.row - b.state.measure.row;
}

export function statusText(state: MeasureState): string {
  return state.status === NO_STATUS ? '' : state.status;
}

export const CALENDAR_HEADER = ['Дата', 'Школа', '№', 'Мероприятие', 'Ответственный', 'Срок по плану', 'Статус', 'Отметка'];

export function calendarGrid(summary: Summary): SheetGrid {
  const today = summary.today;
  const from = monthStart(today);
  const to = addDays(addMonthsStart(today, 2), -1);
  const items: { date: IsoDate; schoolIndex: number; school: string; state: MeasureState; mark: string; zone: Zone | null }[] = [];
  summary.schools.forEach((school, schoolIndex) => {
    for (const state of school.states) {
      const sch = state.schedule;
      if (state.cancelled || sch.firstDue === null || sch.firstDue > to || (sch.finalDue as IsoDate) < from) continue;
      const m = state.measure;
      const lastRecord = state.schedule.recurring && m.doneDate !== null && m.doneDate <= today ? m.doneDate : null;
      for (const occ of occurrencesOf(m.deadline, school.period)) {
        if (occ.due < from) continue;
        if (occ.due > to) break;
        const recorded = state.status === 'Выполнено' || (lastRecord !== null && occ.from <= lastRecord);
        const mark = recorded ? 'выполнено' : occ.due < today ? 'просрочено' : occ.due === today ? 'сегодня' : 'предстоит';
        const zone: Zone | null = recorded ? 'green' : occ.due < today ? 'red' : null;
        items.push({ date: occ.due, schoolIndex, school: school.name, state, mark, zone });
      }
    }
  });
  items.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.schoolIndex - b.schoolIndex || a.state.measure.row - b.state.measure.row));
  const g = new GridBuilder(CALENDAR_SHEET, CALENDAR_HEADER.length);
  g.push(CALENDAR_HEADER, 'header');
  for (const it of items) {
    const m = it.state.measure;
    const cells: SheetCell[] = [
      ruDate(it.date),
      it.school,
      m.number,
      m.title,
      m.responsible.join(', '),
      m.deadline ? m.deadline.text : '',
      statusText(it.state),
      it.mark,
    ];
    g.push(cells, 'data', it.zone);
  }
  return g.build();
}
