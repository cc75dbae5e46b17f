import fc from 'fast-check';
import {
  CURATOR_MARKS,
  STATUSES,
  findUrls,
  isHttpUrl,
  isoDate,
  normaliseCuratorMark,
  normaliseStatus,
  parseDateCell,
  type CuratorMark,
  type Status,
} from '../../../src/domain/parse/tracking';
import type { Cell } from '../../../src/domain/core/types';

describe('normaliseStatus', () => {
  test('the canonical values are exact', () => {
    expect(STATUSES).toEqual(['Не начато', 'В работе', 'Выполнено', 'Не выполнено', 'Требуется доработка', 'Отменено']);
    for (const s of STATUSES) expect(normaliseStatus(s)).toEqual({ status: s, exact: true });
    expect(normaliseStatus('  Выполнено ')).toEqual({ status: 'Выполнено', exact: true });
  });

  test.each<[string, Status]>([
    ['выполнено', 'Выполнено'],
    ['выполнено.', 'Выполнено'],
    ['Выполнена', 'Выполнено'],
    ['выполнен', 'Выполнено'],
    ['ВЫПОЛНЕНО', 'Выполнено'],
    ['сделано', 'Выполнено'],
    ['исполнено', 'Выполнено'],
    ['да', 'Выполнено'],
    ['+', 'Выполнено'],
    ['✓', 'Выполнено'],
    ['Выполнено (протокол № 3)', 'Выполнено'],
    ['выполнено, 12.03.2022', 'Выполнено'],
    ['в процессе', 'В работе'],
    ['в  работе', 'В работе'],
    ['выполняется', 'В работе'],
    ['начато', 'В работе'],
    ['Выполнение', 'В работе'],
    ['частично выполнено', 'В работе'],
    ['выполнено частично', 'В работе'],
    ['не выполнено', 'Не выполнено'],
    ['невыполнено', 'Не выполнено'],
    ['не исполнено', 'Не выполнено'],
    ['Не выполнено: нет кадров', 'Не выполнено'],
    ['нет', 'Не выполнено'],
    ['на доработке', 'Требуется доработка'],
    ['доработка', 'Требуется доработка'],
    ['требует доработки', 'Требуется доработка'],
    ['отменено', 'Отменено'],
    ['отмена', 'Отменено'],
    ['исключено', 'Отменено'],
    ['не начато', 'Не начато'],
    ['не начат', 'Не начато'],
    ['запланировано', 'Не начато'],
    ['«Выполнено»', 'Выполнено'],
    ['не-выполнено', 'Не выполнено'],
  ])('%s → %s, not exact', (text, status) => {
    expect(normaliseStatus(text)).toEqual({ status, exact: false });
  });

  test.each([[''], ['   '], ['-'], ['?'], ['может быть'], ['2022'], ['выполнить до марта']])('%s is unknown', (text) => {
    expect(normaliseStatus(text)).toEqual({ status: null, exact: false });
  });
});

describe('normaliseCuratorMark', () => {
  test('the canonical values are exact', () => {
    expect(CURATOR_MARKS).toEqual(['Подтверждено', 'Не подтверждено', 'На доработку']);
    for (const m of CURATOR_MARKS) expect(normaliseCuratorMark(m)).toEqual({ mark: m, exact: true });
  });

  test.each<[string, CuratorMark]>([
    ['подтверждено', 'Подтверждено'],
    ['Подтверждена', 'Подтверждено'],
    ['согласовано', 'Подтверждено'],
    ['да', 'Подтверждено'],
    ['+', 'Подтверждено'],
    ['не подтверждено', 'Не подтверждено'],
    ['Неподтверждено', 'Не подтверждено'],
    ['нет', 'Не подтверждено'],
    ['отклонено', 'Не подтверждено'],
    ['на доработке', 'На доработку'],
    ['отправлено на доработку', 'На доработку'],
    ['требуется доработка', 'На доработку'],
    ['доработать', 'На доработку'],
  ])('%s → %s', (text, mark) => {
    expect(normaliseCuratorMark(text)).toEqual({ mark, exact: false });
  });

  test('unknown', () => {
    expect(normaliseCuratorMark('посмотрю позже')).toEqual({ mark: null, exact: false });
    expect(normaliseCuratorMark('')).toEqual({ mark: null, exact: false });
  });
});

