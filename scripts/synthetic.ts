/**
 * Synthetic roadmaps for the benchmark and for tests that need large inputs: a paged Word-like
 * roadmap grid of any size, and schools' measures built directly (no parsing).
 */
import type { Measure } from '../src/domain/roadmap/measure';
import { calendarPeriod } from '../src/domain/parse/period';
import type { SchoolInput } from '../src/domain/summary';
import type { Status } from '../src/domain/parse/tracking';
import type { Deadline, Grid } from '../src/domain/core/types';

const MONTHS = ['январь', 'февраль', 'март', 'апрель', 'май', 'июнь', 'июль', 'август', 'сентябрь', 'октябрь', 'ноябрь', 'декабрь'];
const DEADLINES = [
  (i: number) => `${MONTHS[i % 12]} 2022`,
  () => 'в течение учебного года',
  (i: number) => `До ${(i % 27) + 1} ${['марта', 'апреля', 'мая'][i % 3]} 2022 г.`,
  () => 'ежегодно (сентябрь -октябрь)',
  () => 'С марта 2022 г. ежемесячно',
  (i: number) => `${MONTHS[i % 12]} – ${MONTHS[(i % 12) + (i % 12 < 11 ? 1 : 0)]} 2022 года`,
];
const RESPONSIBLE = ['УОиМП, ОЦПРМСО', 'Муниципальный координатор, ОЦПРМСО, МБОУ «СШ № 21 им. Н.И. Рыленкова»', 'ШНОР', 'ЦНППМ ГАУ ДПО СОИРО'];
const INDICATORS = ['100% участие', 'Не менее 75% участие', 'Проведено не менее 5 совещаний', 'Своевременное размещение'];
const STATUSES = ['Выполнено', 'В работе', 'Не начато', 'Требуется доработка', ''];

/** A roadmap of `rows` measures in sections of 20, with a repeated header every 40 rows like a paged Word table. */
export function syntheticRoadmap(rows: number): Grid {
  const header = [
    '№ п/п',
    'Наименование мероприятия',
    'Сроки исполнения',
    'Показатель реализации',
    'Ответственный',
    'Результат',
    'Статус',
    'Дата выполнения',
    'Ссылка на подтверждающий документ',
  ];
  const grid: Grid = [['ПЛАН-ГРАФИК («дорожная карта») на 2022 год'], header];
  for (let i = 0; i < rows; i++) {
    if (i % 20 === 0) grid.push([`${i / 20 + 1}. Раздел ${i / 20 + 1}`]);
    if (i % 40 === 39) grid.push(header);
    const status = STATUSES[i % STATUSES.length];
    grid.push([
      `${Math.floor(i / 20) + 1}.${(i % 20) + 1}`,
      `Мероприятие ${i + 1}: организация методического сопровождения учителей-предметников школы № ${i % 50}`,
      DEADLINES[i % DEADLINES.length](i),
      INDICATORS[i % INDICATORS.length],
      RESPONSIBLE[i % RESPONSIBLE.length],
      'Справка',
      status,
      status === 'Выполнено' ? `${(i % 28) + 1}.0${(i % 9) + 1}.2022` : '',
      status === 'Выполнено' && i % 3 ? `https://school.example/doc/${i}` : '',
    ]);
  }
  return grid;
}

const pad2 = (n: number) => String(n).padStart(2, '0');

/**
 * `schools` roadmaps of `perSchool` measures built directly as Measure objects (no parsing), as the
 * summary tests do: a calendar-2022 plan in 4 sections, month-end deadlines spread over the year, one
 * measure in ten recurring (weekly or monthly), statuses of every kind, completion dates, links and
 * curator marks on a share of them.
 */
export function syntheticSchools(schools: number, perSchool: number): SchoolInput[] {
  const statuses: (Status | null)[] = ['Выполнено', 'Выполнено', 'В работе', 'Не начато', 'Не выполнено', 'Требуется доработка', 'Отменено', null];
  const period = calendarPeriod(2022);
  const out: SchoolInput[] = [];
  for (let s = 0; s < schools; s++) {
    const measures: Measure[] = [];
    for (let i = 0; i < perSchool; i++) {
      const month = 1 + ((s + i) % 12);
      const end = `2022-${pad2(month)}-28`;
      const recurring = i % 10 === 0;
      const deadline: Deadline = recurring
        ? {
            text: i % 20 === 0 ? 'еженедельно' : 'ежемесячно',
            start: '2022-01-01',
            end: '2022-12-31',
            recurrence: { every: i % 20 === 0 ? 'week' : 'month' },
            unscheduled: false,
          }
        : { text: `до 28.${pad2(month)}.2022`, start: null, end, recurrence: null, unscheduled: false };
      const status = statuses[(s * 7 + i) % statuses.length];
      const row = i + 5;
      measures.push({
        row,
        sourceRows: [row],
        number: `${1 + (i % 4)}.${1 + Math.floor(i / 4)}`,
        section: `${1 + (i % 4)}. Раздел ${1 + (i % 4)}`,
        title: `Мероприятие ${i + 1}: методическое сопровождение учителей школы № ${s}`,
        task: null,
        deadline,
        indicator: null,
        responsible: [`Исполнитель ${i % 9}`, `ОО ${s % 50}`],
        responsibleFull: [`Исполнитель ${i % 9}`, `ОО ${s % 50}`],
        result: 'Справка',
        status,
        doneDate: status === 'Выполнено' || recurring ? `2022-${pad2(Math.max(1, month - 1))}-15` : null,
        actual: null,
        evidence: i % 3 === 0 ? `https://school${s}.example/doc/${i}` : null,
        curatorMark: i % 4 === 0 ? 'Подтверждено' : i % 4 === 1 ? 'На доработку' : null,
        curatorDate: null,
        curatorComment: null,
        comment: null,
        extra: {},
      });
    }
    out.push({ name: `МБОУ «СШ № ${s + 1}»`, curator: `МБОУ «СШ № ${(s % 40) + 100}»`, cluster: `Кластер ${s % 12}`, analysis: { period, measures } });
  }
  return out;
}

