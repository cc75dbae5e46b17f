/**
 * Header recognition: which field a header cell names, and which row of the grid is the header.
 *
 * Headers are compared folded (case, «ё», punctuation, line breaks and slashes ignored) against
 * stems and phrases. A phrase that starts the header counts more (Russian headers put the head
 * noun first: «Показатель реализации мероприятия» is an indicator, not a measure), and so does a
 * phrase that covers nearly the whole header.
 */
import { type Cell, type Field, MEASURE_FIELDS } from '../core/types';
import { cleanCell, cleanText, cellText, fold } from './text';
import { trimmed } from '../core/text';
import { looksLikeNumber } from './sniff';
import { memoise } from '../core/memo';

interface Rule {
  field: Field;
  re: RegExp;
  score: number;
}

const W = '[а-яa-z0-9]*'; // the rest of a word

/** Rules over folded text. `^`/`$` anchor the whole header; otherwise a phrase starts at a word. */
const RULE_SOURCE: Array<[Field, string, number]> = [
  // number
  ['number', '^(?:№|n|no|nn|№ №)(?: п п)?$', 10],
  ['number', '^п п$', 10],
  ['number', '^(?:порядковый )?номер(?: п п| мероприятия| меры| пункта)?$', 10],
  ['number', '^№', 7],
  ['number', '^номер', 7],
  // title
  ['title', `наименовани${W} (?:мероприят|меропр|мер[ыа]?$|мер |работ|деятельност|действи|направлени)${W}`, 11],
  ['title', `(?:перечень|название|содержание|описание|суть) (?:мероприят|мер|работ|деятельност|действи)${W}`, 11],
  ['title', `мероприяти${W}`, 8],
  ['title', `меропр${W}`, 7],
  ['title', '^меры?$', 10],
  ['title', `^мер[аы] ${W}`, 8],
  ['title', `содержани${W}`, 7],
  ['title', `наименовани${W}`, 6],
  ['title', `названи${W}`, 6],
  ['title', '^тема$', 7],
  ['title', `^(?:вид|виды|форма|формы) (?:работ|деятельност|мероприят)${W}`, 7],
  ['title', `^(?:действи[ея]|направлени[ея] (?:работы|деятельности))$`, 6],
  ['title', '^(?:activity|activities|measure|measures|task name|title|action|actions)$', 9],
  // task
  ['task', `задач${W}`, 9],
  ['task', '^task$', 7],
  // deadline
  ['deadline', `срок${W} (?:исполнени|реализаци|проведени|выполнени|исполнения|окончани|достижени)${W}`, 11],
  ['deadline', `срок${W}`, 9],
  ['deadline', `дат${W} (?:проведени|реализаци|мероприяти)${W}`, 11],
  ['deadline', '^дат[аы]$', 9],
  ['deadline', `дат[аы]`, 6],
  ['deadline', `период${W}`, 8],
  ['deadline', '^когда', 8],
  ['deadline', `^время(?: проведения| реализации)?$`, 8],
  ['deadline', `^(?:график|месяц|квартал)${W}$`, 7],
  ['deadline', '^(?:deadline|due|due date|date|when|period)$', 9],
  // indicator
  ['indicator', `показател${W}`, 8],
  ['indicator', `(?:целев|ключев|контрольн|планов)${W} (?:показател|значени|индикатор)${W}`, 11],
  ['indicator', `показател${W} (?:реализаци|результативност|эффективност|выполнени|достижени|оценки)${W}`, 11],
  ['indicator', `индикатор${W}`, 9],
  ['indicator', `критери${W}`, 7],
  ['indicator', `измерител${W}`, 7],
  ['indicator', '^(?:indicator|indicators|kpi|target)$', 9],
  // responsible
  ['responsible', `ответствен${W}`, 9],
  ['responsible', `ответственн${W} (?:исполнител|лиц|за исполнение)${W}`, 11],
  ['responsible', `исполнител${W}`, 9],
  ['responsible', `соисполнител${W}`, 8],
  ['responsible', `^кто (?:проводит|отвечает|исполняет|выполняет|ответственный|делает)`, 11],
  ['responsible', '^кто$', 8],
  ['responsible', `участник${W}`, 5],
  ['responsible', '^(?:responsible|owner|assignee|who)$', 9],
  // result
  ['result', `результат${W}`, 8],
  ['result', `^результат${W}(?: мероприятия| реализации| выполнения| работы)?$`, 11],
  ['result', `(?:ожидаем|планируем|конечн|прогнозируем)${W} (?:результат|эффект)${W}`, 11],
  ['result', `форм${W} (?:представлени|предоставлени)${W} (?:результат|отчет|информаци)${W}`, 9],
  ['result', `форм${W} (?:результат|отчет)${W}`, 9],
  ['result', `продукт${W}`, 8],
  ['result', `отчетн${W} (?:документ|материал)${W}`, 8],
  ['result', `^итог${W}$`, 7],
  ['result', '^(?:result|results|outcome|deliverable|output)$', 9],
  // tracking: status
  ['status', `статус${W}`, 10],
  ['status', `^состояни${W}`, 8],
  ['status', `отметк${W} (?:о|об) (?:выполнени|исполнени|реализаци)${W}`, 12],
  ['status', `^(?:выполнено|исполнено|сделано)`, 10],
  ['status', `^(?:выполнение|исполнение)$`, 8],
  ['status', '^(?:status|done)$', 10],
  // doneDate
  ['doneDate', `дат${W}(?: ${W})* (?:выполнени|исполнени|завершени|окончани)${W}`, 12],
  ['doneDate', `(?:фактическ${W} (?:дат|срок)|(?:дат|срок)${W} фактическ|(?:дат|срок)${W} факт$)${W}`, 12],
  ['doneDate', `^когда выполнено`, 12],
  ['doneDate', '^(?:done date|completed|completion date|date done)$', 11],
  // actual
  ['actual', '^факт$', 12],
  ['actual', `^факт(?:ическ${W})?(?: |$)`, 9], // not «факторы»
  ['actual', `(?:фактическ|достигнут)${W} (?:значени|результат|показател|уровен|выполнени)${W}`, 12],
  ['actual', `^достигнут${W}`, 9],
  ['actual', '^(?:actual|fact)$', 10],
  // evidence
  ['evidence', `ссылк${W}`, 10],
  ['evidence', `подтверждающ${W} (?:документ|материал|файл)${W}`, 12],
  ['evidence', `^подтверждени${W}$`, 8],
  ['evidence', `доказательств${W}`, 10],
  ['evidence', `свидетельств${W}`, 8],
  ['evidence', '(?:^| )(?:url|http|https|link|evidence)$', 10],
  ['evidence', `^(?:файл|документ)${W}$`, 6],
  // curator
  ['curatorMark', `(?:отметк|подтверждени|согласовани|оценк|решени|проверк|заключени)${W} куратор${W}`, 13],
  ['curatorMark', `(?:подтверждено|проверено|согласовано) куратор${W}`, 13],
  ['curatorMark', `куратор${W} (?:отметк|подтверждени|согласовани|оценк|решени)${W}`, 13],
  ['curatorMark', `^куратор${W}`, 8],
  ['curatorMark', `куратор${W}`, 6],
  ['curatorDate', `^дат${W} (?:отметк|проверк|подтверждени|согласовани)${W}`, 12],
  ['curatorDate', `^дат${W}(?: ${W})* куратор${W}`, 13],
  ['curatorDate', `куратор${W}(?: ${W})* дат${W}`, 13],
  ['curatorComment', `(?:комментари|замечани|рекомендаци|примечани)${W}(?: ${W})* куратор${W}`, 14],
  ['curatorComment', `куратор${W}(?: ${W})* (?:комментари|замечани|рекомендаци|примечани)${W}`, 14],
  // comment
  ['comment', `комментари${W}`, 10],
  ['comment', `примечани${W}`, 10],
  ['comment', `замечани${W}`, 7],
  ['comment', `пояснени${W}`, 7],
  ['comment', '^(?:comment|comments|note|notes|remarks)$', 10],
];

