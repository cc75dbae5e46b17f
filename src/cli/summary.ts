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
import type { SheetAnalysis } from '../domain/roadmap/analyse';
import type { Measure } from '../domain/roadmap/measure';
import { analyseWorkbook } from '../domain/roadmap/workbook';
import { REGISTRY_HEADERS, matchRegistry, parseRegistryGrid, type RegistryEntry } from '../domain/registry';
import { defaultSettings, type Settings } from '../domain/settings';
import { REGISTRY_SHEET, SETTINGS_SHEET, parseSettingsGrid, referenceSheetKind, sheetPeriods } from '../domain/settings-sheet';
import {
  buildHalfYearReport,
  buildSummary,
  summaryToJson,
  isSkippedSheet,
  schoolFromTitle,
  type HalfYearReport,
  type SchoolInput,
  type Summary,
  type SummaryJson,
} from '../domain/summary';
import { ZONE_NAMES_RU, formatPercentRu, measuresGenRu, ruDate } from '../domain/indicators';
import { findUrls } from '../domain/tracking';
import type { IsoDate } from '../domain/types';
import { formatNumberRu, pluralRu } from '../domain/text-ru';
import { readWorkbook, type SheetGrid as FileSheet } from './workbook-io';
import { expandInputs, type InputFile } from './inputs';
import { escapeControls, jsonForTerminal } from './terminal';
import { OutputError, checkOutputTarget, realPathOrNull, safeWrite, writeAtomically } from './output';
import { summaryGrids, writeSummaryWorkbook } from './summary-xlsx';

/** Sheets that are never a school's roadmap: the add-on's own sheets. */
export interface SummaryOptions {
  today: IsoDate;
  /** The plan period for every sheet (--period); else the file's settings; else inferred. */
  period?: string;
  /** A file with the schools' registry (--registry). */
  registry?: string;
  /** Files never read as roadmaps (the summary being written, when it lies in an input folder). */
  exclude?: string[];
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
  schools: SchoolInput[];
  summary: Summary;
  report: HalfYearReport;
}


// ---------------------------------------------------------------------------------------------
// Settings and the registry

function findSettingsSheet(sheets: FileSheet[]): FileSheet | undefined {
  return sheets.find((s) => referenceSheetKind(s.name) === 'settings');
}

/** A file's «Настройки», with its findings prefixed by the file's name. */
function readSettings(file: string, sheets: FileSheet[]): { settings: Settings; warnings: string[] } | null {
  const sheet = findSettingsSheet(sheets);
  if (!sheet) return null;
  const { settings, diagnostics } = parseSettingsGrid(sheet.grid, sheet.name);
  return { settings, warnings: diagnostics.map((d) => `${file}: ${d.message}`) };
}

/**
 * The registry: the sheet named «Реестр школ» (or «Реестр»), else the first visible sheet with a
 * registry header; its findings (rows without a school, a school listed twice) become warnings.
 */
async function readRegistry(file: string): Promise<{ info: RegistryInfo; settings: { settings: Settings; warnings: string[] } | null }> {
  const info: RegistryInfo = { file, entries: [], unmatched: [], notInRegistry: [], warnings: [] };
  let sheets: FileSheet[];
  try {
    sheets = (await readWorkbook(file)).sheets;
  } catch (error) {
    info.error = (error as Error).message;
    return { info, settings: null };
  }
  const named = sheets.filter((s) => referenceSheetKind(s.name) === 'registry');
  const others = sheets.filter((s) => !s.hidden && referenceSheetKind(s.name) === null);
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
  return { info, settings: readSettings(file, sheets) };
}

// ---------------------------------------------------------------------------------------------
// Summarising

interface FoundTable {
  file: string;
  analysis: SheetAnalysis;
  /** The lines above the table, joined. */
  titleText: string;
  /** The school they name, as written there. */
  titleSchool: string | null;
}


/** Evidence cells whose link sits behind the text (an .xlsx hyperlink): the URL is added to the text. */
function withHyperlinks(a: SheetAnalysis, sheet: FileSheet): Measure[] {
  const col = a.table.columns.evidence?.index;
  if (col === undefined || !sheet.hyperlinks) return a.measures;
  const byRow = new Map<number, string>();
  for (const h of sheet.hyperlinks) if (h.col === col) byRow.set(h.row + 1, h.url);
  if (byRow.size === 0) return a.measures;
  return a.measures.map((m) => {
    if (m.evidence && findUrls(m.evidence).length > 0) return m;
    const urls = m.sourceRows.map((r) => byRow.get(r)).filter((u): u is string => u !== undefined);
    if (urls.length === 0) return m;
    return { ...m, evidence: [m.evidence ?? '', ...urls].filter((s) => s !== '').join(' ') };
  });
}

