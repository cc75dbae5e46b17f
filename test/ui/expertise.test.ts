/**
 * «Экспертиза документа» end to end: the built sidebar in Chromium at 300 px over the real server
 * and the emulator — score, comment, save, reopen.
 */
import fs from 'node:fs';
import path from 'node:path';
import * as server from '../../src/main';
import { createFakeGas } from '../fakes/gas';
import { closeBrowser, openPage, until, type HarnessPage, type ServerFunction } from './harness';

const dist = path.join(__dirname, '../../dist');
const shots = path.join(__dirname, '../../test-output');
const realServer = server as unknown as Record<string, ServerFunction>;

let restore: (() => void) | null = null;
beforeAll(() => fs.mkdirSync(shots, { recursive: true }));
afterEach(() => {
  restore?.();
  restore = null;
});
afterAll(closeBrowser);

const PLAN = [
  ['Дорожная карта на 2021/2022 учебный год'],
  ['№', 'Мероприятие', 'Срок', 'Ответственный', 'Показатель', 'Форма отчёта'],
  ['Риск: Низкая учебная мотивация обучающихся'],
  ['1.1', 'Анкетирование обучающихся', 'Октябрь 2021 года', 'Педагог-психолог', 'Не менее 90% обучающихся', 'Справка'],
  ['1.2', 'Родительское собрание <img src=x onerror=alert(1)>', 'Ноябрь 2021 года', '', 'Повышение мотивации', 'Протокол'],
];

async function open(): Promise<HarnessPage> {
  return openPage({ htmlFile: path.join(dist, 'expertise.html'), server: realServer, width: 300, height: 900 });
}

test('the proposal and evidence beside each criterion; a score and a comment saved; reopening shows them', async () => {
  const fake = createFakeGas({ sheets: { ДК: PLAN }, activeSheet: 'ДК' });
  restore = fake.installGlobals();
  let h = await open();
  try {
    await h.page.waitForSelector('.criterion[data-id="measurable"]');
    const measurable = h.page.locator('.criterion[data-id="measurable"]');
    expect(await measurable.innerText()).toContain('Предложение: 1');
    // The evidence names the row; a click selects it in the sheet.
    await measurable.locator('.evidence button').first().click();
    await until(() => h.calls.some((c) => c.name === 'selectCell'), 5000, 'selectCell');
    expect(await h.page.locator('img').count()).toBe(0);
    await measurable.locator('select').selectOption('2');
    await measurable.locator('textarea').fill('Второй показатель не измерить');
    await h.page.screenshot({ path: path.join(shots, 'expertise-sidebar.png'), fullPage: true });
    await h.page.click('#save');
    await until(() => fake.sheetNames().includes('Экспертиза'), 5000, 'the expertise sheet');
    const widths = await h.page.evaluate(() => [document.documentElement, document.body].map((e) => [e.scrollWidth, e.clientWidth]));
    for (const [scroll, client] of widths) expect(scroll).toBeLessThanOrEqual(client);
    expect(h.pageErrors).toEqual([]);
  } finally {
    await h.close();
  }
  h = await open();
  try {
    await h.page.waitForSelector('.criterion[data-id="measurable"]');
    const measurable = h.page.locator('.criterion[data-id="measurable"]');
    expect(await measurable.locator('select').inputValue()).toBe('2');
    expect(await measurable.locator('textarea').inputValue()).toBe('Второй показатель не измерить');
  } finally {
    await h.close();
  }
});

test("mutual expertise: the reviewer picks its partner school, scores the partner's document read from its spreadsheet, saves, reopens", async () => {
  const ID_R = '1ReviewerSchool10xxxxxxxxxxxxxxxxxxxxxxxx';
  const ID_9 = '1PartnerSchool9xxxxxxxxxxxxxxxxxxxxxxxxxx';
  const url = (id: string) => `https://docs.google.com/spreadsheets/d/${id}/edit`;
  const registry = [
    ['Школа', 'Ссылка на таблицу школы / лист', 'Школа-эксперт'],
    ['МБОУ «СШ № 9»', url(ID_9), 'МБОУ «СШ № 10»'],
    ['МБОУ «СШ № 10»', url(ID_R), 'МБОУ «СШ № 9»'],
  ];
  const fake = createFakeGas({ spreadsheetId: ID_R, spreadsheetName: 'СШ № 10', sheets: { 'Реестр школ': registry, ДК: PLAN }, activeSheet: 'ДК' });
  const partnerPlan = PLAN.map((r, i) => (i === 3 ? [r[0], 'Диагностика мотивации в СШ № 9', ...r.slice(2)] : r));
  fake.addSpreadsheet(createFakeGas({ spreadsheetId: ID_9, spreadsheetName: 'СШ № 9', sheets: { 'Дорожная карта': partnerPlan } }));
  restore = fake.installGlobals();
  const pick = async (h: HarnessPage) => {
    await h.page.waitForSelector('#school option[value="2"]', { state: 'attached' });
    expect(await h.page.locator('#reviewer').innerText()).toBe('Эксперт: МБОУ «СШ № 10»');
    await h.page.locator('#school').selectOption('2');
    await h.page.waitForFunction(
      () => document.querySelector('.criterion[data-id="measurable"]')?.textContent?.includes('Диагностика мотивации в СШ № 9'),
      null,
      { timeout: 5000 },
    );
    return h.page.locator('.criterion[data-id="measurable"]');
  };
  let h = await open();
  try {
    const measurable = await pick(h);
    // The partner's rows are named with its sheet, not buttons selecting a row here.
    expect(await measurable.locator('.evidence button').count()).toBe(0);
    expect(await measurable.locator('.evidence').innerText()).toContain('лист «Дорожная карта», строка 5');
    await measurable.locator('select').selectOption('1');
    await measurable.locator('textarea').fill('Показатель «Повышение мотивации» не измерить');
    await h.page.click('#save');
    await h.page.waitForFunction(() => document.getElementById('message')?.textContent?.includes('документы школы «МБОУ «СШ № 9»»'), null, { timeout: 5000 });
    expect(h.pageErrors).toEqual([]);
  } finally {
    await h.close();
  }
  expect(
    fake
      .sheetValues('Экспертиза')
      .slice(1)
      .every((r) => r[7] === 'МБОУ «СШ № 9»'),
  ).toBe(true);
  h = await open();
  try {
    // This spreadsheet's own paper is not the partner's: unscored, the proposal preselected.
    await h.page.waitForSelector('.criterion[data-id="measurable"]');
    expect(await h.page.locator('.criterion[data-id="measurable"] textarea').inputValue()).toBe('');
    const measurable = await pick(h);
    expect(await measurable.locator('select').inputValue()).toBe('1');
    expect(await measurable.locator('textarea').inputValue()).toBe('Показатель «Повышение мотивации» не измерить');
    expect(await h.page.locator('#doc option').first().innerText()).toMatch(/ ✓$/);
  } finally {
    await h.close();
  }
});
