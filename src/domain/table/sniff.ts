/**
 * Small content heuristics: what a cell's text reads like. Used to break ties between columns,
 * to place columns whose header says nothing, and to tell continuation rows from measures.
 * They look at the start of long texts only, so each call is bounded.
 */
import { isDigit, isSpace, letterRunEnd } from '../core/letters';
import { type Cell } from '../core/types';
import { trimmed } from '../core/text';

const L = '(?<![а-яёa-z])'; // a letter boundary on the left (\b does not know Cyrillic)
const R = L.replace('<!', '!'); // and on the right
// Only tested (never executed for a match), so the alternatives may come in any order: the ones
// after a letter boundary share one lookbehind, which halves the regex's time.
const DEADLINE_RE = new RegExp(
  [
    '\\d{1,2}[./]\\d{1,2}[./]\\d{2,4}',
    '\\d{4}-\\d{2}-\\d{2}',
    `^(?:19|20)\\d\\d$`,
    `${L}(?:${[
      `январ|феврал|март|апрел|ма[йяе]${R}|июн|июл|август|сентябр|октябр|ноябр|декабр`,
      '(?:19|20)\\d\\d\\s*(?:г\\.?|гг\\.?|год|года|году|уч)',
      `(?:19|20)\\d\\d\\s*[-–—/]\\s*(?:19|20)?\\d\\d${R}`,
      'в\\s+течени[еи]',
      'ежегодн|ежемесячн|еженедельн|ежеквартальн|ежедневн|постоянн|систематическ|периодическ',
      'по\\s+мере',
      'по\\s+(?:отдельному\\s+|специальному\\s+|утвержденному\\s+)?график',
      'квартал|полугоди|четверт|триместр|семестр',
      'учебн\\S*\\s+год',
      'до\\s+\\d',
    ].join('|')})`,
  ].join('|'),
  'i',
);

/** Reads like a deadline: months, dates, years, «в течение…», «ежегодно», quarters. */
export function looksLikeDeadline(cell: Cell): boolean {
  if (cell instanceof Date) return !Number.isNaN(cell.getTime());
  if (typeof cell === 'number') return cell >= 1990 && cell <= 2100 && Number.isInteger(cell);
  if (typeof cell !== 'string') return false;
  // Titles mention months too; deadline cells are short.
  if (cell.length > 160) return false;
  return DEADLINE_RE.test(cell);
}

/**
 * Reads like a measure number: «1», «1.», «1.1», «2.3.1.», «4)», «II», «1000», «12.1000» — the trimmed
 * text, at most 20 long, matches NUMBER_RE (see isNumberText). It runs on every row, three times.
 */
export function looksLikeNumber(cell: Cell): boolean {
  if (typeof cell === 'number') return Number.isFinite(cell) && cell >= 0;
  if (typeof cell !== 'string') return false;
  // The bounds of cell.trim() (isSpace is what trim removes), without the copy.
  let start = 0;
  let end = cell.length;
  while (start < end && isSpace(cell.charCodeAt(start))) start++;
  while (end > start && isSpace(cell.charCodeAt(end - 1))) end--;
  return end > start && end - start <= 20 && isNumberText(cell, start, end);
}

const NUMERO = 0x2116; // №
const DOT = 46;

const isRomanDigit = (c: number): boolean => c === 73 || c === 86 || c === 88; // I V X

/**
 * Whether text[start, end) matches `^(?:№\s*)?(?:\d+(?:\s?\.\s?\d+){0,4}\s?[.)]?|[IVX]{1,6}\.?)$` (segments of
 * any length, as the numbering check reads them: a plan of 1,000 measures has «1000», «12.1000»), read
 * left to right. No step needs to be taken back: a digit run ends where no digit follows, and what follows
 * a run (a «.» segment, the closing «.» or «)», the end) never starts with a digit or a roman one.
 */
export function isNumberText(text: string, start: number, end: number): boolean {
  let i = start;
  if (i < end && text.charCodeAt(i) === NUMERO) {
    i++;
    while (i < end && isSpace(text.charCodeAt(i))) i++;
  }
  if (i >= end) return false;
  if (isRomanDigit(text.charCodeAt(i))) {
    const from = i;
    while (i < end && isRomanDigit(text.charCodeAt(i))) i++;
    if (i - from > 6) return false;
    if (i < end && text.charCodeAt(i) === DOT) i++;
    return i === end;
  }
  if (!isDigit(text.charCodeAt(i))) return false;
  while (i < end && isDigit(text.charCodeAt(i))) i++;
  // Up to four «\s?.\s?digits» segments.
  for (let segments = 0; segments < 4; segments++) {
    let k = i;
    if (k < end && isSpace(text.charCodeAt(k))) k++;
    if (k >= end || text.charCodeAt(k) !== DOT) break;
    k++;
    if (k < end && isSpace(text.charCodeAt(k))) k++;
    if (k >= end || !isDigit(text.charCodeAt(k))) break;
    while (k < end && isDigit(text.charCodeAt(k))) k++;
    i = k;
  }
  // Then «\s?[.)]?» and the end.
  if (i < end && isSpace(text.charCodeAt(i))) i++;
  if (i < end && (text.charCodeAt(i) === DOT || text.charCodeAt(i) === 41)) i++;
  return i === end;
}

