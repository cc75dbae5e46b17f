/**
 * The compact block of a school: what the coordinator's summary needs of a school's roadmaps, in
 * a fixed layout of text cells that the add-on keeps in a small hidden sheet of the school's own
 * file. The coordinator reads one range per school instead of every roadmap and recomputes overdue,
 * zones and the audit with its own «today» and targets: nothing here is a figure that goes stale.
 *
 * Layout (format version 3), every cell text (written with the «@» format, so Sheets converts nothing):
 * - row 1: BLOCK_MARK, «версия», 1, «записано», the time written (ISO, UTC), «файл», the file's name;
 * - row 2: the column titles of the measure rows (for a person who unhides the sheet);
 * - «настройки» rows: the school's own «Настройки» as JSON (none when the file has no such sheet);
 * - a «риски» row when the file has a risk profile: «Высокая» factors, and those without a
 *   programme (version 2);
 * - an «экспертиза» row when the file has an expertise sheet: documents reviewed, points scored and
 *   points possible over the criteria scored (version 3);
 * - an «экспертиза школы» row per partner school whose papers the file's expertise sheets score
 *   (mutual expertise): the school as named, documents reviewed, points scored and possible (added
 *   within version 3: a reader that predates it skips the row and counts those papers nowhere);
 * - per roadmap table a «таблица» row: sheet, table number, tables in the sheet, title lines,
 *   school named in the title, period kind, label, start and end;
 * - per measure of that table an «м» row: MEASURE_COLUMNS below, lists as JSON arrays.
 *
 * Decisions:
 * - The evidence cell is kept as text: the half-year report lists it, and whether it holds a link is
 *   read from it («выполнено, но нет ссылки» needs an http(s) link, not any text).
 * - The indicator (text, measurability, target) and the actual value are kept: the summary's
 *   figures include each indicator against its target.
 * - What the summary never reads (task, result, comments, curator's date and comment, extra
 *   columns, the expanded responsible names) is left out; decoding gives those their empty values.
 * - A block of another format version, or one that does not parse, decodes to null: the school is
 *   then read in full.
 */
import type { Settings } from '../core/settings';
import { SettingsSchema } from '../core/settings';
import type { Cell, Deadline, Indicator, IsoDate, Period, Recurrence } from '../core/types';
import type { Measure } from '../roadmap/measure';
import type { CuratorMark, Status } from '../parse/tracking';
import type { SchoolRisk } from './risk';
import type { PartnerReview, SchoolExpertise } from './expertise';

export const BLOCK_MARK = 'Монитор дорожных карт: итоги школы';
export const BLOCK_VERSION = 3;
/** The hidden sheet that holds the block in a school's file (marked by developer metadata in Sheets). */
export const BLOCK_SHEET = 'Итоги школы (служебный)';

const TABLE = 'таблица';
const MEASURE = 'м';
const SETTINGS = 'настройки';
const RISKS = 'риски';
const EXPERTISE = 'экспертиза';
const REVIEW = 'экспертиза школы';
/** A cell holds at most 50,000 characters in Sheets: longer JSON is cut into several cells. */
export const CELL_LIMIT = 45000;

export const MEASURE_COLUMNS = [
  'Запись',
  'Строка',
  'Номер',
  'Раздел',
  'Мероприятие',
  'Срок (текст)',
  'Начало',
  'Окончание',
  'Повторяется',
  'Даты повторов',
  'Без срока',
  'Ответственные',
  'Статус',
  'Дата выполнения',
  'Подтверждение',
  'Отметка куратора',
  'Показатель',
  'Измеримый',
  'Цель показателя',
  'Факт',
] as const;

/** One roadmap table of a school, as the summary consumes it. */
export interface CompactTable {
  sheet: string;
  tableIndex: number;
  tablesInSheet: number;
  titleLines: string[];
  titleSchool: string | null;
  period: Period;
  measures: Measure[];
}

