/**
 * The expertise status of a school in the coordinator's summary: how many of its documents have
 * been reviewed (an expertise sheet scores at least one of their criteria), and the % of the
 * maximum they scored.
 *
 * Decisions:
 * - The expertise sheets are the workbook's (the school's own file; the add-on's sheet «Экспертиза»
 *   and any sheet of that kind, whatever its name): every school table of the workbook carries them,
 *   the way the risk figures are carried; null when the workbook has no expertise sheet.
 * - A document is reviewed when at least one of its criteria is scored; a document listed with no
 *   score yet is not counted.
 * - The % of the maximum is one figure over the criteria scored across every reviewed document:
 *   the points scored over the points possible (the sums, not an average of the documents'
 *   percents). It is the sheet's own rule («% от максимума по критериям, которые оценены») widened
 *   to the school, a document with one criterion scored does not weigh as much as one scored in
 *   full, and the totals row can pool the schools the same way. One decimal, as the other percents.
 */
import type { ExpertiseSheet } from '../workbook/kinds/expertise/read';
import { percent } from '../metrics';

/** A school's documents reviewed and their points; null when its file has no expertise sheet. */
export interface SchoolExpertise {
  /** Documents with at least one criterion scored. */
  reviewed: number;
  /** Points scored over the criteria scored, across those documents. */
  total: number;
  /** Points possible over the same criteria. */
  max: number;
}

/** The workbook's expertise sheets reduced to the school's figures; null when there are none. */
export function schoolExpertiseOf(sheets: readonly ExpertiseSheet[]): SchoolExpertise | null {
  if (sheets.length === 0) return null;
  const e: SchoolExpertise = { reviewed: 0, total: 0, max: 0 };
  for (const s of sheets) {
    for (const d of s.documents) {
      if (d.max === 0) continue;
      e.reviewed++;
      e.total += d.total;
      e.max += d.max;
    }
  }
  return e;
}

/** % of the maximum over the criteria scored, one decimal; null when nothing is scored. */
export function expertisePercent(e: Pick<SchoolExpertise, 'total' | 'max'>): number | null {
  return e.max > 0 ? percent(e.total, e.max) : null;
}
