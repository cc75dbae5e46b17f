/**
 * «Отметить выполнение…» and «Проверка куратора…» end to end: the built sidebars in Chromium at
 * 300 px, google.script.run routed to the real server functions over the in-memory spreadsheet.
 */
import fs from 'node:fs';
import path from 'node:path';
import * as server from '../../src/main';
import { createFakeGas, type FakeGas, type SeedValue } from '../fakes/gas';
import { closeBrowser, openPage, until, type HarnessPage, type ServerFunction } from './harness';

const dist = path.join(__dirname, '../../dist');
const shots = path.join(__dirname, '../../test-output');
const realServer = server as unknown as Record<string, ServerFunction>;
const XSS = '<img src=x onerror=alert(1)>';
const FORMULA = '=IMPORTXML("https://evil.example";"//a")';

let restore: (() => void) | null = null;
beforeAll(() => fs.mkdirSync(shots, { recursive: true }));
afterEach(() => {
  restore?.();
  restore = null;
});
afterAll(closeBrowser);

const HEADER = [
  '№',
  'Мероприятие',
  'Срок',
  'Ответственный',
  'Показатель',
  'Статус',
  'Дата выполнения',
  'Факт',
  'Подтверждающий документ',
  'Отметка куратора',
  'Дата отметки',
  'Комментарий куратора',
  'Комментарий',
];
const COL = Object.fromEntries(HEADER.map((h, i) => [h, i + 1]));

function plan(rows: SeedValue[][]): SeedValue[][] {
  return [['План мероприятий на 2026 год'], HEADER, ...rows];
}

const measure = (n: number, extra: SeedValue[] = []): SeedValue[] => [
  String(n),
  `Семинар для учителей № ${n}`,
  'ноябрь 2026',
  'Методический центр',
  'не менее 75 % учителей прошли обучение',
  ...extra,
];

function spreadsheet(rows: SeedValue[][], select: string): FakeGas {
  const fake = createFakeGas({ sheets: { План: plan(rows) }, activeSheet: 'План' });
  restore = fake.installGlobals();
  const sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName('План')!;
  sheet.getRange(select).activate();
  return fake;
}

async function open(page: 'progress' | 'curator'): Promise<HarnessPage> {
  return openPage({ htmlFile: path.join(dist, `${page}.html`), server: realServer, width: 300, height: 700 });
}

const cell = (fake: FakeGas, row: number, header: string) => fake.sheetValues('План')[row - 1]?.[COL[header] - 1];
/** A date cell as Sheets hands it to a script: a Date, shown dd.mm.yyyy. */
function expectDateCell(row: number, header: string): void {
  const range = SpreadsheetApp.getActiveSpreadsheet().getSheetByName('План')!.getRange(row, COL[header]);
  expect(range.getValue()).toBeInstanceOf(Date);
  expect(range.getNumberFormat()).toBe('dd.mm.yyyy');
}

