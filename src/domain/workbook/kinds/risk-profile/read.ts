/**
 * A risk profile sheet → its factors and the findings about them: a factor without significance
 * or with one not in the list, a name in neither catalogue (the nearest proposed), a value outside
 * its unit's scale, an unknown unit, a «*» under a «Низкая» factor (for the curator's attention).
 */
import type { Diagnostic, Grid } from '../../../core/types';
import { diagnosticsOf, foldLabel, quoted } from '../../sheet-cells';
import { RISK_CATALOGUE, type RiskUnit } from './catalogue';
import { RISK_PROFILE_CODES } from './codes';
import { findRiskTables, readRiskTable, RISK_PROFILE_SHEET, type FactorEntry, type RiskFactor, type RiskParameter } from './profile';
import { rankFactors } from './similarity';

const diagnostic = diagnosticsOf(RISK_PROFILE_CODES);

export interface RiskProfile {
  sheet: string;
  factors: RiskFactor[];
}

/** A factor merged from the tables that list it, with where its significance was (or should be) written. */
interface Merged {
  factor: FactorEntry;
  sigPlace: { row: number; column: string } | null;
}

const keyOf = (f: RiskFactor): string => f.match?.name ?? foldLabel(f.name);

export function parseRiskProfileGrid(grid: Grid, sheetName: string = RISK_PROFILE_SHEET): { profile: RiskProfile; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const merged = new Map<string, Merged>();
  try {
    const rows = Array.isArray(grid) ? grid : [];
    const { tables, bounds } = findRiskTables(rows);
    if (tables.length === 0) {
      diagnostics.push(
        diagnostic(
          'risk-profile-no-header',
          { sheet: sheetName, row: null, column: null },
          null,
          'не найдена строка заголовка рискового профиля: «Фактор риска | Значимость» или «Фактор риска | Параметры анализа | Результат | Ед. изм.».',
        ),
      );
    }
    for (const t of tables) {
      const end = bounds.find((b) => b > t.headerRow) ?? rows.length;
      const seen = new Set<string>();
      for (const f of readRiskTable(rows, t, end)) mergeFactor(merged, seen, f, sheetName, diagnostics);
    }
    for (const m of merged.values()) checkFactor(m, sheetName, diagnostics);
  } catch {
    // A malformed grid: what was read so far.
  }
  const factors = [...merged.values()].map((m) => withoutTable(m.factor));
  diagnostics.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
  return { profile: { sheet: sheetName, factors }, diagnostics };
}

function withoutTable(f: FactorEntry): RiskFactor {
  const { table: _table, ...rest } = f;
  return rest;
}

function mergeFactor(merged: Map<string, Merged>, seen: Set<string>, f: FactorEntry, sheet: string, out: Diagnostic[]): void {
  const key = keyOf(f);
  const hasSig = f.table.columns.significance !== undefined;
  const sigPlace = hasSig ? { row: f.row, column: f.table.headers.significance ?? 'Значимость' } : null;
  const first = merged.get(key);
  if (seen.has(key) && first) {
    out.push(
      diagnostic(
        'risk-factor-duplicate',
        { sheet, row: f.row, column: f.table.headers.factor ?? null },
        'factor',
        `фактор ${quoted(f.name)} уже есть в строке ${first.factor.row}; действует строка ${first.factor.row}.`,
      ),
    );
    return;
  }
  seen.add(key);
  if (!first) {
    merged.set(key, { factor: f, sigPlace });
    return;
  }
  const g = first.factor;
  if (g.significance === null && g.significanceText === null && (f.significance !== null || f.significanceText !== null)) {
    g.significance = f.significance;
    g.significanceText = f.significanceText;
    g.action = f.action;
    first.sigPlace = sigPlace;
  }
  if (!first.sigPlace && sigPlace) first.sigPlace = sigPlace;
  g.parameters.push(...f.parameters);
  if (g.comment === null) g.comment = f.comment;
  if (g.headers.comment === null) g.headers = { ...g.headers, comment: f.headers.comment };
}

