/**
 * The coordinator's collection over the registry, resumable: each step reads schools in batches
 * within a time budget and saves a checkpoint after each batch in a hidden sheet the add-on owns in
 * the coordinator's file; when every school is read, the summary is built from the checkpoint.
 *
 * Checkpoint (format version 1), every cell text:
 * - row 1, the head: HEAD_MARK, version, run id, registry fingerprint, schools to read, started at
 *   (ms), phase («reading» | «done»), lease owner, lease expiry (ms), full read («1»: every school
 *   read in full, its block ignored);
 * - one row per school read: its key («<registry row>:<spreadsheet id>»), «block» or «error», the
 *   label, then the payload (the block's rows as JSON, or the reason) cut into cells.
 *
 * Decisions:
 * - A school's row is appended in one write, after its batch, under the document lock and only by
 *   the lease's owner: an execution stopped anywhere (time limit, error, sidebar closed) loses at
 *   most its unsaved batch, which the next step reads again; none is saved twice (and reading keeps
 *   the first row of a key, should one ever be).
 * - The lease ({owner, expiry}) lets one execution read at a time: another step waits while it
 *   runs, and takes over once it has expired. An owner that finds its lease taken stops, saving
 *   nothing.
 * - A school read: its compact block when fresh (written less than `maxAgeDays` ago, and not a
 *   full read), else its roadmaps in full, kept as the same compact rows. An unopenable school
 *   is saved with its reason and does not block the rest.
 * - A different registry (schools added, removed or relinked) starts the collection over.
 */
import { sheetFingerprint } from '../domain/core/fingerprint';
import type { Grid } from '../domain/core/types';
import { decodeBlock, encodeBlock, isFresh } from '../domain/summary';
import type { RegistryEntry } from '../domain/workbook/kinds/registry';
import type { Lock, OwnedSheet, OwnedSheets, TimeClock } from '../ports';
import { blockOf } from './school-block';
import type { CompactInput, NotRead, WorkbookInput } from './summary';

export const CHECKPOINT_KEY = 'collect-checkpoint';
export const CHECKPOINT_SHEET = 'Сбор сводки (служебный)';
const HEAD_MARK = 'Монитор дорожных карт: сбор сводки';
const VERSION = '1';
const CELL_LIMIT = 45000;

/** A registry school to read: its key in the checkpoint and its spreadsheet's id. */
export interface CollectTarget {
  key: string;
  entry: RegistryEntry;
  id: string;
}

/** A school's spreadsheet, opened. */
export interface SchoolReader {
  label: string;
  /** The rows of its compact block (one range), or null when it has none. */
  block(): Grid | null;
  /** Every sheet, read whole. */
  whole(): WorkbookInput;
}

export interface CollectPorts {
  store: OwnedSheets;
  lock: Lock;
  clock: TimeClock;
  /** Opens a school's spreadsheet, or says why it cannot (no access, deleted), in Russian. */
  open(id: string): SchoolReader | NotRead;
}

export interface CollectOptions {
  /** Who runs this step: a sidebar's id, «trigger». */
  owner: string;
  /** Stop starting batches after this long. */
  budgetMs: number;
  batchSize: number;
  /** How long a lease lasts without renewal. */
  leaseMs: number;
  maxAgeDays: number;
}

export interface Lease {
  owner: string;
  expiry: number;
}

interface Head {
  runId: string;
  registry: string;
  total: number;
  startedAt: number;
  phase: 'reading' | 'done';
  lease: Lease;
  full: boolean;
}

export type CollectState =
  | { state: 'busy'; lease: Lease; read: number; total: number; failed: number }
  | { state: 'reading'; read: number; total: number; failed: number }
  | { state: 'complete'; read: number; total: number; failed: number }
  /** The run was finished (its summary written) before this step. */
  | { state: 'done'; read: number; total: number; failed: number };

/** The registry's schools whose link names a spreadsheet this adapter can open (`idOf`), in order. */
export function collectTargets(entries: readonly RegistryEntry[], idOf: (e: RegistryEntry) => string | null): CollectTarget[] {
  const out: CollectTarget[] = [];
  for (const entry of entries) {
    const id = idOf(entry);
    if (id) out.push({ key: `${entry.row}:${id}`, entry, id });
  }
  return out;
}

const registryPrint = (targets: readonly CollectTarget[]): string => sheetFingerprint([targets.map((t) => t.key)]);

function cut(text: string): string[] {
  const parts: string[] = [];
  for (let i = 0; i < text.length; i += CELL_LIMIT) parts.push(text.slice(i, i + CELL_LIMIT));
  return parts.length > 0 ? parts : [''];
}

const str = (c: unknown): string => (c === null || c === undefined ? '' : String(c));

