/**
 * Russian free-text deadlines («Сроки исполнения») → dates. Own small grammar, no date library.
 *
 * How it works: the text is normalised (HTML tags, case, ё, dashes, spaces) and cut into tokens
 * (numbers, dates, words, separators). Matchers turn token runs into *atoms*: a day («27 марта»,
 * «27.03.2022»), a month («октябрь 2021»), a year, an academic year or span of years, a half-year,
 * a calendar quarter, a school quarter («II четверть»), a season, a year phrase («в течение
 * учебного года»). Atoms joined by a dash, «по» or «до» form a range; atoms separated by commas,
 * «/», «и», «;» or line breaks form a list. Separate passes read recurrence words («ежемесячно»,
 * «каждую четверть», «2 раза в год»), weekdays («по понедельникам», «каждый 2-й и 4-й
 * понедельник месяца»), days of the month («до 5 числа»), and «as needed / by someone else's
 * schedule» phrases.
 *
 * Choices (ambiguities), all relative to the plan's period:
 *  - Missing year: the first occurrence inside the period (academic 2021/2022: September–December
 *    → 2021, January–August → 2022; calendar year → that year; span → its first year). When the
 *    text names a year somewhere, an atom without one takes it from its neighbour: «Март – декабрь
 *    2022» → March 2022, «сентябрь – май 2022» → September 2021, «сентябрь 2021 – май» → May 2022.
 *    In a range with no year at all, each end is the first occurrence not before the previous one.
 *  - A month is the whole month; a range or a list is first..last.
 *  - «до 27 марта» → period start … 27 March. «до апреля» / «к апрелю» (a month, quarter, half-year
 *    or season after «до»/«к») is exclusive: … 31 March. «не позднее апреля», «по апрель»,
 *    «до конца апреля» are inclusive: … 30 April. «до 2024 года» is inclusive (… 31.12.2024).
 *    «до начала / к началу X» ends the day before X. When an exclusive end would fall before the
 *    period, the next occurrence is taken («до сентября» in 2021/2022 → … 31.08.2022); a date
 *    written with its year before the period gives start = end.
 *  - «с апреля», «начиная с …», «не ранее …» → that date … period end; «после 15 марта» → 16 March
 *    … period end.
 *  - Whole period: «в течение года», «в течение учебного года», «в течение всего периода»,
 *    «постоянно», «ежедневно» and the like. For a calendar or span plan «учебный год» without
 *    years is the plan's period too. Such phrases are ignored when the text also names real dates.
 *    A bare «2021-2022» is two calendar years, except in an academic plan 2021/2022 where it is
 *    that academic year. A year right after a month («Октябрь, 2022») only gives the month's year.
 *  - «начало / середина / конец» of a month = days 1–10 / 11–20 / 21–end; «первая / вторая
 *    половина» = 1–15 / 16–end; «N декада» = the N-th ten days. Of a longer stretch: its first /
 *    middle / last month (the end of an academic year is May). «по итогам X» = the end of X.
 *  - Half-years: in an academic plan I = September–December, II = January–May (the school year
 *    ends in May); otherwise, or when a single calendar year is written («1 полугодие 2022 г.»),
 *    I = January–June, II = July–December. Quarters («IV квартал») are calendar quarters; school
 *    quarters («II четверть») follow `schoolQuarterDays` in period.ts.
 *  - Seasons: лето June–August, осень September–November, зима December–February, весна
 *    March–May («зима 2022» = December 2021 – February 2022); «осенние/зимние/весенние
 *    каникулы» ≈ 28.10–06.11, 29.12–08.01, 24.03–31.03.
 *  - Recurrence: `every` is the unit the text names. `dates` lists due dates when the text
 *    implies them: weekdays (every matching day), ordinal weekdays (every matching day of each
 *    month), days of the month, school quarters (each quarter's end), yearly windows
 *    («ежегодно (сентябрь-октябрь)» in 2021-2024: each year's 31 October; start/end = first and
 *    last occurrence inside the period) and explicit lists. Plain «ежемесячно», «ежеквартально»,
 *    «еженедельно», «ежегодно» give no dates: start/end bound them (the period, or «с …»).
 *  - A list of single days or single months («Март, октябрь, ноябрь», «Сентябрь 2022 / Октябрь
 *    2022», «до 1 апреля, до 1 июля») is a recurrence with `dates` = the end of each item; `every`
 *    comes from the smallest gap between items (≤16 days week, ≤45 month, ≤135 quarter, ≤250
 *    half-year, else year). A list holding a range («Март\nАпрель-октябрь»), a quarter or a
 *    half-year is just first..last, no recurrence.
 *  - «по мере необходимости», «по запросу», «по графику <органа>», «по плану ФИОКО», «по
 *    специальному графику», «согласно плану …» → unscheduled (no dates) only when nothing else in
 *    the text gives dates: «В течение года по специальному графику» is the whole period,
 *    «Еженедельно по графику» weekly over the period, both scheduled.
 *  - Weekday names next to a full date («28.11.2021 (понедельник)») are a comment, not a
 *    recurrence. «ежедневно» has no unit of its own: the whole period, no recurrence.
 *  - Impossible days are clamped to the month (31.04 → 30.04); a text with no date information
 *    at all (e.g. a responsible body typed into the column) is unreadable: all fields null.
 */
