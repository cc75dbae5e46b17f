/** The «Настройки» dialog as built (dist/settings.html), in Chromium at 480 x 560, with stub servers. */
import fs from 'node:fs';
import path from 'node:path';
import { SaveSettingsResultSchema, SettingsDialogDataSchema, SettingsFormSchema } from '../../src/contracts/schemas';
import { closeBrowser, openPage, until, type HarnessPage, type ServerFunction } from './harness';
import { gate, saveOk, saveRejected, SETTINGS_SHEETS, settingsData } from './pages';
import * as realMain from '../../src/main';
import type { Grid } from '../../src/domain/core/types';
import { loadSettings, gasContext } from '../../src/gas/context';
import { createFakeGas, type SeedValue } from '../fakes/gas';

const htmlFile = path.join(__dirname, '../../dist/settings.html');
const shots = path.join(__dirname, '../../test-output');

beforeAll(() => fs.mkdirSync(shots, { recursive: true }));
afterAll(closeBrowser);

function server(extra: Record<string, ServerFunction> = {}): Record<string, ServerFunction> {
  return { getSettingsDialogData: () => settingsData(), saveSettingsForm: () => saveOk(), ...extra };
}

async function open(srv: Record<string, ServerFunction>): Promise<HarnessPage> {
  const h = await openPage({ htmlFile, server: srv, width: 480, height: 560 });
  return h;
}

async function loaded(h: HarnessPage): Promise<void> {
  await h.page.waitForSelector('#form:not([hidden])');
}

const periodInput = (i: number) => `[data-field="periods.${i}"]`;
const dateInput = (i: number) => `[data-field="reportDates.${i}"]`;
const errorOf = (h: HarnessPage, selector: string) =>
  h.page.$eval(selector, (input) => {
    const id = input.getAttribute('aria-describedby');
    return id ? (document.getElementById(id)?.textContent ?? '') : '';
  });
const saves = (h: HarnessPage) => h.calls.filter((c) => c.name === 'saveSettingsForm');

/** No horizontal scroll at 300 px: the page and the scrolling panel. */
async function expectNoHorizontalScroll(h: HarnessPage): Promise<void> {
  const widths = await h.page.evaluate(() =>
    [document.documentElement, document.body, document.getElementById('scroll') as HTMLElement].map((e) => ({ scroll: e.scrollWidth, client: e.clientWidth })),
  );
  for (const w of widths) expect(w.scroll).toBeLessThanOrEqual(w.client);
}

test('the sample payloads satisfy the contract', () => {
  expect(SettingsDialogDataSchema.parse(settingsData())).toEqual(settingsData());
  expect(SaveSettingsResultSchema.parse(saveRejected())).toEqual(saveRejected());
});

