import {
  buildHalfYearReport,
  chooseReportPeriod,
  overallParagraphRu,
  reportParagraphRu,
  reportPeriodFor,
  sectionTotalRu,
  type SchoolReport,
} from '../../../src/domain/summary';
import { calendarPeriod } from '../../../src/domain/parse/period';
import { defaultSettings } from '../../../src/domain/core/settings';
import { LINK, due, measure } from '../metrics/measure-factory';
import { threeSchools } from './schools';

const NB = '\u00A0';
const settings = defaultSettings();

describe('which half-year report', () => {
  test('13 July covers January–June, 21 January the previous July–December', () => {
    expect(reportPeriodFor('2022-07-13', '2022-07-20')).toEqual({
      due: '2022-07-13',
      start: '2022-01-01',
      end: '2022-06-30',
      preliminary: false,
      asOf: '2022-06-30',
    });
    expect(reportPeriodFor('2023-01-21', '2022-11-01')).toEqual({
      due: '2023-01-21',
      start: '2022-07-01',
      end: '2022-12-31',
      preliminary: true,
      asOf: '2022-11-01',
    });
  });

  test.each([
    ['2022-10-01', '2022-07-13'], // 80 days after 13.07, 112 before 21.01
    ['2022-11-01', '2023-01-21'], // 81 days before 21.01
    ['2022-01-10', '2022-01-21'],
    ['2022-04-15', '2022-01-21'], // 84 days after 21.01, 89 before 13.07
    ['2022-04-20', '2022-07-13'],
  ])('on %s the nearest due date is %s', (today, dueDate) => {
    expect(chooseReportPeriod(today, ['21.01', '13.07']).due).toBe(dueDate);
  });

  test('bad or missing due dates fall back to the defaults', () => {
    expect(chooseReportPeriod('2022-10-01', ['31.02', 'xx']).due).toBe('2022-07-13');
    expect(chooseReportPeriod('2022-10-01', []).due).toBe('2022-07-13');
  });
});

