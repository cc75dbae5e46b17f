/** Russian number words and formatting for messages and reports. */

/** Plural form for a count: 1 мероприятие, 2 мероприятия, 5 мероприятий, 11 мероприятий, 21 мероприятие. */
export function pluralForm(n: number, one: string, few: string, many: string): string {
  const abs = Math.abs(Math.trunc(n));
  const mod100 = abs % 100;
  const mod10 = abs % 10;
  if (mod100 >= 11 && mod100 <= 14) return many;
  if (mod10 === 1) return one;
  if (mod10 >= 2 && mod10 <= 4) return few;
  return many;
}

/** «21 мероприятие», with the number grouped the Russian way («1 234»). */
export function pluralRu(n: number, one: string, few: string, many: string): string {
  return `${formatNumberRu(n)} ${pluralForm(n, one, few, many)}`;
}

/** 1234.5 → «1 234,5» (narrow no-break space between groups, decimal comma). */
export function formatNumberRu(n: number, fractionDigits = 0): string {
  const fixed = Math.abs(n).toFixed(fractionDigits);
  const [int, frac] = fixed.split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, '\u202f');
  return `${n < 0 ? '−' : ''}${grouped}${frac ? ',' + frac : ''}`;
}

/** «2022-03-27» → «27.03.2022». */
export function ruDate(iso: string): string {
  return `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}`;
}

/**
 * A "floating" date (its UTC fields are the wall-clock date, the convention of every table store
 * here) as «27.03.2022»; '' for an invalid date.
 */
export function floatingDateRu(d: Date): string {
  if (Number.isNaN(d.getTime())) return '';
  const dd = String(d.getUTCDate()).padStart(2, '0');
  const mm = String(d.getUTCMonth() + 1).padStart(2, '0');
  return `${dd}.${mm}.${d.getUTCFullYear()}`;
}
