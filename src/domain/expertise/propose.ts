/**
 * The automatic pre-expertise of a programme's (or a roadmap's) measures: for each criterion a
 * machine can judge, a proposed score with the reasons in Russian, and the evidence (the measures
 * and tasks it is about, with their rows). The reviewer accepts or overrides each proposal.
 *
 * Decisions:
 * - «Показатели можно измерить»: the share of measures whose indicator states a number (a measure
 *   with no indicator is not measurable): 90 % and more → 3, 60 % → 2, 30 % → 1, less → 0.
 * - «Меры соотносятся с задачами»: a task without measures → 1 (0 when half the tasks have none);
 *   a task with one measure → 2 (one measure is no «комплекс мер»); else 3. No tasks named → the
 *   numbered sections stand for them (sections.ts), judged the same way; neither → no proposal.
 * - «Формальные элементы»: №, мероприятие, срок, ответственный, показатель, результат, each present
 *   when filled for at least half the measures; 3 − the number missing, at least 0.
 * - «Ответственные», «Вид отчёта»: yes when every measure has one (a report form: the «Результат» /
 *   «Форма представления результата» cell filled for 80 % of measures).
 * - «Сроки реалистичны»: yes when every deadline is readable and inside the period, they are not all
 *   one and the same, and not all (four fifths) in the last seventh of the period.
 */
import type { Field, Period } from '../core/types';
import type { Measure } from '../roadmap/measure';
import { criteriaOf, type Criterion, type Score } from './criteria';

export interface Evidence {
  text: string;
  /** 1-based row of the document's sheet, or null. */
  row: number | null;
  /** Another sheet the row is on (the risk profile's), when not the document's. */
  sheet?: string;
}

export interface Proposal {
  criterion: Criterion;
  proposed: Score;
  reasons: string[];
  evidence: Evidence[];
}

export interface DocumentTask {
  name: string;
  row: number;
  measures: number;
}

/** What the pre-expertise reads of a programme or a roadmap table. */
export interface MeasuresDocument {
  period: Period;
  measures: readonly Measure[];
  /** The tasks the measures serve, or null when the document names none. */
  tasks: readonly DocumentTask[] | null;
  /** The tasks are the document's numbered sections (sections.ts), with this many measures outside them. */
  fromSections?: { outside: number };
  /** The columns the table has (field → header). */
  columns: Partial<Record<Field, string>>;
}

const MAX_LISTED = 4;
const MAX_EVIDENCE = 40;

const short = (text: string, n = 60): string => {
  const s = text.replace(/\s+/g, ' ').trim();
  return s.length > n ? `${s.slice(0, n - 1).trimEnd()}…` : s;
};
/** «1.2 «Анкетирование обучающихся»» or «строка 12 «…»». */
export const measureLabel = (m: Measure): string => `${m.number !== '' ? m.number : `строка ${m.row}`} «${short(m.title)}»`;
const ev = (m: Measure, note?: string): Evidence => ({ text: note ? `${measureLabel(m)}: ${note}` : measureLabel(m), row: m.row });

/** «1.2 «…», 1.5 «…» и ещё 3». */
function listed(ms: readonly Measure[]): string {
  const head = ms.slice(0, MAX_LISTED).map(measureLabel).join(', ');
  return ms.length > MAX_LISTED ? `${head} и ещё ${ms.length - MAX_LISTED}` : head;
}

function measurable(doc: MeasuresDocument, c: Criterion): Proposal {
  const ms = doc.measures;
  if (ms.length === 0) return { criterion: c, proposed: null, reasons: ['в документе нет мероприятий'], evidence: [] };
  const yes = ms.filter((m) => m.indicator?.measurable === true);
  const no = ms.filter((m) => m.indicator?.measurable !== true);
  const share = yes.length / ms.length;
  const proposed = share >= 0.9 ? 3 : share >= 0.6 ? 2 : share >= 0.3 ? 1 : 0;
  const reasons = [`измеримы ${yes.length} из ${ms.length}${yes.length > 0 ? `: ${listed(yes)}` : ''}`];
  const missing = no.filter((m) => !m.indicator);
  const vague = no.filter((m) => m.indicator);
  if (!doc.columns.indicator) reasons.push('в таблице нет столбца показателей');
  else if (missing.length > 0) reasons.push(`без показателя: ${listed(missing)}`);
  if (vague.length > 0)
    reasons.push(
      `показатель без числа или доли: ${vague
        .slice(0, MAX_LISTED)
        .map((m) => `${measureLabel(m)} — «${short(m.indicator?.text ?? '')}»`)
        .join('; ')}`,
    );
  const evidence = [...vague.map((m) => ev(m, `«${short(m.indicator?.text ?? '', 80)}»`)), ...missing.map((m) => ev(m, 'показатель не указан'))];
  return { criterion: c, proposed, reasons, evidence: evidence.slice(0, MAX_EVIDENCE) };
}

