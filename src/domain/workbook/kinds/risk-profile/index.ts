/** The «Рисковый профиль» kind: the school's risk factors, their parameters and significance. */
import { pluralRu } from '../../../core/text-ru';
import type { Grid } from '../../../core/types';
import type { ReferenceKind } from '../../kind';
import { foldLabel } from '../../sheet-cells';
import { RISK_PROFILE_CODES } from './codes';
import { findRiskTables, RISK_PROFILE_SHEET } from './profile';
import { parseRiskProfileGrid, type RiskProfile } from './read';

export { RISK_PROFILE_CODES } from './codes';
export * from './catalogue';
export * from './profile';
export * from './read';
export * from './similarity';

const NAMES = new Set([foldLabel(RISK_PROFILE_SHEET), 'рисковый профиль школы']);

/** A table naming the factor and its significance or parameters, with at least one factor under it. */
function recognise(grid: Grid): boolean {
  return findRiskTables(grid).tables.length > 0;
}

/** «10 факторов: высокая значимость — 5, средняя — 3, низкая — 2» */
export function riskProfileSummary(p: RiskProfile): string {
  const count = (s: string) => p.factors.filter((f) => f.significance === s).length;
  const parts = [`высокая значимость — ${count('Высокая')}`, `средняя — ${count('Средняя')}`, `низкая — ${count('Низкая')}`];
  const none = p.factors.filter((f) => f.significance === null).length;
  if (none > 0) parts.push(`без значимости — ${none}`);
  return `${pluralRu(p.factors.length, 'фактор', 'фактора', 'факторов')}: ${parts.join(', ')}`;
}

export const riskProfileKind: ReferenceKind<RiskProfile> = {
  id: 'risk-profile',
  title: 'рисковый профиль',
  sheetName: RISK_PROFILE_SHEET,
  matchesName: (name) => NAMES.has(foldLabel(name)),
  recognise,
  read(grid, sheetName) {
    const parsed = parseRiskProfileGrid(grid, sheetName);
    return { value: parsed.profile, summary: riskProfileSummary(parsed.profile), diagnostics: parsed.diagnostics };
  },
  codes: RISK_PROFILE_CODES,
};
