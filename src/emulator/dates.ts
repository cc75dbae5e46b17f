/**
 * Dates and time zones: wall-clock parts of an instant in a zone, the instant of a zoned wall-clock
 * time, and Utilities.formatDate's SimpleDateFormat subset.
 */
import { GasException } from './errors';

interface ZonedParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  ms: number;
  weekday: number;
}

const dtfCache = new Map<string, Intl.DateTimeFormat>();
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function zonedParts(date: Date, tz: string): ZonedParts {
  let f = dtfCache.get(tz);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: tz,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      weekday: 'short',
      era: 'short',
    });
    dtfCache.set(tz, f);
  }
  const out: Record<string, string> = {};
  for (const p of f.formatToParts(date)) out[p.type] = p.value;
  let year = Number(out.year);
  if (out.era === 'BC' || out.era === 'B') year = 1 - year;
  return {
    year,
    month: Number(out.month),
    day: Number(out.day),
    hour: Number(out.hour) % 24,
    minute: Number(out.minute),
    second: Number(out.second),
    ms: date.getUTCMilliseconds(),
    weekday: WEEKDAYS.indexOf(out.weekday),
  };
}

function tzOffsetMs(date: Date, tz: string): number {
  const p = zonedParts(date, tz);
  return Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second, p.ms) - date.getTime();
}

/** The instant at which the wall clock in `tz` shows the given local date and time. */
export function zonedDate(tz: string, year: number, month: number, day: number, hour = 0, minute = 0, second = 0): Date {
  const guess = Date.UTC(year, month - 1, day, hour, minute, second);
  let t = guess - tzOffsetMs(new Date(guess), tz);
  t = guess - tzOffsetMs(new Date(t), tz);
  return new Date(t);
}

function pad(n: number, width: number): string {
  const s = String(Math.abs(n));
  return (n < 0 ? '-' : '') + (s.length >= width ? s : '0'.repeat(width - s.length) + s);
}

/**
 * Utilities.formatDate: a SimpleDateFormat subset (y, M, d, H, h, m, s, S, a, E, Z, X, 'literal').
 */
export function formatDate(date: Date, tz: string, pattern: string): string {
  if (!(date instanceof Date) || Number.isNaN(date.getTime())) throw new GasException('Invalid argument: date');
  const p = zonedParts(date, tz);
  const off = Math.round(tzOffsetMs(date, tz) / 60000);
  const offStr = (sep: string) => (off >= 0 ? '+' : '-') + pad(Math.floor(Math.abs(off) / 60), 2) + sep + pad(Math.abs(off) % 60, 2);
  return pattern.replace(/'([^']*)'|y+|M+|d+|H+|h+|m+|s+|S+|a|E+|Z+|X+|z+|u/g, (tok, lit: string | undefined) => {
    if (lit !== undefined) return lit === '' ? "'" : lit;
    const c = tok[0];
    const n = tok.length;
    switch (c) {
      case 'y':
        return n === 2 ? pad(p.year % 100, 2) : pad(p.year, n);
      case 'M':
        return n >= 4 ? MONTH_NAMES[p.month - 1] : n === 3 ? MONTH_NAMES[p.month - 1].slice(0, 3) : pad(p.month, n);
      case 'd':
        return pad(p.day, n);
      case 'H':
        return pad(p.hour, n);
      case 'h':
        return pad(p.hour % 12 === 0 ? 12 : p.hour % 12, n);
      case 'm':
        return pad(p.minute, n);
      case 's':
        return pad(p.second, n);
      case 'S':
        return pad(p.ms, 3).slice(0, Math.max(n, 3)).padEnd(n, '0');
      case 'a':
        return p.hour < 12 ? 'AM' : 'PM';
      case 'E':
        return n >= 4 ? WEEKDAY_NAMES[p.weekday] : WEEKDAYS[p.weekday];
      case 'u':
        return String(p.weekday === 0 ? 7 : p.weekday);
      case 'Z':
        return offStr('');
      case 'X':
        return off === 0 ? 'Z' : n === 1 ? offStr('').slice(0, 3) : offStr(n >= 3 ? ':' : '');
      case 'z':
        return 'GMT' + offStr(':');
      default:
        return tok;
    }
  });
}
