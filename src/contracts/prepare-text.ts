/**
 * What «Подготовить лист» did, in Russian: the lines the dialog shows after preparing a sheet and
 * the command line's `import` prints — one wording for both.
 */
import { pluralForm } from '../domain/core/text-ru';
import type { PrepareResult } from './schemas';

/** A line of the result; `items` are listed under it (the columns added). */
export interface ResultLine {
  text: string;
  items?: string[];
}

const rows = (n: number) => `${n} ${pluralForm(n, 'строка', 'строки', 'строк')}`;

export function prepareResultLines(r: PrepareResult): ResultLine[] {
  const lines: ResultLine[] = [{ text: `Исходный вид листа сохранён в копии «${r.copyName}».` }];
  const n = r.addedColumns.length;
  if (n > 0) lines.push({ text: n === 1 ? 'Добавлен столбец:' : `Добавлены столбцы (${n}):`, items: [...r.addedColumns] });
  else lines.push({ text: 'Новые столбцы не понадобились.' });
  lines.push({ text: r.removedRows > 0 ? `Удалено: ${rows(r.removedRows)}.` : 'Строки не удалялись.' });
  lines.push({ text: r.mergedRows > 0 ? `Объединено: ${rows(r.mergedRows)}.` : 'Строки не объединялись.' });
  if (r.repairedNumbers > 0) lines.push({ text: `Номера, ставшие датами, записаны как текст: ${rows(r.repairedNumbers)}.` });
  return lines;
}
