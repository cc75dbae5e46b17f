/** The duplicate check's one-pass stemmer gives what its regex definition gives. */
import { stems, stemsByRegex } from '../../../src/domain/checks/duplicates';

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
