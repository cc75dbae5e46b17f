/**
 * Mutual expertise in the coordinator's collection (emulator): СШ № 2 scored СШ № 1's papers in its
 * own file («Экспертиза», the «Школа» column naming СШ № 1). Read whole or from СШ № 2's compact
 * block, the papers count for СШ № 1 in «Сводка», and СШ № 2 has no expertise of its own.
 */
import { expertise } from '../../sheets-templates';
import { refreshSchoolBlock } from '../../src/app/school-block';
import { contextOf, runStep } from '../../src/gas/collect';
import { GasOwnedSheets } from '../../src/gas/owned';
import { GasWorkbook } from '../../src/gas/workbook';
import { templateGrid } from '../../src/domain/workbook/templates';
import { BLOCK_SHEET } from '../../src/domain/summary';
import type { SeedValue } from '../fakes/gas';
import { buildWorld, costClock, sheets } from './collect-world';
import { eachTestFromNoon } from '../fakes/clock';

// «Today» is read by the collection and again by the single pass it is compared with.
eachTestFromNoon();

let restore: (() => void) | null = null;
afterEach(() => {
  restore?.();
  restore = null;
});

/** The template's three papers (16 of 21 points), as СШ № 2 wrote them of СШ № 1. */
const PAPERS = templateGrid(expertise).map((r, i) => (i === 0 ? r : r.map((c, j) => (j === 7 ? 'МБОУ «СШ № 1»' : c)))) as SeedValue[][];

function collect(kind: 'none' | 'fresh'): string[][] {
  const start = Date.now();
  const built = buildWorld(2, 3, start, kind);
  restore = built.restore;
  const reviewer = built.world.schools[1];
  reviewer.loadSheet('Экспертиза', PAPERS);
  if (kind === 'fresh') {
    const ss = reviewer.spreadsheet;
    const at = start - 3600000;
    const clock = { now: () => at, today: () => new Date(at).toISOString().slice(0, 10) };
    refreshSchoolBlock(new GasWorkbook(ss, 'Europe/Moscow'), new GasOwnedSheets(ss), { withLock: (fn) => fn() }, clock);
    // The collection reads this block, not the sheets: the papers are in it.
    expect((reviewer.sheetValues(BLOCK_SHEET) as string[][]).filter((r) => r[0] === 'экспертиза школы').map((r) => r.slice(0, 5))).toEqual([
      ['экспертиза школы', 'МБОУ «СШ № 1»', '3', '16', '21'],
    ]);
  }
  const { coordinator } = built.world;
  const ctx = contextOf(coordinator.spreadsheet);
  let state = '';
  for (let step = 0; step < 20 && state !== 'done'; step++) state = runStep(ctx, 'sidebar-1', 30000, costClock(coordinator, start)).state;
  expect(state).toBe('done');
  return sheets(coordinator)[0] as string[][];
}

test.each(['none', 'fresh'] as const)("the partner's papers count for the school they name (reviewer's file read %s)", (kind) => {
  const rows = collect(kind);
  const header = rows.find((r) => r.includes('Экспертиза: документов оценено')) ?? [];
  const [reviewed, percent] = ['Экспертиза: документов оценено', 'Экспертиза: % от максимума'].map((h) => header.indexOf(h));
  const row = (school: string) => rows.find((r) => r[0] === school || r[1] === school) ?? [];
  expect([row('МБОУ «СШ № 1»')[reviewed], row('МБОУ «СШ № 1»')[percent]]).toEqual([3, 76.2]);
  expect([row('МБОУ «СШ № 2»')[reviewed], row('МБОУ «СШ № 2»')[percent]]).toEqual(['', '']);
});