export async function summariseInputs(inputs: string[], opts: SummaryOptions): Promise<SummaryRun> {
  let settings: Settings | null = null;
  let settingsSource: string | null = null;
  const settingsWarnings: string[] = [];
  let registry: RegistryInfo | null = null;
  if (opts.registry) {
    const r = await readRegistry(opts.registry);
    registry = r.info;
    if (r.settings) {
      settings = r.settings.settings;
      settingsWarnings.push(...r.settings.warnings);
      settingsSource = `${opts.registry}, лист «${SETTINGS_SHEET}»`;
    }
  }

  const { files: paths, empty } = await expandInputs(inputs, opts.exclude);
  const files: InputFile[] = [];
  const found: FoundTable[] = [];
  for (const file of paths) {
    let sheets: FileSheet[];
    try {
      sheets = (await readWorkbook(file)).sheets;
    } catch (error) {
      files.push({ file, error: (error as Error).message, schools: 0 });
      continue;
    }
    const own = readSettings(file, sheets);
    const fileSettings = own ? own.settings : null;
    if (own) settingsWarnings.push(...own.warnings);
    if (fileSettings && !settings) {
      settings = fileSettings;
      settingsSource = `${file}, лист «${SETTINGS_SHEET}»`;
    }
    const candidates = sheets.filter((s) => !s.hidden && !isSkippedSheet(s.name));
    const periods = sheetPeriods(fileSettings, candidates.map((s) => s.name));
    let analyses: SheetAnalysis[];
    try {
      analyses = analyseWorkbook(
        candidates.map((s) => ({ name: s.name, grid: s.grid, outside: s.outside })),
        { today: opts.today, period: opts.period ?? null, periods },
      );
    } catch {
      // One file must not take the whole summary down; the others are still summarised.
      files.push({ file, error: `Не удалось разобрать файл «${file}»: внутренняя ошибка программы; сообщите разработчикам.`, schools: 0 });
      continue;
    }
    let count = 0;
    for (const a of analyses) {
      if (a.measures.length === 0) continue;
      const sheet = candidates.find((s) => s.name === a.name) as FileSheet;
      found.push({
        file,
        analysis: { ...a, measures: withHyperlinks(a, sheet) },
        titleText: a.table.titleLines.join(' '),
        titleSchool: schoolFromTitle(a.table.titleLines),
      });
      count++;
    }
    files.push({ file, schools: count });
  }
  files.push(...empty);

  const matched = new Set<RegistryEntry>();
  const perFile = new Map<string, number>();
  for (const t of found) perFile.set(t.file, (perFile.get(t.file) ?? 0) + 1);
  const schools: SchoolInput[] = found.map((t) => {
    const a = t.analysis;
    const entry = registry ? findEntry(registry.entries, t) : null;
    let name: string;
    if (entry) {
      matched.add(entry);
      name = entry.school;
    } else {
      name = t.titleSchool ?? fallbackName(t.file, a, (perFile.get(t.file) ?? 0) > 1);
      if (registry) registry.notInRegistry.push(name);
    }
    const curator = entry
      ? entry.curatorSchool && entry.curatorPerson
        ? `${entry.curatorSchool} (${entry.curatorPerson})`
        : (entry.curatorSchool ?? entry.curatorPerson ?? undefined)
      : undefined;
    return {
      name,
      curator,
      cluster: entry?.cluster ?? undefined,
      municipality: entry?.municipality ?? undefined,
      file: t.file,
      sheet: a.tablesInSheet > 1 ? `${a.name} (таблица ${a.tableIndex})` : a.name,
      analysis: { measures: a.measures, period: a.period },
    };
  });
  if (registry) registry.unmatched = registry.entries.filter((e) => !matched.has(e)).map((e) => e.school);

  const ctx = { today: opts.today, settings: settings ?? defaultSettings() };
  const summary = buildSummary(schools, ctx);
  const report = buildHalfYearReport(schools, ctx);
  return { today: opts.today, files, registry, settingsSource, settingsWarnings, schools, summary, report };
}

