/** The «Подготовить лист» dialog as built (dist/prepare.html), in Chromium at 480 x 420, with stub servers. */
import fs from 'node:fs';
import path from 'node:path';
import { PreparePlanSchema, PrepareResultSchema, type PreparePlan } from '../../src/contracts/schemas';
import { closeBrowser, openPage, until, type HarnessPage, type ServerFunction } from './harness';
import { gate, preparePlan, preparePlanBlocked, prepareResult, SHEET } from './pages';

const htmlFile = path.join(__dirname, '../../dist/prepare.html');
const shots = path.join(__dirname, '../../test-output');

beforeAll(() => fs.mkdirSync(shots, { recursive: true }));
afterAll(closeBrowser);

function server(plan: () => PreparePlan, extra: Record<string, ServerFunction> = {}): Record<string, ServerFunction> {
  return { getPreparePlan: () => plan(), prepareSheet: () => prepareResult(), ...extra };
}

const open = (srv: Record<string, ServerFunction>): Promise<HarnessPage> => openPage({ htmlFile, server: srv, width: 480, height: 420 });
const prepares = (h: HarnessPage) => h.calls.filter((c) => c.name === 'prepareSheet');

test('the sample payloads satisfy the contract', () => {
  for (const p of [preparePlan(), preparePlanBlocked()]) expect(PreparePlanSchema.parse(p)).toEqual(p);
  expect(PrepareResultSchema.parse(prepareResult())).toEqual(prepareResult());
});

test('a sheet that cannot be prepared: the reason and «Закрыть», nothing to consent to', async () => {
  const h = await open(server(preparePlanBlocked));
  try {
    await h.page.waitForSelector('#cannot:not([hidden])');
    expect(await h.page.innerText('#cannot-title')).toBe('Подготовка листа «Титульный лист» к мониторингу');
    expect(await h.page.innerText('#reason')).toBe(preparePlanBlocked().reason);
    expect(await h.page.isVisible('#prepare')).toBe(false);
    expect(await h.page.isVisible('#cancel')).toBe(false);
    expect(await h.page.isVisible('#plan')).toBe(false);
    expect(await h.page.innerText('#close')).toBe('Закрыть');
    await h.page.screenshot({ path: path.join(shots, 'prepare-cannot.png') });
    await h.page.click('#close');
    await h.waitForIdle();
    expect(h.hostEvents.map((e) => e.type)).toEqual(['close']);
    expect(h.calls.map((c) => c.name)).toEqual(['getPreparePlan']);
    expect(h.pageErrors).toEqual([]);
  } finally {
    await h.close();
  }
});

test('the plan is explained in Russian; consent runs prepareSheet once and shows the result', async () => {
  const release = gate();
  const h = await open(server(preparePlan, { prepareSheet: () => release.promise.then(prepareResult) }));
  try {
    await h.page.waitForSelector('#plan:not([hidden])');
    expect(await h.page.innerText('#plan-title')).toBe(`Подготовка листа «${SHEET}» к мониторингу`);
    const steps = await h.page.$$eval('#steps > li', (lis) => lis.map((li) => (li as HTMLElement).innerText.replace(/\s+/g, ' ').trim()));
    expect(steps).toEqual([
      'Будет создана копия листа «План 2022» с именем «План 2022 (исходный)»: в ней сохранится исходный вид листа.',
      'Справа от таблицы будут добавлены столбцы для отслеживания (7): Статус Дата выполнения Факт Подтверждающий документ Отметка куратора Дата отметки Комментарий куратора',
      'Будут удалены повторы строки заголовка и разделители, оставшиеся от разрывов страниц: 11 строк (24, 42, 60–62, 78, 96, 114, 132, 150 и ещё 1).',
      'Мероприятия, разорванные страницей, будут собраны в одну строку: 3 строки (18, 25, 35) присоединятся к началу своих мероприятий.',
    ]);
    expect(await h.page.$$eval('#steps .cols li', (lis) => lis.map((li) => li.textContent))).toEqual(preparePlan().addColumns);
    expect(await h.page.innerText('#header-row')).toBe('Заголовок таблицы — в строке 14. Что будет сделано:');
    expect(await h.page.innerText('.note')).toBe('Ваши ячейки не изменятся, кроме перечисленных.');
    expect(await h.page.isVisible('#cancel')).toBe(true);
    expect(await h.page.innerText('#prepare')).toBe('Подготовить');
    await h.page.screenshot({ path: path.join(shots, 'prepare.png') });
    expect(h.calls.map((c) => c.name)).toEqual(['getPreparePlan']);

    await h.page.click('#prepare');
    await h.page.waitForSelector('#status .progress');
    expect(await h.page.innerText('#status')).toBe('Готовим лист…');
    expect(await h.page.isDisabled('#prepare')).toBe(true);
    expect(await h.page.isDisabled('#cancel')).toBe(true);
    await h.page.screenshot({ path: path.join(shots, 'prepare-progress.png') });
    release.open();

    await h.page.waitForSelector('#result:not([hidden])');
    expect(await h.page.innerText('#result-title')).toBe(`Лист «${SHEET}» подготовлен`);
    const done = await h.page.innerText('#result-steps');
    expect(done).toContain('Исходный вид листа сохранён в копии «План 2022 (исходный)».');
    expect(done).toContain('Добавлены столбцы (7):');
    expect(done).toContain('Удалено: 11 строк.');
    expect(done).toContain('Объединено: 3 строки.');
    expect(await h.page.isVisible('#plan')).toBe(false);
    expect(await h.page.isVisible('#prepare')).toBe(false);
    expect(await h.page.isVisible('#cancel')).toBe(false);
    expect(await h.page.isVisible('#status .progress')).toBe(false);
    await h.page.screenshot({ path: path.join(shots, 'prepare-done.png') });
    expect(h.hostEvents).toEqual([]);
    await h.page.click('#done');
    await h.waitForIdle();
    expect(h.hostEvents.map((e) => e.type)).toEqual(['close']);
    // Consent sends back the plan shown: its sheet and the fingerprint the server checks.
    expect(prepares(h)).toEqual([{ name: 'prepareSheet', args: [{ sheetId: preparePlan().sheetId, token: preparePlan().token }] }]);
    expect(h.pageErrors).toEqual([]);
    expect(h.blockedRequests).toEqual([]);
  } finally {
    await h.close();
  }
});