describe('the report paragraph in Russian', () => {
  test('the example of the issue', () => {
    expect(
      reportParagraphRu({
        base: 35,
        cancelled: 2,
        done: 21,
        confirmed: 18,
        overdue: 3,
        needAttention: 4,
        target: { target: 40, end: '2022-06-30', final: true, met: true, missing: 0, actual: 60 },
      }),
    ).toBe(
      `Из 35 мероприятий выполнено 21 (60${NB}%), из них подтверждено куратором 18 (85,7${NB}%). ` +
        'Просрочено 3 мероприятия; всего требуют внимания 4 мероприятия. Не учитываются 2 отменённых мероприятия. ' +
        `Цель на 30.06.2022 (не менее 40${NB}% мероприятий плана) достигнута.`,
    );
  });

  // n, «из N …», «N …» (nominative), «требует/требуют», «Не учитывается/-ются», cancelled phrase
  test.each([
    [1, 'мероприятия', 'мероприятие', 'требует', 'Не учитывается', 'отменённое мероприятие', 'мероприятия'],
    [2, 'мероприятий', 'мероприятия', 'требуют', 'Не учитываются', 'отменённых мероприятия', 'мероприятий'],
    [5, 'мероприятий', 'мероприятий', 'требуют', 'Не учитываются', 'отменённых мероприятий', 'мероприятий'],
    [11, 'мероприятий', 'мероприятий', 'требуют', 'Не учитываются', 'отменённых мероприятий', 'мероприятий'],
    [21, 'мероприятия', 'мероприятие', 'требует', 'Не учитывается', 'отменённое мероприятие', 'мероприятия'],
    [22, 'мероприятий', 'мероприятия', 'требуют', 'Не учитываются', 'отменённых мероприятия', 'мероприятий'],
  ])('plural forms for %i', (n, gen, nom, requires, notCounted, cancelled, missing) => {
    const text = reportParagraphRu({
      base: n,
      cancelled: n,
      done: n,
      confirmed: n,
      overdue: n,
      needAttention: n,
      target: { target: 40, end: '2022-06-30', final: true, met: false, missing: n, actual: 10 },
    });
    expect(text).toBe(
      `Из ${n} ${gen} выполнено ${n} (100${NB}%), из них подтверждено куратором ${n} (100${NB}%). ` +
        `Просрочено ${n} ${nom}; всего ${requires} внимания ${n} ${nom}. ${notCounted} ${n} ${cancelled}. ` +
        `Цель на 30.06.2022 (не менее 40${NB}% мероприятий плана) не достигнута: выполнено 10${NB}%, не хватило ${n} ${missing}.`,
    );
  });

  test('nothing overdue, nothing done, a preliminary target', () => {
    expect(
      reportParagraphRu({
        base: 7,
        cancelled: 0,
        done: 0,
        confirmed: 0,
        overdue: 0,
        needAttention: 2,
        target: { target: 40, end: '2022-12-31', final: false, met: false, missing: 3, actual: 0 },
      }),
    ).toBe(
      `Из 7 мероприятий выполнено 0 (0${NB}%). Просроченных мероприятий нет; требуют внимания 2 мероприятия. ` +
        `До цели на 31.12.2022 (не менее 40${NB}% мероприятий плана) не хватает 3 мероприятий.`,
    );
  });

  test('a decimal percent and grouped thousands', () => {
    expect(reportParagraphRu({ base: 1234, cancelled: 0, done: 529, confirmed: 0, overdue: 0, needAttention: 0 })).toBe(
      `Из 1\u202f234 мероприятий выполнено 529 (42,9${NB}%), из них подтверждено куратором 0 (0${NB}%). ` +
        'Просроченных и требующих внимания мероприятий нет.',
    );
  });

  test('an empty plan', () => {
    expect(reportParagraphRu({ base: 0, cancelled: 1, done: 0, confirmed: 0, overdue: 0, needAttention: 0 })).toBe(
      'В плане нет мероприятий. Не учитывается 1 отменённое мероприятие.',
    );
  });

  test.each([
    [1, 'По 1 школе', 'достигла 1 из 1 школы'],
    [2, 'По 2 школам', 'достигли 2 из 2 школ'],
    [5, 'По 5 школам', 'достигли 5 из 5 школ'],
    [11, 'По 11 школам', 'достигли 11 из 11 школ'],
    [21, 'По 21 школе', 'достигла 21 из 21 школы'],
    [22, 'По 22 школам', 'достигли 22 из 22 школ'],
  ])('over %i schools', (n, by, reached) => {
    const school = {
      metrics: { base: 1, cancelled: 0, done: 1, confirmed: 1, overdue: 0, needAttention: 0, audit: { latest: { met: true }, onTrack: true } },
      target: { met: true },
    } as unknown as SchoolReport;
    expect(overallParagraphRu(new Array(n).fill(school))).toBe(
      `${by}: из ${n} ${n % 10 === 1 && n !== 11 ? 'мероприятия' : 'мероприятий'} выполнено ${n} (100${NB}%), ` +
        `из них подтверждено куратором ${n} (100${NB}%). Просроченных и требующих внимания мероприятий нет. ` +
        `Цель аудита ${reached} с завершённым полугодием (100${NB}%).`,
    );
  });

  test('section totals', () => {
    expect(sectionTotalRu(12, 7, 2)).toBe(`Итого по разделу: 12 мероприятий, выполнено 7 (58,3${NB}%), просрочено 2`);
    expect(sectionTotalRu(1, 1, 0)).toBe(`Итого по разделу: 1 мероприятие, выполнено 1 (100${NB}%)`);
  });
});

/*
 * The three sample schools read for the report due 13.07.2022 (today 10.07.2022), i.e. as at the
 * end of 30.06.2022:
 * - СШ № 1 (calendar, first half-year, target 40 %): done 3 of 5 = 60 % → met; «Семинар для
 *   учителей» due 30.06 is overdue by the end of that day.
 * - СШ № 2 (calendar, target 40 %): done 1 of 4 = 25 %; 40 % of 4 is 1.6 → 2 needed → 1 missing.
 *   Overdue: «Курсы КПК» (10.05), «Открытые уроки» (31.05). Attention: those two, the unconfirmed
 *   «Анализ ВПР», «Программа развития» on rework → 4.
 * - СШ № 3 (academic, second half-year ends 30.06, target 90 %): done 3 of 5 = 60 %; 90 % of 5 is
 *   4.5 → 5 needed → 2 missing. Overdue: «Мониторинг» (31.05) and May's «Заседание ШМО».
 */
