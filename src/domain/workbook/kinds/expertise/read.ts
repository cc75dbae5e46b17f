/**
 * Reading an expertise sheet («Экспертиза»): the add-on's table «Документ | Тип документа |
 * Критерий | Шкала | Оценка | Предложение | Комментарий» (one row per criterion, a row «Итого» per
 * document), or the form of seed 003 — a title «Экспертиза Антирисковой программы», the header
 * «Описание показателей | 0 | 1 | 2 | 3 | Комментарии», the score marked in its column.
 *
 * Decisions:
 * - A criterion is matched to the criteria of its document type by its words (half of the
 *   criterion's long words present), so a garbled or shortened wording is still recognised.
 * - In the seed form the score is the number written in a score column (or that column's own
 *   number when it holds a mark such as «+»); «-» is no score.
 * - Totals are recomputed over the criteria scored; a «Итого» row saying otherwise is reported.
 * - The «Школа» column (the add-on writes it last) names whose documents a row scores: the reviewer's
 *   file holds its partners' papers; a paper is one title of one school.
 */
import type { Cell, Diagnostic, Grid } from '../../../core/types';
import { CRITERIA, DOCUMENT_TITLES, parseScore, totals, type Criterion, type DocumentType, type Score } from '../../../expertise/criteria';
import { cellString, diagnosticsOf, foldLabel, quoted } from '../../sheet-cells';
import { EXPERTISE_CODES } from './codes';

export const EXPERTISE_SHEET = 'Экспертиза';

/** «Школа» (last, so the older six-column sheets read the same): whose documents; empty — this file's school. */
export const EXPERTISE_HEADERS = ['Документ', 'Тип документа', 'Критерий', 'Шкала', 'Оценка', 'Предложение', 'Комментарий', 'Школа'] as const;

export const TOTAL_LABEL = 'Итого';

export interface ExpertiseItem {
  /** 1-based row. */
  row: number;
  text: string;
  criterion: Criterion | null;
  score: Score;
  scoreText: string;
  proposed: string;
  comment: string;
}

export interface ExpertiseDocument {
  /** The document's name as written («Антирисковая программа «…»»). */
  title: string;
  /**
   * The school whose document it is, as the «Школа» column names it (a partner's, reviewed in this
   * file); null for this file's own school (the column empty or absent, the seed's form).
   */
  school: string | null;
  type: DocumentType | null;
  row: number;
  items: ExpertiseItem[];
  total: number;
  max: number;
  percent: number | null;
}

export interface ExpertiseSheet {
  sheet: string;
  documents: ExpertiseDocument[];
}

const diagnostic = diagnosticsOf(EXPERTISE_CODES);

export function parseDocumentType(text: string): DocumentType | null {
  const f = foldLabel(text);
  if (/концепци/u.test(f)) return 'concept';
  if (/среднесрочн/u.test(f)) return 'medium';
  if (/антирисков/u.test(f)) return 'programme';
  return null;
}

const words = (s: string): string[] =>
  foldLabel(s)
    .split(/\s+/)
    .filter((w) => w.length >= 4);

/** The criterion of the type (or any, when the type is unknown) a wording names, or null. */
export function matchCriterion(text: string, type: DocumentType | null): Criterion | null {
  const f = foldLabel(text);
  const pool = CRITERIA.filter((c) => type === null || c.type === type);
  const exact = pool.find((c) => foldLabel(c.text) === f);
  if (exact) return exact;
  const have = new Set(words(text).map((w) => w.slice(0, 5)));
  let best: { c: Criterion; score: number } | null = null;
  for (const c of pool) {
    const ws = words(c.text).map((w) => w.slice(0, 5));
    const score = ws.filter((w) => have.has(w)).length / Math.max(1, ws.length);
    if (score >= 0.5 && (!best || score > best.score)) best = { c, score };
  }
  return best?.c ?? null;
}

type Layout =
  { kind: 'table'; header: number; cols: Record<string, number> } | { kind: 'form'; header: number; criterion: number; scores: number[]; comment: number };

