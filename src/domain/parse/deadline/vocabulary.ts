/**
 * The words of the grammar: months, weekdays, ordinals, Roman numerals, year words, units
 * (half-year, quarter, school quarter), seasons and school holidays, parts of a stretch,
 * recurrence nouns and counts. Everything here reads one normalised word (lower case, ё → е).
 */
import type { RecurrenceUnit } from '../../core/types';
import type { ModKind } from './model';

/** Most words a per-word table keeps before it starts afresh (cells share a small vocabulary). */
const MAX_KNOWN_WORDS = 4096;

/**
 * Each reader below tries a word against several patterns; the same few hundred words come back in
 * cell after cell, so the answer is kept per word (a bounded table, emptied when full).
 */
export function perWord<T>(read: (w: string) => T): (w: string) => T {
  const known = new Map<string, T>();
  return (w) => {
    const v = known.get(w);
    if (v !== undefined || known.has(w)) return v as T;
    if (known.size >= MAX_KNOWN_WORDS) known.clear();
    const r = read(w);
    known.set(w, r);
    return r;
  };
}

// Case endings only (a bare stem would read the surname «Мартынова» as March); adjectives too
// («августовское совещание»).
const SOFT = '(ь|я|е|ю|ем)';
const HARD = '(|а|е|у|ом)';
const ADJ = '(ий|ая|ое|ие|их|ого|ой|ому|ом|ую|ими|им)';
const MONTH_STEMS: [RegExp, number][] = [
  [new RegExp(`^(январ${SOFT}|январск${ADJ}|янв)$`), 1],
  [new RegExp(`^(феврал${SOFT}|февральск${ADJ}|фев|февр)$`), 2],
  [new RegExp(`^(март${HARD}|мартовск${ADJ}|мар)$`), 3],
  [new RegExp(`^(апрел${SOFT}|апрельск${ADJ}|апр)$`), 4],
  [new RegExp(`^(май|мая|мае|маю|маем|майск${ADJ})$`), 5],
  [new RegExp(`^(июн${SOFT}|июньск${ADJ}|июн)$`), 6],
  [new RegExp(`^(июл${SOFT}|июльск${ADJ}|июл)$`), 7],
  [new RegExp(`^(август${HARD}|августовск${ADJ}|авг)$`), 8],
  [new RegExp(`^(сентябр${SOFT}|сентябрьск${ADJ}|сен|сент)$`), 9],
  [new RegExp(`^(октябр${SOFT}|октябрьск${ADJ}|окт)$`), 10],
  [new RegExp(`^(ноябр${SOFT}|ноябрьск${ADJ}|ноя|нояб)$`), 11],
  [new RegExp(`^(декабр${SOFT}|декабрьск${ADJ}|дек)$`), 12],
];

export const monthOfWord = perWord((w: string): number | null => {
  for (const [re, m] of MONTH_STEMS) if (re.test(w)) return m;
  return null;
});

const WEEKDAYS: [RegExp, number][] = [
  [/^понедельник(а|ам|и|ом)?$/, 1],
  [/^вторник(а|ам|и|ом)?$/, 2],
  [/^сред(а|у|ам)$/, 3], // not «среды», «среде», «средой»: mostly «образовательная среда»
  [/^четверг(а|ам|и|ом)?$/, 4],
  [/^пятниц(а|у|ам|ы|е|ей)$/, 5],
  [/^суббот(а|у|ам|ы|е|ой)$/, 6],
  [/^воскресень(е|ям|я|ем)$/, 7],
];

export const weekdayOfWord = perWord((w: string): number | null => {
  for (const [re, n] of WEEKDAYS) if (re.test(w)) return n;
  return null;
});

/** Ordinal words: первый… пятый (any gender and case), последний = -1. Not «вторник», «четверть». */
export const ordinalWord = perWord((w: string): number | null => {
  if (/^перв(ый|ая|ое|ом|ой|ого|ую|ые|ых)$/.test(w)) return 1;
  if (/^втор(ой|ая|ое|ом|ого|ую|ые|ых)$/.test(w)) return 2;
  if (/^трет(ий|ья|ье|ьем|ьей|ьего|ью|ьи|ьих)$/.test(w)) return 3;
  if (/^четверт(ый|ая|ое|ом|ой|ого|ую|ые|ых)$/.test(w)) return 4;
  if (/^пят(ый|ая|ое|ом|ой|ого|ую)$/.test(w)) return 5;
  if (/^последн[а-я]*$/.test(w)) return -1;
  return null;
});

export const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };

const YEAR_WORDS = new Set(['г', 'гг', 'год', 'года', 'году', 'годом', 'годы', 'годов', 'годам', 'годах']);
/** «г», «года», «гг» … after a year. */
export const isYearWord = (w: string): boolean => YEAR_WORDS.has(w);

/** Stretches counted by ordinals: «I полугодие», «IV квартал», «II четверть». */
export type Unit = 'halfyear' | 'quarter' | 'squarter';
export const unitOfWord = perWord((w: string): Unit | null => {
  if (/^полугод[а-я]*$/.test(w)) return 'halfyear';
  if (/^(квартал[а-я]*|кв)$/.test(w)) return 'quarter';
  if (/^четверт(ь|и|ью|ям|ях|ями)$/.test(w)) return 'squarter';
  return null;
});