describe('buildHalfYearReport: three sample schools for 13.07.2022', () => {
  const report = buildHalfYearReport(threeSchools(), { today: '2022-07-10', settings });

  test('the report period', () => {
    expect(report.period).toEqual({ due: '2022-07-13', start: '2022-01-01', end: '2022-06-30', preliminary: false, asOf: '2022-06-30' });
  });

  test("each school's paragraph", () => {
    expect(report.schools.map((s) => s.paragraph)).toEqual([
      `Из 5 мероприятий выполнено 3 (60${NB}%), из них подтверждено куратором 3 (100${NB}%). ` +
        'Просрочено 1 мероприятие; всего требует внимания 1 мероприятие. ' +
        `Цель на 30.06.2022 (не менее 40${NB}% мероприятий плана) достигнута.`,
      `Из 4 мероприятий выполнено 1 (25${NB}%), из них подтверждено куратором 0 (0${NB}%). ` +
        'Просрочено 2 мероприятия; всего требуют внимания 4 мероприятия. Не учитывается 1 отменённое мероприятие. ' +
        `Цель на 30.06.2022 (не менее 40${NB}% мероприятий плана) не достигнута: выполнено 25${NB}%, не хватило 1 мероприятия.`,
      `Из 5 мероприятий выполнено 3 (60${NB}%), из них подтверждено куратором 3 (100${NB}%). ` +
        'Просрочено 2 мероприятия; всего требуют внимания 2 мероприятия. ' +
        `Цель на 30.06.2022 (не менее 90${NB}% мероприятий плана) не достигнута: выполнено 60${NB}%, не хватило 2 мероприятий.`,
    ]);
  });

  test('the paragraph over all schools', () => {
    expect(report.paragraph).toBe(
      `По 3 школам: из 14 мероприятий выполнено 7 (50${NB}%), из них подтверждено куратором 6 (85,7${NB}%). ` +
        'Просрочено 5 мероприятий; всего требуют внимания 7 мероприятий. Не учитывается 1 отменённое мероприятие. ' +
        `Цель аудита достигла 1 из 3 школ с завершённым полугодием (33,3${NB}%).`,
    );
  });

  test('the grid: title, date line, summary paragraph and the first school cell by cell', () => {
    const g = report.grid;
    expect(g.name).toBe('Отчёт за полугодие');
    const pad = (cells: (string | null)[]) => cells.concat(new Array(8 - cells.length).fill(null));
    expect(g.rows.slice(0, 15)).toEqual([
      pad(['Отчёт о реализации дорожных карт за полугодие: 01.01.2022 – 30.06.2022']),
      pad(['Данные на 30.06.2022. Срок сдачи отчёта — 13.07.2022.']),
      pad([report.paragraph]),
      pad([]),
      pad(['МБОУ СШ № 1 (куратор: МБОУ СШ № 40)']),
      pad([report.schools[0].paragraph]),
      ['№', 'Мероприятие', 'Срок', 'Ответственный', 'Статус', 'Дата выполнения', 'Подтверждение', 'Отметка куратора'],
      pad(['Без раздела']),
      ['1', 'Совещание директоров', 'до 28.02.2022', 'ОЦПРМСО', 'Выполнено', '01.02.2022', LINK, 'Подтверждено'],
      ['2', 'Диагностика', 'до 31.03.2022', 'ОЦПРМСО', 'Выполнено', '01.03.2022', LINK, 'Подтверждено'],
      ['3', 'Семинар для учителей', 'до 30.06.2022', 'ОО', 'В работе', '', '', ''],
      ['4', 'Публичный отчёт', 'до 31.12.2022', 'ОО, УО', 'Не начато', '', '', ''],
      ['5', 'Методический день', 'до 15.05.2022', 'ОЦПРМСО', 'Выполнено', '05.05.2022', LINK, 'Подтверждено'],
      pad(['', `Итого по разделу: 5 мероприятий, выполнено 3 (60${NB}%), просрочено 1`]),
      pad([]),
    ]);
    expect(g.kinds.slice(0, 15)).toEqual([
      'title',
      'text',
      'text',
      'blank',
      'title',
      'text',
      'header',
      'section',
      'data',
      'data',
      'data',
      'data',
      'data',
      'subtotal',
      'blank',
    ]);
    expect(g.zones.slice(8, 13)).toEqual(['green', 'green', 'red', null, 'green']);
    expect(g.rows[15][0]).toBe('МБОУ СШ № 2 (куратор: МБОУ СШ № 33)');
    expect(g.rows.find((r) => r[0] === 'МБОУ СШ № 3')).toBeDefined();
    // the cancelled «Конференция» is listed with its status, uncoloured
    const cancelled = g.rows.findIndex((r) => r[1] === 'Конференция');
    expect([g.rows[cancelled][4], g.zones[cancelled]]).toEqual(['Отменено', null]);
    expect(g.rows.every((r) => r.length === 8)).toBe(true);
  });
});

