/** The «Проверить лист» sidebar as built (dist/check.html), in Chromium at 300 px, with stub servers. */
import fs from 'node:fs';
import path from 'node:path';
import { CheckReportSchema, SelectCellSchema, type CheckReport } from '../../src/contracts/schemas';
import { closeBrowser, openPage, until, type HarnessPage, type ServerFunction } from './harness';
import { checkReport, cleanReport, gate, SHEET, sleep, truncatedReport, XSS_CELL, XSS_SHEET, xssReport } from './pages';

const htmlFile = path.join(__dirname, '../../dist/check.html');
const shots = path.join(__dirname, '../../test-output');

beforeAll(() => fs.mkdirSync(shots, { recursive: true }));
afterAll(closeBrowser);

function server(report: () => CheckReport | Promise<CheckReport>, extra: Record<string, ServerFunction> = {}) {
  return { getCheckReport: () => report(), selectCell: () => undefined, ...extra };
}

async function open(srv: Record<string, ServerFunction>, height = 600): Promise<HarnessPage> {
  return openPage({ htmlFile, server: srv, width: 300, height });
}

const items = (h: HarnessPage, severity: string) => h.page.locator(`.group[data-severity="${severity}"] .item`);

/** No horizontal scroll anywhere: the page and the scrolling panel. */
async function expectNoHorizontalScroll(h: HarnessPage): Promise<void> {
  const widths = await h.page.evaluate(() =>
    [document.documentElement, document.body, document.getElementById('scroll') as HTMLElement].map((e) => ({
      scroll: e.scrollWidth,
      client: e.clientWidth,
    })),
  );
  for (const w of widths) expect(w.scroll).toBeLessThanOrEqual(w.client);
}

test('the sample payloads satisfy the contract', () => {
  for (const r of [checkReport(), truncatedReport(), cleanReport(), xssReport()]) expect(CheckReportSchema.parse(r)).toEqual(r);
});

test('renders the report: sheet, table, counts, diagnostics grouped by severity with info collapsed', async () => {
  const h = await open(server(checkReport));
  try {
    await h.page.waitForSelector('#report:not([hidden]) .item');
    expect(await h.page.textContent('#sheet')).toBe(SHEET);
    const table = await h.page.innerText('#tables');
    expect(table).toContain('Период 2022');
    expect(table).toContain('33 мероприятия');
    expect(table).toContain('01.01.2022 – 31.12.2022');
    expect(table).toContain('заголовок в строке 14');

    const badges = await h.page.$$eval('.badge', (bs) => bs.map((b) => [b.querySelector('.t')?.textContent, b.querySelector('.n')?.textContent]));
    expect(badges).toEqual([
      ['Ошибки', '3'],
      ['Предупреждения', '7'],
      ['Замечания', '5'],
    ]);
    const groups = await h.page.$$eval('.group', (gs) =>
      gs.map((g) => ({
        severity: g.getAttribute('data-severity'),
        title: g.querySelector('.title')?.textContent,
        count: g.querySelector('.num')?.textContent,
        expanded: g.querySelector('.group-head')?.getAttribute('aria-expanded'),
        items: g.querySelectorAll('.item').length,
      })),
    );
    expect(groups).toEqual([
      { severity: 'error', title: 'Ошибки', count: '3', expanded: 'true', items: 3 },
      { severity: 'warning', title: 'Предупреждения', count: '7', expanded: 'true', items: 7 },
      { severity: 'info', title: 'Замечания', count: '5', expanded: 'false', items: 5 },
    ]);
    expect(await items(h, 'error').first().isVisible()).toBe(true);
    expect(await items(h, 'info').first().isVisible()).toBe(false);

    // Each item: «Строка N» (with the column) and the message without the repeated sheet name.
    const first = items(h, 'error').first();
    expect(await first.locator('.where').textContent()).toBe('Строка 66 · Сроки исполнения');
    expect(await first.locator('.msg').textContent()).toMatch(/^Срок «Апрель – декабрь 2021 года/);
    expect(await items(h, 'warning').first().locator('.where').textContent()).toBe('Строка 18');
    expect(await h.page.innerText('#groups')).not.toContain(`Лист «${SHEET}»`);

    await expectNoHorizontalScroll(h);
    await h.page.screenshot({ path: path.join(shots, 'check.png') });

    // Info opens on click; the whole list still fits 300 px.
    await h.page.click('.group[data-severity="info"] .group-head');
    expect(await items(h, 'info').first().isVisible()).toBe(true);
    expect(await items(h, 'info').first().locator('.where').textContent()).toBe('Весь лист');
    await expectNoHorizontalScroll(h);
    await h.page.setViewportSize({ width: 300, height: 1900 });
    await h.page.screenshot({ path: path.join(shots, 'check-full.png') });

    expect(h.calls.map((c) => c.name)).toEqual(['getCheckReport']);
    expect(h.pageErrors).toEqual([]);
    expect(h.blockedRequests).toEqual([]);
    expect(h.fileRequests).toEqual([]);
  } finally {
    await h.close();
  }
});

