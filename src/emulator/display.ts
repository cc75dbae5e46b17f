/**
 * Number formats and display text: Sheets' date patterns turned into formatDate patterns, numbers
 * shown with the locale's decimal separator, and the text getDisplayValue(s) returns for a cell.
 */
import { formatDate } from './dates';
import type { Cell } from './model';
import { DEFAULT_NUMBER_FORMAT, TEXT_FORMAT } from './types';

/** Converts a Sheets number-format date pattern ("dd.mm.yyyy hh:mm") to a formatDate pattern. */
function sheetsDatePattern(fmt: string): string {
  const tokens = fmt.match(/"[^"]*"|\\.|yyyy|yy|y|mmmm|mmm|mm|m|dddd|ddd|dd|d|hh|h|ss|s|am\/pm|./gi) ?? [];
  let out = '';
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const lower = t.toLowerCase();
    if (t.startsWith('"')) {
      out += `'${t.slice(1, -1)}'`;
      continue;
    }
    if (t.startsWith('\\')) {
      out += `'${t.slice(1)}'`;
      continue;
    }
    if (/^y+$/.test(lower)) {
      out += lower.length <= 2 ? 'yy' : 'yyyy';
      continue;
    }
    if (/^d+$/.test(lower)) {
      out += lower.length >= 3 ? 'E'.repeat(lower.length) : lower;
      continue;
    }
    if (/^h+$/.test(lower)) {
      out += lower.length === 1 ? 'H' : 'HH';
      continue;
    }
    if (/^s+$/.test(lower)) {
      out += lower;
      continue;
    }
    if (lower === 'am/pm') {
      out += 'a';
      continue;
    }
    if (/^m+$/.test(lower)) {
      // Minutes if after an hour token or before a seconds token, otherwise month.
      const prev = tokens
        .slice(0, i)
        .reverse()
        .find((x) => /^[a-z]/i.test(x) && !/^["\\]/.test(x));
      const next = tokens.slice(i + 1).find((x) => /^[a-z]/i.test(x) && !/^["\\]/.test(x));
      const minute = (prev !== undefined && /^h+$/i.test(prev)) || (next !== undefined && /^s+$/i.test(next));
      out += minute ? (lower.length === 1 ? 'm' : 'mm') : lower.length >= 3 ? 'M'.repeat(lower.length) : lower.toUpperCase();
      continue;
    }
    out += /[a-z]/i.test(t) ? `'${t}'` : t === "'" ? "''" : t;
  }
  return out;
}

function isDateFormat(fmt: string | undefined): fmt is string {
  return fmt !== undefined && fmt !== TEXT_FORMAT && /[yd]/i.test(fmt.replace(/"[^"]*"/g, ''));
}

function formatNumberForDisplay(n: number, fmt: string | undefined, locale: string): string {
  const ru = locale.toLowerCase().startsWith('ru');
  const dec = ru ? ',' : '.';
  const group = ru ? '\u00a0' : ',';
  const fixed = (x: number, decimals: number, grouping: boolean): string => {
    const [i, f] = Math.abs(x).toFixed(decimals).split('.');
    const ii = grouping ? i.replace(/\B(?=(\d{3})+(?!\d))/g, group) : i;
    return (x < 0 && Number(x.toFixed(decimals)) !== 0 ? '-' : '') + ii + (f ? dec + f : '');
  };
  const general = (x: number): string => {
    if (!Number.isFinite(x)) return String(x);
    const s = Number.isInteger(x) ? String(x) : String(Number(x.toPrecision(15)));
    return s.replace('.', dec);
  };
  if (fmt === undefined || fmt === DEFAULT_NUMBER_FORMAT || fmt === TEXT_FORMAT || fmt === '' || /^general$/i.test(fmt)) return general(n);
  const pct = /^[#,0]*0(?:\.(0+))?%$/.exec(fmt);
  if (pct) return fixed(n * 100, (pct[1] ?? '').length, false) + '%';
  const plain = /^([#,0]*0)(?:\.(0+|#+))?$/.exec(fmt);
  if (plain) return fixed(n, plain[2]?.startsWith('0') ? plain[2].length : 0, plain[1].includes(','));
  return general(n);
}

/** The text getDisplayValue(s) shows for a cell: dates by its format (or the locale's), numbers by its format. */
export function displayText(cell: Cell | undefined, tz: string, locale: string): string {
  if (!cell) return '';
  const v = cell.v;
  if (v instanceof Date) {
    const pattern = isDateFormat(cell.fmt) ? sheetsDatePattern(cell.fmt) : locale.toLowerCase().startsWith('ru') ? 'dd.MM.yyyy' : 'M/d/yyyy';
    return formatDate(v, tz, pattern);
  }
  if (typeof v === 'number') return formatNumberForDisplay(v, cell.fmt, locale);
  if (typeof v === 'boolean') {
    if (locale.toLowerCase().startsWith('ru')) return v ? 'ИСТИНА' : 'ЛОЖЬ';
    return v ? 'TRUE' : 'FALSE';
  }
  return v;
}
