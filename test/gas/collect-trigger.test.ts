/**
 * The collection's trigger path: «Собрать» creates the hourly trigger (its spreadsheet's id kept in
 * the user's properties under the trigger's id); `continueCollection`, run as Apps Script runs a
 * time-driven trigger, goes on from the checkpoint — killed mid-run, the next run loses nothing —
 * writes the summary, and removes the trigger and its property once done.
 */
import { continueCollection, getCollectStatus, startSummaryCollection } from '../../src/gas/collect';
import { buildSummarySheets } from '../../src/gas/summary';
import { createFakeGas, type FakeGas } from '../fakes/gas';
import { buildWorld, idOf, type World } from './collect-world';
import { eachTestFromNoon } from '../fakes/clock';

const SHEETS = ['Сводка', 'Исполнители', 'Календарь', 'Отчёт за полугодие'];
const KILL = 'Exceeded maximum execution time';

// «Today» is read by the collection and again by the single pass it is compared with.
eachTestFromNoon();

let restore: (() => void) | null = null;
afterEach(() => {
  restore?.();
  restore = null;
});

const sheets = (fake: FakeGas): unknown[][][] => SHEETS.map((s) => fake.sheetValues(s));

function singlePass(world: World): unknown[][][] {
  restore?.();
  const c = createFakeGas({
    spreadsheetId: '1Coordinator000000000000000000',
    spreadsheetName: 'Координатор',
    sheets: { 'Реестр школ': world.coordinator.sheetValues('Реестр школ') as never },
  });
  world.kinds.forEach((k, i) => {
    if (k === 'refused') c.refuseOpen(idOf(i), 'У вас нет разрешения на доступ к запрошенному документу.');
    else if (k !== 'deleted') c.addSpreadsheet(world.schools[i]);
  });
  restore = c.installGlobals();
  buildSummarySheets();
  return sheets(c);
}

const ownProperties = (): Record<string, string> =>
  Object.fromEntries(Object.entries(PropertiesService.getUserProperties().getProperties()).filter(([k]) => k.startsWith('continueCollection:')));

test('started from the sidebar, continued by the trigger (killed once mid-run): the single pass’s summary, and the trigger removed', () => {
  const built = buildWorld(60, 21, Date.now());
  restore = built.restore;
  const { coordinator } = built.world;

  const started = startSummaryCollection({ owner: 'sidebar-1', full: false });
  expect(started).toMatchObject({ state: 'reading', read: 0, total: 60 });
  const triggers = coordinator.triggers().filter((t) => t.handler === 'continueCollection');
  expect(triggers).toHaveLength(1);
  expect(triggers[0]).toMatchObject({ kind: 'CLOCK', details: { everyHours: 1 } });
  const uid = triggers[0].id;
  expect(ownProperties()).toEqual({ [`continueCollection:${uid}`]: coordinator.spreadsheet.getId() });
  // A second «Собрать» meanwhile makes no second trigger.
  startSummaryCollection({ owner: 'sidebar-1', full: false });
  expect(coordinator.triggers().filter((t) => t.handler === 'continueCollection')).toHaveLength(1);

  // The sidebar is closed. The first hourly run is killed part-way (the execution time limit).
  coordinator.interleave(400, () => {
    throw new Error(KILL);
  });
  expect(() => continueCollection({ triggerUid: uid })).toThrow(KILL);
  const between = getCollectStatus();
  expect(between.state).toBe('reading');
  expect(between.read).toBeGreaterThan(0);
  expect(between.read).toBeLessThan(60);
  expect(coordinator.sheetNames()).not.toContain('Сводка');

  // The next hourly run (the same owner, «trigger», so the killed run's lease is its own): it goes on to the end.
  continueCollection({ triggerUid: uid });
  expect(getCollectStatus()).toMatchObject({ state: 'done', read: 60, total: 60 });
  expect(coordinator.triggers().filter((t) => t.handler === 'continueCollection')).toHaveLength(0);
  expect(ownProperties()).toEqual({});
  const collected = sheets(coordinator);
  const notRead = built.world.kinds.filter((k) => k === 'refused' || k === 'deleted').length;
  expect((collected[0] as string[][]).flat().join(' ')).toContain(`Не прочитаны (${notRead})`);

  // A stray run after the end (a trigger already queued) changes nothing.
  continueCollection({ triggerUid: uid });
  expect(sheets(coordinator)).toEqual(collected);
  expect(collected).toEqual(singlePass(built.world));
}, 60000);
