/**
 * `import <file.docx|.csv|.tsv> [-o OUT.xlsx] [--sheet NAME] [--today …]`: the tables of a file as
 * an .xlsx roadmap prepared for monitoring, through the use case of «Подготовить лист»
 * (src/app/prepare.ts) over an in-memory workbook: split rows joined, page-break debris removed,
 * numbers that became dates repaired as text, the tracking columns added with their dropdowns and
 * date formats; the original of each prepared table is kept as a hidden copy, as the add-on keeps
 * one. The output is written next to the input (<name>.xlsx, or «<name> (2).xlsx» when that is
 * taken) and never over an existing file.
 */
import { promises as fsp } from 'node:fs';
import path from 'node:path';
import { prepareImported, type ImportOutcome } from '../app/import';
import type { PrepareContext } from '../app/prepare';
import { UserError } from '../app/errors';
import { prepareResultLines } from '../contracts/prepare-text';
import { defaultSettings } from '../domain/core/settings';
import { pluralRu } from '../domain/core/text-ru';
import type { Lock } from '../ports';
import { MemoryWorkbook } from './memory-workbook';
import { OutputError, safeWrite } from './output';
import { escapeControls } from './terminal';
import { readWorkbook, UnreadableFileError, writeWorkbook, type WorkbookData } from './workbook-io';

export interface ImportOptions {
  output?: string;
  sheet?: string;
  today: string;
}

/** One run, one file: nothing else writes to the in-memory workbook. */
const NO_LOCK: Lock = { withLock: (fn) => fn() };

/** The first `<name>.xlsx`, `<name> (2).xlsx`… beside the input that does not exist. */
async function defaultOutput(file: string): Promise<string> {
  const dir = path.dirname(path.resolve(file));
  const base = path.basename(file, path.extname(file));
  for (let i = 1; ; i++) {
    const candidate = path.join(dir, i === 1 ? `${base}.xlsx` : `${base} (${i}).xlsx`);
    const exists = await fsp.lstat(candidate).then(
      () => true,
      () => false,
    );
    if (!exists) return candidate;
  }
}

const measuresWord = (n: number) => pluralRu(n, 'мероприятие', 'мероприятия', 'мероприятий');

/** The Russian report: per table what was done, with the lines the add-on's dialog shows. */
export function importReport(file: string, out: string | null, outcomes: readonly ImportOutcome[]): string {
  const lines = [`Файл: ${file}`, `Таблиц: ${outcomes.length}`];
  for (const o of outcomes) {
    if (o.kind === 'prepared') {
      lines.push(`  Лист «${o.sheet}» подготовлен: ${measuresWord(o.measures)}.`);
      for (const line of prepareResultLines(o.result)) {
        lines.push(`    ${line.text}`);
        for (const item of line.items ?? []) lines.push(`      – ${item}`);
      }
    } else if (o.kind === 'ready') {
      lines.push(`  Лист «${o.sheet}»: ${measuresWord(o.measures)}, уже готов к мониторингу — перенесён как есть.`);
    } else {
      lines.push(`  Лист «${o.sheet}»: таблица мероприятий не найдена — перенесён как есть.`);
    }
  }
  if (out) lines.push('', `Записано: ${out}`, 'Копии исходных таблиц — скрытые листы книги. Проверка: npx roadmap-monitor check «файл».');
  return lines.join('\n');
}

function pickSheets(wb: WorkbookData, sheet: string | undefined): WorkbookData {
  if (!sheet) return wb;
  const only = wb.sheets.filter((s) => s.name === sheet);
  if (only.length === 0) {
    const names = wb.sheets.map((s) => `«${s.name}»`).join(', ');
    throw new UserError(`В файле «${path.basename(wb.file)}» нет листа «${sheet}». Листы: ${names}.`);
  }
  return { ...wb, sheets: only };
}

/** Runs `import`; returns the exit code (0 written, 1 no roadmap table found, 2 not read or not written). */
export async function runImport(file: string, opts: ImportOptions): Promise<number> {
  const say = (s: string) => process.stdout.write(`${escapeControls(s)}\n`);
  const complain = (s: string) => process.stderr.write(`${escapeControls(s)}\n`);
  let data: WorkbookData;
  try {
    data = pickSheets(await readWorkbook(file), opts.sheet);
  } catch (error) {
    if (error instanceof UnreadableFileError || error instanceof UserError) {
      complain(error.message);
      return 2;
    }
    throw error;
  }
  const ctx: PrepareContext = { today: opts.today, settings: defaultSettings() };
  const wb = new MemoryWorkbook(path.basename(file), data.sheets);
  // The same use case as the add-on's import dialog: every table through «Подготовить лист».
  const outcomes = prepareImported(
    wb,
    NO_LOCK,
    wb.sheets().map((x) => x.id),
    ctx,
  );
  if (!outcomes.some((o) => o.kind !== 'other')) {
    say(importReport(file, null, outcomes));
    complain(
      `В файле «${path.basename(file)}» не найдена таблица мероприятий (строка заголовка с «№», «Мероприятие», «Срок», «Ответственный»): книга не записана.`,
    );
    return 1;
  }
  const out = opts.output ? path.resolve(opts.output) : await defaultOutput(file);
  try {
    if (opts.output && (await fsp.lstat(out).catch(() => null))) {
      throw new OutputError(opts.output, 'такой файл уже есть — import не перезаписывает файлы; укажите другое имя');
    }
    await safeWrite(out, [file], (tmp) => writeWorkbook(tmp, wb.toSheetsOut()));
  } catch (error) {
    if (error instanceof OutputError) {
      complain(error.message);
      return 2;
    }
    throw error;
  }
  say(importReport(file, out, outcomes));
  return 0;
}