function checkFactor(m: Merged, sheet: string, out: Diagnostic[]): void {
  const f = m.factor;
  const factorColumn = f.table.headers.factor ?? null;
  if (!f.match?.exact) {
    const nearest = rankFactors(f.name)[0];
    const text = f.match
      ? `фактора ${quoted(f.name)} нет в перечнях проекта «500+»; он прочитан как «${f.match.name}» — запишите название по перечню.`
      : `фактора ${quoted(f.name)} нет ни в одном перечне проекта «500+»${nearest ? `; ближайший — «${nearest.factor.name}»` : ''}.`;
    out.push(diagnostic('risk-factor-unknown', { sheet, row: f.row, column: factorColumn }, 'factor', text));
  }
  const place = m.sigPlace ?? { row: f.row, column: 'Значимость' };
  if (f.significanceText !== null) {
    out.push(
      diagnostic(
        'risk-significance-unknown',
        { sheet, ...place },
        'significance',
        `значимость ${quoted(f.significanceText)} фактора ${quoted(f.name)} не из списка: Высокая, Средняя, Низкая.`,
      ),
    );
  } else if (f.significance === null) {
    out.push(
      diagnostic(
        'risk-no-significance',
        { sheet, ...place },
        'significance',
        `у фактора ${quoted(f.name)} не указана значимость (Высокая, Средняя или Низкая)${m.sigPlace ? '' : ': в таблице нет столбца «Значимость»'}.`,
      ),
    );
  }
  for (const p of f.parameters) checkParameter(f, p, sheet, out);
  const fixed = f.parameters.filter((p) => p.fixed);
  if (f.significance === 'Низкая' && fixed.length > 0) {
    out.push(
      diagnostic(
        'risk-fixed-low',
        { sheet, row: fixed[0].row, column: f.table.headers.fixed ?? null },
        'fixed',
        `у фактора ${quoted(f.name)} значимость «Низкая», но риск зафиксирован («*») по параметр${fixed.length === 1 ? 'у' : 'ам'} ${fixed.map((p) => quoted(p.name, 50)).join(', ')}: стоит обратить внимание куратора.`,
      ),
    );
  }
}

/** The unit of a parameter: as written, else the catalogue's for a parameter of that name. */
function unitOf(f: RiskFactor, p: RiskParameter): RiskUnit | null {
  if (p.unit) return p.unit;
  if (p.unitText !== '') return null;
  const factor = RISK_CATALOGUE.find((c) => c.name === f.match?.name);
  return factor?.parameters.find((c) => foldLabel(c.name) === foldLabel(p.name))?.unit ?? null;
}

function checkParameter(f: FactorEntry, p: RiskParameter, sheet: string, out: Diagnostic[]): void {
  const h = f.table.headers;
  if (p.unit === null && p.unitText !== '') {
    out.push(
      diagnostic(
        'risk-unit-unknown',
        { sheet, row: p.row, column: h.unit ?? null },
        'unit',
        `единица ${quoted(p.unitText)} параметра ${quoted(p.name, 50)} не из списка: балл, %, да/нет.`,
      ),
    );
  }
  const unit = unitOf(f, p);
  if (p.value === '' || unit === null) return;
  let problem: string | null = null;
  if (unit === 'да/нет') {
    if (!/^(?:да|нет)$/u.test(foldLabel(p.value))) problem = 'для единицы «да/нет» значение — «да» или «нет»';
  } else if (p.number === null) {
    problem = `для единицы «${unit}» значение — число от 0 до 100`;
  } else if (p.number < 0 || p.number > 100) {
    problem = unit === 'балл' ? 'баллы — по 100-балльной шкале, от 0 до 100' : 'доля в процентах — от 0 до 100';
  }
  if (problem) {
    out.push(
      diagnostic(
        'risk-value-out-of-range',
        { sheet, row: p.row, column: h.value ?? null },
        'value',
        `значение ${quoted(p.value)} параметра ${quoted(p.name, 50)}: ${problem}.`,
      ),
    );
  }
}
