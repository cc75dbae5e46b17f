/**
 * The coordinator's summary, written once for the add-on and the command line: gather the schools
 * from workbooks (the open spreadsheet's tabs and the spreadsheets its «Реестр школ» links to; the
 * command line's files and folders), name them, match them to the registry, and build the summary,
 * the half-year report and the four generated sheets.
 *
 * Decisions:
 * - A school is one roadmap table with at least one measure: each table of each sheet of each
 *   workbook. Hidden sheets, sheets the add-on made (a summary, the copy «Подготовить лист» keeps —
 *   marked in Sheets, recognised by its name next to its original in a file), the add-on's own sheet
 *   names and the reference kinds («Настройки», «Справочник организаций», «Реестр школ», by name or by
 *   content) are not roadmaps.
 * - The school's name: the registry's (the entry whose link named the workbook, else matched by link,
 *   file, sheet or title), else the first school named above the table, else the file's name (the
 *   sheet's when the file holds several schools), with «(таблица N)» when a sheet holds several.
 * - Settings: the first «Настройки» found (the registry's workbook first, then the others in order)
 *   gives the audit targets, zone thresholds and report dates; each workbook's own «Настройки» gives
 *   the periods of its sheets; an explicit period overrides every one.
 * - Abbreviations: each workbook's «Справочник организаций», then the registry workbook's.
 * - A link behind an evidence cell (a HYPERLINK formula, rich text, an .xlsx hyperlink) counts as a link.
 * - «Высоких рисков» / «без программы»: the workbook's risk profiles (by content, whatever the
 *   sheet's name) against the anti-risk programmes of its roadmap tables; every school of the
 *   workbook carries them (src/domain/summary/risk.ts).
 * - The expertise status: the workbook's expertise sheets (by content or by name, the add-on's own
 *   «Экспертиза» included though it is marked as made by the add-on; hidden ones left out); every
 *   school of the workbook carries them (src/domain/summary/expertise.ts). Papers a partner school
 *   scored in its own file («Школа» naming this school) are added to this school, wherever read.
 */
import { defaultSettings, type Settings } from '../domain/core/settings';
import {
  buildHalfYearReport,
  buildSummary,
  calendarGrid,
  isSkippedSheet,
  responsibleGrid,
  schoolFromTitle,
  summaryGrid,
  type HalfYearReport,
  type RowKind,
  type SchoolInput,
  type SheetGrid,
  type Summary,
  type CompactBlock,
  type CompactTable,
  BLOCK_VERSION,
  schoolRiskOf,
  schoolExpertiseOf,
  partnerReviewsOf,
  addExpertise,
  type PartnerReview,
  type SchoolExpertise,
  type SchoolRisk,
} from '../domain/summary';
import { parseExpertiseGrid } from '../domain/workbook/kinds/expertise';
import { parseRiskProfileGrid } from '../domain/workbook/kinds/risk-profile';
import type { IsoDate } from '../domain/core/types';
import { expertiseKind, kindOfSheet } from '../domain/workbook/kinds';
import type { DirectoryEntry } from '../domain/workbook/kinds/directory';
import { parseDirectoryGrid } from '../domain/workbook/kinds/directory';
import { matchRegistry, schoolCompareKey, type RegistryEntry } from '../domain/workbook/kinds/registry';
import { SETTINGS_SHEET, parseSettingsGrid } from '../domain/workbook/kinds/settings';
import type { SheetSnapshot } from '../ports';
import { analyseRoadmaps } from './analyse';
import { isPrepareCopy } from './prepare';

/** A workbook read for the summary: its sheets, read whole. */
export interface WorkbookInput {
  /** How reports name it: the file's path, or the spreadsheet's name. */
  label: string;
  sheets: SheetSnapshot[];
  /** The registry entry whose link this workbook was opened for. */
  entry?: RegistryEntry;
}

/** A school's workbook read as its compact block (src/domain/summary/compact.ts) instead of its sheets. */
export interface CompactInput {
  label: string;
  block: CompactBlock;
  entry?: RegistryEntry;
  /** Findings of its «Настройки», when it was made from the sheets here (compactInput). */
  warnings?: string[];
}

/** What a source hands over for one workbook. */
export type SourceInput = WorkbookInput | NotRead | CompactInput;