describe('buildHalfYearReport: as at the end of the half-year', () => {
  const school = {
    name: 'МБОУ СШ № 7',
    analysis: {
      period: calendarPeriod(2022),
      measures: [
        measure({
          row: 3,
          section: 'Раздел 1',
          deadline: due('2022-06-30'),
          status: 'Выполнено',
          doneDate: '2022-06-30',
          evidence: LINK,
          curatorMark: 'Подтверждено',
        }),
        measure({
          row: 4,
          section: 'Раздел 1',
          deadline: due('2022-06-30'),
          status: 'Выполнено',
          doneDate: '2022-07-05',
          evidence: LINK,
          curatorMark: 'Подтверждено',
        }),
        measure({ row: 5, section: 'Раздел 2', deadline: due('2022-10-31'), status: 'Выполнено', evidence: LINK, curatorMark: 'Подтверждено' }),
      ],
    },
  };

  test('a measure done after 30.06 is not done in the report for the first half-year', () => {
    const r = buildHalfYearReport([school], { today: '2022-07-10', settings });
    expect(r.schools[0].metrics.done).toBe(2); // 30.06 and the undated one
    expect(r.schools[0].metrics.overdue).toBe(1);
    expect(r.paragraph).toBe(r.schools[0].paragraph);
    const row4 = r.grid.rows.find((x) => x[0] === '4');
    expect(row4?.[4]).toBe('В работе');
    expect(r.grid.rows.filter((x) => r.grid.kinds[r.grid.rows.indexOf(x)] === 'subtotal').map((x) => x[1])).toEqual([
      `Итого по разделу: 2 мероприятия, выполнено 1 (50${NB}%), просрочено 1`,
      `Итого по разделу: 1 мероприятие, выполнено 1 (100${NB}%)`,
    ]);
    // a single school: no summary paragraph, straight to the school
    expect(r.grid.kinds.slice(0, 5)).toEqual(['title', 'text', 'blank', 'title', 'text']);
  });

  test('a preliminary report reads the plan as of today', () => {
    const r = buildHalfYearReport(threeSchools(), { today: '2022-05-20', settings });
    expect(r.period).toMatchObject({ due: '2022-07-13', end: '2022-06-30', preliminary: true, asOf: '2022-05-20' });
    expect(r.grid.rows[1][0]).toBe('Предварительные данные на 20.05.2022: полугодие ещё не закончилось. Срок сдачи отчёта — 13.07.2022.');
    expect(r.schools[0].paragraph).toContain(`Цель на 30.06.2022 (не менее 40${NB}% мероприятий плана) уже достигнута.`);
    expect(r.schools[2].paragraph).toContain(`До цели на 30.06.2022 (не менее 90${NB}% мероприятий плана) не хватает 2 мероприятий.`);
    // The audit sentence is the summary's: on 20.05 only СШ № 3 has a finished half-year (met).
    expect(r.paragraph).toContain(`Цель аудита достигла 1 из 1 школы с завершённым полугодием (100${NB}%); ещё не оценивались 2 школы.`);
  });

  test("a plan with no audit half-year ending on the report's end states no target", () => {
    const r = buildHalfYearReport([school], { today: '2023-07-10', settings });
    expect(r.schools[0].target).toBeNull();
    expect(r.paragraph).not.toContain('Цель');
  });
});
