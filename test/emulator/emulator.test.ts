import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vm from 'vm';
import { createFakeGas, DEFAULT_NUMBER_FORMAT, type FakeGas, formatDate, LOCK_TIMEOUT_MESSAGE, zonedDate } from '../../src/emulator';

function grid(rows: number, cols: number): (string | number)[][] {
  return Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => (r === 0 ? `H${c + 1}` : r * 100 + c)));
}

/** What a table store does: one read of a whole sheet. */
function readSheet(gas: FakeGas, name: string): unknown[][] {
  const sheet = gas.SpreadsheetApp.getActiveSpreadsheet().getSheetByName(name);
  if (!sheet) throw new Error('missing sheet');
  return sheet.getDataRange().getValues();
}

/** What a writer does: text columns as "@", then one block write. */
function writeBlock(gas: FakeGas, name: string, values: unknown[][]): void {
  const sheet = gas.SpreadsheetApp.getActiveSpreadsheet().getSheetByName(name);
  if (!sheet) throw new Error('missing sheet');
  const range = sheet.getRange(1, 1, values.length, values[0].length);
  range.setNumberFormat('@');
  range.setValues(values);
}

describe('call counting', () => {
  test('reading a 10-row and a 5,000-row sheet costs the same number of calls', () => {
    const small = createFakeGas({ sheets: { Data: grid(10, 8) } });
    const big = createFakeGas({ sheets: { Data: grid(5000, 8) } });
    expect(readSheet(small, 'Data')).toHaveLength(10);
    expect(readSheet(big, 'Data')).toHaveLength(5000);
    expect(small.calls.total()).toBe(big.calls.total());
    expect(big.calls.byMethod()).toEqual({
      'SpreadsheetApp.getActiveSpreadsheet': 1,
      'Spreadsheet.getSheetByName': 1,
      'Sheet.getDataRange': 1,
      'Range.getValues': 1,
    });
  });

  test('writing 10 and 5,000 rows costs the same number of calls', () => {
    const small = createFakeGas({ sheets: { Out: [] } });
    const big = createFakeGas({ sheets: { Out: [] } });
    writeBlock(small, 'Out', grid(10, 5));
    writeBlock(big, 'Out', grid(5000, 5));
    expect(small.calls.total()).toBe(big.calls.total());
    expect(big.calls.count('Range.setValues')).toBe(1);
    expect(big.sheetValues('Out')).toHaveLength(5000);
  });

  test('chained calls are counted, helpers are not, reset clears the log', () => {
    const gas = createFakeGas({ sheets: { A: [[1]] } });
    const range = gas.spreadsheet.getRange('A!A1');
    range.setNumberFormat('@').setValue('x').setBackground('#eeeeee');
    gas.sheetValues('A');
    gas.numberFormats('A');
    expect(gas.calls.log).toEqual(['Spreadsheet.getRange', 'Range.setNumberFormat', 'Range.setValue', 'Range.setBackground']);
    gas.calls.reset();
    expect(gas.calls.total()).toBe(0);
    expect(gas.calls.byMethod()).toEqual({});
  });
});

