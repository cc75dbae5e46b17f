import fc from 'fast-check';
import {
  WORD_END,
  WORD_START,
  foldCompact,
  foldForMatch,
  initials,
  isBlank,
  isSubsequence,
  lowerYo,
  monthFromWord,
  normaliseDashes,
  normaliseLines,
  normaliseSpaces,
  parseDecimal,
  stripHtml,
  stripQuotes,
  topLevelMask,
  wordNumber,
} from '../../../src/domain/core/text';

describe('spaces and lines', () => {
  test('normaliseSpaces collapses every kind of space and line break', () => {
    expect(normaliseSpaces('  Проведено\u00a0не менее 5\n\nсовещаний\t ')).toBe('Проведено не менее 5 совещаний');
    expect(normaliseSpaces('a\u202fb\u200bc\r\nd')).toBe('a b c d');
    expect(normaliseSpaces('')).toBe('');
    expect(normaliseSpaces(null as unknown as string)).toBe('');
  });
  test('normaliseLines keeps lines, trims them and drops empty ones', () => {
    expect(normaliseLines(' МОЦ,  \r\n\r\n  СОИРО ')).toBe('МОЦ,\nСОИРО');
  });
  test('isBlank', () => {
    expect(isBlank('')).toBe(true);
    expect(isBlank(' \n\u00a0')).toBe(true);
    expect(isBlank(null)).toBe(true);
    expect(isBlank('x')).toBe(false);
  });
});

describe('folding for comparison', () => {
  test('foldForMatch: lower case, ё→е, no quotes, one dash, single spaces', () => {
    expect(foldForMatch('МБОУ «СШ № 21 им. Н.И. Рыленкова»')).toBe('мбоу сш № 21 им. н.и. рыленкова');
    expect(foldForMatch('Учёт  "ЁЛКИ"\nи “палки” – „тест“')).toBe('учет елки и палки - тест');
    expect(foldForMatch('Выполнено')).toBe(foldForMatch(' выполнено '));
  });
  test('foldCompact keeps only letters and digits', () => {
    expect(foldCompact('СШ №21')).toBe(foldCompact('СШ № 21'));
    expect(foldCompact('им. А.М. Городнянского')).toBe('имамгороднянского');
  });
  test('dashes and quotes', () => {
    expect(normaliseDashes('Март – декабрь — 2022 − 1 ‑ 2')).toBe('Март - декабрь - 2022 - 1 - 2');
    expect(stripQuotes('«Школа "Интеллект"»')).toBe('Школа Интеллект');
    expect(lowerYo('ЁЖ')).toBe('еж');
  });
});

describe('folding in one scan gives what the five passes give', () => {
  const fiveTimes = (t: string) => normaliseSpaces(normaliseDashes(stripQuotes(t).toLowerCase().replace(/ё/g, 'е')));
  test.each([
    ['ΑΣ»Α'], // a quote stops the final-sigma rule: it must go before toLowerCase
    ['\ud801"\udc00'], // a quote between two halves of a surrogate pair joins them
    [' « a  –\u00a0Ё » '],
    ['İ'],
    ['a \u200b b'],
  ])('%j', (t) => {
    expect(foldForMatch(t)).toBe(fiveTimes(t));
    expect(foldCompact(t)).toBe(fiveTimes(t).replace(/[^\p{L}\p{N}]+/gu, ''));
  });
  test('every BMP code unit on its own', () => {
    for (let c = 0; c < 0x10000; c++) {
      const t = `Ab${String.fromCharCode(c)} `;
      if (foldForMatch(t) !== fiveTimes(t)) throw new Error(`foldForMatch differs at U+${c.toString(16)}`);
      if (foldCompact(t) !== fiveTimes(t).replace(/[^\p{L}\p{N}]+/gu, '')) throw new Error(`foldCompact differs at U+${c.toString(16)}`);
    }
  });
});

describe('stripHtml', () => {
  test('tags out, block tags as line breaks, entities decoded', () => {
    expect(stripHtml('<p>Не менее 60%</p><ul><li>раз</li><li>два</li></ul>')).toBe('Не менее 60%\n\nраз\n\nдва\n');
    expect(stripHtml('a&nbsp;&laquo;b&raquo; &amp; &#8470; &#x2116;')).toBe('a «b» & № №');
    expect(stripHtml('5 < 6 и 7 > 3')).toBe('5 < 6 и 7 > 3');
    expect(stripHtml('&bogus; &#0;')).toBe('&bogus; &#0;');
  });
});