const SEASON_ADJ = '(ий|яя|ее|ие|их|ем|юю|его|ей|им|ими)';
/** Season words and their months (first, last; winter's last month 14 = February of the next year). */
export const SEASONS: [RegExp, number, number][] = [
  [new RegExp(`^(лет(о|ом|а|у)|летн${SEASON_ADJ})$`), 6, 8],
  [new RegExp(`^(осен(ь|и|ью)|осенн${SEASON_ADJ})$`), 9, 11],
  [new RegExp(`^(зим(а|ой|у|ы|е)|зимн${SEASON_ADJ})$`), 12, 14],
  [new RegExp(`^(весн(а|ой|у|ы|е)|весенн${SEASON_ADJ})$`), 3, 5],
];
/** The season entry a word names, or null. */
export const seasonOfWord = perWord((w: string): [RegExp, number, number] | null => SEASONS.find(([re]) => re.test(w)) ?? null);

/** Approximate school holidays by the season's first month: [month, day] start and end (end may wrap to the next year). */
export const HOLIDAYS: Record<number, [number, number, number, number]> = {
  9: [10, 28, 11, 6],
  12: [12, 29, 13, 8],
  3: [3, 24, 3, 31],
  6: [6, 1, 8, 31],
};

/** «начало / середина / конец» (and «по итогам», «окончание») before an atom. */
export const MOD_WORDS: [RegExp, ModKind][] = [
  [/^(начало|начале|начала|началу)$/, 'start'],
  [/^(середин[а-я]*)$/, 'mid'],
  [/^(конец|конце|конца|концу|окончани[а-я]*|завершени[а-я]*|итогам|итоги)$/, 'end'],
];

/** The modifier a word names («начале» → start), or null. */
export const modOfWord = perWord((w: string): ModKind | null => {
  for (const [re, kind] of MOD_WORDS) if (re.test(w)) return kind;
  return null;
});

/** The unit a noun names in «каждую неделю», «раз в квартал», «по итогам четверти». */
export const unitFromNoun = perWord((w: string): RecurrenceUnit | 'squarter' | null => {
  if (/^недел/.test(w)) return 'week';
  if (/^месяц/.test(w)) return 'month';
  if (/^(квартал|кв$)/.test(w)) return 'quarter';
  if (/^четверт(ь|и|ям|ях)$/.test(w)) return 'squarter';
  if (/^(полугоди|полгода)/.test(w)) return 'half-year';
  if (/^(год|года|году|годам)$/.test(w)) return 'year';
  return null;
});

export const COUNT_WORDS: Record<string, number> = { один: 1, одного: 1, два: 2, две: 2, двух: 2, три: 3, трех: 3, четыре: 4, дважды: 2, трижды: 3 };

/** A recurrence unit a word names; a school quarter is a quarter with the school quarters' dates. */
export type EveryUnit = RecurrenceUnit | 'squarter';

const EVERY_WORDS: [RegExp, EveryUnit][] = [
  [/^еженедел/, 'week'],
  [/^(ежемесяч|помесячн)/, 'month'],
  [/^(ежекварт|поквартальн)/, 'quarter'],
  [/^(ежечетверт|почетвертн)/, 'squarter'],
  [/^(ежеполугод|полугодов)/, 'half-year'],
  [/^ежегодн/, 'year'],
];

/** «ежемесячно», «поквартально» … → the unit. */
export const everyUnitOfWord = perWord((w: string): EveryUnit | null => {
  for (const [re, u] of EVERY_WORDS) if (re.test(w)) return u;
  return null;
});

/**
 * The words the recurrence matchers (recurrence/words.ts) start at, each matcher's own first test
 * and nothing more: «еже…» adverbs, «кажд…», «итогам / окончании / завершении», «раз(а)»,
 * «дважды / трижды». («по» before «неделям» … is read there.)
 */
const isRecurrenceHead = (w: string): boolean =>
  everyUnitOfWord(w) !== null ||
  w.startsWith('кажд') ||
  w === 'итогам' ||
  w === 'окончании' ||
  w === 'завершении' ||
  w === 'раз' ||
  w === 'раза' ||
  w === 'дважды' ||
  w === 'трижды';

const NUMBER_WORDS = new Set(['число', 'числа', 'числам', 'числах']);
/** /^числ(о|а|ам|ах)$/: «до 5 числа». */
export const isNumberWord = (w: string): boolean => w.charCodeAt(0) === 0x447 && NUMBER_WORDS.has(w); // «ч»

/** What the token readers ask of a word, read once per distinct word and carried by its token. */
export interface WordInfo {
  month: number | null;
  weekday: number | null;
  ordinal: number | null;
  unit: Unit | null;
  season: [RegExp, number, number] | null;
  /** ROMAN[w] as it is (a property look-up: undefined for most words) */
  roman: number | undefined;
  /**
   * A word atom can start here (atoms/: a month, an ordinal before a unit, a season, a year
   * phrase «год», «года», «году», «учебн…»): the matchers need not be tried at any other word.
   */
  atomStart: boolean;
  /** What the word is before an atom (prefixes.ts): «декад…», «половин…», or modOfWord. */
  modWord: ModKind | 'decade' | 'half' | null;
  /** A recurrence matcher starts at this word (isRecurrenceHead). */
  recurrenceHead: boolean;
  /** «число», «числа» … (isNumberWord): days of the month may be written before it. */
  numberWord: boolean;
}

export const wordInfo = perWord((w: string): WordInfo => {
  const month = monthOfWord(w);
  const ordinal = ordinalWord(w);
  const season = seasonOfWord(w);
  const roman = ROMAN[w];
  const yearPhrase = w === 'год' || w === 'года' || w === 'году' || w.startsWith('учебн');
  return {
    month,
    weekday: weekdayOfWord(w),
    ordinal,
    unit: unitOfWord(w),
    season,
    roman,
    atomStart: month !== null || (ordinal !== null && ordinal > 0) || !!season || roman !== undefined || yearPhrase,
    modWord: w.startsWith('декад') ? 'decade' : w.startsWith('половин') ? 'half' : modOfWord(w),
    recurrenceHead: isRecurrenceHead(w),
    numberWord: isNumberWord(w),
  };
});