export interface CompactBlock {
  version: number;
  /** When it was written: an ISO timestamp. */
  writtenAt: string;
  /** The file's name when it was written. */
  label: string;
  /** The school's own «Настройки», when its file has that sheet. */
  settings: Settings | null;
  /** The file's risk profile against its programmes; null when it has no profile. */
  risk: SchoolRisk | null;
  /** The file's expertise status; null when it has no expertise sheet. */
  expertise: SchoolExpertise | null;
  /** Partner schools' papers scored in the file's expertise sheets (absent: none). */
  reviews?: PartnerReview[];
  tables: CompactTable[];
}

const str = (s: string | null | undefined): string => s ?? '';
const orNull = (s: string): string | null => (s === '' ? null : s);

/** Long text cut into cells of at most CELL_LIMIT characters. */
function cut(text: string): string[] {
  const parts: string[] = [];
  for (let i = 0; i < text.length; i += CELL_LIMIT) parts.push(text.slice(i, i + CELL_LIMIT));
  return parts.length > 0 ? parts : [''];
}

function measureRow(m: Measure): string[] {
  const d = m.deadline;
  const ind = m.indicator;
  return [
    MEASURE,
    String(m.row),
    m.number,
    str(m.section),
    m.title,
    d ? d.text : '',
    d ? str(d.start) : '',
    d ? str(d.end) : '',
    d?.recurrence ? d.recurrence.every : '',
    d?.recurrence?.dates ? JSON.stringify(d.recurrence.dates) : '',
    d ? (d.unscheduled ? '1' : '0') : '',
    m.responsible.length > 0 ? JSON.stringify(m.responsible) : '',
    str(m.status),
    str(m.doneDate),
    str(m.evidence),
    str(m.curatorMark),
    ind ? ind.text : '',
    ind ? (ind.measurable ? '1' : '0') : '',
    ind?.target ? JSON.stringify(ind.target) : '',
    str(m.actual),
  ];
}

/** The rows of a block, every cell text. */
export function encodeBlock(block: Omit<CompactBlock, 'version'>): string[][] {
  const rows: string[][] = [[BLOCK_MARK, 'версия', String(BLOCK_VERSION), 'записано', block.writtenAt, 'файл', block.label], [...MEASURE_COLUMNS]];
  if (block.settings) rows.push([SETTINGS, ...cut(JSON.stringify(block.settings))]);
  if (block.risk) rows.push([RISKS, String(block.risk.high), String(block.risk.highWithoutProgramme)]);
  const e = block.expertise;
  if (e) rows.push([EXPERTISE, String(e.reviewed), String(e.total), String(e.max)]);
  for (const r of block.reviews ?? []) rows.push([REVIEW, r.school, String(r.reviewed), String(r.total), String(r.max)]);
  for (const t of block.tables) {
    const p = t.period;
    rows.push([
      TABLE,
      t.sheet,
      String(t.tableIndex),
      String(t.tablesInSheet),
      JSON.stringify(t.titleLines),
      str(t.titleSchool),
      p.kind,
      p.label,
      p.start,
      p.end,
    ]);
    for (const m of t.measures) rows.push(measureRow(m));
  }
  return rows;
}

const text = (c: Cell | undefined): string => (c === null || c === undefined ? '' : String(c));

function parseJson<T>(s: string, fallback: T): T {
  return s === '' ? fallback : (JSON.parse(s) as T);
}

function decodeDeadline(r: string[]): Deadline | null {
  if (r[10] === '') return null;
  const recurrence: Recurrence | null = r[8] ? { every: r[8] as Recurrence['every'] } : null;
  if (recurrence && r[9]) recurrence.dates = parseJson<IsoDate[]>(r[9], []);
  return { text: r[5], start: orNull(r[6]), end: orNull(r[7]), recurrence, unscheduled: r[10] === '1' };
}

function decodeIndicator(r: string[]): Indicator | null {
  if (r[17] === '') return null;
  return { text: r[16], measurable: r[17] === '1', target: parseJson<Indicator['target']>(r[18], null) };
}

