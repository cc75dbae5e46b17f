/**
 * A coordinator's journey over several files in the playground, in Debian chromium: the title bar
 * lists the coordinator's file and the schools' files; «Сводка по школам» reads the schools through
 * their registry links; the coordinator opens a school's file (its own add-on menu), marks a
 * measure done there, comes back, and the next summary counts it. And a school's own file opened
 * first: its «Экспертиза документа» offers the partner it reviews (pairs from the coordinator's
 * registry, reached through «Настройки»), reads the partner's roadmap from the partner's file and
 * saves the scores in the school's own file.
 */
import path from 'node:path';
import type { Page } from 'playwright-core';
import { menu as openMenu, openPlayground, shots, type PlaygroundPage } from './browser';
import { writeLinkedFiles } from './linked-files';

let pg: PlaygroundPage;
let page: Page;

beforeAll(async () => {
  pg = await openPlayground('playground-books-', async (dir) => {
    const files = await writeLinkedFiles(dir);
    return { file: files.coordinator, others: files.schools };
  });
  page = pg.page;
}, 120000);

afterAll(() => pg?.close());

const menu = (caption: string): Promise<void> => openMenu(page, caption);

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
  await page.goto(pg.running.url);
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
  expect(pg.pageErrors).toEqual([]);
}, 90000);

describe('mutual expertise from a school’s own file', () => {
  let school: PlaygroundPage;
  beforeAll(async () => {
    school = await openPlayground('playground-expertise-', async (dir) => {
      const files = await writeLinkedFiles(dir);
      return { file: files.schools[1], others: [files.coordinator, files.schools[0]] };
    });
  }, 120000);
  afterAll(() => school?.close());

  test("СШ № 13 scores СШ № 9's roadmap, read through the coordinator's registry and СШ № 9's link; the scores are saved in СШ № 13's file", async () => {
    const p = school.page;
    await p.goto(school.running.url);
    await p.waitForSelector('table.grid[data-sheet="План"] td[data-r="1"]');
    await openMenu(p, 'Экспертиза документа…');
    const frame = p.frameLocator('.sidebar-frame');
    const whose = frame.locator('#school');
    await frame.locator('#school option').nth(1).waitFor({ state: 'attached', timeout: 15000 });
    expect(await whose.locator('option').allTextContents()).toEqual(['Эта таблица', 'МБОУ «СШ № 9» — пара по взаимоэкспертизе']);
    await whose.selectOption({ label: 'МБОУ «СШ № 9» — пара по взаимоэкспертизе' });
    await frame.locator('#doc option:text-is("Дорожная карта «Дорожная карта»")').waitFor({ state: 'attached', timeout: 15000 });
    const first = frame.locator('.criterion').first();
    await first.locator('select').selectOption({ index: 1 });
    await first.locator('textarea').fill('Меры по задачам есть, но задачи не названы');
    await p.screenshot({ path: path.join(shots, 'playground-expertise-partner.png') });
    await frame.locator('#save').click();
    await frame.locator('#message:has-text("Оценки сохранены")').waitFor({ timeout: 15000 });
    await p.waitForSelector('.tab:text-is("Экспертиза")', { timeout: 10000 });
    expect(await frame.locator('#message').textContent()).toContain('документы школы «МБОУ «СШ № 9»»');
    expect(school.pageErrors).toEqual([]);
    expect(school.external).toEqual([]);
  }, 90000);
});
