/** Three sample schools shared by the summary and report tests; their figures are worked out by hand there. */
import type { SchoolInput } from '../../../src/domain/summary';
import { academicPeriod, calendarPeriod } from '../../../src/domain/parse/period';
import { LINK, deadline, due, measure } from '../metrics/measure-factory';

/** «МБОУ СШ № 1»: a calendar plan of 5 measures, 3 done and confirmed. */
function schoolA(): SchoolInput {
  return {
    name: 'МБОУ СШ № 1',
    curator: 'МБОУ СШ № 40',
    cluster: 'Север',
    file: 'a.xlsx',
    sheet: 'Дорожная карта',
    analysis: {
      period: calendarPeriod(2022),
      measures: [
        measure({
          row: 5,
          number: '1',
          title: 'Совещание директоров',
          responsible: ['ОЦПРМСО'],
          deadline: due('2022-02-28'),
          status: 'Выполнено',
          doneDate: '2022-02-01',
          evidence: LINK,
          curatorMark: 'Подтверждено',
        }),
        measure({
          row: 6,
          number: '2',
          title: 'Диагностика',
          responsible: ['ОЦПРМСО'],
          deadline: due('2022-03-31'),
          status: 'Выполнено',
          doneDate: '2022-03-01',
          evidence: LINK,
          curatorMark: 'Подтверждено',
        }),
        measure({ row: 7, number: '3', title: 'Семинар для учителей', responsible: ['ОО'], deadline: due('2022-06-30'), status: 'В работе' }),
        measure({ row: 8, number: '4', title: 'Публичный отчёт', responsible: ['ОО', 'УО'], deadline: due('2022-12-31'), status: 'Не начато' }),
        measure({
          row: 9,
          number: '5',
          title: 'Методический день',
          responsible: ['ОЦПРМСО'],
          deadline: due('2022-05-15'),
          status: 'Выполнено',
          doneDate: '2022-05-05',
          evidence: LINK,
          curatorMark: 'Подтверждено',
        }),
      ],
    },
  };
}

function schoolB(): SchoolInput {
  return {
    name: 'МБОУ СШ № 2',
    curator: 'МБОУ СШ № 33',
    cluster: 'Юг',
    file: 'b.xlsx',
    sheet: 'ДК',
    analysis: {
      period: calendarPeriod(2022),
      measures: [
        measure({
          row: 5,
          number: '1',
          title: 'Анализ ВПР',
          responsible: ['ОО'],
          deadline: due('2022-03-31'),
          status: 'Выполнено',
          doneDate: '2022-03-10',
          evidence: LINK,
        }),
        measure({ row: 6, number: '2', title: 'Курсы КПК', responsible: ['УО'], deadline: due('2022-05-10'), status: 'В работе' }),
        measure({ row: 7, number: '3', title: 'Открытые уроки', responsible: ['ОО'], deadline: due('2022-05-31'), status: 'Не выполнено' }),
        measure({ row: 8, number: '4', title: 'Программа развития', responsible: ['ОЦПРМСО'], deadline: due('2022-09-30'), status: 'Требуется доработка' }),
        measure({ row: 9, number: '5', title: 'Конференция', responsible: ['УО'], deadline: due('2022-04-30'), status: 'Отменено' }),
      ],
    },
  };
}

function schoolC(): SchoolInput {
  return {
    name: 'МБОУ СШ № 3',
    cluster: 'Север',
    file: 'c.xlsx',
    sheet: 'План',
    analysis: {
      period: academicPeriod(2021),
      measures: [
        measure({
          row: 5,
          number: '1',
          title: 'Рисковый профиль',
          responsible: ['ОО'],
          deadline: due('2021-10-31'),
          status: 'Выполнено',
          doneDate: '2021-10-15',
          evidence: LINK,
          curatorMark: 'Подтверждено',
        }),
        measure({
          row: 6,
          number: '2',
          title: 'Концепция развития',
          responsible: ['ОО'],
          deadline: due('2021-12-31'),
          status: 'Выполнено',
          doneDate: '2021-12-20',
          evidence: LINK,
          curatorMark: 'Подтверждено',
        }),
        measure({
          row: 7,
          number: '3',
          title: 'Антирисковые программы',
          responsible: ['ОО'],
          deadline: due('2022-02-28'),
          status: 'Выполнено',
          doneDate: '2022-02-15',
          evidence: LINK,
          curatorMark: 'Подтверждено',
        }),
        measure({ row: 8, number: '4', title: 'Мониторинг', responsible: ['УО'], deadline: due('2022-05-31'), status: 'В работе' }),
        measure({
          row: 9,
          number: '5',
          title: 'Заседание ШМО',
          responsible: ['ОО'],
          deadline: deadline('2022-03-01', '2022-05-31', { every: 'month' }, 'ежемесячно с марта'),
          status: 'В работе',
          doneDate: '2022-04-20',
        }),
      ],
    },
  };
}

export function threeSchools(): SchoolInput[] {
  return [schoolA(), schoolB(), schoolC()];
}
