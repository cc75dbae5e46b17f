/**
 * `summary`: the coordinator's summary over many schools' roadmaps, from .xlsx / .csv / .tsv files
 * and folders of them.
 *
 * Decisions:
 * - A school is one roadmap table with at least one measure: each table of each sheet of each file
 *   (via analyseWorkbook). Hidden sheets and the add-on's own sheets («Настройки», «Сводка»…) are
 *   skipped. A folder stands for every .xlsx/.csv/.tsv inside it, recursively, in natural order of
 *   the path («2» before «10»); hidden files and Excel's lock files («~$…») are left out.
 * - The school's name: the registry's (--registry), else the first school named in the lines above
 *   the table («Дорожная карта МБОУ «СШ № 5»»), else the file's name (the sheet's when the file holds
 *   several schools).
 * - Settings: the first «Настройки» sheet found (the registry file first, then the inputs in order)
 *   gives the audit targets, zone thresholds and report dates for the whole summary; a file's own
 *   «Настройки» gives the periods of its sheets. --period overrides every period.
 * - Evidence links behind a cell's text (an .xlsx hyperlink «Протокол» → https://…) count as links.
 * - Exit code 2 when a file, a folder or the registry could not be read (the rest is still
 *   summarised), else 0.
 */
import path from 'node:path';
import { compactInput, summarise, type InputResult, type SourceInput, type WorkbookInput } from '../app/summary';
import {
  expertisePercent,
  summaryToJson,
  totalsAuditRu,
  type HalfYearReport,
  type SchoolInput,
  type SchoolSummary,
  type Summary,
  type SummaryJson,
} from '../domain/summary';
import { ZONE_NAMES_RU, formatPercentRu, measuresGenRu, ruDate } from '../domain/metrics';
import type { IsoDate } from '../domain/core/types';
import { formatNumberRu, pluralForm, pluralRu } from '../domain/core/text-ru';
import { kindOfSheet } from '../domain/workbook/kinds';
import { REGISTRY_HEADERS, REGISTRY_SHEET, parseRegistryGrid, type RegistryEntry } from '../domain/workbook/kinds/registry';
import { readWorkbook, type SheetGrid as FileSheet } from './workbook-io';
import { expandInputs, type InputFile } from './inputs';
import { mapPool } from './pool';
import { escapeControls, jsonForTerminal } from './terminal';
import { OutputError, checkOutputTarget, realPathOrNull, safeWrite, writeAtomically } from './output';
import { summaryGrids, writeSummaryWorkbook } from './summary-xlsx';

export interface SummaryOptions {
  today: IsoDate;
  /** The plan period for every sheet (--period); else the file's settings; else inferred. */
  period?: string;
  /** A file with the schools' registry (--registry). */
  registry?: string;
  /** Files never read as roadmaps (the summary being written, when it lies in an input folder). */
  exclude?: string[];
  /** Called after each file is read: `done` of `total`. */
  progress?: (done: number, total: number) => void;
}

/** Runs this long get a progress line on stderr («312/3000 файлов»), never on stdout. */
export const PROGRESS_FROM_FILES = 100;

/** Progress on stderr about every 5 % of a long run: on a terminal one line rewritten, else a line each time. */
export function stderrProgress(stream: NodeJS.WriteStream = process.stderr): (done: number, total: number) => void {
  let shown = 0;
  return (done, total) => {
    if (total < PROGRESS_FROM_FILES) return;
    const step = Math.max(1, Math.floor(total / 20));
    if (done !== total && done - shown < step) return;
    shown = done;
    const line = `${done}/${total} файлов`;
    stream.write(stream.isTTY ? `\r${line}${done === total ? '\n' : ''}` : `${line}\n`);
  };
}

export interface RegistryInfo {
  file: string;
  error?: string;
  /** The registry's rows. */
  entries: RegistryEntry[];
  /** Registry schools no roadmap table was matched to. */
  unmatched: string[];
  /** Schools summarised that the registry does not list. */
  notInRegistry: string[];
  /** The registry's findings (rows without a school, a school listed twice). */
  warnings: string[];
}

export interface SummaryRun {
  today: IsoDate;
  files: InputFile[];
  registry: RegistryInfo | null;
  /** Where the summary-wide settings come from («файл, лист «Настройки»»), or null for the defaults. */
  settingsSource: string | null;
  /** Findings of the «Настройки» sheets read (values that could not be read and were left at their defaults). */
  settingsWarnings: string[];
  /** The use case's account of every input, for the generated sheets. */
  inputs: InputResult[];
  schools: SchoolInput[];
  summary: Summary;
  report: HalfYearReport;
}

