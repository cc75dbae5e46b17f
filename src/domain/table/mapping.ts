/**
 * Which column holds which field, and why: by header, by what the cells hold, or because the user
 * said so in «Настройки» (block «Столбцы»). The user's word wins over both.
 */
import { ALL_FIELDS, type Cell, type ColumnBasis, type ColumnChoice, type ColumnOverride, type ColumnRef, type Diagnostic, type Field } from '../core/types';
import { columnLetter } from '../core/text';
import { fold } from './text';
import { assignColumns, profileColumns, type ColumnProfile } from './columns';
import { applyGroupJoins, findGroupJoins } from './groups';
import type { HeaderColumn } from './header';

export interface ColumnReading {
  fields: Partial<Record<Field, number>>;
  /** Columns no field took, with the keys their cells are kept under. */
  unknown: { index: number; key: string }[];
  columns: Partial<Record<Field, ColumnRef>>;
  mapping: ColumnChoice[];
  unknownColumns: ColumnRef[];
  profiles: ColumnProfile[];
  diagnostics: Diagnostic[];
}

const oneLine = (s: string): string => s.replace(/\s*\n\s*/g, ' ').trim();

/**
 * Reads the columns of a table: profiles its cells (`linked` marks cells with a link behind them),
 * assigns fields, joins group sub-columns (in `rows`, in place), applies the user's overrides.
 */
export function readColumns(
  header: readonly HeaderColumn[],
  rows: Cell[][],
  hasData: boolean[],
  width: number,
  opts: { overrides?: readonly ColumnOverride[]; linked?: (row: number, col: number) => boolean; headerRow: number },
): ColumnReading {
  const profiles = profileColumns(rows, width, opts.linked);
  const byIndex: HeaderColumn[] = [];
  for (const col of header) byIndex[col.index] = col;
  const { fields, basis, unknown } = assignColumns([...header], profiles, hasData);
  const joins = findGroupJoins(header, fields, unknown);
  const joinedLabel = new Map(joins.map((j) => [j.cols[0], j.label]));
  applyGroupJoins(rows, joins);
  const labelOf = (c: number): string => joinedLabel.get(c) ?? (oneLine(byIndex[c]?.label ?? '') || `Столбец ${c + 1}`);
  const diagnostics = applyOverrides(opts.overrides ?? [], { fields, basis, unknown, labelOf, width, headerRow: opts.headerRow });

  const columns: Partial<Record<Field, ColumnRef>> = {};
  const mapping: ColumnChoice[] = [];
  for (const f of ALL_FIELDS) {
    const c = fields[f];
    if (c === undefined) continue;
    columns[f] = { index: c, header: labelOf(c) };
    mapping.push({ field: f, index: c, header: labelOf(c), basis: basis[f] ?? { by: 'header' } });
  }
  mapping.sort((a, b) => a.index - b.index);

  // Unknown columns are keyed by their header; repeated headers get the column number appended.
  const usedKeys = new Set<string>();
  const unknownColumns: ColumnRef[] = [];
  const unknownKeys: { index: number; key: string }[] = [];
  for (const c of unknown.sort((a, b) => a - b)) {
    let key = labelOf(c);
    if (usedKeys.has(key)) key = `${key} (${c + 1})`;
    usedKeys.add(key);
    unknownColumns.push({ index: c, header: key });
    unknownKeys.push({ index: c, key });
  }
  return { fields, unknown: unknownKeys, columns, mapping, unknownColumns, profiles, diagnostics };
}

interface Assignment {
  fields: Partial<Record<Field, number>>;
  basis: Partial<Record<Field, ColumnBasis>>;
  unknown: number[];
  labelOf(c: number): string;
  width: number;
  headerRow: number;
}

/** The column an override names: by its header (folded, whole) or by its letter («C»). */
function overrideColumn(o: ColumnOverride, a: Assignment): number | null {
  const wanted = fold(o.header);
  if (wanted === '') return null;
  for (let c = 0; c < a.width; c++) if (fold(a.labelOf(c)) === wanted) return c;
  const letter = o.header.trim().toUpperCase();
  if (/^[A-Z]{1,3}$/.test(letter)) {
    for (let c = 0; c < a.width; c++) if (columnLetter(c) === letter) return c;
  }
  return null;
}

/** The user's overrides applied in place; an override naming no column of the table is reported. */
function applyOverrides(overrides: readonly ColumnOverride[], a: Assignment): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const o of overrides) {
    const c = overrideColumn(o, a);
    if (c === null) {
      out.push({
        code: 'column-override-unknown',
        severity: 'warning',
        row: a.headerRow,
        field: null,
        message: `в «Настройках» (блок «Столбцы») указан столбец «${o.header}», но в таблице его нет; указание не применено.`,
      });
      continue;
    }
    // The column leaves the field it had; the field leaves the column it had.
    for (const f of ALL_FIELDS) {
      if (a.fields[f] !== c && f !== o.field) continue;
      const old: number | undefined = a.fields[f];
      delete a.fields[f];
      delete a.basis[f];
      if (old !== undefined && old !== c && !a.unknown.includes(old)) a.unknown.push(old);
    }
    const at = a.unknown.indexOf(c);
    if (at >= 0) a.unknown.splice(at, 1);
    if (o.field === null) continue;
    a.fields[o.field] = c;
    a.basis[o.field] = { by: 'settings' };
  }
  return out;
}
