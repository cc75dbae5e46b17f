/** What Sheets holds besides values, as the emulator models it: HYPERLINK labels, rich-text links, merged ranges. */
import { createFakeGas } from '../fakes/gas';

function sheetOf(values: (string | number | null)[][]) {
  const fake = createFakeGas({ sheets: { Лист: values } });
  return { fake, sheet: fake.spreadsheet.getSheetByName('Лист')! };
}

test('a HYPERLINK formula shows its label (or its URL), getFormulas keeps the formula', () => {
  const { sheet } = sheetOf([[]]);
  sheet.getRange('A1').setValue('=HYPERLINK("https://school.example/1";"Приказ № 12")');
  sheet.getRange('A2').setFormula('=HYPERLINK("https://school.example/2")');
  sheet.getRange('A3').setFormulas([['=HYPERLINK("https://x.example/?q=""a""", "Справка ""итог""")']]);
  expect(
    sheet
      .getRange('A1:A3')
      .getValues()
      .map((r) => r[0]),
  ).toEqual(['Приказ № 12', 'https://school.example/2', 'Справка "итог"']);
  expect(sheet.getRange('A1').getFormula()).toBe('=HYPERLINK("https://school.example/1";"Приказ № 12")');
  // A text cell formatted as plain text stays text: no formula, no label.
  sheet.getRange('B1').setNumberFormat('@').setValue('=HYPERLINK("https://evil.example";"x")');
  expect(sheet.getRange('B1').getFormula()).toBe('');
  expect(sheet.getRange('B1').getValue()).toBe('=HYPERLINK("https://evil.example";"x")');
});

test('rich text: a link on part of a cell, on the whole of it, and the runs; a plain write drops it', () => {
  const { fake, sheet } = sheetOf([['Протокол']]);
  const app = fake.SpreadsheetApp;
  const part = app.newRichTextValue().setText('Протокол № 3 от 20.01').setLinkUrl(0, 12, 'https://school.example/p3').build();
  const whole = app.newRichTextValue().setText('Справка').setLinkUrl('https://school.example/s').build();
  sheet.getRange('A1:A2').setRichTextValues([[part], [whole]]);
  const [[a], [b]] = sheet.getRange('A1:A2').getRichTextValues();
  expect(a!.getText()).toBe('Протокол № 3 от 20.01');
  expect(a!.getLinkUrl()).toBeNull();
  expect(a!.getRuns().map((r) => [r.getText(), r.getLinkUrl()])).toEqual([
    ['Протокол № 3', 'https://school.example/p3'],
    [' от 20.01', null],
  ]);
  expect(b!.getLinkUrl()).toBe('https://school.example/s');
  expect(sheet.getRange('A2').getValue()).toBe('Справка');
  sheet.getRange('A2').setValue('без ссылки');
  expect(sheet.getRange('A2').getRichTextValue()!.getLinkUrl()).toBeNull();
  // A number holds no text: null, as Apps Script gives it. A HYPERLINK formula's text carries its URL.
  sheet.getRange('A3').setValue(5);
  sheet.getRange('A4').setValue('=HYPERLINK("https://school.example/4";"Отчёт")');
  expect(sheet.getRange('A3').getRichTextValue()).toBeNull();
  expect(sheet.getRange('A4').getRichTextValue()!.getLinkUrl()).toBe('https://school.example/4');
});

test('merged ranges keep the top-left value only, are listed by getMergedRanges and move with rows', () => {
  const { sheet } = sheetOf([
    ['№', 'Мероприятие', 'Срок'],
    ['1', 'Совещание', 'март 2022'],
    ['2', 'Семинар', 'лишнее'],
    ['3', 'Отчёт', 'декабрь 2022'],
  ]);
  sheet.getRange('C2:C3').merge();
  expect(sheet.getRange('C2:C3').getValues()).toEqual([['март 2022'], ['']]);
  expect(
    sheet
      .getRange('A1:C4')
      .getMergedRanges()
      .map((r) => r.getA1Notation()),
  ).toEqual(['C2:C3']);
  expect(sheet.getRange('C3').isPartOfMerge()).toBe(true);
  sheet.insertRowsBefore(1, 2);
  expect(
    sheet
      .getDataRange()
      .getMergedRanges()
      .map((r) => r.getA1Notation()),
  ).toEqual(['C4:C5']);
  sheet.deleteRows(5, 1);
  expect(sheet.getDataRange().getMergedRanges()).toEqual([]);
  sheet.getRange('A1:C1').mergeAcross();
  sheet.getRange('A7:B8').mergeVertically();
  const all = () =>
    sheet
      .getRange('A1:C10')
      .getMergedRanges()
      .map((r) => r.getA1Notation())
      .sort();
  expect(all()).toEqual(['A1:C1', 'A7:A8', 'B7:B8']);
  sheet.getRange('A1').breakApart();
  expect(all()).toEqual(['A7:A8', 'B7:B8']);
});