describe('ranges', () => {
  test('setValues throws when the data shape does not match the range', () => {
    const gas = createFakeGas({ sheets: { S: [] } });
    const sheet = gas.spreadsheet.getSheetByName('S')!;
    expect(() =>
      sheet.getRange(1, 1, 3, 2).setValues([
        [1, 2],
        [3, 4],
      ]),
    ).toThrow('The number of rows in the data does not match the number of rows in the range. The data has 2 but the range has 3.');
    expect(() => sheet.getRange(1, 1, 2, 2).setValues([[1, 2], [3]])).toThrow(
      'The number of columns in the data does not match the number of columns in the range. The data has 1 but the range has 2.',
    );
    expect(gas.sheetValues('S')).toEqual([]);
  });

  test('getRange validates its arguments like Apps Script', () => {
    const gas = createFakeGas();
    const sheet = gas.spreadsheet.getActiveSheet();
    expect(() => sheet.getRange(0, 1)).toThrow('The starting row of the range is too small.');
    expect(() => sheet.getRange(1, 1, 0, 1)).toThrow('The number of rows in the range must be at least 1.');
  });

  test('"=1+1" becomes a formula unless the cell is formatted as plain text', () => {
    const gas = createFakeGas({ sheets: { S: [] } });
    const sheet = gas.spreadsheet.getSheetByName('S')!;
    sheet.getRange('A1').setValue('=1+1');
    const text = sheet.getRange('B1');
    text.setNumberFormat('@');
    text.setValue('=1+1');
    expect(gas.formulas('S')).toEqual([['=1+1', '']]);
    expect(gas.sheetValues('S')).toEqual([['', '=1+1']]);
    expect(sheet.getRange('A1:B1').getFormulas()).toEqual([['=1+1', '']]);
    // A leading apostrophe forces text and is not stored.
    sheet.getRange('C1').setValue("'=2+2");
    expect(gas.cell('S', 'C1')).toMatchObject({ value: '=2+2', formula: null });
  });

  test('number-, percent- and date-like strings are converted unless the format is "@"', () => {
    const gas = createFakeGas({ sheets: { S: [] } });
    const sheet = gas.spreadsheet.getSheetByName('S')!;
    sheet.getRange(1, 1, 1, 5).setValues([['1.10', '100%', '01.03.2022', '007', 'TRUE']]);
    const [[num, pct, date, lead, bool]] = gas.sheetValues('S');
    expect(num).toBe(1.1);
    expect(pct).toBe(1);
    expect(gas.numberFormats('S')[0][1]).toBe('0%');
    expect(date).toEqual(zonedDate('Europe/Moscow', 2022, 3, 1));
    expect((date as Date).toISOString()).toBe('2022-02-28T21:00:00.000Z');
    expect(lead).toBe(7);
    expect(bool).toBe(true);

    const row2 = sheet.getRange(2, 1, 1, 5);
    row2.setNumberFormat('@');
    row2.setValues([['1.10', '100%', '01.03.2022', '007', 'TRUE']]);
    expect(gas.sheetValues('S')[1]).toEqual(['1.10', '100%', '01.03.2022', '007', 'TRUE']);
    expect(gas.numberFormats('S', 'A2:E2')).toEqual([['@', '@', '@', '@', '@']]);
    expect(gas.numberFormats('S', 'A3')).toEqual([[DEFAULT_NUMBER_FORMAT]]);
  });

  test('dates round-trip as Date objects and display as dd.MM.yyyy in the spreadsheet time zone', () => {
    const gas = createFakeGas({ sheets: { S: [] } });
    const d = new Date('2024-12-31T22:30:00Z'); // 01:30 on 1 January 2025 in Moscow
    const range = gas.spreadsheet.getRange('S!B2');
    range.setValue(d);
    const back = range.getValue();
    expect(back).toBeInstanceOf(Date);
    expect(back).toEqual(d);
    expect(back).not.toBe(d);
    expect(range.getDisplayValue()).toBe('01.01.2025');
    expect(gas.displayValues('S')).toEqual([
      ['', ''],
      ['', '01.01.2025'],
    ]);
    range.setNumberFormat('dd.mm.yyyy hh:mm');
    expect(range.getDisplayValue()).toBe('01.01.2025 01:30');

    const ny = createFakeGas({ timeZone: 'America/New_York', sheets: { S: [[d]] } });
    expect(ny.spreadsheet.getRange('S!A1').getDisplayValue()).toBe('31.12.2024');
    expect(ny.spreadsheet.getSpreadsheetTimeZone()).toBe('America/New_York');
  });

  test('empty cells read as "", sheets grow on demand, getLastRow/Column follow the data', () => {
    const gas = createFakeGas({ sheets: { S: [['a', null, 'c']] } });
    const sheet = gas.spreadsheet.getSheetByName('S')!;
    expect(sheet.getRange('A1:D2').getValues()).toEqual([
      ['a', '', 'c', ''],
      ['', '', '', ''],
    ]);
    expect(sheet.getLastRow()).toBe(1);
    expect(sheet.getLastColumn()).toBe(3);
    sheet.getRange(1500, 30).setValue('far');
    expect(sheet.getMaxRows()).toBe(1500);
    expect(sheet.getMaxColumns()).toBe(30);
    expect(sheet.getLastRow()).toBe(1500);
    expect(sheet.getRange(1500, 30).getA1Notation()).toBe('AD1500');
  });

  test('A1 notation with sheet names, open ranges and getDataRange', () => {
    const gas = createFakeGas({ sheets: { 'Дорожная карта': grid(3, 2), Other: [] } });
    const r = gas.spreadsheet.getRange("'Дорожная карта'!A2:B3");
    expect(r.getSheet().getName()).toBe('Дорожная карта');
    expect(r.getValues()).toEqual([
      [100, 101],
      [200, 201],
    ]);
    const col = gas.spreadsheet.getSheetByName('Other')!.getRange('B:C');
    expect([col.getRow(), col.getColumn(), col.getNumRows(), col.getNumColumns()]).toEqual([1, 2, 1000, 2]);
    expect(gas.spreadsheet.getSheetByName('Дорожная карта')!.getDataRange().getA1Notation()).toBe('A1:B3');
  });

  test('inserting and deleting rows and columns shifts the data', () => {
    const gas = createFakeGas({
      sheets: {
        S: [
          ['a', 'b'],
          ['c', 'd'],
        ],
      },
    });
    const sheet = gas.spreadsheet.getSheetByName('S')!;
    sheet.insertRowsAfter(1, 2);
    sheet.insertColumnsAfter(1, 1);
    expect(gas.sheetValues('S')).toEqual([
      ['a', '', 'b'],
      ['', '', ''],
      ['', '', ''],
      ['c', '', 'd'],
    ]);
    sheet.deleteRows(2, 2);
    sheet.deleteColumns(2, 1);
    expect(gas.sheetValues('S')).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
    expect(sheet.getMaxRows()).toBe(1000);
    expect(sheet.getMaxColumns()).toBe(26);
  });

  test('data validation, number formats, styles, notes, clear', () => {
    const gas = createFakeGas({ sheets: { S: [['x']] } });
    const range = gas.spreadsheet.getRange('S!A2:A3');
    const rule = gas.SpreadsheetApp.newDataValidation().requireValueInList(['да', 'нет'], true).setAllowInvalid(false).build();
    range.setDataValidation(rule);
    range.setBackground('#ff0000').setFontWeight('bold').setWrap(true).setNote('подсказка');
    expect(gas.validations('S')).toEqual([
      [null],
      [{ criteria: 'VALUE_IN_LIST', values: [['да', 'нет'], true], allowInvalid: false, helpText: '' }],
      [{ criteria: 'VALUE_IN_LIST', values: [['да', 'нет'], true], allowInvalid: false, helpText: '' }],
    ]);
    expect(range.getDataValidations()[0][0]?.getCriteriaType()).toBe(gas.SpreadsheetApp.DataValidationCriteria.VALUE_IN_LIST);
    expect(gas.cell('S', 'A2').styles).toEqual({ background: '#ff0000', fontWeight: 'bold', wrap: true });
    expect(range.getNotes()).toEqual([['подсказка'], ['подсказка']]);
    gas.spreadsheet.getRange('S!A1').clearContent();
    expect(gas.sheetValues('S')).toEqual([]);
  });
});

