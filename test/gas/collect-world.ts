/**
 * A coordinator's spreadsheet and its registry's school spreadsheets in the emulator, for the
 * collection's tests and the bench: some schools with a fresh compact block, some stale (edited
 * since), some that cannot be opened; a clock that moves by a cost model of the service calls.
 */
import { refreshSchoolBlock } from '../../src/app/school-block';
import { GasOwnedSheets } from '../../src/gas/owned';
import { GasWorkbook } from '../../src/gas/workbook';
import { buildSummarySheets } from '../../src/gas/summary';
import type { TimeClock } from '../../src/ports';
import { rng } from '../fakes/random';
import { createFakeGas, type FakeGas, type SeedValue } from '../fakes/gas';

export const HEADER = ['№', 'Мероприятие', 'Срок', 'Ответственный', 'Статус', 'Дата выполнения', 'Подтверждающий документ', 'Отметка куратора'];
const DEADLINES = ['январь 2022', 'март 2022', 'до 1 июня 2022 г.', 'ежемесячно', 'сентябрь 2022', 'декабрь 2022', 'в течение года'];
const STATUSES = ['Выполнено', 'В работе', 'Не начато', 'Требуется доработка', '', 'Выполнено'];
const MARKS = ['Подтверждено', '', 'На доработку', 'Не подтверждено'];

export { rng };

export function schoolRoadmap(i: number, rand: () => number): SeedValue[][] {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];
  const rows: SeedValue[][] = [[`Дорожная карта МБОУ «СШ № ${i + 1}» на 2022 год`], HEADER];
  const n = 4 + Math.floor(rand() * 8);
  for (let r = 0; r < n; r++) {
    const status = pick(STATUSES);
    const done = status === 'Выполнено';
    rows.push([
      String(r + 1),
      `Мероприятие ${r + 1} школы ${i + 1}`,
      pick(DEADLINES),
      pick(['УО', 'ШНОР', 'МОЦ, УО']),
      status,
      done ? `1${r % 9}.0${1 + (r % 9)}.2022` : '',
      done && rand() < 0.7 ? `https://example.org/${i}/${r}` : '',
      done ? pick(MARKS) : '',
    ]);
  }
  return rows;
}

export const idOf = (i: number): string => `1School${String(i).padStart(6, '0')}abcdefghijklmnop`;
export const linkOf = (i: number): string => `https://docs.google.com/spreadsheets/d/${idOf(i)}/edit`;

export interface World {
  coordinator: FakeGas;
  schools: FakeGas[];
  /** Index → what the school is: a fresh block, a stale block, none, unopenable (refused / deleted). */
  kinds: ('fresh' | 'stale' | 'none' | 'refused' | 'deleted')[];
}

/** Calls of one spreadsheet-opening and range-reading kind, for the cost model. */
export function costMs(fake: FakeGas): number {
  const by = fake.calls.byMethod();
  let ms = 0;
  for (const [m, n] of Object.entries(by)) {
    if (m === 'SpreadsheetApp.openById') ms += 1000 * n;
    else if (
      m.endsWith('.getValues') ||
      m.endsWith('.getFormulas') ||
      m.endsWith('.getRichTextValues') ||
      m.endsWith('.getNumberFormats') ||
      m.endsWith('.getMergedRanges')
    )
      ms += 100 * n;
    else if (m.startsWith('Range.set') || m.endsWith('.find')) ms += 100 * n;
    else ms += 2 * n;
  }
  return ms;
}

/** A clock whose time moves with the service calls made (costMs), from `start` plus `offset()`. */
export function costClock(fake: FakeGas, start: number, offset: () => number = () => 0): TimeClock {
  return { now: () => start + costMs(fake) + offset(), today: () => new Date(start).toISOString().slice(0, 10) };
}

const noLock = { withLock: <T>(fn: () => T): T => fn() };

/** Builds the coordinator and `n` schools; installs the coordinator's globals (returns the restore). */
export function buildWorld(n: number, seed: number, now: number, only?: World['kinds'][number]): { world: World; restore: () => void } {
  const rand = rng(seed);
  const registry: SeedValue[][] = [['Школа', 'Школа-куратор', 'Куратор (ФИО)', 'Кластер', 'Муниципалитет', 'Ссылка на таблицу школы / лист']];
  const coordinator = createFakeGas({
    spreadsheetId: '1Coordinator000000000000000000',
    spreadsheetName: 'Координатор',
    sheets: { 'Реестр школ': registry },
  });
  const kinds: World['kinds'] = [];
  for (let i = 0; i < n; i++) {
    const x = rand();
    kinds.push(only ?? (x < 0.4 ? 'fresh' : x < 0.6 ? 'stale' : x < 0.9 ? 'none' : x < 0.95 ? 'refused' : 'deleted'));
  }
  const rows: SeedValue[][] = kinds.map((_, i) => [
    `МБОУ «СШ № ${i + 1}»`,
    `МБОУ «СШ № ${1000 + (i % 7)}»`,
    '',
    `Кластер ${i % 3}`,
    `Район ${i % 5}`,
    linkOf(i),
  ]);
  coordinator.loadSheet('Реестр школ', [...registry, ...rows]);
  const restore = coordinator.installGlobals();
  const schools: FakeGas[] = [];
  kinds.forEach((kind, i) => {
    const school = createFakeGas({ spreadsheetId: idOf(i), spreadsheetName: `Школа ${i + 1}`, sheets: { План: schoolRoadmap(i, rand) } });
    schools.push(school);
    if (kind === 'refused') coordinator.refuseOpen(idOf(i), 'У вас нет разрешения на доступ к запрошенному документу.');
    if (kind === 'refused' || kind === 'deleted') return;
    coordinator.addSpreadsheet(school);
    if (kind === 'fresh' || kind === 'stale') {
      const ss = school.spreadsheet;
      const at = kind === 'fresh' ? now - 86400000 : now - 30 * 86400000;
      refreshSchoolBlock(new GasWorkbook(ss, 'Europe/Moscow'), new GasOwnedSheets(ss), noLock, {
        now: () => at,
        today: () => new Date(at).toISOString().slice(0, 10),
      });
      // A stale block: the school changed its plan since.
      if (kind === 'stale') school.loadSheet('План', schoolRoadmap(i + 7, rand));
    }
  });
  return { world: { coordinator, schools, kinds }, restore };
}

const SUMMARY_SHEETS = ['Сводка', 'Исполнители', 'Календарь', 'Отчёт за полугодие'];

/** The four summary sheets of a spreadsheet, as values. */
export function sheets(fake: FakeGas): unknown[][][] {
  return SUMMARY_SHEETS.map((s) => fake.sheetValues(s));
}

/**
 * The same registry and schools, summarised in one pass by «Сводка по школам» in a fresh emulator
 * (its globals installed; `installed` gets their restore).
 */
export function singlePass(world: World, installed: (restore: () => void) => void): unknown[][][] {
  const c = createFakeGas({
    spreadsheetId: '1Coordinator000000000000000000',
    spreadsheetName: 'Координатор',
    sheets: { 'Реестр школ': world.coordinator.sheetValues('Реестр школ') as never },
  });
  world.kinds.forEach((k, i) => {
    if (k === 'refused') c.refuseOpen(idOf(i), 'У вас нет разрешения на доступ к запрошенному документу.');
    else if (k !== 'deleted') c.addSpreadsheet(world.schools[i]);
  });
  installed(c.installGlobals());
  buildSummarySheets();
  return sheets(c);
}