test('how the columns were read: folded, one line per field with why, the guessed ones marked', async () => {
  const h = await open(server(checkReport));
  try {
    await h.page.waitForSelector('#report:not([hidden]) .item');
    const summary = h.page.locator('details.columns summary');
    expect(await summary.innerText()).toBe('Как прочитаны столбцы · не по заголовку: 2');
    expect(await h.page.locator('details.columns li').first().isVisible()).toBe(false);
    await summary.focus();
    await h.page.keyboard.press('Enter');
    const lines = await h.page.$$eval('details.columns li', (ls) =>
      ls.map((l) => [l.className, l.querySelector('.what')?.textContent, l.querySelector('.why')?.textContent]),
    );
    expect(lines).toEqual([
      ['column by-header', 'A · № — «№ п/п»', 'по заголовку'],
      ['column by-header', 'B · Мероприятие — «Наименование мероприятия»', 'по заголовку'],
      ['column by-header', 'C · Срок — «Сроки исполнения»', 'по заголовку'],
      ['column by-settings', 'E · Ответственный — «Примечание»', 'задано в «Настройках» (блок «Столбцы»)'],
      ['column by-content', 'G · Подтверждающий документ — «Столбец 7»', 'по содержимому: 9 из 10 ячеек — ссылки'],
    ]);
    await expectNoHorizontalScroll(h);
  } finally {
    await h.close();
  }
});

test('clicking a diagnostic selects its cell and marks it visited', async () => {
  const h = await open(server(checkReport));
  try {
    await h.page.waitForSelector('.item');
    await items(h, 'error').nth(1).click();
    await h.waitForIdle();
    await items(h, 'warning').first().click(); // a whole-row diagnostic: no column
    await h.waitForIdle();
    const selects = h.calls.filter((c) => c.name === 'selectCell');
    expect(selects.map((c) => c.args)).toEqual([[{ sheet: SHEET, row: 67, column: 3 }], [{ sheet: SHEET, row: 18, column: null }]]);
    for (const c of selects) expect(SelectCellSchema.safeParse(c.args[0]).success).toBe(true);
    expect(await items(h, 'error').nth(1).getAttribute('data-visited')).toBe('true');
    expect(await items(h, 'error').nth(0).getAttribute('data-visited')).toBeNull();
    expect(await items(h, 'error').nth(1).locator('.where').innerText()).toContain('просмотрено');
    await h.page.screenshot({ path: path.join(shots, 'check-visited.png') });

    // A diagnostic about the sheet as a whole has no row to go to: not clickable, not focusable.
    await h.page.click('.group[data-severity="info"] .group-head');
    const whole = items(h, 'info').first();
    expect(await whole.getAttribute('tabindex')).toBeNull();
    await whole.click();
    await h.waitForIdle();
    expect(h.calls.filter((c) => c.name === 'selectCell')).toHaveLength(2);
    expect(h.pageErrors).toEqual([]);
  } finally {
    await h.close();
  }
});