describe('numbers and months', () => {
  test('parseDecimal', () => {
    expect(parseDecimal('12,5')).toBe(12.5);
    expect(parseDecimal(' 12.5 ')).toBe(12.5);
    expect(parseDecimal('100')).toBe(100);
    expect(parseDecimal('1 000')).toBeNull();
    expect(parseDecimal('12,5%')).toBeNull();
    expect(parseDecimal('')).toBeNull();
  });
  test.each<[string, number | null]>([
    ['один', 1],
    ['одной', 1],
    ['двух', 2],
    ['две', 2],
    ['трёх', 3],
    ['четырьмя', 4],
    ['пяти', 5],
    ['десяти', 10],
    ['сто', null],
    ['', null],
  ])('wordNumber(%s) = %p', (w, n) => {
    expect(wordNumber(w)).toBe(n);
  });
  test.each<[string, number | null]>([
    ['январь', 1],
    ['февраля', 2],
    ['март', 3],
    ['марта', 3],
    ['марте', 3],
    ['май', 5],
    ['мая', 5],
    ['июнь', 6],
    ['июля', 7],
    ['августа', 8],
    ['сент.', 9],
    ['Октябрь', 10],
    ['ноября', 11],
    ['дек', 12],
    ['марка', null],
    ['мартен', null],
    ['майка', null],
    ['', null],
  ])('monthFromWord(%s) = %p', (w, n) => {
    expect(monthFromWord(w)).toBe(n);
  });
});

describe('word boundaries for Russian', () => {
  test('WORD_START / WORD_END work where \\b does not', () => {
    const re = new RegExp(`${WORD_START}год${WORD_END}`, 'u');
    expect(re.test('в течение год')).toBe(true);
    expect(re.test('города')).toBe(false);
    expect(/\bгод\b/.test('города')).toBe(false);
  });
});

describe('topLevelMask', () => {
  const outside = (s: string, opts?: { parens?: boolean }) => {
    const m = topLevelMask(s, opts);
    return [...s].filter((_, i) => m[i]).join('');
  };
  test('quoted spans are inside, nested quotes too', () => {
    expect(outside('МБОУ «СШ № 21, им. Н.И.» и ОО')).toBe('МБОУ  и ОО');
    expect(outside('«Реализация проекта «500+»», далее')).toBe(', далее');
    expect(outside('МБОУ "Средняя школа, №21" ОО')).toBe('МБОУ  ОО');
    expect(outside('„Тест, тест“ ОО')).toBe(' ОО');
  });
  test('parentheses only on request', () => {
    expect(outside('ОЦПРМСО (руководитель, Левина), МО', { parens: true })).toBe('ОЦПРМСО , МО');
    expect(outside('ОЦПРМСО (руководитель, Левина), МО')).toBe('ОЦПРМСО (руководитель, Левина), МО');
  });
  test('an unclosed quote ends where a new prefixed name starts', () => {
    expect(outside('МБОУ «Гимназия № 1 им. Н.М., МБОУ «СШ № 40»')).toBe('МБОУ , МБОУ ');
  });
  test('a stray closing quote does nothing', () => {
    expect(outside('a» b')).toBe('a» b');
  });
});

describe('initials and subsequences', () => {
  test('initials', () => {
    expect(initials('Управление образования и молодежной политики')).toBe('уоимп');
    expect(initials('школа/организация-лидер')).toBe('шол');
    expect(initials('')).toBe('');
  });
  test('isSubsequence', () => {
    expect(isSubsequence('уоимп', 'уоимпагс')).toBe(true);
    expect(isSubsequence('мо', 'мдц')).toBe(false);
    expect(isSubsequence('', 'x')).toBe(true);
  });
});

describe('text helpers never throw', () => {
  test('on random text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (s) => {
        const n = normaliseSpaces(s);
        expect(n).toBe(n.trim());
        expect(n).not.toMatch(/\s\s/);
        expect(foldForMatch(foldForMatch(s))).toBe(foldForMatch(s));
        expect(foldCompact(s)).toMatch(/^[\p{L}\p{N}]*$/u);
        expect(topLevelMask(s)).toHaveLength(s.length);
        stripHtml(s);
        normaliseLines(s);
        parseDecimal(s);
        wordNumber(s);
        monthFromWord(s);
        initials(s);
      }),
      { numRuns: 400 },
    );
  });
});
