/**
 * splitResponsible reads a plain «(далее – X)» as the space replaceDalee leaves, in one pass over
 * the cell, and falls back to the joined text wherever a reading near it could differ.
 * parseResponsible keeps the joined reading: its entries are the reference (they are the same
 * entries, its definitions only add the abbreviations' «(X)» cut, which needs a «(» left).
 */
import { isCollapsedSpace } from '../../../src/domain/core/letters';
import { foldForMatch } from '../../../src/domain/core/text';
import {
  abbreviationExpander,
  collectDefinitions,
  expandAbbreviation,
  extractDefinitions,
  KNOWN_BODIES,
  parseResponsible,
  splitResponsible,
  tableDirectoryOf,
  type Definition,
} from '../../../src/domain/parse/responsible';
import { foldsLongerThan } from '../../../src/domain/parse/responsible/fold';

describe('splitResponsible: a definition read as one space', () => {
  test.each<[string, string[]]>([
    [
      'Отдел 4 методической работы управления образования (далее – О4), О3, УОиМП, ОЦПРМСО, МБОУ «СШ № 5 им. Н.И. Рыленкова»',
      ['Отдел 4 методической работы управления образования', 'О3', 'УОиМП', 'ОЦПРМСО', 'МБОУ «СШ № 5 им. Н.И. Рыленкова»'],
    ],
    // « и » around the space: two bare abbreviations, split.
    ['УО (далее – У1) и МО', ['УО', 'МО']],
    ['МО и (далее – М1) УО', ['МО', 'УО']],
    ['центр и(далее – Ц) и МО', ['центр и и МО']],
    ['МО и(далее – М1)УО', ['МО', 'УО']],
    ['УО(далее – У1)и МО', ['УО', 'МО']],
    // A colon before the space cuts; a dot before it is left to the joined text.
    ['Отдел:(далее – О1) Петрова И.И.', ['Отдел', 'Петрова И.И.']],
    ['Отдел. (далее – О1) Петрова И.И.', ['Отдел. Петрова И.И.']],
    ['Левина О.(далее – ЛО) Петрова И.И.', ['Левина О. Петрова И.И.']],
    // A dot after the space, the surname before it: isSentenceEnd reads the joined text.
    ['Левина (далее – Л)О. Петрова И.И.', ['Левина О.', 'Петрова И.И.']],
    // Inside a quote; a dash after a closing quote; a «"» right after.
    ['МБОУ «СШ № 1 (далее – Ш1)», УО', ['МБОУ «СШ № 1 »', 'УО']],
    // Inside a quote, a comma before: the joined «, МБОУ «» starts a new name.
    ['центр «Лидер, (далее – Л) МБОУ «СШ № 1», УО', ['центр «Лидер', 'МБОУ «СШ № 1»', 'УО']],
    ['МБОУ «СШ № 1» (далее – Ш1) - МБОУ «Гимназия № 2»', ['МБОУ «СШ № 1»', 'МБОУ «Гимназия № 2»']],
    ['МБОУ «СШ № 1» (далее – Ш1), МБОУ «Гимназия № 2»', ['МБОУ «СШ № 1»', 'МБОУ «Гимназия № 2»']],
    ['отдел (далее – О1)"Лидер", УО', ['отдел "Лидер"', 'УО']],
    ['отдел (далее – О1)"Лидер, центр", УО', ['отдел "Лидер, центр"', 'УО']],
    // Two in a row, spaces after, a sentence end and a line break after, «совместно с».
    ['отдел (далее – О1)(далее – О2), УО', ['отдел', 'УО']],
    ['отдел (далее – О1)  , УО', ['отдел', 'УО']],
    ['отдел (далее – О1) Левина О.А. Петрова И.И.', ['отдел Левина О.А.', 'Петрова И.И.']],
    ['отдел (далее – О1)\nмо', ['отдел мо']],
    // isWrappedLine reads the joined line before the break: «МБОУ» wraps, «…)» would not.
    ['МБОУ (далее – М)\nСШ № 1', ['МБОУ СШ № 1']],
    ['(далее – О1)\nмо, УО', ['мо', 'УО']],
    ['отдел\n(далее – О1), УО', ['отдел', 'УО']],
    ['отдел (далее – О1) совместно с УО', ['отдел', 'УО']],
    // At the start, several, another «(», markup after.
    ['(далее – О1), УО', ['УО']],
    ['отдел (далее – О1), центр (далее – Ц1), УО (далее – У)', ['отдел', 'центр', 'УО']],
    ['отдел (далее – О1), центр (МО), УО', ['отдел', 'центр (МО)', 'УО']],
    ['отдел (далее – О1), <b>УО</b>', ['отдел', 'УО']],
  ])('%j', (cell, entries) => {
    expect(splitResponsible(cell)).toEqual(entries);
    expect(parseResponsible(cell).entries).toEqual(entries);
  });
});

