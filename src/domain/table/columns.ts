/**
 * Column mapping: header candidates first, the cells below to break ties and to place columns
 * whose header names nothing.
 */
import { type Cell, type ColumnBasis, type ContentKind, type Field } from '../core/types';
import { type HeaderColumn } from './header';
import { trimmed } from '../core/text';
import {
  ledByVerbalNoun,
  looksLikeDeadline,
  looksLikeDocumentName,
  looksLikeNumber,
  looksLikeResponsible,
  looksLikeStatus,
  looksLikeUrl,
  startsUpper,
} from './sniff';

/** What a column's cells read like, as shares of its non-empty cells in the sample. */
export interface ColumnProfile {
  filled: number;
  deadline: number;
  responsible: number;
  number: number;
  url: number;
  status: number;
  date: number;
  title: number;
  /** Phrases led by a verbal noun («Проведение…»): measures, whatever the header says. */
  measureTitle: number;
  /** Document names («Приказ», «Справка»): result forms. */
  document: number;
  avgLength: number;
}

/** Rows of the sample used to profile columns: enough to see a pattern, bounded for big sheets. */
export const PROFILE_SAMPLE_ROWS = 300;

const EXACT_DATE_RE = /^\d{1,2}[./]\d{1,2}[./]\d{2,4}$|^\d{4}-\d{2}-\d{2}$/;

/**
 * What each column's cells read like, over the first PROFILE_SAMPLE_ROWS rows that hold anything.
 * `linked(i, c)` says whether cell c of rows[i] has a link behind it (a HYPERLINK or rich-text
 * link): such a cell counts as a link whatever its label.
 */
export function profileColumns(rows: Cell[][], width: number, linked?: (row: number, col: number) => boolean): ColumnProfile[] {
  const acc = Array.from({ length: width }, () => ({
    filled: 0,
    deadline: 0,
    responsible: 0,
    number: 0,
    url: 0,
    status: 0,
    date: 0,
    title: 0,
    measureTitle: 0,
    document: 0,
    length: 0,
  }));
  let seen = 0;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    if (seen >= PROFILE_SAMPLE_ROWS) break;
    let any = false;
    for (let c = 0; c < width; c++) {
      const cell = row[c];
      if (cell === null || cell === undefined) continue;
      any = true;
      const a = acc[c];
      a.filled++;
      const deadline = looksLikeDeadline(cell);
      const number = looksLikeNumber(cell);
      if (deadline) a.deadline++;
      if (looksLikeResponsible(cell)) a.responsible++;
      if (number) a.number++;
      if (looksLikeUrl(cell) || linked?.(i, c)) a.url++;
      if (looksLikeStatus(cell)) a.status++;
      if (cell instanceof Date || (typeof cell === 'string' && EXACT_DATE_RE.test(trimmed(cell)))) a.date++;
      // looksLikeTitle and looksLikeMeasureTitle, with the deadline and number tests above not made again.
      const title = typeof cell === 'string' && cell.length >= 15 && startsUpper(cell) && !number && !(cell.length < 60 && deadline);
      if (title) a.title++;
      if (title && ledByVerbalNoun(cell)) a.measureTitle++;
      if (looksLikeDocumentName(cell)) a.document++;
      a.length += typeof cell === 'string' ? Math.min(cell.length, 2000) : 8;
    }
    if (any) seen++;
  }
  return acc.map((a) => {
    const n = a.filled || 1;
    return {
      filled: a.filled,
      deadline: a.deadline / n,
      responsible: a.responsible / n,
      number: a.number / n,
      url: a.url / n,
      status: a.status / n,
      date: a.date / n,
      title: a.title / n,
      measureTitle: a.measureTitle / n,
      document: a.document / n,
      avgLength: a.length / n,
    };
  });
}

/** How much the cells support a field (0..3); added to header scores to break ties. */
function contentBonus(field: Field, p: ColumnProfile | undefined): number {
  if (!p || p.filled === 0) return 0;
  switch (field) {
    case 'deadline':
      return 3 * p.deadline;
    case 'responsible':
      return 3 * p.responsible;
    case 'number':
      return 3 * p.number;
    case 'evidence':
      return 3 * p.url;
    case 'status':
    case 'curatorMark':
      return 3 * p.status;
    case 'doneDate':
    case 'curatorDate':
      return 3 * p.date;
    case 'title':
    case 'task':
      return 2 * p.title;
    default:
      return 0;
  }
}

export interface ColumnAssignment {
  fields: Partial<Record<Field, number>>;
  /** Why each field's column was chosen. */
  basis: Partial<Record<Field, ColumnBasis>>;
  /** Columns no field took, in grid order. */
  unknown: number[];
}

/** Share of a column's cells that must read as a field to place a column with an unknown header. */
const CONTENT_SHARE = 0.6;

const byContent = (kind: ContentKind, p: ColumnProfile, share: number): ColumnBasis => ({
  by: 'content',
  kind,
  count: Math.round(share * p.filled),
  of: p.filled,
});

