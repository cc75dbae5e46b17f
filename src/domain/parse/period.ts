/**
 * The period a plan covers, read from Russian text, plus the calendar arithmetic shared with the
 * deadline parser. Pure: plain Date.UTC arithmetic, no time zones, no host globals.
 *
 * Choices (ambiguities) made here:
 *  - «2021/2022», «2021/22», «2021-2022 уч. г.», «2021 - 2022 учебного года» → academic year
 *    (2021-09-01 … 2022-08-31): an academic year is two consecutive years joined by «/», or by a
 *    dash when a word starting with «уч» is next to them.
 *  - «2021-2024», «на 2021-2024 годы», «2018 - 2019 г.г.», and a bare «2021-2022» with no «уч»
 *    word → span of calendar years (2021-01-01 … 2024-12-31).
 *  - «2022», «на 2022 год», «в 2022 году» → calendar year.
 *  - School quarters follow the approximate Russian school calendar (real dates move by a few
 *    days every year and region): I 01.09–31.10, II 01.11–29.12, III 09.01–23.03, IV 01.04–31.05.
 *    For a calendar year or a span, `academicQuarters` returns every school quarter lying wholly
 *    inside the period, in date order (a calendar year 2022 gives III and IV of 2021/2022, then
 *    I and II of 2022/2023).
 */
import { daysInMonth } from '../core/calendar';
import type { IsoDate, Period } from '../core/types';

const MS_PER_DAY = 86_400_000;
/** Years a plan can plausibly name; anything else is a number, not a year. */
export const YEAR_MIN = 1990;
export const YEAR_MAX = 2100;

export function isPlausibleYear(y: number): boolean {
  return Number.isInteger(y) && y >= YEAR_MIN && y <= YEAR_MAX;
}

// Day numbers are computed with the proleptic Gregorian formulas (days_from_civil / civil_from_days,
// as Date does internally) instead of a Date object per call: these run several times per deadline
// cell. Inputs a Date would treat specially (fractions, NaN, huge values) still go through Date.

/** Day number of 1 March of year 0 minus that of 1970-01-01 (the civil formulas count from March). */
const CIVIL_EPOCH = 719_468;

/** Days since 1970-01-01 of y-m-d for an ordinary date (m 1…12, d 1…31): days_from_civil. */
function civilToDay(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) + d - 1;
  return era * 146_097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy - CIVIL_EPOCH;
}

/** Day number (days since 1970-01-01) of a calendar date; month is 1-based, overflow rolls over. */
export function dayNumber(y: number, m: number, d: number): number {
  if (Number.isInteger(y) && Number.isInteger(m) && Number.isInteger(d) && Math.abs(y) <= 100_000 && Math.abs(m) <= 1_000_000 && Math.abs(d) <= 10_000_000) {
    // Month overflow rolls into the year, day overflow into the following days (as setUTCFullYear).
    const dy = Math.floor((m - 1) / 12);
    return civilToDay(y + dy, m - dy * 12, 1) + (d - 1);
  }
  const dt = new Date(0);
  dt.setUTCFullYear(y, m - 1, d);
  dt.setUTCHours(0, 0, 0, 0);
  return Math.round(dt.getTime() / MS_PER_DAY);
}

/** A plain day number a Date holds exactly (the range Date allows). */
const isPlainDay = (n: number): boolean => Number.isInteger(n) && Math.abs(n) <= 100_000_000;

// civilOf's answer (module scratch instead of an object per call).
let civilY = 0;
let civilM = 0;
let civilD = 0;

/** Year, month and day of a plain day number into civilY / civilM / civilD: civil_from_days. */
function civilOf(n: number): void {
  const z = n + CIVIL_EPOCH;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const m = mp < 10 ? mp + 3 : mp - 9;
  civilY = yoe + era * 400 + (m <= 2 ? 1 : 0);
  civilM = m;
  civilD = doy - Math.floor((153 * mp + 2) / 5) + 1;
}

