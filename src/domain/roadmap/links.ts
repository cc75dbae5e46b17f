/**
 * Links behind cells (a HYPERLINK formula, a rich-text link, an .xlsx hyperlink): the cell shows a
 * document's name («Протокол № 3»), the link is elsewhere. A measure's evidence is its text and the
 * links behind it, so the checks and the summary read a linked cell the same way.
 */
import type { Cell, NormalisedTable } from '../core/types';
import { findUrls } from '../parse/tracking';

/** A link behind a cell: 0-based row and column of the sheet. */
export interface CellLinkRef {
  row: number;
  col: number;
  url: string;
}

/** The table with each evidence cell's links appended to its text (a text that holds a URL already is kept as is). */
export function withEvidenceLinks(table: NormalisedTable, links: readonly CellLinkRef[] | undefined): NormalisedTable {
  const col = table.columns.evidence?.index;
  if (col === undefined || !links || links.length === 0) return table;
  const byRow = new Map<number, string[]>();
  for (const l of links) if (l.col === col) byRow.set(l.row + 1, [...(byRow.get(l.row + 1) ?? []), l.url]);
  if (byRow.size === 0) return table;
  const rows = table.rows.map((r) => {
    const text = r.values.evidence;
    const current = typeof text === 'string' ? text : text === null || text === undefined ? '' : String(text);
    if (findUrls(current).length > 0) return r;
    const urls = r.sourceRows.flatMap((s) => byRow.get(s) ?? []);
    if (urls.length === 0) return r;
    const evidence: Cell = [current, ...urls].filter((s) => s !== '').join(' ');
    return { ...r, values: { ...r.values, evidence } };
  });
  return { ...table, rows };
}

const HYPERLINK = /^=\s*HYPERLINK\(\s*"((?:[^"]|"")*)"/i;

/** The URL of a «=HYPERLINK("https://…"; "Приказ")» formula, or null. */
export function hyperlinkOf(formula: string): string | null {
  const m = HYPERLINK.exec(formula);
  if (!m) return null;
  const url = m[1].replace(/""/g, '"').trim();
  return findUrls(url).length > 0 ? url : null;
}

/** Links of a sheet's HYPERLINK formulas (rows of formulas as getFormulas gives them). */
export function formulaLinks(formulas: readonly (readonly string[] | undefined)[]): CellLinkRef[] {
  const out: CellLinkRef[] = [];
  formulas.forEach((row, r) =>
    row?.forEach((f, c) => {
      const url = f ? hyperlinkOf(f) : null;
      if (url) out.push({ row: r, col: c, url });
    }),
  );
  return out;
}
