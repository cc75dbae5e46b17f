/**
 * The «500+» figures of a school in the coordinator's summary: its risk profile against its
 * anti-risk programmes (how many «Высокая» factors, how many of them without a programme holding a
 * measure — the rule of `risk-high-no-programme`), and the documents it has posted and the curator
 * has confirmed: the measures of the sections «Стартовая диагностика» and «Программа развития».
 *
 * Decisions:
 * - The risk figures are the workbook's (a school's file holds its profile and its roadmap): every
 *   school table of that workbook carries them; none when the workbook has no risk profile.
 * - A document is posted when its measure's evidence cell holds an http(s) link (a document's name
 *   alone is `evidence-no-link`, not posted), confirmed when posted and the curator's mark is
 *   «Подтверждено». The sections are matched by their heading's words («1. Стартовая диагностика
 *   школы», «Раздел 2. Программа развития»), whatever the numbering.
 */
import type { Grid } from '../core/types';
import { findUrls } from '../parse/tracking';
import { highRiskCoverage } from '../risk/cross';
import { findProgrammes } from '../risk/programmes';
import type { SheetAnalysis } from '../roadmap/analyse';
import type { Measure } from '../roadmap/measure';
import type { RiskProfile } from '../workbook/kinds/risk-profile/read';

/** The workbook's risk profile against its programmes; null when it has no profile. */
export interface SchoolRisk {
  /** «Высокая» factors of the profile. */
  high: number;
  /** Of those, the ones with no anti-risk programme holding a measure. */
  highWithoutProgramme: number;
}

export interface SchoolDocuments {
  /** Measures of «Стартовая диагностика» and «Программа развития» (cancelled ones included). */
  expected: number;
  /** With an http(s) link in the evidence cell. */
  posted: number;
  /** Posted and marked «Подтверждено» by the curator. */
  confirmed: number;
}

const fold = (s: string): string => s.toLowerCase().replace(/ё/g, 'е');

/** Whether a section heading is «Стартовая диагностика» or «Программа развития». */
export function isDocumentSection(section: string | null): boolean {
  if (!section) return false;
  const s = fold(section);
  return (/стартов/.test(s) && /диагност/.test(s)) || (/программ/.test(s) && /развити/.test(s) && !/риск/.test(s));
}

export function documentsOf(measures: readonly Measure[]): SchoolDocuments {
  let expected = 0;
  let posted = 0;
  let confirmed = 0;
  for (const m of measures) {
    if (!isDocumentSection(m.section)) continue;
    expected++;
    if (!m.evidence || findUrls(m.evidence).length === 0) continue;
    posted++;
    if (m.curatorMark === 'Подтверждено') confirmed++;
  }
  return { expected, posted, confirmed };
}

/** A workbook's profiles against the programmes of its roadmap tables; null when it has no profile. */
export function schoolRiskOf(profiles: readonly RiskProfile[], tables: readonly SheetAnalysis[], grids: ReadonlyMap<string, Grid>): SchoolRisk | null {
  if (profiles.length === 0) return null;
  const { high, withoutProgramme } = highRiskCoverage(profiles, findProgrammes(tables, grids));
  return { high, highWithoutProgramme: withoutProgramme };
}