test('loads the settings into the form', async () => {
  const h = await open(server());
  try {
    await loaded(h);
    expect(await h.page.inputValue('#defaultPeriod')).toBe('');
    expect(await h.page.getAttribute('#defaultPeriod', 'placeholder')).toBe('2022, 2021/2022 или 2021-2024');
    expect(await h.page.$$eval('.periods tbody tr', (rows) => rows.map((r) => r.querySelector('label')?.textContent))).toEqual(SETTINGS_SHEETS);
    expect(await h.page.inputValue(periodInput(0))).toBe('2022');
    expect(await h.page.inputValue(periodInput(1))).toBe('');
    expect(await h.page.inputValue(periodInput(3))).toBe('2018/2019');
    expect(await h.page.innerText('#hint-period-0')).toBe('01.01.2022 – 31.12.2022');
    expect(await h.page.innerText('#hint-period-3')).toBe('01.09.2018 – 31.08.2019');
    expect(await h.page.inputValue('#auditH1')).toBe('40');
    expect(await h.page.inputValue('#auditH2')).toBe('90');
    expect(await h.page.inputValue(dateInput(0))).toBe('21.01');
    expect(await h.page.inputValue(dateInput(1))).toBe('13.07');
    expect(await h.page.inputValue('#redOverduePercent')).toBe('20');
    expect(await h.page.inputValue('#unconfirmedDays')).toBe('14');
    const labels = await h.page.innerText('#form');
    for (const text of [
      'Период по умолчанию',
      '1-е полугодие, %',
      '2-е полугодие, %',
      'Сроки полугодовых отчётов',
      'Красная зона: доля просроченных, %',
      'Дней до напоминания куратору',
    ]) {
      expect(labels).toContain(text);
    }
    await h.page.fill('#defaultPeriod', '2021-2024');
    expect(await h.page.innerText('#hint-defaultPeriod')).toBe('Календарные годы 2021-2024: 01.01.2021 – 31.12.2024');
    await h.page.screenshot({ path: path.join(shots, 'settings.png') });
    await h.page.$eval('#scroll', (e) => e.scrollTo(0, e.scrollHeight));
    await h.page.screenshot({ path: path.join(shots, 'settings-bottom.png') });
    expect(await h.page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
    expect(h.calls.map((c) => c.name)).toEqual(['getSettingsDialogData']);
    expect(h.pageErrors).toEqual([]);
    expect(h.blockedRequests).toEqual([]);
  } finally {
    await h.close();
  }
});

test('invalid input is stopped in the page with Russian messages next to the fields', async () => {
  const h = await open(server());
  try {
    await loaded(h);
    await h.page.fill('#defaultPeriod', 'весной');
    await h.page.fill(periodInput(1), '2021/20xx год');
    await h.page.fill('#auditH1', '120');
    await h.page.fill('#auditH2', 'девяносто');
    await h.page.fill(dateInput(0), '31.02');
    await h.page.fill(dateInput(1), '13.13');
    await h.page.fill('#redOverduePercent', '-5');
    await h.page.fill('#unconfirmedDays', '400');
    await h.page.click('#save');
    await h.page.waitForSelector('#status .notice-error');
    expect(await h.page.innerText('#err-defaultPeriod')).toBe('Период «весной» не распознан. Пример: 2022, 2021/2022 или 2021-2024.');
    expect(await errorOf(h, periodInput(1))).toBe('Период «2021/20xx год» не распознан. Пример: 2022, 2021/2022 или 2021-2024.');
    expect(await h.page.innerText('#err-auditH1')).toBe('Цель 1-го полугодия: нужно число от 0 до 100.');
    expect(await h.page.innerText('#err-auditH2')).toBe('Цель 2-го полугодия: введите число.');
    expect(await errorOf(h, dateInput(0))).toBe('«31.02» — не дата ДД.ММ (например, 21.01).');
    expect(await errorOf(h, dateInput(1))).toBe('«13.13» — не дата ДД.ММ (например, 21.01).');
    expect(await h.page.innerText('#err-redOverduePercent')).toBe('Порог красной зоны: нужно число от 0 до 100.');
    expect(await h.page.innerText('#err-unconfirmedDays')).toBe('Число дней: целое от 0 до 365.');
    expect(await h.page.getAttribute('#auditH1', 'aria-invalid')).toBe('true');
    expect(await h.page.innerText('#status')).toBe('Исправьте поля, отмеченные красным.');
    expect(await h.page.evaluate(() => document.activeElement?.id)).toBe('defaultPeriod');
    await h.page.screenshot({ path: path.join(shots, 'settings-errors.png') });

    // The first half-year's target above the second's.
    await h.page.fill('#defaultPeriod', '');
    await h.page.fill(periodInput(1), '');
    await h.page.fill('#auditH1', '95');
    await h.page.fill('#auditH2', '90');
    await h.page.fill(dateInput(0), '21.01');
    await h.page.fill(dateInput(1), '13.07');
    await h.page.fill('#redOverduePercent', '20');
    await h.page.fill('#unconfirmedDays', '7,5');
    await h.page.click('#save');
    expect(await h.page.innerText('#err-auditH2')).toBe('Цель 2-го полугодия не может быть меньше цели 1-го: цели накопительные.');
    expect(await h.page.innerText('#err-unconfirmedDays')).toBe('Число дней: целое от 0 до 365.');
    expect(await h.page.innerText('#err-auditH1')).toBe('');
    expect(await h.page.innerText('#status')).toBe('Исправьте поля, отмеченные красным.');

    // Empty fields.
    await h.page.fill('#auditH1', '');
    await h.page.fill(dateInput(1), '');
    await h.page.click('#save');
    expect(await h.page.innerText('#err-auditH1')).toBe('Цель 1-го полугодия: введите число.');
    expect(await errorOf(h, dateInput(1))).toBe('Укажите дату ДД.ММ (например, 21.01) или удалите этот срок.');

    await h.waitForIdle();
    expect(saves(h)).toEqual([]);
    expect(h.hostEvents).toEqual([]);
    expect(h.pageErrors).toEqual([]);
  } finally {
    await h.close();
  }
});

test('fields are checked as the user types or leaves them, before any save', async () => {
  const h = await open(server());
  try {
    await loaded(h);
    await h.page.fill(periodInput(2), '2021/20');
    expect(await errorOf(h, periodInput(2))).toBe('Период «2021/20» не распознан. Пример: 2022, 2021/2022 или 2021-2024.');
    await h.page.fill(periodInput(2), '2021/22');
    expect(await errorOf(h, periodInput(2))).toBe('');
    expect(await h.page.innerText('#hint-period-2')).toBe('01.09.2021 – 31.08.2022');
    await h.page.fill('#auditH1', '150');
    await h.page.press('#auditH1', 'Tab');
    expect(await h.page.innerText('#err-auditH1')).toBe('Цель 1-го полугодия: нужно число от 0 до 100.');
    await h.page.fill('#auditH1', '4');
    expect(await h.page.innerText('#err-auditH1')).toBe('');
    await h.page.fill(dateInput(0), '30.2');
    await h.page.press(dateInput(0), 'Tab');
    expect(await h.page.inputValue(dateInput(0))).toBe('30.02');
    expect(await errorOf(h, dateInput(0))).toBe('«30.02» — не дата ДД.ММ (например, 21.01).');
    await h.waitForIdle();
    expect(saves(h)).toEqual([]);
  } finally {
    await h.close();
  }
});

test('a valid form is sent as a plain object, «Сохранено» is shown and the dialog closes', async () => {
  const h = await open(server());
  try {
    await loaded(h);
    await h.page.fill('#defaultPeriod', ' 2021/2022 ');
    await h.page.fill(periodInput(1), '2021-2024');
    await h.page.fill(periodInput(2), '2022');
    await h.page.fill(periodInput(3), '');
    await h.page.fill('#auditH1', '45,5');
    await h.page.fill('#auditH2', '100 %');
    await h.page.click('#add-date');
    expect(await h.page.evaluate(() => document.activeElement?.getAttribute('data-field'))).toBe('reportDates.2');
    await h.page.keyboard.type('1.9');
    await h.page.keyboard.press('Tab');
    expect(await h.page.inputValue(dateInput(2))).toBe('01.09');
    await h.page.click('#add-date');
    await h.page.fill(dateInput(3), '29.02');
    // Remove the first date: the rest move up.
    await h.page.click('.date:nth-child(1) .remove');
    await h.page.fill('#redOverduePercent', '0');
    await h.page.fill('#unconfirmedDays', '365');
    await h.page.click('#save');
    await h.page.waitForSelector('#status .notice-ok');
    expect(await h.page.innerText('#status')).toBe('Сохранено');
    await until(() => h.hostEvents.some((e) => e.type === 'close'), 3000, 'the dialog closes');

    expect(saves(h)).toHaveLength(1);
    const sent = saves(h)[0].args;
    expect(sent).toEqual([
      {
        defaultPeriod: '2021/2022',
        periods: [
          { sheet: 'План 2022', period: '2022' },
          { sheet: 'Сетевая программа 2021-2024', period: '2021-2024' },
          { sheet: 'План ШНРО', period: '2022' },
          { sheet: 'Архив 2019', period: '' },
        ],
        auditH1: 45.5,
        auditH2: 100,
        reportDates: ['13.07', '01.09', '29.02'],
        redOverduePercent: 0,
        unconfirmedDays: 365,
        blockMaxAgeDays: 7,
        registryLink: '',
        columns: [{ sheet: 'План 2022', header: 'Примечание', field: 'deadline' }],
      },
    ]);
    expect(SettingsFormSchema.parse(sent[0])).toEqual(sent[0]);
    expect(h.rejected).toEqual([]);
    expect(h.pageErrors).toEqual([]);
  } finally {
    await h.close();
  }
});

test('while saving, «Сохранить» is disabled with a progress line, and a double click saves once', async () => {
  const release = gate();
  const h = await open(server({ saveSettingsForm: () => release.promise.then(saveOk) }));
  try {
    await loaded(h);
    await h.page.dblclick('#save');
    await h.page.waitForSelector('#status .progress');
    expect(await h.page.innerText('#status')).toBe('Сохраняем…');
    expect(await h.page.isDisabled('#save')).toBe(true);
    expect(await h.page.isDisabled('#cancel')).toBe(true);
    await h.page.press('#auditH1', 'Enter');
    await h.page.screenshot({ path: path.join(shots, 'settings-saving.png') });
    release.open();
    await h.page.waitForSelector('#status .notice-ok');
    await until(() => h.hostEvents.some((e) => e.type === 'close'), 3000, 'the dialog closes');
    expect(saves(h)).toHaveLength(1);
    // Every listed sheet is sent, a sheet without a period with ''.
    const form = settingsData().form;
    form.periods = SETTINGS_SHEETS.map((sheet) => ({ sheet, period: form.periods.find((p) => p.sheet === sheet)?.period ?? '' }));
    expect(saves(h)[0].args).toEqual([form]);
  } finally {
    await h.close();
  }
});

test('errors from the server are shown next to their fields and the dialog stays open', async () => {
  const h = await open(server({ saveSettingsForm: () => saveRejected() }));
  try {
    await loaded(h);
    await h.page.click('#save');
    await h.page.waitForSelector('#status .notice-error');
    await h.waitForIdle();
    expect(await h.page.innerText('#err-auditH2')).toBe('Цель 2-го полугодия не может быть ниже цели 1-го.');
    expect(await errorOf(h, dateInput(1))).toBe('Срок отчёта не может совпадать с первым.');
    expect(await errorOf(h, periodInput(1))).toBe('Период листа не совпадает с заголовком листа.');
    expect(await h.page.innerText('#err-unconfirmedDays')).toBe('Слишком долго.');
    // A message with no field of its own goes to the footer.
    expect(await h.page.innerText('#status')).toBe('Лист «Настройки» защищён: попросите владельца таблицы дать вам доступ.');
    expect(await h.page.isEnabled('#save')).toBe(true);
    expect(await h.page.isEnabled('#cancel')).toBe(true);
    await h.page.screenshot({ path: path.join(shots, 'settings-server-errors.png') });
    await new Promise((resolve) => setTimeout(resolve, 900));
    expect(h.hostEvents).toEqual([]);
    expect(saves(h)).toHaveLength(1);
  } finally {
    await h.close();
  }
});

test('a failure of the save call is shown, and the user can try again', async () => {
  let fail = true;
  const h = await open(
    server({
      saveSettingsForm: () => {
        if (fail) throw new Error('Exception: Сервис недоступен, повторите попытку');
        return saveOk();
      },
    }),
  );
  try {
    await loaded(h);
    await h.page.click('#save');
    await h.page.waitForSelector('#status .notice-error');
    expect(await h.page.innerText('#status')).toBe('Не удалось сохранить: Сервис недоступен, повторите попытку.');
    fail = false;
    await h.page.click('#save');
    await until(() => h.hostEvents.some((e) => e.type === 'close'), 3000, 'the dialog closes');
    expect(saves(h)).toHaveLength(2);
  } finally {
    await h.close();
  }
});

test('the block «Столбцы»: a saved row shown, a row added with a header offered from the tables, one removed, an empty header stopped', async () => {
  const h = await open(server());
  try {
    await loaded(h);
    const rows = h.page.locator('.column-row');
    expect(await rows.count()).toBe(1);
    expect(await rows.nth(0).locator('.column-sheet').inputValue()).toBe('План 2022');
    expect(await rows.nth(0).locator('input').inputValue()).toBe('Примечание');
    expect(await rows.nth(0).locator('.column-field').inputValue()).toBe('deadline');
    expect(await h.page.$$eval('#column-headers option', (os) => os.map((o) => (o as HTMLOptionElement).value))).toContain('Исполнитель');

    await h.page.click('#add-column');
    expect(await h.page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Столбец 2: заголовок или буква');
    await h.page.click('#save');
    expect(await rows.nth(1).locator('.field-error').innerText()).toBe('Укажите заголовок столбца (как в таблице) или его букву.');
    expect(saves(h)).toHaveLength(0);

    await rows.nth(1).locator('input').fill('E');
    await rows.nth(1).locator('.column-field').selectOption('ignore');
    await rows.nth(0).locator('.remove').click();
    await h.page.click('#save');
    await h.page.waitForSelector('#status .notice-ok');
    expect((saves(h)[0].args[0] as { columns: unknown }).columns).toEqual([{ sheet: '', header: 'E', field: 'ignore' }]);
    await expectNoHorizontalScroll(h);
  } finally {
    await h.close();
  }
});

test('«Отмена» closes without saving; a load failure is explained', async () => {
  const h = await open(server());
  try {
    await loaded(h);
    await h.page.fill('#auditH1', '50');
    await h.page.click('#cancel');
    await h.waitForIdle();
    expect(h.hostEvents.map((e) => e.type)).toEqual(['close']);
    expect(saves(h)).toEqual([]);
  } finally {
    await h.close();
  }
  const f = await open(
    server({
      getSettingsDialogData: () => {
        throw new Error('Нет доступа к листу «Настройки»');
      },
    }),
  );
  try {
    await f.page.waitForSelector('#loading .notice-error');
    expect(await f.page.innerText('#loading')).toBe('Не удалось загрузить настройки: Нет доступа к листу «Настройки».');
    expect(await f.page.isVisible('#form')).toBe(false);
    expect(await f.page.isDisabled('#save')).toBe(true);
    await f.page.click('#cancel');
    await f.waitForIdle();
    expect(f.hostEvents.map((e) => e.type)).toEqual(['close']);
  } finally {
    await f.close();
  }
});

/** The dialog over the real server functions and a workbook of one small «План» sheet (no «Настройки» yet). */
async function openOverPlan() {
  const fake = createFakeGas({
    sheets: {
      План: [
        ['№', 'Мероприятие', 'Срок', 'Ответственный'],
        ['1', 'Совещание', 'октябрь', 'УО'],
      ] as Grid as SeedValue[][],
    },
    activeSheet: 'План',
  });
  const restore = fake.installGlobals();
  const h = await open(realMain as unknown as Record<string, ServerFunction>);
  return { fake, restore, h };
}

test('«Итоги школы устаревают через, дней»: shown, checked in the page and on the server, saved to «Настройки»', async () => {
  const { fake, restore, h } = await openOverPlan();
  try {
    await loaded(h);
    expect(await h.page.innerText('label[for="blockMaxAgeDays"]')).toBe('Итоги школы устаревают через, дней');
    expect(await h.page.inputValue('#blockMaxAgeDays')).toBe('7');
    for (const bad of ['400', '-1', '2,5', 'неделя', '']) {
      await h.page.fill('#blockMaxAgeDays', bad);
      await h.page.click('#save');
      expect(await h.page.innerText('#err-blockMaxAgeDays')).toBe('Число дней: целое от 0 до 365.');
      expect(await h.page.getAttribute('#blockMaxAgeDays', 'aria-invalid')).toBe('true');
    }
    expect(saves(h)).toEqual([]);
    // The server applies the same rule to a form that skipped the page's check.
    const form = { ...(realMain.getSettingsDialogData().form as Record<string, unknown>), blockMaxAgeDays: 366 };
    expect(realMain.saveSettingsForm(form)).toEqual({ ok: false, errors: [{ field: 'blockMaxAgeDays', message: 'Число дней: целое от 0 до 365.' }] });
    expect(fake.sheetNames()).not.toContain('Настройки');

    await h.page.fill('#blockMaxAgeDays', ' 30 ');
    await h.page.press('#blockMaxAgeDays', 'Tab');
    expect(await h.page.innerText('#err-blockMaxAgeDays')).toBe('');
    await h.page.click('#save');
    await h.page.waitForSelector('#status .notice-ok');
    expect(saves(h)).toHaveLength(1);
    expect((saves(h)[0].args[0] as { blockMaxAgeDays: number }).blockMaxAgeDays).toBe(30);
    const rows = fake.sheetValues('Настройки') as unknown[][];
    expect(rows.find((r) => r[0] === 'Итоги школы устаревают через, дней')?.[1]).toBe(30);
    expect(loadSettings(gasContext()).collection.blockMaxAgeDays).toBe(30);
    expect(realMain.getSettingsDialogData().form.blockMaxAgeDays).toBe(30);
    expect(h.pageErrors).toEqual([]);
  } finally {
    await h.close();
    restore();
  }
});

test('«Реестр школ (ссылка на таблицу координатора)»: a text field with a hint, checked in the page and on the server, saved to «Настройки»', async () => {
  const { fake, restore, h } = await openOverPlan();
  const message = 'Это не ссылка на Google Таблицу: скопируйте адрес таблицы координатора (https://docs.google.com/spreadsheets/d/…) или оставьте поле пустым.';
  const link = 'https://docs.google.com/spreadsheets/d/1CoordinatorSheetAbcdefghijklmnopqrstuv/edit';
  try {
    await loaded(h);
    expect(await h.page.innerText('label[for="registryLink"]')).toBe('Реестр школ (ссылка на таблицу координатора)');
    expect(await h.page.inputValue('#registryLink')).toBe('');
    expect(await h.page.innerText('#registryLink ~ .hint-static')).toMatch(/нет листа «Реестр школ»/);
    await h.page.fill('#registryLink', 'Реестр.xlsx');
    await h.page.press('#registryLink', 'Tab');
    expect(await h.page.innerText('#err-registryLink')).toBe(message);
    await h.page.click('#save');
    expect(await h.page.getAttribute('#registryLink', 'aria-invalid')).toBe('true');
    expect(saves(h)).toEqual([]);
    const form = { ...(realMain.getSettingsDialogData().form as Record<string, unknown>), registryLink: 'не ссылка' };
    expect(realMain.saveSettingsForm(form)).toEqual({ ok: false, errors: [{ field: 'registryLink', message }] });

    await h.page.fill('#registryLink', ` ${link} `);
    await h.page.press('#registryLink', 'Tab');
    expect(await h.page.innerText('#err-registryLink')).toBe('');
    await h.page.click('#save');
    await h.page.waitForSelector('#status .notice-ok');
    expect((saves(h)[0].args[0] as { registryLink: string }).registryLink).toBe(link);
    const rows = fake.sheetValues('Настройки') as unknown[][];
    expect(rows.find((r) => r[0] === 'Реестр школ (ссылка на таблицу координатора)')?.[1]).toBe(link);
    expect(loadSettings(gasContext()).registryLink).toBe(link);
    expect(realMain.getSettingsDialogData().form.registryLink).toBe(link);
    expect(h.pageErrors).toEqual([]);
  } finally {
    await h.close();
    restore();
  }
});