import type { Period, Recurrence, RecurrenceUnit } from './types';
import { dayNumber, dayToIso, daysInMonth, fromDayNumber, periodDays, schoolQuartersWithin, shiftYears, yearOfDay } from './period';
import { findAtoms } from './parse/deadline/atoms';
import { MAX_DATES, type Atom, type AtomKind, type Ctx, type DeadlineParse, type Marker, type ModKind, type Part, type Span, type Tok } from './parse/deadline/model';
import { isWord, normalise, tokenize } from './parse/deadline/tokens';
import { monthSpan } from './parse/deadline/spans';
import { COUNT_WORDS, MOD_WORDS, ordinalWord, ROMAN, unitFromNoun, weekdayOfWord } from './parse/deadline/vocabulary';
import { baseYearPhrases, resolveYears } from './parse/deadline/year-resolution';

export type { DeadlineParse } from './parse/deadline/model';
export { isoDate } from './parse/deadline/spans';

// ---------------------------------------------------------------------------------------------
// Prefixes and modifiers between atoms


interface Gap {
  hard: boolean;
  list: boolean;
  dash: boolean;
  /** words after the last separator, in order */
  words: string[];
}

function gapOf(toks: Tok[], a: number, b: number): Gap {
  const g: Gap = { hard: false, list: false, dash: false, words: [] };
  for (let k = a; k < b; k++) {
    const t = toks[k];
    if (t.k === 'sep') {
      if (t.c === '\n' || t.c === ';') g.hard = true;
      else g.list = true;
      g.words = [];
    } else if (t.k === 'dash') g.dash = true;
    else if (t.k === 'word') {
      if (/^(и|или|либо)$/.test(t.w)) {
        g.list = true;
        g.words = [];
      } else g.words.push(t.w);
    } else if (t.k === 'p' && t.c === '+') g.list = true;
  }
  return g;
}