describe('spreadsheet and sheets', () => {
  test('insertSheet, duplicate names, copyTo, deleteSheet, active sheet', () => {
    const gas = createFakeGas({ sheets: { A: [['1']], B: [] }, activeSheet: 'B' });
    const ss = gas.SpreadsheetApp.getActiveSpreadsheet();
    expect(ss.getActiveSheet().getName()).toBe('B');
    const c = ss.insertSheet('C', 0);
    expect(gas.sheetNames()).toEqual(['C', 'A', 'B']);
    expect(gas.activeSheetName()).toBe('C');
    expect(() => ss.insertSheet('A')).toThrow('A sheet with the name "A" already exists. Please enter another name.');
    expect(() => c.setName('B')).toThrow('already exists');
    const copy = ss.getSheetByName('A')!.copyTo(ss);
    expect(copy.getName()).toBe('Копия A');
    expect(gas.sheetValues('Копия A')).toEqual([['1']]);
    ss.deleteSheet(c);
    expect(gas.sheetNames()).toEqual(['A', 'B', 'Копия A']);
    ss.getSheetByName('B')!.activate();
    expect(gas.activeSheetName()).toBe('B');
    ss.getSheetByName('A')!.setActiveSelection('B2:C3');
    expect(gas.SpreadsheetApp.getActiveRange().getA1Notation()).toBe('B2:C3');
    expect(gas.activeSheetName()).toBe('A');
    expect(ss.getId()).toBe('fake-spreadsheet-id');
    ss.toast('Готово', 'Монитор', 5);
    expect(gas.ui.toasts).toEqual([{ message: 'Готово', title: 'Монитор', timeoutSeconds: 5 }]);
  });

  test('frozen rows, column widths, developer metadata, protection', () => {
    const gas = createFakeGas({ sheets: { S: [] } });
    const ss = gas.spreadsheet;
    const sheet = ss.getSheetByName('S')!;
    sheet.setFrozenRows(1);
    sheet.setColumnWidths(1, 2, 180);
    expect(sheet.getFrozenRows()).toBe(1);
    expect(gas.columnWidths('S')).toEqual({ 1: 180, 2: 180 });

    sheet.addDeveloperMetadata('roadmap-monitor:role', 'roadmap');
    ss.addDeveloperMetadata('roadmap-monitor:schema', '1', gas.SpreadsheetApp.DeveloperMetadataVisibility.PROJECT);
    expect(sheet.getDeveloperMetadata().map((m) => [m.getKey(), m.getValue()])).toEqual([['roadmap-monitor:role', 'roadmap']]);
    expect(ss.getDeveloperMetadata().map((m) => m.getVisibility())).toEqual(['PROJECT']);
    const found = ss.createDeveloperMetadataFinder().withKey('roadmap-monitor:role').find();
    expect(found).toHaveLength(1);
    expect(found[0].getLocation().getSheet()?.getName()).toBe('S');

    const protection = sheet.protect().setDescription('Только для чтения').setWarningOnly(true);
    protection.setUnprotectedRanges([sheet.getRange('A2:B10')]);
    expect(sheet.getProtections(gas.SpreadsheetApp.ProtectionType.SHEET)).toHaveLength(1);
    expect(gas.protections()).toEqual([
      expect.objectContaining({ type: 'SHEET', sheet: 'S', description: 'Только для чтения', warningOnly: true, unprotected: ['S!A2:B10'] }),
    ]);
  });
});

