/** Text rows after the last measure are reported; titles that differ only in a number are not duplicates. */
import { analyseSheet } from '../../../src/domain/roadmap/analyse';
import type { Grid } from '../../../src/domain/core/types';

const HEADER = ['№', 'Мероприятие', 'Срок', 'Ответственный', 'Результат'];
const measure = (n: number, title: string) => [String(n), title, 'март 2022', 'Директор', 'Справка'];
const codes = (g: Grid) => analyseSheet(g, { sheetName: 'План', today: '2022-05-01', period: '2022' })[0].diagnostics;

describe('one or two text rows after the last measure', () => {
  test.each([[['Исполнитель: Иванова И.И., тел. 8-900-000-00-00']], [['Начальник отдела И.И. Иванов'], ['Исполнитель: Петрова А.А.']]])(
    'are reported as table-end naming the rows: %j',
    (...tail) => {
      const g: Grid = [HEADER, measure(1, 'Совещание'), measure(2, 'Семинар'), [], ...tail];
      const [a] = analyseSheet(g, { sheetName: 'План', today: '2022-05-01', period: '2022' });
      expect(a.measures.map((m) => m.title)).toEqual(['Совещание', 'Семинар']);
      const end = a.diagnostics.filter((d) => d.code === 'table-end');
      expect(end).toHaveLength(1);
      expect(end[0]).toMatchObject({ row: 5, severity: 'info' });
      const rows = tail.length === 1 ? 'строка 5' : 'строки 5, 6';
      expect(end[0].message).toContain(
        `Лист «План», строка 5: после последнего мероприятия идёт текст без мероприятий (${rows}: «${String(tail[0][0]).slice(0, 20)}`,
      );
    },
  );

  test('a section heading followed by measures is not reported', () => {
    const g: Grid = [HEADER, ['1. Организационные меры'], measure(1, 'Совещание'), ['2. Кадровые меры'], measure(2, 'Семинар')];
    expect(codes(g).filter((d) => d.code === 'table-end')).toEqual([]);
  });
});

describe('duplicate-measure and numbers', () => {
  test('titles that differ only in a number are different measures', () => {
    const g: Grid = [
      HEADER,
      measure(1, 'Мероприятие 1'),
      measure(2, 'Мероприятие 2'),
      measure(3, 'Семинар для учителей 5 классов по формированию функциональной грамотности'),
      measure(4, 'Семинар для учителей 6 классов по формированию функциональной грамотности'),
    ];
    expect(codes(g).filter((d) => d.code === 'duplicate-measure')).toEqual([]);
  });

  test('real repeats are still found, exact and near', () => {
    const g: Grid = [
      HEADER,
      measure(1, 'Мероприятие 1'),
      measure(2, 'Мероприятие 1'),
      measure(3, 'Семинар для учителей 5 классов по формированию функциональной грамотности'),
      measure(4, 'Семинар для учителей 5 классов по формированию функциональной грамотности школьников'),
    ];
    expect(
      codes(g)
        .filter((d) => d.code === 'duplicate-measure')
        .map((d) => d.row),
    ).toEqual([3, 5]);
  });
});
