/**
 * Delimited text (.csv / .tsv / .txt): our own lenient RFC 4180 scanner, the delimiter guess and
 * the writer. Text copied out of Word needs a lenient fallback on stray quotes.
 */
import { floatingDateRu } from '../domain/core/text-ru';
import { promises as fsp } from 'node:fs';
import path from 'node:path';
import type { Cell } from '../domain/core/types';

const QUOTE = 34;
const CR = 13;
const LF = 10;
const TAB = 9;

/**
 * Splits delimited text into records and fields (RFC 4180, made lenient so it never fails):
 *  - a field that starts with `"` is a quoted field only if its quoted form is clean: every inner
 *    quote doubled, the closing quote followed by the delimiter, a line break or the end. Such a
 *    field may hold delimiters and line breaks — except that with a tab delimiter it may not hold
 *    a tab: a quote that opens a cell of text copied out of Word and one that ends a later cell
 *    would otherwise swallow everything between them;
 *  - any other field — including one that starts with `"` but does not close cleanly — runs to
 *    the next delimiter or line break, with every quote taken literally. So text copied out of
 *    Word («ЦДО» "лучшие) splits on tabs and line breaks only;
 *  - records end at \r\n, \n or \r; a final line break does not start an empty record.
 */
export function parseDelimited(text: string, delimiter: string): string[][] {
  const rows: string[][] = [];
  const n = text.length;
  if (n === 0) return rows;
  const d = delimiter.charCodeAt(0);
  let row: string[] = [];
  let i = 0;
  for (;;) {
    let value: string | undefined;
    if (text.charCodeAt(i) === QUOTE) {
      const q = quotedField(text, i, d);
      if (q) {
        value = q.value;
        i = q.end;
      }
    }
    if (value === undefined) {
      let j = i;
      while (j < n) {
        const c = text.charCodeAt(j);
        if (c === d || c === CR || c === LF) break;
        j++;
      }
      value = text.slice(i, j);
      i = j;
    }
    row.push(value);
    if (i >= n) {
      rows.push(row);
      break;
    }
    const c = text.charCodeAt(i);
    if (c === d) {
      i++;
      continue;
    }
    i += c === CR && text.charCodeAt(i + 1) === LF ? 2 : 1;
    rows.push(row);
    row = [];
    if (i >= n) break;
  }
  return rows;
}

/** The clean quoted field starting at `start`, or null when it does not parse cleanly. */
function quotedField(text: string, start: number, d: number): { value: string; end: number } | null {
  const n = text.length;
  let value = '';
  let p = start + 1;
  for (;;) {
    const q = text.indexOf('"', p);
    if (q < 0) return null;
    const chunk = text.slice(p, q);
    if (d === TAB && chunk.includes('\t')) return null;
    value += chunk;
    if (text.charCodeAt(q + 1) === QUOTE) {
      value += '"';
      p = q + 2;
      continue;
    }
    const end = q + 1;
    if (end >= n) return { value, end };
    const c = text.charCodeAt(end);
    return c === d || c === CR || c === LF ? { value, end } : null;
  }
}

const SAMPLE_CHARS = 64 * 1024;
const SAMPLE_RECORDS = 50;

/**
 * Picks the delimiter whose field count is the most consistent over the first records (outside
 * quotes): Russian Excel writes `;` while the text itself is full of commas. Ties go to the
 * candidate listed first; with no candidate splitting anything, the first one.
 */
export function detectDelimiter(text: string, candidates: string[]): string {
  const truncated = text.length > SAMPLE_CHARS;
  const sample = truncated ? text.slice(0, SAMPLE_CHARS) : text;
  let best = candidates[0];
  let bestScore = [0, 0];
  for (const d of candidates) {
    let records = parseDelimited(sample, d);
    if (truncated && records.length > 1) records = records.slice(0, -1);
    const counts = records
      .slice(0, SAMPLE_RECORDS)
      .filter((r) => r.length > 1 || r[0] !== '')
      .map((r) => r.length);
    if (counts.length === 0) continue;
    const freq = new Map<number, number>();
    for (const k of counts) freq.set(k, (freq.get(k) ?? 0) + 1);
    let mode = 1;
    let modeFreq = 0;
    for (const [k, f] of freq) {
      if (f > modeFreq || (f === modeFreq && k > mode)) {
        mode = k;
        modeFreq = f;
      }
    }
    if (mode <= 1) continue;
    const score = [modeFreq / counts.length, mode];
    if (score[0] > bestScore[0] || (score[0] === bestScore[0] && score[1] > bestScore[1])) {
      best = d;
      bestScore = score;
    }
  }
  return best;
}

/**
 * Writes a delimited text file: UTF-8 with a BOM (so Excel recognises Cyrillic), \r\n line ends,
 * cells quoted only when they hold the delimiter, a quote or a line break. The delimiter defaults
 * to a tab for .tsv and to `;` otherwise (what Russian Excel expects when it opens a .csv). With a
 * tab delimiter a cell's own tabs become spaces (parseDelimited does not allow tabs in cells).
 * Dates are written as dd.mm.yyyy, booleans as TRUE/FALSE, null as an empty cell.
 * Note: CSV has no way to mark text, so Excel will still evaluate a cell like "=1+1" on opening.
 */
export async function writeDelimited(file: string, grid: Cell[][], delimiter?: string): Promise<void> {
  const d = delimiter ?? (path.extname(file).toLowerCase() === '.tsv' ? '\t' : ';');
  const text = d === '\t' ? (v: Cell) => cellText(v).replace(/\t/g, ' ') : cellText;
  const lines = grid.map((row) => row.map((v) => quoteField(text(v), d)).join(d));
  const body = lines.length ? lines.join('\r\n') + '\r\n' : '';
  await fsp.writeFile(file, '\uFEFF' + body, 'utf8');
}

function cellText(v: Cell): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? '' : floatingDateRu(v);
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  return String(v);
}

function quoteField(s: string, d: string): string {
  if (s.includes(d) || s.includes('"') || s.includes('\n') || s.includes('\r')) {
    return `"${s.replace(/"/g, '""')}"`;
  }
  return s;
}