/** Read the words right before an atom (right to left): modifier, then marker. */
function readPrefix(words: string[]): { marker: Marker; mod?: ModKind; modWord?: string } {
  let k = words.length - 1;
  let mod: ModKind | undefined;
  let modWord: string | undefined;
  const w = (n: number) => (n >= 0 ? words[n] : '');
  if (/^декад/.test(w(k))) {
    const o = ordinalWord(w(k - 1)) ?? (ROMAN[w(k - 1)] !== undefined ? ROMAN[w(k - 1)] : null);
    if (o !== null && o >= 1 && o <= 3) {
      mod = (['dec1', 'dec2', 'dec3'] as const)[o - 1];
      k -= 2;
    } else k -= 1;
  } else if (/^половин/.test(w(k))) {
    const o = ordinalWord(w(k - 1));
    if (o === 1 || o === 2) {
      mod = o === 1 ? 'half1' : 'half2';
      k -= 2;
    } else if (/^(перв|втор)/.test(w(k - 1))) k -= 2;
    else k -= 1;
  } else {
    for (const [re, kind] of MOD_WORDS) {
      if (re.test(w(k))) {
        mod = kind;
        modWord = w(k);
        k -= 1;
        break;
      }
    }
  }
  if (mod === 'end' && w(k) === 'по' && /^(итогам|окончании|завершении)$/.test(modWord ?? '')) k -= 1; // «по итогам» is one phrase
  while (/^(в|во|на)$/.test(w(k))) k--;
  let marker: Marker = null;
  const m = w(k);
  if (m === 'до' || m === 'к') marker = 'untilExcl';
  else if (m === 'по') marker = 'untilIncl';
  else if (/^(позднее|позже)$/.test(m)) marker = 'untilIncl';
  else if (m === 'с' || m === 'со' || m === 'от' || (m === 'ранее' && w(k - 1) === 'не') || m === 'начиная') marker = 'from';
  else if (m === 'после') marker = 'after';
  else if (m === 'срок' && w(k - 1) === 'в') marker = 'untilIncl';
  // «до конца марта» = by 31 March; «до начала марта» = by the last day before March.
  if ((marker === 'untilExcl' || marker === 'untilIncl') && mod === 'end') return { marker: 'untilIncl' };
  if ((marker === 'untilExcl' || marker === 'untilIncl') && mod === 'start') return { marker: 'untilStart' };
  return { marker, mod };
}

function applyMod(s: Span, mod: ModKind | undefined, academic: boolean): Span {
  if (!mod) return s;
  const len = s.e - s.s + 1;
  if (len < 28) return s; // «конец 31.12.2021»: a day or a few days have no beginning or end to pick
  const clip = (a: number, b: number): Span => {
    const c = { s: Math.max(s.s, a), e: Math.min(s.e, b) };
    return c.s <= c.e ? c : s;
  };
  if (len <= 31) {
    switch (mod) {
      case 'start':
      case 'dec1':
        return clip(s.s, s.s + 9);
      case 'mid':
      case 'dec2':
        return clip(s.s + 10, s.s + 19);
      case 'end':
      case 'dec3':
        return clip(s.s + 20, s.e);
      case 'half1':
        return clip(s.s, s.s + 14);
      case 'half2':
        return clip(s.s + 15, s.e);
    }
  }
  // Longer stretch: work in whole months. An academic year's school part ends in May.
  const months: Span[] = [];
  let cur = fromDayNumber(s.s);
  for (let guard = 0; guard < 1300; guard++) {
    const ms = monthSpan(cur.y, cur.m);
    if (ms.s > s.e) break;
    months.push(clip(ms.s, ms.e));
    cur = fromDayNumber(ms.e + 1);
  }
  if (months.length === 0) return s;
  let list = months;
  if (academic && months.length === 12 && fromDayNumber(s.s).m === 9) list = months.slice(0, 9);
  const n = list.length;
  switch (mod) {
    case 'start':
      return list[0];
    case 'end':
      return list[n - 1];
    case 'mid':
      return n % 2 === 1 ? list[(n - 1) / 2] : { s: list[n / 2 - 1].s, e: list[n / 2].e };
    case 'half1':
      return { s: list[0].s, e: list[Math.ceil(n / 2) - 1].e };
    case 'half2':
      return { s: list[Math.ceil(n / 2) - (n > 1 ? 0 : 1)].s, e: list[n - 1].e };
    default:
      return s;
  }
}

// ---------------------------------------------------------------------------------------------
// Recurrence words, weekdays, days of the month, unscheduled phrases

const UNIT_ORDER: RecurrenceUnit[] = ['week', 'month', 'quarter', 'half-year', 'year'];

