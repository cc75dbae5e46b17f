/** What the readers of responsible cells share: abbreviation and person patterns, and trimming an entry. */
import { lowerYo } from '../../core/text';
import { tidySpaces } from './fold';

// An abbreviation as documents write it: caps, possibly with a lower-case «и» (УОиМП), possibly
// several caps words (ГАУ ДПО СОИРО).
export const ABBR_TOKEN = String.raw`[А-ЯЁ]{2,}(?:и[А-ЯЁ]+)*`;

// Words that end with a dot without ending a sentence.
export const DOT_ABBREVIATIONS = new Set([
  'им',
  'г',
  'гг',
  'ул',
  'д',
  'т',
  'п',
  'с',
  'ст',
  'др',
  'пр',
  'обл',
  'р',
  'рп',
  'пгт',
  'пос',
  'мкр',
  'просп',
  'пер',
  'наб',
  'корп',
  'стр',
  'тел',
  'каб',
  'руб',
  'тыс',
  'млн',
  'проф',
  'акад',
  'ген',
  'св',
  'уч',
  'зам',
  'нач',
  'отд',
  'зав',
  'рук',
  'пед',
  'доц',
  'канд',
  'наук',
  'н',
  'к',
  'м',
  'е',
  'ед',
  'кв',
  'ч',
  'мин',
  'вкл',
  'в',
  'о',
  'и',
]);

export const PERSON_RE =
  /^(?:[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?\s+[А-ЯЁ]\.\s?(?:[А-ЯЁ]\.?)?|[А-ЯЁ]\.\s?(?:[А-ЯЁ]\.\s?)?[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?|[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?\s+[А-ЯЁ][а-яё]+\s+[А-ЯЁ][а-яё]+(?:вна|вич|чна|ична|ьич|ич|кызы|оглы))$/u;
export const PERSON_ANYWHERE = /(?:[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?\s+[А-ЯЁ]\.\s?[А-ЯЁ]\.|[А-ЯЁ]\.\s?[А-ЯЁ]\.\s?[А-ЯЁ][а-яё]+)/u;
// «Тимошенкова Светлана Александровна»: surname, name and patronymic.
export const FULL_NAME = /(?<!\p{L})[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?\s+[А-ЯЁ][а-яё]+\s+[А-ЯЁ][а-яё]+(?:вна|вич|чна|ична|ьич|инична)(?!\p{L})/u;
export const POSITION_START =
  /^(?:и\.\s?о\.\s?)?(?:директор|заместитель|зам\.|руководитель|методист|учитель|педагог|заведующ|начальник|специалист|главный|ведущий|старший|советник|психолог|социальный|координатор|куратор|председатель|секретарь|инспектор|консультант|эксперт|тьютор|логопед|дефектолог|классный|муниципальный\s+координатор)/iu;

const LIST_MARKER = /^(?:[-–—•·*✓✔▪►]+\s*|\d{1,2}[.)]\s+)/u;

function balance(s: string, open: string, close: string): number {
  let n = 0;
  for (const ch of s) {
    if (ch === open) n++;
    else if (ch === close) n--;
  }
  return n;
}

const FINAL_WORD_DOT = /([\p{L}]+)\.$/u;
const EDGE_CHAR = /[\s,;:–—-]/u;

/** `e.replace(/[\s,;:–—-]+$/u, '')` without trying the pattern at every position of the text. */
function trimEnd(e: string): string {
  let end = e.length;
  // Every character of the class is one UTF-16 unit.
  while (end > 0 && EDGE_CHAR.test(e[end - 1])) end--;
  return end === e.length ? e : e.slice(0, end);
}

/** A first character no pass below removes: not a list marker, a digit, edge punctuation or «(». */
function settledStart(c: number): boolean {
  if (c < 0x80) return !((c >= 0x30 && c <= 0x39) || c === 0x2d || c === 0x2a || c === 0x2c || c === 0x3b || c === 0x3a || c === 0x28 || c <= 0x20);
  return !(c === 0x2013 || c === 0x2014 || c === 0x2022 || c === 0xb7 || c === 0x2713 || c === 0x2714 || c === 0x25aa || c === 0x25ba);
}

/** A last character no pass below removes: not edge punctuation, «)» or a dot. */
function settledEnd(c: number): boolean {
  if (c < 0x80) return !(c === 0x2d || c === 0x2c || c === 0x3b || c === 0x3a || c === 0x29 || c === 0x2e || c <= 0x20);
  return c !== 0x2013 && c !== 0x2014;
}

/**
 * Trims an entry: list markers, edge punctuation, unmatched parentheses. Initials keep their dot.
 * `tidy`: the entry's only spaces are single " " (the caller has checked).
 */
export function cleanEntry(entry: string, tidy = false): string {
  let e = tidySpaces(entry, tidy);
  // Most entries start with a letter or a quote and end with one: nothing to trim.
  if (e.length > 0 && settledStart(e.charCodeAt(0)) && settledEnd(e.charCodeAt(e.length - 1))) return e;
  let prev = '';
  while (prev !== e) {
    prev = e;
    e = trimEnd(e.replace(LIST_MARKER, '').replace(/^[\s,;:–—-]+/u, ''));
    if (e.endsWith(')') && balance(e, '(', ')') < 0) e = e.slice(0, -1);
    if (e.startsWith('(') && balance(e, '(', ')') > 0) e = e.slice(1);
    // A final dot goes unless it closes an initial («Левина О.А.») or an abbreviation («и др.»).
    const dot = e.endsWith('.') ? FINAL_WORD_DOT.exec(e) : null;
    if (dot && dot[1].length >= 2 && !DOT_ABBREVIATIONS.has(lowerYo(dot[1]))) e = e.slice(0, -1);
    e = e.trim();
  }
  return e;
}
