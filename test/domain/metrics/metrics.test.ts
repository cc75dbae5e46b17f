import fc from 'fast-check';
import { computeRoadmapMetrics, type MetricsContext } from '../../../src/domain/metrics';
import { calendarPeriod, academicPeriod, spanPeriod } from '../../../src/domain/parse/period';
import { defaultSettings } from '../../../src/domain/core/settings';
import type { Measure } from '../../../src/domain/roadmap/measure';
import { STATUSES } from '../../../src/domain/parse/tracking';
import { LINK, deadline, due, indicator, measure } from './measure-factory';

const NB = '\u00A0';
const settings = defaultSettings();
const S1 = '1. Организационные меры';
const S2 = '2. Методические меры';

/**
 * A calendar-year plan «2022» read on 15.07.2022 (the first half-year is over). Every figure below
 * is worked out by hand in the comments.
 */
function calendarPlan(): Measure[] {
  return [
    // 1: done in February, confirmed, with a link — nothing to say.
    measure({
      row: 1,
      section: S1,
      responsible: ['ОЦПРМСО'],
      deadline: due('2022-02-28'),
      status: 'Выполнено',
      doneDate: '2022-02-10',
      evidence: LINK,
      curatorMark: 'Подтверждено',
      indicator: indicator('Не менее 75% участие', { kind: 'percent', op: '>=', value: 75 }),
      actual: '80%',
    }),
    // 2: done 20.03 without a link, not confirmed for 117 days.
    measure({
      row: 2,
      section: S1,
      responsible: ['ОЦПРМСО', 'ОО'],
      deadline: due('2022-03-31'),
      status: 'Выполнено',
      doneDate: '2022-03-20',
      indicator: indicator('Проведено не менее 5 совещаний', { kind: 'count', op: '>=', value: 5, of: 'совещаний' }),
      actual: 'Проведено 3 совещания',
    }),
    // 3: done 10.07 (after the first half-year), 5 days ago: not yet due for confirmation.
    measure({ row: 3, section: S1, responsible: ['ОО'], deadline: due('2022-07-31'), status: 'Выполнено', doneDate: '2022-07-10', evidence: LINK }),
    // 4: in progress, due 31.05: overdue 45 days.
    measure({
      row: 4,
      section: S1,
      responsible: ['ОЦПРМСО'],
      deadline: due('2022-05-31'),
      status: 'В работе',
      indicator: indicator('100% ОУ', { kind: 'percent', op: '=', value: 100, of: 'ОУ' }),
    }),
    // 5: not started, due at the year's end; no responsible body.
    measure({
      row: 5,
      section: S1,
      deadline: deadline('2022-01-01', '2022-12-31', null, 'в течение года'),
      status: 'Не начато',
      indicator: indicator('Своевременное размещение документов', null),
    }),
    // 6: needs rework and overdue since 30.06.
    measure({
      row: 6,
      section: S2,
      responsible: ['ОО'],
      deadline: due('2022-06-30'),
      status: 'Требуется доработка',
      indicator: indicator('увеличился с 66% до 78%', { kind: 'change', from: 66, to: 78, unit: '%' }),
      actual: '70 %',
    }),
    // 7: cancelled: out of every figure but total and cancelled.
    measure({
      row: 7,
      section: S2,
      responsible: ['УО'],
      deadline: due('2022-04-30'),
      status: 'Отменено',
      indicator: indicator('100%', { kind: 'percent', op: '=', value: 100 }),
    }),
    // 8: no status, no deadline.
    measure({ row: 8, section: S2, responsible: ['ОЦПРМСО'] }),
    // 9: done, undated (counts for the first half-year), curator sent it back.
    measure({
      row: 9,
      section: S2,
      responsible: ['ОО'],
      deadline: due('2022-06-15'),
      status: 'Выполнено',
      evidence: LINK,
      curatorMark: 'На доработку',
      indicator: indicator('в 1 полугодии – не менее 40% мер; во 2 полугодии – не менее 90% мер', { kind: 'half-year', h1: 40, h2: 90 }),
    }),
    // 10: not done, due 10.08: within the next 30 days.
    measure({
      row: 10,
      section: S2,
      responsible: ['ОЦПРМСО'],
      deadline: due('2022-08-10'),
      status: 'Не выполнено',
      indicator: indicator('Не менее 2 ОО', { kind: 'count', op: '>=', value: 2, of: 'ОО' }),
      actual: '2 из 3',
    }),
  ];
}

