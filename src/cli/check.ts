/** `check`: run the core on files and report, as Russian text or as one JSON document. */
import path from 'node:path';
import type { SheetAnalysis } from '../domain/roadmap/analyse';
import type { Diagnostic, Severity } from '../domain/core/types';
import { pluralRu, ruDate } from '../domain/core/text-ru';
import { REFERENCE_KINDS } from '../domain/workbook/kinds';
import { columnLine, columnWhy } from '../domain/table/fields-ru';
import { columnLetter } from '../domain/core/text';
import { checkWorkbook, type ReferenceSheet } from '../app/check';
import { readWorkbook, type WorkbookData } from './workbook-io';

export interface CheckOptions {
  period?: string;
  sheet?: string;
  today: string;
}

export interface FileResult {
  file: string;
  error?: string;
  sheets: SheetAnalysis[];
  /** The workbook's settings, directory and registry sheets (absent when it has none). */
  reference?: ReferenceSheet[];
}

/** Each file read and checked by the use case (src/app/check.ts): roadmaps, and reference sheets by their kind. */
export async function checkFiles(files: string[], opts: CheckOptions): Promise<FileResult[]> {
  const results: FileResult[] = [];
  for (const file of files) {
    let wb: WorkbookData;
    try {
      wb = await readWorkbook(file);
    } catch (error) {
      results.push({ file, error: (error as Error).message, sheets: [] });
      continue;
    }
    if (opts.sheet && !wb.sheets.some((s) => s.name === opts.sheet)) {
      results.push({ file, error: `В файле «${path.basename(file)}» нет листа «${opts.sheet}».`, sheets: [] });
      continue;
    }
    const sheets = wb.sheets.map((s) => ({ ...s, links: s.hyperlinks }));
    const { tables, reference } = checkWorkbook(sheets, { today: opts.today, period: opts.period ?? null, only: opts.sheet, asRoadmap: true });
    results.push({ file, sheets: tables, ...(reference.length > 0 ? { reference } : {}) });
  }
  return results;
}

/** The JSON contract of `check --json` (see the README). */
export function toJson(results: FileResult[]): unknown {
  return {
    files: results.map((r) => ({
      file: r.file,
      ...(r.error !== undefined ? { error: r.error } : {}),
      sheets: r.sheets.map((s) => ({
        name: s.name,
        ...(s.tablesInSheet > 1 ? { table: s.tableIndex, tables: s.tablesInSheet } : {}),
        headerRow: s.table.headerRow,
        period: { start: s.period.start, end: s.period.end, kind: s.period.kind, label: s.period.label, source: s.periodSource },
        columns: s.columns,
        mapping: s.table.mapping.map((c) => ({ field: c.field, column: columnLetter(c.index), header: c.header, by: c.basis.by, why: columnWhy(c) })),
        unknownColumns: s.unknownColumns,
        measures: s.measures.map((m) => ({
          row: m.row,
          number: m.number,
          section: m.section,
          title: m.title,
          task: m.task,
          deadline: m.deadline,
          indicator: m.indicator,
          responsible: m.responsible,
          responsibleFull: m.responsibleFull,
          result: m.result,
          status: m.status,
          doneDate: m.doneDate,
          actual: m.actual,
          evidence: m.evidence,
          curatorMark: m.curatorMark,
          curatorDate: m.curatorDate,
          curatorComment: m.curatorComment,
          comment: m.comment,
          sourceRows: m.sourceRows,
          extra: m.extra,
        })),
        diagnostics: s.diagnostics.map((d) => ({ row: d.row, field: d.field, severity: d.severity, code: d.code, message: d.message })),
      })),
      ...(r.reference
        ? {
            reference: r.reference.map((s) => ({
              name: s.name,
              kind: s.kind,
              summary: s.summary,
              diagnostics: s.diagnostics.map((d) => ({ row: d.row, field: d.field, severity: d.severity, code: d.code, message: d.message })),
            })),
          }
        : {}),
    })),
  };
}

const kindTitle = (id: ReferenceSheet['kind']): string => REFERENCE_KINDS.find((k) => k.id === id)?.title ?? id;

const SEVERITY_TITLE: Record<Severity, string> = { error: 'Ошибки', warning: 'Предупреждения', info: 'Замечания' };

function counts(diags: Diagnostic[]): Record<Severity, number> {
  const c = { error: 0, warning: 0, info: 0 };
  for (const d of diags) c[d.severity]++;
  return c;
}

/** A readable Russian report. */
export function toText(results: FileResult[]): string {
  const out: string[] = [];
  for (const r of results) {
    out.push(`Файл: ${r.file}`);
    if (r.error) {
      out.push(`  ✘ ${r.error}`, '');
      continue;
    }
    for (const s of r.sheets) {
      const c = counts(s.diagnostics);
      const which = s.tablesInSheet > 1 ? `, таблица ${s.tableIndex} из ${s.tablesInSheet} (заголовок в строке ${s.table.headerRow})` : '';
      out.push(
        `  Лист «${s.name}»${which}: ${pluralRu(s.measures.length, 'мероприятие', 'мероприятия', 'мероприятий')}, период ${s.period.label} (${ruDate(s.period.start)} – ${ruDate(s.period.end)})`,
      );
      if (s.table.headerRow === null) {
        out.push('    Таблица мероприятий не найдена.');
      } else {
        out.push('    Столбцы:', ...s.table.mapping.map((c) => `      ${columnLine(c)}`));
      }
      out.push(
        `    Итого: ${pluralRu(c.error, 'ошибка', 'ошибки', 'ошибок')}, ${pluralRu(c.warning, 'предупреждение', 'предупреждения', 'предупреждений')}, ${pluralRu(c.info, 'замечание', 'замечания', 'замечаний')}`,
      );
      for (const sev of ['error', 'warning', 'info'] as const) {
        const list = s.diagnostics.filter((d) => d.severity === sev);
        if (list.length === 0) continue;
        out.push(`    ${SEVERITY_TITLE[sev]}:`);
        for (const d of list) out.push(`      [${d.code}] ${d.message}`);
      }
      out.push('');
    }
    for (const s of r.reference ?? []) {
      out.push(`  Лист «${s.name}» (${kindTitle(s.kind)}, не проверяется как дорожная карта): ${s.summary}`);
      for (const d of s.diagnostics) out.push(`      [${d.code}] ${d.message}`);
    }
    if (r.reference?.length) out.push('');
  }
  return out.join('\n');
}

export function exitCode(results: FileResult[]): number {
  if (results.some((r) => r.error !== undefined)) return 2;
  if (results.some((r) => r.sheets.some((s) => s.diagnostics.some((d) => d.severity === 'error')))) return 1;
  return 0;
}