const ABBREVIATION_RE = /(?<![А-ЯЁа-яё])[А-ЯЁ]{2,}(?:[а-яё]{1,2}[А-ЯЁ]+)*(?![а-яё])/;
const ROLE_RE = new RegExp(
  `${L}(?:директор|заместител|зам\\.|руководител|координатор|куратор|учител|педагог|специалист|методист|психолог|логопед|завуч|администраци|управлени[ея]|отдел|комитет|департамент|министерств|центр|школ|гимнази|лице[йя]|ответственн|исполнител|рабоч\\S*\\s+групп|классн\\S*\\s+руководител|родител|сотрудник|начальник|председател|инспектор)`,
  'i',
);
const INITIALS_RE = /[А-ЯЁ]\.\s?[А-ЯЁ]\.|[А-ЯЁ][а-яё]+\s[А-ЯЁ]\.\s?[А-ЯЁ]\./;

/** Reads like bodies or people: abbreviations (ОУ, МБОУ, УОиМП), roles, initials. */
export function looksLikeResponsible(cell: Cell): boolean {
  if (typeof cell !== 'string' || cell.length > 400) return false;
  return ABBREVIATION_RE.test(cell) || ROLE_RE.test(cell) || INITIALS_RE.test(cell);
}

const URL_RE = /https?:\/\/|www\.|drive\.google|docs\.google|disk\.yandex|\.(?:ru|рф|pdf|docx?)(?:\/|\s|$)/i;

export function looksLikeUrl(cell: Cell): boolean {
  return typeof cell === 'string' && URL_RE.test(cell.length > 500 ? cell.slice(0, 500) : cell);
}

const STATUS_RE =
  /^(?:не\s+)?(?:выполнено|выполнен[аы]?|исполнено|исполнен[аы]?|начато|готово|сделано)$|^(?:в\s+работе|в\s+процессе|частично(?:\s+выполнено)?|требуется\s+доработка|на\s+доработк[еу]|запланировано|отменено|перенесено|просрочено|да|нет|[+✓✔✗✘×-])$/i;

/** Reads like a completion status («Выполнено», «В работе», «+»). */
export function looksLikeStatus(cell: Cell): boolean {
  if (typeof cell === 'boolean') return true;
  return typeof cell === 'string' && cell.length <= 40 && STATUS_RE.test(trimmed(cell));
}

/** Reads like a measure title: a phrase that starts with a capital letter and is not a date or a number. */
export function looksLikeTitle(cell: Cell): boolean {
  if (typeof cell !== 'string' || cell.length < 15) return false;
  if (!startsUpper(cell)) return false;
  return !looksLikeNumber(cell) && !(cell.length < 60 && looksLikeDeadline(cell));
}

/** First letter of the text is a capital (quotes and opening brackets skipped). */
export function startsUpper(text: string): boolean {
  // As /^[\s«"“„'([]*(\S)/ on the first 40 characters, then the case of that one code unit.
  const end = Math.min(text.length, 40);
  let i = 0;
  while (i < end && (isSpace(text.charCodeAt(i)) || isOneOf(text.charCodeAt(i), OPENERS))) i++;
  if (i === end) return false; // only openers: the one the regex would take is none of a digit or a capital
  const code = text.charCodeAt(i);
  if (code >= 48 && code <= 57) return true;
  const known = knownCase(code);
  if (known !== null) return known === 'upper';
  const c = text[i];
  return c !== c.toLowerCase() && c === c.toUpperCase();
}

const OPENERS = '«"“„\'([';

/** The text starts like the tail of a sentence: lower case, a list dash, a comma or a closing bracket. */
export function startsAsContinuation(text: string): boolean {
  // As /^\s*(\S)/ on the first 40 characters, then that one code unit.
  const end = Math.min(text.length, 40);
  let i = 0;
  while (i < end && isSpace(text.charCodeAt(i))) i++;
  if (i === end) return false;
  const code = text.charCodeAt(i);
  if (isOneOf(code, CONTINUATION_MARKS)) return true;
  const known = knownCase(code);
  if (known !== null) return known === 'lower';
  const c = text[i];
  return c !== c.toUpperCase() && c === c.toLowerCase();
}

const CONTINUATION_MARKS = '-–—•·▪●✓,;:.)»';

/** The code unit is one of `units` (compared by code: no one-character string made). */
function isOneOf(code: number, units: string): boolean {
  for (let k = 0; k < units.length; k++) if (units.charCodeAt(k) === code) return true;
  return false;
}

/** The case of a Latin or Russian letter, 'none' for an ASCII digit; null for what the string methods must tell. */
function knownCase(c: number): 'upper' | 'lower' | 'none' | null {
  if ((c >= 65 && c <= 90) || (c >= 0x400 && c <= 0x42f)) return 'upper';
  if ((c >= 97 && c <= 122) || (c >= 0x430 && c <= 0x45f)) return 'lower';
  if (c >= 48 && c <= 57) return 'none';
  return null;
}

