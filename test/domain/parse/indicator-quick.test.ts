/**
 * The indicator parser's quick way («Не менее 17 участников», «100% участие») against its whole
 * reading: every text it takes gives exactly what wholeReading gives; texts near its form that it
 * leaves alone still parse as before.
 */
import fc from 'fast-check';
import { parseIndicator, wholeReading } from '../../../src/domain/parse/indicator';

const WORDS = ['участников', 'участие', 'школ', 'учителей', 'мероприятий', 'родителей', 'педагогов', 'человек', 'совещаний', 'охват', 'выполнение'];
const ODD_WORDS = [
  'и',
  'или',
  'января',
  'марта',
  'май',
  'часов',
  'класса',
  'процентов',
  'процент',
  'полугодие',
  'ёлок',
  'ОО',
  'ют',
  'проведено',
  'прошли',
  'дн',
  'х',
  'го',
  'ого',
  'в',
  'до',
  'за',
  'раз',
  'месяцев',
  'недели',
  'квартал',
  'год',
  'лет',
  'числа',
  'чел',
  'всех',
];
/** Mostly the quick way's form, sometimes an edge it must leave alone. */
const mostly = <T>(usual: fc.Arbitrary<T>, odd: fc.Arbitrary<T>) => fc.oneof({ arbitrary: usual, weight: 4 }, { arbitrary: odd, weight: 1 });
const prefix = mostly(fc.constantFrom('', 'Не менее ', 'не менее '), fc.constantFrom('НЕ МЕНЕЕ ', 'не более ', 'Не  менее ', 'Нe менее ', 'более ', ' '));
const number = mostly(
  fc.integer({ min: 1, max: 999 }).map(String),
  fc.constantFrom('2022', '1999', '0', '007', '1000', '123456789', '1234567890', '99999999999'),
);
const unit = mostly(fc.constantFrom('', '%'), fc.constantFrom(' %', '.5', ',5', '-го', '+'));
const space = mostly(fc.constant(' '), fc.constantFrom('', '  ', '\u00a0'));
const word = mostly(fc.constantFrom(...WORDS), fc.constantFrom(...ODD_WORDS));
const tail = mostly(fc.constant(''), fc.constantFrom('.', ' ', ',', ' школ', ' и', ' 5', '%'));
const text = fc.tuple(prefix, number, unit, space, word, tail).map((parts) => parts.join(''));

/** The quick way's form (roughly: it also refuses some of these). */
const QUICK_FORM = /^(?:[Нн]е менее )?\d{1,9}%? [а-я]{3,}$/;

describe('parseIndicator: the quick way gives what the whole reading gives', () => {
  test.each(['Не менее 17 участников', 'не менее 75% участие', '100% школ', '5 учителей', 'Не менее 2022 участников', 'Не менее 3 или'])('%s', (t) => {
    expect(parseIndicator(t)).toStrictEqual(wholeReading(t));
  });

  test('texts near its form', () => {
    let inForm = 0;
    fc.assert(
      fc.property(text, (t) => {
        if (QUICK_FORM.test(t)) inForm++;
        expect(parseIndicator(t)).toStrictEqual(wholeReading(t));
      }),
      { numRuns: 5000 },
    );
    // The generator reaches the quick way's form often enough to mean something.
    expect(inForm).toBeGreaterThan(1000);
  });
});