function readHead(sheet: OwnedSheet): Head | null {
  if (sheet.lastRow() === 0) return null;
  const r = sheet.readRows(1, 1, 10)[0]?.map(str) ?? [];
  if (r[0] !== HEAD_MARK || r[1] !== VERSION) return null;
  const phase = r[6] === 'done' ? 'done' : 'reading';
  return {
    runId: r[2],
    registry: r[3],
    total: Number(r[4]),
    startedAt: Number(r[5]),
    phase,
    lease: { owner: r[7], expiry: Number(r[8]) || 0 },
    full: r[9] === '1',
  };
}

function writeHead(sheet: OwnedSheet, h: Head): void {
  const row = [
    HEAD_MARK,
    VERSION,
    h.runId,
    h.registry,
    String(h.total),
    String(h.startedAt),
    h.phase,
    h.lease.owner,
    String(h.lease.expiry),
    h.full ? '1' : '0',
  ];
  sheet.writeRows(1, [row]);
}

/** The keys saved so far (column A below the head): one read. */
function savedKeys(sheet: OwnedSheet): Set<string> {
  const last = sheet.lastRow();
  return new Set(last > 1 ? sheet.readRows(2, last - 1, 1).map((r) => str(r[0])) : []);
}

function sheetOf(ports: CollectPorts): OwnedSheet {
  return ports.store.owned(CHECKPOINT_KEY, CHECKPOINT_SHEET, true)!;
}

/**
 * Starts a collection: a new one (the previous checkpoint cleared) unless one over the same registry
 * is still reading — stopped, interrupted, or going on elsewhere — which then goes on from its
 * checkpoint. `full` («Прочитать заново») always starts anew, reading every school in full.
 */
export function startCollection(ports: CollectPorts, targets: readonly CollectTarget[], opts: { owner: string; full: boolean }): void {
  const sheet = sheetOf(ports);
  ports.lock.withLock(() => {
    const now = ports.clock.now();
    const old = readHead(sheet);
    if (old && old.phase === 'reading' && old.lease.owner !== opts.owner && old.lease.expiry > now) return;
    if (old && old.phase === 'reading' && !opts.full && old.registry === registryPrint(targets)) return;
    sheet.clear();
    writeHead(sheet, {
      runId: `${now.toString(36)}-${opts.owner}`,
      registry: registryPrint(targets),
      total: targets.length,
      startedAt: now,
      phase: 'reading',
      lease: { owner: '', expiry: 0 },
      full: opts.full,
    });
  });
}

/** A time limit of the platform must stop the step, not be saved as the school's reason. */
function isInterruption(e: unknown): boolean {
  return /Exceeded maximum execution time|Превышено максимальное время/i.test(String((e as Error)?.message ?? e));
}

/** One school, read: the checkpoint row. */
function readSchool(ports: CollectPorts, t: CollectTarget, full: boolean, maxAgeDays: number): string[] {
  const nowIso = new Date(ports.clock.now()).toISOString();
  const fail = (reason: string) => [t.key, 'error', t.entry.school, reason];
  try {
    const school = ports.open(t.id);
    if ('reason' in school) return fail(school.reason);
    const rows = full ? null : school.block();
    const block = rows ? decodeBlock(rows) : null;
    const fresh = block && isFresh(block.writtenAt, nowIso, maxAgeDays) ? rows : null;
    const kept = fresh ? fresh.map((r) => r.map(str)) : encodeBlock(blockOf(school.whole(), ports.clock.today(), nowIso));
    return [t.key, 'block', school.label, ...cut(JSON.stringify(kept))];
  } catch (e) {
    if (isInterruption(e)) throw e;
    return fail(`таблица недоступна (${(e as Error)?.message ?? String(e)})`);
  }
}

/** Takes the lease, or says who holds it; a stale or missing checkpoint starts a new run. */
function claim(ports: CollectPorts, sheet: OwnedSheet, targets: readonly CollectTarget[], opts: CollectOptions): Head | CollectState {
  return ports.lock.withLock((): Head | CollectState => {
    const now = ports.clock.now();
    let head = readHead(sheet);
    const print = registryPrint(targets);
    if (!head || head.registry !== print) {
      sheet.clear();
      head = {
        runId: `${now.toString(36)}-${opts.owner}`,
        registry: print,
        total: targets.length,
        startedAt: now,
        phase: 'reading',
        lease: { owner: '', expiry: 0 },
        full: false,
      };
    }
    if (head.phase === 'done') return { state: 'done', read: head.total, total: head.total, failed: countFailed(sheet) };
    if (head.lease.owner && head.lease.owner !== opts.owner && head.lease.expiry > now) {
      return { state: 'busy', lease: head.lease, read: Math.max(0, sheet.lastRow() - 1), total: head.total, failed: 0 };
    }
    head.lease = { owner: opts.owner, expiry: now + opts.leaseMs };
    writeHead(sheet, head);
    return head;
  });
}

