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
 *
 * Where each step lives (chrono's per-locale parsers + refiners, as plain arrays of functions):
 *   tokens.ts           normalisation and tokens
 *   vocabulary.ts       month, weekday, ordinal, unit, season, holiday, modifier and count words
 *   spans.ts            day-number spans of days, months, years; `isoDate`
 *   readers.ts          years after a month or a day, pairs of years, ordinals
 *   atoms/              the atom matchers (match.ts), tried in order at each token (index.ts):
 *                       years.ts (year pairs, lone years, year phrases), days.ts (dates, days
 *                       with a month), months.ts (month words, seasons), units.ts (half-years,
 *                       quarters, school quarters)
 *   prefixes.ts         the words between atoms: links (range, list), markers, modifiers
 *   modifiers.ts        «начало / середина / конец», halves and decades of a stretch
 *   year-resolution.ts  missing years against the plan's period
 *   ranges.ts           range-linked atoms → parts; «до», «с», «после»
 *   recurrence/         words.ts (recurrence words), weekdays.ts, days-of-month.ts, build.ts
 *   phrases.ts          unscheduled and whole-period phrases
 *   parse-deadline.ts   `parseDeadline`: the pipeline
 * A new phrase goes to the matcher of its kind (a new word to vocabulary.ts), with its cases in
 * the matching test/domain/parse/deadline/*.test.ts.
 */
export { parseDeadline } from './parse-deadline';
export { isoDate } from './spans';
export type { DeadlineParse } from './model';