/** Fields by header: greedy over (column, field) pairs by header score plus content bonus; the better column wins a field. */
function assignByHeader(header: HeaderColumn[], profiles: ColumnProfile[], out: ColumnAssignment, taken: Set<number>): void {
  const pairs: Array<{ col: number; field: Field; score: number }> = [];
  for (const col of header) {
    for (const cand of col.candidates) {
      pairs.push({ col: col.index, field: cand.field, score: cand.score + contentBonus(cand.field, profiles[col.index]) });
    }
  }
  pairs.sort((a, b) => b.score - a.score || a.col - b.col);
  for (const p of pairs) {
    if (taken.has(p.col) || out.fields[p.field] !== undefined) continue;
    out.fields[p.field] = p.col;
    out.basis[p.field] = { by: 'header' };
    taken.add(p.col);
  }
  // A «Задачи» column in a table without a measures column holds the measure titles.
  if (out.fields.title === undefined && out.fields.task !== undefined) {
    out.fields.title = out.fields.task;
    out.basis.title = out.basis.task;
    delete out.fields.task;
    delete out.basis.task;
  }
}

/**
 * Headers lie: with no column headed as the measures, the column whose cells read as measures (led
 * by a verbal noun) is the title column whatever its header, and the field its header named is left
 * to another column.
 */
function titleByContent(profiles: ColumnProfile[], out: ColumnAssignment, taken: Set<number>): void {
  if (out.fields.title !== undefined) return;
  let best = -1;
  for (let c = 0; c < profiles.length; c++) {
    const p = profiles[c];
    if (p.filled < 2 || p.measureTitle < CONTENT_SHARE || c === out.fields.number) continue;
    if (
      best < 0 ||
      p.measureTitle > profiles[best].measureTitle ||
      (p.measureTitle === profiles[best].measureTitle && p.avgLength > profiles[best].avgLength)
    ) {
      best = c;
    }
  }
  if (best < 0) return;
  for (const f of Object.keys(out.fields) as Field[]) {
    if (out.fields[f] !== best) continue;
    delete out.fields[f];
    delete out.basis[f];
  }
  out.fields.title = best;
  out.basis.title = byContent('measureTitle', profiles[best], profiles[best].measureTitle);
  taken.add(best);
}

/**
 * Maps fields to columns: by header first (see assignByHeader), then by content (the cells below)
 * for the title when no header names it, and for columns whose header names nothing.
 * `hasData[c]` says whether column c has any non-empty cell below the header.
 */
export function assignColumns(header: HeaderColumn[], profiles: ColumnProfile[], hasData: boolean[]): ColumnAssignment {
  const width = Math.max(header.length, profiles.length, hasData.length);
  const out: ColumnAssignment = { fields: {}, basis: {}, unknown: [] };
  const { fields } = out;
  const taken = new Set<number>();
  assignByHeader(header, profiles, out, taken);
  titleByContent(profiles, out, taken);

  // Columns whose header names nothing (or is empty): place them by what they hold.
  const named = new Set(header.filter((h) => h.candidates.length > 0).map((h) => h.index));
  const free = (c: number): boolean => !taken.has(c) && !named.has(c) && (profiles[c]?.filled ?? 0) >= 2;
  const pick = (field: Field, kind: ContentKind, share: (p: ColumnProfile, c: number) => number, min = CONTENT_SHARE): void => {
    if (fields[field] !== undefined) return;
    let best = -1;
    let bestShare = min;
    for (let c = 0; c < width; c++) {
      if (!free(c)) continue;
      const s = share(profiles[c], c);
      if (s >= bestShare && (best < 0 || s > bestShare)) {
        best = c;
        bestShare = s;
      }
    }
    if (best >= 0) {
      fields[field] = best;
      out.basis[field] = byContent(kind, profiles[best], bestShare);
      taken.add(best);
    }
  };
  // Numbering sits at the left edge; further right, numbers are values.
  pick('number', 'number', (p, c) => (c <= 1 ? p.number : 0));
  pick('deadline', 'deadline', (p) => p.deadline);
  pick('evidence', 'url', (p) => p.url);
  pick('status', 'status', (p) => p.status);
  pick('responsible', 'responsible', (p) => (p.avgLength <= 200 ? p.responsible : 0));
  pick('result', 'document', (p) => p.document);
  if (fields.title === undefined) {
    // The longest texts that read as phrases.
    let best = -1;
    for (let c = 0; c < width; c++) {
      if (!free(c) || profiles[c].title < 0.5) continue;
      if (best < 0 || profiles[c].avgLength > profiles[best].avgLength) best = c;
    }
    if (best >= 0) {
      fields.title = best;
      out.basis.title = byContent('title', profiles[best], profiles[best].title);
      taken.add(best);
    }
  }

  for (let c = 0; c < width; c++) {
    if (taken.has(c)) continue;
    const label = header[c]?.label ?? '';
    if (label || hasData[c]) out.unknown.push(c);
  }
  return out;
}