function decodeMeasure(r: string[]): Measure {
  const row = Number(r[1]);
  const responsible = parseJson<string[]>(r[11], []);
  return {
    row,
    sourceRows: [row],
    number: r[2],
    section: orNull(r[3]),
    title: r[4],
    task: null,
    deadline: decodeDeadline(r),
    indicator: decodeIndicator(r),
    responsible,
    responsibleFull: responsible,
    result: null,
    status: orNull(r[12]) as Status | null,
    doneDate: orNull(r[13]),
    actual: orNull(r[19]),
    evidence: orNull(r[14]),
    curatorMark: orNull(r[15]) as CuratorMark | null,
    curatorDate: null,
    curatorComment: null,
    comment: null,
    extra: {},
  };
}

function decodeTable(r: string[]): CompactTable {
  const kind = r[6] as Period['kind'];
  return {
    sheet: r[1],
    tableIndex: Number(r[2]),
    tablesInSheet: Number(r[3]),
    titleLines: parseJson<string[]>(r[4], []),
    titleSchool: orNull(r[5]),
    period: { kind, label: r[7], start: r[8], end: r[9] },
    measures: [],
  };
}

/** The block's header: its version and the time written, or null when the rows are not a block. */
export function blockHeader(rows: readonly (readonly Cell[])[]): { version: number; writtenAt: string; label: string } | null {
  const h = rows[0];
  if (!h || text(h[0]) !== BLOCK_MARK) return null;
  const version = Number(text(h[2]));
  return Number.isFinite(version) ? { version, writtenAt: text(h[4]), label: text(h[6]) } : null;
}

/** The block the rows hold, or null when they hold none of this format version (or are damaged). */
export function decodeBlock(rows: readonly (readonly Cell[])[]): CompactBlock | null {
  const header = blockHeader(rows);
  if (!header || header.version !== BLOCK_VERSION) return null;
  try {
    const tables: CompactTable[] = [];
    let settings: Settings | null = null;
    let risk: SchoolRisk | null = null;
    let expertise: SchoolExpertise | null = null;
    const reviews: PartnerReview[] = [];
    let current: CompactTable | null = null;
    for (let i = 2; i < rows.length; i++) {
      const r = rows[i].map(text);
      if (r[0] === SETTINGS) {
        const parsed = SettingsSchema.safeParse(JSON.parse(r.slice(1).join('')));
        settings = parsed.success ? parsed.data : null;
      } else if (r[0] === RISKS) {
        risk = { high: Number(r[1]), highWithoutProgramme: Number(r[2]) };
        if (!Number.isInteger(risk.high) || !Number.isInteger(risk.highWithoutProgramme)) return null;
      } else if (r[0] === EXPERTISE) {
        expertise = { reviewed: Number(r[1]), total: Number(r[2]), max: Number(r[3]) };
        if (![expertise.reviewed, expertise.total, expertise.max].every(Number.isInteger)) return null;
      } else if (r[0] === REVIEW) {
        const review = { school: r[1], reviewed: Number(r[2]), total: Number(r[3]), max: Number(r[4]) };
        if (review.school === '' || ![review.reviewed, review.total, review.max].every(Number.isInteger)) return null;
        reviews.push(review);
      } else if (r[0] === TABLE) {
        current = decodeTable(r);
        tables.push(current);
      } else if (r[0] === MEASURE) {
        if (!current) return null;
        while (r.length < MEASURE_COLUMNS.length) r.push('');
        current.measures.push(decodeMeasure(r));
      }
    }
    return {
      version: header.version,
      writtenAt: header.writtenAt,
      label: header.label,
      settings,
      risk,
      expertise,
      ...(reviews.length > 0 ? { reviews } : {}),
      tables,
    };
  } catch {
    return null;
  }
}

/** Whether a block written at `writtenAt` is still fresh at `now` (both ISO timestamps) for `maxAgeDays`. */
export function isFresh(writtenAt: string, now: string, maxAgeDays: number): boolean {
  const written = Date.parse(writtenAt);
  const at = Date.parse(now);
  if (!Number.isFinite(written) || !Number.isFinite(at)) return false;
  return at - written <= maxAgeDays * 86400000 && written <= at + 60000;
}
