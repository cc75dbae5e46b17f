import { auditCycle, occurrencesOf, scheduleState } from '../../../src/domain/metrics';
import { parseDeadline } from '../../../src/domain/parse/deadline';
import { academicPeriod, calendarPeriod, spanPeriod } from '../../../src/domain/parse/period';
import { deadline } from './measure-factory';

const y2022 = calendarPeriod(2022);

describe('occurrencesOf', () => {
  test('a one-off deadline is due on its end', () => {
    expect(occurrencesOf(deadline('2022-01-01', '2022-03-27'), y2022)).toEqual([{ from: '2022-01-01', due: '2022-03-27' }]);
  });

  test('a deadline with a start only runs to the end of the period', () => {
    expect(occurrencesOf(deadline('2022-04-01', null), y2022)).toEqual([{ from: '2022-04-01', due: '2022-12-31' }]);
  });

  test('no deadline, an unscheduled one or one without dates: none', () => {
    expect(occurrencesOf(null, y2022)).toEqual([]);
    expect(occurrencesOf(deadline(null, null), y2022)).toEqual([]);
    expect(occurrencesOf({ ...deadline('2022-01-01', '2022-12-31'), unscheduled: true }, y2022)).toEqual([]);
  });

  test('monthly from March: one occurrence per calendar month, due on its last day', () => {
    const occ = occurrencesOf(deadline('2022-03-01', '2022-12-31', { every: 'month' }), y2022);
    expect(occ).toHaveLength(10);
    expect(occ.slice(0, 2)).toEqual([
      { from: '2022-03-01', due: '2022-03-31' },
      { from: '2022-04-01', due: '2022-04-30' },
    ]);
    expect(occ[9]).toEqual({ from: '2022-12-01', due: '2022-12-31' });
  });

  test('monthly from mid-month: the first window opens on the start day', () => {
    const occ = occurrencesOf(deadline('2022-03-15', '2022-05-20', { every: 'month' }), y2022);
    expect(occ).toEqual([
      { from: '2022-03-15', due: '2022-03-31' },
      { from: '2022-04-01', due: '2022-04-30' },
      { from: '2022-05-01', due: '2022-05-20' },
    ]);
  });

  test('«С апреля ежеквартально»: quarters counted from April', () => {
    expect(occurrencesOf(deadline('2022-04-01', '2022-12-31', { every: 'quarter' }), y2022)).toEqual([
      { from: '2022-04-01', due: '2022-06-30' },
      { from: '2022-07-01', due: '2022-09-30' },
      { from: '2022-10-01', due: '2022-12-31' },
    ]);
  });

  test('quarterly over an academic year starts in September', () => {
    const occ = occurrencesOf(deadline('2021-09-01', '2022-08-31', { every: 'quarter' }), academicPeriod(2021));
    expect(occ.map((o) => o.due)).toEqual(['2021-11-30', '2022-02-28', '2022-05-31', '2022-08-31']);
  });

  test('weekly: 7-day windows from the start day, the last cut at the end', () => {
    const occ = occurrencesOf(deadline('2022-03-01', '2022-03-20', { every: 'week' }), y2022);
    expect(occ).toEqual([
      { from: '2022-03-01', due: '2022-03-07' },
      { from: '2022-03-08', due: '2022-03-14' },
      { from: '2022-03-15', due: '2022-03-20' },
    ]);
  });

  test('yearly without dates over a span: 12-month windows', () => {
    const occ = occurrencesOf(deadline('2021-01-01', '2024-12-31', { every: 'year' }), spanPeriod(2021, 2024));
    expect(occ.map((o) => o.due)).toEqual(['2021-12-31', '2022-12-31', '2023-12-31', '2024-12-31']);
  });

  test('explicit dates: each is due on its date, its window opens after the previous one', () => {
    const d = parseDeadline('Март, октябрь, ноябрь', y2022).deadline;
    expect(occurrencesOf(d, y2022)).toEqual([
      { from: '2022-03-01', due: '2022-03-31' },
      { from: '2022-04-01', due: '2022-10-31' },
      { from: '2022-11-01', due: '2022-11-30' },
    ]);
  });

  test("the parser's «С марта 2022 г. ежемесячно» gives ten monthly occurrences", () => {
    const d = parseDeadline('С марта 2022 г. ежемесячно', y2022).deadline;
    expect(occurrencesOf(d, y2022).map((o) => o.due.slice(5, 7))).toEqual(['03', '04', '05', '06', '07', '08', '09', '10', '11', '12']);
  });
});

describe('scheduleState', () => {
  const occ = occurrencesOf(deadline('2022-03-01', '2022-06-30', { every: 'month' }), y2022);

  test('records are the occurrences opened on or before the last record', () => {
    const s = scheduleState(occ, true, false, { doneDate: '2022-04-02' }, '2022-05-10', '2022-05-09');
    expect(s).toEqual({
      done: false,
      recurring: true,
      scheduled: true,
      firstDue: '2022-03-31',
      finalDue: '2022-06-30',
      missedDue: null,
      nextDue: '2022-05-31',
      upToDate: true,
    });
  });

  test('a record dated after today is not counted', () => {
    const s = scheduleState(occ, true, false, { doneDate: '2022-06-01' }, '2022-05-10', '2022-05-09');
    expect(s.missedDue).toBe('2022-03-31');
  });

  test('a one-off measure is recorded only when done', () => {
    const one = occurrencesOf(deadline('2022-01-01', '2022-03-31'), y2022);
    expect(scheduleState(one, false, false, { doneDate: '2022-03-01' }, '2022-04-10', '2022-04-09').missedDue).toBe('2022-03-31');
    expect(scheduleState(one, false, true, { doneDate: '2022-03-01' }, '2022-04-10', '2022-04-09').missedDue).toBeNull();
  });
});

describe('auditCycle', () => {
  test('calendar year: January–June and July–December', () => {
    expect(auditCycle(y2022, '2022-05-01')).toEqual({
      h1: { half: 1, start: '2022-01-01', end: '2022-06-30' },
      h2: { half: 2, start: '2022-07-01', end: '2022-12-31' },
      year: null,
    });
  });

  test('academic year: September–December and January–June', () => {
    expect(auditCycle(academicPeriod(2021), '2022-05-01')).toEqual({
      h1: { half: 1, start: '2021-09-01', end: '2021-12-31' },
      h2: { half: 2, start: '2022-01-01', end: '2022-06-30' },
      year: null,
    });
  });

  test('span: the calendar year containing today, clamped to the span', () => {
    const p = spanPeriod(2021, 2024);
    expect(auditCycle(p, '2022-09-01').year).toBe(2022);
    expect(auditCycle(p, '2022-09-01').h2).toEqual({ half: 2, start: '2022-07-01', end: '2022-12-31' });
    expect(auditCycle(p, '2019-03-01').year).toBe(2021);
    expect(auditCycle(p, '2030-03-01').year).toBe(2024);
  });
});
