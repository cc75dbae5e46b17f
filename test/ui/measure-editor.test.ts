/**
 * «Мероприятие…» end to end: the built sidebar in Chromium at 300 px, google.script.run routed to
 * the real server functions over the in-memory spreadsheet.
 */
import fs from 'node:fs';
import path from 'node:path';
import * as server from '../../src/main';
import { createFakeGas, type FakeGas, type SeedValue } from '../fakes/gas';
import { closeBrowser, openPage, type HarnessPage, type ServerFunction } from './harness';

const dist = path.join(__dirname, '../../dist');
const shots = path.join(__dirname, '../../test-output');
const realServer = server as unknown as Record<string, ServerFunction>;
const XSS = '<img src=x onerror=alert(1)>';

let restore: (() => void) | null = null;
beforeAll(() => fs.mkdirSync(shots, { recursive: true }));
afterEach(() => {
  restore?.();
  restore = null;
});
afterAll(closeBrowser);

const PLAN: SeedValue[][] = [
  ['План мероприятий на 2022 год'],
  ['№', 'Мероприятие', 'Срок', 'Показатель', 'Ответственный', 'Результат', 'Статус'],
  ['1. Организационные мероприятия'],
  ['1.1', 'Совещание с директорами школ', 'январь 2022', '100 % участие', 'УО', 'Протокол', 'Выполнено'],
  ['1.2', 'Назначение кураторов школ', 'февраль 2022', '', 'УО', 'Приказ', ''],
  ['2. Работа с педагогами'],
  ['2.1', 'Курсы для учителей математики', 'март – май 2022', 'не менее 75 % учителей', 'МОЦ', 'Удостоверения', ''],
  ['2.2', 'Семинар по функциональной грамотности', 'апрель 2022', '', 'МОЦ', 'Программа', ''],
];

function spreadsheet(select: string): FakeGas {
  const fake = createFakeGas({ sheets: { План: PLAN }, activeSheet: 'План' });
  restore = fake.installGlobals();
  const sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName('План')!;
  sheet.getRange('G4:G8').setDataValidation(SpreadsheetApp.newDataValidation().requireValueInList(['Не начато', 'В работе', 'Выполнено']).build());
  sheet.getRange(select).activate();
  return fake;
}

async function open(): Promise<HarnessPage> {
  return openPage({ htmlFile: path.join(dist, 'measure.html'), server: realServer, width: 300, height: 820 });
}

async function expectNoHorizontalScroll(h: HarnessPage): Promise<void> {
  const widths = await h.page.evaluate(() =>
    [document.documentElement, document.body, document.getElementById('scroll') as HTMLElement].map((e) => ({ scroll: e.scrollWidth, client: e.clientWidth })),
  );
  for (const w of widths) expect(w.scroll).toBeLessThanOrEqual(w.client);
}

test('a new measure at the end of its section: the number proposed, the deadline and indicator read as typed, the row written', async () => {
  const fake = spreadsheet('B5');
  const h = await open();
  try {
    await h.page.waitForSelector('#form:not([hidden])');
    // The selected row holds measure 1.2: the form edits it; «Новое» starts a new one in its section.
    expect(await h.page.innerText('#mode')).toBe('Изменить мероприятие в строке 5 листа «План»');
    expect(await h.page.inputValue('#title')).toBe('Назначение кураторов школ');
    await h.page.click('#new');
    expect(await h.page.inputValue('#section')).toBe('1. Организационные мероприятия');
    expect(await h.page.inputValue('#number')).toBe('1.3');

    await h.page.fill('#title', `Мониторинг сайтов школ ${XSS}`);
    await h.page.fill('#deadline', 'ежемесячно с марта по декабрь');
    expect(await h.page.innerText('#hint-deadline')).toBe('с 01.03.2022 по 31.12.2022, ежемесячно; 10 сроков');
    await h.page.fill('#deadline', 'когда-нибудь потом');
    expect(await h.page.innerText('#hint-deadline')).toMatch(/^не удалось прочитать: напишите/);
    await h.page.fill('#deadline', 'до 15.05.2022');
    expect(await h.page.innerText('#hint-deadline')).toBe('с 01.01.2022 по 15.05.2022');
    await h.page.fill('#indicator', 'не менее 75 % учителей');
    expect(await h.page.innerText('#hint-indicator')).toBe('доля, цель не менее 75 % учителей');
    await h.page.fill('#responsible', 'УО');
    expect(await h.page.innerText('#hint-responsible')).toBe('УО — управление образования');
    await h.page.fill('#result', '=IMPORTXML("x";"y")');
    await h.page.screenshot({ path: path.join(shots, 'measure-sidebar.png'), fullPage: true });
    await h.page.click('#save');
    await h.page.waitForSelector('#status-line .notice-ok');
    expect(await h.page.innerText('#status-line')).toMatch(/^Мероприятие добавлено в строку 6\./);

    const values = fake.sheetValues('План');
    expect(values[5].slice(0, 7)).toEqual(['1.3', `Мониторинг сайтов школ ${XSS}`, 'до 15.05.2022', 'не менее 75 % учителей', 'УО', '=IMPORTXML("x";"y")', '']);
    expect(values[6][0]).toBe('2. Работа с педагогами');
    const sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName('План')!;
    expect(sheet.getRange('F6').getFormula()).toBe('');
    // The dropdown of the row above goes on in the new row.
    expect(sheet.getRange('G6').getDataValidation()?.getCriteriaValues()[0]).toEqual(['Не начато', 'В работе', 'Выполнено']);
    expect(await h.page.locator('img').count()).toBe(0);
    await expectNoHorizontalScroll(h);
    expect(h.pageErrors).toEqual([]);
  } finally {
    await h.close();
  }
});

