/**
 * The playground's grid (jspreadsheet-ce over the emulator) in Debian chromium, over a workbook made
 * here: merged cells, a link, a drop-down list, frozen rows; selecting a range by drag and by
 * shift-click (the server's active range follows); choosing from a drop-down (the value goes
 * through Range.setValue); and long sheets (3,000 × 12 and 20,000 × 10) drawn lazily, with the time
 * each took. Screenshots at 1280×800 go to test-output/.
 */
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { openPlayground, shots, type PlaygroundPage } from './browser';

async function writeWorkbook(file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Сетка', { views: [{ state: 'frozen', ySplit: 2 }] });
  ws.columns = [{ width: 14 }, { width: 30 }, { width: 18 }, { width: 16 }];
  ws.getCell('A1').value = 'Заголовок на четыре столбца';
  ws.getCell('A1').font = { bold: true };
  ws.mergeCells('A1:D1');
  ws.getRow(2).values = ['№', 'Мероприятие', 'Документ', 'Статус'];
  ws.getRow(2).font = { bold: true };
  ws.getCell('A3').value = 'Раздел на две строки';
  ws.mergeCells('A3:A4');
  ws.getCell('B3').value = 'Совещание';
  ws.getCell('C3').value = { text: 'Протокол', hyperlink: 'https://example.org/protocol' };
  ws.getCell('D3').value = 'В работе';
  for (const a1 of ['D3', 'D4', 'D5']) ws.getCell(a1).dataValidation = { type: 'list', allowBlank: true, formulae: ['"Не начато,В работе,Выполнено"'] };
  ws.getCell('B4').value = 'Семинар';
  ws.getCell('B4').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFCE8B2' } };
  const big = wb.addWorksheet('Реестр 3000', { views: [{ state: 'frozen', ySplit: 1 }] });
  big.addRow(Array.from({ length: 12 }, (_, c) => `Столбец ${c + 1}`));
  for (let r = 1; r <= 3000; r++) big.addRow(Array.from({ length: 12 }, (_, c) => (c === 0 ? r : `Школа ${r} · ${c}`)));
  const huge = wb.addWorksheet('Строк 20000');
  for (let r = 1; r <= 20000; r++) huge.addRow(Array.from({ length: 10 }, (_, c) => (c === 0 ? r : `r${r}c${c}`)));
  await wb.xlsx.writeFile(file);
}

let pg: PlaygroundPage;
let page: Page;

beforeAll(async () => {
  pg = await openPlayground('playground-grid-', async (dir) => {
    const file = path.join(dir, 'сетка.xlsx');
    await writeWorkbook(file);
    return { file };
  });
  page = pg.page;
  await page.goto(pg.running.url);
  await page.waitForSelector('table.grid[data-sheet="Сетка"] td[data-r="1"]');
}, 120000);

afterAll(() => pg?.close());

const cell = (row: number, col: number): string => `table.grid td[data-r="${row}"][data-c="${col}"]`;

type Selection = { row: number; col: number; numRows: number; numCols: number };

/** The server's active range once it is `expected` (the grid reports a selection when the mouse is released). */
async function serverSelection(expected: Selection): Promise<Selection> {
  let seen: Selection | null = null;
  for (let i = 0; i < 50; i++) {
    seen = await page.evaluate(async () => (await (await fetch('/api/state')).json()).selection as Selection);
    if (seen.row === expected.row && seen.col === expected.col && seen.numRows === expected.numRows && seen.numCols === expected.numCols) break;
    await page.waitForTimeout(100);
  }
  return seen!;
}

test('merged cells, a link, a fill and frozen rows are drawn as the workbook has them', async () => {
  expect(await page.locator(cell(1, 1)).getAttribute('colspan')).toBe('4');
  expect(await page.locator(cell(3, 1)).getAttribute('rowspan')).toBe('2');
  expect(await page.locator(cell(1, 1)).textContent()).toBe('Заголовок на четыре столбца');
  expect(await page.locator(cell(1, 2)).isVisible()).toBe(false);
  expect(await page.locator(`${cell(3, 3)} span.link`).getAttribute('title')).toBe('https://example.org/protocol');
  expect(await page.locator(cell(4, 2)).evaluate((td) => getComputedStyle(td).backgroundColor)).toBe('rgb(252, 232, 178)');
  expect(await page.locator('table.grid tbody tr.frozen').count()).toBe(2);
  expect(await page.locator(cell(2, 2)).evaluate((td) => getComputedStyle(td).fontWeight)).toBe('700');
});

