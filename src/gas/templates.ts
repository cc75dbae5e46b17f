/**
 * «Создать лист из шаблона»: a new sheet in the open spreadsheet, never replacing an existing one
 * (a free name is taken when the title is in use). Formats, dropdowns, frozen header, header notes,
 * conditional formatting and a warning-only protection of the header come from sheets-templates/.
 * A fixed number of service calls per template, whatever the number of rows.
 */
import {
  FORMATTED_ROWS,
  HEADER_BACKGROUND,
  NUMBER_FORMATS,
  conditionalFormula,
  conditionalRange,
  firstDataRowNumber,
  headerRowNumber,
  templateGrid,
  templateValidations,
  type SheetTemplate,
} from '../domain/workbook/templates';
import { templateById } from '../../sheets-templates';
import { UserError } from './errors';
import { freeName, withDocumentLock, writeBlock } from './safe-writer';

export const TEMPLATE_KEY = 'roadmap-monitor.template';

/** Creates the sheet and returns its name. */
export function createSheetFromTemplate(id: string): string {
  const t = templateById(id);
  if (!t) throw new UserError(`Шаблон «${id}» не найден.`);
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  return withDocumentLock(() => {
    const name = freeName(ss, t.title);
    const sheet = ss.insertSheet(name);
    sheet.addDeveloperMetadata(TEMPLATE_KEY, t.id);
    const grid = templateGrid(t);
    const width = t.columns.length;
    const header = headerRowNumber(t);
    const first = firstDataRowNumber(t);
    const last = first + Math.max(t.sampleRows.length, FORMATTED_ROWS) - 1;

    // Column formats first, for the rows users will fill later too; then the values.
    const body = sheet.getRange(first, 1, last - first + 1, width);
    body.setNumberFormats(Array.from({ length: last - first + 1 }, () => t.columns.map((c) => NUMBER_FORMATS[c.format] ?? '0.##')));
    writeBlock(sheet, { row: 1, col: 1, values: grid.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? null)) });
    // Sample rows again over the formatted body, so dates keep the column's date format.
    if (t.sampleRows.length > 0) {
      sheet
        .getRange(first, 1, t.sampleRows.length, width)
        .setNumberFormats(t.sampleRows.map((row) => t.columns.map((c, i) => (typeof row[i] === 'string' ? '@' : (NUMBER_FORMATS[c.format] ?? '0.##')))));
    }

    const headerRange = sheet.getRange(header, 1, 1, width);
    headerRange.setFontWeight('bold').setBackground(HEADER_BACKGROUND).setWrap(true);
    headerRange.setNotes([t.columns.map((c) => c.help ?? '')]);
    t.columns.forEach((c, i) => sheet.setColumnWidth(i + 1, c.width));
    sheet.setFrozenRows(t.frozenRows);
    if (t.frozenColumns) sheet.setFrozenColumns(t.frozenColumns);

    const validations = templateValidations(t, last);
    if (validations.length > 0) {
      const rules = t.columns.map((_, i) => {
        const v = validations.find((x) => x.column === i);
        return v
          ? SpreadsheetApp.newDataValidation()
              .requireValueInList([...v.list], true)
              .setAllowInvalid(true)
              .build()
          : null;
      });
      body.setDataValidations(Array.from({ length: last - first + 1 }, () => rules));
    }
    sheet.setConditionalFormatRules(conditionalRules(sheet, t, last));
    if (t.protectHeader) {
      headerRange.protect().setDescription('Заголовок таблицы: столбцы распознаются по этим словам').setWarningOnly(true);
    }
    sheet.activate();
    return name;
  });
}

function conditionalRules(sheet: GoogleAppsScript.Spreadsheet.Sheet, t: SheetTemplate, last: number): GoogleAppsScript.Spreadsheet.ConditionalFormatRule[] {
  const rules: GoogleAppsScript.Spreadsheet.ConditionalFormatRule[] = [];
  for (const rule of t.conditional ?? []) {
    const range = sheet.getRange(conditionalRange(t, rule, last));
    if (rule.kind === 'status-colour') {
      for (const [text, colour] of Object.entries(rule.colours)) {
        rules.push(SpreadsheetApp.newConditionalFormatRule().whenTextEqualTo(text).setBackground(colour).setRanges([range]).build());
      }
      continue;
    }
    // Formulas are built from column positions and fixed lists, never from user text.
    // Apps Script takes formulas in the en_US form: English names, commas.
    const formula = conditionalFormula(rule, firstDataRowNumber(t), ',');
    if (!formula) continue;
    const builder = SpreadsheetApp.newConditionalFormatRule().whenFormulaSatisfied(formula).setBackground(rule.background).setRanges([range]);
    if (rule.kind === 'section-row' && rule.bold) builder.setBold(true);
    rules.push(builder.build());
  }
  return rules;
}

export function createMunicipalRoadmapSheet(): void {
  createSheetFromTemplate('municipal-roadmap');
}
export function createSchoolRoadmapSheet(): void {
  createSheetFromTemplate('school-roadmap');
}
export function createRiskProfileSheet(): void {
  createSheetFromTemplate('risk-profile');
}
export function createExpertiseSheet(): void {
  createSheetFromTemplate('expertise');
}
export function createRegistrySheet(): void {
  createSheetFromTemplate('registry');
}
export function createDirectorySheet(): void {
  createSheetFromTemplate('directory');
}
export function createSettingsSheet(): void {
  createSheetFromTemplate('settings');
}