const RULES: Rule[] = RULE_SOURCE.map(([field, src, score]) => ({
  field,
  // Unanchored phrases must start at a word.
  re: new RegExp(src.startsWith('^') || src.startsWith('(?:^') ? src : `(?:^| )(?:${src})`),
  score,
}));

/** One pass to rule out texts no rule can match. */
const ANY_RULE = new RegExp(RULES.map((r) => `(?:${r.re.source})`).join('|'));

/** A header cell at least this strong names a field. */
export const MIN_HEADER_SCORE = 7;
/** Longer cells are data, not headers. */
const MAX_HEADER_LENGTH = 150;

export interface FieldScore {
  field: Field;
  score: number;
}

/** Scores of one folded header text for every field it may name, best first. */
export function scoreFolded(f: string): FieldScore[] {
  if (!f || f.length > MAX_HEADER_LENGTH || !ANY_RULE.test(f)) return [];
  const best = new Map<Field, number>();
  for (const rule of RULES) {
    const m = rule.re.exec(f);
    if (!m) continue;
    const lead = m[0].startsWith(' ') ? 1 : 0;
    const at = m.index + lead;
    const len = m[0].length - lead;
    let score = rule.score;
    if (at === 0) score += 2;
    else if (len / f.length < 0.85) score -= 2; // a phrase deep inside a long header is a modifier
    if (len / f.length >= 0.85) score += 2;
    if (score > (best.get(rule.field) ?? -Infinity)) best.set(rule.field, score);
  }
  return [...best.entries()].map(([field, score]) => ({ field, score })).sort((a, b) => b.score - a.score);
}