function measuresTasks(doc: MeasuresDocument, c: Criterion): Proposal {
  const tasks = doc.tasks ?? [];
  if (tasks.length === 0) {
    return {
      criterion: c,
      proposed: null,
      reasons: [
        'задачи в таблице не названы (нет столбца «Задача», заголовков «Задача …» и нумерованных разделов): соотнесите меры с задачами по тексту программы',
      ],
      evidence: [],
    };
  }
  const sections = doc.fromSections !== undefined;
  const empty = tasks.filter((t) => t.measures === 0);
  const single = tasks.filter((t) => t.measures === 1);
  const proposed = empty.length > 0 ? (empty.length * 2 >= tasks.length ? 0 : 1) : single.length > 0 ? 2 : 3;
  const name = (t: DocumentTask) => `«${short(t.name)}»`;
  const reasons = sections
    ? [`задачи не названы; задачами считаются разделы документа: разделов ${tasks.length}, мер ${doc.measures.length}`]
    : [`задач ${tasks.length}, мер ${doc.measures.length}`];
  if (sections && (doc.fromSections?.outside ?? 0) > 0) reasons.push(`мер вне разделов: ${doc.fromSections?.outside}`);
  if (empty.length > 0) reasons.push(`без мероприятий: ${empty.map(name).join(', ')}`);
  if (single.length > 0)
    reasons.push(`${sections ? 'в разделе одно мероприятие' : 'по одному мероприятию'} — это не комплекс мер: ${single.map(name).join(', ')}`);
  if (empty.length === 0 && single.length === 0)
    reasons.push(sections ? 'в каждом разделе не меньше двух мероприятий' : 'у каждой задачи не меньше двух мероприятий');
  if (sections) reasons.push('соответствие мер задачам программы по её тексту оценивает эксперт');
  const evidence = tasks.map((t) => ({ text: `${sections ? 'раздел ' : ''}${name(t)}: мероприятий — ${t.measures}`, row: t.row }));
  return { criterion: c, proposed, reasons, evidence };
}

const FORMAL: readonly { field: Field; label: string }[] = [
  { field: 'number', label: '№' },
  { field: 'title', label: 'мероприятие' },
  { field: 'deadline', label: 'срок' },
  { field: 'responsible', label: 'ответственный' },
  { field: 'indicator', label: 'показатель' },
  { field: 'result', label: 'результат' },
];

function filled(m: Measure, f: Field): boolean {
  switch (f) {
    case 'number':
      return m.number !== '';
    case 'title':
      return m.title !== '';
    case 'deadline':
      return m.deadline !== null;
    case 'responsible':
      return m.responsible.length > 0;
    case 'indicator':
      return m.indicator !== null;
    default:
      return m.result !== null;
  }
}

function formal(doc: MeasuresDocument, c: Criterion): Proposal {
  const n = doc.measures.length;
  if (n === 0) return { criterion: c, proposed: null, reasons: ['в документе нет мероприятий'], evidence: [] };
  const present: string[] = [];
  const missing: string[] = [];
  for (const e of FORMAL) {
    const count = doc.measures.filter((m) => filled(m, e.field)).length;
    if (doc.columns[e.field] && count * 2 >= n) present.push(e.label);
    else missing.push(doc.columns[e.field] ? `${e.label} (заполнен у ${count} из ${n})` : e.label);
  }
  const proposed = Math.max(0, 3 - missing.length) as 0 | 1 | 2 | 3;
  const reasons = [`есть: ${present.join(', ') || 'ничего'}`];
  if (missing.length > 0) reasons.push(`нет: ${missing.join(', ')}`);
  return { criterion: c, proposed, reasons, evidence: [] };
}

function responsible(doc: MeasuresDocument, c: Criterion): Proposal {
  const ms = doc.measures;
  if (ms.length === 0) return { criterion: c, proposed: null, reasons: ['в документе нет мероприятий'], evidence: [] };
  const none = ms.filter((m) => m.responsible.length === 0);
  if (none.length === 0) {
    return { criterion: c, proposed: true, reasons: [`ответственные указаны у всех ${ms.length} мер; их компетентность оценивает эксперт`], evidence: [] };
  }
  const reasons = [`ответственный не указан у ${none.length} из ${ms.length}: ${listed(none)}`];
  if (!doc.columns.responsible) reasons.unshift('в таблице нет столбца ответственных');
  return { criterion: c, proposed: false, reasons, evidence: none.slice(0, MAX_EVIDENCE).map((m) => ev(m, 'нет ответственного')) };
}

