/**
 * The values of the «Настройки» sheet as users type them. An unreadable value says why, in Russian;
 * nothing here throws.
 * - Percentages from numbers (40, 40.5) and texts («40», «40%», «40,5 %»). A fractional number
 *   between 0 and 1 is a share typed as «40%» into a cell Sheets formatted as percent (0.4 → 40);
 *   the whole number 1 stays 1 %.
 * - Report dates: «21.01; 13.07» (also «,» or line breaks between, «21 января», date cells).
 */
import { parsePeriod } from '../../../parse/period';
import { spreadsheetIdOf } from '../../../parse/spreadsheet-link';
import { monthFromWord, normaliseSpaces } from '../../../core/text';
import type { Cell } from '../../../core/types';
import { cellString, quoted } from '../../sheet-cells';

export type ValueResult<T> = { ok: true; value: T } | { ok: false; problem: string };

export const isEmptyCell = (cell: Cell | undefined) => cell === null || cell === undefined || (typeof cell === 'string' && normaliseSpaces(cell) === '');

function round(n: number): number {
  return Math.round(n * 1e6) / 1e6;
}

/** 0–100 from 40, 40.5, 0.4 (a percent-formatted cell), «40», «40%», «40,5 %». */
export function readPercent(cell: Cell): ValueResult<number> {
  let n: number | null = null;
  if (typeof cell === 'number') {
    if (!Number.isFinite(cell)) return { ok: false, problem: 'ожидается число от 0 до 100' };
    n = cell > 0 && cell < 1 && !Number.isInteger(cell) ? round(cell * 100) : cell;
  } else if (typeof cell === 'string') {
    const m = /^\s*(-?\d+(?:[.,]\d+)?)\s*%?\s*$/.exec(cell.replace(/\u00a0/g, ' '));
    if (m) n = Number(m[1].replace(',', '.'));
  }
  if (n === null || !Number.isFinite(n))
    return { ok: false, problem: `${quoted(cellString(cell))} — не число; ожидается число от 0 до 100, например 40 или 40%` };
  if (n < 0 || n > 100) return { ok: false, problem: `${quoted(cellString(cell))} вне пределов 0–100` };
  return { ok: true, value: n };
}

/** Whole days 0–365 from 14, «14», «14 дней». */
export function readDays(cell: Cell): ValueResult<number> {
  let n: number | null = null;
  if (typeof cell === 'number' && Number.isFinite(cell)) n = cell;
  else if (typeof cell === 'string') {
    const m = /^\s*(\d+(?:[.,]\d+)?)\s*(?:дн\p{L}*\.?|д\.?|сут\p{L}*\.?)?\s*$/iu.exec(cell);
    if (m) n = Number(m[1].replace(',', '.'));
  }
  if (n === null) return { ok: false, problem: `${quoted(cellString(cell))} — не число дней; ожидается целое число от 0 до 365, например 14` };
  if (!Number.isInteger(n) || n < 0 || n > 365) return { ok: false, problem: `${quoted(cellString(cell))}: ожидается целое число дней от 0 до 365` };
  return { ok: true, value: n };
}

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function dayMonth(day: number, month: number): string | null {
  if (!Number.isInteger(day) || !Number.isInteger(month) || month < 1 || month > 12 || day < 1 || day > DAYS_IN_MONTH[month - 1]) return null;
  return `${String(day).padStart(2, '0')}.${String(month).padStart(2, '0')}`;
}

/** ДД.ММ dates from «21.01; 13.07», «21.01, 13.07», «21 января», a date cell. */
export function readReportDates(cell: Cell): ValueResult<string[]> {
  if (cell instanceof Date) {
    const d = Number.isNaN(cell.getTime()) ? null : dayMonth(cell.getUTCDate(), cell.getUTCMonth() + 1);
    return d ? { ok: true, value: [d] } : { ok: false, problem: 'дата не читается' };
  }
  const text = typeof cell === 'number' ? String(cell) : String(cell ?? '');
  const parts = text
    .split(/[;\n]|,(?!\d)|\s+и\s+/u)
    .map((p) => normaliseSpaces(p))
    .filter((p) => p !== '');
  const out: string[] = [];
  const bad: string[] = [];
  for (const p of parts) {
    let d: string | null = null;
    let m = /^(\d{1,2})\s*[./]\s*(\d{1,2})(?:\s*[./]\s*\d{2,4})?\.?$/.exec(p);
    if (m) d = dayMonth(Number(m[1]), Number(m[2]));
    else if ((m = /^(\d{1,2})\s+(\p{L}+\.?)$/u.exec(p))) {
      const month = monthFromWord(m[2]);
      d = month === null ? null : dayMonth(Number(m[1]), month);
    }
    if (d) {
      if (!out.includes(d)) out.push(d);
    } else bad.push(p);
  }
  if (bad.length > 0) return { ok: false, problem: `${bad.map((b) => quoted(b, 30)).join(', ')} — не дата ДД.ММ; пример: 21.01; 13.07` };
  if (out.length === 0) return { ok: false, problem: 'не указано ни одной даты ДД.ММ; пример: 21.01; 13.07' };
  return { ok: true, value: out };
}

/** A plan period («2022», «2021/2022», «2021-2024», «на 2022 год») as its normal label. */
export function readPeriod(cell: Cell): ValueResult<string> {
  if (typeof cell === 'number' && Number.isInteger(cell)) {
    const p = parsePeriod(String(cell));
    if (p) return { ok: true, value: p.label };
  }
  if (typeof cell === 'string') {
    const p = parsePeriod(cell);
    if (p) return { ok: true, value: p.label };
  }
  return { ok: false, problem: `${quoted(cellString(cell))} — не период; ожидается 2022, 2021/2022 или 2021-2024` };
}

/** The coordinator's spreadsheet: a Google Sheets link or a bare id, kept as typed (trimmed). */
export function readSpreadsheetLink(cell: Cell): ValueResult<string> {
  const text = normaliseSpaces(cellString(cell));
  if (spreadsheetIdOf(text) !== null) return { ok: true, value: text };
  return {
    ok: false,
    problem: `${quoted(text, 60)} — не ссылка на Google Таблицу; ожидается ссылка вида https://docs.google.com/spreadsheets/d/…/edit или идентификатор таблицы`,
  };
}