describe('ui', () => {
  test('menus are recorded as a tree', () => {
    const gas = createFakeGas({ addonName: 'Монитор дорожных карт' });
    const ui = gas.SpreadsheetApp.getUi();
    const sub = ui.createMenu('Листы').addItem('Создать', 'createSheets');
    ui.createAddonMenu().addItem('Проверить', 'checkRoadmap').addSeparator().addSubMenu(sub).addToUi();
    ui.createMenu('Свой').addItem('Справка', 'showHelp').addToUi();
    expect(gas.ui.menus).toEqual([
      {
        title: 'Монитор дорожных карт',
        addon: true,
        items: [
          { kind: 'item', caption: 'Проверить', functionName: 'checkRoadmap' },
          { kind: 'separator' },
          { kind: 'submenu', title: 'Листы', items: [{ kind: 'item', caption: 'Создать', functionName: 'createSheets' }] },
        ],
      },
      { title: 'Свой', addon: false, items: [{ kind: 'item', caption: 'Справка', functionName: 'showHelp' }] },
    ]);
    expect(gas.ui.menuItems().map((i) => i.functionName)).toEqual(['checkRoadmap', 'createSheets', 'showHelp']);
    expect(gas.calls.count('Menu.addItem')).toBe(3);
  });

  test('sidebars and dialogs record the html from htmlDir; alerts use queued responses', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fake-gas-html-'));
    fs.writeFileSync(path.join(dir, 'Sidebar.html'), '<p>hello</p>');
    const gas = createFakeGas({ htmlDir: dir });
    const ui = gas.SpreadsheetApp.getUi();
    ui.showSidebar(gas.HtmlService.createHtmlOutputFromFile('Sidebar').setTitle('Монитор').setWidth(320));
    ui.showModalDialog(gas.HtmlService.createHtmlOutput('<b>x</b>').setWidth(600).setHeight(400), 'Отчёт');
    expect(gas.ui.sidebars).toEqual([{ title: 'Монитор', html: '<p>hello</p>', width: 320 }]);
    expect(gas.ui.dialogs).toEqual([{ title: 'Отчёт', html: '<b>x</b>', width: 600, height: 400, modal: true }]);
    expect(() => gas.HtmlService.createHtmlOutputFromFile('Missing')).toThrow('No HTML file named Missing was found.');

    const t = gas.HtmlService.createTemplate('<p><?= name ?></p><? if (n > 1) { ?>many<? } ?>');
    (t as unknown as Record<string, unknown>).name = '<Иван>';
    (t as unknown as Record<string, unknown>).n = 2;
    expect(t.evaluate().getContent()).toBe('<p>&lt;Иван&gt;</p>many');

    gas.ui.queueAlertResponse('YES');
    expect(ui.alert('Удалить?', 'Точно?', ui.ButtonSet.YES_NO)).toBe(ui.Button.YES);
    expect(ui.alert('Удалить?', 'Точно?', ui.ButtonSet.YES_NO)).toBe(ui.Button.CLOSE);
    expect(ui.alert('Готово')).toBe(ui.Button.OK);
    expect(gas.ui.alerts.map((a) => a.response)).toEqual(['YES', 'CLOSE', 'OK']);
    expect(gas.ui.alerts[0]).toEqual({ title: 'Удалить?', prompt: 'Точно?', buttons: 'YES_NO', response: 'YES' });
  });
});