/** A workbook (or a file, a folder, a registry entry's link) that could not be read, and why, in Russian. */
export interface NotRead {
  label: string;
  reason: string;
}

export interface SummarySources {
  /** The workbooks, in order: the open spreadsheet; the command line's files. */
  workbooks: readonly SourceInput[];
  /** The registry, where there is one: its rows and the workbook holding it (for its «Настройки»). */
  registry: { label: string; entries: RegistryEntry[]; workbook?: WorkbookInput } | null;
  /**
   * Opens the workbook a registry entry links to when no roadmap read so far matched the entry, or
   * says why it cannot; null when the link names nothing this adapter opens (a sheet, a file name).
   */
  openLinked?(entry: RegistryEntry): SourceInput | null;
}

export interface SummaryOptions {
  today: IsoDate;
  /** The plan period for every sheet; else each workbook's settings; else inferred. */
  period?: string | null;
}

/** What each workbook gave, in the order read: the schools found in it, or why it was not read. */
export interface InputResult {
  label: string;
  schools: number;
  /** Why it was not read, in Russian. */
  error?: string;
}

export interface SummaryRun {
  today: IsoDate;
  /** Every workbook, file or registry link tried, in order, with its schools or its error. */
  inputs: InputResult[];
  /** Where the summary-wide settings come from («файл, лист «Настройки»»), or null for the defaults. */
  settingsSource: string | null;
  /** Findings of the «Настройки» sheets read, each led by its workbook. */
  settingsWarnings: string[];
  /** Registry schools no roadmap was matched to; schools summarised that the registry does not list. */
  unmatched: string[];
  notInRegistry: string[];
  schools: SchoolInput[];
  /** Roadmaps that are no school's (see summarise): summarised apart, out of the totals. */
  plans: SchoolInput[];
  summary: Summary;
  report: HalfYearReport;
}

const isNotRead = (w: SourceInput): w is NotRead => 'reason' in w;
const isCompact = (w: SourceInput): w is CompactInput => 'block' in w;

/**
 * Whether a reader hands a sheet to the summary: every sheet but the ones the add-on made, save its
 * own expertise sheet («Экспертиза», marked as made by the add-on), which the summary counts.
 */
export function readsForSummary(s: { name: string; generated: boolean }): boolean {
  return !s.generated || expertiseKind.matchesName(s.name);
}

/** The sheets of a workbook that may hold roadmaps. */
function roadmapSheets(wb: WorkbookInput): SheetSnapshot[] {
  const names = new Set(wb.sheets.map((s) => s.name));
  return wb.sheets.filter(
    (s) => !s.hidden && !s.generated && !isSkippedSheet(s.name) && !isPrepareCopy(s.name, names) && kindOfSheet(s.name, s.grid) === 'roadmap',
  );
}

function sheetOfKind(wb: WorkbookInput, kind: 'settings' | 'directory'): SheetSnapshot | undefined {
  return wb.sheets.find((s) => !s.generated && kindOfSheet(s.name, s.grid) === kind);
}

function readSettings(wb: WorkbookInput): { settings: Settings; warnings: string[] } | null {
  const sheet = sheetOfKind(wb, 'settings');
  if (!sheet) return null;
  const { settings, diagnostics } = parseSettingsGrid(sheet.grid, sheet.name);
  return { settings, warnings: diagnostics.map((d) => `${wb.label}: ${d.message}`) };
}

function readDirectory(wb: WorkbookInput | undefined): DirectoryEntry[] {
  const sheet = wb && sheetOfKind(wb, 'directory');
  return sheet ? parseDirectoryGrid(sheet.grid, sheet.name).entries : [];
}

/** A roadmap table found, with what names its school. */
interface FoundTable {
  wb: WorkbookInput | CompactInput;
  analysis: CompactTable;
  risk: SchoolRisk | null;
  expertise: SchoolExpertise | null;
  /** Partner schools' papers its workbook scores (the same list for every table of the workbook). */
  reviews: PartnerReview[];
  titleText: string;
  titleSchool: string | null;
}

/**
 * The roadmap tables of a workbook with at least one measure, with what the summary needs of each:
 * what the compact block of a school keeps.
 */
export function roadmapTables(wb: WorkbookInput, opts: SummaryOptions, own: Settings | null, directory: readonly DirectoryEntry[] = []): CompactTable[] {
  return workbookRoadmaps(wb, opts, own, directory).tables;
}

