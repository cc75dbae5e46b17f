/**
 * Saving the «Настройки» sheet without touching what is not the settings'. The cells the settings
 * own are exactly the ones parseSettingsGrid reads: the value cell of every row whose label it
 * recognises. Saving rewrites those (only where the value changes), and adds rows for settings the
 * sheet lacks right below the last settings row — into empty rows, or into rows inserted there, so a
 * user's notes below or beside the block stay as they are. Labels and explanations already on the
 * sheet are left as the user wrote them. Pure: the Sheets adapter applies the plan.
 */
import { SettingsSchema, type Settings } from '../../../core/settings';
import type { Cell, CellBlock, Grid } from '../../../core/types';
import { cellString } from '../../sheet-cells';
import {
  matchSettingLabel,
  SETTING_ORDER,
  settingId,
  SETTINGS_HEADERS,
  SETTINGS_HELP,
  SETTINGS_LABELS,
  settingsLayout,
  sheetPeriodHelp,
  sheetPeriodLabel,
  type SettingKey,
} from './labels';
import { columnsBlockRows, findColumnsHeading } from './columns-block';

/**
 * The «Настройки» sheet for these settings: the header, one row per setting, one row per sheet
 * in `settings.periods` and per extra roadmap sheet in `opts.sheets` (with an empty period).
 * parseSettingsGrid(settingsToGrid(s)).settings equals s without its directory.
 */
export function settingsToGrid(settings: Settings, opts: { sheets?: string[] } = {}): Cell[][] {
  const s = SettingsSchema.parse(settings);
  const values: Record<SettingKey, Cell> = {
    defaultPeriod: s.defaultPeriod ?? null,
    auditH1: s.auditTargets.h1,
    auditH2: s.auditTargets.h2,
    reportDates: s.reportDates.length > 0 ? s.reportDates.join('; ') : null,
    redOverduePercent: s.zones.redOverduePercent,
    unconfirmedDays: s.zones.unconfirmedDays,
    blockMaxAgeDays: s.collection.blockMaxAgeDays,
    registryLink: s.registryLink,
  };
  const rows: Cell[][] = [[...SETTINGS_HEADERS]];
  for (const key of SETTING_ORDER) rows.push([SETTINGS_LABELS[key], values[key], SETTINGS_HELP[key]]);
  const sheets = [...Object.keys(s.periods)];
  for (const name of opts.sheets ?? []) if (!sheets.includes(name)) sheets.push(name);
  for (const name of sheets) rows.push([sheetPeriodLabel(name), s.periods[name] ?? null, sheetPeriodHelp(name)]);
  return rows;
}

export interface SettingsWritePlan {
  /** Insert `insertCount` empty rows after this 1-based row first (null: no rows inserted). */
  insertAfter: number | null;
  insertCount: number;
  /** Then write these blocks (rows numbered after the insertion). */
  blocks: CellBlock[];
}

const isEmpty = (c: Cell | undefined) => c === null || c === undefined || (typeof c === 'string' && c.trim() === '');

function rowIsEmpty(grid: Grid, formulas: string[][] | undefined, row: number): boolean {
  const cells = grid[row - 1] ?? [];
  return cells.every(isEmpty) && !(formulas?.[row - 1] ?? []).some(Boolean);
}

/** Value cells to rewrite, as vertical runs in the value column. */
function valueBlocks(changes: { row: number; value: Cell }[], col: number): CellBlock[] {
  const blocks: CellBlock[] = [];
  for (const ch of [...changes].sort((a, b) => a.row - b.row)) {
    const last = blocks[blocks.length - 1];
    if (last && last.row + last.values.length === ch.row) last.values.push([ch.value]);
    else blocks.push({ row: ch.row, col: col + 1, values: [[ch.value]] });
  }
  return blocks;
}

/** A new settings row laid out in the sheet's own columns: label, value, then the explanation. */
function layoutRow(row: Cell[], labelCol: number, valueCol: number): { col: number; values: Cell[] } {
  const first = Math.min(labelCol, valueCol);
  const helpCol = Math.max(labelCol, valueCol) + 1;
  const values: Cell[] = Array.from({ length: helpCol - first + 1 }, () => null);
  values[labelCol - first] = row[0] ?? null;
  values[valueCol - first] = row[1] ?? null;
  values[helpCol - first] = row[2] ?? null;
  return { col: first + 1, values };
}