// ---------------------------------------------------------------------------------------------
// Settings and the registry

/** A file's sheets as the use case reads them: the .xlsx hyperlinks are the links behind cells. */
function workbookInput(file: string, sheets: FileSheet[]): WorkbookInput {
  return {
    label: file,
    sheets: sheets.map((s, id) => ({
      id,
      name: s.name,
      hidden: s.hidden === true,
      generated: false,
      grid: s.grid,
      formulas: [],
      links: s.hyperlinks ?? [],
      outside: s.outside,
      merges: s.merges,
      formats: s.formats,
    })),
  };
}

/**
 * The registry: a sheet that is a registry by its name («Реестр школ», «Реестр») or its headers, else
 * the first visible sheet where a registry can be read; its findings (rows without a school, a school
 * listed twice) become warnings.
 */
export async function readRegistry(file: string): Promise<{ info: RegistryInfo; workbook?: WorkbookInput }> {
  const info: RegistryInfo = { file, entries: [], unmatched: [], notInRegistry: [], warnings: [] };
  let sheets: FileSheet[];
  try {
    sheets = (await readWorkbook(file)).sheets;
  } catch (error) {
    info.error = (error as Error).message;
    return { info };
  }
  const named = sheets.filter((s) => kindOfSheet(s.name, s.grid) === 'registry');
  const others = sheets.filter((s) => !s.hidden && kindOfSheet(s.name, s.grid) === 'roadmap');
  let found = false;
  for (const s of [...named, ...others]) {
    const parsed = parseRegistryGrid(s.grid, s.name);
    if (parsed.schools.length === 0 && !named.includes(s)) continue;
    info.entries = parsed.schools;
    info.warnings = parsed.diagnostics.map((d) => d.message);
    found = true;
    break;
  }
  if (!found) {
    info.error = `В файле «${file}» не найден реестр школ: нужен лист «${REGISTRY_SHEET}» со столбцами ${Object.values(REGISTRY_HEADERS)
      .map((h) => `«${h}»`)
      .join(', ')}.`;
  }
  return { info, workbook: workbookInput(file, sheets) };
}

/** How many input files are read at once. */
export const READ_CONCURRENCY = 6;

/** Reads the registry and every input file, then runs the use case (src/app/summary.ts) over them. */
export async function summariseInputs(inputs: string[], opts: SummaryOptions): Promise<SummaryRun> {
  const reg = opts.registry ? await readRegistry(opts.registry) : null;
  const { files: paths, empty } = await expandInputs(inputs, opts.exclude);
  // A few files are read at once; each keeps only its sheets' grids, links and outside cells, in the order of the paths.
  // Each file is reduced to its compact block as soon as it is read: memory stays flat over thousands of files.
  let done = 0;
  const workbooks: SourceInput[] = await mapPool(paths, READ_CONCURRENCY, async (file): Promise<SourceInput> => {
    try {
      return compactInput(workbookInput(file, (await readWorkbook(file)).sheets), { today: opts.today, period: opts.period ?? null });
    } catch (error) {
      return { label: file, reason: (error as Error).message };
    } finally {
      opts.progress?.(++done, paths.length);
    }
  });
  for (const e of empty) workbooks.push({ label: e.file, reason: e.error ?? '' });
  const registry = reg && !reg.info.error ? { label: reg.info.file, entries: reg.info.entries, workbook: reg.workbook } : null;
  const run = summarise({ workbooks, registry }, { today: opts.today, period: opts.period ?? null });
  if (reg && registry) {
    reg.info.unmatched = run.unmatched;
    reg.info.notInRegistry = run.notInRegistry;
  }
  return {
    today: run.today,
    files: run.inputs.map((i) => ({ file: i.label, schools: i.schools, ...(i.error !== undefined ? { error: i.error } : {}) })),
    registry: reg?.info ?? null,
    settingsSource: run.settingsSource,
    settingsWarnings: run.settingsWarnings,
    inputs: run.inputs,
    schools: run.schools,
    summary: run.summary,
    report: run.report,
  };
}

export function summaryExitCode(run: SummaryRun): number {
  return run.files.some((f) => f.error !== undefined) || run.registry?.error !== undefined ? 2 : 0;
}