export function fromDayNumber(n: number): { y: number; m: number; d: number; weekday: number } {
  if (isPlainDay(n)) {
    civilOf(n);
    // 1970-01-01 was a Thursday (4); weekday: 1 = Monday … 7 = Sunday
    return { y: civilY, m: civilM, d: civilD, weekday: ((((n + 3) % 7) + 7) % 7) + 1 };
  }
  const dt = new Date(n * MS_PER_DAY);
  // weekday: 1 = Monday … 7 = Sunday
  return { y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate(), weekday: ((dt.getUTCDay() + 6) % 7) + 1 };
}

const pad = (n: number, w: number) => String(n).padStart(w, '0');
const pad2 = (n: number) => (n < 10 ? '0' + n : String(n));

/** ISO strings of the days of plausible years, made when first asked for (a plan asks for the same days again and again). */
const ISO_CACHE_FROM = civilToDay(YEAR_MIN - 1, 1, 1);
const ISO_CACHE_TO = civilToDay(YEAR_MAX + 2, 1, 1);
const isoCache: string[] = new Array<string>(ISO_CACHE_TO - ISO_CACHE_FROM).fill('');

export function dayToIso(n: number): IsoDate {
  if (n >= ISO_CACHE_FROM && n < ISO_CACHE_TO && Number.isInteger(n)) {
    const k = n - ISO_CACHE_FROM;
    let iso = isoCache[k];
    if (iso === '') {
      civilOf(n);
      iso = isoCache[k] = `${civilY}-${pad2(civilM)}-${pad2(civilD)}`;
    }
    return iso;
  }
  if (isPlainDay(n)) {
    civilOf(n);
    if (civilY >= 1000 && civilY <= 9999) return `${civilY}-${pad2(civilM)}-${pad2(civilD)}`;
  }
  const { y, m, d } = fromDayNumber(n);
  return `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
}

const isDigitAt = (s: string, i: number): boolean => {
  const c = s.charCodeAt(i);
  return c >= 48 && c <= 57;
};
const digitsAt = (s: string, i: number, n: number): number => {
  let v = 0;
  for (let k = i; k < i + n; k++) v = v * 10 + (s.charCodeAt(k) - 48);
  return v;
};

/** "YYYY-MM-DD" exactly (no spaces around): read by hand, not by the pattern below. */
function plainIsoDay(iso: string): number | null | undefined {
  if (iso.length !== 10 || iso.charCodeAt(4) !== 45 || iso.charCodeAt(7) !== 45) return undefined;
  for (let i = 0; i < 10; i++) if (i !== 4 && i !== 7 && !isDigitAt(iso, i)) return undefined;
  const y = digitsAt(iso, 0, 4);
  const mo = digitsAt(iso, 5, 2);
  const d = digitsAt(iso, 8, 2);
  if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) return null;
  return civilToDay(y, mo, d);
}

/** "YYYY-MM-DD" → day number, or null when it is not a real date. */
export function isoToDay(iso: string): number | null {
  if (typeof iso === 'string') {
    const plain = plainIsoDay(iso);
    if (plain !== undefined) return plain;
  }
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(typeof iso === 'string' ? iso.trim() : '');
  if (!m) return null;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) return null;
  return dayNumber(y, mo, d);
}

export { daysInMonth };

// 1 January of the years 1900…2201 as day numbers: yearOfDay's quick path (it runs many times per
// deadline cell).
const YEAR_TABLE_FROM = 1900;
const yearStarts: number[] = [];
for (let y = YEAR_TABLE_FROM; y <= 2201; y++) yearStarts.push(civilToDay(y, 1, 1));

export function yearOfDay(n: number): number {
  if (n >= yearStarts[0] && n < yearStarts[yearStarts.length - 1] && Number.isInteger(n)) {
    let i = Math.min(Math.floor((n - yearStarts[0]) / 365.2425), yearStarts.length - 2);
    while (yearStarts[i] > n) i--;
    while (yearStarts[i + 1] <= n) i++;
    return YEAR_TABLE_FROM + i;
  }
  if (isPlainDay(n)) {
    civilOf(n);
    return civilY;
  }
  return new Date(n * MS_PER_DAY).getUTCFullYear();
}

/** The same calendar day k years later (29 February becomes 28 February). */
export function shiftYears(n: number, k: number): number {
  const { y, m, d } = fromDayNumber(n);
  return dayNumber(y + k, m, Math.min(d, daysInMonth(y + k, m)));
}

// periodDays' last question and answer.
let lastPeriodStart: unknown = undefined;
let lastPeriodEnd: unknown = undefined;
let lastPeriodBounds: Readonly<{ s: number; e: number }> | null = null;

/**
 * Bounds of a period as day numbers, or null when its dates are not valid ISO dates. The answer is
 * shared with the next call for the same dates: read it, do not change it.
 */
export function periodDays(p: Period | null | undefined): Readonly<{ s: number; e: number }> | null {
  if (!p || typeof p !== 'object') return null;
  // One plan's deadlines ask with the same period again and again: its last answer is kept.
  const start = p.start;
  const end = p.end;
  if (start !== lastPeriodStart || end !== lastPeriodEnd) {
    lastPeriodStart = start;
    lastPeriodEnd = end;
    const s = isoToDay(start);
    const e = isoToDay(end);
    lastPeriodBounds = s === null || e === null || s > e ? null : { s, e };
  }
  return lastPeriodBounds;
}

export function calendarPeriod(y: number): Period {
  return { kind: 'calendar', label: String(y), start: dayToIso(dayNumber(y, 1, 1)), end: dayToIso(dayNumber(y, 12, 31)) };
}

export function academicPeriod(y1: number): Period {
  return {
    kind: 'academic',
    label: `${y1}/${y1 + 1}`,
    start: dayToIso(dayNumber(y1, 9, 1)),
    end: dayToIso(dayNumber(y1 + 1, 8, 31)),
  };
}

export function spanPeriod(y1: number, y2: number): Period {
  if (y1 === y2) return calendarPeriod(y1);
  return { kind: 'span', label: `${y1}-${y2}`, start: dayToIso(dayNumber(y1, 1, 1)), end: dayToIso(dayNumber(y2, 12, 31)) };
}

// School quarters: [year offset from the academic start year, month, day] of start and end.
const SCHOOL_QUARTERS: ReadonlyArray<readonly [number, number, number, number, number, number]> = [
  [0, 9, 1, 0, 10, 31],
  [0, 11, 1, 0, 12, 29],
  [1, 1, 9, 1, 3, 23],
  [1, 4, 1, 1, 5, 31],
];

/** School quarter n (1–4) of the academic year that starts in September of `startYear`. */
export function schoolQuarterDays(startYear: number, n: number): { s: number; e: number } {
  const q = SCHOOL_QUARTERS[Math.min(4, Math.max(1, n)) - 1];
  return { s: dayNumber(startYear + q[0], q[1], q[2]), e: dayNumber(startYear + q[3], q[4], q[5]) };
}

/** Every school quarter lying wholly inside [s, e], in date order. */
export function schoolQuartersWithin(s: number, e: number): { s: number; e: number; n: number }[] {
  const out: { s: number; e: number; n: number }[] = [];
  const y0 = yearOfDay(s) - 1;
  const y1 = Math.min(yearOfDay(e), y0 + 200);
  for (let y = y0; y <= y1; y++) {
    for (let n = 1; n <= 4; n++) {
      const q = schoolQuarterDays(y, n);
      if (q.s >= s && q.e <= e) out.push({ ...q, n });
    }
  }
  return out;
}

/**
 * School quarters of a period (see the module comment): I–IV for an academic year; for a calendar
 * year or a span, every school quarter lying wholly inside it, in date order.
 */
export function academicQuarters(p: Period): { start: IsoDate; end: IsoDate }[] {
  const b = periodDays(p);
  if (!b) return [];
  return schoolQuartersWithin(b.s, b.e).map((q) => ({ start: dayToIso(q.s), end: dayToIso(q.e) }));
}

// ---------------------------------------------------------------------------------------------
// Reading a period from text

/** Lower case, ё → е, every dash → "-", odd spaces → " ", markdown emphasis dropped. */
export function normalisePeriodText(text: string): string {
  return text
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[\u2010-\u2015\u2212\u2043\ufe58\ufe63\uff0d]/g, '-')
    .replace(/[\u00a0\u2000-\u200b\u202f\u205f\u3000\t]/g, ' ')
    .replace(/[*_#`]/g, ' ');
}

