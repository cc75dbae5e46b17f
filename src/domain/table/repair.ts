/**
 * What Russian-locale Sheets does to typed text, undone where the column says what the cell meant.
 * A measure number typed as «1.10», «2.3» or «1.1.1» into a cell not formatted as text became a date
 * (01.10 of the year it was typed, 02.03, 01.01.2001): in the number column such a date is read back
 * as the number it was, and the user is told why (so the column can be made plain text).
 */
import { floatingDateRu } from '../core/text-ru';
import type { Cell, Diagnostic } from '../core/types';

/** 01.10.2022 → «1.10»; 01.01.2001 → «1.1.1» (a third part typed as a two-digit year). */
export function numberFromDate(d: Date): string {
  const day = d.getUTCDate();
  const month = d.getUTCMonth() + 1;
  const year = d.getUTCFullYear();
  // A year in 2000–2014 can only come from a third part typed («1.1.1» → 2001); later years are the
  // year the number was typed, and «1.10» has no third part.
  return year >= 2000 && year < 2015 ? `${day}.${month}.${year - 2000}` : `${day}.${month}`;
}

/** Date cells of the number column made numbers again, in place; one finding per repaired cell. */
export function repairNumberColumn(rows: Cell[][], numberCol: number | undefined, firstRow: number): Diagnostic[] {
  if (numberCol === undefined) return [];
  const out: Diagnostic[] = [];
  rows.forEach((cells, i) => {
    const v = cells[numberCol];
    if (!(v instanceof Date) || Number.isNaN(v.getTime())) return;
    const number = numberFromDate(v);
    cells[numberCol] = number;
    out.push({
      code: 'number-was-date',
      severity: 'info',
      row: firstRow + i,
      field: 'number',
      message: `номер показан как дата ${floatingDateRu(v)} (Таблицы превратили «${number}» в дату); он прочитан как ${number}. Чтобы так не было, задайте столбцу формат «Обычный текст».`,
    });
  });
  return out;
}