/** Saves a batch if the lease is still ours; false when another execution took it over. */
function save(ports: CollectPorts, sheet: OwnedSheet, runId: string, rows: string[][], opts: CollectOptions): boolean {
  return ports.lock.withLock(() => {
    const head = readHead(sheet);
    if (!head || head.runId !== runId || head.lease.owner !== opts.owner) return false;
    if (rows.length > 0) sheet.writeRows(sheet.lastRow() + 1, rows);
    head.lease.expiry = ports.clock.now() + opts.leaseMs;
    writeHead(sheet, head);
    return true;
  });
}

/**
 * One step of the collection: batches of schools until the budget is spent or none is left. Call
 * it again (the sidebar, the trigger) until it answers «complete».
 */
export function collectStep(ports: CollectPorts, targets: readonly CollectTarget[], opts: CollectOptions): CollectState {
  const started = ports.clock.now();
  const sheet = sheetOf(ports);
  const head = claim(ports, sheet, targets, opts);
  if ('state' in head) return head;
  const saved = savedKeys(sheet);
  const pending = targets.filter((t) => !saved.has(t.key));
  let read = targets.length - pending.length;
  let i = 0;
  while (i < pending.length && ports.clock.now() - started < opts.budgetMs) {
    const rows: string[][] = [];
    for (const t of pending.slice(i, i + opts.batchSize)) {
      rows.push(readSchool(ports, t, head.full, opts.maxAgeDays));
      if (ports.clock.now() - started >= opts.budgetMs) break;
    }
    if (!save(ports, sheet, head.runId, rows, opts)) {
      return { state: 'busy', lease: readHead(sheet)?.lease ?? { owner: '', expiry: 0 }, read, total: targets.length, failed: 0 };
    }
    i += rows.length;
    read += rows.length;
  }
  const failed = countFailed(sheet);
  return read >= targets.length ? { state: 'complete', read, total: targets.length, failed } : { state: 'reading', read, total: targets.length, failed };
}

function countFailed(sheet: OwnedSheet): number {
  const last = sheet.lastRow();
  return last > 1 ? sheet.readRows(2, last - 1, 2).filter((r) => str(r[1]) === 'error').length : 0;
}

/** What the checkpoint holds for each school, by key (the first row of a key wins). */
export function collected(ports: CollectPorts): Map<string, CompactInput | NotRead> {
  const sheet = sheetOf(ports);
  const out = new Map<string, CompactInput | NotRead>();
  const rows = sheet.readAll();
  for (const r of rows.slice(1)) {
    const key = str(r[0]);
    if (key === '' || out.has(key)) continue;
    const label = str(r[2]);
    const payload = r.slice(3).map(str).join('');
    if (str(r[1]) === 'error') {
      out.set(key, { label, reason: payload });
      continue;
    }
    const block = decodeBlock(JSON.parse(payload) as string[][]);
    out.set(key, block ? { label, block } : { label, reason: 'итоги школы повреждены; запустите «Прочитать заново»' });
  }
  return out;
}

/** Marks the run done and releases the lease (after the summary sheets are written). */
export function finishCollection(ports: CollectPorts, owner: string): void {
  const sheet = sheetOf(ports);
  ports.lock.withLock(() => {
    const head = readHead(sheet);
    if (!head || (head.lease.owner !== owner && head.lease.expiry > ports.clock.now())) return;
    writeHead(sheet, { ...head, phase: 'done', lease: { owner: '', expiry: 0 } });
  });
}

/** «Остановить»: the owner gives its lease up at once (the checkpoint stays, for a later step). */
export function releaseCollection(ports: CollectPorts, owner: string): void {
  const sheet = ports.store.owned(CHECKPOINT_KEY, CHECKPOINT_SHEET, false);
  if (!sheet) return;
  ports.lock.withLock(() => {
    const head = readHead(sheet);
    if (head && head.lease.owner === owner) writeHead(sheet, { ...head, lease: { owner: '', expiry: 0 } });
  });
}

/** The checkpoint's state without claiming anything: for a page opened while a run is going on. */
export function collectionStatus(
  ports: CollectPorts,
  targets: readonly CollectTarget[],
): { phase: 'none' | 'reading' | 'done'; read: number; total: number; lease: Lease | null } {
  const sheet = ports.store.owned(CHECKPOINT_KEY, CHECKPOINT_SHEET, false);
  const head = sheet ? readHead(sheet) : null;
  if (!sheet || !head || head.registry !== registryPrint(targets)) return { phase: 'none', read: 0, total: targets.length, lease: null };
  return { phase: head.phase, read: savedKeys(sheet).size, total: head.total, lease: head.lease.owner ? head.lease : null };
}
