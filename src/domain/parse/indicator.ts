/**
 * Indicators («показатель реализации») are free Russian text. This reads the target out of them:
 *
 *   «Не менее 60% учителей математики участвуют…»   → percent >= 60 of «учителей математики»
 *   «100% ОУ разместили…»                              → percent  = 100 of «ОУ»
 *   «Проведено не менее 5 совещаний»                   → count   >= 5 of «совещаний»
 *   «в 1 полугодии – не менее 40% мер; во 2 – 90%»     → half-year h1 40, h2 90
 *   «…увеличился с 66% до 78%»                         → change 66 → 78 «%»
 *
 * Decisions:
 * - «более», «больше», «свыше», «выше», «от», «≥», «>» map to ">=" (the target type has no ">";
 *   for whole-number counts and rounded percentages the difference does not matter in practice).
 * - «до N» reads as ">= N" («увеличилось до 69%», «охват – до 70%»), except after a decrease word
 *   («снижение … до 10%»), where it is an upper bound.
 * - Upper bounds («не более 10%») and relative changes («снижение на 15%») cannot be written as an
 *   IndicatorTarget: the indicator is then measurable (it names a number) with target null.
 * - `of` is the population measured, read from the words after the number: action nouns
 *   («участие», «охват», «выполнение»…) are skipped, and the phrase stops at a verb or a preposition.
 *   «100% участие» has no `of`; «100% участие школ» has of «школ».
 * - «все»/«всех» + noun («участие всех ОО») is percent = 100 when the text names no number.
 * - Words-as-numbers 1–10 are read after a qualifier: «не менее двух ОО» → count >= 2.
 */
import type { Indicator, IndicatorTarget } from '../core/types';
import { isDigit, isSpace, letterRunEnd, skipSpaces } from '../core/letters';
import {
  DE_O,
  O_DE,
  endsWithNotLess,
  mayEndWithQualifier,
  survey,
  letterAt,
  letterOrNumberUnit,
  noLetterBefore,
  numberSignBefore,
  ordinalAt,
  wordAfter,
  decimalValue,
  rangeAt,
  listMarkBefore,
} from './indicator-scan';
import { phraseAfter, subjectBefore, wordPhrase } from './indicator-phrase';
import { lowerYo, monthFromWord, normaliseDashes, normaliseSpaces, parseDecimal, stripHtml, topLevelMask, wordNumber } from '../core/text';

export function parseIndicator(text: string): Indicator {
  const original = typeof text === 'string' ? text : text === null || text === undefined ? '' : String(text);
  try {
    return analyse(original);
  } catch {
    return { text: original, measurable: false, target: null };
  }
}

/** The text as the parsers read it: no HTML, one line, plain dashes, «процентов» as "%". */
function prepare(text: string, plain: boolean): string {
  let t = text;
  if (!plain) {
    // Markdown emphasis some exports carry («с **66% до 78%**») goes too.
    t = normaliseDashes(stripHtml(t));
    if (t.includes('**') || t.includes('__')) t = t.replace(/\*\*|__/g, ' ');
    t = normaliseSpaces(t);
    if (t.includes('％')) t = t.replace(/％/g, '%');
  }
  // Each replacement below needs a word or a character the text rarely has: looked for first.
  if (t.includes('проц')) t = t.replace(/(\d)\s*(?:процент(?:ов|а|ы)?|проц\.)(?!\p{L})/gu, '$1%');
  // A leading list number («1.», «2)», «- 3.») is not a target.
  if (listStart(t.charCodeAt(0))) t = t.replace(/^(?:[-•·*]\s*)?\d{1,2}(?:\.\d{1,2})*[.)]\s+(?=\D)/u, '');
  return t;
}

/** `/^[-•·*\d]/`: a list number may lead the text. */
const listStart = (c: number): boolean => c === 45 || c === 0x2022 || c === 0xb7 || c === 42 || isDigit(c);

function analyse(original: string): Indicator {
  return quickIndicator(original) ?? wholeReading(original);
}

/** The whole reading, without the quick way (exported for the test of quickIndicator: it may throw). */
export function wholeReading(original: string): Indicator {
  const first = survey(original);
  const t = prepare(original, first.plain);
  const seen = t === original ? first : survey(t);
  if (t === '') return { text: original, measurable: false, target: null };

  // Half-year and change targets need «полугод» and «до»: not looked for in a text without «од», «до».
  const found = seen.found;
  const half = found & O_DE ? halfYear(t) : null;
  if (half) return { text: original, measurable: true, target: half };

  const change = found & DE_O ? changeTarget(t) : null;
  if (change) return { text: original, measurable: true, target: change };

  const candidate = firstCandidate(t, seen.firstMark);
  if (candidate) return { text: original, measurable: true, target: candidate.target };

  const all = allTarget(t);
  if (all) return { text: original, measurable: true, target: all };
  return { text: original, measurable: false, target: null };
}

