/**
 * Anti-risk programmes in a school's roadmap: a section whose heading names a risk factor (matched
 * loosely against both catalogues: «Риск: Низкая учебная мотивация обучающихся», «Антирисковая
 * программа „Повышение учебной мотивации“»), or — where the table has one — the measures of each
 * value of a «Фактор риска» column. A programme holds tasks and measures; a measure serves the
 * task its «Задача» cell names, or the «Задача …» heading above it.
 *
 * Decisions:
 * - Headings are the rows of the table below its header that are no measure and hold one text
 *   cell (a section heading, merged across the table or not). A heading that names a factor (or
 *   starts with «Риск:» / «Антирисковая программа») starts a programme; a «Задача …» or «Цель …»
 *   heading stays in it; any other heading («Программа развития», «2. Кадровые меры») ends it.
 * - A heading that says «Риск:», «Фактор риска» or «Антирисковая программа» names its factor
 *   loosely (a score of 0.5); a bare section heading must come nearer (0.6), so a plan's direction
 *   sharing two words with a factor is no programme.
 * - A «Задача …» heading with no measure below it, and a row with a task and no measure, are tasks
 *   without measures.
 */
import type { Grid } from '../core/types';
import type { SheetAnalysis } from '../roadmap/analyse';
import type { Measure } from '../roadmap/measure';
import { cellString, foldLabel } from '../workbook/sheet-cells';
import { matchFactor } from '../workbook/kinds/risk-profile/similarity';
import { indicatorProgress, programmeTarget, type IndicatorProgress } from './indicators';

export interface ProgrammeTask {
  name: string;
  /** 1-based row of its heading or of its first measure. */
  row: number;
  measures: number;
}

export interface ProgrammeIndicator {
  measureRow: number;
  text: string;
  progress: IndicatorProgress;
}

export interface Programme {
  sheet: string;
  /** The heading (or the «Фактор риска» cell) as written. */
  heading: string;
  /** 1-based row of the heading, or of the first measure for a column programme. */
  row: number;
  by: 'section' | 'column';
  /** The catalogue factor it works on, or null when the heading names none. */
  factor: string | null;
  measures: Measure[];
  tasks: ProgrammeTask[];
  indicators: ProgrammeIndicator[];
}

const TASK_HEADING = /^(?:\d+[.)]?\s*)?задач[аи]\b|^задача/iu;
const GOAL_HEADING = /^(?:\d+[.)]?\s*)?цел[ьи]/iu;
const PROGRAMME_WORDS = /^(?:\d+[.)]?\s*)?(?:риск\s*:|фактор риска|антирисков)/iu;
/**
 * How near a heading that does not say «Риск:» or «Антирисковая программа» must come to a factor:
 * order 305's section «2. Повышение профессиональных компетенций педагогических работников» (a
 * municipal plan's direction, no programme) scores 0.54 against «Недостаточная предметная и
 * методическая компетентность педагогических работников»; a heading in a factor's own words scores near 1.
 */
const BARE_HEADING_SCORE = 0.6;

/** The factor a heading names, '' for a programme heading naming none, null for no programme. */
function headingFactor(text: string): string | null {
  const bare = text.replace(/^(?:\d+(?:\.\d+)*[.)]?\s*)/u, '');
  if (TASK_HEADING.test(bare) || GOAL_HEADING.test(bare)) return null;
  const named = PROGRAMME_WORDS.test(text);
  const m = matchFactor(bare, named ? 0.5 : BARE_HEADING_SCORE);
  if (m) return m.factor.name;
  return named ? '' : null;
}

function factorColumn(measures: readonly Measure[]): string | null {
  for (const m of measures) {
    const key = Object.keys(m.extra).find((k) => /^(?:№ )?(?:факторы? риска|риск|антирисковая программа)$/u.test(foldLabel(k)));
    if (key) return key;
  }
  return null;
}

function withIndicators(p: Omit<Programme, 'indicators'>): Programme {
  const indicators: ProgrammeIndicator[] = [];
  for (const m of p.measures) {
    const target = m.indicator ? programmeTarget(m.indicator) : null;
    if (target && m.indicator) indicators.push({ measureRow: m.row, text: m.indicator.text, progress: indicatorProgress(target, m.actual) });
  }
  return { ...p, indicators };
}

/** Tasks of a programme's measures named in their «Задача» cells, and rows with a task and no measure. */
function columnTasks(measures: readonly Measure[], into: ProgrammeTask[]): Measure[] {
  const real: Measure[] = [];
  for (const m of measures) {
    const name = m.task?.trim() ?? '';
    const isMeasure = m.title.trim() !== '';
    if (isMeasure) real.push(m);
    if (name === '') continue;
    const task = into.find((t) => foldLabel(t.name) === foldLabel(name));
    if (task) task.measures += isMeasure ? 1 : 0;
    else into.push({ name, row: m.row, measures: isMeasure ? 1 : 0 });
  }
  return real;
}

