/**
 * Sections as tasks: a programme or a roadmap that names no task («Задача» column or «Задача …»
 * headings) is judged on «Меры соотносятся с задачами» by its sections, when it numbers them.
 *
 * Decisions:
 * - A section counts when its heading is numbered («1. Организационно-управленческие меры», «2)…»,
 *   «Раздел 2. …») or labelled as a direction («Направление: финансово-экономическое»); every
 *   section of the document must be so (a plan with unnumbered group headings — order 470 — is
 *   left to the expert), and there must be two at least (one section is the whole document).
 * - A programme's own heading is not one of its sections.
 * - Measures outside every section are counted apart («вне разделов»), not as a task.
 * - A section's row is its first measure's (the measures do not keep the heading's row).
 */
import type { Measure } from '../roadmap/measure';
import { foldLabel } from '../workbook/sheet-cells';
import type { DocumentTask } from './propose';

const NUMBERED = /^\s*(?:раздел\s+)?(?:\d{1,2}|[IVX]{1,4})\s*[.)]?\s+\p{L}|^\s*направлени[ея]\s*[:№\d]/iu;

export interface SectionTasks {
  tasks: DocumentTask[];
  /** Measures with a title outside every section. */
  outside: number;
}

/** The document's numbered sections as its tasks, or null when it does not number them. */
export function sectionTasks(measures: readonly Measure[], ownHeading?: string): SectionTasks | null {
  const own = ownHeading ? foldLabel(ownHeading) : null;
  const tasks = new Map<string, DocumentTask>();
  let outside = 0;
  for (const m of measures) {
    if (m.title.trim() === '') continue;
    const section = m.section?.trim() ?? '';
    if (section === '' || foldLabel(section) === own) {
      outside++;
      continue;
    }
    if (!NUMBERED.test(section)) return null;
    const key = foldLabel(section);
    const task = tasks.get(key) ?? { name: section, row: m.row, measures: 0 };
    task.measures++;
    tasks.set(key, task);
  }
  return tasks.size >= 2 ? { tasks: [...tasks.values()], outside } : null;
}
