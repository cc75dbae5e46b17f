/**
 * Sub-columns under one group header that together say one field: «Сроки» over «начало» |
 * «окончание» is one deadline («с 01.09.2022 по 31.05.2023»), «Ответственные» over «ФИО» |
 * «должность» one responsible entry, «Показатель» over «наименование» | «значение» one indicator.
 * The cells are read joined into the field's first column; the others are not unknown columns.
 */
import type { Cell, Field } from '../core/types';
import type { HeaderColumn } from './header';
import { cellText } from './text';

export interface GroupJoin {
  field: Field;
  /** Columns joined, left to right; the first is the field's column. */
  cols: number[];
  /** «Сроки: начало, окончание». */
  label: string;
}

const JOINED: readonly Field[] = ['deadline', 'responsible', 'indicator'];
const START = /^(?:с|от|начал\p{L}*|дата начала|срок начала)$/u;
const END = /^(?:по|до|оконч\p{L}*|заверш\p{L}*|дата окончания|срок окончания)$/u;

const folded = (s: string): string => s.toLowerCase().replace(/ё/g, 'е').replace(/[.:]/g, '').trim();

/** The groups whose sub-columns join into one field, with `fields` and `unknown` updated in place. */
export function findGroupJoins(columns: readonly HeaderColumn[], fields: Partial<Record<Field, number>>, unknown: number[]): GroupJoin[] {
  const byIndex = new Map(columns.map((c) => [c.index, c]));
  const joins: GroupJoin[] = [];
  for (const field of JOINED) {
    const main = fields[field];
    const head = main === undefined ? undefined : byIndex.get(main);
    if (main === undefined || !head?.group) continue;
    const members = sameGroupRun(columns, head, (c) => c.index === main || (unknown.includes(c.index) && c.candidates.some((x) => x.field === field)));
    if (members.length < 2) continue;
    if (field === 'deadline' && !isStartEnd(members)) continue;
    const cols = members.map((c) => c.index);
    fields[field] = cols[0];
    for (const c of cols) {
      const i = unknown.indexOf(c);
      if (i >= 0) unknown.splice(i, 1);
    }
    joins.push({ field, cols, label: `${head.group.label}: ${members.map((c) => c.group?.sub ?? c.label).join(', ')}` });
  }
  return joins;
}

/** The contiguous columns of `head`'s group around it that `accept` takes. */
function sameGroupRun(columns: readonly HeaderColumn[], head: HeaderColumn, accept: (c: HeaderColumn) => boolean): HeaderColumn[] {
  const sorted = [...columns].sort((a, b) => a.index - b.index);
  const at = sorted.indexOf(head);
  const inGroup = (c: HeaderColumn | undefined): boolean => c !== undefined && c.group?.label === head.group?.label && accept(c);
  let from = at;
  while (from > 0 && inGroup(sorted[from - 1]) && sorted[from - 1].index === sorted[from].index - 1) from--;
  let to = at;
  while (to + 1 < sorted.length && inGroup(sorted[to + 1]) && sorted[to + 1].index === sorted[to].index + 1) to++;
  return sorted.slice(from, to + 1);
}

/** «начало» | «окончание»: a start and an end, in that order (a «план» | «факт» pair is not one deadline). */
function isStartEnd(members: readonly HeaderColumn[]): boolean {
  if (members.length !== 2) return false;
  const [a, b] = members.map((c) => folded(c.group?.sub ?? ''));
  return START.test(a) && END.test(b);
}

/** The cells of one row's joined columns as the field's one value. */
export function joinGroupCells(join: GroupJoin, cells: readonly Cell[]): Cell {
  const parts = join.cols.map((c) => cells[c] ?? null);
  const texts = parts.map((p) => cellText(p)).filter((t) => t !== '');
  if (texts.length === 0) return null;
  if (texts.length === 1) return parts.find((p) => cellText(p) !== '') ?? null;
  if (join.field === 'deadline') {
    if (texts[0] === texts[1]) return parts[0];
    const dates = parts.every((p) => p instanceof Date || /^\d{1,2}\.\d{1,2}\.\d{2,4}$/.test(cellText(p)));
    return dates ? `с ${texts[0]} по ${texts[1]}` : `${texts[0]} – ${texts[1]}`;
  }
  return texts.join(join.field === 'indicator' ? ' — ' : ', ');
}

/** Each row's joined cells read into the field's first column, the others emptied; in place. */
export function applyGroupJoins(rows: Cell[][], joins: readonly GroupJoin[]): void {
  if (joins.length === 0) return;
  for (const cells of rows) {
    for (const j of joins) {
      if (!j.cols.some((c) => c < cells.length)) continue;
      const value = joinGroupCells(j, cells);
      for (const c of j.cols) if (c < cells.length) cells[c] = null;
      while (cells.length <= j.cols[0]) cells.push(null);
      cells[j.cols[0]] = value;
    }
  }
}
