/**
 * `template`: sheet templates (sheets-templates/) as .xlsx sheets — header, column widths, frozen
 * rows, drop-down lists, date and text formats, sample rows — written with writeWorkbook, then
 * finished with what SheetOut does not carry: notes on the header cells, the header's fill and
 * wrapping, frozen columns and the conditional format rules (status colours, section headings,
 * overdue rows). A .csv/.tsv output gets the cells of one template only.
 */
import type ExcelJS from 'exceljs';
import { loadExcelJs } from './excel';
import fs from 'node:fs';
import path from 'node:path';
import { TEMPLATES, templateById } from '../../sheets-templates';
import {
  HEADER_BACKGROUND,
  NUMBER_FORMATS,
  columnLetter,
  conditionalFormula,
  conditionalRange,
  firstDataRowNumber,
  headerRowNumber,
  hexToArgb,
  pixelsToCharacters,
  sectionRowIndices,
  templateGrid,
  templateValidations,
  type SheetTemplate,
} from '../domain/workbook/templates';
import type { Cell } from '../domain/core/types';
import { writeDelimited, writeWorkbook, type SheetOut } from './workbook-io';

/** A sheet of the workbook to write: a template (optionally renamed or with other sample rows) or a plain sheet. */
export type WorkbookPart = { template: SheetTemplate; name?: string; sampleRows?: Cell[][] } | { sheet: SheetOut };

/** The template with its sheet name and sample rows as this part wants them. */
function effective(part: { template: SheetTemplate; name?: string; sampleRows?: Cell[][] }): SheetTemplate {
  const t = part.template;
  return { ...t, title: part.name ?? t.title, sampleRows: part.sampleRows ?? t.sampleRows };
}

/** A template as a SheetOut for writeWorkbook. */
export function templateSheet(t: SheetTemplate): SheetOut {
  const header = headerRowNumber(t);
  const first = firstDataRowNumber(t);
  const titleRows = (t.titleRows ?? []).map((_, i) => i + 1);
  const sections = sectionRowIndices(t).map((i) => first + i);
  return {
    name: t.title,
    rows: templateGrid(t),
    columns: t.columns.map((c) => {
      const numFmt = NUMBER_FORMATS[c.format];
      return numFmt ? { width: pixelsToCharacters(c.width), numFmt } : { width: pixelsToCharacters(c.width) };
    }),
    frozenRows: t.frozenRows,
    validations: templateValidations(t).map((v) => ({ col: v.column, fromRow: v.fromRow, toRow: v.toRow, list: [...v.list] })),
    boldRows: [...titleRows, header, ...sections],
    fills: t.columns.map((_, col) => ({ row: header, col, argb: hexToArgb(HEADER_BACKGROUND) })),
  };
}

/** Writes the parts as sheets of one .xlsx; returns the sheet names in order. */
export async function writeTemplateWorkbook(file: string, parts: WorkbookPart[]): Promise<string[]> {
  const sheets: SheetOut[] = [];
  const templates = new Map<string, SheetTemplate>();
  for (const part of parts) {
    if ('sheet' in part) {
      sheets.push(part.sheet);
      continue;
    }
    const t = effective(part);
    sheets.push(templateSheet(t));
    templates.set(t.title, t);
  }
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  await writeWorkbook(file, sheets);
  if (templates.size > 0) await decorate(file, templates);
  return sheets.map((s) => s.name);
}

/** Notes, header style, frozen columns and conditional formats, added to the written file. */
async function decorate(file: string, templates: Map<string, SheetTemplate>): Promise<void> {
  const workbook = new (await loadExcelJs()).Workbook();
  await workbook.xlsx.readFile(file);
  for (const ws of workbook.worksheets) {
    const t = templates.get(ws.name);
    if (!t) continue;
    const header = headerRowNumber(t);
    const row = ws.getRow(header);
    row.alignment = { wrapText: true, vertical: 'middle' };
    t.columns.forEach((c, i) => {
      const cell = row.getCell(i + 1);
      cell.alignment = { wrapText: true, vertical: 'middle' };
      if (c.help) cell.note = c.help;
    });
    // exceljs reads list validations back cell by cell and merges them into overlapping ranges
    // on writing, which Excel repairs on opening: put the template's ranges back as they were.
    restoreValidations(ws, t);
    if (t.frozenColumns) ws.views = [{ state: 'frozen', xSplit: t.frozenColumns, ySplit: t.frozenRows }];
    let priority = 1;
    for (const rule of t.conditional ?? []) {
      const ref = conditionalRange(t, rule);
      if (rule.kind === 'status-colour') {
        ws.addConditionalFormatting({
          ref,
          rules: Object.entries(rule.colours).map(([value, colour]) => ({
            type: 'cellIs',
            operator: 'equal',
            formulae: [`"${value.replace(/"/g, '""')}"`],
            priority: priority++,
            style: { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: hexToArgb(colour) } } },
          })),
        });
        continue;
      }
      const formula = conditionalFormula(rule, firstDataRowNumber(t), ',');
      if (!formula) continue;
      ws.addConditionalFormatting({
        ref,
        rules: [
          {
            type: 'expression',
            formulae: [formula.replace(/^=/, '')],
            priority: priority++,
            style: {
              fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: hexToArgb(rule.background) } },
              ...(rule.kind === 'section-row' && rule.bold ? { font: { bold: true } } : {}),
            },
          },
        ],
      });
    }
  }
  await workbook.xlsx.writeFile(file);
}