// ---------------------------------------------------------------------------------------------
// Output: JSON, text, .xlsx

export type SummaryRunJson = SummaryJson & {
  files: InputFile[];
  registry?: { file: string; error?: string; schools: number; unmatched: string[]; notInRegistry: string[]; warnings: string[] };
  settings: { source: string | null; warnings: string[] };
  report: { start: IsoDate; end: IsoDate; due: IsoDate; preliminary: boolean; paragraph: string };
  output?: string;
};

/** The one JSON document of `summary --json`: summaryToJson's shape plus files, registry and report. */
export function toSummaryJson(run: SummaryRun, output?: string): SummaryRunJson {
  const json: SummaryRunJson = {
    ...summaryToJson(run.summary),
    files: run.files,
    settings: { source: run.settingsSource, warnings: run.settingsWarnings },
    report: {
      start: run.report.period.start,
      end: run.report.period.end,
      due: run.report.period.due,
      preliminary: run.report.period.preliminary,
      paragraph: run.report.paragraph,
    },
  };
  if (run.registry) {
    const r = run.registry;
    json.registry = {
      file: r.file,
      ...(r.error !== undefined ? { error: r.error } : {}),
      schools: r.entries.length,
      unmatched: r.unmatched,
      notInRegistry: r.notInRegistry,
      warnings: r.warnings,
    };
  }
  if (output) json.output = output;
  return json;
}

/** «Высоких рисков: 3, без программы: 1. Документы: размещено 4 из 6, подтверждено 3. Экспертиза: оценено документов 3, 76,2 % от максимума.»; '' when the school has none. */
function schoolRiskLine(s: Summary['schools'][number]): string {
  const parts: string[] = [];
  if (s.risk) parts.push(`Высоких рисков: ${formatNumberRu(s.risk.high)}, без программы: ${formatNumberRu(s.risk.highWithoutProgramme)}.`);
  const d = s.documents;
  if (d.expected > 0)
    parts.push(`Документы: размещено ${formatNumberRu(d.posted)} из ${formatNumberRu(d.expected)}, подтверждено ${formatNumberRu(d.confirmed)}.`);
  const e = s.expertise;
  if (e) {
    const p = expertisePercent(e);
    parts.push(`Экспертиза: оценено документов ${formatNumberRu(e.reviewed)}${p !== null ? `, ${formatPercentRu(p)} от максимума` : ''}.`);
  }
  return parts.join(' ');
}

