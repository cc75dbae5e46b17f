/**
 * «Сводка по реестру…»: the resumable collection of src/app/collect.ts in Apps Script. The sidebar
 * calls `collectSummaryStep` again and again while it is open (each call a short budget, so the
 * progress moves); an hourly time-driven trigger (`continueCollection`, scope script.scriptapp)
 * goes on when it is closed, and is removed once the summary is written. The checkpoint is a hidden
 * sheet of this spreadsheet; other schools' spreadsheets are opened by id (scope spreadsheets).
 */
import {
  collectStep,
  collectTargets,
  collected,
  collectionStatus,
  finishCollection,
  releaseCollection,
  startCollection,
  type CollectPorts,
  type CollectState,
  type CollectTarget,
  type SchoolReader,
} from '../app/collect';
import { BLOCK_KEY, readWhole } from '../app/school-block';
import { notReadLine, summarise, summarySheets, type WorkbookInput } from '../app/summary';
import { CollectProgressSchema, CollectStartSchema, type CollectProgress } from '../contracts/collect';
import { pluralRu } from '../domain/core/text-ru';
import { defaultSettings } from '../domain/core/settings';
import { BLOCK_SHEET, type SheetGrid } from '../domain/summary';
import { kindOfSheet } from '../domain/workbook/kinds';
import { parseRegistryGrid } from '../domain/workbook/kinds/registry';
import { SETTINGS_SHEET, parseSettingsGrid } from '../domain/workbook/kinds/settings';
import { UserError } from './errors';
import { gasContext, type GasContext } from './context';
import type { TimeClock } from '../ports';
import { showPage } from './dialogs';
import { GasOwnedSheets } from './owned';
import { timeClock } from './school-block';
import { SPREADSHEET_URL, addDoneChart, readWorkbook, writeGrid } from './summary';
import { GasWorkbook, documentLock } from './workbook';

/** A sidebar's call: short, so the progress bar moves; the trigger's: most of the 6 minutes. */
const SIDEBAR_BUDGET_MS = 30 * 1000;
const TRIGGER_BUDGET_MS = 4 * 60 * 1000;
/** Longer than an execution can live (6 min): an expired lease belongs to an execution that is gone. */
export const LEASE_MS = 7 * 60 * 1000;
const BATCH = 10;
const TRIGGER_HANDLER = 'continueCollection';
/** «Исполнители» and «Календарь» are cut to this many cells each: Sheets holds 10 million per file. */
export const MAX_SHEET_CELLS = 2_000_000;

/** The collection's ports in this spreadsheet; `clock` for tests and the bench (a cost model's time). */
export function collectPorts(ctx: GasContext, clock: TimeClock = timeClock(ctx.timeZone)): CollectPorts {
  return {
    store: new GasOwnedSheets(ctx.ss),
    lock: documentLock,
    clock,
    open: (id) => {
      let ss: GoogleAppsScript.Spreadsheet.Spreadsheet;
      try {
        ss = SpreadsheetApp.openById(id);
      } catch (e) {
        return { label: id, reason: `таблица недоступна (${(e as Error).message})` };
      }
      const label = ss.getName();
      const reader: SchoolReader = {
        label,
        block: () => new GasOwnedSheets(ss).owned(BLOCK_KEY, BLOCK_SHEET, false)?.readAll() ?? null,
        whole: () => readWhole(new GasWorkbook(ss, ss.getSpreadsheetTimeZone()), label),
      };
      return reader;
    },
  };
}

interface Coordinator {
  own: WorkbookInput;
  registry: { label: string; entries: ReturnType<typeof parseRegistryGrid>['schools']; workbook: WorkbookInput } | null;
  targets: CollectTarget[];
  maxAgeDays: number;
}

