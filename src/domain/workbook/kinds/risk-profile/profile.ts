/**
 * Reading a risk profile («Рисковый профиль школы»): the short table «Факторы риска | Значимость
 * фактора риска | Рекомендации», the long one «фактор риска | параметры анализа | результат | ед.
 * изм. | фиксация риска», or both on one sheet (as seed 003 shows the 2021 profiles), in any order,
 * with an optional «Комментарий куратора» column. Parsing never throws.
 *
 * Decisions:
 * - A header row names the factor column and at least one of significance, parameter, value or
 *   unit. The legend «Значимость фактора риска в ОО | Действия» names no factor: it ends a table
 *   and is not read.
 * - In the long table a factor's row holds its name («1 Низкий уровень оснащения школы») and its
 *   first parameter; the rows below with an empty factor cell hold its other parameters.
 * - A factor found in two tables is one factor: the first table's row is where it is, the other
 *   table adds its significance, parameters or comment. Factors are matched to the catalogues
 *   loosely (see similarity.ts).
 * - A row with only a note («Примечание: показатели… по 100-балльной шкале») is not a factor.
 */
import { parseDecimal } from '../../../core/text';
import type { Cell, Grid } from '../../../core/types';
import { cellString, foldLabel } from '../../sheet-cells';
import { SIGNIFICANCE_ACTIONS, type CatalogueId, type RiskUnit, type Significance } from './catalogue';
import { matchFactor, rankFactors, stripFactorNumber } from './similarity';

export const RISK_PROFILE_SHEET = 'Рисковый профиль';

export type RiskProfileKey = 'factor' | 'significance' | 'parameter' | 'value' | 'unit' | 'fixed' | 'comment' | 'action' | 'recommendations';

export function classifyRiskHeader(f: string): RiskProfileKey | null {
  if (/^(?:№ )?(?:факторы?|наименование фактора)(?: риска)?$|^риск$/u.test(f)) return 'factor';
  if (/^значимость(?: фактора)?(?: риска)?$|^значимость фактора риска в оо$|^уровень риска$/u.test(f)) return 'significance';
  if (/^параметры?(?: анализа)?$|^показатель$/u.test(f)) return 'parameter';
  if (/^(?:результат|значение)$/u.test(f)) return 'value';
  if (/^(?:ед изм|единица измерения|единицы измерения|ед измерения)$/u.test(f)) return 'unit';
  if (/^фиксация(?: риска)?$/u.test(f)) return 'fixed';
  if (/^комментари\p{L}*(?: куратора)?$/u.test(f)) return 'comment';
  if (/^(?:действия|требуемые действия)$/u.test(f)) return 'action';
  if (/^рекомендаци\p{L}*$/u.test(f)) return 'recommendations';
  return null;
}

export interface RiskParameter {
  /** 1-based row. */
  row: number;
  name: string;
  /** The value as written («46», «нет»). */
  value: string;
  /** The value as a number (balls, percent), null for «да/нет» and for text. */
  number: number | null;
  unit: RiskUnit | null;
  /** The unit as written. */
  unitText: string;
  /** «*»: the risk is fixed by this parameter. */
  fixed: boolean;
}

export interface RiskFactor {
  /** 1-based row where the factor is named. */
  row: number;
  /** The name as written, without its number. */
  name: string;
  /** The catalogue factor it is (loosely), or null. */
  match: { name: string; catalogues: readonly CatalogueId[]; exact: boolean } | null;
  significance: Significance | null;
  /** The significance as written, when it is none of the three. */
  significanceText: string | null;
  /** What the significance implies («требуется принятие мер»), or null. */
  action: string | null;
  parameters: RiskParameter[];
  /** «Комментарий куратора», or null. */
  comment: string | null;
  /** How the profile names its factor and comment columns (for findings placed on them), or null. */
  headers: { factor: string | null; comment: string | null };
}

/** Where a table's columns are and how the sheet names them. */
export interface RiskTable {
  /** 0-based header row. */
  headerRow: number;
  columns: Partial<Record<RiskProfileKey, number>>;
  headers: Partial<Record<RiskProfileKey, string>>;
}

/** Factors as read from one table, each with the table it came from. */
export interface FactorEntry extends RiskFactor {
  table: RiskTable;
}

/** A row's header keys (each key taken by its leftmost column), or null when it names fewer than two. */
function headerOf(row: readonly Cell[], r: number): RiskTable | null {
  const columns: Partial<Record<RiskProfileKey, number>> = {};
  const headers: Partial<Record<RiskProfileKey, string>> = {};
  let count = 0;
  row.forEach((cell, c) => {
    if (typeof cell !== 'string') return;
    const text = cellString(cell);
    if (text === '' || text.length > 80) return;
    const key = classifyRiskHeader(foldLabel(text));
    if (key === null || columns[key] !== undefined) return;
    columns[key] = c;
    headers[key] = text;
    count++;
  });
  return count >= 2 ? { headerRow: r, columns, headers } : null;
}

