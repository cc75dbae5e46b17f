/**
 * A coordinator's journey over several files in the playground, in Debian chromium: the title bar
 * lists the coordinator's file and the schools' files; «Сводка по школам» reads the schools through
 * their registry links; the coordinator opens a school's file (its own add-on menu), marks a
 * measure done there, comes back, and the next summary counts it.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { startPlayground } from '../../src/playground/main';
import { CHROMIUM_ARGS, chromiumPath } from '../ui/harness';
import { writeLinkedFiles } from './linked-files';

const root = path.join(__dirname, '../..');
const shots = path.join(root, 'test-output');
let dir = '';
let browser: Browser;
let running: Awaited<ReturnType<typeof startPlayground>>;
let page: Page;
const pageErrors: string[] = [];

beforeAll(async () => {
  for (const f of ['dist/Code.js', 'out/playground/client.js']) {
    if (!fs.existsSync(path.join(root, f))) throw new Error(`${f} is missing: run \`npm run build\` first (npm test does)`);
  }
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'playground-books-'));
  const files = await writeLinkedFiles(dir);
  running = await startPlayground({ root, port: 0, file: files.coordinator, others: files.schools, log: () => undefined });
  const args = CHROMIUM_ARGS.map((a) => (a.startsWith('--host-resolver-rules') ? '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1' : a));
  browser = await chromium.launch({ executablePath: chromiumPath(), headless: true, args, timeout: 60000 });
  page = await browser.newPage({ viewport: { width: 1280, height: 800 }, locale: 'ru-RU' });
  page.on('pageerror', (e) => pageErrors.push(e.message));
  fs.mkdirSync(shots, { recursive: true });
}, 60000);

afterAll(async () => {
  await browser?.close();
  await running?.close();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

async function menu(caption: string): Promise<void> {
  await page.click('.menu-title:text-is("Расширения")');
  await page.hover('.menu-item.has-sub:has-text("Монитор дорожных карт")');
  await page.click(`.menu-item[data-fn]:text-is("${caption}")`);
}

/** «Мероприятий» and «Выполнено» of a school's row on «Сводка», as the grid shows them. */
async function counts(school: string): Promise<string[]> {
  const state = await page.evaluate(async () => (await (await fetch('/api/state')).json()) as { active: { name: string; display: string[][] } });
  expect(state.active.name).toBe('Сводка');
  const [head, ...rows] = state.active.display;
  const row = rows.find((r) => r[0].includes(school))!;
  return [row[head.indexOf('Мероприятий')], row[head.indexOf('Выполнено')]];
}

async function summary(): Promise<void> {
  await menu('Сводка по школам');
  await page.waitForSelector('.tab:text-is("Сводка")', { timeout: 20000 });
  await page.click('.tab:text-is("Сводка")');
  await page.waitForSelector('table.grid[data-sheet="Сводка"] td[data-r="2"][data-c="1"]');
}

test("the coordinator's summary reads the schools' files; a measure marked done in a school's file counts next time", async () => {
  await page.goto(running.url);
  await page.waitForSelector('table.grid[data-sheet="Реестр школ"] td[data-r="1"]');
  expect(await page.locator('.book-list option').allTextContents()).toEqual(['Координатор', 'ДК СШ 9', 'school-13']);
  await summary();
  expect(await counts('СШ № 9')).toEqual(['3', '2']);
  expect(await counts('СШ № 13')).toEqual(['2', '1']);
  await page.screenshot({ path: path.join(shots, 'playground-books-summary.png') });

  // The school's file: its own sheet, and the add-on's menu there too.
  await page.locator('.book-list').selectOption({ label: 'ДК СШ 9' });
  await page.waitForSelector('table.grid[data-sheet="Дорожная карта"] td[data-r="5"][data-c="6"]');
  expect(await page.locator('.doc-title').textContent()).toBe('ДК СШ 9');
  expect(await page.locator('.menu-title:text-is("Расширения")').count()).toBe(1);
  expect(await page.locator('table.grid td[data-r="5"][data-c="6"]').textContent()).toMatch(/^В работе/);
  // Playwright types Cyrillic as inserted text, without the key presses that open the editor: open it first.
  await page.locator('table.grid td[data-r="5"][data-c="6"]').dblclick();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('Выполнено');
  await page.keyboard.press('Enter');
  await page.waitForSelector('table.grid td[data-r="5"][data-c="6"]:has-text("Выполнено")', { timeout: 10000 });
  await page.screenshot({ path: path.join(shots, 'playground-books-school.png') });

  await page.locator('.book-list').selectOption({ label: 'Координатор' });
  await page.waitForSelector('table.grid td[data-r="1"]');
  await summary();
  expect(await counts('СШ № 9')).toEqual(['3', '3']);
  expect(pageErrors).toEqual([]);
}, 90000);