/** A readable Russian report: a line per school, the totals, the half-year report's paragraph. */
export function summaryText(run: SummaryRun, output?: string): string {
  const out: string[] = [];
  const { summary, report } = run;
  const t = summary.totals;
  out.push(`Сводка по дорожным картам на ${ruDate(run.today)}`);
  const read = run.files.filter((f) => f.error === undefined).length;
  out.push(`Прочитано файлов: ${formatNumberRu(read)} из ${formatNumberRu(run.files.length)}; школ: ${formatNumberRu(t.schools)}.`);
  for (const f of run.files) if (f.error !== undefined) out.push(`  ✘ ${f.error}`);
  if (run.registry) {
    const r = run.registry;
    if (r.error !== undefined) out.push(`  ✘ Реестр школ: ${r.error}`);
    else {
      out.push(`Реестр школ: ${r.file} (${pluralRu(r.entries.length, 'школа', 'школы', 'школ')}).`);
      if (r.unmatched.length > 0) out.push(`  В реестре, но дорожная карта не найдена: ${r.unmatched.join('; ')}.`);
      if (r.notInRegistry.length > 0) out.push(`  Нет в реестре: ${r.notInRegistry.join('; ')}.`);
      for (const w of r.warnings) out.push(`  ! ${w}`);
    }
  }
  out.push(run.settingsSource ? `Настройки: ${run.settingsSource}.` : 'Настройки: по умолчанию.');
  for (const w of run.settingsWarnings) out.push(`  ! ${w}`);
  out.push('');
  summary.schools.forEach((s, i) => {
    const m = s.metrics;
    const who = [s.curator ? `куратор: ${s.curator}` : '', s.cluster ? `кластер: ${s.cluster}` : ''].filter((x) => x !== '');
    out.push(`${i + 1}. ${s.name}${who.length > 0 ? ` (${who.join(', ')})` : ''}`);
    out.push(
      `   Зона: ${ZONE_NAMES_RU[s.zone]}. Выполнено ${formatNumberRu(m.done)} из ${measuresGenRu(m.base)} ` +
        `(${formatPercentRu(m.donePercent)}), просрочено ${formatNumberRu(m.overdue)}, ` +
        `требуют внимания ${formatNumberRu(m.needAttention)}.`,
    );
    out.push(`   ${s.zoneReason}.`);
    out.push(`   ${s.auditText}; ${s.scheduleText}.`);
    const riskLine = schoolRiskLine(s);
    if (riskLine) out.push(`   ${riskLine}`);
    out.push(`   Файл: ${s.file}, лист «${s.sheet}», период ${s.period.label}.`);
  });
  if (summary.schools.length > 0) out.push('');
  out.push(
    `Итого: ${pluralRu(t.schools, 'школа', 'школы', 'школ')}, ${pluralRu(t.measures, 'мероприятие', 'мероприятия', 'мероприятий')}, ` +
      `выполнено ${formatNumberRu(t.done)} (${formatPercentRu(t.donePercent)}), просрочено ${formatNumberRu(t.overdue)}, ` +
      `требуют внимания ${formatNumberRu(t.needAttention)}.`,
  );
  out.push(
    [
      t.schools > 0 ? `${totalsAuditRu(t)}.` : '',
      t.schools > 0
        ? `По графику ${pluralForm(t.schoolsOnTrack, 'идёт', 'идут', 'идут')} ${formatNumberRu(t.schoolsOnTrack)} из ${pluralRu(t.schools, 'школы', 'школ', 'школ')}.`
        : '',
      `Зоны: зелёная — ${t.zones.green}, жёлтая — ${t.zones.yellow}, красная — ${t.zones.red}.`,
    ]
      .filter((x) => x !== '')
      .join(' '),
  );
  const risks = [
    t.schoolsWithProfile > 0
      ? `Высоких рисков: ${formatNumberRu(t.highRisks)}, без программы: ${formatNumberRu(t.highRisksWithoutProgramme)} (школ с рисковым профилем: ${formatNumberRu(t.schoolsWithProfile)}).`
      : '',
    t.documentsExpected > 0
      ? `Документы: размещено ${formatNumberRu(t.documentsPosted)} из ${formatNumberRu(t.documentsExpected)}, подтверждено ${formatNumberRu(t.documentsConfirmed)}.`
      : '',
    t.schoolsWithExpertise > 0
      ? `Экспертиза: оценено документов ${formatNumberRu(t.expertiseReviewed)}${t.expertisePercent !== null ? `, ${formatPercentRu(t.expertisePercent)} от максимума` : ''} (школ с экспертизой: ${formatNumberRu(t.schoolsWithExpertise)}).`
      : '',
  ].filter((x) => x !== '');
  if (risks.length > 0) out.push(risks.join(' '));
  out.push('');
  const p = report.period;
  out.push(
    `Отчёт за полугодие ${ruDate(p.start)} – ${ruDate(p.end)} (срок сдачи — ${ruDate(p.due)}` +
      `${p.preliminary ? `; предварительные данные на ${ruDate(p.asOf)}` : ''}):`,
  );
  out.push(report.paragraph);
  if (output) out.push('', `Сводка записана: ${output}`);
  return out.join('\n');
}

export { summaryGrids, writeSummaryWorkbook } from './summary-xlsx';
export { expandInputs, type InputFile };

// ---------------------------------------------------------------------------------------------
// The command and the demo

export interface SummaryCommandOptions extends SummaryOptions {
  output?: string;
  json?: boolean;
}

