/** Which sheets feed the coordinator's summary, and what school a roadmap belongs to. Shared by the add-on and the CLI. */
import { REFERENCE_KINDS, kindByName } from '../workbook/kinds';
import { findSchoolMentions } from '../parse/school';
import { foldForMatch } from '../core/text';
import { REPORT_SHEET } from './report';
import { CALENDAR_SHEET, RESPONSIBLE_SHEET, SUMMARY_SHEET } from './sheets';

/** Sheets that are never a school's roadmap: reference sheets and the sheets the summary writes. */
export const SKIPPED_SHEETS = [...REFERENCE_KINDS.map((k) => k.sheetName), SUMMARY_SHEET, RESPONSIBLE_SHEET, CALENDAR_SHEET, REPORT_SHEET];
const SKIPPED = new Set(SKIPPED_SHEETS.map((s) => foldForMatch(s)));

export function isSkippedSheet(name: string): boolean {
  return SKIPPED.has(foldForMatch(name)) || kindByName(name) !== null;
}

/** The school named in the lines above a table, as written there; null when none is. */
export function schoolFromTitle(titleLines: string[]): string | null {
  for (const line of titleLines) {
    const found = findSchoolMentions(line);
    if (found.length > 0) return found[0].text;
  }
  return null;
}