const REPORT_FORMS: readonly [RegExp, string][] = [
  [/справк/iu, 'справка'],
  [/отч[её]т/iu, 'отчёт'],
  [/протокол/iu, 'протокол'],
  [/приказ/iu, 'приказ'],
  [/аналитическ/iu, 'анализ'],
  [/план/iu, 'план'],
  [/положени/iu, 'положение'],
  [/публикаци|сайт/iu, 'публикация'],
  [/презентаци/iu, 'презентация'],
  [/рекомендаци/iu, 'рекомендации'],
  [/программ/iu, 'программа'],
];

function report(doc: MeasuresDocument, c: Criterion): Proposal {
  const ms = doc.measures;
  if (ms.length === 0) return { criterion: c, proposed: null, reasons: ['в документе нет мероприятий'], evidence: [] };
  const withForm = ms.filter((m) => m.result !== null);
  const without = ms.filter((m) => m.result === null);
  const forms = REPORT_FORMS.filter(([re]) => withForm.some((m) => re.test(m.result ?? ''))).map(([, label]) => label);
  const reasons: string[] = [];
  if (!doc.columns.result) reasons.push('в таблице нет столбца «Результат» или «Форма представления результата»');
  else reasons.push(`вид отчёта или результат указан у ${withForm.length} из ${ms.length}${forms.length > 0 ? `: ${forms.join(', ')}` : ''}`);
  if (doc.columns.result && without.length > 0) reasons.push(`не указан: ${listed(without)}`);
  const proposed = doc.columns.result !== undefined && withForm.length >= 0.8 * ms.length;
  return { criterion: c, proposed, reasons, evidence: without.slice(0, MAX_EVIDENCE).map((m) => ev(m, 'вид отчёта не указан')) };
}

const dayOf = (iso: string): number => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86400000;
const ruDate = (iso: string): string => iso.split('-').reverse().join('.');

function readable(m: Measure): boolean {
  const d = m.deadline;
  return !!d && (d.start !== null || d.end !== null || d.recurrence !== null || d.unscheduled);
}

function deadlines(doc: MeasuresDocument, c: Criterion): Proposal {
  const ms = doc.measures;
  if (ms.length === 0) return { criterion: c, proposed: null, reasons: ['в документе нет мероприятий'], evidence: [] };
  const { start, end } = doc.period;
  const unreadable = ms.filter((m) => !readable(m));
  const outside = ms.filter((m) => readable(m) && ((m.deadline?.end ?? start) > end || (m.deadline?.start ?? end) < start));
  const dated = ms.filter((m) => readable(m) && !m.deadline?.unscheduled && (m.deadline?.end ?? m.deadline?.start));
  const tail = dayOf(end) - (dayOf(end) - dayOf(start)) / 7;
  const atEnd = dated.filter((m) => dayOf(m.deadline?.start ?? m.deadline?.end ?? end) >= tail);
  const keys = new Set(dated.map((m) => `${m.deadline?.start}|${m.deadline?.end}|${m.deadline?.recurrence?.every ?? ''}`));
  const reasons: string[] = [];
  const evidence: Evidence[] = [];
  if (unreadable.length > 0) {
    reasons.push(`срок не указан или не читается у ${unreadable.length} из ${ms.length}: ${listed(unreadable)}`);
    evidence.push(...unreadable.map((m) => ev(m, m.deadline ? `срок «${short(m.deadline.text)}» не читается` : 'срок не указан')));
  }
  if (outside.length > 0) {
    reasons.push(`вне периода ${doc.period.label}: ${listed(outside)}`);
    evidence.push(...outside.map((m) => ev(m, `срок «${short(m.deadline?.text ?? '')}» вне периода`)));
  }
  const allAtOnce = dated.length >= 3 && keys.size === 1;
  const crowded = dated.length >= 3 && atEnd.length >= 0.8 * dated.length;
  if (allAtOnce) reasons.push(`у всех ${dated.length} мер один и тот же срок «${short(dated[0].deadline?.text ?? '')}»`);
  else if (crowded)
    reasons.push(`${atEnd.length} из ${dated.length} мер приходятся на конец периода (после ${ruDate(new Date(tail * 86400000).toISOString().slice(0, 10))})`);
  const proposed = unreadable.length === 0 && outside.length === 0 && !allAtOnce && !crowded;
  if (proposed)
    reasons.push(
      `сроки всех ${ms.length} мер читаются, лежат в периоде ${doc.period.label} и распределены по нему; реалистичность для содержания мер оценивает эксперт`,
    );
  return { criterion: c, proposed, reasons, evidence: evidence.slice(0, MAX_EVIDENCE) };
}

const JUDGES: Readonly<Record<string, (doc: MeasuresDocument, c: Criterion) => Proposal>> = {
  'measures-tasks': measuresTasks,
  measurable,
  formal,
  responsible,
  deadlines,
  report,
};

/** The proposals for the anti-risk programme's criteria over a document of measures. */
export function proposeForMeasures(doc: MeasuresDocument): Proposal[] {
  return criteriaOf('programme').map((c) => JUDGES[c.id](doc, c));
}