function layoutOf(row: readonly Cell[], r: number): Layout | null {
  const f = row.map((c) => foldLabel(cellString(c)));
  const col = (re: RegExp) => f.findIndex((x) => re.test(x));
  const criterion = col(/^критери/u);
  const score = col(/^оценк/u);
  if (criterion >= 0 && score >= 0) {
    const cols = {
      doc: col(/^документ$/u),
      type: col(/^тип/u),
      criterion,
      scale: col(/^шкал/u),
      score,
      proposed: col(/^предложени/u),
      comment: col(/^комментари/u),
      school: col(/^(?:школа|оо|оу)(?: |$)/u),
    };
    return { kind: 'table', header: r, cols };
  }
  const desc = col(/^описание показател|^критери/u);
  const scores = ['0', '1', '2', '3'].map((n) => f.indexOf(n));
  if (desc >= 0 && scores.every((i) => i >= 0)) return { kind: 'form', header: r, criterion: desc, scores, comment: col(/^комментари/u) };
  return null;
}

/** The sheet's header, searched in its first rows. */
function findLayout(grid: Grid, scan: number): Layout | null {
  for (let r = 0; r < Math.min(grid.length, scan); r++) {
    const l = layoutOf(Array.isArray(grid[r]) ? grid[r] : [], r);
    if (l) return l;
  }
  return null;
}

export function recogniseExpertise(grid: Grid): boolean {
  return findLayout(Array.isArray(grid) ? grid : [], 40) !== null;
}

function finish(d: Omit<ExpertiseDocument, 'total' | 'max' | 'percent'>): ExpertiseDocument {
  return { ...d, ...totals(d.items.map((i) => ({ scale: i.criterion?.scale ?? '0-3', score: i.score }))) };
}

interface Ctx {
  sheet: string;
  diagnostics: Diagnostic[];
}

function scoreOf(ctx: Ctx, item: Omit<ExpertiseItem, 'score'>, column: string): ExpertiseItem {
  const scale = item.criterion?.scale ?? '0-3';
  const score = parseScore(scale, item.scoreText);
  if (score === null && item.scoreText !== '' && !/^[-—–]$/.test(item.scoreText)) {
    const allowed = scale === 'yes-no' ? 'да или нет' : '0, 1, 2, 3 (Нет, Скорее нет, Скорее да, Да)';
    ctx.diagnostics.push(
      diagnostic('expertise-score-invalid', { sheet: ctx.sheet, row: item.row, column }, 'score', `оценка ${quoted(item.scoreText)} не по шкале: ${allowed}.`),
    );
  }
  return { ...item, score };
}

function readTable(grid: Grid, l: Extract<Layout, { kind: 'table' }>, ctx: Ctx): ExpertiseDocument[] {
  const docs: Omit<ExpertiseDocument, 'total' | 'max' | 'percent'>[] = [];
  const totalsWritten = new Map<number, { row: number; text: string }>();
  const at = (row: readonly Cell[], c: number) => (c >= 0 ? cellString(row[c]) : '');
  for (let r = l.header + 1; r < grid.length; r++) {
    const row = Array.isArray(grid[r]) ? grid[r] : [];
    const text = at(row, l.cols.criterion);
    const title = at(row, l.cols.doc);
    if (text === '' && title === '') continue;
    const school = at(row, l.cols.school) || null;
    let doc = docs[docs.length - 1];
    const otherSchool = !!doc && title !== '' && foldLabel(school ?? '') !== foldLabel(doc.school ?? '');
    if (!doc || (title !== '' && foldLabel(title) !== foldLabel(doc.title)) || otherSchool) {
      const typeText = at(row, l.cols.type);
      const type = parseDocumentType(typeText) ?? parseDocumentType(title);
      if (type === null && typeText !== '') {
        ctx.diagnostics.push(
          diagnostic(
            'expertise-type-unknown',
            { sheet: ctx.sheet, row: r + 1, column: EXPERTISE_HEADERS[1] },
            null,
            `тип документа ${quoted(typeText)} не из списка.`,
          ),
        );
      }
      doc = { title: title || (type ? DOCUMENT_TITLES[type] : 'Документ'), school, type, row: r + 1, items: [] };
      docs.push(doc);
    }
    if (foldLabel(text) === foldLabel(TOTAL_LABEL)) {
      totalsWritten.set(docs.length - 1, { row: r + 1, text: at(row, l.cols.score) });
      continue;
    }
    const criterion = matchCriterion(text, doc.type);
    if (!criterion) {
      ctx.diagnostics.push(
        diagnostic(
          'expertise-criterion-unknown',
          { sheet: ctx.sheet, row: r + 1, column: EXPERTISE_HEADERS[2] },
          null,
          `критерий ${quoted(text)} не из критериев экспертизы документа.`,
        ),
      );
    }
    const item = { row: r + 1, text, criterion, scoreText: at(row, l.cols.score), proposed: at(row, l.cols.proposed), comment: at(row, l.cols.comment) };
    doc.items.push(scoreOf(ctx, item, EXPERTISE_HEADERS[4]));
  }
  const out = docs.map(finish);
  for (const [i, t] of totalsWritten) {
    const m = /^(\d+)\s*из\s*(\d+)/u.exec(t.text);
    const d = out[i];
    if (m && (Number(m[1]) !== d.total || Number(m[2]) !== d.max)) {
      ctx.diagnostics.push(
        diagnostic(
          'expertise-total-mismatch',
          { sheet: ctx.sheet, row: t.row, column: EXPERTISE_HEADERS[4] },
          null,
          `итог «${t.text}», а по оценкам — ${d.total} из ${d.max}.`,
        ),
      );
    }
  }
  return out;
}