function byColumn(a: SheetAnalysis, key: string): Programme[] {
  const groups = new Map<string, { heading: string; factor: string | null; measures: Measure[] }>();
  for (const m of a.measures) {
    const text = String(m.extra[key] ?? '').trim();
    if (text === '') continue;
    const factor = matchFactor(text, 0.5)?.factor.name ?? null;
    const id = factor ?? foldLabel(text);
    const g = groups.get(id) ?? { heading: text, factor, measures: [] };
    g.measures.push(m);
    groups.set(id, g);
  }
  return [...groups.values()].map((g) => {
    const tasks: ProgrammeTask[] = [];
    const measures = columnTasks(g.measures, tasks);
    return withIndicators({ sheet: a.name, heading: g.heading, row: g.measures[0].row, by: 'column', factor: g.factor, measures, tasks });
  });
}

/** The rows of a table below its header that hold one text cell and are no measure: its headings. */
function headingRows(grid: Grid, a: SheetAnalysis, end: number): { row: number; text: string }[] {
  const from = a.table.headerRow ?? end;
  // Rows of measures, as a mark per row: a table of 100k rows made a Set of 100k numbers.
  const taken = new Uint8Array(Math.max(0, end - from));
  for (const m of a.measures) for (const row of m.sourceRows) if (row > from && row <= end) taken[row - 1 - from] = 1;
  const out: { row: number; text: string }[] = [];
  for (let r = from; r < end; r++) {
    if (taken[r - from] === 1) continue;
    const text = soleText(grid[r]);
    if (text !== null && /\p{L}/u.test(text)) out.push({ row: r + 1, text });
  }
  return out;
}

/** The text of a row's one non-empty cell; null when it has none or several. */
function soleText(cells: Grid[number] | undefined): string | null {
  if (!Array.isArray(cells)) return null;
  let sole: string | null = null;
  for (const c of cells) {
    const text = cellString(c);
    if (text === '') continue;
    if (sole !== null) return null;
    sole = text;
  }
  return sole;
}

function bySection(grid: Grid, a: SheetAnalysis, end: number): Programme[] {
  type Event = { row: number; heading?: string; measure?: Measure };
  const events: Event[] = [...headingRows(grid, a, end).map((h) => ({ row: h.row, heading: h.text })), ...a.measures.map((m) => ({ row: m.row, measure: m }))];
  events.sort((x, y) => x.row - y.row);
  const out: Omit<Programme, 'indicators'>[] = [];
  let current: Omit<Programme, 'indicators'> | null = null;
  let task: ProgrammeTask | null = null;
  for (const e of events) {
    if (e.heading !== undefined) {
      const factor = headingFactor(e.heading);
      if (factor !== null) {
        current = { sheet: a.name, heading: e.heading, row: e.row, by: 'section', factor: factor === '' ? null : factor, measures: [], tasks: [] };
        task = null;
        out.push(current);
      } else if (current && TASK_HEADING.test(e.heading)) {
        task = { name: e.heading, row: e.row, measures: 0 };
        current.tasks.push(task);
      } else if (!(current && GOAL_HEADING.test(e.heading))) {
        current = null;
        task = null;
      }
      continue;
    }
    if (!current || !e.measure) continue;
    const m = e.measure;
    if (m.task && m.task.trim() !== '') columnTasks([m], current.tasks);
    else if (m.title.trim() !== '' && task) task.measures++;
    if (m.title.trim() !== '') current.measures.push(m);
  }
  return out.map(withIndicators);
}

/**
 * The anti-risk programmes of a workbook's roadmap tables. `grids` gives each sheet's cells, for
 * the headings between measures; without a sheet's grid only its «Фактор риска» column is read.
 */
export function findProgrammes(tables: readonly SheetAnalysis[], grids: ReadonlyMap<string, Grid>): Programme[] {
  const out: Programme[] = [];
  tables.forEach((a, i) => {
    if (a.table.headerRow === null) return;
    const key = factorColumn(a.measures);
    if (key) {
      out.push(...byColumn(a, key));
      return;
    }
    const grid = grids.get(a.name);
    if (!grid) return;
    const next = tables.slice(i + 1).find((t) => t.name === a.name && t.table.headerRow !== null);
    out.push(...bySection(grid, a, next?.table.headerRow ? next.table.headerRow - 1 : grid.length));
  });
  return out;
}
