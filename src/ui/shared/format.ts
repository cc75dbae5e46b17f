/** Russian wording shared by the pages: plurals, dates, row lists, column letters, error messages. */

import { columnLetter as letterOfIndex } from '../../domain/core/text';
import { pluralForm, ruDate } from '../../domain/core/text-ru';

/** The Russian plural form for n: plural(5, 'строка', 'строки', 'строк') → 'строк'. */
export const plural = pluralForm;

/** «5 строк», «1 строка», «22 строки». */
export function count(n: number, one: string, few: string, many: string): string {
  return `${n} ${plural(n, one, few, many)}`;
}

/** «2022-01-31» → «31.01.2022»; anything else is returned as is. */
export function formatIsoDate(iso: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(iso) ? ruDate(iso) : iso;
}

/** 1 → A, 27 → AA: the column letters Sheets shows, of a 1-based column. */
export function columnLetter(column: number): string {
  return column >= 1 ? letterOfIndex(Math.trunc(column) - 1) : '';
}

/**
 * Row numbers for a sentence: sorted, runs compressed («12–14»), and when there are more than
 * `max` pieces, the rest summed up: «3, 7, 12–14 и ещё 5».
 */
export function formatRowList(rows: readonly number[], max = 8): string {
  const sorted = [...new Set(rows)].sort((a, b) => a - b);
  const pieces: { text: string; size: number }[] = [];
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j] + 1) j++;
    if (j - i >= 2) pieces.push({ text: `${sorted[i]}–${sorted[j]}`, size: j - i + 1 });
    else for (let k = i; k <= j; k++) pieces.push({ text: String(sorted[k]), size: 1 });
    i = j + 1;
  }
  if (pieces.length <= max) return pieces.map((p) => p.text).join(', ');
  const shown = pieces.slice(0, max);
  const rest = pieces.slice(max).reduce((s, p) => s + p.size, 0);
  return `${shown.map((p) => p.text).join(', ')} и ещё ${rest}`;
}

/**
 * A failure of google.script.run (or of the page) as a Russian sentence for the user. Server
 * messages are Russian already (UserError); Apps Script's prefixes are dropped, and the usual
 * authorisation trouble with several Google accounts is explained.
 */
export function errorText(error: unknown): string {
  const raw = error instanceof Error ? error.message : typeof error === 'string' ? error : '';
  const message = raw.replace(/^\s*(Exception|Error|UserError|ScriptError|TypeError)\s*:\s*/i, '').trim();
  if (/authori[sz]ation|PERMISSION_DENIED|ScriptError.*access|не удалось авторизоваться/i.test(raw)) {
    return (
      'Нет доступа к скрипту: Google запросил авторизацию. Если в браузере открыто несколько аккаунтов Google, ' +
      'откройте таблицу в окне, где выполнен вход только в один аккаунт, и повторите.'
    );
  }
  if (/NetworkError|network|Failed to fetch/i.test(raw)) {
    return 'Нет связи с Google. Проверьте подключение к интернету и повторите.';
  }
  return message || 'Неизвестная ошибка.';
}

/** Ensures a sentence ends with a full stop (or «!», «?», «…»); a closing quote or bracket still gets one. */
export function sentence(text: string): string {
  const t = text.trim();
  return t === '' || /[.!?…]$/.test(t) ? t : `${t}.`;
}
