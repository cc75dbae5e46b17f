/**
 * «Школы, достигшие цели аудита», one definition everywhere: the summary's totals, the «Сводка»
 * totals row, the JSON of the command line and the half-year report's paragraph agree on a school
 * with no finished half-year, one that met its target and one that missed it.
 */
import { buildHalfYearReport, buildSummary, summaryGrid, summaryToJson, SUMMARY_HEADER, type SchoolInput } from '../../../src/domain/summary';
import { auditStanding, auditTallyRu, tallyAudit } from '../../../src/domain/metrics';
import { academicPeriod, calendarPeriod } from '../../../src/domain/parse/period';
import { defaultSettings } from '../../../src/domain/core/settings';
import { LINK, due, measure } from '../metrics/measure-factory';

const NB = '\u00A0';
const TODAY = '2022-05-20';
const settings = defaultSettings();
const done = (row: number, end: string, doneDate: string) =>
  measure({ row, number: String(row), deadline: due(end), status: 'Выполнено', doneDate, evidence: LINK, curatorMark: 'Подтверждено' });
const open = (row: number, end: string) => measure({ row, number: String(row), deadline: due(end), status: 'В работе' });

/*
 * On 20.05.2022:
 * - «Не оценивалась» (calendar 2022): its first half-year ends 30.06 — not assessed; 2 of 4 done, all
 *   on time → on schedule.
 * - «Достигла» (2021/2022): by 31.12.2021 2 of 5 done = 40 % (target 40 %) → met; behind schedule now
 *   (3 deadlines passed, 2 done) — being behind now does not undo the finished half-year.
 * - «Не достигла» (2021/2022): by 31.12.2021 1 of 5 done = 20 % → missed; on schedule now is not
 *   possible (2 deadlines passed, 1 done).
 */
function schools(): SchoolInput[] {
  return [
    {
      name: 'Не оценивалась',
      analysis: {
        period: calendarPeriod(2022),
        measures: [done(1, '2022-02-28', '2022-02-20'), done(2, '2022-04-30', '2022-04-10'), open(3, '2022-06-30'), open(4, '2022-12-31')],
      },
    },
    {
      name: 'Достигла',
      analysis: {
        period: academicPeriod(2021),
        measures: [
          done(1, '2021-10-31', '2021-10-20'),
          done(2, '2021-12-31', '2021-12-10'),
          open(3, '2022-03-31'),
          open(4, '2022-06-30'),
          open(5, '2022-06-30'),
        ],
      },
    },
    {
      name: 'Не достигла',
      analysis: {
        period: academicPeriod(2021),
        measures: [done(1, '2021-10-31', '2021-10-20'), open(2, '2021-12-31'), open(3, '2022-06-30'), open(4, '2022-06-30'), open(5, '2022-06-30')],
      },
    },
  ];
}

describe('one audit definition, three schools', () => {
  const summary = buildSummary(schools(), { today: TODAY, settings });

  test('each school: not assessed, met, missed', () => {
    expect(summary.schools.map((s) => [s.name, s.auditStanding, s.meetsAudit, s.metrics.audit.onTrack])).toEqual([
      ['Не оценивалась', 'not-assessed', false, true],
      ['Достигла', 'met', true, false],
      ['Не достигла', 'missed', false, false],
    ]);
    expect(summary.schools.map((s) => s.auditText)).toEqual([
      'Ещё не оценивалась: полугодие не завершено',
      `1-е полугодие: 40${NB}% при цели 40${NB}% — достигнута`,
      `1-е полугодие: 20${NB}% при цели 40${NB}% — не достигнута`,
    ]);
  });

  test('the totals, the JSON, the «Сводка» totals row and the report paragraph say the same', () => {
    const line = `Цель аудита достигла 1 из 2 школ с завершённым полугодием (50${NB}%); ещё не оценивалась 1 школа`;
    expect(summary.totals).toMatchObject({
      schoolsMeetingAudit: 1,
      schoolsAssessed: 2,
      schoolsNotAssessed: 1,
      schoolsMeetingAuditPercent: 50,
      schoolsOnTrack: 1,
    });
    expect(summaryToJson(summary).totals).toMatchObject({ schoolsMeetingAudit: 1, schoolsAssessed: 2, schoolsMeetingAuditPercent: 50, schoolsOnTrack: 1 });
    expect(summaryToJson(summary).schools.map((s) => s.auditStanding)).toEqual(['not-assessed', 'met', 'missed']);
    const grid = summaryGrid(summary);
    const total = grid.rows[grid.kinds.indexOf('total')];
    expect(total[SUMMARY_HEADER.indexOf('Аудит полугодия')]).toBe(line);
    expect(total[SUMMARY_HEADER.indexOf('Идёт по графику')]).toBe('1 из 3');
    expect(grid.rows.slice(1, 4).map((r) => r[SUMMARY_HEADER.indexOf('Идёт по графику')])).toEqual([
      'да',
      `нет: выполнено 40${NB}%, срок наступил у 60${NB}%`,
      `нет: выполнено 20${NB}%, срок наступил у 40${NB}%`,
    ]);
    const report = buildHalfYearReport(schools(), { today: TODAY, settings });
    expect(report.period.preliminary).toBe(true);
    expect(report.paragraph.endsWith(` ${line}.`)).toBe(true);
  });

  test('after 30.06 every school has a finished half-year; the final report and the summary agree again', () => {
    const later = buildSummary(schools(), { today: '2022-07-10', settings });
    // 50 % of the calendar plan by 30.06 (target 40 %); the academic plans' second half-year (90 %) missed.
    expect(later.schools.map((s) => s.auditStanding)).toEqual(['met', 'missed', 'missed']);
    const report = buildHalfYearReport(schools(), { today: '2022-07-10', settings });
    expect(report.period.preliminary).toBe(false);
    const tally = tallyAudit(report.schools.map((s) => s.metrics));
    expect([tally.assessed, tally.met]).toEqual([later.totals.schoolsAssessed, later.totals.schoolsMeetingAudit]);
    expect(report.paragraph).toContain(`Цель аудита достигла 1 из 3 школ с завершённым полугодием (33,3${NB}%).`);
  });

  test('the tally in Russian', () => {
    expect(auditTallyRu({ schools: 0, assessed: 0, met: 0, notAssessed: 0, metPercent: 0 })).toBe('');
    expect(auditTallyRu({ schools: 1, assessed: 0, met: 0, notAssessed: 1, metPercent: 0 })).toBe('Цель аудита ещё не оценивалась: полугодие не завершено');
    expect(auditTallyRu({ schools: 5, assessed: 0, met: 0, notAssessed: 5, metPercent: 0 })).toBe(
      'Цель аудита ещё не оценивалась: ни у одной из 5 школ полугодие не завершено',
    );
    expect(auditTallyRu({ schools: 26, assessed: 21, met: 21, notAssessed: 5, metPercent: 100 })).toBe(
      `Цель аудита достигла 21 из 21 школы с завершённым полугодием (100${NB}%); ещё не оценивались 5 школ`,
    );
    expect(auditStanding({ audit: { latest: null } } as never)).toBe('not-assessed');
  });
});
