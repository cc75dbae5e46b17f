/**
 * «Импорт таблицы из Word…» end to end: a table pasted as Word puts it on the clipboard (HTML with
 * a title paragraph, a merged deadline and a page break repeating the header), previewed with
 * nothing written, a column's field changed, then «Создать лист» writes a prepared sheet.
 */
import fs from 'node:fs';
import path from 'node:path';
import * as server from '../../src/main';
import { createFakeGas } from '../fakes/gas';
import { closeBrowser, openPage, type ServerFunction } from './harness';

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

const WORD_HTML = `<html><body>
<p class=MsoNormal>План – график («дорожная карта») по методической поддержке ШНОР</p>
<p class=MsoNormal>в рамках реализации проекта «500+» в 2022 году</p>
<table class=MsoTableGrid border=1>
<tr><td><p>№ п/п</p></td><td><p>Наименование мероприятия</p></td><td><p>Сроки исполнения</p></td><td><p>Исполнитель</p></td><td><p>Примечание</p></td></tr>
<tr><td>1.</td><td><p>Установочное совещание с руководителями</p><p>участников проекта «500+»</p></td><td>Январь 2022 года</td><td>Управление образования</td><td>Протокол</td></tr>
<tr><td>2.</td><td>Анализ рискового профиля школы (РПШ)</td><td rowspan=2>Февраль 2022</td><td>ШНОР</td><td>Антирисковые программы</td></tr>
<tr><td>3.</td><td>Работа над формированием концептуальных документов</td><td>ШНОР</td><td>Проекты документов</td></tr>
<tr><td>№ п/п</td><td>Наименование мероприятия</td><td>Сроки исполнения</td><td>Исполнитель</td><td>Примечание</td></tr>
<tr><td>4.</td><td>Создание информационной страницы проекта &lt;img src=x onerror=alert(1)&gt;</td><td>Март 2022 года</td><td>Муниципальный координатор</td><td>Страница</td></tr>
</table></body></html>`;

test('paste, preview (nothing written), a column changed, «Создать лист» writes the prepared sheet', async () => {
  const fake = createFakeGas({ sheets: { Лист1: [['мои данные']] }, activeSheet: 'Лист1' });
  restore = fake.installGlobals();
  const h = await openPage({ htmlFile: path.join(dist, 'import.html'), server: realServer, width: 760, height: 900 });
  try {
    await h.page.evaluate((html) => {
      const dt = new DataTransfer();
      dt.setData('text/html', html);
      dt.setData('text/plain', 'ignored');
      document.getElementById('paste')!.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
    }, WORD_HTML);
    await h.page.waitForSelector('#preview:not([hidden])');
    expect(await h.page.innerText('#summary')).toBe('4 мероприятия, заголовок в строке 3, период 2022');
    expect(await h.page.innerText('#changes')).toContain('Убрать мусор от разрывов страниц: строки 7.');
    const rows = await h.page.$$eval('#rows tr', (trs) => trs.map((tr) => Array.from(tr.children).map((td) => td.textContent)));
    expect(rows[1]).toEqual(['5', '2.', 'Анализ рискового профиля школы (РПШ)', 'Февраль 2022', 'ШНОР']);
    // The merged deadline belongs to measure 3 too.
    expect(rows[2]).toEqual(['6', '3.', 'Работа над формированием концептуальных документов', 'Февраль 2022', 'ШНОР']);
    expect(rows[0][2]).toBe('Установочное совещание с руководителями\nучастников проекта «500+»');
    // Nothing written before «Создать лист».
    expect(fake.sheetNames()).toEqual(['Лист1']);

    // «Примечание» holds the result forms: said so.
    await h.page.selectOption('select[aria-label="Столбец E: что в нём"]', 'result');
    await h.page.waitForFunction(() => document.querySelector('#columns tr:nth-child(5) .why')?.textContent?.includes('выбрано вами'));
    await h.page.screenshot({ path: path.join(shots, 'import-dialog.png'), fullPage: true });
    await h.page.click('#create');
    await h.page.waitForSelector('#status .notice-ok');
    expect(await h.page.innerText('#status')).toMatch(/^Создан лист «План – график/);

    const name = fake.sheetNames().find((n) => n.startsWith('План – график') && !n.includes('копия'))!;
    const values = fake.sheetValues(name);
    const header = values.findIndex((r) => r[0] === '№ п/п');
    expect(header).toBe(2);
    expect(values.filter((r) => r[0] === '№ п/п')).toHaveLength(1);
    expect(values[header]).toEqual(expect.arrayContaining(['Статус', 'Дата выполнения', 'Подтверждающий документ (ссылка)']));
    expect(values[header + 4][1]).toBe('Создание информационной страницы проекта <img src=x onerror=alert(1)>');
    const sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName(name)!;
    expect(sheet.getRange(header + 2, 3, 2, 1).isPartOfMerge()).toBe(true);
    // The column chosen in the dialog stays with the sheet: «Настройки», block «Столбцы».
    expect(fake.sheetValues('Настройки').slice(-1)).toEqual([[name, 'Примечание', 'Результат']]);
    expect(await h.page.locator('img').count()).toBe(0);
    expect(h.pageErrors).toEqual([]);
  } finally {
    await h.close();
  }
});

test('a plain-text paste (tabs between cells, as from a PDF viewer) is read too; a paste without a table is said', async () => {
  const fake = createFakeGas({ sheets: { Лист1: [['мои данные']] }, activeSheet: 'Лист1' });
  restore = fake.installGlobals();
  const h = await openPage({ htmlFile: path.join(dist, 'import.html'), server: realServer, width: 760, height: 700 });
  try {
    const pasteText = (text: string) =>
      h.page.evaluate((t) => {
        const dt = new DataTransfer();
        dt.setData('text/plain', t);
        document.getElementById('paste')!.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
      }, text);
    await pasteText('просто текст без таблицы');
    await h.page.waitForSelector('#preview:not([hidden])');
    expect(await h.page.innerText('#summary')).toMatch(/^Таблица мероприятий не найдена/);
    expect(await h.page.isDisabled('#create')).toBe(true);
    await pasteText('№\tМероприятие\tСрок\tОтветственный\n1\tСовещание с директорами\tянварь 2023\tУО\n2\tСеминар для учителей\tфевраль 2023\tМОЦ\n');
    await h.page.waitForFunction(() => document.getElementById('summary')?.textContent?.startsWith('2 мероприятия'));
    expect(await h.page.isDisabled('#create')).toBe(false);
    expect(fake.sheetNames()).toEqual(['Лист1']);
  } finally {
    await h.close();
  }
});