/** What the summary reads of a workbook: its roadmap tables, risk figures and expertise status. */
export interface WorkbookRead {
  tables: CompactTable[];
  risk: SchoolRisk | null;
  expertise: SchoolExpertise | null;
  /** Partner schools' papers scored in the workbook (present only when there are some). */
  reviews?: PartnerReview[];
}

/** The workbook's expertise sheets (the add-on's own «Экспертиза» is marked generated, and counts): its school's and its partners'. */
export function workbookExpertise(wb: WorkbookInput): Pick<WorkbookRead, 'expertise' | 'reviews'> {
  const sheets = wb.sheets.filter((s) => !s.hidden && kindOfSheet(s.name, s.grid) === 'expertise').map((s) => parseExpertiseGrid(s.grid, s.name).value);
  const reviews = partnerReviewsOf(sheets);
  return { expertise: schoolExpertiseOf(sheets), ...(reviews.length > 0 ? { reviews } : {}) };
}

/** The roadmap tables of a workbook (roadmapTables), its risk profiles against their programmes, its expertise. */
export function workbookRoadmaps(wb: WorkbookInput, opts: SummaryOptions, own: Settings | null, directory: readonly DirectoryEntry[] = []): WorkbookRead {
  const candidates = roadmapSheets(wb);
  const analyses = analyseRoadmaps(candidates, { today: opts.today, period: opts.period, settings: own, directory: [...readDirectory(wb), ...directory] });
  const profiles = wb.sheets
    .filter((s) => !s.generated && kindOfSheet(s.name, s.grid) === 'risk-profile')
    .map((s) => parseRiskProfileGrid(s.grid, s.name).profile);
  const risk = schoolRiskOf(profiles, analyses, new Map(candidates.map((s) => [s.name, s.grid])));
  const tables = analyses
    .filter((a) => a.measures.length > 0)
    .map((a) => ({
      sheet: a.name,
      tableIndex: a.tableIndex,
      tablesInSheet: a.tablesInSheet,
      titleLines: a.table.titleLines,
      titleSchool: schoolFromTitle(a.table.titleLines),
      period: a.period,
      measures: a.measures,
    }));
  return { tables, risk, ...workbookExpertise(wb) };
}

/** The workbook's own «Настройки», read. */
export function ownSettings(wb: WorkbookInput): Settings | null {
  return readSettings(wb)?.settings ?? null;
}

/**
 * A workbook reduced to what the summary needs of it (its compact block), so a caller summarising
 * thousands of files keeps no grid; the workbook itself when it cannot be analysed (the summary
 * then reports it as it would).
 */
export function compactInput(wb: WorkbookInput, opts: SummaryOptions): CompactInput | WorkbookInput {
  try {
    const own = readSettings(wb);
    const settings = own?.settings ?? null;
    const block: CompactBlock = { version: BLOCK_VERSION, writtenAt: '', label: wb.label, settings, ...workbookRoadmaps(wb, opts, settings) };
    return { label: wb.label, block, entry: wb.entry, warnings: own?.warnings ?? [] };
  } catch {
    return wb;
  }
}

function foundTables(wb: WorkbookInput | CompactInput, read: WorkbookRead): FoundTable[] {
  return read.tables.map((t) => ({
    wb,
    analysis: t,
    risk: read.risk,
    expertise: read.expertise,
    reviews: read.reviews ?? [],
    titleText: t.titleLines.join(' '),
    titleSchool: t.titleSchool,
  }));
}

function tablesOf(wb: WorkbookInput | CompactInput, opts: SummaryOptions, own: Settings | null, directory: DirectoryEntry[]): FoundTable[] {
  return foundTables(wb, isCompact(wb) ? wb.block : workbookRoadmaps(wb, opts, own, directory));
}

/**
 * The registry entry of a table. A link naming the sheet scores the same as one naming the file, so
 * links «школа1.xlsx / Дорожная карта» and «школа2.xlsx / Дорожная карта» tie on every file's sheet
 * «Дорожная карта»; asking again without the sheet lets the file name decide.
 */