function coordinator(ctx: GasContext): Coordinator {
  const own = readWorkbook(ctx.ss, ctx.timeZone, ctx.ss.getName());
  const sheet = own.sheets.find((s) => kindOfSheet(s.name, s.grid) === 'registry');
  const entries = sheet ? parseRegistryGrid(sheet.grid, sheet.name).schools : [];
  const ownId = ctx.ss.getId();
  const targets = collectTargets(entries, (e) => {
    const id = e.link ? SPREADSHEET_URL.exec(e.link)?.[1] : undefined;
    return id && id !== ownId ? id : null;
  });
  const settingsSheet = own.sheets.find((s) => s.name === SETTINGS_SHEET);
  const settings = settingsSheet ? parseSettingsGrid(settingsSheet.grid).settings : defaultSettings();
  return { own, registry: sheet ? { label: own.label, entries, workbook: own } : null, targets, maxAgeDays: settings.collection.blockMaxAgeDays };
}

/** A generated sheet cut to MAX_SHEET_CELLS, with a line saying how many rows were left out. */
export function withinCells(grid: SheetGrid): SheetGrid {
  const maxRows = Math.floor(MAX_SHEET_CELLS / Math.max(1, grid.width)) - 1;
  if (grid.rows.length <= maxRows) return grid;
  const note = [
    `Показаны первые ${maxRows} строк из ${grid.rows.length}: лист ограничен ${MAX_SHEET_CELLS} ячейками. Полный список — в командной строке (roadmap-monitor summary).`,
  ];
  return {
    ...grid,
    rows: [...grid.rows.slice(0, maxRows), [...note, ...Array<null>(grid.width - 1).fill(null)]],
    kinds: [...grid.kinds.slice(0, maxRows), 'text'],
    zones: [...grid.zones.slice(0, maxRows), null],
  };
}

/** The summary sheets from the checkpoint, written under the lock; the schools not read. */
function writeSummary(ctx: GasContext, c: Coordinator, p: CollectPorts): string[] {
  const saved = collected(p);
  const keyOf = new Map(c.targets.map((t) => [t.entry, t.key]));
  const run = summarise({ workbooks: [c.own], registry: c.registry, openLinked: (e) => saved.get(keyOf.get(e) ?? '') ?? null }, { today: ctx.today });
  const grids = summarySheets(run).map((g, i) => (i === 0 ? g : withinCells(g)));
  documentLock.withLock(() => {
    const sheets = grids.map((g) => writeGrid(ctx.ss, g));
    addDoneChart(sheets[0], run.summary.schools.length);
  });
  return run.inputs.filter((i) => i.error !== undefined).map(notReadLine);
}

/**
 * One hourly trigger per user and document. A time-driven trigger has no active spreadsheet: the
 * spreadsheet's id is kept in the user's properties under the trigger's id (a few bytes, no data).
 */
function ensureTrigger(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): void {
  if (ScriptApp.getUserTriggers(ss).some((t) => t.getHandlerFunction() === TRIGGER_HANDLER)) return;
  const trigger = ScriptApp.newTrigger(TRIGGER_HANDLER).timeBased().everyHours(1).create();
  PropertiesService.getUserProperties().setProperty(`${TRIGGER_HANDLER}:${trigger.getUniqueId()}`, ss.getId());
}

function removeTrigger(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): void {
  for (const t of ScriptApp.getUserTriggers(ss)) {
    if (t.getHandlerFunction() !== TRIGGER_HANDLER) continue;
    PropertiesService.getUserProperties().deleteProperty(`${TRIGGER_HANDLER}:${t.getUniqueId()}`);
    ScriptApp.deleteTrigger(t);
  }
}

function progressOf(s: CollectState | { state: 'none'; read: number; total: number; failed: number }, notRead: string[] = []): CollectProgress {
  const of = `прочитано ${s.read.toLocaleString('ru-RU')} из ${pluralRu(s.total, 'школы', 'школ', 'школ')}`;
  const failed = s.failed > 0 ? `; не открылись: ${s.failed}` : '';
  const message =
    s.state === 'busy'
      ? `Сводку сейчас собирает другой запуск; ${of}. Продолжу, когда он закончит или через 7 минут.`
      : s.state === 'done' || s.state === 'complete'
        ? `Сводка готова: ${of}${failed}.`
        : s.state === 'none'
          ? 'Сбор не начат.'
          : `${of[0].toUpperCase()}${of.slice(1)}${failed}…`;
  return CollectProgressSchema.parse({ state: s.state === 'complete' ? 'done' : s.state, read: s.read, total: s.total, failed: s.failed, message, notRead });
}