const ctx2022 = (today: string): MetricsContext => ({ period: calendarPeriod(2022), today, settings });

describe('computeRoadmapMetrics: calendar plan on 15.07.2022', () => {
  const m = computeRoadmapMetrics(calendarPlan(), ctx2022('2022-07-15'));

  test('counts by status; cancelled measures leave the base', () => {
    expect(m.total).toBe(10);
    expect(m.cancelled).toBe(1);
    expect(m.base).toBe(9);
    expect(m.byStatus).toEqual({
      'Не начато': 1,
      'В работе': 1,
      Выполнено: 4,
      'Не выполнено': 1,
      'Требуется доработка': 1,
      Отменено: 1,
      'Без статуса': 1,
    });
    expect([m.done, m.notDone, m.rework, m.inProgress, m.notStarted]).toEqual([4, 1, 1, 1, 2]);
    expect(m.donePercent).toBe(44.4); // 4 / 9
  });

  test('due by today and done by today', () => {
    // due on or before 15.07: rows 1 (28.02), 2 (31.03), 4 (31.05), 6 (30.06), 9 (15.06)
    expect(m.dueByToday).toBe(5);
    expect(m.doneByToday).toBe(3); // rows 1, 2, 9
  });

  test('overdue measures, the longest overdue first', () => {
    expect(m.overdue).toBe(2);
    expect(m.overdueMeasures.map((o) => [o.row, o.end, o.daysOverdue])).toEqual([
      [4, '2022-05-31', 45],
      [6, '2022-06-30', 15],
    ]);
    expect(m.overdueMeasures[0].responsible).toEqual(['ОЦПРМСО']);
  });

  test('due in the next 30 days', () => {
    expect(m.dueNext30.map((d) => [d.row, d.due])).toEqual([[10, '2022-08-10']]);
  });

  test('needing attention, with every reason in Russian', () => {
    expect(m.needAttention).toBe(4);
    expect(m.attention.map((a) => [a.row, a.reasons])).toEqual([
      [2, ['выполнено, но нет ссылки на подтверждение', 'выполнено 117 дней назад, не подтверждено куратором']],
      [4, ['просрочено (срок — 31.05.2022)']],
      [6, ['просрочено (срок — 30.06.2022)', 'требуется доработка']],
      [9, ['куратор вернул на доработку']],
    ]);
    expect(m.attention[1].reason).toBe('просрочено (срок — 31.05.2022)');
  });

  test('curator-confirmed share of done measures', () => {
    expect(m.confirmed).toBe(1);
    expect(m.confirmedPercent).toBe(25);
  });

  test('the half-year audit: the first half-year missed 40 %, the second still running', () => {
    // done by 30.06: rows 1, 2 and 9 (undated); row 3 was done on 10.07.
    expect(m.audit.h1).toMatchObject({ target: 40, actual: 33.3, met: false, end: '2022-06-30', base: 9, done: 3 });
    expect(m.audit.h2).toBeNull();
    expect(m.audit.halves[1]).toMatchObject({ ended: false, end: '2022-12-31', done: 4, actual: 44.4, met: false });
    expect(m.audit.latest).toBe(m.audit.h1);
    // deadlines passed by 14.07: rows 1, 2, 4, 6, 9 → 5 of 9 expected, 4 done
    expect(m.audit.expectedNow).toBe(55.6);
    expect(m.audit.onTrack).toBe(false);
  });

  test('per section and per responsible body', () => {
    expect(m.bySection).toEqual([
      { section: S1, base: 5, done: 3, donePercent: 60, overdue: 1 },
      { section: S2, base: 4, done: 1, donePercent: 25, overdue: 1 },
    ]);
    expect(m.byResponsible).toEqual([
      { responsible: 'ОЦПРМСО', base: 5, done: 2, overdue: 1, donePercent: 40 },
      { responsible: 'ОО', base: 4, done: 3, overdue: 1, donePercent: 75 },
      { responsible: 'Не указан', base: 1, done: 0, overdue: 0, donePercent: 0 },
    ]);
  });

  test('indicator targets against actual values', () => {
    expect(m.indicators.map((i) => [i.row, i.actual === null ? null : Math.round(i.actual * 10) / 10, i.state])).toEqual([
      [1, 80, 'met'],
      [2, 3, 'not-met'],
      [4, null, 'no-value'],
      [5, null, 'not-measurable'],
      [6, 70, 'not-met'],
      [9, 33.3, 'not-met'], // the plan's own share at the end of the first half-year against 40
      [10, 2, 'met'],
    ]);
    expect(m.indicators[0].targetText).toBe(`не менее 75${NB}%`);
    expect(m.indicators[3].targetText).toBe('');
    expect(m.indicators[4].targetText).toBe(`с 66${NB}% до 78${NB}%`);
    expect(m.indicators[5].targetText).toBe(`1-е полугодие — не менее 40${NB}%, 2-е — не менее 90${NB}%`);
  });
});