/** Scores of a header cell; empty for non-text, numbers and long texts. The result is shared: read it, do not change it. */
export function scoreHeaderText(text: string): FieldScore[] {
  if (!text || text.length > MAX_HEADER_LENGTH * 2 || looksLikeNumber(text)) return [];
  return scoreHeaderMemo(text);
}

// A paged table repeats its header every page: each header text is scored once (the rules are ~50 regexes).
const scoreHeaderMemo = memoise((text: string) => scoreFolded(fold(text)), 1024);

/** One column of a (possibly two-row) header. */
export interface HeaderColumn {
  index: number;
  /** Display header («Отметка куратора: Дата» for a sub-header under a group). */
  label: string;
  /** Field candidates with at least MIN_HEADER_SCORE, best first. */
  candidates: FieldScore[];
  /** Under a group label: the group («Сроки») and the sub-header («начало»). */
  group?: { label: string; sub: string };
}

export interface HeaderMatch {
  /** 0-based rows of the header (one or two). */
  rows: number[];
  columns: HeaderColumn[];
  score: number;
}

const oneLine = (s: string): string => (s.includes('\n') ? s.replace(/\s*\n\s*/g, ' ').trim() : trimmed(s));

function rowTexts(row: Cell[] | undefined, width: number): string[] {
  const out: string[] = [];
  for (let c = 0; c < width; c++) {
    const cell = Array.isArray(row) && c < row.length ? row[c] : null;
    // Header cells are short: a long text is only read far enough to know it is not empty.
    const t = typeof cell === 'string' ? cleanText(cell.length > 600 ? cell.slice(0, 600) : cell) : cellText(cleanCell(cell));
    out.push(oneLine(t));
  }
  return out;
}

function strong(scores: FieldScore[]): FieldScore[] {
  return scores.filter((s) => s.score >= MIN_HEADER_SCORE);
}

function singleRowColumns(texts: string[]): HeaderColumn[] {
  return texts.map((label, index) => ({ index, label, candidates: strong(scoreHeaderText(label)) }));
}

/** A second header row below `top`: short texts, no numbers, some sitting under a group label or an empty top cell. */
function subHeaderColumns(top: string[], sub: string[]): HeaderColumn[] | null {
  // Every sub-header sits under an empty top cell or under a group label spanning empty cells to its right.
  let filled = 0;
  let inGroup = false;
  for (let c = 0; c < sub.length; c++) {
    if (top[c]) inGroup = c + 1 < top.length && !top[c + 1];
    if (!sub[c]) continue;
    filled++;
    if (sub[c].length > 80 || looksLikeNumber(sub[c])) return null;
    if (top[c] && !inGroup) return null;
  }
  if (filled === 0) return null;
  const columns: HeaderColumn[] = [];
  let group = '';
  for (let c = 0; c < top.length; c++) {
    if (top[c]) group = top[c];
    else if (!sub[c]) group = '';
    const s = sub[c];
    if (!s) {
      columns.push({ index: c, label: top[c], candidates: strong(scoreHeaderText(top[c])) });
      continue;
    }
    const g = top[c] || group;
    // The sub-header alone, and read together with its group label in both orders.
    const variants = g ? [s, `${g} ${s}`, `${s} ${g}`] : [s];
    const merged = new Map<Field, number>();
    for (const v of variants) {
      for (const fs of scoreHeaderText(v)) merged.set(fs.field, Math.max(merged.get(fs.field) ?? -Infinity, fs.score));
    }
    const candidates = strong([...merged.entries()].map(([field, score]) => ({ field, score })).sort((a, b) => b.score - a.score));
    columns.push(g ? { index: c, label: `${g}: ${s}`, candidates, group: { label: g, sub: s } } : { index: c, label: s, candidates });
  }
  return columns;
}

