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
 * - Mutual expertise: the reviewer writes its partner's scores in its own file, the «Школа» column
 *   naming the partner. Those papers are the partner's, not the file's school's: they are handed
 *   over as reviews (partnerReviewsOf), which the summary adds to the school they name, wherever
 *   that school's own file is (src/app/summary.ts). A file holding only partners' papers has no
 *   expertise of its own school (null).
 */
import type { ExpertiseDocument, ExpertiseSheet } from '../workbook/kinds/expertise/read';
import { schoolCompareKey } from '../workbook/kinds/registry/pairs';
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

/** A partner school's papers scored in this file: the school as the «Школа» column names it. */
export interface PartnerReview extends SchoolExpertise {
  school: string;
}

function add(e: SchoolExpertise, d: Pick<ExpertiseDocument, 'total' | 'max'>): void {
  if (d.max === 0) return;
  e.reviewed++;
  e.total += d.total;
  e.max += d.max;
}

/** The workbook's expertise sheets reduced to its own school's figures; null when there are none. */
export function schoolExpertiseOf(sheets: readonly ExpertiseSheet[]): SchoolExpertise | null {
  if (sheets.length === 0) return null;
  const docs = sheets.flatMap((s) => s.documents);
  const own = docs.filter((d) => d.school === null);
  if (own.length === 0 && docs.length > 0) return null;
  const e: SchoolExpertise = { reviewed: 0, total: 0, max: 0 };
  for (const d of own) add(e, d);
  return e;
}

/** The partners' papers of the workbook's expertise sheets, one review per school named, in order. */
export function partnerReviewsOf(sheets: readonly ExpertiseSheet[]): PartnerReview[] {
  const out = new Map<string, PartnerReview>();
  for (const d of sheets.flatMap((s) => s.documents)) {
    if (d.school === null) continue;
    const key = schoolCompareKey(d.school);
    const r = out.get(key) ?? { school: d.school, reviewed: 0, total: 0, max: 0 };
    add(r, d);
    out.set(key, r);
  }
  return [...out.values()];
}

/** Two schools' figures together; null only when both are. */
export function addExpertise(a: SchoolExpertise | null, b: SchoolExpertise | null): SchoolExpertise | null {
  const plain = (e: SchoolExpertise): SchoolExpertise => ({ reviewed: e.reviewed, total: e.total, max: e.max });
  if (!a) return b ? plain(b) : null;
  if (!b) return plain(a);
  return { reviewed: a.reviewed + b.reviewed, total: a.total + b.total, max: a.max + b.max };
}

/** % of the maximum over the criteria scored, one decimal; null when nothing is scored. */
export function expertisePercent(e: Pick<SchoolExpertise, 'total' | 'max'>): number | null {
  return e.max > 0 ? percent(e.total, e.max) : null;
}
