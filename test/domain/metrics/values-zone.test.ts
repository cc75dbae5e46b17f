import {
  assessZone,
  compareWithTarget,
  computeRoadmapMetrics,
  formatPercentRu,
  parseActualValue,
  percent,
  targetTextRu,
  zoneOf,
  zoneRuleRu,
  type AuditResult,
  type HalfYearAudit,
} from '../../../src/domain/metrics';
import { calendarPeriod } from '../../../src/domain/parse/period';
import { defaultSettings } from '../../../src/domain/core/settings';
import { LINK, due, measure } from './measure-factory';

const NB = '\u00A0';
const settings = defaultSettings();

describe('formatting', () => {
  test('percent with a no-break space and a decimal comma', () => {
    expect(formatPercentRu(60)).toBe(`60${NB}%`);
    expect(formatPercentRu(percent(3, 7))).toBe(`42,9${NB}%`);
    expect(formatPercentRu(100)).toBe(`100${NB}%`);
    expect(formatPercentRu(0)).toBe(`0${NB}%`);
    expect(percent(2, 3)).toBe(66.7);
    expect(percent(1, 0)).toBe(0);
  });
});

describe('parseActualValue', () => {
  test.each([
    ['80%', 'percent', 80],
    ['80 %', 'percent', 80],
    ['12,5', 'count', 12.5],
    ['Проведено 6 совещаний', 'count', 6],
    ['проведено 12.03.2022, 4 совещания', 'count', 4],
    ['18 из 24', 'percent', 75],
    ['18 из 24', 'count', 18],
    ['да', 'count', null],
    ['', 'count', null],
  ] as const)('%s (%s) → %s', (text, kind, expected) => {
    expect(parseActualValue(text, kind)).toBe(expected);
  });

  test('null stays null', () => {
    expect(parseActualValue(null)).toBeNull();
  });
});

describe('compareWithTarget and targetTextRu', () => {
  test('«= N» is met by N or more', () => {
    expect(compareWithTarget({ kind: 'count', op: '=', value: 5 }, 6)).toBe('met');
    expect(compareWithTarget({ kind: 'count', op: '=', value: 5 }, 4)).toBe('not-met');
    expect(compareWithTarget({ kind: 'percent', op: '>=', value: 75 }, null)).toBe('no-value');
  });

  test('a falling change is met at or below its end value', () => {
    const t = { kind: 'change' as const, from: 20, to: 10, unit: '%' };
    expect(compareWithTarget(t, 9)).toBe('met');
    expect(compareWithTarget(t, 12)).toBe('not-met');
  });

  test('targets in Russian', () => {
    expect(targetTextRu({ kind: 'percent', op: '>=', value: 60, of: 'учителей математики' })).toBe(`не менее 60${NB}% учителей математики`);
    expect(targetTextRu({ kind: 'count', op: '=', value: 5 })).toBe('5');
    expect(targetTextRu({ kind: 'change', from: 3, to: 5, unit: 'человек' })).toBe('с 3 до 5 человек');
    expect(targetTextRu(null)).toBe('');
  });
});

function half(p: Partial<HalfYearAudit>): HalfYearAudit {
  return { half: 1, target: 40, actual: 50, met: true, start: '2022-01-01', end: '2022-06-30', ended: true, base: 10, done: 5, ...p };
}

function audit(h1: HalfYearAudit | null, h2: HalfYearAudit | null): AuditResult {
  return {
    h1,
    h2,
    halves: [h1 ?? half({ ended: false }), h2 ?? half({ half: 2, ended: false })],
    latest: h2 ?? h1,
    onTrack: true,
    expectedNow: 0,
    cycle: { h1: { half: 1, start: '', end: '' }, h2: { half: 2, start: '', end: '' }, year: null },
  };
}

describe('zone rule', () => {
  const quiet = { audit: audit(null, null), overdue: 0, dueByToday: 10, needAttention: 0 };

  test('green: nothing overdue, nothing needs attention, no missed half-year', () => {
    expect(assessZone(quiet, settings)).toEqual({ zone: 'green', reason: 'Просроченных и требующих внимания мероприятий нет' });
  });

  test('yellow: something needs attention', () => {
    expect(assessZone({ ...quiet, needAttention: 1 }, settings)).toEqual({ zone: 'yellow', reason: 'Требует внимания 1 мероприятие' });
  });

  test('yellow: 1 of 10 due measures overdue (10 % < 20 %)', () => {
    expect(assessZone({ ...quiet, overdue: 1, needAttention: 3 }, settings)).toEqual({
      zone: 'yellow',
      reason: 'Просрочено 1 мероприятие; требуют внимания 3 мероприятия',
    });
  });

  test('red: 2 of 10 due measures overdue (20 %, the threshold itself)', () => {
    expect(assessZone({ ...quiet, overdue: 2, needAttention: 2 }, settings)).toEqual({
      zone: 'red',
      reason: `Просрочено 20${NB}% мероприятий, срок которых наступил (2 из 10; порог — 20${NB}%)`,
    });
  });

  test('the threshold comes from settings', () => {
    const lenient = { ...settings, zones: { ...settings.zones, redOverduePercent: 50 } };
    expect(zoneOf({ ...quiet, overdue: 2, needAttention: 2 }, lenient)).toBe('yellow');
    expect(zoneOf({ ...quiet, overdue: 5, needAttention: 5 }, lenient)).toBe('red');
  });

  test('red: the finished half-year missed its target', () => {
    const a = audit(half({ actual: 35, met: false }), null);
    expect(assessZone({ ...quiet, audit: a }, settings)).toEqual({
      zone: 'red',
      reason: `Не достигнута цель первого полугодия: выполнено 35${NB}% при цели 40${NB}%`,
    });
  });

  test('a met second half-year supersedes a missed first one', () => {
    const a = audit(half({ actual: 35, met: false }), half({ half: 2, target: 90, actual: 92, met: true }));
    expect(zoneOf({ ...quiet, audit: a }, settings)).toBe('green');
  });

  test('both red reasons are given', () => {
    const a = audit(half({ actual: 35, met: false }), null);
    expect(assessZone({ ...quiet, audit: a, overdue: 3, needAttention: 3 }, settings).reason).toBe(
      `Не достигнута цель первого полугодия: выполнено 35${NB}% при цели 40${NB}%; ` +
        `просрочено 30${NB}% мероприятий, срок которых наступил (3 из 10; порог — 20${NB}%)`,
    );
  });

  test('from real metrics: one measure overdue of one due is red', () => {
    const m = computeRoadmapMetrics(
      [
        measure({ deadline: due('2022-03-31'), status: 'В работе' }),
        measure({ deadline: due('2022-12-31'), status: 'Выполнено', doneDate: '2022-03-01', evidence: LINK, curatorMark: 'Подтверждено' }),
      ],
      { period: calendarPeriod(2022), today: '2022-04-05', settings },
    );
    expect(zoneOf(m, settings)).toBe('red');
  });

  test("the legend states the rule with the settings' numbers", () => {
    expect(zoneRuleRu(settings)).toBe(
      `Зона: красная — не достигнута цель последнего завершённого полугодия (не менее 40${NB}% мероприятий к концу ` +
        `первого, 90${NB}% к концу второго) или просрочено не менее 20${NB}% мероприятий, срок которых наступил; ` +
        'жёлтая — есть просроченные мероприятия или требующие внимания (на доработке, без ссылки на подтверждение, ' +
        'не подтверждённые куратором более 14 дней); зелёная — остальные. Отменённые мероприятия не учитываются.',
    );
  });
});