/**
 * The commonest form the quick way: «Не менее 17 участников», «не менее 75% участие», «100% школ» —
 * an optional «Не менее »/«не менее », up to nine digits, an optional «%», one space and one word of
 * three or more letters а–я (no «ё», not «проц…», no «полугод») to the end; null for any other text,
 * and for a count whose word names a time or a month, or a four-digit count with no qualifier.
 * What the whole reading gives for these (test/domain/parse/indicator-quick.test.ts compares the
 * two): prepare and survey leave the text as it is, no half-year or change target (one number), the
 * number is the first candidate (nothing before it joins it, no word number before it) and its
 * phrase is the word (wordPhrase).
 */
function quickIndicator(t: string): Indicator | null {
  const n = t.length;
  let idx = 0;
  const c0 = t.charCodeAt(0);
  if ((c0 === 0x41d || c0 === 0x43d) && t.startsWith('е менее ', 1)) idx = 9;
  let end = idx;
  while (end < n && end - idx < 9 && isDigit(t.charCodeAt(end))) end++;
  if (end === idx) return null;
  const percent = t.charCodeAt(end) === 0x25;
  const wordStart = end + (percent ? 2 : 1);
  if (t.charCodeAt(wordStart - 1) !== 32 || n - wordStart < 3) return null;
  for (let i = wordStart; i < n; i++) {
    const c = t.charCodeAt(i);
    if (c < 0x430 || c > 0x44f) return null;
  }
  if (t.startsWith('проц', wordStart) || t.includes('полугод', wordStart)) return null;
  const op = qualifier(t, 0, idx);
  if (!percent && (timeOrMonthAt(t, wordStart, n) || (op === '=' && end - idx === 4))) return null;
  const value = decimalValue(t, idx, end)!;
  const target = makeTarget(percent ? 'percent' : 'count', op, value, wordPhrase(t.slice(wordStart), percent));
  return { text: t, measurable: true, target };
}

// ---------------------------------------------------------------------------------------------
// Half-year targets: «в 1 полугодии – не менее 40% мер; во 2 полугодии – не менее 90% мер».

const HALF_SUFFIX = String.raw`\s*(?:-?\s*(?:е|м|ом|го|ое|ого|ым|ой)(?!\p{L})\s*)?полугоди\p{L}*`;
const H1_RE = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:1|I|перв\p{L}*)` + HALF_SUFFIX, 'giu');
const H2_RE = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:2|II|втор\p{L}*)` + HALF_SUFFIX, 'giu');
// «по итогам года», «к концу учебного года», «за год» stand for the second half-year.
const YEAR_END_RE = /(?<!\p{L})(?:по\s+итогам|к\s+концу|на\s+конец|в\s+конце|за)\s+(?:(?:учебного|календарного|всего)\s+)?года?(?!\p{L})/giu;

interface Marker {
  half: 1 | 2;
  start: number;
  end: number;
  yearEnd: boolean;
}

const VALUE_RE = /(?<![\p{L}\p{N}.,])(\d+(?:[.,]\d+)?)(?![.,]?\d)(?!\s*-?\s*(?:е|м|ом|го|ое|ого)?\s*полугод)/gu;

/** Numbers of a clause that can be a half-year value: not years («2022 г.»), not dates. */
function clauseValues(clause: string): number[] {
  const out: number[] = [];
  for (const m of clause.matchAll(VALUE_RE)) {
    if (isYear(m[1]) && !/^\s*%/.test(clause.slice((m.index ?? 0) + m[0].length))) continue;
    const v = parseDecimal(m[1]);
    if (v !== null) out.push(v);
  }
  return out;
}

/** t.slice(a, b).split(/[,;]/)[0]: the text from `a` to the first «,» or «;» before `b`. */
function clauseAfter(t: string, a: number, b: number): string {
  for (let i = a; i < b; i++) {
    const c = t.charCodeAt(i);
    if (c === 0x2c || c === 0x3b) return t.slice(a, i);
  }
  return t.slice(a, b);
}

