/**
 * Deadline grammar — the public API (index.ts, parse-deadline.ts, spans.ts): what parseDeadline
 * keeps, its fallbacks, that it never throws, and isoDate.
 */
import { isoDate, parseDeadline } from '../../../../src/domain/parse/deadline';
import type { Period } from '../../../../src/domain/core/types';
import { C } from './cases';

describe('parseDeadline: the pipeline', () => {
  test('a deadline outside the plan period is kept as written (the checks flag it)', () => {
    const d = parseDeadline('Апрель – декабрь 2021 года согласно плану ОЦПРМСО', C).deadline;
    expect([d.start, d.end]).toEqual(['2021-04-01', '2021-12-31']);
  });

  test('a broken period falls back on the years of the text, else unreadable', () => {
    const bad = { kind: 'calendar', label: '?', start: 'x', end: 'y' } as Period;
    expect(parseDeadline('Март 2022', bad).deadline.start).toBe('2022-03-01');
    expect(parseDeadline('Март', bad).readable).toBe(false);
  });

  test('non-string input does not throw', () => {
    expect(parseDeadline(undefined as unknown as string, C).readable).toBe(false);
    expect(parseDeadline(null as unknown as string, C).readable).toBe(false);
    expect(parseDeadline(12 as unknown as string, C).deadline.text).toBe('12');
  });
});

describe('isoDate', () => {
  test('isoDate pads and rolls over', () => {
    expect(isoDate(2022, 3, 7)).toBe('2022-03-07');
    expect(isoDate(2022, 2, 29)).toBe('2022-03-01');
    expect(isoDate(2024, 2, 29)).toBe('2024-02-29');
    expect(isoDate(2021, 12, 32)).toBe('2022-01-01');
  });
});
