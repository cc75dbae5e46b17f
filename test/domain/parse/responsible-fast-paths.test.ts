/**
 * The fast paths of the responsible parser (one-scan folds, pattern prefilters, in-place
 * deduplication, the directory's length bound) give what the general code gives, on the cases
 * where they are easiest to get wrong.
 */
import { abbreviationExpander, expandAbbreviation, extractDefinitions, splitResponsible } from '../../../src/domain/parse/responsible';
import { initialsOf, sameCompact, tidySpaces } from '../../../src/domain/parse/responsible/fold';
import { topLevelFlags } from '../../../src/domain/parse/responsible/scan';
import { foldCompact, initials, normaliseSpaces, topLevelMask } from '../../../src/domain/core/text';

describe('splitResponsible: prefilters accept every form the patterns do', () => {
  test.each<[string, string[]]>([
    // /iu matches «ᲃ» (an old form of с) for «с»: the «совместно» prefilter must let it through.
    ['УОиМП ᲃовместно с ОЦПРМСО', ['УОиМП', 'ОЦПРМСО']],
    ['УОиМП СОВМЕСТНО С ОЦПРМСО', ['УОиМП', 'ОЦПРМСО']],
    // …and «ᲂ» for «о» in a label word.
    ['ᲂтветственный, УО', ['УО']],
  ])('%s', (cell, entries) => {
    expect(splitResponsible(cell)).toEqual(entries);
  });
});

describe('splitResponsible: spaces and repeats', () => {
  test.each<[string, string[]]>([
    // The «(далее – О1)» cut leaves a double space at the end of its piece.
    ['Отдел 1 методической работы (далее – О1),  О0 , МБОУ «СШ № 2»', ['Отдел 1 методической работы', 'О0', 'МБОУ «СШ № 2»']],
    ['МБОУ «СШ № 1»\u00a0, МБОУ\tСШ № 1', ['МБОУ «СШ № 1»']],
    ['ОЦПРМСО, оцпрмсо, «ОЦПРМСО»', ['ОЦПРМСО']],
    ['Ёлкин центр, елкин  центр, ЕЛКИН ЦЕНТР', ['Ёлкин центр']],
    // A letter the in-place comparison does not know: compared by key.
    ['Café, CAFÉ', ['Café']],
    ['✓ УО; ✓ УО', ['УО']],
    ['ОЦПРМСО и МО, ОЦПРМСО', ['ОЦПРМСО', 'МО']],
    ['Иванова И.И., директор МБОУ «СШ № 9»', ['Иванова И.И., директор МБОУ «СШ № 9»']],
  ])('%s', (cell, entries) => {
    expect(splitResponsible(cell)).toEqual(entries);
  });
});

describe('expandAbbreviation: the first entry of a folded abbreviation wins, however the name is written', () => {
  const dir = {
    entries: [
      { abbr: 'оцпрмсо', full: 'A' },
      { abbr: 'ОЦПРМСО', full: 'B' },
      { abbr: 'İ', full: 'dotted' },
    ],
  };
  const expand = abbreviationExpander(dir);
  test.each<[string, string]>([
    ['ОЦПРМСО', 'A'],
    ['оцпрмсо', 'A'],
    ['«ОЦПРМСО»', 'A'],
    [' ОЦПРМСО ', 'A'],
    ['ОЦПРМСО ЦЕНТР', 'ОЦПРМСО ЦЕНТР'],
    // İ lower-cases to two characters: the length bound must not cut it off.
    ['i̇', 'dotted'],
    ['İ', 'dotted'],
    ['«»', '«»'],
  ])('%s', (name, full) => {
    expect(expandAbbreviation(name, dir)).toBe(full);
    expect(expand(name)).toBe(full);
  });

  test('an expander follows a directory whose entries change', () => {
    const d = { entries: [{ abbr: 'УО', full: 'управление' }] };
    const ex = abbreviationExpander(d);
    expect(ex('МО')).toBe('МО');
    d.entries = [...d.entries, { abbr: 'МО', full: 'методический отдел' }];
    expect(ex('МО')).toBe('методический отдел');
  });
});

describe('extractDefinitions', () => {
  test.each<[string, { abbr: string; full: string }[]]>([
    ['Отдел 3 методической работы  управления (далее – О3)', [{ abbr: 'О3', full: 'Отдел 3 методической работы управления' }]],
    [
      'УО – управление образования;\nШНОР – школы с низкими образовательными результатами',
      [
        { abbr: 'УО', full: 'управление образования' },
        { abbr: 'ШНОР', full: 'школы с низкими образовательными результатами' },
      ],
    ],
    ['  - ГМО — городское методическое объединение.', [{ abbr: 'ГМО', full: 'городское методическое объединение' }]],
    [
      'центр поддержки и развития муниципальной системы образования ( ЦПРМСО )',
      [{ abbr: 'ЦПРМСО', full: 'центр поддержки и развития муниципальной системы образования' }],
    ],
  ])('%s', (text, definitions) => {
    expect(extractDefinitions(text)).toEqual(definitions);
  });
});

describe('local scanners equal the core helpers', () => {
  const texts = [
    '',
    ' ',
    '«»',
    'ОЦПРМСО',
    '  МБОУ  «СШ № 21 им. Н.И. Рыленкова» ',
    'Ёлка – ёж — Ель‐ели−',
    'İstanbul ǅ ß ﬁ',
    'a\u00a0b\u2009c\u200bd\u180e',
    '„Лидер“ и “Leader” and "quoted" ‹x›',
    'Café, CAFÉ, Ѐ ѐ Ђ',
    'МБОУ «Гимназия № 1 им. Н.М., МБОУ «СШ № 40»',
    '\tУО;\nМО:  ШНОР (ОЦ) "x"',
  ];
  test.each(texts)('%j', (t) => {
    for (const u of [`«${t}»`, `${t}x`, t.toUpperCase()]) expect(sameCompact(t, u)).toBe(foldCompact(t) === foldCompact(u));
    expect(tidySpaces(t)).toBe(normaliseSpaces(t));
    expect(initialsOf(t)).toBe(initials(t));
    for (const parens of [false, true]) expect(topLevelFlags(t, parens)).toEqual(topLevelMask(t, { parens }));
  });
});