/** The last part of t.slice(a, b).split(/[,;:]/): the text after the last «,», «;» or «:» before `b`. */
function clauseBefore(t: string, a: number, b: number): string {
  for (let i = b - 1; i >= a; i--) {
    const c = t.charCodeAt(i);
    if (c === 0x2c || c === 0x3b || c === 0x3a) return t.slice(i + 1, b);
  }
  return t.slice(a, b);
}

function halfYear(t: string): IndicatorTarget | null {
  if (!/полугод/i.test(t)) return null;
  const markers: Marker[] = [];
  for (const m of t.matchAll(H1_RE)) markers.push({ half: 1, start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, yearEnd: false });
  for (const m of t.matchAll(H2_RE)) markers.push({ half: 2, start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, yearEnd: false });
  for (const m of t.matchAll(YEAR_END_RE)) markers.push({ half: 2, start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, yearEnd: true });
  markers.sort((a, b) => a.start - b.start);
  let h1: number | null = null;
  let h2: number | null = null;
  for (let i = 0; i < markers.length; i++) {
    const mk = markers[i];
    const nextStart = i + 1 < markers.length ? markers[i + 1].start : t.length;
    const prevEnd = i > 0 ? markers[i - 1].end : 0;
    // The value in the marker's clause: after it («в 1 полугодии – 40%»), else before it («40% в 1 полугодии»).
    const afterValues = clauseValues(clauseAfter(t, mk.end, nextStart));
    let value: number | null = afterValues.length > 0 ? afterValues[0] : null;
    if (value === null) {
      const beforeValues = clauseValues(clauseBefore(t, prevEnd, mk.start));
      if (beforeValues.length > 0) value = beforeValues[beforeValues.length - 1];
    }
    if (value === null) continue;
    if (mk.half === 1 && h1 === null) h1 = value;
    else if (mk.half === 2 && h2 === null && (!mk.yearEnd || h1 !== null)) h2 = value;
  }
  return h1 !== null && h2 !== null ? { kind: 'half-year', h1, h2 } : null;
}

// ---------------------------------------------------------------------------------------------
// Baseline → target: «увеличился с 66% до 78%», «увеличение с 3 до 5 человек».

const NUM = String.raw`(\d+(?:[.,]\d+)?)(?![.,]?\d)`;
// A short parenthesis may follow either value: «с 40 % (2021) до 60 % (2023)».
const PAREN = String.raw`(?:\s*\([^()]{0,24}\))?`;
const CHANGE_RE = new RegExp(
  String.raw`(?<![\p{L}\p{N}])с\s+` +
    NUM +
    String.raw`\s*(%?)` +
    PAREN +
    String.raw`\s*(?:(\p{L}+)\.?\s+)?до\s+` +
    NUM +
    String.raw`\s*(%?)` +
    PAREN +
    String.raw`(?:\s*(\p{L}+))?`,
  'giu',
);
const HAS_TO = /до/iu;
const CHANGE_WORDS = /увелич|рост|повыш|сниж|сокращ|уменьш|измен|вырос|возрос|доведен|довест|динамик|прирост|улучш/i;
const DECREASE_WORDS = /сниж|сокращ|уменьш|умень/i;
// Both are matched against a word of letters only (a `\p{L}+` capture), where `класс\p{L}*$` is the prefix
// «класс»: written so, as V8 takes ~0.4 ms to compile each `\p{L}`.
const TIME_OR_GRADE_WORDS = String.raw`^(?:года?|году|лет|гг?|день|мес|числа|число)$|^(?:класс|час|мин|недел|дн|месяц|полугод|четверт|квартал)`;
const NOT_UNIT = new RegExp(String.raw`^(?:в|во|на|по|с|со|к|ко|для|от|при|из|за|до|об|о|у|и|или|а|но|не|через|среди|согласно)$|` + TIME_OR_GRADE_WORDS, 'iu');
const TIME_OR_GRADE = new RegExp(TIME_OR_GRADE_WORDS, 'iu');

/** TIME_OR_GRADE.test(word), not run for a word whose first letter starts none of its words. */
function timeOrGrade(word: string): boolean {
  const c = lowerRussian(word.charCodeAt(0));
  if (c >= 0 && !TIME_OR_GRADE_FIRST.includes(c)) return false;
  return TIME_OR_GRADE.test(word);
}
const TIME_OR_GRADE_FIRST = [...'глдмчкнп'].map((ch) => ch.charCodeAt(0));

