/**
 * Journeys of the add-on's forms through the playground in Debian chromium, each from the grid:
 * «Отметить выполнение…» writes a status into the selected measure's row; «Проверка куратора…»
 * walks «Следующее неподтверждённое»; «Мероприятие…» adds a measure (the grid gains the row);
 * «Подготовить лист для мониторинга» on a pasted sheet adds the tracking columns after consent;
 * «Настройки…» opens and saves. Screenshots at 1280×800 go to test-output/.
 */
import path from 'node:path';
import type { FrameLocator, Page } from 'playwright-core';
import { menu as openMenu, openPlayground, shots, type PlaygroundPage } from './browser';

let pg: PlaygroundPage;
let page: Page;

beforeAll(async () => {
  pg = await openPlayground('playground-forms-');
  page = pg.page;
  await page.goto(pg.running.url);
  await page.waitForSelector('table.grid td[data-r="1"]');
}, 120000);

afterAll(() => pg?.close());

const menu = (caption: string): Promise<void> => openMenu(page, caption);

/** The 1-based column of a header cell of the active sheet. */
async function columnOf(header: string): Promise<number> {
  const td = page.locator(`table.grid td:text-is("${header}")`).first();
  return Number(await td.getAttribute('data-c'));
}

async function selectCell(row: number, col: number): Promise<void> {
  await page.locator(`td[data-r="${row}"][data-c="${col}"]`).click();
  await page.waitForSelector(`td.highlight-selected[data-r="${row}"][data-c="${col}"]`);
}

/** A cell's text as shown, without the drop-down marker. */
async function cellText(row: number, col: number): Promise<string> {
  return ((await page.locator(`td[data-r="${row}"][data-c="${col}"]`).textContent()) ?? '').replace('▾', '');
}

const sidebar = (): FrameLocator => page.frameLocator('.sidebar-frame');
const dialog = (): FrameLocator => page.frameLocator('.dialog-frame');

async function openSheet(name: string): Promise<void> {
  await page.click(`.tab:text-is("${name}")`);
  await page.waitForSelector(`table.grid[data-sheet="${name}"]`);
}

test('«Отметить выполнение…»: the status set in the sidebar is shown in the selected row', async () => {
  await openSheet('План-график (дорожная карта)');
  const status = await columnOf('Статус');
  const row = Number(await page.locator(`td[data-c="${status}"]:text-is("В работе")`).first().getAttribute('data-r'));
  await selectCell(row, 2);
  await menu('Отметить выполнение…');
  const form = sidebar();
  await form.locator('#form:not([hidden])').waitFor({ timeout: 15000 });
  await form.locator('#status').selectOption('Выполнено');
  await form.locator('#today').click();
  // The add-on's «today» is the sample's date, not the real one: its plans are of 2022.
  expect(await form.locator('#doneDate').inputValue()).toBe('2022-11-15');
  await form.locator('#save:not([disabled])').click();
  await page.waitForSelector(`td[data-r="${row}"][data-c="${status}"]:text-is("Выполнено")`, { timeout: 15000 });
  await selectCell(row, status);
  await page.screenshot({ path: path.join(shots, 'playground-progress.png') });
});

test('«Проверка куратора…»: «Следующее неподтверждённое» moves the grid to a done measure awaiting review', async () => {
  await selectCell(3, 1);
  await menu('Проверка куратора…');
  const form = sidebar();
  await form.locator('#next').waitFor({ timeout: 15000 });
  const before = await page.locator('table.grid td.highlight-selected').getAttribute('data-r');
  await form.locator('#next:not([disabled])').click();
  await page.waitForFunction((b) => document.querySelector('table.grid td.highlight-selected')?.getAttribute('data-r') !== b, before, { timeout: 15000 });
  await form.locator('#form:not([hidden])').waitFor();
  await form.locator('#left:text-matches("Ждут проверки")').waitFor();
  const row = Number(await page.locator('table.grid td.highlight-selected').getAttribute('data-r'));
  const status = await columnOf('Статус');
  expect(await cellText(row, status)).toBe('Выполнено');
  const mark = await columnOf('Отметка куратора');
  expect(await cellText(row, mark)).not.toBe('Подтверждено');
  await form.locator('#mark').selectOption('Подтверждено');
  await form.locator('#reviewer').fill('Куратор И.О.');
  await form.locator('#save:not([disabled])').click();
  await page.waitForSelector(`td[data-r="${row}"][data-c="${mark}"]:text-is("Подтверждено")`, { timeout: 15000 });
  await page.screenshot({ path: path.join(shots, 'playground-curator.png') });
});

test('«Мероприятие…»: a new measure is written and the grid gains its row', async () => {
  await page.click('.sidebar .x');
  await page.waitForSelector('.sidebar.hidden', { state: 'attached' });
  const rowsBefore = await page.locator('td[data-c="2"]:not(:empty)').count();
  await selectCell(3, 1);
  await menu('Мероприятие…');
  const form = sidebar();
  await form.locator('#form:not([hidden])').waitFor({ timeout: 15000 });
  if (await form.locator('#new').isVisible()) await form.locator('#new').click();
  await form.locator('#title').fill('Проведение родительского собрания по итогам полугодия');
  await form.locator('#deadline').fill('до 25.12.2022');
  await form.locator('#indicator').fill('не менее 80 % родителей');
  await form.locator('#save:not([disabled])').click();
  await page.waitForSelector('td[data-c="2"]:text-is("Проведение родительского собрания по итогам полугодия")', { timeout: 15000 });
  expect(await page.locator('td[data-c="2"]:not(:empty)').count()).toBe(rowsBefore + 1);
  await page.locator('td[data-c="2"]:text-is("Проведение родительского собрания по итогам полугодия")').click();
  await page.screenshot({ path: path.join(shots, 'playground-measure.png') });
});

test('«Подготовить лист для мониторинга» on a pasted sheet: after consent the tracking columns appear', async () => {
  await page.click('.sidebar .x');
  await openSheet('План-график 2022 (500+)');
  expect(await page.locator('table.grid td:text-is("Статус")').count()).toBe(0);
  await menu('Подготовить лист для мониторинга');
  const form = dialog();
  await form.locator('#plan:not([hidden])').waitFor({ timeout: 15000 });
  await page.screenshot({ path: path.join(shots, 'playground-prepare-plan.png') });
  await form.locator('#prepare').click();
  await form.locator('#result:not([hidden])').waitFor({ timeout: 20000 });
  await page.waitForSelector('table.grid td:text-is("Статус")', { timeout: 15000 });
  await page.screenshot({ path: path.join(shots, 'playground-prepare-done.png') });
  await form.locator('#done:visible, #close:visible').first().click();
  await page.waitForSelector('.backdrop.hidden', { state: 'attached' });
});

test("«Настройки…»: the dialog opens with the workbook's settings and saves them to «Настройки»", async () => {
  await menu('Настройки…');
  const form = dialog();
  await form.locator('#form:not([hidden])').waitFor({ timeout: 15000 });
  await form.locator('#auditH1').fill('45');
  await page.screenshot({ path: path.join(shots, 'playground-settings.png') });
  await form.locator('#save:not([disabled])').click();
  await page.waitForSelector('.backdrop.hidden', { state: 'attached', timeout: 15000 });
  await openSheet('Настройки');
  await page.waitForSelector('table.grid td:text-matches("^45")', { timeout: 10000 });
  expect(pg.pageErrors).toEqual([]);
});