/** A risk profile table's header: the factor column and one of significance, parameter, value, unit. */
function isProfileHeader(t: RiskTable | null): t is RiskTable {
  const c = t?.columns;
  return !!c && c.factor !== undefined && (c.significance !== undefined || c.parameter !== undefined || c.value !== undefined || c.unit !== undefined);
}

/** Every header-like row (two keys or more) of the sheet; the profile's tables are those naming a factor. */
export function findRiskTables(grid: Grid, scan = Number.POSITIVE_INFINITY): { tables: RiskTable[]; bounds: number[] } {
  const tables: RiskTable[] = [];
  const bounds: number[] = [];
  const rows = Math.min(Array.isArray(grid) ? grid.length : 0, scan);
  for (let r = 0; r < rows; r++) {
    const row = Array.isArray(grid[r]) ? grid[r] : [];
    const h = headerOf(row, r);
    if (!h) continue;
    bounds.push(r);
    if (isProfileHeader(h)) tables.push(h);
  }
  return { tables, bounds };
}

export function parseSignificance(text: string): Significance | null {
  const f = foldLabel(text);
  if (/^высок/u.test(f)) return 'Высокая';
  if (/^средн/u.test(f)) return 'Средняя';
  if (/^низк/u.test(f)) return 'Низкая';
  return null;
}

export function parseUnit(text: string): RiskUnit | null {
  const f = foldLabel(text).replace(/\s+/g, '');
  if (/^балл/u.test(f) || f === 'б') return 'балл';
  if (String(text).includes('%') || /^(?:процент|доля)/u.test(f)) return '%';
  if (/^да\s*нет$|^данет$/u.test(foldLabel(text)) || f === 'данет') return 'да/нет';
  return null;
}

const cell = (row: readonly Cell[], c: number | undefined): string => (c === undefined ? '' : cellString(row[c]));

function parameterOf(row: readonly Cell[], r: number, t: RiskTable): RiskParameter | null {
  const c = t.columns;
  const name = cell(row, c.parameter);
  const value = cell(row, c.value);
  const unitText = cell(row, c.unit);
  if (name === '' && value === '') return null;
  const unit = parseUnit(unitText);
  const raw = row[c.value ?? -1];
  const number = typeof raw === 'number' ? raw : unit === 'да/нет' ? null : parseDecimal(value.replace(/\s*%$/, ''));
  return { row: r + 1, name, value, number, unit, unitText, fixed: cell(row, c.fixed).includes('*') };
}

/** Whether a lone text in the factor column is a factor rather than a note below the table. */
function looksLikeFactor(text: string, hasOtherCells: boolean): boolean {
  if (/^примечани/iu.test(text) || /^(?:высок|средн|низк)\p{L}*$/u.test(foldLabel(text))) return false;
  if (hasOtherCells || /^\s*\d{1,2}\s*[.)]?\s*\p{L}/u.test(text)) return true;
  return (rankFactors(text)[0]?.score ?? 0) >= 0.3;
}

function factorOf(row: readonly Cell[], r: number, t: RiskTable, text: string): FactorEntry {
  const c = t.columns;
  const name = stripFactorNumber(text);
  const m = matchFactor(name);
  const sigText = cell(row, c.significance);
  const significance = sigText === '' ? null : parseSignificance(sigText);
  const comment = cell(row, c.comment);
  return {
    row: r + 1,
    name,
    match: m ? { name: m.factor.name, catalogues: m.factor.catalogues, exact: m.exact } : null,
    significance,
    significanceText: significance === null && sigText !== '' ? sigText : null,
    action: significance ? SIGNIFICANCE_ACTIONS[significance] : null,
    parameters: [],
    comment: comment === '' ? null : comment,
    headers: { factor: t.headers.factor ?? null, comment: t.headers.comment ?? null },
    table: t,
  };
}

/** The factors of one table, rows `t.headerRow + 1` up to `end` (exclusive), in order. */
export function readRiskTable(grid: Grid, t: RiskTable, end: number): FactorEntry[] {
  const out: FactorEntry[] = [];
  const fc = t.columns.factor ?? 0;
  for (let r = t.headerRow + 1; r < end; r++) {
    const row = Array.isArray(grid[r]) ? grid[r] : [];
    const text = cellString(row[fc]);
    const others = row.some((v, c) => c !== fc && cellString(v) !== '');
    if (text !== '') {
      if (!looksLikeFactor(text, others)) continue;
      const f = factorOf(row, r, t, text);
      const p = parameterOf(row, r, t);
      if (p) f.parameters.push(p);
      out.push(f);
      continue;
    }
    const last = out[out.length - 1];
    const p = last ? parameterOf(row, r, t) : null;
    if (last && p) last.parameters.push(p);
  }
  return out;
}
