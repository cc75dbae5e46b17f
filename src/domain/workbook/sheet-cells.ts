/**
 * Reading the small reference sheets users keep by hand («Настройки», «Справочник организаций»,
 * «Реестр школ»…): labels matched loosely, cells as one line of text, the header row found among
 * the first rows, and where a finding is («Лист «…», строка N, столбец «…»»).
 */
import { floatingDateRu } from '../core/text-ru';
import { lowerYo, normaliseSpaces, stripHtml } from '../core/text';
import type { CodeInfo } from '../checks/codes';
import type { Cell, Diagnostic, Grid, Place } from '../core/types';

/** Label form for matching: lower case, ё→е, quotes, «%» and punctuation dropped, single spaces. */
export function foldLabel(text: string): string {
  return normaliseSpaces(
    lowerYo(stripHtml(String(text ?? '')))
      .replace(/[«»"“”„'‘’`]/g, '')
      .replace(/[%:;,.!?()[\]{}/\\|*_+=<>-]/g, ' '),
  );
}

/** A cell as one line of text ('' for empty); dates as ДД.ММ.ГГГГ, numbers as written by JS. */
export function cellString(cell: Cell | undefined): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) return floatingDateRu(cell);
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  if (typeof cell === 'boolean') return cell ? 'ИСТИНА' : 'ЛОЖЬ';
  return normaliseSpaces(stripHtml(String(cell)));
}

/** «Лист «Настройки», строка 4, столбец «Значение»» */
export function where(sheet: string, row: number | null, column: string | null): string {
  const parts = [`Лист «${sheet}»`];
  if (row !== null) parts.push(`строка ${row}`);
  if (column) parts.push(`столбец «${column}»`);
  return parts.join(', ');
}

export function quoted(text: string, max = 60): string {
  const one = normaliseSpaces(text);
  return `«${one.length > max ? one.slice(0, max - 1) + '…' : one}»`;
}

/**
 * Findings of one document kind: the severity comes from the kind's own table of codes; the message
 * is the place and the text («Лист «Настройки», строка 4, столбец «Значение»: …»), and both are kept
 * apart too, so a page shows them without taking the message to pieces.
 */
export function diagnosticsOf<C extends Record<string, CodeInfo>>(codes: C) {
  return (code: keyof C & string, place: Place, field: string | null, text: string): Diagnostic => ({
    code,
    severity: codes[code].severity,
    row: place.row,
    field,
    message: `${where(place.sheet, place.row, place.column)}: ${text}`,
    place,
    text,
  });
}

export interface HeaderMatch<K extends string> {
  /** 0-based row of the header. */
  row: number;
  /** Key → 0-based column. */
  columns: Partial<Record<K, number>>;
  /** Key → header as written. */
  headers: Partial<Record<K, string>>;
}

/**
 * The first row among the first `scan` rows where `classify` names at least `min` different keys
 * (each key taken by the leftmost column naming it); null when there is none.
 */
export function findHeaderRow<K extends string>(
  grid: Grid,
  classify: (folded: string) => K | null,
  min: number,
  required: K[] = [],
  scan = 15,
): HeaderMatch<K> | null {
  const rows = Math.min(Array.isArray(grid) ? grid.length : 0, scan);
  for (let r = 0; r < rows; r++) {
    const row = Array.isArray(grid[r]) ? grid[r] : [];
    const columns: Partial<Record<K, number>> = {};
    const headers: Partial<Record<K, string>> = {};
    let count = 0;
    row.forEach((cell, c) => {
      if (typeof cell !== 'string') return;
      const text = cellString(cell);
      if (text === '' || text.length > 120) return;
      const key = classify(foldLabel(text));
      if (key === null || columns[key] !== undefined) return;
      columns[key] = c;
      headers[key] = text;
      count++;
    });
    if (count >= min && required.every((k) => columns[k] !== undefined)) return { row: r, columns, headers };
  }
  return null;
}