/** The context of a spreadsheet opened by a trigger (no active one there). */
export function contextOf(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): GasContext {
  const timeZone = ss.getSpreadsheetTimeZone();
  return { ss, timeZone, today: timeClock(timeZone).today() };
}

/** One step for `owner`; writes the summary when every school is read. */
export function runStep(ctx: GasContext, owner: string, budgetMs: number, clock?: TimeClock): CollectProgress {
  const c = coordinator(ctx);
  const p = collectPorts(ctx, clock);
  const started = p.clock.now();
  const state = collectStep(p, c.targets, { owner, budgetMs, batchSize: BATCH, leaseMs: LEASE_MS, maxAgeDays: c.maxAgeDays });
  if (state.state !== 'complete') return progressOf(state);
  // Writing takes time too: with little left, the next step writes.
  if (p.clock.now() - started > budgetMs) return progressOf({ ...state, state: 'reading' });
  const notRead = writeSummary(ctx, c, p);
  finishCollection(p, owner);
  removeTrigger(ctx.ss);
  return progressOf(state, notRead);
}

export function showCollectSidebar(): void {
  showPage('collect');
}

/** «Собрать» / «Прочитать заново» from the sidebar: a new run (unless another one is going on), and the trigger. */
export function startSummaryCollection(input: unknown): CollectProgress {
  const parsed = CollectStartSchema.safeParse(input);
  if (!parsed.success) throw new UserError('Не удалось начать сбор: откройте «Сводка по реестру…» заново.');
  const ctx = gasContext();
  const c = coordinator(ctx);
  if (c.targets.length === 0) throw new UserError('В «Реестре школ» нет ссылок на таблицы школ: соберите сводку пунктом «Сводка по школам».');
  startCollection(collectPorts(ctx), c.targets, parsed.data);
  ensureTrigger(ctx.ss);
  return getCollectStatus();
}

/** The sidebar's next call while it is open. */
export function collectSummaryStep(owner: unknown): CollectProgress {
  if (typeof owner !== 'string' || owner === '') throw new UserError('Не удалось продолжить сбор: откройте «Сводка по реестру…» заново.');
  return runStep(gasContext(), owner, SIDEBAR_BUDGET_MS);
}

/** «Остановить»: the lease is released and the trigger removed; the checkpoint stays for «Продолжить». */
export function stopSummaryCollection(owner: unknown): void {
  const ctx = gasContext();
  if (typeof owner === 'string') releaseCollection(collectPorts(ctx), owner);
  removeTrigger(ctx.ss);
}

/** Where the collection stands, claiming nothing. */
export function getCollectStatus(): CollectProgress {
  const ctx = gasContext();
  const c = coordinator(ctx);
  const s = collectionStatus(collectPorts(ctx), c.targets);
  const state = s.phase === 'none' ? 'none' : s.phase === 'done' ? 'done' : 'reading';
  return progressOf({ state, read: s.read, total: s.total, failed: 0 });
}

/** The hourly trigger: a step with most of an execution's time; nothing to do once the summary is written. */
export function continueCollection(e?: { triggerUid?: string }): void {
  const id = e?.triggerUid ? PropertiesService.getUserProperties().getProperty(`${TRIGGER_HANDLER}:${e.triggerUid}`) : null;
  const ss = id ? SpreadsheetApp.openById(id) : SpreadsheetApp.getActiveSpreadsheet();
  if (!ss) return;
  const state = runStep(contextOf(ss), 'trigger', TRIGGER_BUDGET_MS);
  if (state.state === 'done') removeTrigger(ss);
}
