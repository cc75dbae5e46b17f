/**
 * Sidebars and dialogs end to end: the built pages in Chromium, google.script.run routed to the real
 * server functions (src/gas) over the in-memory spreadsheet.
 */
import fs from 'node:fs';
import path from 'node:path';
import * as server from '../../src/main';
import type { Grid } from '../../src/domain/core/types';
import { createFakeGas, type FakeGas, type SeedValue } from '../fakes/gas';
import { fixtureText, parseTsv } from '../fixtures/load';
import { closeBrowser, openPage, until, type ServerFunction } from './harness';

const dist = path.join(__dirname, '../../dist');
const shots = path.join(__dirname, '../../test-output');
let restore: (() => void) | null = null;

beforeAll(() => fs.mkdirSync(shots, { recursive: true }));
afterEach(() => {
  restore?.();
  restore = null;
});
afterAll(closeBrowser);

function spreadsheet(sheets: Record<string, Grid>, active: string): FakeGas {
  const fake = createFakeGas({ sheets: sheets as Record<string, SeedValue[][]>, activeSheet: active });
  restore = fake.installGlobals();
  return fake;
}

/** Every sidebar-callable export of src/main.ts, as the stand-in's server. */
const realServer = server as unknown as Record<string, ServerFunction>;

const XSS = '<img src=x onerror=alert(1)>';

test('check sidebar: real diagnostics, a click selects the cell, cell text shown as text', async () => {
  const grid = parseTsv(fixtureText('seed000-order305-plan-2021-2022.tsv'));
  // A cell of the user's with markup in it: the deadline of the first measure.
  const row = grid.findIndex((r) => r[0] === '1.1');
  grid[row][2] = XSS;
  const fake = spreadsheet({ 'План ШНРО': grid }, 'План ШНРО');
  const before = fake.sheetValues('План ШНРО');

  const h = await openPage({ htmlFile: path.join(dist, 'check.html'), server: realServer, width: 300, height: 640 });
  try {
    let dialogs = 0;
    h.page.on('dialog', (d) => {
      dialogs++;
      void d.dismiss();
    });
    await h.page.waitForSelector('.item');
    const text = await h.page.innerText('body');
    expect(text).toContain('План ШНРО');
    expect(text).toContain(XSS);
    expect(await h.page.locator('img').count()).toBe(0);

    // Click the 3.10 finding: the deadline cell of that row is selected in the sheet.
    const item = h.page.locator('.item', { hasText: 'УОиМП, ОЦПРМСО' }).first();
    await item.click();
    await until(() => h.calls.some((c) => c.name === 'selectCell'), 5000, 'selectCell');
    const call = h.calls.find((c) => c.name === 'selectCell')!;
    const r310 = grid.findIndex((r) => r[0] === '3.10') + 1;
    expect(call.args[0]).toEqual({ sheet: 'План ШНРО', row: r310, column: 3 });
    expect(fake.spreadsheet.getActiveRange()!.getA1Notation()).toBe(`C${r310}`);

    await h.page.screenshot({ path: path.join(shots, 'check-end-to-end.png'), fullPage: true });
    expect(dialogs).toBe(0);
    expect(h.pageErrors).toEqual([]);
    expect(h.blockedRequests).toEqual([]);
    // Checking changed nothing.
    expect(fake.sheetValues('План ШНРО')).toEqual(before);
  } finally {
    await h.close();
  }
});

test('prepare dialog: plan shown, consent prepares the sheet and keeps a copy', async () => {
  const fake = spreadsheet({ План: parseTsv(fixtureText('seed000-order305-plan-2021-2022.tsv')) }, 'План');
  const h = await openPage({ htmlFile: path.join(dist, 'prepare.html'), server: realServer, width: 480, height: 440 });
  try {
    await h.page.waitForSelector('text=Подготовить');
    const text = await h.page.innerText('body');
    expect(text).toContain('Статус');
    expect(text).toContain('копия');
    await h.page.screenshot({ path: path.join(shots, 'prepare-end-to-end.png') });
    await h.page.getByRole('button', { name: 'Подготовить' }).click();
    // The sheet, its copy and the school's hidden compact block.
    await until(() => fake.sheetNames().length === 3, 10000, 'the copy');
    await h.page.waitForSelector('text=Готово');
    expect(h.calls.filter((c) => c.name === 'prepareSheet')).toHaveLength(1);
    expect(fake.sheetNames()[1]).toMatch(/^План — копия /);
  } finally {
    await h.close();
  }
});

test('settings dialog: saves to the «Настройки» sheet, which the check then uses', async () => {
  const fake = spreadsheet(
    {
      План: [
        ['№', 'Мероприятие', 'Срок', 'Ответственный'],
        ['1', 'Совещание', 'октябрь', 'УО'],
      ] as Grid,
    },
    'План',
  );
  const h = await openPage({ htmlFile: path.join(dist, 'settings.html'), server: realServer, width: 500, height: 580 });
  try {
    await h.page.waitForSelector('input');
    const periodInput = h.page.locator('input').first();
    await periodInput.fill('2023/2024');
    await h.page.getByRole('button', { name: 'Сохранить' }).click();
    await until(() => h.calls.some((c) => c.name === 'saveSettingsForm'), 5000, 'save');
    await until(() => fake.sheetNames().includes('Настройки'), 5000, 'settings sheet');
    const report = server.getCheckReport();
    expect(report.tables[0].periodLabel).toBe('2023/2024');
  } finally {
    await h.close();
  }
});