/** Waits until an async condition holds (the harness's `until` takes a synchronous one). */
async function eventually(check: () => Promise<boolean>, what: string, ms = 5000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

async function expectNoHorizontalScroll(h: HarnessPage): Promise<void> {
  const widths = await h.page.evaluate(() =>
    [document.documentElement, document.body, document.getElementById('scroll') as HTMLElement].map((e) => ({ scroll: e.scrollWidth, client: e.clientWidth })),
  );
  for (const w of widths) expect(w.scroll).toBeLessThanOrEqual(w.client);
}

test('«Отметить выполнение…»: one measure written cell by cell; hostile text stays text; the target beside the actual', async () => {
  const fake = spreadsheet([measure(1), measure(2)], 'B3');
  const h = await open('progress');
  try {
    await h.page.waitForSelector('#form:not([hidden])');
    expect(await h.page.innerText('#measures')).toContain('1 · Семинар для учителей № 1');
    expect(await h.page.inputValue('#status')).toBe('Выполнено');
    const today = await h.page.inputValue('#doneDate');
    expect(today).toMatch(/^\d{4}-\d\d-\d\d$/);
    await h.page.fill('#actual', '68 %');
    expect(await h.page.innerText('#hint-actual')).toBe('факт 68 % при цели 75 %');
    await h.page.fill('#evidence', 'не ссылка');
    await h.page.click('#save');
    expect(await h.page.innerText('#err-evidence')).toMatch(/https:\/\//);
    expect(cell(fake, 3, 'Статус')).toBe('');
    await h.page.fill('#evidence', 'https://drive.google.com/file/d/1abc/view');
    expect(await h.page.innerText('#hint-evidence')).toBe('Файл на Google Диске: откроется по ссылке');
    await h.page.fill('#comment', `${XSS} ${FORMULA}`);
    await h.page.screenshot({ path: path.join(shots, 'progress-sidebar.png'), fullPage: true });
    await h.page.click('#save');
    await h.page.waitForSelector('#status-line .notice-ok');
    expect(await h.page.innerText('#status-line')).toBe('Записано: 1 мероприятие.');

    expect(cell(fake, 3, 'Статус')).toBe('Выполнено');
    expectDateCell(3, 'Дата выполнения');
    expect(cell(fake, 3, 'Факт')).toBe('68 %');
    expect(cell(fake, 3, 'Подтверждающий документ')).toBe('https://drive.google.com/file/d/1abc/view');
    expect(cell(fake, 3, 'Комментарий')).toBe(`${XSS} ${FORMULA}`);
    const formulas = SpreadsheetApp.getActiveSpreadsheet().getSheetByName('План')!.getRange(3, 1, 1, HEADER.length).getFormulas()[0];
    expect(formulas.every((f) => f === '')).toBe(true);
    // The other measure and the measure's own text are as they were.
    expect(fake.sheetValues('План')[3]).toEqual([...measure(2), '', '', '', '', '', '', '', ''].slice(0, fake.sheetValues('План')[3].length));
    expect(await h.page.locator('img').count()).toBe(0);
    await expectNoHorizontalScroll(h);
    expect(h.pageErrors).toEqual([]);
  } finally {
    await h.close();
  }
});

test('«Отметить выполнение…»: several rows get the same status and date and keep their other fields', async () => {
  const fake = spreadsheet(
    [measure(1, ['', '', '50 %', '', '', '', '', 'мой комментарий']), measure(2), measure(3, ['', '', '', 'https://docs.google.com/document/d/1/edit'])],
    'A3:A5',
  );
  const h = await open('progress');
  try {
    await h.page.waitForSelector('#form:not([hidden])');
    expect(await h.page.locator('.measure').count()).toBe(3);
    expect(await h.page.isVisible('#single')).toBe(false);
    await h.page.selectOption('#status', 'В работе');
    await h.page.click('#save');
    await h.page.waitForSelector('#status-line .notice-ok');
    expect(await h.page.innerText('#status-line')).toBe('Записано: 3 мероприятия.');
    for (const r of [3, 4, 5]) expect(cell(fake, r, 'Статус')).toBe('В работе');
    expect(cell(fake, 3, 'Факт')).toBe('50 %');
    expect(cell(fake, 3, 'Комментарий')).toBe('мой комментарий');
    expect(cell(fake, 5, 'Подтверждающий документ')).toBe('https://docs.google.com/document/d/1/edit');
    await expectNoHorizontalScroll(h);
  } finally {
    await h.close();
  }
});

test('«Отметить выполнение…»: a measure changed while the form was open is refused, shown fresh, and what was typed stays', async () => {
  const fake = spreadsheet([measure(1), measure(2)], 'A4');
  const h = await open('progress');
  try {
    await h.page.waitForSelector('#form:not([hidden])');
    await h.page.fill('#comment', 'мой текст');
    // Someone else marks it meanwhile, and a row is inserted above.
    const sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName('План')!;
    sheet.getRange(4, COL['Статус']).setValue('Не выполнено');
    sheet.insertRowBefore(3);
    await h.page.click('#save');
    await h.page.waitForSelector('#status-line .notice-error');
    expect(await h.page.innerText('#status-line')).toMatch(/изменили\. Ничего не записано/);
    expect(await h.page.innerText('#measures')).toContain('статус: Не выполнено');
    expect(await h.page.inputValue('#comment')).toBe('мой текст');
    expect(cell(fake, 5, 'Статус')).toBe('Не выполнено');
    expect(cell(fake, 5, 'Комментарий')).toBe('');
  } finally {
    await h.close();
  }
});

test('«Проверка куратора…»: the walk over 5 done measures, a comment required for «На доработку», who reviewed remembered', async () => {
  const done = (n: number) => measure(n, ['Выполнено', '', '', `https://drive.google.com/file/d/${n}/view`]);
  const fake = spreadsheet([done(1), done(2), measure(3), done(4), done(5), done(6)], 'A1');
  const h = await open('curator');
  try {
    await h.page.waitForSelector('#loading .notice');
    await h.page.click('#next');
    await h.page.waitForSelector('#form:not([hidden])');
    expect(await h.page.innerText('#left')).toBe('Ждут проверки: 5 мероприятий');
    expect(await h.page.getAttribute('#evidence-line a', 'target')).toBe('_blank');
    expect(await h.page.innerText('#evidence-line')).toBe('Файл на Google Диске');
    await h.page.fill('#reviewer', 'Иванова И.И.');
    // «На доработку» without a comment is stopped next to the comment.
    await h.page.selectOption('#mark', 'На доработку');
    await h.page.click('#save');
    expect(await h.page.innerText('#err-comment')).toMatch(/Напишите, что не так/);
    await h.page.fill('#comment', 'Нет подписи директора');
    await h.page.click('#save');
    await h.page.waitForSelector('#status-line .notice-ok');
    expect(cell(fake, 3, 'Отметка куратора')).toBe('На доработку');
    expect(cell(fake, 3, 'Комментарий куратора')).toBe('Нет подписи директора (проверил(а): Иванова И.И.)');
    expectDateCell(3, 'Дата отметки');

    for (const row of [4, 6, 7, 8]) {
      await h.page.click('#next');
      await eventually(async () => (await h.page.innerText('#measures')).includes(`строка ${row}`), `measure at row ${row}`);
      expect(await h.page.inputValue('#reviewer')).toBe('Иванова И.И.');
      await h.page.selectOption('#mark', 'Подтверждено');
      await h.page.click('#save');
      await until(() => cell(fake, row, 'Отметка куратора') === 'Подтверждено', 5000, `row ${row} confirmed`);
    }
    await h.page.screenshot({ path: path.join(shots, 'curator-sidebar.png'), fullPage: true });
    // Only the one sent back for rework is left.
    await h.page.click('#next');
    await eventually(async () => (await h.page.innerText('#left')) === 'Ждут проверки: 1 мероприятие', 'one left');
    expect(cell(fake, 5, 'Отметка куратора')).toBe('');
    await expectNoHorizontalScroll(h);
    expect(h.pageErrors).toEqual([]);
  } finally {
    await h.close();
  }
});
