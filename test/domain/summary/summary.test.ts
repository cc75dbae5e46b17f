import { buildSummary, calendarGrid, responsibleGrid, summaryGrid, summaryToJson, type SchoolInput } from '../../../src/domain/summary';
import { zoneRuleRu } from '../../../src/domain/metrics';
import { calendarPeriod } from '../../../src/domain/parse/period';
import { defaultSettings } from '../../../src/domain/core/settings';
import type { Measure } from '../../../src/domain/roadmap/measure';
import type { Status } from '../../../src/domain/parse/tracking';
import { LINK, deadline, due, measure } from '../metrics/measure-factory';
import { threeSchools } from './schools';

const NB = '\u00A0';
const settings = defaultSettings();
const TODAY = '2022-05-20';

/*
 * The three schools on 20.05.2022, by hand:
 * - СШ № 1 (calendar 2022): 5 measures, 3 done (28.02, 31.03, 15.05 — all confirmed, with links),
 *   one due 30.06 in progress, one due 31.12. Nothing overdue; deadlines passed: 3, done: 3 → on track.
 *   The first half-year has not ended. Green.
 * - СШ № 2 (calendar 2022): 5 measures, 1 cancelled → base 4. Done 1 (10.03, not confirmed for
 *   71 days), «Курсы КПК» overdue since 10.05, «Открытые уроки» «Не выполнено» due 31.05,
 *   «Программа развития» needs rework. Due by today: 2, overdue 1 → 50 % ≥ 20 % → red. Passed 2,
 *   done 1 → behind schedule. Attention: 3.
 * - СШ № 3 (academic 2021/2022): first half-year (Sep–Dec) done 2 of 5 = 40 % → met. Done 3 of 5.
 *   The monthly «Заседание ШМО» has records for March and April (last 20.04); May is due 31.05.
 *   Nothing overdue. Green.
 */