/** The seed's form: the title above the header names the document type and the document. */
function readForm(grid: Grid, l: Extract<Layout, { kind: 'form' }>, ctx: Ctx): ExpertiseDocument[] {
  const above = grid
    .slice(0, l.header)
    .map((row) =>
      Array.isArray(row)
        ? row
            .map(cellString)
            .filter((c) => c !== '')
            .join(' ')
        : '',
    )
    .filter((t) => t !== '');
  const type = above.map(parseDocumentType).find((t) => t !== null) ?? null;
  const title = above.slice(1).join(' ') || (type ? DOCUMENT_TITLES[type] : 'Документ');
  const items: ExpertiseItem[] = [];
  for (let r = l.header + 1; r < grid.length; r++) {
    const row = Array.isArray(grid[r]) ? grid[r] : [];
    const text = cellString(row[l.criterion]);
    if (text === '' || /^оценки\s*:/iu.test(text)) break;
    const marks = l.scores
      .map((c) => cellString(row[c]))
      .map((v, i) => ({ v, i }))
      .filter(({ v }) => v !== '' && !/^[-—–]$/.test(v));
    const scoreText = marks.length === 0 ? '' : /^[0-3]$/.test(marks[0].v) ? marks[0].v : String(marks[0].i);
    const item = {
      row: r + 1,
      text,
      criterion: matchCriterion(text, type),
      scoreText,
      proposed: '',
      comment: l.comment >= 0 ? cellString(row[l.comment]) : '',
    };
    items.push(scoreOf(ctx, item, String(marks[0]?.i ?? '')));
  }
  return [finish({ title, school: null, type, row: l.header + 1, items })];
}

export function parseExpertiseGrid(grid: Grid, sheetName: string = EXPERTISE_SHEET): { value: ExpertiseSheet; diagnostics: Diagnostic[] } {
  const ctx: Ctx = { sheet: sheetName, diagnostics: [] };
  const rows = Array.isArray(grid) ? grid : [];
  const l = findLayout(rows, 40);
  if (!l) {
    ctx.diagnostics.push(
      diagnostic(
        'expertise-no-header',
        { sheet: sheetName, row: null, column: null },
        null,
        'не найдена строка заголовка экспертизы: «Документ | Тип документа | Критерий | Шкала | Оценка | Комментарий».',
      ),
    );
    return { value: { sheet: sheetName, documents: [] }, diagnostics: ctx.diagnostics };
  }
  const documents = l.kind === 'table' ? readTable(rows, l, ctx) : readForm(rows, l, ctx);
  return { value: { sheet: sheetName, documents }, diagnostics: ctx.diagnostics };
}