function findEntry(entries: readonly RegistryEntry[], t: FoundTable): RegistryEntry | null {
  if (t.wb.entry) return t.wb.entry;
  return (
    matchRegistry(entries, { file: t.wb.label, sheet: t.analysis.sheet, title: t.titleText }) ??
    matchRegistry(entries, { file: t.wb.label, title: t.titleText })
  );
}

/** «папка/школа 5.xlsx» → «школа 5». */
function baseName(label: string): string {
  const last = label.split(/[\\/]/).pop() ?? label;
  return last.replace(/\.(?:xlsx|xlsm|csv|tsv|docx)$/i, '');
}

function tableSuffix(a: CompactTable): string {
  return a.tablesInSheet > 1 ? ` (таблица ${a.tableIndex})` : '';
}

export function curatorLabel(e: RegistryEntry | null): string | undefined {
  if (!e) return undefined;
  if (e.curatorSchool && e.curatorPerson) return `${e.curatorSchool} (${e.curatorPerson})`;
  return e.curatorSchool ?? e.curatorPerson ?? undefined;
}

function schoolOf(t: FoundTable, entry: RegistryEntry | null, severalInWorkbook: boolean): SchoolInput {
  const a = t.analysis;
  const fallback = `${severalInWorkbook ? a.sheet : baseName(t.wb.label)}${tableSuffix(a)}`;
  return {
    name: entry?.school ?? t.titleSchool ?? fallback,
    curator: curatorLabel(entry),
    cluster: entry?.cluster ?? undefined,
    municipality: entry?.municipality ?? undefined,
    file: t.wb.label,
    sheet: `${a.sheet}${tableSuffix(a)}`,
    analysis: { measures: a.measures, period: a.period },
    risk: t.risk,
    expertise: t.expertise,
  };
}

/**
 * Mutual expertise: the papers of school B scored in school A's file count for B. Each workbook's
 * reviews once (not once per table), added to every school row naming that school — by its
 * registry entry's name or its own — the way a file's own expertise is carried by each of its tables.
 */
function withPartnerReviews(schools: SchoolInput[], found: readonly FoundTable[], entryAt: (i: number) => RegistryEntry | null): SchoolInput[] {
  const reviews = new Map<WorkbookInput | CompactInput, PartnerReview[]>();
  for (const t of found) if (t.reviews.length > 0) reviews.set(t.wb, t.reviews);
  if (reviews.size === 0) return schools;
  const keys = schools.map((s, i) => {
    const k = new Set([schoolCompareKey(s.name)]);
    const entry = entryAt(i);
    if (entry) k.add(schoolCompareKey(entry.school));
    return k;
  });
  return schools.map((s, i) => {
    let e = s.expertise ?? null;
    for (const list of reviews.values()) for (const r of list) if (keys[i].has(schoolCompareKey(r.school))) e = addExpertise(e, r);
    return e === (s.expertise ?? null) ? s : { ...s, expertise: e };
  });
}