/** A deterministic generator of cells around definitions: the characters each guard looks at. */
function generatedCells(count: number): string[] {
  let seed = 17;
  const rnd = () => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed / 0x7fffffff;
  };
  const pick = (a: string[]) => a[Math.floor(rnd() * a.length)];
  const regions = [
    '(далее – МО)',
    '(далее - О1)',
    '(далее —УО)',
    '(ДАЛЕЕ:МО)',
    '( далее  –  ШНОР )',
    '(далее – МБОУ «СШ»)',
    '(далее по тексту – Ц)',
    '(далее – )',
  ];
  const near = [' ', '  ', '', ',', ', ', ';', ':', ': ', '.', ' .', ' и', ' и ', 'и', '»', '» ', '"', '" ', '”', ' - ', '-', '–', '\n', ' \n', '\r\n', '«'];
  const words = [
    '(',
    ')',
    '(МО)',
    'с',
    'ст',
    'Левина О.А.',
    'Левина О. ',
    'А. Б.',
    'МБОУ «СШ № 5»',
    '\u00a0',
    'МО',
    'О3',
    'ОУ',
    'им.',
    'при участии',
    'совместно с',
    'Ответственный',
    'директор',
    '&amp;',
    'Ёлкин',
  ];
  const cells: string[] = [];
  for (let i = 0; i < count; i++) {
    let t = '';
    const parts = 1 + Math.floor(rnd() * 3);
    for (let p = 0; p <= parts; p++) {
      const n = Math.floor(rnd() * 4);
      for (let j = 0; j < n; j++) t += pick(rnd() < 0.7 ? near : words);
      if (p < parts) t += pick(regions);
    }
    cells.push(t);
  }
  return cells;
}

test('splitResponsible gives the joined reading’s entries on generated cells', () => {
  const differ = generatedCells(20000).filter((cell) => JSON.stringify(splitResponsible(cell)) !== JSON.stringify(parseResponsible(cell).entries));
  expect(differ).toEqual([]);
});

describe('foldsLongerThan: the plain characters it counts at once are the ones it counted before', () => {
  // The reference: a character is kept unless it is a quote stripQuotes removes or a collapsed space.
  const quote = (c: number) => c === 0x22 || c === 0x27 || c === 0x60 || c === 0xab || c === 0xbb || (c >= 0x2018 && c <= 0x201f);
  test('every code unit', () => {
    const differ: number[] = [];
    for (let c = 0; c <= 0xffff; c++) {
      const kept = !quote(c) && !isCollapsedSpace(c);
      const s = String.fromCharCode(c);
      if (foldsLongerThan(s, 0) !== kept || foldsLongerThan(`${s}${s}`, 1) !== kept) differ.push(c);
    }
    expect(differ).toEqual([]);
  });
});

describe('tableDirectory’s pieces: definitions collected with their folded keys', () => {
  const texts = [
    'Отдел 4 методической работы управления образования (далее – О4), О3, УОиМП',
    'методический отдел (далее – МО) и центр (далее по тексту – ЦЕНТР); отдел (далее – мо)',
    'Ёлкин центр (далее – ЁЦ), елкин центр (далее – ЕЦ)',
    'УО – управление образования;\nМО – методический отдел',
    'центр поддержки развития муниципальной системы образования (ОЦПРМСО), «центр» (далее – «Ц»)',
    'отдел (далее – )',
    '',
  ];
  const definitions: Definition[] = [];
  const keys: string[] = [];
  for (const t of texts) collectDefinitions(t, definitions, keys);

  test('collectDefinitions appends what extractDefinitions gives, and foldForMatch of each abbreviation', () => {
    expect(definitions).toEqual(texts.flatMap((t) => extractDefinitions(t)));
    expect(keys).toEqual(definitions.map((d) => foldForMatch(d.abbr)));
  });

  test('tableDirectoryOf with the keys: the user’s entries, the first definition of each abbreviation, the built-in list; the same expansions', () => {
    const user = [
      { abbr: 'мо', full: 'мой отдел' },
      { abbr: '', full: 'пусто' },
      { abbr: 'УО', full: 'управление' },
    ];
    const withKeys = tableDirectoryOf(user, definitions, keys);
    expect(withKeys).toEqual(tableDirectoryOf(user, definitions));
    // The first definition of each folded abbreviation, whether the user's entries have it or not.
    const unique = definitions.filter((_, i) => keys.indexOf(keys[i]) === i);
    expect(withKeys.entries).toEqual([...user, ...unique, ...KNOWN_BODIES]);
    // A fresh copy is indexed lazily by expandAbbreviation: the index built along the way agrees.
    const fresh = { entries: [...withKeys.entries] };
    for (const name of ['мо', 'МО', 'УО', 'ЦЕНТР', 'ёц', 'ЕЦ', 'Ц', 'О4', 'ОЦПРМСО', 'ГАУ ДПО СОИРО', 'нет']) {
      expect(abbreviationExpander(withKeys)(name)).toBe(expandAbbreviation(name, fresh));
    }
  });
});