type ValidationModel = { model: Record<string, ExcelJS.DataValidation>; add(address: string, v: ExcelJS.DataValidation): void };

function restoreValidations(ws: ExcelJS.Worksheet, t: SheetTemplate): void {
  const dv = (ws as unknown as { dataValidations: ValidationModel }).dataValidations;
  const before = Object.entries(dv.model);
  const columnOfAddress = (address: string) => /^([A-Z]+)\d+$/.exec(address)?.[1] ?? null;
  const lists = templateValidations(t);
  const listLetters = new Set(lists.map((v) => columnLetter(v.column)));
  dv.model = {};
  for (const [address, v] of before) {
    const col = columnOfAddress(address);
    if (col === null || !listLetters.has(col)) dv.model[address] = v;
  }
  for (const v of lists) {
    const letter = columnLetter(v.column);
    const validation = before.find(([address]) => columnOfAddress(address) === letter)?.[1];
    if (validation) dv.add(`${letter}${v.fromRow}:${letter}${v.toRow}`, validation);
  }
}

/** `template --list`: id, sheet name and description of every template, in Russian. */
export function listTemplatesText(): string {
  const width = Math.max(...TEMPLATES.map((t) => t.id.length));
  const lines = ['Шаблоны листов (npx roadmap-monitor template <id> -o ФАЙЛ.xlsx):', ''];
  for (const t of TEMPLATES) {
    lines.push(`  ${t.id.padEnd(width)}  «${t.title}»`);
    lines.push(`  ${' '.repeat(width)}  ${t.description}`);
  }
  return lines.join('\n');
}

export interface ResolvedTemplates {
  templates: SheetTemplate[];
  unknown: string[];
}

/** Ids (or «all») → templates; unknown ids are returned for the error message. */
export function resolveTemplates(ids: string[]): ResolvedTemplates {
  const templates: SheetTemplate[] = [];
  const unknown: string[] = [];
  for (const id of ids) {
    if (id.trim().toLowerCase() === 'all') {
      for (const t of TEMPLATES) if (!templates.includes(t)) templates.push(t);
      continue;
    }
    const t = templateById(id);
    if (!t) unknown.push(id);
    else if (!templates.includes(t)) templates.push(t);
  }
  return { templates, unknown };
}

/** «Неизвестный шаблон «x». Доступные: municipal-roadmap, …» */
export function unknownTemplateMessage(unknown: string[]): string {
  const which = unknown.map((u) => `«${u}»`).join(', ');
  const noun = unknown.length === 1 ? 'Неизвестный шаблон' : 'Неизвестные шаблоны';
  return `${noun} ${which}. Доступные: ${TEMPLATES.map((t) => t.id).join(', ')} (или all — все сразу).`;
}

/** Why `count` templates cannot be written to `file` (its extension), or null when they can. */
export function templateFormatError(file: string, count: number): string | null {
  const ext = path.extname(file).toLowerCase();
  if (ext === '.xlsx') return null;
  if (ext === '.csv' || ext === '.tsv') return count === 1 ? null : `В файл ${ext} помещается только один шаблон; для нескольких укажите файл .xlsx.`;
  return `Формат «${ext || 'без расширения'}» не поддерживается: укажите файл .xlsx (или .csv/.tsv для одного шаблона).`;
}

/**
 * Writes the templates to `file`: an .xlsx gets one sheet per template; a .csv/.tsv the cells of
 * a single template. Throws an Error with a Russian message for other extensions.
 */
export async function writeTemplateFile(file: string, templates: SheetTemplate[]): Promise<string[]> {
  const problem = templateFormatError(file, templates.length);
  if (problem) throw new Error(problem);
  const ext = path.extname(file).toLowerCase();
  if (ext === '.xlsx')
    return writeTemplateWorkbook(
      file,
      templates.map((template) => ({ template })),
    );
  if (ext === '.csv' || ext === '.tsv') {
    if (templates.length !== 1) throw new Error(`В файл ${ext} помещается только один шаблон; для нескольких укажите файл .xlsx.`);
    fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
    await writeDelimited(file, templateGrid(templates[0]));
    return [templates[0].title];
  }
  throw new Error(`Формат «${ext || 'без расширения'}» не поддерживается: укажите файл .xlsx (или .csv/.tsv для одного шаблона).`);
}
