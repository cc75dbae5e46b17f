/** startsUpper and startsAsContinuation, read by hand, equal their regex definitions. */
import { startsAsContinuation, startsUpper } from '../../../src/domain/table/sniff';

function upperByRegex(text: string): boolean {
  const m = /^[\s«"“„'([]*(\S)/.exec(text.length > 40 ? text.slice(0, 40) : text);
  if (!m) return false;
  const c = m[1];
  if (/[0-9]/.test(c)) return true;
  return c !== c.toLowerCase() && c === c.toUpperCase();
}

function continuationByRegex(text: string): boolean {
  const m = /^\s*(\S)/.exec(text.length > 40 ? text.slice(0, 40) : text);
  if (!m) return false;
  const c = m[1];
  if (/[-–—•·▪●✓,;:.)»]/.test(c)) return true;
  return c !== c.toUpperCase() && c === c.toLowerCase();
}

test('on every BMP code unit, alone and after spaces and openers', () => {
  const differing: string[] = [];
  for (let code = 0; code <= 0xffff; code++) {
    const c = String.fromCharCode(code);
    for (const t of [c, ` ${c}x`, `«(${c}`, `\u00a0\u3000${c}`]) {
      if (startsUpper(t) !== upperByRegex(t) || startsAsContinuation(t) !== continuationByRegex(t)) differing.push(t);
    }
  }
  expect(differing).toEqual([]);
});

test('at the 40-character bound and on texts of openers only', () => {
  const texts = ['', ' ', '«', '«»', '(«', ' '.repeat(39) + 'А', ' '.repeat(40) + 'А', '«'.repeat(39) + 'а', '«'.repeat(40) + 'А', '\ud83d\ude00 Смайлик'];
  for (const t of texts) {
    expect([t, startsUpper(t)]).toEqual([t, upperByRegex(t)]);
    expect([t, startsAsContinuation(t)]).toEqual([t, continuationByRegex(t)]);
  }
});
