/**
 * «Реестр школ»: the schools a coordinator monitors, with curator school and person, cluster,
 * municipality and the link to each school's roadmap (a Google Sheets URL, a file or a sheet name).
 * Sample: the curator pairs of seed 003 (project «500+», 2020/2021 and 2022) and the partner
 * pairs of order № 384 (seed 000, 2021/2022); the person is the curator school's director. The
 * order names СШ № 36 «им. С.А. Лавочкина» with curator СШ № 7, seed 003 and the 2022 plan «им.
 * А.М. Городнянского» with СШ № 40: the registry keeps one row per school, the 2022 one.
 * «Школа-эксперт»: who reviews the school in mutual expertise — seed 003's pairs for СШ № 21
 * («Прииртышская СОШ») and СШ № 36 («Тайчинская СОШ»), schools of other regions (the registry
 * notes they are not in it); the others in pairs of this registry's schools, as a coordinator
 * would set them (СШ № 9 and № 10, № 13 and № 16, № 18 and № 19, № 28 and № 39 review each other).
 */
import type { SheetTemplate } from '../src/domain/workbook/templates';
import { REGISTRY_HEADERS } from '../src/domain/workbook/kinds/registry';
import type { Cell } from '../src/domain/core/types';

const CITY = 'город Смоленск';
const C2021 = 'Проект «500+», 2021';
const C2022 = 'Проект «500+», 2022';
const SHNRO = 'ШНРО 2021/2022 (приказ № 384)';

/** A Google Sheets link of the sample: the id says it is an example (no real spreadsheet has it). */
function exampleSpreadsheet(name: string): string {
  return `https://docs.google.com/spreadsheets/d/1Example${name}Roadmap${'x'.repeat(Math.max(0, 30 - name.length))}/edit#gid=0`;
}

function school(name: string, curatorSchool: string, person: string, cluster: string, reviewer: string, link: string | null = null): Cell[] {
  return [name, curatorSchool, person, cluster, CITY, link, reviewer];
}

/** Seed 003's partners in mutual expertise, schools of other regions. */
const PRIIRTYSH = 'МАОУ «Прииртышская СОШ» (Тобольский район, Тюменская область)';
const TAICHINSK = 'БОУ «Тайчинская СОШ» (Тевризский район, Омская область)';

export const registry: SheetTemplate = {
  id: 'registry',
  title: 'Реестр школ',
  description:
    'Реестр школ: школа, школа-куратор, куратор (ФИО), кластер, муниципалитет, ссылка на таблицу или лист с дорожной картой школы и школа-эксперт для взаимоэкспертизы — для сводки координатора.',
  kind: 'registry',
  columns: [
    {
      header: REGISTRY_HEADERS.school,
      field: 'school',
      width: 300,
      format: 'text',
      help: 'Полное название школы, как в приказе: МБОУ «СШ № 21 им. Н.И. Рыленкова».',
    },
    { header: REGISTRY_HEADERS.curatorSchool, field: 'curatorSchool', width: 300, format: 'text', help: 'Школа-куратор (школа-наставник, школа-партнёр).' },
    { header: REGISTRY_HEADERS.curatorPerson, field: 'curatorPerson', width: 240, format: 'text', help: 'Фамилия, имя, отчество куратора.' },
    { header: REGISTRY_HEADERS.cluster, field: 'cluster', width: 200, format: 'text', help: 'Группа школ для сводки: год входа в проект, кластер, поток.' },
    { header: REGISTRY_HEADERS.municipality, field: 'municipality', width: 160, format: 'text', help: 'Муниципальное образование.' },
    {
      header: REGISTRY_HEADERS.link,
      field: 'link',
      width: 320,
      format: 'text',
      help: 'Где дорожная карта школы: ссылка на Google Таблицу (можно на конкретный лист) или имя листа в этой книге.',
    },
    {
      header: REGISTRY_HEADERS.reviewer,
      field: 'reviewer',
      width: 300,
      format: 'text',
      help: 'Взаимоэкспертиза: школа, которая оценивает документы этой школы (её пара). Она видит эту школу в «Экспертизе документа».',
    },
  ],
  headerRows: 1,
  frozenRows: 1,
  frozenColumns: 1,
  protectHeader: true,
  sampleRows: [
    school('МБОУ «СШ № 9»', 'МБОУ «СШ № 33»', 'Жойкин Сергей Александрович', C2021, 'МБОУ «СШ № 10»', 'Дорожная карта школы'),
    school('МБОУ «СШ № 10»', 'МБОУ «СШ № 27 им. Э.А. Хиля»', 'Лобанова Елена Николаевна', C2021, 'МБОУ «СШ № 9»'),
    school(
      'МБОУ «СШ № 21 им. Н.И. Рыленкова»',
      'МБОУ «Гимназия № 1 им. Н.М. Пржевальского»',
      'Слободич Анжела Николаевна',
      C2022,
      PRIIRTYSH,
      exampleSpreadsheet('School21'),
    ),
    school('МБОУ «СШ № 36 им. А.М. Городнянского»', 'МБОУ «СШ № 40»', 'Новикова Ирина Владимировна', C2022, TAICHINSK, exampleSpreadsheet('School36')),
    school('МБОУ «СШ № 13 им. Э.Д. Балтина»', 'МБОУ «СШ № 7»', 'Тимошенкова Светлана Александровна', SHNRO, 'МБОУ «СШ № 16»'),
    school('МБОУ «СШ № 16»', 'МБОУ «Гимназия № 1 им. Н.М. Пржевальского»', 'Слободич Анжела Николаевна', SHNRO, 'МБОУ «СШ № 13 им. Э.Д. Балтина»'),
    school(
      'МБОУ «СШ № 18»',
      'МБОУ «СШ № 8 с углубленным изучением иностранных языков»',
      'Хомякова Татьяна Николаевна',
      SHNRO,
      'МБОУ «СШ № 19 им. Героя России Панова»',
    ),
    school(
      'МБОУ «СШ № 19 им. Героя России Панова»',
      'МБОУ «СШ № 17 им. Героя Российской Федерации А.Б. Буханова»',
      'Балькина Виктория Давидовна',
      SHNRO,
      'МБОУ «СШ № 18»',
    ),
    school('МБОУ «СШ № 28»', 'МБОУ «Лицей № 1 им. академика Б.Н. Петрова»', 'Моисеенков Григорий Александрович', SHNRO, 'МБОУ «СШ № 39»'),
    school('МБОУ «СШ № 39»', 'МБОУ «СШ № 2»', 'Позднякова Инна Владимировна', SHNRO, 'МБОУ «СШ № 28»'),
  ],
};