describe('computeRoadmapMetrics: academic plan 2021/2022', () => {
  // Ten measures, all with links and confirmed: four done in the autumn, five in the spring, one due 31.08.
  const autumn = ['2021-09-30', '2021-10-31', '2021-11-30', '2021-12-25'];
  const spring = ['2022-02-28', '2022-03-31', '2022-04-30', '2022-05-31', '2022-06-20'];
  function plan(firstAutumnDone = '2021-09-20'): Measure[] {
    return [
      ...autumn.map((d, i) =>
        measure({ row: 10 + i, deadline: due(d), status: 'Выполнено', doneDate: i === 0 ? firstAutumnDone : d, evidence: LINK, curatorMark: 'Подтверждено' }),
      ),
      ...spring.map((d, i) => measure({ row: 20 + i, deadline: due(d), status: 'Выполнено', doneDate: d, evidence: LINK, curatorMark: 'Подтверждено' })),
      measure({ row: 30, deadline: due('2022-08-31'), status: 'Не начато' }),
    ];
  }
  const ctx = (today: string): MetricsContext => ({ period: academicPeriod(2021), today, settings });

  test('on 20.01.2022: the first half-year (September–December) met 40 % exactly', () => {
    const m = computeRoadmapMetrics(plan(), ctx('2022-01-20'));
    expect(m.audit.h1).toMatchObject({ start: '2021-09-01', end: '2021-12-31', base: 10, done: 4, actual: 40, met: true });
    expect(m.audit.h2).toBeNull();
    // the spring measures carry completion dates after today: not done yet
    expect(m.done).toBe(4);
    expect(m.byStatus['В работе']).toBe(5);
    expect(m.audit.expectedNow).toBe(40);
    expect(m.audit.onTrack).toBe(true);
    expect(m.overdue).toBe(0);
  });

  test('a measure done on 10.01 does not count for the first half-year', () => {
    const m = computeRoadmapMetrics(plan('2022-01-10'), ctx('2022-01-20'));
    expect(m.audit.h1).toMatchObject({ done: 3, actual: 30, met: false });
    expect(m.done).toBe(4);
  });

  test('on 05.07.2022: the second half-year ended on 30 June and met 90 %', () => {
    const m = computeRoadmapMetrics(plan(), ctx('2022-07-05'));
    expect(m.audit.h1).toMatchObject({ met: true, actual: 40 });
    expect(m.audit.h2).toMatchObject({ start: '2022-01-01', end: '2022-06-30', done: 9, actual: 90, met: true });
    expect(m.audit.latest).toBe(m.audit.h2);
    expect(m.donePercent).toBe(90);
    expect(m.audit.expectedNow).toBe(90);
    expect(m.audit.onTrack).toBe(true);
    expect(m.needAttention).toBe(0);
  });

  test('before the plan starts no half-year has ended', () => {
    const m = computeRoadmapMetrics(plan(), ctx('2021-08-15'));
    expect(m.audit.h1).toBeNull();
    expect(m.audit.h2).toBeNull();
    expect(m.done).toBe(0);
  });
});

