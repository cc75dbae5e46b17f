/**
 * The schools of the sample: four school roadmaps for 2022 on the same plan of measures, with the
 * progress each had recorded by the sample's date (15.11.2022), and the registry naming them. A
 * coordinator recognises each: СШ № 21 is on schedule with every document confirmed (green); СШ № 36
 * is on schedule but a measure has no document and another awaits the curator (yellow); СШ № 13 has
 * one measure overdue and one returned by its curator (yellow); СШ № 9 missed the first half-year's
 * target and has measures overdue (red). Schools and curators: seed 003 and order № 384 (seed 000).
 */
import { registry, schoolRoadmap } from '../../sheets-templates';
import { day, measureRow, sampleLink, sectionRow, type Tracking } from '../../sheets-templates/common';
import type { Cell } from '../domain/core/types';
import type { WorkbookPart } from './template';

/** The plan every sample school follows: number, title, deadline, indicator, result. */
const PLAN: [string, string, string, string, string][] = [
  ['1.', 'Анализ рискового профиля школы и его верификация', 'Февраль 2022', '100% рисков проанализировано', 'Отчёт о самодиагностике'],
  ['2.', 'Разработка и утверждение концепции развития школы', 'До 27 марта 2022', 'Концепция утверждена', 'Приказ об утверждении'],
  ['3.', 'Разработка антирисковых программ по рискам профиля', 'До 27 марта 2022', 'Программа по каждому риску', 'Антирисковые программы'],
  ['4.', 'Размещение концепции и программ на сайте школы', 'До 1 апреля 2022', 'Документы размещены', 'Ссылка на раздел сайта'],
  ['5.', 'Повышение квалификации учителей по программам ЦНППМ', 'Апрель – май 2022', 'Не менее 50% учителей', 'Удостоверения о повышении квалификации'],
  ['6.', 'Заседания методических объединений по итогам ВПР', 'Май 2022', '100% методических объединений', 'Протоколы заседаний'],
  ['7.', 'Взаимопосещение уроков с учителями школы-куратора', 'Сентябрь – октябрь 2022', 'Не менее 60% учителей-предметников', 'Справка по итогам посещений'],
  ['8.', 'Родительские собрания по вопросам учебной мотивации', 'Октябрь 2022', 'Не менее 70% родителей', 'Протоколы собраний'],
  ['9.', 'Промежуточный мониторинг реализации антирисковых программ', 'До 1 ноября 2022', 'Мониторинг по всем программам', 'Аналитическая справка'],
  ['10.', 'Самоанализ деятельности школы по итогам года', 'Декабрь 2022', '100% выполнили самоанализ', 'Отчёт о самоанализе'],
  ['11.', 'Публичный отчёт о реализации концепции развития', 'Декабрь 2022', 'Отчёт размещён на сайте', 'Публичный отчёт'],
];

/** When each measure was done, in a school on schedule (month, day of 2022). */
const ON_TIME: [number, number][] = [
  [2, 18],
  [3, 22],
  [3, 25],
  [3, 30],
  [5, 27],
  [5, 31],
  [10, 21],
  [10, 26],
  [10, 31],
];

function done(i: number, slug: string, extra: Tracking = {}): Tracking {
  const [m, d] = ON_TIME[i];
  return {
    status: 'Выполнено',
    done: day(2022, m, d),
    link: sampleLink(`2022/${slug}/${i + 1}.pdf`),
    mark: 'Подтверждено',
    markDate: day(2022, m, Math.min(d + 3, 28)),
    ...extra,
  };
}

interface SampleSchool {
  sheet: string;
  school: string;
  curatorSchool: string;
  curatorPerson: string;
  cluster: string;
  tracking: Tracking[];
}

const onSchedule = (slug: string): Tracking[] => ON_TIME.map((_, i) => done(i, slug));