function isYear(raw: string): boolean {
  return raw.length === 4 && /^\d{4}$/.test(raw) && Number(raw) >= 1900 && Number(raw) <= 2100;
}

function changeTarget(t: string): IndicatorTarget | null {
  if (!HAS_TO.test(t)) return null; // CHANGE_RE needs «до»
  for (const m of t.matchAll(CHANGE_RE)) {
    const from = parseDecimal(m[1]);
    const to = parseDecimal(m[4]);
    if (from === null || to === null) continue;
    const percent = m[2] === '%' || m[5] === '%';
    if (!percent) {
      if (isYear(m[1]) || isYear(m[4])) continue;
      const word = m[6] ?? m[3];
      if (word && TIME_OR_GRADE.test(word)) continue;
      if (m[3] && TIME_OR_GRADE.test(m[3])) continue;
      if (!CHANGE_WORDS.test(t)) continue;
    }
    let unit = '';
    if (percent) unit = '%';
    else {
      const word = m[6] && !NOT_UNIT.test(m[6]) ? m[6] : m[3] && !NOT_UNIT.test(m[3]) ? m[3] : '';
      unit = word;
    }
    return { kind: 'change', from, to, unit };
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// Percentages and counts, with their qualifier.

type Op = '>=' | '=' | 'upper' | 'delta';

interface Candidate {
  index: number;
  target: IndicatorTarget | null;
}

const PREP_TAIL = String.raw`(?:\s+чем)?(?:\s+(?:в|во|на|у|для|среди|из|с|со))?\s*$`;
const GE_NOT_RE = new RegExp(String.raw`(?<!\p{L})не\s+(?:менее|меньше|ниже|реже)` + PREP_TAIL, 'u');
const LE_NOT_RE = new RegExp(String.raw`(?<!\p{L})не\s+(?:более|больше|выше|чаще|превыша\p{L}*)` + PREP_TAIL, 'u');
const GE_RE = new RegExp(String.raw`(?:(?<!\p{L})(?:более|больше|свыше|выше|от|минимум|как\s+минимум|по\s+меньшей\s+мере|хотя\s+бы)|≥|>=?)` + PREP_TAIL, 'u');
const LE_RE = new RegExp(String.raw`(?:(?<!\p{L})(?:менее|меньше|ниже|максимум)|≤|<=?)` + PREP_TAIL, 'u');
const TO_RE = /(?<!\p{L})до\s*$/u;
const BY_RE = /(?<!\p{L})на\s*$/u;

/** The qualifier of the number at `idx` by the text before it from `lo` on. */
function qualifier(t: string, lo: number, idx: number): Op {
  if (lo === idx) return '='; // every pattern below needs a character
  if (endsWithNotLess(t, lo, idx)) return '>='; // the most common qualifier, without copying and lowering the text
  if (!mayEndWithQualifier(t, lo, idx)) return '='; // no pattern below can match
  const b = lowerYo(t.slice(lo, idx));
  if (GE_NOT_RE.test(b)) return '>=';
  if (LE_NOT_RE.test(b)) return 'upper';
  if (GE_RE.test(b)) return '>=';
  if (LE_RE.test(b)) return 'upper';
  if (TO_RE.test(b)) return DECREASE_WORDS.test(b) ? 'upper' : '>=';
  if (BY_RE.test(b) && CHANGE_WORDS.test(t)) return 'delta';
  return '=';
}

/**
 * The first number of the text (by position) that can be its target, with its qualifier: the first
 * number candidate, or a number written as a word before it. Numbers are `\d+(?:[.,]\d+)?` runs; the
 * tests around each are made by hand at its position (see indicator-scan.ts). Only the first
 * candidate is the target, so the later ones are not built.
 */
function firstCandidate(t: string, firstMark: number): Candidate | null {
  const topLevel = TOP_LEVEL.reset(t, firstMark);
  let first: Candidate | null = null;
  for (let idx = 0; idx < t.length && first === null;) {
    if (!isDigit(t.charCodeAt(idx))) {
      idx++;
      continue;
    }
    let end = idx + 1;
    while (end < t.length && isDigit(t.charCodeAt(end))) end++;
    const sep = t.charCodeAt(end);
    if ((sep === 0x2e || sep === 0x2c) && isDigit(t.charCodeAt(end + 1))) {
      end += 2;
      while (end < t.length && isDigit(t.charCodeAt(end))) end++;
    }
    first = numberCandidate(t, idx, end, topLevel);
    idx = end;
  }
  return firstWordCandidate(t, topLevel, first === null ? t.length : first.index) ?? first;
}

/**
 * Whether a position of the text being read stands outside quotes and parentheses (core/text's
 * topLevelMask): before the first quote, comma or parenthesis every character does, and the mask
 * is built only when a later position is asked for. One instance, reset for each text.
 */
class TopLevel {
  private t = '';
  private firstMark = -1;
  private mask: boolean[] | null = null;

  reset(t: string, firstMark: number): this {
    this.t = t;
    this.firstMark = firstMark;
    this.mask = null;
    return this;
  }

  at(i: number): boolean {
    return this.firstMark < 0 || i < this.firstMark || (this.mask ??= topLevelMask(this.t))[i];
  }
}

const TOP_LEVEL = new TopLevel();

/** The number t[idx, end) as a candidate, or null when it is part of a name, a date, a range, a list marker… */
function numberCandidate(t: string, idx: number, end: number, topLevel: TopLevel): Candidate | null {
  const next = t.charCodeAt(end);
  if (idx > 0 && letterOrNumberUnit(t, idx - 1, true)) return null; // «ГИА9», «1.5», «№5», «+7»
  if (idx > 1 && t.charCodeAt(idx - 1) === 45 && letterOrNumberUnit(t, idx - 2)) return null; // «ГИА-9», «3-7»
  if (isDigit(next) || ((next === 0x2e || next === 0x2c) && isDigit(t.charCodeAt(end + 1)))) return null; // date or longer token
  if (rangeAt(t, end)) return null; // range «3-7»
  if (next === 0x2b) return null; // «500+»
  const lo = Math.max(0, idx - 60);
  if (numberSignBefore(t, lo, idx)) return null;
  if ((next === 0x2e || next === 0x29) && isSpace(t.charCodeAt(end + 1)) && listMarkBefore(t, lo, idx)) return null; // list marker mid-text
  if (!topLevel.at(idx)) return null; // inside quotes: part of a name («Проект «500+»»)
  const percentAt = skipSpaces(t, end);
  const percent = t.charCodeAt(percentAt) === 0x25;
  if (!percent && (ordinalAt(t, end) || letterAt(t, end))) return null; // «5-го», «2022года», «3ч»
  const value = decimalValue(t, idx, end);
  if (value === null) return null;
  const op = qualifier(t, lo, idx);
  if (percent) {
    return { index: idx, target: makeTarget('percent', op, value, phraseAfter(t, percentAt + 1, true) ?? subjectBefore(t, idx)) };
  }
  const wordStart = skipSpaces(t, end);
  const wordEnd = letterRunEnd(t, wordStart);
  if (wordEnd > wordStart && timeOrMonthAt(t, wordStart, wordEnd)) return null; // «27 марта»
  if ((op === '=' || wordEnd === wordStart) && end - idx === 4 && isYear(t.slice(idx, end))) return null;
  return { index: idx, target: makeTarget('count', op, value, phraseAfter(t, end, false) ?? subjectBefore(t, idx)) };
}

/**
 * The word t[start, end) (letters, what wordAfter gives) names a time, a grade or a month:
 * timeOrGrade(word) || (mayBeMonth(word) && monthFromWord(word) !== null), the word copied only
 * when its first letters leave the answer open.
 */
function timeOrMonthAt(t: string, start: number, end: number): boolean {
  const c = lowerRussian(t.charCodeAt(start));
  const maybeTime = c < 0 || TIME_OR_GRADE_FIRST.includes(c);
  const maybeMonth =
    end - start < 2 || c < 0 || lowerRussian(t.charCodeAt(start + 1)) < 0 || MONTH_STARTS.has(c * 0x10000 + lowerRussian(t.charCodeAt(start + 1)));
  if (!maybeTime && !maybeMonth) return false;
  const word = t.slice(start, end);
  return (maybeTime && TIME_OR_GRADE.test(word)) || (maybeMonth && monthFromWord(word) !== null);
}

// The first two letters, lower-cased, of every month form monthFromWord knows («янв», «февраля», «май»…),
// as the two char codes in one number: two Russian letters that start none cannot begin a month.
const MONTH_STARTS = new Set(['ян', 'фе', 'ма', 'ап', 'ию', 'ав', 'се', 'ок', 'но', 'де'].map((s) => s.charCodeAt(0) * 0x10000 + s.charCodeAt(1)));

/** lowerYo of one letter А–Я, а–я, Ё, ё as a char code; -1 for any other character. */
function lowerRussian(c: number): number {
  if (c >= 0x430 && c <= 0x44f) return c;
  if (c >= 0x410 && c <= 0x42f) return c + 32;
  return c === 0x401 || c === 0x451 ? 0x435 : -1;
}

// Numbers written as words after a qualifier: «не менее двух ОО». What WORD_NUMBER_RE stands for is
// `(?<!\p{L})(QUALIFIER)\s+(\p{L}+)`, with the look-behind and the word read by hand (`(?![\s\d])` only
// spares a match the word test would refuse: after all the spaces a digit is no letter).
const WORD_NUMBER_RE = /(не\s+менее|не\s+меньше|не\s+ниже|не\s+реже|не\s+более|более|свыше|минимум)\s+(?![\s\d])/giu;

/** The first number written as a word that can be the target, when it stands before `limit`. */
function firstWordCandidate(t: string, topLevel: TopLevel, limit: number): Candidate | null {
  if (!mayHaveWordNumber(t, limit)) return null;
  const re = WORD_NUMBER_RE;
  re.lastIndex = 0;
  // A match with its word before `limit` lies wholly before it (the word ends before the number there).
  const head = limit < t.length ? t.slice(0, limit) : t;
  for (let m = re.exec(head); m !== null; m = re.exec(head)) {
    const start = m.index;
    const idx = start + m[0].length;
    const wordEnd = letterRunEnd(t, idx, 'caseless');
    if (wordEnd === idx || !noLetterBefore(t, start, 0, true)) {
      re.lastIndex = start + 1; // no match here: the next one may start inside this one
      continue;
    }
    if (idx >= limit) return null; // the next matches stand further right
    re.lastIndex = wordEnd;
    const n = wordNumber(t.slice(idx, wordEnd));
    if (n === null) continue;
    if (!topLevel.at(idx)) continue;
    const op = qualifier(t, Math.max(0, idx - 60), idx);
    const next = wordAfter(t, wordEnd);
    if (next !== null && timeOrGrade(next)) continue;
    return { index: idx, target: makeTarget('count', op, n, phraseAfter(t, wordEnd, false)) };
  }
  return null;
}

/** The last words of WORD_NUMBER_RE's qualifiers, lower case. */
const QUALIFIER_LAST = ['менее', 'меньше', 'ниже', 'реже', 'более', 'свыше', 'минимум'];

/**
 * False when firstWordCandidate can find nothing before `limit`: each match it can use ends, in its
 * run of spaces, before a letter standing before `limit`, and the text before the run ends with the
 * last word of a qualifier (read case-insensitively; a character outside ASCII and U+0400–U+045F,
 * which may fold to one of its letters, leaves it open).
 */
function mayHaveWordNumber(t: string, limit: number): boolean {
  for (let i = 1; i < limit; i++) {
    if (!isSpace(t.charCodeAt(i)) || isSpace(t.charCodeAt(i - 1))) continue;
    const after = skipSpaces(t, i);
    if (after < limit && letterRunEnd(t, after, 'caseless') > after && endsWithQualifier(t, i)) return true;
    i = after - 1;
  }
  return false;
}

/** t.slice(0, end) ends with one of QUALIFIER_LAST in any case (true too when a rarer character leaves it open). */
function endsWithQualifier(t: string, end: number): boolean {
  next: for (const w of QUALIFIER_LAST) {
    if (end < w.length) continue;
    for (let k = 0; k < w.length; k++) {
      const c = t.charCodeAt(end - w.length + k);
      if (c >= 0x80 && (c < 0x400 || c > 0x45f)) return true;
      const l = w.charCodeAt(k);
      if (c !== l && c !== l - 0x20) continue next;
    }
    return true;
  }
  return false;
}

const HAS_ALL = /все/iu;

function makeTarget(kind: 'percent' | 'count', op: Op, value: number, of: string | undefined): IndicatorTarget | null {
  if (op === 'upper' || op === 'delta') return null;
  return of ? { kind, op, value, of } : { kind, op, value };
}

function allTarget(t: string): IndicatorTarget | null {
  if (!HAS_ALL.test(t)) return null;
  const m = /(?<!\p{L})(?:все|всех|всем|всеми)\s+(?=\p{L})/iu.exec(t);
  if (!m) return null;
  const mask = topLevelMask(t);
  if (!mask[m.index]) return null;
  const of = phraseAfter(t, m.index + m[0].length, false);
  if (!of) return null;
  return { kind: 'percent', op: '=', value: 100, of };
}