describe('computeRoadmapMetrics: a span 2021-2024 is audited per calendar year', () => {
  const plan = [
    measure({ row: 1, deadline: due('2022-05-31'), status: 'Выполнено', doneDate: '2022-05-20', evidence: LINK, curatorMark: 'Подтверждено' }),
    measure({ row: 2, deadline: due('2023-03-31'), status: 'Выполнено', doneDate: '2023-03-15', evidence: LINK, curatorMark: 'Подтверждено' }),
    measure({ row: 3, deadline: due('2023-06-30'), status: 'В работе' }),
    measure({ row: 4, deadline: due('2023-12-31'), status: 'Не начато' }),
    measure({ row: 5, deadline: deadline('2021-01-01', '2024-12-31', null, 'в течение всего периода'), status: 'В работе' }),
  ];

  test('on 01.08.2023 the audit base is the measures due in 2023', () => {
    const m = computeRoadmapMetrics(plan, { period: spanPeriod(2021, 2024), today: '2023-08-01', settings });
    expect(m.audit.cycle.year).toBe(2023);
    expect(m.audit.h1).toMatchObject({ start: '2023-01-01', end: '2023-06-30', base: 3, done: 1, actual: 33.3, met: false });
    expect(m.audit.h2).toBeNull();
    expect(m.overdueMeasures.map((o) => o.row)).toEqual([3]);
    expect(m.donePercent).toBe(40);
  });

  test('after the span ends its last year is audited', () => {
    const m = computeRoadmapMetrics(plan, { period: spanPeriod(2021, 2024), today: '2025-02-01', settings });
    expect(m.audit.cycle.year).toBe(2024);
    expect(m.audit.h2).toMatchObject({ end: '2024-12-31', base: 1, done: 0, met: false });
  });
});

describe('computeRoadmapMetrics: recurring «ежемесячно с марта 2022»', () => {
  const monthly = deadline('2022-03-01', '2022-12-31', { every: 'month' }, 'С марта 2022 г. ежемесячно');
  const one = (p: Partial<Measure>, today: string) => computeRoadmapMetrics([measure({ row: 1, deadline: monthly, ...p })], ctx2022(today));

  test('March–May recorded (last record 15.05), read on 10.06: not overdue, June due on 30.06', () => {
    const m = one({ status: 'В работе', doneDate: '2022-05-15' }, '2022-06-10');
    expect(m.overdue).toBe(0);
    expect(m.dueByToday).toBe(1);
    expect(m.doneByToday).toBe(1);
    expect(m.dueNext30.map((d) => d.due)).toEqual(['2022-06-30']);
    expect(m.done).toBe(0);
  });

  test('read on 05.07: June passed without a record', () => {
    const m = one({ status: 'В работе', doneDate: '2022-05-15' }, '2022-07-05');
    expect(m.overdueMeasures.map((o) => [o.end, o.daysOverdue])).toEqual([['2022-06-30', 5]]);
    expect(m.doneByToday).toBe(0);
    expect(m.dueNext30.map((d) => d.due)).toEqual(['2022-07-31']);
    expect(m.attention[0].reasons).toEqual(['просрочено (срок — 30.06.2022)']);
  });

  test('a record dated 01.07 covers June as well', () => {
    expect(one({ status: 'В работе', doneDate: '2022-07-01' }, '2022-07-05').overdue).toBe(0);
  });

  test('no record at all: overdue from 1 April', () => {
    expect(one({}, '2022-03-31').overdue).toBe(0);
    expect(one({}, '2022-04-01').overdueMeasures[0].end).toBe('2022-03-31');
  });

  test('status «Выполнено» records every occurrence', () => {
    const m = one({ status: 'Выполнено', doneDate: '2022-12-20', evidence: LINK, curatorMark: 'Подтверждено' }, '2023-01-10');
    expect([m.done, m.overdue, m.needAttention, m.dueByToday, m.doneByToday]).toEqual([1, 0, 0, 1, 1]);
  });

  test('a completion date without a status is a record, not the whole measure done', () => {
    const m = one({ doneDate: '2022-04-03' }, '2022-04-20');
    expect([m.done, m.overdue, m.notStarted]).toEqual([0, 0, 1]);
  });
});