describe('parseDateCell', () => {
  test.each<[Cell, string | null]>([
    ['27.03.2022', '2022-03-27'],
    ['27.03.2022 г.', '2022-03-27'],
    ['27.03.2022г', '2022-03-27'],
    ['27.03.2022 года', '2022-03-27'],
    ['  1.4.2022 ', '2022-04-01'],
    ['27.03.22', '2022-03-27'],
    ['27/03/2022', '2022-03-27'],
    ['27-03-2022', '2022-03-27'],
    ['27.03.2022 14:30', '2022-03-27'],
    ['2022-03-27', '2022-03-27'],
    ['2022-03-27T10:00:00Z', '2022-03-27'],
    ['27 марта 2022', '2022-03-27'],
    ['27 марта 2022 г.', '2022-03-27'],
    ['1 сентября 2021 года', '2021-09-01'],
    ['13 июля 2022', '2022-07-13'],
    ['21 янв. 2022', '2022-01-21'],
    ['29.02.2024', '2024-02-29'],
    ['29.02.2023', null],
    ['31.04.2022', null],
    ['32.01.2022', null],
    ['27.13.2022', null],
    ['27 мартобря 2022', null],
    ['март 2022', null],
    ['до 27.03.2022', null],
    ['выполнено', null],
    ['', null],
    [44647, '2022-03-27'],
    [44647.75, '2022-03-27'],
    [25569, '1970-01-01'],
    [20000, '1954-10-03'],
    [2022, null],
    [19999, null],
    [80001, null],
    [Number.NaN, null],
    [true, null],
    [null, null],
  ])('%p → %p', (cell, iso) => {
    expect(parseDateCell(cell)).toBe(iso);
  });

  test('a Date is floating: its UTC fields are the date', () => {
    expect(parseDateCell(new Date(Date.UTC(2022, 2, 27)))).toBe('2022-03-27');
    expect(parseDateCell(new Date(Date.UTC(2022, 2, 27, 23, 59)))).toBe('2022-03-27');
    expect(parseDateCell(new Date(Date.UTC(2021, 11, 31, 0, 0)))).toBe('2021-12-31');
    expect(parseDateCell(new Date(Number.NaN))).toBeNull();
  });

  test('serial numbers and dates agree over a range of days', () => {
    fc.assert(
      fc.property(fc.integer({ min: 20000, max: 80000 }), (serial) => {
        const iso = parseDateCell(serial);
        expect(iso).not.toBeNull();
        const d = new Date((serial - 25569) * 86400000);
        expect(parseDateCell(d)).toBe(iso);
        const [y, m, day] = (iso as string).split('-');
        expect(parseDateCell(`${day}.${m}.${y}`)).toBe(iso);
      }),
      { numRuns: 200 },
    );
  });

  test('isoDate validates the calendar', () => {
    expect(isoDate(2022, 3, 27)).toBe('2022-03-27');
    expect(isoDate(2022, 2, 29)).toBeNull();
    expect(isoDate(2000, 2, 29)).toBe('2000-02-29');
    expect(isoDate(1900, 2, 29)).toBeNull();
  });
});

describe('isHttpUrl and findUrls', () => {
  test.each([
    ['https://example.com'],
    ['http://dpo-smolensk.ru/struktura-2020/centri/centr-expertiza/files/765_2.pdf'],
    ['https://docs.google.com/document/d/1AbC/edit?usp=sharing'],
    ['  https://drive.google.com/file/d/xyz/view  '],
    ['https://школа.рф/docs'],
    ['HTTPS://EXAMPLE.COM/A'],
    ['http://10.0.0.1:8080/x'],
  ])('%s is a link', (text) => {
    expect(isHttpUrl(text)).toBe(true);
  });

  test.each([
    ['example.com'],
    ['ftp://example.com'],
    ['https://'],
    ['https://example'],
    ['https://exa mple.com'],
    ['см. https://example.com'],
    ['Протокол № 3'],
    [''],
  ])('%s is not', (text) => {
    expect(isHttpUrl(text)).toBe(false);
  });

  test('findUrls picks links out of text and drops trailing punctuation', () => {
    expect(findUrls('Протокол: https://a.ru/p1.pdf, приказ (https://b.ru/x).')).toEqual(['https://a.ru/p1.pdf', 'https://b.ru/x']);
    expect(findUrls('нет ссылки')).toEqual([]);
  });
});

describe('tracking parsers never throw', () => {
  test('on random text and cells', () => {
    const cell = fc.oneof(fc.string({ unit: 'binary', maxLength: 80 }), fc.double(), fc.boolean(), fc.constant(null), fc.date({ noInvalidDate: false }));
    fc.assert(
      fc.property(cell, (c) => {
        const iso = parseDateCell(c as Cell);
        if (iso !== null) expect(iso).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        if (typeof c === 'string') {
          const s = normaliseStatus(c);
          if (s.exact) expect(s.status).toBe(c.trim());
          normaliseCuratorMark(c);
          expect(typeof isHttpUrl(c)).toBe('boolean');
          findUrls(c);
        }
      }),
      { numRuns: 400 },
    );
  });
});