export const SAMPLE_SCHOOLS: SampleSchool[] = [
  {
    sheet: 'ДК СШ № 21',
    school: 'МБОУ «СШ № 21 им. Н.И. Рыленкова»',
    curatorSchool: 'МБОУ «Гимназия № 1 им. Н.М. Пржевальского»',
    curatorPerson: 'Слободич Анжела Николаевна',
    cluster: 'Проект «500+», 2022',
    tracking: [...onSchedule('sh21'), { status: 'В работе' }],
  },
  {
    sheet: 'ДК СШ № 36',
    school: 'МБОУ «СШ № 36 им. А.М. Городнянского»',
    curatorSchool: 'МБОУ «СШ № 40»',
    curatorPerson: 'Новикова Ирина Владимировна',
    cluster: 'Проект «500+», 2022',
    tracking: onSchedule('sh36').map((t, i) =>
      i === 7
        ? { ...t, link: undefined, mark: undefined, markDate: undefined, comment: 'Протоколы собраний у классных руководителей, скан не загружен' }
        : i === 8
          ? { ...t, mark: undefined, markDate: undefined }
          : t,
    ),
  },
  {
    sheet: 'ДК СШ № 13',
    school: 'МБОУ «СШ № 13 им. Э.Д. Балтина»',
    curatorSchool: 'МБОУ «СШ № 7»',
    curatorPerson: 'Тимошенкова Светлана Александровна',
    cluster: 'ШНРО 2021/2022 (приказ № 384)',
    tracking: onSchedule('sh13').map((t, i) =>
      i === 6
        ? { ...t, mark: 'На доработку', curatorComment: 'Нет листов посещения уроков учителей математики' }
        : i === 8
          ? { status: 'В работе', comment: 'Мониторинг по двум программам из трёх' }
          : t,
    ),
  },
  {
    sheet: 'ДК СШ № 9',
    school: 'МБОУ «СШ № 9»',
    curatorSchool: 'МБОУ «СШ № 33»',
    curatorPerson: 'Жойкин Сергей Александрович',
    cluster: 'Проект «500+», 2021',
    tracking: [
      done(0, 'sh9'),
      done(1, 'sh9', { done: day(2022, 4, 12), markDate: day(2022, 4, 15) }),
      { status: 'В работе', comment: 'Программа по риску «Низкая учебная мотивация» не готова' },
      { status: 'Не начато' },
      { status: 'В работе', actual: '20% учителей' },
      done(5, 'sh9', { done: day(2022, 9, 20), markDate: day(2022, 9, 26) }),
      { status: 'Не начато' },
      done(7, 'sh9'),
    ],
  },
];

const CITY = 'город Смоленск';

/** The school roadmap sheets, each titled with its school, for the sample workbook. */
export function schoolParts(): WorkbookPart[] {
  return SAMPLE_SCHOOLS.map((s) => ({
    template: {
      ...schoolRoadmap,
      title: s.sheet,
      titleRows: [[`Дорожная карта ${s.school} на 2022 год`]],
      sampleRows: [
        sectionRow('Стартовая диагностика'),
        ...PLAN.slice(0, 4).map((p, i) => measureRow(p[0], p[1], p[2], p[3], 'Администрация школы', p[4], s.tracking[i])),
        sectionRow('Программа развития'),
        ...PLAN.slice(4).map((p, i) => measureRow(p[0], p[1], p[2], p[3], 'Заместитель директора по УВР', p[4], s.tracking[i + 4])),
      ],
    },
  }));
}

/**
 * Who reviews whom in the sample's mutual expertise: two pairs of the sample's schools reviewing
 * each other (the seeds' own pairs are with schools of other regions, which a municipal registry
 * does not hold; the template shows those).
 */
const REVIEWERS: readonly string[] = [
  'МБОУ «СШ № 36 им. А.М. Городнянского»',
  'МБОУ «СШ № 21 им. Н.И. Рыленкова»',
  'МБОУ «СШ № 9»',
  'МБОУ «СШ № 13 им. Э.Д. Балтина»',
];

/** The registry of the sample: the four schools, each linked to its roadmap sheet, and their pairs. */
export function registryPart(): WorkbookPart {
  const rows: Cell[][] = SAMPLE_SCHOOLS.map((s, i) => [s.school, s.curatorSchool, s.curatorPerson, s.cluster, CITY, s.sheet, REVIEWERS[i] ?? null]);
  return { template: registry, sampleRows: rows };
}