test("an edit writes the measure's own cells only; a title is required; a new section goes at the end", async () => {
  const fake = spreadsheet('A7');
  const h = await open();
  try {
    await h.page.waitForSelector('#form:not([hidden])');
    await h.page.fill('#title', '');
    await h.page.click('#save');
    expect(await h.page.innerText('#err-title')).toMatch(/Напишите, что будет сделано/);
    await h.page.fill('#title', 'Курсы повышения квалификации для учителей математики');
    await h.page.fill('#deadline', 'март – июнь 2022');
    await h.page.click('#save');
    await h.page.waitForSelector('#status-line .notice-ok');
    const values = fake.sheetValues('План');
    expect(values[6].slice(0, 7)).toEqual([
      '2.1',
      'Курсы повышения квалификации для учителей математики',
      'март – июнь 2022',
      'не менее 75 % учителей',
      'МОЦ',
      'Удостоверения',
      '',
    ]);

    await h.page.click('#new');
    await h.page.selectOption('#section', { label: 'Новый раздел…' });
    expect(await h.page.inputValue('#number')).toBe('3.1');
    await h.page.fill('#newSection', '3. Работа с родителями');
    await h.page.fill('#title', 'Родительские собрания по итогам ВПР');
    await h.page.fill('#number', '3.5');
    await h.page.click('#save');
    await h.page.waitForSelector('#status-line .notice-ok');
    const after = fake.sheetValues('План');
    expect(after[8][0]).toBe('3. Работа с родителями');
    expect(after[9].slice(0, 2)).toEqual(['3.5', 'Родительские собрания по итогам ВПР']);
    // The number typed leaves a gap: said, not changed.
    expect(await h.page.innerText('#status-line')).toBe('Мероприятие добавлено в строку 10. Пропуск в нумерации: нет номеров 3.1, 3.2, 3.3, 3.4.');
  } finally {
    await h.close();
  }
});

test('an edit of a measure changed meanwhile is refused with its fresh text shown; the typed text stays and a second «Записать» writes it', async () => {
  const fake = spreadsheet('B7');
  const h = await open();
  try {
    await h.page.waitForSelector('#form:not([hidden])');
    await h.page.fill('#title', 'Курсы для учителей математики и физики');
    SpreadsheetApp.getActiveSpreadsheet().getSheetByName('План')!.getRange('C7').setValue('апрель – июнь 2022');
    await h.page.click('#save');
    await h.page.waitForSelector('#status-line .notice-error');
    const notice = await h.page.innerText('#status-line');
    expect(notice).toMatch(/изменили\. Ничего не записано/);
    expect(notice).toContain('Срок: «апрель – июнь 2022»');
    expect(await h.page.inputValue('#title')).toBe('Курсы для учителей математики и физики');
    expect(fake.sheetValues('План')[6][1]).toBe('Курсы для учителей математики');
    await h.page.click('#save');
    await h.page.waitForSelector('#status-line .notice-ok');
    expect(fake.sheetValues('План')[6].slice(1, 3)).toEqual(['Курсы для учителей математики и физики', 'март – май 2022']);
  } finally {
    await h.close();
  }
});