interface RecInfo {
  unit: RecurrenceUnit | null;
  schoolQuarter: boolean;
}


/** Unit of «N раз в <unit>» (or «раз в N месяцев»). */
function unitForCount(count: number, per: RecurrenceUnit | 'squarter', perN: number): RecurrenceUnit | 'squarter' {
  const daysPer: Record<string, number> = { week: 7, month: 30, squarter: 60, quarter: 91, 'half-year': 182, year: 365 };
  if (count <= 1 && perN <= 1) return per;
  const gap = (daysPer[per] * perN) / Math.max(1, count);
  return unitForGap(gap);
}

function unitForGap(gap: number): RecurrenceUnit {
  if (gap <= 16) return 'week';
  if (gap <= 45) return 'month';
  if (gap <= 135) return 'quarter';
  if (gap <= 250) return 'half-year';
  return 'year';
}

function findRecurrence(words: string[]): RecInfo {
  const found: (RecurrenceUnit | 'squarter')[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (/^еженедел/.test(w)) found.push('week');
    else if (/^(ежемесяч|помесячн)/.test(w)) found.push('month');
    else if (/^(ежекварт|поквартальн)/.test(w)) found.push('quarter');
    else if (/^(ежечетверт|почетвертн)/.test(w)) found.push('squarter');
    else if (/^(ежеполугод|полугодов)/.test(w)) found.push('half-year');
    else if (/^ежегодн/.test(w)) found.push('year');
    else if (/^кажд/.test(w)) {
      for (let j = i + 1; j <= i + 2 && j < words.length; j++) {
        const u = unitFromNoun(words[j]);
        if (u) {
          found.push(u);
          break;
        }
      }
    } else if (/^(итогам|окончании|завершении)$/.test(w) && i + 1 < words.length && !/^(год|года|году)$/.test(words[i + 1])) {
      // «по итогам четверти», «по окончании месяца» (no number): after every such unit
      const u = unitFromNoun(words[i + 1]);
      if (u) found.push(u);
    } else if (w === 'по' && i + 1 < words.length && /^(неделям|месяцам|кварталам|четвертям|полугодиям|годам)$/.test(words[i + 1])) {
      const u = unitFromNoun(words[i + 1]);
      if (u) found.push(u);
    } else if (/^(раз|раза)$/.test(w) && /^(в|во)$/.test(words[i + 1] ?? '')) {
      let perN = 1;
      let j = i + 2;
      const nw = words[j] ?? '';
      if (/^\d+$/.test(nw)) {
        perN = Number(nw);
        j++;
      } else if (COUNT_WORDS[nw] !== undefined) {
        perN = COUNT_WORDS[nw];
        j++;
      }
      const u = unitFromNoun(words[j] ?? '');
      if (u) {
        const cw = words[i - 1] ?? '';
        const count = /^\d+$/.test(cw) ? Number(cw) : (COUNT_WORDS[cw] ?? 1);
        found.push(u === 'half-year' && /^полгода/.test(words[j] ?? '') ? 'half-year' : unitForCount(count, u, perN));
      }
    } else if (/^(дважды|трижды)$/.test(w) && /^(в|во)$/.test(words[i + 1] ?? '')) {
      const u = unitFromNoun(words[i + 2] ?? '');
      if (u) found.push(unitForCount(COUNT_WORDS[w], u, 1));
    }
  }
  if (found.length === 0) return { unit: null, schoolQuarter: false };
  let best: RecurrenceUnit | null = null;
  let sq = false;
  for (const f of found) {
    const u: RecurrenceUnit = f === 'squarter' ? 'quarter' : f;
    if (best === null || UNIT_ORDER.indexOf(u) < UNIT_ORDER.indexOf(best)) {
      best = u;
      sq = f === 'squarter';
    } else if (u === best && f === 'squarter') sq = true;
  }
  return { unit: best, schoolQuarter: sq };
}

interface WeekdayRule {
  weekday: number;
  /** empty = every such weekday; otherwise 1…5 or -1 (last) within the month */
  ordinals: number[];
}

