/**
 * Columns and rules the roadmap templates share: the measure columns of a plan-schedule and the
 * tracking columns users add for monitoring. Pure data (bundled into Apps Script too).
 *
 * The headers are the ones our table normaliser (src/domain/table) maps to their fields, so a
 * sheet made from a template is read back without guessing (test/domain/templates.test.ts).
 */
import type { Cell } from '../src/domain/core/types';
import type { ConditionalRule, TemplateColumn } from '../src/domain/workbook/templates';
import { CURATOR_MARKS, STATUSES, type CuratorMark, type Status } from '../src/domain/parse/tracking';

export const MEASURE_COLUMNS: TemplateColumn[] = [
  {
    header: '№ п/п',
    field: 'number',
    width: 56,
    format: 'text',
    help: 'Номер мероприятия: 1, 2, 3… или 1.1, 1.2 внутри раздела. В строке раздела пишется только его название, в этом столбце.',
  },
  {
    header: 'Наименование мероприятия',
    field: 'title',
    width: 360,
    format: 'text',
    help: 'Что будет сделано: «Семинар…», «Анализ…», «Размещение…». Одно мероприятие — одна строка.',
  },
  {
    header: 'Сроки исполнения',
    field: 'deadline',
    width: 150,
    format: 'text',
    help: 'Срок обычным текстом: «Март 2022 года», «До 27 марта 2022 г.», «Ежемесячно с марта 2022», «В течение учебного года» — или датой. Год можно не писать: он берётся из периода плана.',
  },
  {
    header: 'Показатель реализации',
    field: 'indicator',
    width: 200,
    format: 'text',
    help: 'Измеримый показатель: доля («Не менее 75% учителей»), количество («Проведено не менее 5 совещаний») или изменение («с 66% до 78%»).',
  },
  {
    header: 'Ответственный',
    field: 'responsible',
    width: 220,
    format: 'text',
    help: 'Кто исполняет: организации (сокращения расшифрованы на листе «Справочник организаций»), должности, ФИО. Несколько — через запятую.',
  },
  {
    header: 'Результат (форма представления)',
    field: 'result',
    width: 200,
    format: 'text',
    help: 'Чем подтверждается выполнение: протокол, приказ, справка, программа, публикация на сайте.',
  },
];

export const TRACKING_COLUMNS: TemplateColumn[] = [
  {
    header: 'Статус',
    field: 'status',
    width: 140,
    format: 'text',
    list: STATUSES,
    help: 'Выберите из списка: «Не начато», «В работе», «Выполнено», «Не выполнено», «Требуется доработка», «Отменено».',
  },
  {
    header: 'Дата выполнения',
    field: 'doneDate',
    width: 110,
    format: 'date',
    help: 'Когда мероприятие выполнено, ДД.ММ.ГГГГ. Не позже сегодняшнего дня.',
  },
  {
    header: 'Факт',
    field: 'actual',
    width: 130,
    format: 'text',
    help: 'Достигнутое значение показателя: «80% учителей», «6 совещаний».',
  },
  {
    header: 'Подтверждающий документ (ссылка)',
    field: 'evidence',
    width: 240,
    format: 'text',
    help: 'Ссылка http(s) на документ (сайт школы, Google Диск, ИС МЭДК). Обязательна для «Выполнено».',
  },
  {
    header: 'Отметка куратора',
    field: 'curatorMark',
    width: 150,
    format: 'text',
    list: CURATOR_MARKS,
    help: 'Заполняет куратор: «Подтверждено», «Не подтверждено» или «На доработку».',
  },
  {
    header: 'Дата отметки',
    field: 'curatorDate',
    width: 110,
    format: 'date',
    help: 'Когда куратор поставил отметку, ДД.ММ.ГГГГ.',
  },
  {
    header: 'Комментарий куратора',
    field: 'curatorComment',
    width: 220,
    format: 'text',
    help: 'Что доработать, если отметка «На доработку» или «Не подтверждено».',
  },
  {
    header: 'Комментарий',
    field: 'comment',
    width: 220,
    format: 'text',
    help: 'Пояснение исполнителя: причины переноса, что сделано частично.',
  },
];

/** Every column of a roadmap sheet: the measure columns, then the tracking ones. */
export const ROADMAP_COLUMNS: TemplateColumn[] = [...MEASURE_COLUMNS, ...TRACKING_COLUMNS];

export const STATUS_COLOURS: Readonly<Record<Status, string>> = {
  'Не начато': '#f3f3f3',
  'В работе': '#fff2cc',
  Выполнено: '#d9ead3',
  'Не выполнено': '#f4cccc',
  'Требуется доработка': '#fce5cd',
  Отменено: '#e7e6e6',
};

export const MARK_COLOURS: Readonly<Record<CuratorMark, string>> = {
  Подтверждено: '#d9ead3',
  'Не подтверждено': '#f4cccc',
  'На доработку': '#fce5cd',
};

export const OVERDUE_BACKGROUND = '#fbe3e0';

const at = (field: string): number => ROADMAP_COLUMNS.findIndex((c) => c.field === field);

/**
 * Rules of a roadmap sheet, in the order Sheets applies them: status and mark colours, then
 * section headings, then overdue rows. The overdue rule sees deadlines written as dates («27.03.2022»,
 * «До 27.03.2022»); free-text deadlines («Март 2022 года») are judged by the add-on's check.
 */
export const ROADMAP_RULES: ConditionalRule[] = [
  { kind: 'status-colour', column: at('status'), colours: STATUS_COLOURS },
  { kind: 'status-colour', column: at('curatorMark'), colours: MARK_COLOURS },
  {
    kind: 'section-row',
    headingColumn: at('number'),
    emptyColumns: [at('title'), at('deadline')],
    background: '#f2f2f2',
    bold: true,
  },
  {
    kind: 'overdue-row',
    statusColumn: at('status'),
    deadlineColumn: at('deadline'),
    closed: ['Выполнено', 'Отменено'],
    background: OVERDUE_BACKGROUND,
  },
];

/** A "floating" date (its UTC fields are the calendar date), as the adapters hand dates over. */
export function day(y: number, m: number, d: number): Date {
  return new Date(Date.UTC(y, m - 1, d));
}

export interface Tracking {
  status?: Status;
  done?: Date;
  actual?: string;
  link?: string;
  mark?: CuratorMark;
  markDate?: Date;
  curatorComment?: string;
  comment?: string;
}

/** One measure row of a roadmap sheet, with optional tracking values; trailing empties trimmed. */
export function measureRow(number: string, title: string, deadline: string, indicator: string, responsible: string, result: string, t: Tracking = {}): Cell[] {
  const row: Cell[] = [
    number,
    title,
    deadline,
    indicator,
    responsible,
    result,
    t.status ?? null,
    t.done ?? null,
    t.actual ?? null,
    t.link ?? null,
    t.mark ?? null,
    t.markDate ?? null,
    t.curatorComment ?? null,
    t.comment ?? null,
  ];
  while (row.length > 0 && row[row.length - 1] === null) row.pop();
  return row;
}

/** A section heading row: the heading alone in the first column. */
export function sectionRow(title: string): Cell[] {
  return [title];
}

/** Sample evidence links: example.org is reserved for examples, so no real site is implied. */
export function sampleLink(path: string): string {
  return `https://example.org/500plus/${path}`;
}