describe('buildSummary: three sample schools on 20.05.2022', () => {
  const summary = buildSummary(threeSchools(), { today: TODAY, settings });

  test('«Сводка» cell by cell', () => {
    const grid = summaryGrid(summary);
    expect(grid.name).toBe('Сводка');
    expect(grid.rows).toEqual([
      [
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
      ],
      [
        'МБОУ СШ № 1',
        'МБОУ СШ № 40',
        'Север',
        5,
        3,
        60,
        0,
        0,
        0,
        0,
        100,
        'Ещё не оценивалась: полугодие не завершено',
        'да',
        'зелёная',
        'Просроченных и требующих внимания мероприятий нет',
        '',
        '',
        '',
        '',
        '',
        '',
      ],
      [
        'МБОУ СШ № 2',
        'МБОУ СШ № 33',
        'Юг',
        4,
        1,
        25,
        1,
        1,
        1,
        3,
        0,
        'Ещё не оценивалась: полугодие не завершено',
        `нет: выполнено 25${NB}%, срок наступил у 50${NB}%`,
        'красная',
        `Просрочено 50${NB}% мероприятий, срок которых наступил (1 из 2; порог — 20${NB}%)`,
        '',
        '',
        '',
        '',
        '',
        '',
      ],
      [
        'МБОУ СШ № 3',
        '',
        'Север',
        5,
        3,
        60,
        0,
        0,
        0,
        0,
        100,
        `1-е полугодие: 40${NB}% при цели 40${NB}% — достигнута`,
        'да',
        'зелёная',
        'Просроченных и требующих внимания мероприятий нет',
        '',
        '',
        '',
        '',
        '',
        '',
      ],
      [
        'Итого: 3 школы',
        '',
        '',
        14,
        7,
        50,
        1,
        1,
        1,
        3,
        85.7,
        `Цель аудита достигла 1 из 1 школы с завершённым полугодием (100${NB}%); ещё не оценивались 2 школы`,
        '2 из 3',
        'зелёная — 2, жёлтая — 0, красная — 1',
        '',
        '',
        '',
        '',
        '',
        '',
        '',
      ],
      [
        `${zoneRuleRu(settings)} Данные на 20.05.2022.`,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
      ],
    ]);
    expect(grid.kinds).toEqual(['header', 'data', 'data', 'data', 'total', 'legend']);
    expect(grid.zones).toEqual([null, 'green', 'red', 'green', null, null]);
    expect(grid.rows.every((r) => r.length === grid.width)).toBe(true);
  });

  test('per-school attention details', () => {
    expect(summary.schools[1].metrics.attention.map((a) => [a.number, a.reason])).toEqual([
      ['1', 'выполнено 71 день назад, не подтверждено куратором'],
      ['2', 'просрочено (срок — 10.05.2022)'],
      ['4', 'требуется доработка'],
    ]);
  });

  test('«Исполнители»: the body with overdue measures first, overdue first within a body', () => {
    const grid = responsibleGrid(summary);
    expect(grid.rows).toEqual([
      ['Ответственный', 'Школа', '№', 'Мероприятие', 'Срок по плану', 'Срок', 'Статус', 'Просрочено, дней'],
      ['УО', 'МБОУ СШ № 2', '2', 'Курсы КПК', 'до 10.05.2022', '10.05.2022', 'В работе', 10],
      ['УО', 'МБОУ СШ № 3', '4', 'Мониторинг', 'до 31.05.2022', '31.05.2022', 'В работе', null],
      ['УО', 'МБОУ СШ № 1', '4', 'Публичный отчёт', 'до 31.12.2022', '31.12.2022', 'Не начато', null],
      ['ОО', 'МБОУ СШ № 2', '3', 'Открытые уроки', 'до 31.05.2022', '31.05.2022', 'Не выполнено', null],
      ['ОО', 'МБОУ СШ № 3', '5', 'Заседание ШМО', 'ежемесячно с марта', '31.05.2022', 'В работе', null],
      ['ОО', 'МБОУ СШ № 1', '3', 'Семинар для учителей', 'до 30.06.2022', '30.06.2022', 'В работе', null],
      ['ОО', 'МБОУ СШ № 1', '4', 'Публичный отчёт', 'до 31.12.2022', '31.12.2022', 'Не начато', null],
      ['ОЦПРМСО', 'МБОУ СШ № 2', '4', 'Программа развития', 'до 30.09.2022', '30.09.2022', 'Требуется доработка', null],
    ]);
    expect(grid.zones).toEqual([null, 'red', 'yellow', null, 'yellow', 'yellow', null, null, null]);
  });

  test('«Исполнители» up to a date keeps the overdue ones and those due by then', () => {
    const grid = responsibleGrid(summary, { until: '2022-05-31' });
    expect(grid.rows.slice(1).map((r) => [r[0], r[1], r[2]])).toEqual([
      ['УО', 'МБОУ СШ № 2', '2'],
      ['УО', 'МБОУ СШ № 3', '4'],
      ['ОО', 'МБОУ СШ № 2', '3'],
      ['ОО', 'МБОУ СШ № 3', '5'],
    ]);
  });

  test('«Календарь»: May and June 2022 by date', () => {
    const grid = calendarGrid(summary);
    expect(grid.rows).toEqual([
      ['Дата', 'Школа', '№', 'Мероприятие', 'Ответственный', 'Срок по плану', 'Статус', 'Отметка'],
      ['10.05.2022', 'МБОУ СШ № 2', '2', 'Курсы КПК', 'УО', 'до 10.05.2022', 'В работе', 'просрочено'],
      ['15.05.2022', 'МБОУ СШ № 1', '5', 'Методический день', 'ОЦПРМСО', 'до 15.05.2022', 'Выполнено', 'выполнено'],
      ['31.05.2022', 'МБОУ СШ № 2', '3', 'Открытые уроки', 'ОО', 'до 31.05.2022', 'Не выполнено', 'предстоит'],
      ['31.05.2022', 'МБОУ СШ № 3', '4', 'Мониторинг', 'УО', 'до 31.05.2022', 'В работе', 'предстоит'],
      ['31.05.2022', 'МБОУ СШ № 3', '5', 'Заседание ШМО', 'ОО', 'ежемесячно с марта', 'В работе', 'предстоит'],
      ['30.06.2022', 'МБОУ СШ № 1', '3', 'Семинар для учителей', 'ОО', 'до 30.06.2022', 'В работе', 'предстоит'],
    ]);
    expect(grid.zones).toEqual([null, 'red', 'green', null, null, null, null]);
  });

  test('the JSON shape for the command line', () => {
    const json = summaryToJson(summary);
    expect(json.today).toBe(TODAY);
    expect(json.totals).toEqual({
      schools: 3,
      measures: 14,
      done: 7,
      donePercent: 50,
      overdue: 1,
      schoolsMeetingAudit: 1,
      schoolsMeetingAuditPercent: 100,
      schoolsAssessed: 1,
      schoolsOnTrack: 2,
      schoolsWithProfile: 0,
      highRisks: 0,
      highRisksWithoutProgramme: 0,
      documentsExpected: 0,
      documentsPosted: 0,
      documentsConfirmed: 0,
      schoolsWithExpertise: 0,
      expertiseReviewed: 0,
      expertisePercent: null,
    });
    expect(json.schools[1]).toEqual({
      name: 'МБОУ СШ № 2',
      file: 'b.xlsx',
      sheet: 'ДК',
      curator: 'МБОУ СШ № 33',
      cluster: 'Юг',
      total: 5,
      cancelled: 1,
      done: 1,
      donePercent: 25,
      overdue: 1,
      needAttention: 3,
      confirmedPercent: 0,
      audit: { h1: null, h2: null, onTrack: false },
      auditStanding: 'not-assessed',
      zone: 'red',
      zoneReason: `Просрочено 50${NB}% мероприятий, срок которых наступил (1 из 2; порог — 20${NB}%)`,
      risks: null,
      documents: { expected: 0, posted: 0, confirmed: 0 },
      expertise: null,
    });
    expect(json.schools[2].audit).toEqual({ h1: { target: 40, actual: 40, met: true, end: '2021-12-31' }, h2: null, onTrack: true });
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
  });

  test('an empty summary', () => {
    const empty = buildSummary([], { today: TODAY, settings });
    expect(empty.totals).toMatchObject({ schools: 0, measures: 0, donePercent: 0, schoolsMeetingAuditPercent: 0, confirmedPercent: null });
    expect(summaryGrid(empty).rows[1][0]).toBe('Итого: 0 школ');
  });
});