/** Weekdays, with ordinals before them («каждый 2-й и 4-й понедельник», «по средам»). */
function findWeekdays(ctx: Ctx): { rules: WeekdayRule[]; strong: boolean } {
  const { toks, used } = ctx;
  const rules: WeekdayRule[] = [];
  let strong = false;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (t.k !== 'word') continue;
    const wd = weekdayOfWord(t.w);
    if (wd === null) continue;
    used[i] = true;
    if (/ам$/.test(t.w)) strong = true; // «по понедельникам»
    const ordinals: number[] = [];
    let j = i - 1;
    for (let guard = 0; guard < 10 && j >= 0; guard++, j--) {
      const c = toks[j];
      if (c.k === 'dash' || (c.k === 'sep' && c.c === ',') || (c.k === 'word' && /^(и|или)$/.test(c.w))) continue;
      if (c.k === 'num' && c.len <= 1 && c.v >= 1 && c.v <= 5) {
        ordinals.push(c.v);
        used[j] = true;
        continue;
      }
      if (c.k === 'word') {
        const o = ordinalWord(c.w);
        if (o !== null) {
          ordinals.push(o);
          used[j] = true;
          continue;
        }
        if (/^кажд/.test(c.w)) strong = true;
      }
      break;
    }
    if (ordinals.length > 0) strong = true;
    const existing = rules.find((r) => r.weekday === wd);
    if (existing) {
      for (const o of ordinals) if (!existing.ordinals.includes(o)) existing.ordinals.push(o);
    } else {
      rules.push({ weekday: wd, ordinals });
    }
  }
  return { rules, strong };
}

/** «до 5 числа», «5 и 20 числа каждого месяца». */
function findDaysOfMonth(ctx: Ctx): number[] {
  const { toks, used } = ctx;
  const days: number[] = [];
  for (let i = 0; i < toks.length; i++) {
    if (!isWord(toks[i], /^числ(о|а|ам|ах)$/)) continue;
    for (let j = i - 1, guard = 0; j >= 0 && guard < 10; j--, guard++) {
      const c = toks[j];
      if (c.k === 'dash' || (c.k === 'sep' && c.c === ',') || (c.k === 'word' && /^(и|или)$/.test(c.w))) continue;
      if (c.k === 'num' && c.len <= 2 && c.v >= 1 && c.v <= 31 && !used[j]) {
        days.push(c.v);
        used[j] = true;
        continue;
      }
      break;
    }
  }
  return [...new Set(days)].sort((a, b) => a - b);
}

const UNSCHEDULED_RE = new RegExp(
  [
    '(^| )(по|при) (мере|необходимост|потребност|запрос|заявк|требовани|согласовани|приглашени|вызов|факту|срокам|сроку|отдельн|специальн|индивидуальн|утвержденн|особ|собственн|графику|график|плану|план|расписани|приказ|решени|распоряжени)',
    '(^| )согласно (график|план|расписани|срок|приказ|положени|утвержденн)',
    '(^| )в соответствии с[о]? (график|план|расписани|срок|приказ|положени|утвержденн)',
    '(^| )в (установленн[а-я]* )?сроки',
    '(^| )(в )?(установленн[а-я]*|определенн[а-я]*) срок',
    '(^| )по мере',
  ].join('|'),
);

/** Whole-period words: «в течение всего периода», «постоянно», «ежедневно». */
const WHOLE_RE =
  /(^| )(период[а-я]*|постоянн[а-я]*|систематическ[а-я]*|регулярн[а-я]*|ежедневн[а-я]*|бессрочн[а-я]*|круглогодичн[а-я]*|круглый год)( |$)|(^| )(весь|всего|течение|протяжении) (срок|срока)( |$)/;

// ---------------------------------------------------------------------------------------------
// Putting it together

function emptyParse(text: string): DeadlineParse {
  return { deadline: { text, start: null, end: null, recurrence: null, unscheduled: false }, readable: false, explicitYears: [] };
}

