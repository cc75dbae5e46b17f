/** The number helpers of the row pass equal their regex definitions. */
import { bareNumber, isNumberedUnder } from '../../../src/domain/table/rows';

const byRegex = (s: string) =>
  s
    .replace(/^№\s*/, '')
    .replace(/\s/g, '')
    .replace(/[.)]+$/, '');

const ALPHABET = '0123456789..))№ \u00a0\t\n\u2003\u3000\ufeff\u200bа-';

function randomText(seed: number): string {
  let x = seed;
  let s = '';
  for (let i = 0, n = seed % 12; i < n; i++) {
    x = (x * 1103515245 + 12345) % 2147483648;
    s += ALPHABET[x % ALPHABET.length];
  }
  return s;
}

test('bareNumber equals the regex definition on real numbers and 30,000 random ones', () => {
  const texts = ['1.', '1.2.', '№ 3', '№3)', ' №1.', '2. 1', '10.)', '', '№', '.', '1.2.3...'];
  for (let seed = 1; seed <= 30000; seed++) texts.push(randomText(seed));
  for (const t of texts) expect(bareNumber(t)).toBe(byRegex(t));
});

test('isNumberedUnder is startsWith(parent + ".")', () => {
  const pairs: [string, string][] = [
    ['2.1', '2'],
    ['2', '2'],
    ['2.', '2'],
    ['21.1', '2'],
    ['2.1.3', '2.1'],
    ['3.1', '2'],
    ['', '2'],
  ];
  for (let seed = 1; seed <= 5000; seed++) pairs.push([randomText(seed), randomText(seed * 7 + 1)]);
  for (const [child, parent] of pairs) expect(isNumberedUnder(child, parent)).toBe(child.startsWith(parent + '.'));
});