/** `summary <file-or-folder...>`: prints the report (or the JSON) and returns the exit code. */
export async function runSummary(inputs: string[], opts: SummaryCommandOptions, write: (s: string) => void = (s) => process.stdout.write(s)): Promise<number> {
  const output = opts.output ? path.resolve(opts.output) : undefined;
  let target: string | undefined;
  if (output) {
    // Refused before anything is read: a directory, a FIFO, an unwritable folder, or a file this run reads.
    try {
      target = await checkOutputTarget(output, await filesReadBy(inputs, opts.registry, output));
    } catch (e) {
      if (!(e instanceof OutputError)) throw e;
      process.stderr.write(`${escapeControls(e.message)}\n`);
      return 2;
    }
  }
  const exclude = [...(opts.exclude ?? []), ...(output ? [output] : []), ...(opts.registry ? [opts.registry] : [])];
  // The registry file is an input too when it also holds roadmaps, but only when named as one.
  const explicit = new Set(inputs.map((i) => path.resolve(i)));
  const run = await summariseInputs(inputs, {
    ...opts,
    exclude: exclude.filter((f) => !explicit.has(path.resolve(f))),
    progress: opts.progress ?? stderrProgress(),
  });
  if (output && target) {
    try {
      await writeAtomically(target, output, (tmp) => writeSummaryWorkbook(tmp, run));
    } catch (e) {
      if (!(e instanceof OutputError)) throw e;
      process.stderr.write(`${escapeControls(e.message)}\n`);
      return 2;
    }
  }
  write(opts.json ? `${jsonForTerminal(toSummaryJson(run, output))}\n` : `${escapeControls(summaryText(run, output))}\n`);
  return summaryExitCode(run);
}

/** Sheet names of a summary this command writes. */
const SUMMARY_SHEETS = ['Сводка', 'Исполнители', 'Календарь', 'Отчёт за полугодие'];

/**
 * Every file a summary run reads: the inputs (folders expanded) and the registry. A summary written
 * earlier into an input folder (its sheets are the four summary sheets only) is not read as a
 * roadmap, so it may be replaced.
 */
async function filesReadBy(inputs: string[], registry: string | undefined, output: string): Promise<string[]> {
  const { files } = await expandInputs(inputs, []);
  const read = [...files, ...(registry ? [registry] : [])];
  const real = await realPathOrNull(output);
  const named = [...inputs, ...(registry ? [registry] : [])].map((f) => path.resolve(f));
  if (real && !named.includes(path.resolve(output)) && !named.includes(real)) {
    try {
      const sheets = (await readWorkbook(output)).sheets;
      if (sheets.length > 0 && sheets.every((s) => SUMMARY_SHEETS.includes(s.name))) return read.filter((f) => path.resolve(f) !== path.resolve(output));
    } catch {
      // Unreadable: it is refused as a file of the run when it is one.
    }
  }
  return read;
}

/** The summary file the demo writes next to the sample workbook. */
export function demoSummaryFile(sampleFile: string): string {
  return path.join(path.dirname(sampleFile), 'Сводка — пример.xlsx');
}

/**
 * The end of `npm run demo`: the summary of the bundled sample workbook, written next to it, with a
 * short report and where the file is. Returns the exit code (2 when the sample could not be read).
 */
export async function runSummaryDemo(sampleFile: string, today: IsoDate, write: (s: string) => void = (s) => process.stdout.write(s)): Promise<number> {
  const output = demoSummaryFile(sampleFile);
  // The sample workbook carries its own «Реестр школ»: it names the schools of its roadmap sheets.
  let hasRegistry = false;
  try {
    hasRegistry = (await readWorkbook(sampleFile)).sheets.some((s) => kindOfSheet(s.name, s.grid) === 'registry');
  } catch {
    // Unreadable: summariseInputs reports it.
  }
  const run = await summariseInputs([sampleFile], { today, exclude: [output], registry: hasRegistry ? sampleFile : undefined });
  try {
    await safeWrite(output, [sampleFile], (tmp) => writeSummaryWorkbook(tmp, run));
  } catch (e) {
    if (!(e instanceof OutputError)) throw e;
    process.stderr.write(`${escapeControls(e.message)}\n`);
    return 2;
  }
  const line = (s: SchoolSummary) =>
    `  ${s.name}: зона ${ZONE_NAMES_RU[s.zone]}, выполнено ${formatPercentRu(s.metrics.donePercent)}, просрочено ${formatNumberRu(s.metrics.overdue)}`;
  const lines = ['Сводка координатора по примеру: школы из «Реестра школ»', ...run.summary.schools.map(line)];
  if (run.summary.plans?.length) lines.push('Планы, не относящиеся к школам:', ...run.summary.plans.map(line));
  for (const f of run.files) if (f.error !== undefined) lines.push(`  ✘ ${f.error}`);
  lines.push(run.report.paragraph);
  lines.push(`Сводка записана: ${output}`);
  lines.push(
    `Листы: ${summaryGrids(run)
      .map((g) => `«${g.name}»`)
      .join(', ')}`,
  );
  write(`${escapeControls(lines.join('\n'))}\n`);
  return summaryExitCode(run);
}