const OPEN_END_RE =
  /(?:[,:;(«„“\-–—/+&]|(?<![а-яёa-z])(?:в|во|и|с|со|по|на|для|к|ко|о|об|из|от|за|при|или|а|но|до|у|над|под|между|через|как|что|не|их|его|её|ее|этих|этого|которые|который|которых|также))\s*$/i;

/** The text ends where the sentence cannot end: comma, dash, preposition («…ЦНППМ с»). */
export function endsOpen(text: string): boolean {
  return OPEN_END_RE.test(text.length > 60 ? text.slice(-60) : text);
}

/**
 * Names of documents a measure results in («Приказ», «Аналитическая справка», «План работы», «Протокол совещания»):
 * a first word led by a document noun, or a pair of words («аналитическая справка»), ending where the text ends
 * or at a space or punctuation. Read word by word: it replaces one regex of 30 `\p{L}*` (V8 compiled it in
 * ~15 ms at start-up); within a word of letters `\p{L}*` is any tail (`\S*`).
 */
const DOCUMENT_WORD_RE =
  /^(?:приказ|справк|протокол|план|отч[её]т|программ|положени|рекомендаци|сертификат|удостоверени|график|распоряжени|письм|презентаци|памятк|концепци|акт|материал|решени|реестр|журнал|постановлени|диплом|грамот|анкет|карт|публикаци)|^спис(?:ок|ки|ка)$/iu;
const DOCUMENT_PAIR_RE =
  /^(?:аналитическ\S* (?:справк|отч[её]т|записк)|методическ\S* (?:рекомендаци|материал|разработк)|дорожн\S* карт|информационн\S* (?:письм|справк))/iu;
const WORD_END_RE = /[\s,.;:(«"№-]/;

/** A document noun leads the text: its first word, or its first two words, end at the text's end or a separator. */
function ledByDocumentNoun(t: string): boolean {
  const endsWord = (i: number): boolean => i === t.length || WORD_END_RE.test(t[i]);
  const end1 = letterRunEnd(t, 0, 'caseless');
  if (end1 === 0) return false;
  if (DOCUMENT_WORD_RE.test(t.slice(0, end1)) && endsWord(end1)) return true;
  if (t.charCodeAt(end1) !== 32) return false;
  const end2 = letterRunEnd(t, end1 + 1, 'caseless');
  return end2 > end1 + 1 && endsWord(end2) && DOCUMENT_PAIR_RE.test(t.slice(0, end2));
}

const LEADING_QUOTES = '«"“„';

/** Reads like the name of a document (a result form, evidence without its link): short, led by a document noun. */
export function looksLikeDocumentName(cell: Cell): boolean {
  if (typeof cell !== 'string') return false;
  const s = trimmed(cell);
  // The replace only when an opening quote leads: most cells have none, and a replace is a call all the same.
  const t = s.length > 0 && isOneOf(s.charCodeAt(0), LEADING_QUOTES) ? s.replace(/^[«"“„]+/, '') : s;
  return t.length >= 3 && t.length <= 120 && ledByDocumentNoun(t);
}

/** Nouns that name a document, not an action: «Справка о …» does not lead a measure. */
const DOCUMENT_NOUN_RE = /^(?:справк|заявк|программ|памятк|карт|грамот|анкет|публикаци|концепци|презентаци|рекомендаци|информаци)/iu;

/**
 * Verbal nouns and action nouns that lead a measure's title. It is matched against a run of letters and
 * hyphens, where `[^-]` is exactly `\p{L}` and far cheaper to compile (V8 took ~10 ms for the `\p{L}` form).
 */
const ACTION_RE =
  /^(?:[^-]{3,}(?:ание|ение|ении|тие|ация|яция|иция|кция|ка)|анализ|мониторинг|контроль|аудит|семинар[^-]*|совещани[^-]*|заседани[^-]*|конкурс[^-]*|курс[^-]*|обмен|отбор|сбор|выезд[^-]*|экспертиз[^-]*|тренинг[^-]*|вебинар[^-]*|педсовет[^-]*|участи[^-]*|взаимопосещени[^-]*|консультаци[^-]*|методическ[^-]*|практикум[^-]*|мастер-класс[^-]*|круглый|обучени[^-]*|повышени[^-]*|внедрени[^-]*|подбор|расширени[^-]*|привлечени[^-]*|создани[^-]*)$/iu;

/** Reads like a measure: a phrase led by a verbal noun («Организация…», «Проведение…», «Разработка…»). */
export function looksLikeMeasureTitle(cell: Cell): boolean {
  return looksLikeTitle(cell) && ledByVerbalNoun(cell as string);
}

/** The title's first word (after quotes, brackets and a number) is a verbal or action noun. */
export function ledByVerbalNoun(cell: string): boolean {
  const text = cell.slice(0, 60).replace(/^[\s«"“„'([]*(?:\d+(?:\.\d+)*\.?\s+)?/, '');
  const first = text.slice(0, letterRunEnd(text, 0, 'hyphens'));
  return first !== '' && !DOCUMENT_NOUN_RE.test(first) && ACTION_RE.test(first);
}