/** Gathers the schools of every workbook and of the registry's linked ones, then summarises them. */
export function summarise(sources: SummarySources, opts: SummaryOptions): SummaryRun {
  const registry = sources.registry;
  const entries = registry?.entries ?? [];
  const inputs: InputResult[] = [];
  const found: FoundTable[] = [];
  const settingsWarnings: string[] = [];
  let settings: Settings | null = null;
  let settingsSource: string | null = null;
  const directory = readDirectory(registry?.workbook);

  const take = (wb: WorkbookInput | CompactInput) => {
    const own = isCompact(wb) ? (wb.block.settings ? { settings: wb.block.settings, warnings: wb.warnings ?? [] } : null) : readSettings(wb);
    if (own) settingsWarnings.push(...own.warnings);
    if (own && !settings) {
      settings = own.settings;
      settingsSource = `${wb.label}, лист «${SETTINGS_SHEET}»`;
    }
    let tables: FoundTable[];
    try {
      tables = tablesOf(wb, opts, own?.settings ?? null, directory);
    } catch {
      // One workbook must not take the whole summary down; the others are still summarised.
      inputs.push({ label: wb.label, schools: 0, error: `Не удалось разобрать «${wb.label}»: внутренняя ошибка программы; сообщите разработчикам.` });
      return;
    }
    found.push(...tables);
    inputs.push({ label: wb.label, schools: tables.length });
  };
  const failed = (n: NotRead) => inputs.push({ label: n.label, schools: 0, error: n.reason });
  // The registry's own settings come first, even when its workbook is not one of the roadmaps.
  const registryOwn = registry?.workbook && !sources.workbooks.includes(registry.workbook) ? readSettings(registry.workbook) : null;
  if (registryOwn && registry?.workbook) {
    settings = registryOwn.settings;
    settingsSource = `${registry.workbook.label}, лист «${SETTINGS_SHEET}»`;
    settingsWarnings.push(...registryOwn.warnings);
  }
  for (const w of sources.workbooks) {
    if (isNotRead(w)) failed(w);
    else take(w);
  }

  const matched = new Set<RegistryEntry>();
  const entryOf = new Map<FoundTable, RegistryEntry | null>();
  for (const t of found) {
    const e = findEntry(entries, t);
    entryOf.set(t, e);
    if (e) matched.add(e);
  }
  // Registry schools no roadmap matched, whose link names a workbook the adapter can open.
  for (const e of entries) {
    if (matched.has(e) || !sources.openLinked) continue;
    const linked = sources.openLinked(e);
    if (!linked) continue;
    if (isNotRead(linked)) {
      failed(linked);
      continue;
    }
    const before = found.length;
    take({ ...linked, entry: e });
    const last = inputs[inputs.length - 1];
    if (found.length === before && last.error === undefined)
      inputs[inputs.length - 1] = { label: e.school, schools: 0, error: 'в таблице не найдена дорожная карта' };
    for (const t of found.slice(before)) entryOf.set(t, e);
    if (found.length > before) matched.add(e);
  }

  // With a registry, a roadmap is a school's when the registry names it or its title names a school;
  // the others (the municipal plan) are summarised in a block of their own, never as a school.
  const isSchool = (t: FoundTable) => entries.length === 0 || !!entryOf.get(t) || t.titleSchool !== null;
  const schoolTables = found.filter(isSchool);
  const perWorkbook = new Map<WorkbookInput | CompactInput, number>();
  for (const t of schoolTables) perWorkbook.set(t.wb, (perWorkbook.get(t.wb) ?? 0) + 1);
  const schools = withPartnerReviews(
    schoolTables.map((t) => schoolOf(t, entryOf.get(t) ?? null, (perWorkbook.get(t.wb) ?? 0) > 1)),
    found,
    (i) => entryOf.get(schoolTables[i]) ?? null,
  );
  const plans = found.filter((t) => !isSchool(t)).map((t) => schoolOf(t, null, true));
  const notInRegistry = registry ? schools.filter((_, i) => !entryOf.get(schoolTables[i])).map((s) => s.name) : [];
  const ctx = { today: opts.today, settings: settings ?? defaultSettings() };
  return {
    today: opts.today,
    inputs,
    settingsSource,
    settingsWarnings,
    unmatched: entries.filter((e) => !matched.has(e)).map((e) => e.school),
    notInRegistry,
    schools,
    plans,
    summary: buildSummary(schools, ctx, plans),
    report: buildHalfYearReport(schools, ctx),
  };
}

/** «Школа: таблица недоступна (…)»; a reason that names its workbook already stands alone. */
export function notReadLine(i: InputResult): string {
  return i.error && i.error.includes(i.label) ? i.error : `${i.label}: ${i.error ?? ''}`;
}

/** The four generated sheets, the workbooks not read listed under «Сводка». */
export function summarySheets(run: Pick<SummaryRun, 'summary' | 'report' | 'inputs'>): SheetGrid[] {
  const grids = [summaryGrid(run.summary), responsibleGrid(run.summary), calendarGrid(run.summary), run.report.grid];
  const notRead = run.inputs.filter((i) => i.error !== undefined);
  if (notRead.length === 0) return grids;
  const first = grids[0];
  const rows = [...first.rows, Array<null>(first.width).fill(null)];
  const kinds: RowKind[] = [...first.kinds, 'blank'];
  for (const line of [`Не прочитаны (${notRead.length}):`, ...notRead.map(notReadLine)]) {
    rows.push([line, ...Array<null>(first.width - 1).fill(null)]);
    kinds.push('text');
  }
  return [{ ...first, rows, kinds, zones: [...first.zones, ...kinds.slice(first.kinds.length).map(() => null)] }, ...grids.slice(1)];
}