/**
 * The registry entry of a table. matchRegistry scores a link naming the sheet the same as one naming
 * the file, so links «школа1.xlsx / Дорожная карта» and «школа2.xlsx / Дорожная карта» tie on every
 * file's sheet «Дорожная карта»; asking again without the sheet lets the file name decide.
 */
function findEntry(entries: RegistryEntry[], t: FoundTable): RegistryEntry | null {
  return (
    matchRegistry(entries, { file: t.file, sheet: t.analysis.name, title: t.titleText }) ??
    matchRegistry(entries, { file: t.file, title: t.titleText })
  );
}

function fallbackName(file: string, a: SheetAnalysis, severalInFile: boolean): string {
  const table = a.tablesInSheet > 1 ? ` (таблица ${a.tableIndex})` : '';
  return `${severalInFile ? a.name : path.basename(file, path.extname(file))}${table}`;
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
    out.push(`   ${s.auditText}.`);
    out.push(`   Файл: ${s.file}, лист «${s.sheet}», период ${s.period.label}.`);
  });
  if (summary.schools.length > 0) out.push('');
  out.push(
    `Итого: ${pluralRu(t.schools, 'школа', 'школы', 'школ')}, ${pluralRu(t.measures, 'мероприятие', 'мероприятия', 'мероприятий')}, ` +
      `выполнено ${formatNumberRu(t.done)} (${formatPercentRu(t.donePercent)}), просрочено ${formatNumberRu(t.overdue)}, ` +
      `требуют внимания ${formatNumberRu(t.needAttention)}.`,
  );
  out.push(
    `Цель аудита достигают ${formatNumberRu(t.schoolsMeetingAudit)} из ${pluralRu(t.schools, 'школы', 'школ', 'школ')} ` +
      `(${formatPercentRu(t.schoolsMeetingAuditPercent)}). Зоны: зелёная — ${t.zones.green}, жёлтая — ${t.zones.yellow}, красная — ${t.zones.red}.`,
  );
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

export { rowFill, sheetLayout, summaryGrids, writeSummaryWorkbook, ZONE_FILLS, type SheetLayout } from './summary-xlsx';
export { expandInputs, type InputFile };


// ---------------------------------------------------------------------------------------------
// The command and the demo

export interface SummaryCommandOptions extends SummaryOptions {
  output?: string;
  json?: boolean;
}

/** `summary <file-or-folder...>`: prints the report (or the JSON) and returns the exit code. */
export async function runSummary(
  inputs: string[],
  opts: SummaryCommandOptions,
  write: (s: string) => void = (s) => process.stdout.write(s),
): Promise<number> {
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
  const run = await summariseInputs(inputs, { ...opts, exclude: exclude.filter((f) => !explicit.has(path.resolve(f))) });
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
 * The end of `npm start`: the summary of the bundled sample workbook, written next to it, with a
 * short report and where the file is. Returns the exit code (2 when the sample could not be read).
 */
export async function runSummaryDemo(
  sampleFile: string,
  today: IsoDate,
  write: (s: string) => void = (s) => process.stdout.write(s),
): Promise<number> {
  const output = demoSummaryFile(sampleFile);
  // The sample workbook carries its own «Реестр школ»: it names the schools of its roadmap sheets.
  let hasRegistry = false;
  try {
    hasRegistry = (await readWorkbook(sampleFile)).sheets.some((s) => referenceSheetKind(s.name) === 'registry');
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
  const lines = ['Сводка координатора по примеру (каждая таблица мероприятий — отдельная «школа»):'];
  for (const s of run.summary.schools) {
    lines.push(
      `  ${s.name}: зона ${ZONE_NAMES_RU[s.zone]}, выполнено ${formatPercentRu(s.metrics.donePercent)}, ` +
        `просрочено ${formatNumberRu(s.metrics.overdue)}`,
    );
  }
  for (const f of run.files) if (f.error !== undefined) lines.push(`  ✘ ${f.error}`);
  lines.push(run.report.paragraph);
  lines.push(`Сводка записана: ${output}`);
  lines.push(`Листы: ${summaryGrids(run).map((g) => `«${g.name}»`).join(', ')}`);
  write(`${escapeControls(lines.join('\n'))}\n`);
  return summaryExitCode(run);
}