/** What varies between the benchmark's tables (see benchRoadmap). */
export interface BenchShape {
  /** Responsible cells define abbreviations («Отдел … (далее – О1)») that later rows use. */
  abbreviations: boolean;
  /** «1», «2»… or «1.1», «1.2»… under section rows of 20. */
  numbering: 'flat' | 'dotted';
  /** Deadlines, indicators and responsible lists from a few texts (as real roadmaps), or every one different. */
  texts: 'repeated' | 'distinct';
}

export const BENCH_SHAPES: BenchShape[] = [false, true].flatMap((abbreviations) =>
  (['flat', 'dotted'] as const).flatMap((numbering) => (['repeated', 'distinct'] as const).map((texts) => ({ abbreviations, numbering, texts }))),
);

export const shapeLabel = (s: BenchShape): string =>
  `${s.abbreviations ? 'сокращения' : 'без сокращений'}, ${s.numbering === 'flat' ? '1, 2, 3' : '1.1, 1.2'}, ${s.texts === 'repeated' ? 'тексты повторяются' : 'все тексты разные'}`;

const GENITIVE = ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'];
const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Day `n` (0…364) of 2022 as [day, month index]. */
function dayOf(n: number): [number, number] {
  let m = 0;
  while (n >= DAYS[m]) n -= DAYS[m++];
  return [n + 1, m];
}

/** A different deadline for every i below ~200,000: a range of two days of 2022, in one of three spellings. */
function distinctDeadline(i: number): string {
  const form = i % 3;
  const k = Math.floor(i / 3);
  const s = k % 365;
  const e = s + (Math.floor(k / 365) % (365 - s));
  const [d1, m1] = dayOf(s);
  const [d2, m2] = dayOf(e);
  const dd = (d: number, m: number) => `${pad2(d)}.${pad2(m + 1)}.2022`;
  if (form === 0) return `с ${dd(d1, m1)} по ${dd(d2, m2)}`;
  if (form === 1) return `с ${d1} ${GENITIVE[m1]} по ${d2} ${GENITIVE[m2]} 2022 г.`;
  return `${dd(d1, m1)} – ${dd(d2, m2)}`;
}

/**
 * A roadmap table for the benchmark and the doubling test: `rows` measures of the given shape under
 * a title naming the period, a header repeated every 40 rows (page breaks), statuses and dates.
 */
export function benchRoadmap(rows: number, shape: BenchShape): Grid {
  const header = ['№ п/п', 'Наименование мероприятия', 'Сроки исполнения', 'Показатель реализации', 'Ответственный', 'Результат', 'Статус', 'Дата выполнения'];
  const grid: Grid = [['ПЛАН-ГРАФИК («дорожная карта») на 2022 год'], header];
  const distinct = shape.texts === 'distinct';
  for (let i = 0; i < rows; i++) {
    if (shape.numbering === 'dotted' && i % 20 === 0) grid.push([`${i / 20 + 1}. Раздел ${i / 20 + 1}`]);
    if (i % 40 === 39) grid.push(header);
    const number = shape.numbering === 'flat' ? String(i + 1) : `${Math.floor(i / 20) + 1}.${(i % 20) + 1}`;
    let responsible = distinct ? `${RESPONSIBLE[i % RESPONSIBLE.length]}, МБОУ «СШ № ${i + 1} им. Н.И. Рыленкова»` : RESPONSIBLE[i % RESPONSIBLE.length];
    if (shape.abbreviations) {
      const k = distinct ? i : i % 25;
      // Every row defines an abbreviation and uses the one defined a row before.
      responsible = `Отдел ${k} методической работы управления образования (далее – О${k}), О${Math.max(0, k - 1)}, ${responsible}`;
    }
    const status = STATUSES[i % STATUSES.length];
    grid.push([
      number,
      `Мероприятие ${i + 1}: организация методического сопровождения учителей-предметников школы № ${i % 50}`,
      distinct ? distinctDeadline(i) : DEADLINES[i % DEADLINES.length](i),
      distinct ? `Не менее ${i + 1} участников` : INDICATORS[i % INDICATORS.length],
      responsible,
      'Справка',
      status,
      status === 'Выполнено' ? `${(i % 28) + 1}.0${(i % 9) + 1}.2022` : '',
    ]);
  }
  return grid;
}