test('keyboard: items are focusable buttons, Enter selects, groups open and close with Enter', async () => {
  const h = await open(server(checkReport));
  try {
    await h.page.waitForSelector('.item');
    const first = items(h, 'error').first();
    expect(await first.getAttribute('role')).toBe('button');
    expect(await first.getAttribute('tabindex')).toBe('0');

    // Tab from the warnings' header to its first item, ArrowDown to the next, then Enter.
    await h.page.focus('.group[data-severity="warning"] .group-head');
    await h.page.keyboard.press('Tab');
    expect(await h.page.evaluate(() => document.activeElement?.closest('.item')?.getAttribute('data-row'))).toBe('18');
    await h.page.keyboard.press('ArrowDown');
    expect(await h.page.evaluate(() => document.activeElement?.getAttribute('data-row'))).toBe('20');
    await h.page.keyboard.press('Enter');
    await h.waitForIdle();
    await first.focus();
    await h.page.keyboard.press('Enter');
    await h.waitForIdle();
    expect(h.calls.filter((c) => c.name === 'selectCell').map((c) => c.args[0])).toEqual([
      { sheet: SHEET, row: 20, column: 4 },
      { sheet: SHEET, row: 66, column: 3 },
    ]);
    expect(await first.getAttribute('data-visited')).toBe('true');

    await h.page.focus('.group[data-severity="info"] .group-head');
    await h.page.keyboard.press('Enter');
    expect(await h.page.getAttribute('.group[data-severity="info"] .group-head', 'aria-expanded')).toBe('true');
    expect(await items(h, 'info').nth(1).isVisible()).toBe(true);
    await h.page.keyboard.press('Enter');
    expect(await items(h, 'info').nth(1).isVisible()).toBe(false);
  } finally {
    await h.close();
  }
});

test('text from cells and sheet names is shown literally and never runs', async () => {
  const release = gate();
  const h = await open(server(() => release.promise.then(xssReport)));
  const dialogs: string[] = [];
  h.page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  try {
    release.open();
    await h.page.waitForSelector('.item');
    expect(await h.page.textContent('#sheet')).toBe(XSS_SHEET);
    const text = await h.page.innerText('#report');
    expect(text).toContain(XSS_CELL);
    expect(text).toContain('<script>alert(2)</script>');
    expect(text).toContain('<a href="javascript:alert(3)">ссылка</a>');
    expect(text).toContain('Период <b>2022</b>');
    expect(await h.page.$$('#report img, #report script, #report a, #report b')).toEqual([]);
    expect(await h.page.$$('img')).toEqual([]);
    await items(h, 'error').first().click();
    await h.waitForIdle();
    expect(h.calls.find((c) => c.name === 'selectCell')?.args).toEqual([{ sheet: XSS_SHEET, row: 5, column: 3 }]);
    await sleep(100); // an onerror handler would have fired by now
    expect(dialogs).toEqual([]);
    expect(h.pageErrors).toEqual([]);
    expect(h.fileRequests).toEqual([]);
    expect(h.blockedRequests).toEqual([]);
  } finally {
    await h.close();
  }
});

test('«Проверить снова» asks the server again and shows the new report', async () => {
  const reports = [checkReport(), cleanReport()];
  const h = await open(server(() => reports.shift() ?? cleanReport()));
  try {
    await h.page.waitForSelector('.item');
    await items(h, 'error').first().click();
    await h.page.click('#recheck');
    await h.page.waitForSelector('#nothing:not([hidden])');
    await h.waitForIdle();
    expect(h.calls.map((c) => c.name)).toEqual(['getCheckReport', 'selectCell', 'getCheckReport']);
    expect(await h.page.textContent('#sheet')).toBe('Сетевая программа');
    expect(await h.page.innerText('#nothing')).toBe('Замечаний нет');
    expect(await h.page.$$('.group')).toEqual([]);
    const color = await h.page.$eval('#nothing', (e) => getComputedStyle(e).color);
    expect(color).toBe('rgb(19, 115, 51)');
    const tables = await h.page.innerText('#tables');
    expect(tables).toContain('Период 2021-2024 · 12 мероприятий');
    expect(tables).toContain('Период 2021/2022 · 7 мероприятий');
    await h.page.screenshot({ path: path.join(shots, 'check-clean.png') });
  } finally {
    await h.close();
  }
});