describe('buildSummary: a large set', () => {
  // Speed is measured by `npm run bench` (3,000 schools × 60 measures), not asserted here.
  test('1,000 schools × 60 measures with every sheet', () => {
    const statuses: (Status | null)[] = ['Выполнено', 'В работе', 'Не начато', 'Не выполнено', 'Требуется доработка', 'Отменено', null];
    const schools: SchoolInput[] = [];
    for (let s = 0; s < 1000; s++) {
      const measures: Measure[] = [];
      for (let i = 0; i < 60; i++) {
        const month = 1 + ((s + i) % 12);
        const end = `2022-${String(month).padStart(2, '0')}-28`;
        const status = statuses[(s * 7 + i) % statuses.length];
        measures.push(
          measure({
            row: i + 5,
            section: `Раздел ${1 + (i % 4)}`,
            responsible: [`Исполнитель ${i % 9}`, `ОО ${s % 50}`],
            deadline: i % 10 === 0 ? deadline('2022-01-01', '2022-12-31', { every: i % 20 === 0 ? 'week' : 'month' }) : due(end),
            status,
            doneDate: status === 'Выполнено' || i % 10 === 0 ? `2022-${String(Math.max(1, month - 1)).padStart(2, '0')}-15` : null,
            evidence: i % 3 === 0 ? LINK : null,
            curatorMark: i % 4 === 0 ? 'Подтверждено' : null,
          }),
        );
      }
      schools.push({ name: `Школа ${s}`, analysis: { period: calendarPeriod(2022), measures } });
    }
    const summary = buildSummary(schools, { today: '2022-09-10', settings });
    summaryGrid(summary);
    responsibleGrid(summary, { until: '2022-09-30' });
    calendarGrid(summary);
    summaryToJson(summary);
    expect(summary.totals.measures + summary.totals.cancelled).toBe(60_000);
  });
});
