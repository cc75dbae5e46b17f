/**
 * Tracking columns users add to a roadmap: status, curator's mark, dates, evidence links.
 *
 * Decisions:
 * - «да», «+», «✓» read as «Выполнено» (a tick in a status column means done); «нет» reads as
 *   «Не выполнено». «-» and «?» stay unknown: a dash often means "nothing to say".
 * - «Выполнение» (the label of the federal ИС МЭДК for measures under way), «в процессе»,
 *   «частично выполнено» read as «В работе».
 * - A status with a tail («не выполнено – перенос на май», «в работе, 70%») keeps the status; the
 *   tail is returned for the comment (splitStatus). «выполнено (частично)» is «частично выполнено»,
 *   i.e. «В работе»: the list has no «partly done» status, and a measure done in part is not done.
 * - `exact` is true only when the cell equals the canonical value (surrounding spaces aside), so
 *   the checks can ask the user to pick the value from the list.
 */
import { daysInMonth } from '../core/calendar';
import type { Cell, IsoDate } from '../core/types';
import { lowerYo, monthFromWord, normaliseSpaces } from '../core/text';

export const STATUSES = ['Не начато', 'В работе', 'Выполнено', 'Не выполнено', 'Требуется доработка', 'Отменено'] as const;
export type Status = (typeof STATUSES)[number];

export const CURATOR_MARKS = ['Подтверждено', 'Не подтверждено', 'На доработку'] as const;
export type CuratorMark = (typeof CURATOR_MARKS)[number];

const STATUS_VARIANTS: Record<Status, string[]> = {
  'Не начато': [
    'не начато',
    'не начат',
    'не начата',
    'не начаты',
    'не начали',
    'не приступали',
    'не приступили',
    'запланировано',
    'запланирован',
    'запланирована',
    'планируется',
    'в планах',
    'в плане',
    'ожидает',
    'ожидание',
    'еще не начато',
    'не стартовало',
    'новое',
    'новая',
  ],
  'В работе': [
    'в работе',
    'в процессе',
    'в процессе выполнения',
    'в процессе реализации',
    'выполняется',
    'выполнение',
    'исполняется',
    'реализуется',
    'в стадии выполнения',
    'в стадии реализации',
    'начато',
    'начат',
    'начата',
    'в ходе выполнения',
    'частично выполнено',
    'выполнено частично',
    'частично',
    'идет',
    'ведется',
    'проводится',
    'в исполнении',
    'на исполнении',
    'в работе/в процессе',
  ],
  Выполнено: [
    'выполнено',
    'выполнена',
    'выполнен',
    'выполнены',
    'сделано',
    'сделан',
    'сделана',
    'исполнено',
    'исполнен',
    'исполнена',
    'реализовано',
    'реализован',
    'реализована',
    'завершено',
    'завершен',
    'завершена',
    'готово',
    'проведено',
    'проведен',
    'проведена',
    'выполнено полностью',
    'полностью выполнено',
    'да',
    '+',
    '✓',
    '✔',
    '☑',
    'v',
    'done',
  ],
  'Не выполнено': [
    'не выполнено',
    'невыполнено',
    'не выполнен',
    'не выполнена',
    'не выполнены',
    'не исполнено',
    'неисполнено',
    'не исполнен',
    'не сделано',
    'не реализовано',
    'не проведено',
    'сорвано',
    'провалено',
    'просрочено',
    'нет',
  ],
  'Требуется доработка': [
    'требуется доработка',
    'требует доработки',
    'требуются доработки',
    'на доработке',
    'на доработку',
    'доработка',
    'доработать',
    'нужна доработка',
    'необходима доработка',
    'отправлено на доработку',
    'возвращено на доработку',
    'направлено на доработку',
    'требуется корректировка',
    'на корректировке',
  ],
  Отменено: [
    'отменено',
    'отменен',
    'отменена',
    'отмена',
    'исключено',
    'исключен',
    'исключена',
    'снято',
    'снят',
    'снята',
    'не актуально',
    'неактуально',
    'утратило актуальность',
  ],
};

const MARK_VARIANTS: Record<CuratorMark, string[]> = {
  Подтверждено: [
    'подтверждено',
    'подтвержден',
    'подтверждена',
    'подтверждены',
    'подтверждаю',
    'согласовано',
    'согласован',
    'согласована',
    'принято',
    'принят',
    'одобрено',
    'утверждено',
    'да',
    '+',
    '✓',
    '✔',
    '☑',
    'v',
    'ок',
    'ok',
  ],
  'Не подтверждено': [
    'не подтверждено',
    'неподтверждено',
    'не подтвержден',
    'не подтверждена',
    'не подтверждены',
    'не согласовано',
    'не принято',
    'отклонено',
    'отказано',
    'нет',
  ],
  'На доработку': [
    'на доработку',
    'на доработке',
    'доработка',
    'доработать',
    'требуется доработка',
    'требует доработки',
    'отправлено на доработку',
    'вернуть на доработку',
    'возвращено на доработку',
    'направлено на доработку',
    'нужна доработка',
    'на корректировку',
  ],
};