/**
 * Read a deadline cell. Never throws: anything unreadable gives readable:false with null dates.
 * See the module comment for every choice the grammar makes.
 */
export function parseDeadline(text: string, period: Period): DeadlineParse {
  const raw = typeof text === 'string' ? text : text === null || text === undefined ? '' : String(text);
  try {
    return parseInner(raw, period);
  } catch {
    return emptyParse(raw);
  }
}

function parseInner(raw: string, period: Period): DeadlineParse {
  if (raw.trim() === '') return emptyParse(raw);
  const norm = normalise(raw);
  const toks = tokenize(norm);
  const words: string[] = [];
  for (const t of toks) if (t.k === 'word' || t.k === 'num') words.push(t.k === 'word' ? t.w : String(t.v));
  const wtext = words.join(' ');

  let pb = periodDays(period);
  const academicPlan = !!period && period.kind === 'academic';
  const ctx: Ctx = { toks, used: new Array(toks.length).fill(false), academicPlan, planYear: pb ? yearOfDay(pb.s) : null };

  const dom = findDaysOfMonth(ctx);
  const wk = findWeekdays(ctx);
  const atoms = findAtoms(ctx);
  const explicitYears = [...new Set(atoms.flatMap((a) => a.years))].sort((a, b) => a - b);
  if (!pb) {
    // A broken period: fall back on the years the text names, or give up.
    if (explicitYears.length === 0) return emptyParse(raw);
    pb = { s: dayNumber(explicitYears[0], 1, 1), e: dayNumber(explicitYears[0], 12, 31) };
  }
  const P = pb;

  const rec = findRecurrence(words);
  const whole = WHOLE_RE.test(wtext);
  const unscheduledWords = UNSCHEDULED_RE.test(wtext);

  // Prefixes (markers, modifiers) and links.
  const prefixes = atoms.map((a, k) => {
    const g = gapOf(toks, k === 0 ? 0 : atoms[k - 1].te, a.ts);
    const pre = readPrefix(g.words.slice(-4));
    const until = pre.marker === 'untilExcl' || pre.marker === 'untilIncl' || pre.marker === 'untilStart';
    const rangeLink = k > 0 && !g.hard && !g.list && (g.dash || until);
    return { ...pre, rangeLink, hard: g.hard };
  });
  atoms.forEach((a, k) => {
    a.mod = prefixes[k].mod;
  });

  // Year phrases with neither a modifier nor a marker are weak: they only mean «the whole period».
  const isStrong = (a: Atom, k: number) => a.kind !== 'yearPhrase' || a.mod !== undefined || prefixes[k].marker !== null;
  const strong = atoms.filter(isStrong);
  const weak = atoms.length > strong.length;
  const strongIdx = atoms.map((a, k) => (isStrong(a, k) ? k : -1)).filter((k) => k >= 0);

  baseYearPhrases(strong, period, P, academicPlan);

  // A modifier applies inside each yearly occurrence, so that «конец учебного года» in a calendar
  // plan 2022 is May 2022 (the end of 2021/2022), not the end of 2022/2023.
  for (const a of strong) {
    if (a.mod && a.occ) {
      const occ = a.occ;
      const mod = a.mod;
      const academic = a.kind === 'yearPhrase' && a.academic === true;
      a.occ = (y) => applyMod(occ(y), mod, academic);
    } else if (a.mod && a.fixed) {
      a.fixed = applyMod(a.fixed, a.mod, a.kind === 'academic' || (a.kind === 'yearPhrase' && a.academic === true));
    }
  }

  // Resolve years (see the module comment).
  resolveYears(strong, strongIdx.map((i) => prefixes[i]), P);

  // Parts: chains of range-linked atoms.
  const parts: Part[] = [];
  let k = 0;
  const exclusive = (m: Marker, kind: AtomKind) => m === 'untilStart' || (m === 'untilExcl' && exclusiveKind(kind));
  while (k < strong.length) {
    let j = k;
    while (j + 1 < strong.length && prefixes[strongIdx[j + 1]].rangeLink) j++;
    const first = strong[k];
    const fp = prefixes[strongIdx[k]];
    // «Октябрь, 2022», «сентябрь, 2021/2022 учебный год»: a year right after a month or day that
    // has none only says which year (the month was already resolved inside it).
    if (
      j === k &&
      k > 0 &&
      fp.marker === null &&
      !fp.hard &&
      (first.kind === 'year' || first.kind === 'academic' || first.kind === 'span') &&
      strong[k - 1].years.length === 0 &&
      strong[k - 1].kind !== 'yearPhrase'
    ) {
      k++;
      continue;
    }
    if (j > k) {
      const last = strong[j];
      const lp = prefixes[strongIdx[j]];
      let end = last.span!.e;
      if (exclusive(lp.marker, last.kind)) end = last.span!.s - 1;
      let s = first.span!.s;
      if (end < s) {
        // «15.03.2022 - 01.03.2022»: the user swapped the ends
        const lo = Math.min(s, last.span!.s);
        end = Math.max(first.span!.e, last.span!.e);
        s = lo;
      }
      parts.push({ span: { s, e: end }, listable: false, open: false });
    } else {
      const x = first.span!;
      switch (fp.marker) {
        case 'untilExcl':
        case 'untilStart':
        case 'untilIncl': {
          let end = exclusive(fp.marker, first.kind) ? x.s - 1 : x.e;
          if (end < P.s && first.occ && exclusive(fp.marker, first.kind)) {
            // «до сентября» in a plan 2021/2022: the September that ends the period, not the one
            // that starts it.
            for (let y = yearOfDay(P.s) - 1; y <= yearOfDay(P.e) + 1; y++) {
              const o = first.occ(y);
              if (o.s - 1 >= P.s) {
                end = o.s - 1;
                break;
              }
            }
          }
          parts.push({ span: { s: P.s <= end ? P.s : end, e: end }, listable: pointKind(first.kind), open: false });
          break;
        }
        case 'from':
          parts.push({ span: { s: x.s, e: P.e >= x.s ? Math.max(P.e, x.e) : x.e }, listable: false, open: true });
          break;
        case 'after': {
          const s = x.e + 1;
          parts.push({ span: { s, e: P.e >= s ? P.e : s }, listable: false, open: true });
          break;
        }
        default:
          parts.push({ span: x, listable: pointKind(first.kind), open: false });
      }
    }
    k = j + 1;
  }

  // Weekday names next to a full date are a comment («28.11.2021 (понедельник)»).
  const weekdays = wk.rules.length > 0 && (wk.strong || !atoms.some((a) => a.kind === 'day')) ? wk.rules : [];

  const hasDates = parts.length > 0;
  const anyRecurrence = rec.unit !== null || weekdays.length > 0 || dom.length > 0;
  if (!hasDates && !weak && !whole && !anyRecurrence) {
    if (unscheduledWords) {
      return { deadline: { text: raw, start: null, end: null, recurrence: null, unscheduled: true }, readable: true, explicitYears };
    }
    return { ...emptyParse(raw), explicitYears };
  }

  let base: Span = hasDates
    ? { s: Math.min(...parts.map((p) => p.span.s)), e: Math.max(...parts.map((p) => p.span.e)) }
    : { s: P.s, e: P.e };

  const listDates =
    parts.length >= 2 && parts.every((p) => p.listable) ? [...new Set(parts.map((p) => p.span.e))].sort((a, b) => a - b) : [];

  let recurrence: Recurrence | null = null;
  const clampDates = (ds: number[]) => ds.filter((d) => d >= base.s && d <= base.e).slice(0, MAX_DATES);
  if (weekdays.length > 0) {
    const monthly = weekdays.some((r) => r.ordinals.length > 0);
    recurrence = withDates(monthly ? 'month' : 'week', clampDates(weekdayDates(weekdays, base)));
  } else if (dom.length > 0 && (rec.unit === null || rec.unit === 'month')) {
    recurrence = withDates('month', clampDates(dayOfMonthDates(dom, base)));
  } else if (rec.unit !== null) {
    if (rec.schoolQuarter) {
      recurrence = withDates('quarter', clampDates(schoolQuartersWithin(base.s, base.e).map((q) => q.e)));
    } else if (rec.unit === 'year' && hasDates && explicitYears.length === 0 && base.e - base.s < 366 && !parts.some((p) => p.open)) {
      // A yearly window: repeat it every year it fits in the period.
      const points = listDates.length > 0 ? listDates : [base.e];
      const dates: number[] = [];
      let lastEnd = base.e;
      for (let y = 0; y < 200; y++) {
        const e = shiftYears(base.e, y);
        if (y > 0 && e > P.e) break;
        lastEnd = e;
        for (const d of points) dates.push(shiftYears(d, y));
      }
      base = { s: base.s, e: lastEnd };
      recurrence = withDates('year', dates.slice(0, MAX_DATES));
    } else {
      recurrence = listDates.length >= 2 ? withDates(rec.unit, listDates) : { every: rec.unit };
    }
  } else if (listDates.length >= 2) {
    let gap = Infinity;
    for (let i = 1; i < listDates.length; i++) gap = Math.min(gap, listDates[i] - listDates[i - 1]);
    recurrence = withDates(unitForGap(gap), listDates);
  }

  return {
    deadline: { text: raw, start: dayToIso(base.s), end: dayToIso(base.e), recurrence, unscheduled: false },
    readable: true,
    explicitYears,
  };
}