export function planSettingsWrite(existing: Grid, settings: Settings, formulas?: string[][]): SettingsWritePlan {
  const desired = settingsToGrid(settings);
  const lastUsed = (() => {
    for (let r = existing.length; r >= 1; r--) if (!rowIsEmpty(existing, formulas, r)) return r;
    return 0;
  })();
  const { header, labelCol, valueCol, start } = settingsLayout(existing);
  const heading = findColumnsHeading(existing, start, labelCol, valueCol);
  const entries = SettingsSchema.parse(settings).columns;

  const owned = new Map<string, number[]>();
  for (let r = start; r < (heading >= 0 ? heading : existing.length); r++) {
    const match = matchSettingLabel(cellString(existing[r]?.[labelCol]));
    if (!match) continue;
    const id = settingId(match);
    owned.set(id, [...(owned.get(id) ?? []), r + 1]);
  }
  // No settings on the sheet at all: the whole block goes below whatever is there.
  if (!header && owned.size === 0 && heading < 0) {
    const row = lastUsed === 0 ? 1 : lastUsed + 2;
    const values = entries.length > 0 ? [...desired, [], ...columnsBlockRows(entries)] : desired;
    return { insertAfter: null, insertCount: 0, blocks: [{ row, col: 1, values }] };
  }

  const wanted = new Map<string, Cell[]>();
  for (const row of desired.slice(1)) {
    const match = matchSettingLabel(cellString(row[0]));
    if (match) wanted.set(settingId(match), row);
  }
  const changes: { row: number; value: Cell }[] = [];
  for (const [id, rows] of owned) {
    // A sheet's period no longer set is emptied; a setting is written into every row that names it.
    const value = wanted.get(id)?.[1] ?? null;
    for (const r of rows) if (cellString(existing[r - 1]?.[valueCol]) !== cellString(value ?? null)) changes.push({ row: r, value });
  }
  const blocks = valueBlocks(changes, valueCol);
  const plan: SettingsWritePlan = { insertAfter: null, insertCount: 0, blocks };

  const missing = [...wanted].filter(([id]) => !owned.has(id)).map(([, row]) => row);
  let lastWritten = lastUsed;
  if (missing.length > 0) {
    const lastOwned = Math.max(header ? header.row + 1 : 0, ...[...owned.values()].flat());
    let free = true;
    for (let r = lastOwned + 1; r <= lastOwned + missing.length; r++) free &&= rowIsEmpty(existing, formulas, r);
    const laid = missing.map((row) => layoutRow(row, labelCol, valueCol));
    blocks.push({ row: lastOwned + 1, col: laid[0].col, values: laid.map((l) => l.values) });
    if (!free) {
      plan.insertAfter = lastOwned;
      plan.insertCount = missing.length;
    }
    lastWritten = Math.max(lastUsed + (free ? 0 : missing.length), lastOwned + missing.length);
  }
  // Rows below the insertion point are numbered as they will be once the rows are inserted.
  const shift = (row: number) => (plan.insertAfter !== null && row > plan.insertAfter ? row + plan.insertCount : row);
  blocks.push(...columnsBlockWrites(existing, heading, entries, { labelCol, valueCol, newAt: lastWritten + 2 }).map((b) => ({ ...b, row: shift(b.row) })));
  return plan;
}

/**
 * The cells of the block «Столбцы» that change: the block rewritten from its heading (rows it no
 * longer needs emptied, in its three columns only), or a new block at row `newAt`.
 */
function columnsBlockWrites(
  existing: Grid,
  heading: number,
  entries: Settings['columns'],
  at: { labelCol: number; valueCol: number; newAt: number },
): CellBlock[] {
  if (heading < 0 && entries.length === 0) return [];
  const cols = [at.labelCol, at.valueCol, Math.max(at.labelCol, at.valueCol) + 1];
  const rows = columnsBlockRows(entries);
  if (heading < 0) return rows.map((values, i) => ({ row: at.newAt + i, col: Math.min(...cols) + 1, values: [laidOut(values, cols)] }));
  let end = existing.length;
  while (end > heading && cols.every((c) => isEmpty(existing[end - 1]?.[c]))) end--;
  const out: CellBlock[] = [];
  for (let i = 0; heading + i < Math.max(end, heading + rows.length); i++) {
    const r = heading + i;
    cols.forEach((c, k) => {
      const value = rows[i]?.[k] ?? null;
      if (cellString(existing[r]?.[c] ?? null) !== cellString(value)) out.push({ row: r + 1, col: c + 1, values: [[value]] });
    });
  }
  return out;
}

/** Values of the block's three cells placed in the columns from the first of them (gaps left empty). */
function laidOut(values: Cell[], cols: number[]): Cell[] {
  const first = Math.min(...cols);
  const row: Cell[] = Array.from({ length: Math.max(...cols) - first + 1 }, () => null);
  cols.forEach((c, k) => (row[c - first] = values[k] ?? null));
  return row;
}