/** Folded form for the lookup: lower case, ё→е, no quotes, no end punctuation, single spaces. */
function foldCellWord(text: string): string {
  return normaliseSpaces(lowerYo(String(text ?? '')))
    .replace(/[«»"“”„']/g, '')
    .replace(/^[\s.,;:!]+|[\s.,;:!]+$/g, '')
    .replace(/\s*-\s*/g, ' ')
    .trim();
}

function buildLookup<T extends string>(variants: Record<T, string[]>): Map<string, T> {
  const map = new Map<string, T>();
  for (const key of Object.keys(variants) as T[]) {
    map.set(foldCellWord(key), key);
    for (const v of variants[key]) map.set(foldCellWord(v), key);
  }
  return map;
}

const STATUS_LOOKUP = buildLookup(STATUS_VARIANTS);
const MARK_LOOKUP = buildLookup(MARK_VARIANTS);

/** Whole cell first, then its first clause («выполнено (протокол № 3)», «Выполнено, 12.03»). */
function lookup<T extends string>(text: string, map: Map<string, T>): T | null {
  const whole = foldCellWord(text);
  if (whole === '') return null;
  const hit = map.get(whole);
  if (hit) return hit;
  const clause = foldCellWord(whole.split(/[(,;:\n]|\s-\s/)[0]);
  if (clause !== '' && clause !== whole) {
    const c = map.get(clause);
    if (c) return c;
  }
  return null;
}

export function normaliseStatus(text: string): { status: Status | null; exact: boolean } {
  const { status, exact } = splitStatus(text);
  return { status, exact };
}

/** A status cell read as people type it: the status, and the words after it («перенос на май»). */
export interface StatusReading {
  status: Status | null;
  /** The cell is exactly the canonical value. */
  exact: boolean;
  /** What followed the status, for the comment: «перенос на май», «частично», «70%»; null when nothing did. */
  tail: string | null;
}

/**
 * Where a status ends and its tail begins: an opening parenthesis, a comma, semicolon, colon or line
 * break, a full stop before more text, an en or em dash (spaced or not), or a hyphen after a space
 * («не выполнено - перенос»; «не-выполнено» is one word).
 */
const TAIL_SEPARATOR = /\s*(?:[(,;:\n]|\.\s|\s[-\u2010\u2011]|[\u2012-\u2015\u2212])\s*/gu;

/**
 * The status of a cell and its tail. The whole cell is looked up first («выполнено частично» is one
 * variant); else the shortest head before a separator that is a status keeps the status and the
 * rest is the tail: «не выполнено – перенос на май» → «Не выполнено» + «перенос на май»;
 * «в работе, 70%» → «В работе» + «70%». When the head and the tail together are a variant of another
 * status, that status wins: «выполнено (частично)» reads as «частично выполнено», i.e. «В работе» (a
 * measure done in part is not done), its tail «частично» still kept for the comment.
 */
export function splitStatus(text: string): StatusReading {
  const s = typeof text === 'string' ? text : String(text ?? '');
  const whole = foldCellWord(s);
  if (whole === '') return { status: null, exact: false, tail: null };
  const hit = STATUS_LOOKUP.get(whole);
  if (hit) return { status: hit, exact: s.trim() === hit, tail: null };
  for (const m of s.matchAll(TAIL_SEPARATOR)) {
    const head = s.slice(0, m.index);
    const status = STATUS_LOOKUP.get(foldCellWord(head));
    if (!status) continue;
    const tail = cleanTail(s.slice((m.index ?? 0) + m[0].length), m[0].includes('('));
    const together = tail === null ? undefined : STATUS_LOOKUP.get(foldCellWord(`${head} ${tail}`));
    return { status: together ?? status, exact: false, tail };
  }
  const status = lookup(s, STATUS_LOOKUP);
  return { status, exact: false, tail: null };
}

/** The tail as the user wrote it, without the parenthesis that opened it or a dangling separator. */
function cleanTail(raw: string, opened: boolean): string | null {
  let t = normaliseSpaces(raw);
  if (opened) t = t.replace(/\)\s*$/u, '').trim();
  t = t.replace(/^[\s,;:\u2010-\u2015\u2212-]+|[\s,;:\u2010-\u2015\u2212-]+$/gu, '').trim();
  return t === '' ? null : t;
}

export function normaliseCuratorMark(text: string): { mark: CuratorMark | null; exact: boolean } {
  const s = typeof text === 'string' ? text : String(text ?? '');
  const mark = lookup(s, MARK_LOOKUP);
  return { mark, exact: mark !== null && s.trim() === mark };
}

// ---------------------------------------------------------------------------------------------
// Dates in tracking cells.

const DAY_MS = 86400000;
/** Sheets/Excel serial day 25569 is 1970-01-01. */
const SERIAL_EPOCH = 25569;

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/** ISO date when y-m-d is a real calendar date (years 1900–2199), else null. */
export function isoDate(year: number, month: number, day: number): IsoDate | null {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return null;
  if (year < 1900 || year > 2199 || month < 1 || month > 12 || day < 1) return null;
  if (day > daysInMonth(year, month)) return null;
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

function fullYear(raw: string): number {
  const n = Number(raw);
  if (raw.length === 2) return n < 70 ? 2000 + n : 1900 + n;
  return n;
}

const TIME_TAIL = String.raw`(?:\s*(?:,\s*)?\d{1,2}:\d{2}(?::\d{2})?)?`;
const YEAR_TAIL = String.raw`(?:\s*(?:г\.?|гг\.?|года?)\s*)?\.?`;
const NUMERIC_DATE = new RegExp(String.raw`^(\d{1,2})\s*[./-]\s*(\d{1,2})\s*[./-]\s*(\d{4}|\d{2})` + YEAR_TAIL + TIME_TAIL + '$', 'u');
const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T\s]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;
const WORDY_DATE = new RegExp(String.raw`^(\d{1,2})\s+(\p{L}+\.?)\s*(\d{4})` + YEAR_TAIL + TIME_TAIL + '$', 'u');

/**
 * The calendar date a tracking cell holds, or null.
 * - Date: "floating" — its UTC fields are the wall-clock date the user typed.
 * - number: a Sheets/Excel serial day (25569 = 1970-01-01); only 20000–80000 (1954–2119) is
 *   accepted so that counts and years are not taken for dates.
 * - text: «27.03.2022», «27.03.2022 г.», «27/03/22», «2022-03-27», «27 марта 2022 года».
 */
export function parseDateCell(cell: Cell): IsoDate | null {
  try {
    if (cell === null || cell === undefined || typeof cell === 'boolean') return null;
    if (cell instanceof Date) {
      const t = cell.getTime();
      if (Number.isNaN(t)) return null;
      return isoDate(cell.getUTCFullYear(), cell.getUTCMonth() + 1, cell.getUTCDate());
    }
    if (typeof cell === 'number') return serialToIso(cell);
    if (typeof cell !== 'string') return null;
    const s = normaliseSpaces(cell).replace(/[\u2010-\u2015\u2212]/g, '-');
    if (s === '' || s.length > 40) return null;
    let m = NUMERIC_DATE.exec(s);
    if (m) return isoDate(fullYear(m[3]), Number(m[2]), Number(m[1]));
    m = ISO_DATE.exec(s);
    if (m) return isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
    m = WORDY_DATE.exec(s);
    if (m) {
      const month = monthFromWord(m[2]);
      return month === null ? null : isoDate(Number(m[3]), month, Number(m[1]));
    }
    return null;
  } catch {
    return null;
  }
}

function serialToIso(n: number): IsoDate | null {
  if (!Number.isFinite(n) || n < 20000 || n > 80000) return null;
  const d = new Date((Math.floor(n) - SERIAL_EPOCH) * DAY_MS);
  return isoDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

// ---------------------------------------------------------------------------------------------
// Evidence links.

// Host: dotted labels of letters (Cyrillic too, for .рф), digits and hyphens, or an IPv4 address.
const HOST = String.raw`(?:(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?\.)+[\p{L}]{2,63}|localhost|\d{1,3}(?:\.\d{1,3}){3})`;
const HTTP_URL = new RegExp(String.raw`^https?:\/\/(?:[^\s/@]+@)?` + HOST + String.raw`(?::\d{1,5})?(?:[/?#][^\s]*)?$`, 'iu');

/** True when the whole text (spaces around aside) is one http(s) link with a plausible host. */
export function isHttpUrl(text: string): boolean {
  const s = String(text ?? '').trim();
  if (s.length < 10 || s.length > 4000) return false;
  return HTTP_URL.test(s);
}

/** Every http(s) link inside a free text (an evidence cell may hold several, or words around one). */
export function findUrls(text: string): string[] {
  const out: string[] = [];
  for (const m of String(text ?? '').matchAll(/https?:\/\/[^\s<>"«»]+/giu)) {
    const url = m[0].replace(/[.,;:!?)\]]+$/u, '');
    if (isHttpUrl(url)) out.push(url);
  }
  return out;
}