test('a range selected by drag and by shift-click shows in the name box and becomes the active range', async () => {
  const from = (await page.locator(cell(2, 2)).boundingBox())!;
  const to = (await page.locator(cell(5, 4)).boundingBox())!;
  await page.mouse.move(from.x + 5, from.y + 5);
  await page.mouse.down();
  await page.mouse.move(to.x + 5, to.y + 5, { steps: 5 });
  await page.mouse.up();
  await page.waitForFunction(() => document.querySelector('.name-box')?.textContent === 'B2:D5');
  expect(await serverSelection({ row: 2, col: 2, numRows: 4, numCols: 3 })).toMatchObject({ row: 2, col: 2, numRows: 4, numCols: 3 });
  expect(await page.locator('table.grid tbody td.highlight').count()).toBeGreaterThanOrEqual(12);
  await page.screenshot({ path: path.join(shots, 'playground-grid-range.png') });
  await page.locator(cell(5, 2)).click();
  await page.locator(cell(6, 3)).click({ modifiers: ['Shift'] });
  await page.waitForFunction(() => document.querySelector('.name-box')?.textContent === 'B5:C6');
  expect(await serverSelection({ row: 5, col: 2, numRows: 2, numCols: 2 })).toMatchObject({ row: 5, col: 2, numRows: 2, numCols: 2 });
});

test('choosing from a drop-down cell sends the value through Range.setValue', async () => {
  expect(await page.locator(`${cell(4, 4)}.dropdown .chip`).count()).toBe(1);
  await page.locator(cell(4, 4)).dblclick();
  const list = page.locator('select.list-editor');
  expect(await list.locator('option').allTextContents()).toEqual(['—', 'Не начато', 'В работе', 'Выполнено']);
  await page.screenshot({ path: path.join(shots, 'playground-grid-dropdown.png') });
  await list.selectOption('Выполнено');
  await page.waitForSelector(`${cell(4, 4)}:has-text("Выполнено")`, { timeout: 10000 });
  const stored = await page.evaluate(async () => (await (await fetch('/api/state')).json()).active.display[3][3]);
  expect(stored).toBe('Выполнено');
  expect(await page.locator('select.list-editor').count()).toBe(0);
});

test('typing on a selected cell edits it, and the grid shows the value as the server coerced it', async () => {
  await page.locator(cell(5, 2)).click();
  await page.keyboard.type('5.3.2022');
  await page.keyboard.press('Enter');
  await page.waitForSelector(`${cell(5, 2)}:text-is("05.03.2022")`, { timeout: 10000 });
});

async function openAndTime(sheet: string): Promise<{ total: number; build: number }> {
  const started = Date.now();
  await page.click(`.tab:text-is("${sheet}")`);
  await page.waitForSelector(`table.grid[data-sheet="${sheet}"] td[data-r="2"][data-c="2"]`, { timeout: 60000 });
  const total = Date.now() - started;
  const build = await page.evaluate((name) => performance.getEntriesByName(`grid-build ${name}`).at(-1)?.duration ?? -1, sheet);
  return { total, build: Math.round(build) };
}

test('long sheets open without freezing the page: rows load as the grid scrolls', async () => {
  const figures: string[] = [];
  for (const [sheet, rows] of [
    ['Реестр 3000', 3001],
    ['Строк 20000', 20000],
  ] as const) {
    const t = await openAndTime(sheet);
    figures.push(`«${sheet}»: ${t.total} ms to the first rows (grid build ${t.build} ms)`);
    // Lazily drawn: far fewer rows in the DOM than the sheet has.
    expect(await page.locator('table.grid tbody tr').count()).toBeLessThan(500);
    // The server selects a far row (as selectCell does): the grid loads it and scrolls it into view.
    await page.evaluate(async (name) => {
      await fetch('/api/select', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ sheet: name, row: 2500, col: 3 }) });
    }, sheet);
    await page.waitForSelector(`${cell(2500, 3)}.highlight-selected`, { timeout: 20000 });
    await page.waitForFunction(() => document.querySelector('.name-box')?.textContent === 'C2500');
    const box = (await page.locator(cell(2500, 3)).boundingBox())!;
    expect(box.y).toBeGreaterThan(90);
    expect(box.y).toBeLessThan(800);
    expect(rows).toBeGreaterThan(2500);
    if (sheet === 'Реестр 3000') {
      // Its frozen header row left the lazily drawn table: a copy of it stays on top, and selects.
      const header = page.locator('table.grid thead tr.frozen-copy td[data-copy-of="2,0"]');
      expect(await header.textContent()).toBe('Столбец 3');
      expect(await header.isVisible()).toBe(true);
      await page.screenshot({ path: path.join(shots, 'playground-grid-frozen-copy.png') });
      await header.click();
      await page.waitForFunction(() => document.querySelector('.name-box')?.textContent === 'C1');
    }
  }
  await page.screenshot({ path: path.join(shots, 'playground-grid-long.png') });
  fs.writeFileSync(path.join(shots, 'playground-grid-timing.txt'), `${figures.join('\n')}\n`);
  process.stdout.write(`${figures.join('\n')}\n`);
  expect(pg.pageErrors).toEqual([]);
}, 120000);
