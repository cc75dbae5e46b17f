/**
 * The quick way (quick.ts) against the whole grammar: for every text it reads, it gives exactly
 * what parseTokens gives, whatever the period; texts near its grammar that it leaves alone still
 * parse as before.
 */
import fc from 'fast-check';
import { parseDeadline } from '../../../../src/domain/parse/deadline';
import { parseTokens } from '../../../../src/domain/parse/deadline/parse-deadline';
import { quickDeadline } from '../../../../src/domain/parse/deadline/quick';
import type { Period } from '../../../../src/domain/core/types';
import { A, C, S } from './cases';

const BROKEN = { kind: 'calendar', label: '', start: 'x', end: 'y' } as Period;
const PERIODS: Period[] = [A, C, S, BROKEN, null as unknown as Period];

const MONTHS = ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'];
const pad = (n: number) => String(n).padStart(2, '0');
/** Mostly what the quick way reads, sometimes an edge it must leave alone. */
const mostly = <T>(usual: fc.Arbitrary<T>, odd: fc.Arbitrary<T>) => fc.oneof({ arbitrary: usual, weight: 5 }, { arbitrary: odd, weight: 1 });
const year = mostly(fc.constantFrom('2022', '2021', '2023', '2024', '1990', '2100'), fc.constantFrom('1989', '2101', '22', '20222', '0000'));
const dayNo = mostly(fc.integer({ min: 1, max: 31 }), fc.integer({ min: 0, max: 40 }));
const monthNo = mostly(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 0, max: 14 }));
const numeric = fc.tuple(dayNo, monthNo, year).map(([d, m, y]) => `${pad(d)}.${pad(m)}.${y}`);
const word = fc
  .tuple(
    dayNo,
    fc.boolean(),
    mostly(fc.constantFrom(...MONTHS), fc.constantFrom('март', 'Марта', 'май', 'мая.', 'сент', 'янвaря')),
    mostly(fc.constantFrom('', ' Y', ' Y г.'), fc.constantFrom(' Y г', ' Yг.', ' Y года', ' Y г. ', ' г.')),
    year,
  )
  .map(([d, zero, m, tail, y]) => `${zero ? pad(d) : d} ${m}${tail.replace('Y', y)}`);
const day = fc.oneof(numeric, word);
const prefix = mostly(fc.constantFrom('', 'с ', 'С ', 'до ', 'До '), fc.constantFrom('c ', 'по ', 'с  ', 'со ', 'до\u00a0', ' '));
const link = mostly(fc.constantFrom(' по ', ' – ', ' - ', '–', '-'), fc.constantFrom(' — ', '  по ', ' до ', ' -', '- ', ' по', ', ', ' и ', '/', ' '));
const tail = mostly(fc.constant(''), fc.constantFrom('.', ' ', '\n', ' ежемесячно', ' (понедельник)', '%', ' г.'));
const text = fc.tuple(prefix, day, fc.option(fc.tuple(link, day)), tail).map(([p, d1, rest, t]) => p + d1 + (rest ? rest[0] + rest[1] : '') + t);

describe('quickDeadline: the same as the whole grammar', () => {
  test.each([
    'с 01.01.2022 по 15.03.2022',
    '01.01.2022 – 01.01.2022',
    '15.03.2022-01.03.2022',
    'С 1 января по 1 января 2022 г.',
    'с 31 декабря по 1 января 2022 г.',
    '30 февраля – 1 марта 2024',
    'до 31.04.2022',
    'До 27 марта 2022 г.',
    'с 01.09.2023',
    '29.02.2023',
    '01.01.2021 по 01.01.2030',
  ])('%s', (t) => {
    for (const p of PERIODS) {
      const q = quickDeadline(t, p);
      expect(q).not.toBeNull();
      expect(q).toStrictEqual(parseTokens(t, p));
    }
  });

  test('texts near its grammar', () => {
    let quick = 0;
    fc.assert(
      fc.property(text, fc.constantFrom(...PERIODS), (t, p) => {
        const q = quickDeadline(t, p);
        if (q !== null) quick++;
        expect(parseDeadline(t, p)).toStrictEqual(q ?? parseTokens(t, p));
        if (q !== null) expect(q).toStrictEqual(parseTokens(t, p));
      }),
      { numRuns: 10000 },
    );
    // The generator reaches the quick way often enough to mean something.
    expect(quick).toBeGreaterThan(1000);
  });
});
