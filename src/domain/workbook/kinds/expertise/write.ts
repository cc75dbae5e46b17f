/** An expertise sheet's rows as the add-on writes them: a row per criterion and an «Итого» per document. */
import type { Cell } from '../../../core/types';
import { DOCUMENT_TITLES, scoreLabel, totals, type Criterion, type DocumentType, type Score } from '../../../expertise/criteria';
import { EXPERTISE_HEADERS, TOTAL_LABEL } from './read';

export interface ScoredCriterion {
  criterion: Criterion;
  score: Score;
  /** The machine's proposal as text («2 – Скорее да: измеримы 5 из 9»), '' when none. */
  proposed: string;
  comment: string;
}

export interface DocumentScores {
  title: string;
  /** Whose document (a partner school reviewed in this file); null or absent for this file's school. */
  school?: string | null;
  type: DocumentType;
  items: readonly ScoredCriterion[];
}

const SCALE_TEXT = { '0-3': '0–3', 'yes-no': 'да/нет' } as const;

/** «7 из 9» and «78 % от максимума (по 3 критериям)», or «не оценён». */
export function totalCells(items: readonly ScoredCriterion[]): [string, string] {
  const t = totals(items.map((i) => ({ scale: i.criterion.scale, score: i.score })));
  if (t.max === 0) return ['не оценён', ''];
  const scored = items.filter((i) => i.score !== null).length;
  return [`${t.total} из ${t.max}`, `${t.percent} % от максимума (по ${scored} из ${items.length} критериев)`];
}

/** Rows under the header for the documents, in order. */
export function expertiseRows(docs: readonly DocumentScores[]): Cell[][] {
  const rows: Cell[][] = [];
  for (const d of docs) {
    for (const i of d.items) {
      rows.push([
        d.title,
        DOCUMENT_TITLES[d.type],
        i.criterion.text,
        SCALE_TEXT[i.criterion.scale],
        scoreLabel(i.criterion.scale, i.score),
        i.proposed,
        i.comment,
        d.school ?? '',
      ]);
    }
    const [total, percent] = totalCells(d.items);
    rows.push([d.title, DOCUMENT_TITLES[d.type], TOTAL_LABEL, '', total, '', percent, d.school ?? '']);
  }
  return rows;
}

export const EXPERTISE_HEADER_ROW: readonly string[] = EXPERTISE_HEADERS;
