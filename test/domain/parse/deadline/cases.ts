/**
 * The deadline case table's shared parts: the three plan periods, the expectation shape and the
 * runner. Each *.test.ts here holds the slice of the table that its matcher reads.
 */
import { parseDeadline } from '../../../../src/domain/parse/deadline';
import type { Period, RecurrenceUnit } from '../../../../src/domain/core/types';

export const A: Period = { kind: 'academic', label: '2021/2022', start: '2021-09-01', end: '2022-08-31' };
export const C: Period = { kind: 'calendar', label: '2022', start: '2022-01-01', end: '2022-12-31' };
export const S: Period = { kind: 'span', label: '2021-2024', start: '2021-01-01', end: '2024-12-31' };
export const PERIODS = { A, C, S };

export interface Expect {
  /** null start/end = no dates */
  s: string | null;
  e: string | null;
  every?: RecurrenceUnit;
  /** exact recurrence dates; [] = recurrence without dates */
  dates?: string[];
  /** for long expansions: count and the first few dates */
  n?: number;
  first?: string[];
  unscheduled?: true;
  unreadable?: true;
}

export type Case = [text: string, period: keyof typeof PERIODS, expect: Expect];

export const r = (s: string, e: string): Expect => ({ s, e });
export const rec = (s: string, e: string, every: RecurrenceUnit, dates: string[] = []): Expect => ({ s, e, every, dates });
export const UNSCHEDULED: Expect = { s: null, e: null, unscheduled: true };
export const UNREADABLE: Expect = { s: null, e: null, unreadable: true };

/** One test per case: dates, readability, unscheduled and recurrence exactly as expected. */
export function testCases(title: string, cases: Case[]): void {
  describe(title, () => {
    test.each(cases)('%j (%s)', (text, pk, x) => {
      const res = parseDeadline(text, PERIODS[pk]);
      const d = res.deadline;
      expect(d.text).toBe(text);
      expect({ start: d.start, end: d.end }).toEqual({ start: x.s, end: x.e });
      expect(res.readable).toBe(!x.unreadable);
      expect(d.unscheduled).toBe(!!x.unscheduled);
      if (!x.every) {
        expect(d.recurrence).toBeNull();
        return;
      }
      expect(d.recurrence).not.toBeNull();
      expect(d.recurrence!.every).toBe(x.every);
      if (x.dates) {
        if (x.dates.length === 0) expect(d.recurrence!.dates).toBeUndefined();
        else expect(d.recurrence!.dates).toEqual(x.dates);
      }
      if (x.n !== undefined) expect(d.recurrence!.dates).toHaveLength(x.n);
      if (x.first) expect(d.recurrence!.dates!.slice(0, x.first.length)).toEqual(x.first);
    });
  });
}