describe('locks, properties, auth', () => {
  test('lock contention with another execution', () => {
    const gas = createFakeGas();
    const lock = gas.LockService.getDocumentLock();
    gas.simulateOtherExecutionHoldingLock(true);
    expect(lock.tryLock(1000)).toBe(false);
    expect(lock.hasLock()).toBe(false);
    expect(() => lock.waitLock(30000)).toThrow(LOCK_TIMEOUT_MESSAGE);
    expect(gas.lockState().document).toBe('other');
    gas.simulateOtherExecutionHoldingLock(false);
    expect(lock.tryLock(1000)).toBe(true);
    expect(lock.hasLock()).toBe(true);
    expect(gas.lockState().document).toBe('self');
    lock.releaseLock();
    expect(lock.hasLock()).toBe(false);
    // Only the script lock is contended: the document lock is free.
    gas.simulateOtherExecutionHoldingLock(true, 'script');
    expect(gas.LockService.getScriptLock().tryLock(10)).toBe(false);
    expect(gas.LockService.getDocumentLock().tryLock(10)).toBe(true);
  });

  test('properties: get, set, delete, bulk, size limit', () => {
    const gas = createFakeGas();
    const props = gas.PropertiesService.getDocumentProperties();
    expect(props.getProperty('k')).toBeNull();
    props.setProperty('k', 'v').setProperties({ a: '1', b: '2' });
    expect(props.getProperties()).toEqual({ k: 'v', a: '1', b: '2' });
    props.deleteProperty('a');
    expect(gas.properties('document')).toEqual({ k: 'v', b: '2' });
    props.setProperties({ only: 'x' }, true);
    expect(props.getKeys()).toEqual(['only']);
    expect(gas.properties('user')).toEqual({});
    expect(() => props.setProperty('big', 'x'.repeat(10000))).toThrow('Argument too large: value');
  });

  test('AuthMode.NONE: building the menu works, data and properties throw', () => {
    const gas = createFakeGas({ authMode: 'NONE', sheets: { S: [['secret']] } });
    const { ScriptApp, SpreadsheetApp, PropertiesService } = gas;
    const e = gas.openEvent();
    expect(e.authMode).toBe(ScriptApp.AuthMode.NONE);
    expect(e.source).toBeUndefined();

    // A well-behaved onOpen: only the menu.
    SpreadsheetApp.getUi().createAddonMenu().addItem('Проверить', 'check').addToUi();
    expect(gas.ui.menus).toHaveLength(1);

    expect(() => SpreadsheetApp.getActiveSpreadsheet()).toThrow('You do not have permission to call SpreadsheetApp.getActiveSpreadsheet');
    expect(() => SpreadsheetApp.getActive()).toThrow('You do not have permission');
    expect(() => SpreadsheetApp.getActiveSheet()).toThrow('You do not have permission');
    expect(() => PropertiesService.getDocumentProperties()).toThrow('You do not have permission to call PropertiesService.getDocumentProperties');
    expect(() => PropertiesService.getUserProperties()).toThrow('You do not have permission');
    expect(() => gas.spreadsheet.getSheets()).toThrow('You do not have permission');

    gas.setAuthMode('FULL');
    expect(SpreadsheetApp.getActiveSpreadsheet().getSheetByName('S')!.getRange('A1').getValue()).toBe('secret');
    expect(gas.openEvent().source).toBeDefined();
  });
});

