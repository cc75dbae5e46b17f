/**
 * What a Sheets user sees of an .xlsx besides values, merges, formats and links (those come from
 * src/cli/workbook-io.ts readWorkbook): column widths, frozen rows, bold and filled cells, drop-down
 * lists and conditional format rules with what they draw. Read with exceljs (loaded lazily), sheet by sheet.
 */
import type ExcelJS from 'exceljs';
import { loadExcelJs } from '../cli/excel';

export interface SheetLayout {
  name: string;
  frozenRows: number;
  /** Pixel widths by 1-based column. */
  widths: Record<number, number>;
  /** 1-based [row, col] of bold cells. */
  bold: [number, number][];
  /** 1-based cell → "#rrggbb" solid fill. */
  fills: { row: number; col: number; color: string }[];
  /** 1-based cell → the items of its drop-down list. */
  lists: { row: number; col: number; items: string[] }[];
  /** Conditional format rules as the file holds them, in the file's order (evaluated by ./conditional). */
  conditional: FileRule[];
}

/** One conditional format rule of an .xlsx: its range, type («cellIs», «expression»…) and what it draws. */
export interface FileRule {
  ref: string;
  type: string;
  operator?: string;
  formulae: string[];
  /** "#rrggbb" of the rule's solid fill. */
  background: string | null;
  bold: boolean;
}

interface CfModel {
  ref: string;
  rules: {
    type: string;
    operator?: string;
    formulae?: unknown[];
    priority?: number;
    style?: { fill?: { bgColor?: { argb?: string } }; font?: { bold?: boolean } | null };
  }[];
}

function fileRules(ws: Ws): FileRule[] {
  const cf = (ws as unknown as { conditionalFormattings?: CfModel[] }).conditionalFormattings ?? [];
  const all = cf.flatMap((f) =>
    f.rules.map((rule) => {
      const argb = rule.style?.fill?.bgColor?.argb;
      return {
        priority: rule.priority ?? Number.MAX_SAFE_INTEGER,
        rule: {
          ref: f.ref,
          type: rule.type,
          ...(rule.operator ? { operator: rule.operator } : {}),
          formulae: (rule.formulae ?? []).map(String),
          background: typeof argb === 'string' && argb.length === 8 ? `#${argb.slice(2).toLowerCase()}` : null,
          bold: rule.style?.font?.bold === true,
        },
      };
    }),
  );
  // Excel applies rules by priority (1 first); the stable sort keeps the file's order among equals.
  return all.sort((a, b) => a.priority - b.priority).map((x) => x.rule);
}

type Ws = ExcelJS.Worksheet;
type Wb = ExcelJS.Workbook;

/** Excel character widths → pixels, as Sheets converts them on import (about 7 px a character). */
export function charsToPixels(chars: number): number {
  return Math.round(chars * 7 + 5);
}

function address(a: string): { row: number; col: number } | null {
  const m = /^\$?([A-Z]+)\$?(\d+)$/.exec(a.trim());
  if (!m) return null;
  let col = 0;
  for (const ch of m[1]) col = col * 26 + ch.charCodeAt(0) - 64;
  return { row: Number(m[2]), col };
}

/** The items of a list validation: an inline "a,b,c" or a column range on another sheet. */
function listItems(wb: Wb, formula: string | undefined): string[] {
  if (!formula) return [];
  const inline = /^"(.*)"$/s.exec(formula);
  if (inline) return inline[1].split(',');
  const ref = /^'?(.+?)'?!\$?([A-Z]+)\$?(\d+):\$?([A-Z]+)\$?(\d+)$/.exec(formula);
  if (!ref) return [];
  const ws = wb.getWorksheet(ref[1]);
  const from = address(`${ref[2]}${ref[3]}`);
  const to = address(`${ref[4]}${ref[5]}`);
  if (!ws || !from || !to) return [];
  const out: string[] = [];
  for (let r = from.row; r <= to.row; r++) {
    const v = ws.getCell(r, from.col).text;
    if (v !== '') out.push(v);
  }
  return out;
}

function sheetLayout(wb: Wb, ws: Ws): SheetLayout {
  const frozen = (ws.views ?? []).find((v) => v.state === 'frozen') as { ySplit?: number } | undefined;
  const widths: Record<number, number> = {};
  (ws.columns ?? []).forEach((c, i) => {
    if (typeof c.width === 'number') widths[i + 1] = charsToPixels(c.width);
  });
  const bold: [number, number][] = [];
  const fills: SheetLayout['fills'] = [];
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    row.eachCell({ includeEmpty: true }, (cell, c) => {
      if (cell.font?.bold) bold.push([r, c]);
      const fill = cell.fill as { type?: string; pattern?: string; fgColor?: { argb?: string } } | undefined;
      const argb = fill?.type === 'pattern' && fill.pattern === 'solid' ? fill.fgColor?.argb : undefined;
      if (argb && argb.length === 8) fills.push({ row: r, col: c, color: `#${argb.slice(2).toLowerCase()}` });
    });
  });
  const lists: SheetLayout['lists'] = [];
  const model = (ws as unknown as { dataValidations: { model: Record<string, { type?: string; formulae?: string[] }> } }).dataValidations.model;
  for (const [a1, v] of Object.entries(model)) {
    const at = address(a1);
    if (!at || v.type !== 'list') continue;
    lists.push({ ...at, items: listItems(wb, v.formulae?.[0]) });
  }
  return { name: ws.name, frozenRows: frozen?.ySplit ?? 0, widths, bold, fills, lists, conditional: fileRules(ws) };
}

/** The layout of every worksheet of an .xlsx, by sheet name; {} for other files. */
export async function readLayout(file: string): Promise<Record<string, SheetLayout>> {
  if (!/\.xlsx$|\.xlsm$/i.test(file)) return {};
  const ExcelJS = await loadExcelJs();
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return Object.fromEntries(wb.worksheets.map((ws) => [ws.name, sheetLayout(wb, ws)]));
}