describe('computeRoadmapMetrics: edge cases', () => {
  test('a one-off measure with a completion date and no status counts as done', () => {
    const m = computeRoadmapMetrics([measure({ deadline: due('2022-03-31'), doneDate: '2022-03-01', evidence: LINK })], ctx2022('2022-03-10'));
    expect([m.done, m.byStatus['Выполнено'], m.byStatus['Без статуса']]).toEqual([1, 1, 0]);
  });

  test('«Не подтверждено» on a done measure needs attention at once', () => {
    const m = computeRoadmapMetrics(
      [measure({ deadline: due('2022-03-31'), status: 'Выполнено', doneDate: '2022-03-09', evidence: LINK, curatorMark: 'Не подтверждено' })],
      ctx2022('2022-03-10'),
    );
    expect(m.attention[0].reasons).toEqual(['куратор не подтвердил выполнение']);
  });

  test('unconfirmed for exactly 14 days is fine, for 15 days needs attention', () => {
    const p = { deadline: due('2022-03-31'), status: 'Выполнено' as const, doneDate: '2022-03-01', evidence: LINK };
    expect(computeRoadmapMetrics([measure(p)], ctx2022('2022-03-15')).needAttention).toBe(0);
    expect(computeRoadmapMetrics([measure(p)], ctx2022('2022-03-16')).attention[0].reasons).toEqual(['выполнено 15 дней назад, не подтверждено куратором']);
  });

  test('evidence text without a link counts as no link', () => {
    const m = computeRoadmapMetrics(
      [measure({ deadline: due('2022-03-31'), status: 'Выполнено', doneDate: '2022-03-09', evidence: 'протокол № 3', curatorMark: 'Подтверждено' })],
      ctx2022('2022-03-10'),
    );
    expect(m.attention[0].reasons).toEqual(['выполнено, но нет ссылки на подтверждение']);
  });

  test('a measure due today is due but not overdue; at the end of the day it is', () => {
    const ms = [measure({ deadline: due('2022-03-31'), status: 'В работе' })];
    const live = computeRoadmapMetrics(ms, ctx2022('2022-03-31'));
    expect([live.dueByToday, live.overdue, live.dueNext30.length]).toEqual([1, 0, 1]);
    const closed = computeRoadmapMetrics(ms, { ...ctx2022('2022-03-31'), asOfEndOfDay: true });
    expect([closed.dueByToday, closed.overdue, closed.dueNext30.length]).toEqual([1, 1, 0]);
  });

  test('an empty plan', () => {
    const m = computeRoadmapMetrics([], ctx2022('2022-07-15'));
    expect([m.base, m.donePercent, m.confirmedPercent, m.audit.h1, m.audit.onTrack]).toEqual([0, 0, null, null, true]);
  });

  test('unscheduled measures are never due', () => {
    const d = { text: 'по мере необходимости', start: null, end: null, recurrence: null, unscheduled: true };
    const m = computeRoadmapMetrics([measure({ deadline: d, status: 'Не начато' })], ctx2022('2022-12-31'));
    expect([m.dueByToday, m.overdue, m.dueNext30.length]).toEqual([0, 0, 0]);
  });
});

describe('computeRoadmapMetrics: invariants (property)', () => {
  const iso = fc.integer({ min: 0, max: 500 }).map((k) => new Date(Date.UTC(2021, 10, 1) + k * 86400000).toISOString().slice(0, 10));
  const arbMeasure = fc.record({
    status: fc.option(fc.constantFrom(...STATUSES), { nil: null }),
    doneDate: fc.option(iso, { nil: null }),
    end: fc.option(iso, { nil: null }),
    recurring: fc.constantFrom(null, 'month', 'week', 'quarter'),
    evidence: fc.option(fc.constant(LINK), { nil: null }),
    mark: fc.option(fc.constantFrom('Подтверждено' as const, 'Не подтверждено' as const, 'На доработку' as const), { nil: null }),
  });

  test('the status buckets partition the base; overdue ⊆ due ⊆ base; attention ⊇ overdue', () => {
    fc.assert(
      fc.property(fc.array(arbMeasure, { maxLength: 30 }), iso, (specs, today) => {
        const ms = specs.map((s, i) =>
          measure({
            row: i + 1,
            status: s.status,
            doneDate: s.doneDate,
            evidence: s.evidence,
            curatorMark: s.mark,
            deadline:
              s.end === null ? null : deadline('2022-01-01' < s.end ? '2022-01-01' : s.end, s.end, s.recurring ? { every: s.recurring as 'month' } : null),
          }),
        );
        const m = computeRoadmapMetrics(ms, ctx2022(today));
        expect(m.done + m.notDone + m.rework + m.inProgress + m.notStarted).toBe(m.base);
        expect(m.base + m.cancelled).toBe(m.total);
        expect(m.overdue).toBeLessThanOrEqual(m.dueByToday);
        expect(m.doneByToday).toBeLessThanOrEqual(m.dueByToday);
        expect(m.dueByToday).toBeLessThanOrEqual(m.base);
        expect(m.needAttention).toBeGreaterThanOrEqual(m.overdue);
        expect(m.donePercent).toBeGreaterThanOrEqual(0);
        expect(m.donePercent).toBeLessThanOrEqual(100);
        expect(m.bySection.reduce((a, s) => a + s.base, 0)).toBe(m.base);
      }),
      { numRuns: 200 },
    );
  });
});
