/** The «Экспертиза» kind: a reviewer's scores of a school's documents, criterion by criterion. */
import { pluralRu } from '../../../core/text-ru';
import type { ReferenceKind } from '../../kind';
import { foldLabel } from '../../sheet-cells';
import { EXPERTISE_CODES } from './codes';
import { EXPERTISE_SHEET, parseExpertiseGrid, recogniseExpertise, type ExpertiseSheet } from './read';

export { EXPERTISE_CODES } from './codes';
export * from './read';
export * from './write';

/** «2 документа: Антирисковая программа «…» — 10 из 12 (83 %); …» */
export function expertiseSummary(e: ExpertiseSheet): string {
  const docs = e.documents.map((d) => `${d.title} — ${d.max > 0 ? `${d.total} из ${d.max} (${d.percent} %)` : 'не оценён'}`);
  return `${pluralRu(e.documents.length, 'документ', 'документа', 'документов')}${docs.length > 0 ? `: ${docs.join('; ')}` : ''}`;
}

export const expertiseKind: ReferenceKind<ExpertiseSheet> = {
  id: 'expertise',
  title: 'экспертиза',
  sheetName: EXPERTISE_SHEET,
  matchesName: (name) => /^экспертиза(?:\s|$)/u.test(foldLabel(name)),
  recognise: recogniseExpertise,
  read(grid, sheetName) {
    const parsed = parseExpertiseGrid(grid, sheetName);
    return { value: parsed.value, summary: expertiseSummary(parsed.value), diagnostics: parsed.diagnostics };
  },
  codes: EXPERTISE_CODES,
};
