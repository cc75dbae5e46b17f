/**
 * A whole user journey through the playground in Debian chromium: the sample workbook opens as a
 * Sheets-like page; «Расширения» → «Монитор дорожных карт» → «Проверить лист» opens the real check
 * sidebar, which lists findings; a click on one moves the grid's selection (selectCell ran in the
 * built bundle); «Сводка по школам» adds the summary sheets as tabs. Screenshots at 1280×800 go to
 * test-output/.
 */
import path from 'node:path';
import type { Page } from 'playwright-core';
import { menu as openMenu, openPlayground, shots, type PlaygroundPage } from './browser';

let pg: PlaygroundPage;
let page: Page;

beforeAll(async () => {
  pg = await openPlayground('playground-');
  page = pg.page;
}, 120000);

afterAll(() => pg?.close());

const menu = (caption: string): Promise<void> => openMenu(page, caption);

test('the sample opens with the add-on menu, tabs, frozen bold header and dropdown cells', async () => {
  await page.goto(pg.running.url);
  await page.waitForSelector('table.grid td[data-r="1"]');
  expect(await page.locator('.tab').allTextContents()).toEqual(expect.arrayContaining(['План-график (дорожная карта)', 'Реестр школ', 'Настройки']));
  expect(await page.locator('tr.frozen').count()).toBeGreaterThan(0);
  expect(await page.locator('td.dropdown').count()).toBeGreaterThan(0);
  await page.click('.menu-title:text-is("Расширения")');
  await page.hover('.menu-item.has-sub:has-text("Монитор дорожных карт")');
  const captions = await page.locator('.menu-item.has-sub:has-text("Монитор дорожных карт") > .menu-list > .menu-item').allTextContents();
  expect(captions[0]).toBe('Проверить лист');
  expect(captions).toEqual(expect.arrayContaining(['Сводка по школам', 'Справка']));
  await page.screenshot({ path: path.join(shots, 'playground-menu.png') });
  await page.keyboard.press('Escape');
  await page.locator('td[data-r="2"][data-c="1"]').click();
});

test('«Проверить лист»: the sidebar lists findings; a click on one selects its cell in the grid', async () => {
  await menu('Проверить лист');
  const frame = page.frameLocator('.sidebar-frame');
  // A finding with a row to go to (a whole-sheet finding is not clickable).
  const item = frame.locator('.group[data-severity="warning"] .item:not(.static)').first();
  await item.waitFor({ timeout: 15000 });
  expect(await frame.locator('.item').count()).toBeGreaterThan(0);
  const before = await page.locator('table.grid td.highlight-selected').getAttribute('data-r');
  await item.click();
  await page.waitForFunction((b) => document.querySelector('table.grid td.highlight-selected')?.getAttribute('data-r') !== b, before, { timeout: 10000 });
  const row = Number(await page.locator('table.grid td.highlight-selected').getAttribute('data-r'));
  expect(row).toBeGreaterThan(2);
  expect(await page.locator('.name-box').textContent()).toMatch(new RegExp(`^[A-Z]+${row}$`));
  await page.screenshot({ path: path.join(shots, 'playground-check.png') });
});

test('editing a cell goes through Range.setValue: a typed date is shown as Sheets shows it', async () => {
  await page.locator('td[data-r="5"][data-c="20"]').dblclick();
  await page.keyboard.type('2022-03-05');
  await page.keyboard.press('Enter');
  await page.waitForSelector('td[data-r="5"][data-c="20"]:text-is("05.03.2022")', { timeout: 10000 });
});

test("conditional colours as Sheets draws them: a school's statuses and sections, and a row turning red when its deadline is typed as a past date", async () => {
  await page.click('.tab:text-is("ДК СШ № 9")');
  await page.waitForSelector('table.grid[data-sheet="ДК СШ № 9"] td[data-r="6"][data-c="7"]');
  const bg = (r: number, c: number) => page.locator(`table.grid td[data-r="${r}"][data-c="${c}"]`).evaluate((td) => getComputedStyle(td).backgroundColor);
  expect(await page.locator('table.grid td[data-r="5"][data-c="7"]').textContent()).toMatch(/^Выполнено/);
  expect(await bg(5, 7)).toBe('rgb(217, 234, 211)');
  expect(await bg(6, 7)).toBe('rgb(255, 242, 204)');
  expect(await bg(3, 2)).toBe('rgb(242, 242, 242)');
  // «До 27 марта 2022» is a text the formula cannot compare (as in Sheets): the row is not red yet.
  expect(await bg(6, 2)).not.toBe('rgb(251, 227, 224)');
  await page.locator('table.grid td[data-r="6"][data-c="3"]').dblclick();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('01.03.2022');
  await page.keyboard.press('Enter');
  await page.waitForFunction(
    () => {
      const td = document.querySelector('table.grid td[data-r="6"][data-c="2"]');
      return td !== null && getComputedStyle(td).backgroundColor === 'rgb(251, 227, 224)';
    },
    undefined,
    { timeout: 10000 },
  );
  expect(await bg(6, 7)).toBe('rgb(255, 242, 204)');
  expect(await bg(5, 2)).not.toBe('rgb(251, 227, 224)');
  expect(await page.locator('.rules-note').textContent()).toBe('');
  await page.screenshot({ path: path.join(shots, 'playground-conditional.png') });
});

test('«Сводка по школам» adds the summary sheets as tabs at once', async () => {
  await menu('Сводка по школам');
  await page.waitForSelector('.tab:text-is("Сводка")', { timeout: 20000 });
  const tabs = await page.locator('.tab').allTextContents();
  expect(tabs).toEqual(expect.arrayContaining(['Сводка', 'Исполнители', 'Календарь']));
  await page.click('.tab:text-is("Сводка")');
  await page.waitForSelector('table.grid[data-sheet="Сводка"]');
  await page.screenshot({ path: path.join(shots, 'playground-summary.png') });
  expect(pg.external).toEqual([]);
  expect(pg.pageErrors).toEqual([]);
});