test('a double click on «Подготовить» prepares the sheet once', async () => {
  const release = gate();
  const h = await open(server(preparePlan, { prepareSheet: () => release.promise.then(prepareResult) }));
  try {
    await h.page.waitForSelector('#prepare:not([hidden])');
    await h.page.dblclick('#prepare');
    // Even two clicks dispatched in the same task, before any re-render.
    await h.page.evaluate(() => {
      const b = document.getElementById('prepare') as HTMLButtonElement;
      b.click();
      b.click();
    });
    await until(() => prepares(h).length >= 1, 3000, 'prepareSheet called');
    release.open();
    await h.page.waitForSelector('#result:not([hidden])');
    await h.waitForIdle();
    expect(prepares(h)).toHaveLength(1);
  } finally {
    await h.close();
  }
});

test('«Отмена» closes without preparing', async () => {
  const h = await open(server(preparePlan));
  try {
    await h.page.waitForSelector('#prepare:not([hidden])');
    await h.page.click('#cancel');
    await h.waitForIdle();
    expect(h.hostEvents.map((e) => e.type)).toEqual(['close']);
    expect(prepares(h)).toEqual([]);
  } finally {
    await h.close();
  }
});

test('a failure is explained and the user may try again; a plan with nothing to fix says so', async () => {
  let fail = true;
  const plan = () => ({ ...preparePlan(), addColumns: [], removeRows: [], mergeRows: [] });
  const h = await open(
    server(plan, {
      prepareSheet: () => {
        if (fail) throw new Error('Лист изменён другим пользователем, повторите');
        return { ...prepareResult(), addedColumns: [], removedRows: 0, mergedRows: 0 };
      },
    }),
  );
  try {
    await h.page.waitForSelector('#plan:not([hidden])');
    const steps = await h.page.innerText('#steps');
    expect(steps).toContain('Все столбцы для отслеживания уже есть: новые не понадобятся.');
    expect(steps).toContain('Повторов заголовка и разорванных строк нет: строки таблицы останутся как есть.');
    await h.page.click('#prepare');
    await h.page.waitForSelector('#status .notice-error');
    expect(await h.page.innerText('#status')).toBe('Не удалось подготовить лист: Лист изменён другим пользователем, повторите.');
    expect(await h.page.isEnabled('#prepare')).toBe(true);
    expect(await h.page.isEnabled('#cancel')).toBe(true);
    fail = false;
    await h.page.click('#prepare');
    await h.page.waitForSelector('#result:not([hidden])');
    const done = await h.page.innerText('#result-steps');
    expect(done).toContain('Новые столбцы не понадобились.');
    expect(done).toContain('Строки не удалялись.');
    expect(prepares(h)).toHaveLength(2);
  } finally {
    await h.close();
  }
  const f = await open(
    server(() => {
      throw new Error('Нет активного листа');
    }),
  );
  try {
    await f.page.waitForSelector('#status .notice-error');
    expect(await f.page.innerText('#status')).toBe('Не удалось прочитать лист: Нет активного листа.');
    await f.page.click('#close');
    await f.waitForIdle();
    expect(f.hostEvents.map((e) => e.type)).toEqual(['close']);
  } finally {
    await f.close();
  }
});

test('the sheet changed after the plan was shown: the new plan is shown with why, and consent sends the new one', async () => {
  let version = 1;
  const plan = () => ({ ...preparePlan(), token: `v${version}`, removeRows: version === 1 ? [24] : [24, 42] });
  const h = await open(
    server(plan, {
      prepareSheet: (req) => {
        if ((req as { token: string }).token !== `v${version}`) {
          throw new Error('Лист изменился после того, как был показан план: посмотрите план заново.');
        }
        return prepareResult();
      },
    }),
  );
  try {
    await h.page.waitForSelector('#plan:not([hidden])');
    expect(await h.page.innerText('#steps')).toContain('1 строка (24)');
    version = 2; // someone edits the sheet while the dialog is open
    await h.page.click('#prepare');
    await h.page.waitForSelector('#status .notice-info');
    expect(await h.page.innerText('#status')).toBe(
      'Лист изменился после того, как был показан план: посмотрите план заново. Ниже — план для листа в его нынешнем виде.',
    );
    expect(await h.page.innerText('#steps')).toContain('2 строки (24, 42)');
    expect(await h.page.isEnabled('#prepare')).toBe(true);
    await h.page.screenshot({ path: path.join(shots, 'prepare-sheet-changed.png') });
    await h.page.click('#prepare');
    await h.page.waitForSelector('#result:not([hidden])');
    expect(prepares(h).map((c) => (c.args[0] as { token: string }).token)).toEqual(['v1', 'v2']);
    expect(h.calls.filter((c) => c.name === 'getPreparePlan')).toHaveLength(2);
    expect(h.pageErrors).toEqual([]);
  } finally {
    await h.close();
  }
});
