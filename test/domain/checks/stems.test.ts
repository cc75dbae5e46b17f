/** The duplicate check's one-pass stemmer gives what its regex definition gives. */
import { framingStems, stemFacts, stems, stemsByRegex, titleFacts } from '../../../src/domain/checks/title-stems';

const ALPHABET = 'абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВЁЕЖЯabcxyzABCXYZ0123456789 .,-–«»№()/\u00a0\tİ\u212aÀàѐЀ';

/** A deterministic pseudo-random text (a linear congruential generator, so failures repeat). */
function randomText(seed: number): string {
  let x = seed;
  let s = '';
  const n = 1 + (seed % 60);
  for (let i = 0; i < n; i++) {
    x = (x * 1103515245 + 12345) % 2147483648;
    s += ALPHABET[x % ALPHABET.length];
  }
  return s;
}

test('stems equals the regex definition on 20,000 random texts and on real titles', () => {
  const titles = [
    'Мероприятие 12: организация методического сопровождения учителей-предметников школы № 7',
    'Проведение ЁЛОЧНОГО праздника для 5–6 классов (МБОУ «СШ № 21»)',
    'Участие в вебинаре Kelvin \u212a и İstanbul',
    '',
  ];
  for (const t of titles) expect(stems(t)).toEqual(stemsByRegex(t));
  for (let seed = 1; seed <= 20000; seed++) {
    const t = randomText(seed);
    expect(stems(t)).toEqual(stemsByRegex(t));
  }
});

test('titleFacts, read in one pass, equals the facts of the stem list on 20,000 random texts and on real titles', () => {
  const framing = framingStems(['организаци', 'проведен', 'для', 'при']);
  const texts = ['Организация проведения для для 5 5 12 классов', 'Мероприятие 12: организация методического сопровождения учителей № 7', 'İ 1 2 3', ''];
  for (let seed = 1; seed <= 20000; seed++) texts.push(randomText(seed) + (seed % 3 === 0 ? ' организация 17 при 4 17' : ''));
  texts.push(Array.from({ length: 90 }, (_, i) => `слово${i % 30} ${i}`).join(' ')); // more than 64 stems: the list way
  // Around 64 stems (the list way past it), and titles as the bench writes them, with the two
  // characters only the regex way folds at their start, inside and at their end.
  for (const n of [31, 32, 33, 63, 64, 65, 129]) texts.push(Array.from({ length: n }, (_, i) => `Слово${i % 7}ё ${i % 3 ? '' : i}`).join(' '));
  for (let i = 0; i < 2000; i++) {
    const t = `Мероприятие ${i + 1}: организация методического сопровождения учителей-предметников школы № ${i % 50}`;
    texts.push(t, `İ${t}`, `${t} \u212a`, t.replace(' ', i % 2 ? 'İ' : '\u212a'), t.toUpperCase(), t.replace(/е/g, 'ё'));
  }
  // Titles of a few words and numbers, repeated in any order and case: stems met again, and stems
  // whose hashes share their low bits.
  const words = ['Организация', 'проведения', 'школ', 'школы', 'ШКОЛА', 'учителей', 'для', '5', '05', '17', 'ёлка', 'ЕЛКА', 'при', 'abc', 'ABCDEF'];
  for (let seed = 1; seed <= 5000; seed++) {
    let x = seed;
    const picked: string[] = [];
    for (let i = 0; i < 1 + (seed % 40); i++) {
      x = (x * 1103515245 + 12345) % 2147483648;
      picked.push(words[x % words.length]);
    }
    texts.push(picked.join(seed % 2 ? ' ' : ', '));
  }
  for (const t of texts) expect(titleFacts(t, framing)).toEqual(stemFacts(stems(t), framing));
  // A number in the framing list (the duplicate check has none) counts as framing there too.
  const withNumber = framingStems(['для', '17']);
  for (const t of texts) expect(titleFacts(t, withNumber)).toEqual(stemFacts(stems(t), withNumber));
});

test('the numbers hash does not depend on their order and tells apart the numbers of 10,000 titles', () => {
  const framing = framingStems([]);
  expect(titleFacts('школа 5, класс 7', framing).numbersHash).toBe(titleFacts('класс 7 7, школа 5', framing).numbersHash);
  const hashes = new Set<number>();
  for (let i = 0; i < 10000; i++) hashes.add(titleFacts(`Мероприятие ${i + 1}: школы № ${i % 50}`, framing).numbersHash);
  expect(hashes.size).toBe(10000);
});