interface Candidate {
  period: Period;
  score: number;
}

const PLAN_RE = /план|дорожн|программ|график|мероприят|проект|комплекс мер/;
const PERIOD_WORDS_RE = /учебн[а-я]*|уч|календарн[а-я]*|года?|году|годы|годов|гг|г|на|в|во|за|период/g;

function insideQuotes(line: string, index: number): boolean {
  const before = line.slice(0, index);
  const opens = (before.match(/«/g) || []).length;
  const closes = (before.match(/»/g) || []).length;
  return opens > closes;
}

/** True when the line holds nothing but the period and period words («2021/2022 учебный год»). */
function onlyPeriod(line: string, from: number, to: number): boolean {
  const rest = (line.slice(0, from) + ' ' + line.slice(to)).replace(PERIOD_WORDS_RE, ' ').replace(/[^a-zа-я0-9]+/g, '');
  return rest.length === 0;
}

/** Candidate periods named in one line of text, each with a score (higher = more plausible). */
function scanLine(raw: string): Candidate[] {
  const line = normalisePeriodText(raw);
  const out: Candidate[] = [];
  const taken: [number, number][] = [];
  const prep = (before: string) => /(^|[^а-я])(на|в|во|за|течение|протяжении)\s*$/.test(before);

  // Two years: «2021/2022», «2021-2024», «2021 - 2022», «2021/22».
  const pairRe = /(?<![\d./-])((?:19|20)\d{2})\s*([-/])\s*((?:19|20)\d{2}|\d{2})(?!\d|[.,]\d|\s*[-/.]\s*\d)/g;
  for (const m of line.matchAll(pairRe)) {
    const at = m.index ?? 0;
    const end = at + m[0].length;
    const y1 = Number(m[1]);
    let y2 = Number(m[3]);
    if (m[3].length === 2) {
      y2 = Math.floor(y1 / 100) * 100 + y2;
      if (y2 !== y1 + 1) continue;
    }
    if (!isPlausibleYear(y1) || !isPlausibleYear(y2) || y2 < y1 || y2 - y1 > 20) continue;
    const before = line.slice(Math.max(0, at - 40), at);
    const after = line.slice(end, end + 40);
    if (/(№|от)\s*[«"]?\s*$/.test(before)) continue;
    const uch = /^\s*[(]?\s*уч/.test(after) || /уч[а-я]*\.?\s*(г[а-я]*\.?\s*)?[:(]?\s*$/.test(before);
    const yearsWord = /^\s*(г\.?\s*г|гг|год(ы|ов|ах|а|у)?(?![а-я]))/.test(after);
    let period: Period;
    let score: number;
    if (y2 === y1 + 1 && (uch || m[2] === '/')) {
      period = academicPeriod(y1);
      score = uch ? 30 : 28;
    } else if (y2 === y1) {
      period = calendarPeriod(y1);
      score = 18;
    } else {
      period = spanPeriod(y1, y2);
      score = yearsWord ? 28 : 15;
    }
    if (prep(before)) score += 10;
    if (onlyPeriod(line, at, end)) score += 10;
    if (insideQuotes(line, at)) score -= 5;
    taken.push([at, end]);
    out.push({ period, score });
  }

  // One year: «на 2022 год», «в 2022 году», «2022».
  const yearRe = /(?<![\d./№-])((?:19|20)\d{2})(?![\d%]|[.,]\d|\s*[-/]\s*\d)/g;
  for (const m of line.matchAll(yearRe)) {
    const at = m.index ?? 0;
    const end = at + m[0].length;
    if (taken.some(([a, b]) => at >= a && at < b)) continue;
    const y = Number(m[1]);
    if (!isPlausibleYear(y)) continue;
    const before = line.slice(Math.max(0, at - 40), at);
    const after = line.slice(end, end + 20);
    // An order's number or date («от 30 декабря 2021 г.», «№ 2021»), not the plan's period.
    if (/(№|от|n)\s*[«"]?\s*$/.test(before)) continue;
    if (/\d{1,2}\s*[.]?\s*[а-я]+\s*$/.test(before) && /(январ|феврал|март|апрел|ма[яй]|июн|июл|август|сентябр|октябр|ноябр|декабр)[а-я]*\s*$/.test(before))
      continue;
    const yearWord = /^\s*(г\.|г(?![а-я])|года?(?![а-я])|году|гг)/.test(after);
    let score = yearWord ? 20 : 5;
    if (prep(before)) score += 10;
    if (onlyPeriod(line, at, end)) score += 10;
    if (insideQuotes(line, at)) score -= 5;
    out.push({ period: calendarPeriod(y), score });
  }
  return out;
}

/**
 * The period a user typed in a settings field or a period cell: «2022», «на 2022 год»,
 * «2021/2022 учебный год», «2021-2024 годы»… (see the module comment for the rules). Null when
 * the text names no plausible year.
 */
export function parsePeriod(text: string): Period | null {
  if (typeof text !== 'string' || text.trim() === '') return null;
  const cands = scanLine(text.slice(0, 2000).replace(/[\r\n]+/g, ' '));
  let best: Candidate | null = null;
  for (const c of cands) if (!best || c.score > best.score) best = c;
  return best ? best.period : null;
}

/**
 * The period named in the title lines above a table. Each year or pair of years is scored:
 * academic-year and «годы» forms over bare years, plan phrases («план», «дорожная карта»,
 * «программа») on the line or the four lines before it, a preposition («на», «в»), a line holding
 * only the period, and closeness to the table (the last eight non-empty lines). Years inside dates
 * and after «от»/«№» (order dates and numbers) are ignored. Ties go to the line nearest the table.
 */
export function findPeriodInText(lines: string[]): Period | null {
  if (!Array.isArray(lines)) return null;
  const flat: string[] = [];
  for (const l of lines) {
    if (typeof l !== 'string') continue;
    for (const part of l.split(/\r?\n|\r/)) if (part.trim() !== '') flat.push(part.slice(0, 2000));
  }
  let best: Candidate | null = null;
  for (let i = 0; i < flat.length; i++) {
    const cands = scanLine(flat[i]);
    if (cands.length === 0) continue;
    let bonus = 0;
    for (let j = Math.max(0, i - 4); j <= i; j++) {
      if (PLAN_RE.test(normalisePeriodText(flat[j]))) {
        bonus += 10;
        break;
      }
    }
    if (i >= flat.length - 8) bonus += 15;
    for (const c of cands) {
      const score = c.score + bonus;
      if (!best || score >= best.score) best = { period: c.period, score };
    }
  }
  return best ? best.period : null;
}

/**
 * A calendar-year period from the years found in a plan's deadlines: the most frequent plausible
 * year; ties go to the earlier year. Null when there is none.
 */
export function inferPeriodFromYears(years: number[]): Period | null {
  if (!Array.isArray(years)) return null;
  const counts = new Map<number, number>();
  for (const y of years) if (isPlausibleYear(y)) counts.set(y, (counts.get(y) ?? 0) + 1);
  let bestYear: number | null = null;
  let bestCount = 0;
  for (const [y, c] of counts) {
    if (c > bestCount || (c === bestCount && bestYear !== null && y < bestYear)) {
      bestYear = y;
      bestCount = c;
    }
  }
  return bestYear === null ? null : calendarPeriod(bestYear);
}