const TITLE_LIKE: ReadonlySet<Field> = new Set<Field>(['title', 'number', 'deadline']);
const MEASURE: ReadonlySet<Field> = new Set<Field>(MEASURE_FIELDS);

/** Sum of the best score per field (each column counted for its best field). */
function evaluate(columns: HeaderColumn[]): { score: number; fields: Set<Field> } {
  const best = new Map<Field, number>();
  for (const col of columns) {
    const top = col.candidates[0];
    if (!top) continue;
    if (top.score > (best.get(top.field) ?? 0)) best.set(top.field, top.score);
  }
  // Measure columns make a roadmap header; tracking columns only add to it.
  let score = 0;
  for (const [f, v] of best) score += MEASURE.has(f) ? v : v / 2;
  return { score, fields: new Set(best.keys()) };
}

/**
 * A header names at least two fields, one of them the number, the title or the deadline; and it is
 * a table of measures: it has a title (or task) or deadline column, or three measure columns.
 */
export function acceptable(fields: Set<Field>): boolean {
  if (fields.size < 2) return false;
  if (![...fields].some((f) => TITLE_LIKE.has(f))) return false;
  if (fields.has('title') || fields.has('task') || fields.has('deadline')) return true;
  return [...fields].filter((f) => MEASURE.has(f)).length >= 3;
}

/** The header starting at row `r` (one row, or two with a group row above sub-headers), if acceptable. */
export function matchAt(grid: Cell[][], r: number, width: number): HeaderMatch | null {
  const top = rowTexts(grid[r], width);
  if (top.every((t) => !t)) return null;
  const single = singleRowColumns(top);
  const e1 = evaluate(single);
  let best: HeaderMatch | null = acceptable(e1.fields) ? { rows: [r], columns: single, score: e1.score } : null;
  if (r + 1 < grid.length) {
    const subRow = grid[r + 1];
    if (Array.isArray(subRow) && subRow.length > 0) {
      const subTexts = rowTexts(subRow, width);
      // A group row has several labels; a lone title line above the header is not one.
      const double = top.filter((t) => t).length >= 2 ? subHeaderColumns(top, subTexts) : null;
      if (double) {
        const e2 = evaluate(double);
        // Worth it when reading both rows names more than the sub-headers alone, and no less than the
        // group row alone (a merged «Сроки» over «начало» | «окончание» names the same fields either way,
        // yet its second row is a header, not a measure).
        const alone = evaluate(singleRowColumns(subTexts)).score;
        if (acceptable(e2.fields) && e2.score >= (best ? best.score : 0) && e2.score > alone) {
          best = { rows: [r, r + 1], columns: double, score: e2.score };
        }
      }
    }
  }
  return best;
}

/** No cell shows anything: checked over the row's own length, so empty rows cost nothing at any width. */
function isEmptyRow(row: Cell[]): boolean {
  for (const cell of row) if (cell !== null && cell !== undefined && !(typeof cell === 'string' && trimmed(cell) === '')) return false;
  return true;
}

/** Rows with a number-like cell are data, not headers (a column-numbers row «1 2 3 4» is skipped elsewhere). */
function hasNumberCell(row: Cell[] | undefined): boolean {
  if (!Array.isArray(row)) return false;
  for (const cell of row) if (typeof cell === 'number' || (typeof cell === 'string' && looksLikeNumber(cell))) return true;
  return false;
}

export const HEADER_SCAN_ROWS = 30;

/**
 * Finds the header: the best-scoring acceptable row among the first rows, else the first acceptable
 * row further down. `width` is the number of columns to read.
 */
export function findHeader(grid: Cell[][], width: number): HeaderMatch | null {
  let best: HeaderMatch | null = null;
  const limit = Math.min(grid.length, HEADER_SCAN_ROWS);
  for (let r = 0; r < grid.length; r++) {
    if (r >= limit && best) break;
    const row = grid[r];
    if (!Array.isArray(row) || isEmptyRow(row) || hasNumberCell(row)) continue;
    const m = matchAt(grid, r, width);
    if (!m) continue;
    if (r >= limit) return m;
    if (!best || m.score > best.score) best = m;
  }
  return best;
}
