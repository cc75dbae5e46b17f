/**
 * Entered-value conversion: what Sheets does with a string written by setValue(s) — formulas,
 * numbers, percents, dates and booleans typed as text, unless the cell's format is "@" (text).
 */
import { zonedDate } from './dates';
import { type CellValue, TEXT_FORMAT } from './types';

interface Converted {
  v: CellValue;
  f?: string;
  fmt?: string;
}

function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

export function convertEntered(s: string, cellFormat: string | undefined, tz: string, locale: string): Converted {
  if (cellFormat === TEXT_FORMAT) return { v: s };
  if (s.startsWith("'")) return { v: s.slice(1) };
  if (s.length > 1 && s.startsWith('=')) return { v: '', f: s };
  const t = s.trim();
  if (t === '') return { v: s };
  const ru = locale.toLowerCase().startsWith('ru');
  // Numbers: "1.10", "1,5" (decimal comma), "-3", "1e3", "007". In en_US "1,500" is a thousands separator.
  const enThousands = /^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/;
  if (!ru && enThousands.test(t)) return { v: Number(t.replace(/,/g, '')) };
  const num = /^[+-]?(\d+([.,]\d*)?|[.,]\d+)([eE][+-]?\d+)?$/;
  if (num.test(t)) return { v: Number(t.replace(',', '.')) };
  const pct = /^([+-]?(\d+([.,]\d*)?|[.,]\d+))\s?%$/.exec(t);
  if (pct) {
    const value = Number(pct[1].replace(',', '.')) / 100;
    const decimals = (pct[1].split(/[.,]/)[1] ?? '').length;
    const fmt = decimals === 0 ? '0%' : `0.${'0'.repeat(Math.min(decimals, 2) || 2)}%`;
    return { v: value, fmt: cellFormat === undefined ? fmt : undefined };
  }
  // Dates: dd.MM.yyyy (optionally with H:mm[:ss]), yyyy-MM-dd, and M/d/yyyy in en_US.
  let y: number | undefined,
    mo = 0,
    d = 0,
    h = 0,
    mi = 0,
    se = 0;
  let hasTime = false;
  const timePart = '(?:\\s+(\\d{1,2}):(\\d{2})(?::(\\d{2}))?)?';
  let dm = new RegExp(`^(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4}|\\d{2})${timePart}$`).exec(t);
  if (dm) {
    d = +dm[1];
    mo = +dm[2];
    y = +dm[3];
  }
  if (!dm) {
    dm = new RegExp(`^(\\d{4})-(\\d{1,2})-(\\d{1,2})${timePart}$`).exec(t);
    if (dm) {
      y = +dm[1];
      mo = +dm[2];
      d = +dm[3];
    }
  }
  if (!dm) {
    dm = new RegExp(`^(\\d{1,2})/(\\d{1,2})/(\\d{4}|\\d{2})${timePart}$`).exec(t);
    if (dm) {
      if (ru) {
        d = +dm[1];
        mo = +dm[2];
      } else {
        mo = +dm[1];
        d = +dm[2];
      }
      y = +dm[3];
    }
  }
  if (dm && y !== undefined) {
    if (dm[3].length === 2 && y < 100) y += y < 30 ? 2000 : 1900;
    if (dm[4] !== undefined) {
      hasTime = true;
      h = +dm[4];
      mi = +dm[5];
      se = dm[6] !== undefined ? +dm[6] : 0;
    }
    if (mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo) && h < 24 && mi < 60 && se < 60) {
      const dateFmt = ru ? 'dd.MM.yyyy' : 'M/d/yyyy';
      const fmt = hasTime ? `${dateFmt} H:mm:ss` : dateFmt;
      return { v: zonedDate(tz, y, mo, d, h, mi, se), fmt: cellFormat === undefined ? fmt : undefined };
    }
  }
  const upper = t.toUpperCase();
  if (upper === 'TRUE' || (ru && upper === 'ИСТИНА')) return { v: true };
  if (upper === 'FALSE' || (ru && upper === 'ЛОЖЬ')) return { v: false };
  return { v: s };
}