describe('utilities, session, script app, globals', () => {
  test('Utilities.formatDate honours the time zone and pattern', () => {
    const gas = createFakeGas();
    const d = new Date('2025-03-09T21:05:07Z');
    expect(gas.Utilities.formatDate(d, 'Europe/Moscow', 'yyyy-MM-dd HH:mm:ss')).toBe('2025-03-10 00:05:07');
    expect(gas.Utilities.formatDate(d, 'UTC', "dd.MM.yyyy 'в' HH:mm")).toBe('09.03.2025 в 21:05');
    expect(formatDate(d, 'Asia/Yekaterinburg', 'd.M.yy Z')).toBe('10.3.25 +0500');
    gas.Utilities.sleep(500);
    expect(gas.sleptMs()).toBe(500);
  });

  test('Session and ScriptApp', () => {
    const gas = createFakeGas({ userEmail: 'teacher@school.ru', timeZone: 'Asia/Omsk' });
    expect(gas.Session.getActiveUser().getEmail()).toBe('teacher@school.ru');
    expect(gas.Session.getScriptTimeZone()).toBe('Asia/Omsk');
    const trigger = gas.ScriptApp.newTrigger('resumeCheck').timeBased().after(60000).create();
    expect(gas.triggers()).toEqual([expect.objectContaining({ handler: 'resumeCheck', kind: 'CLOCK', details: { after: 60000 } })]);
    gas.ScriptApp.deleteTrigger(trigger);
    expect(gas.ScriptApp.getProjectTriggers()).toHaveLength(0);
  });

  test('globals() run Apps-Script-style code in a vm context', () => {
    const gas = createFakeGas({ sheets: { S: [['a', 'b']] } });
    const context = vm.createContext({ ...gas.globals() });
    const result = vm.runInContext(
      `var v = SpreadsheetApp.getActiveSpreadsheet().getSheetByName('S').getDataRange().getValues();
       PropertiesService.getDocumentProperties().setProperty('n', String(v[0].length));
       Logger.log('read %s cells', v[0].length);
       v[0].join('|')`,
      context,
    );
    expect(result).toBe('a|b');
    expect(gas.properties('document')).toEqual({ n: '2' });
    expect(gas.logs).toEqual(['read 2 cells']);

    // Pass the host Date so that `instanceof Date` holds for values read inside the context.
    const ctx2 = vm.createContext({ ...gas.globals(), Date });
    vm.runInContext(`SpreadsheetApp.getActive().getRange('S!C1').setValue(new Date(Date.UTC(2025, 0, 1)))`, ctx2);
    expect(vm.runInContext(`SpreadsheetApp.getActive().getRange('S!C1').getValue() instanceof Date`, ctx2)).toBe(true);
    // Dates made by the context's own Date are accepted too.
    vm.runInContext(`SpreadsheetApp.getActive().getRange('S!D1').setValue(new Date(0))`, context);
    expect(gas.sheetValues('S')[0][3]).toEqual(new Date(0));

    const restore = gas.installGlobals();
    expect((globalThis as unknown as Record<string, unknown>).SpreadsheetApp).toBe(gas.SpreadsheetApp);
    restore();
    expect((globalThis as unknown as Record<string, unknown>).SpreadsheetApp).toBeUndefined();
  });
});