test('a server failure is shown as a Russian message in the panel, not an alert', async () => {
  let fail = true;
  const h = await open(
    server(() => {
      if (fail) throw new Error('Лист «План 2022» защищён: нет доступа на чтение');
      return checkReport();
    }),
  );
  const dialogs: string[] = [];
  h.page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  try {
    await h.page.waitForSelector('#status .notice-error');
    expect(await h.page.innerText('#status')).toBe('Не удалось проверить лист: Лист «План 2022» защищён: нет доступа на чтение.');
    expect(await h.page.isVisible('#report')).toBe(false);
    expect(await h.page.isEnabled('#recheck')).toBe(true);
    await h.page.screenshot({ path: path.join(shots, 'check-error.png') });
    fail = false;
    await h.page.click('#recheck');
    await h.page.waitForSelector('.item');
    expect(await h.page.isVisible('#status .notice-error')).toBe(false);

    // A failed re-check keeps the last report and says what went wrong.
    fail = true;
    await h.page.click('#recheck');
    await h.page.waitForSelector('#status .notice-error');
    expect(await h.page.isVisible('.item >> nth=0')).toBe(true);
    expect(dialogs).toEqual([]);
    expect(h.pageErrors).toEqual([]);
  } finally {
    await h.close();
  }
});

test('a failed selectCell is reported in the panel', async () => {
  const h = await open(
    server(checkReport, {
      selectCell: () => {
        throw new Error('Строки 66 больше нет на листе');
      },
    }),
  );
  try {
    await h.page.waitForSelector('.item');
    await items(h, 'error').first().click();
    await h.page.waitForSelector('#status .notice-error');
    expect(await h.page.innerText('#status')).toBe('Не удалось перейти к строке 66: Строки 66 больше нет на листе.');
  } finally {
    await h.close();
  }
});

test('a slow server: the progress is visible while it works, on load and on «Проверить снова»', async () => {
  const slow = () => sleep(1500).then(checkReport);
  const h = await open(server(slow));
  try {
    const progress = h.page.locator('#status .progress');
    await progress.waitFor({ state: 'visible' });
    expect(await progress.innerText()).toBe('Проверяем лист…');
    expect(await h.page.isVisible('#status .spinner')).toBe(true);
    expect(await h.page.isDisabled('#recheck')).toBe(true);
    await h.page.screenshot({ path: path.join(shots, 'check-progress.png') });
    await h.page.waitForSelector('.item', { timeout: 10000 });
    expect(await progress.count()).toBe(0);
    expect(await h.page.isEnabled('#recheck')).toBe(true);

    await h.page.click('#recheck');
    await progress.waitFor({ state: 'visible' });
    expect(await h.page.isDisabled('#recheck')).toBe(true);
    expect(await h.page.getAttribute('#report', 'aria-busy')).toBe('true');
    await h.page.click('#recheck', { force: true }); // disabled: no second call
    await until(() => h.calls.length === 2);
    await h.waitForIdle(10000);
    expect(await progress.count()).toBe(0);
    expect(h.calls.map((c) => c.name)).toEqual(['getCheckReport', 'getCheckReport']);
  } finally {
    await h.close();
  }
});

test('when the server sent only part of the diagnostics, the sidebar says how many are not shown', async () => {
  const h = await open(server(truncatedReport));
  try {
    await h.page.waitForSelector('.item');
    expect(await h.page.innerText('#more')).toBe('Не показано: 1233 (всего 1248, показаны первые 15). Исправьте найденное и проверьте снова.');
    expect(await h.page.textContent('.group[data-severity="warning"] .num')).toBe('1240');
    expect(await h.page.innerText('.group[data-severity="warning"] .group-more')).toBe('Показано 7 из 1240.');
    expect(await h.page.textContent('.badge[data-severity="warning"] .n')).toBe('1240');
    await expectNoHorizontalScroll(h);
  } finally {
    await h.close();
  }
});