/** Items a list can be made of: single days and single months. */
function pointKind(kind: AtomKind): boolean {
  return kind === 'day' || kind === 'month';
}

/** «до апреля» ends before April starts; «до 27 марта» and «до 2024 года» include the day/year. */
function exclusiveKind(kind: AtomKind): boolean {
  return kind === 'month' || kind === 'season' || kind === 'halfyear' || kind === 'quarter' || kind === 'squarter';
}

function withDates(every: RecurrenceUnit, days: number[]): Recurrence {
  const sorted = [...new Set(days)].sort((a, b) => a - b);
  return sorted.length > 0 ? { every, dates: sorted.map(dayToIso) } : { every };
}

function weekdayDates(rules: WeekdayRule[], base: Span): number[] {
  const out: number[] = [];
  const limit = base.s + 366 * 12; // never walk more than a dozen years
  for (const r of rules) {
    if (r.ordinals.length === 0) {
      let d = base.s;
      const wd = fromDayNumber(d).weekday;
      d += (r.weekday - wd + 7) % 7;
      for (; d <= base.e && d <= limit && out.length < MAX_DATES * 2; d += 7) out.push(d);
    } else {
      let cur = fromDayNumber(base.s);
      for (let guard = 0; guard < 150; guard++) {
        const ms = monthSpan(cur.y, cur.m);
        if (ms.s > base.e) break;
        const firstWd = fromDayNumber(ms.s).weekday;
        const first = ms.s + ((r.weekday - firstWd + 7) % 7);
        for (const o of r.ordinals) {
          let d = o === -1 ? first + 28 : first + (o - 1) * 7;
          if (o === -1) while (d > ms.e) d -= 7;
          if (d <= ms.e) out.push(d);
        }
        cur = fromDayNumber(ms.e + 1);
      }
    }
  }
  return out.sort((a, b) => a - b);
}

function dayOfMonthDates(days: number[], base: Span): number[] {
  const out: number[] = [];
  let cur = fromDayNumber(base.s);
  for (let guard = 0; guard < 150; guard++) {
    const ms = monthSpan(cur.y, cur.m);
    if (ms.s > base.e) break;
    for (const d of days) out.push(dayNumber(cur.y, cur.m, Math.min(d, daysInMonth(cur.y, cur.m))));
    cur = fromDayNumber(ms.e + 1);
  }
  return out;
}
