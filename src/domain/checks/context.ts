/** Building diagnostics whose Russian messages name the sheet, the row and the column. */
import type { Diagnostic, Field, NormalisedTable, Place } from '../core/types';
import { where } from '../workbook/sheet-cells';
import { DIAGNOSTIC_CODES, type DiagnosticCode } from './codes';

/** Russian names of fields, for messages about a column the table does not have. */
export const FIELD_NAMES: Record<Field, string> = {
  number: '№',
  title: 'Наименование мероприятия',
  task: 'Задача',
  deadline: 'Срок',
  indicator: 'Показатель',
  responsible: 'Ответственный',
  result: 'Результат',
  status: 'Статус',
  doneDate: 'Дата выполнения',
  actual: 'Факт',
  evidence: 'Подтверждающий документ',
  curatorMark: 'Отметка куратора',
  curatorDate: 'Дата отметки',
  curatorComment: 'Комментарий куратора',
  comment: 'Комментарий',
};

export class DiagnosticSink {
  readonly list: Diagnostic[] = [];

  constructor(
    private readonly sheetName: string,
    private readonly table: Pick<NormalisedTable, 'columns'>,
  ) {}

  /** «Лист «План», строка 12, столбец «Сроки исполнения»» */
  where(row: number | null, field: Field | null): string {
    const p = this.place(row, field);
    return where(p.sheet, p.row, p.column);
  }

  /** The place of a row and field: the sheet, the row, the field's column header as the table writes it. */
  place(row: number | null, field: Field | null): Place {
    return { sheet: this.sheetName, row, column: field ? (this.table.columns[field]?.header ?? FIELD_NAMES[field]) : null };
  }

  add(code: DiagnosticCode, row: number | null, field: Field | null, text: string): void {
    this.list.push({
      code,
      severity: DIAGNOSTIC_CODES[code].severity,
      row,
      field,
      message: `${this.where(row, field)}: ${text}`,
      place: this.place(row, field),
      text,
    });
  }

  /** A finding made elsewhere (the table normaliser's), its bare text placed like the sink's own. */
  placed(d: Diagnostic): Diagnostic {
    const field = (d.field as Field) ?? null;
    return { ...d, message: `${this.where(d.row, field)}: ${d.message}`, place: this.place(d.row, field), text: d.message };
  }
}

/** Quote user text in a message, shortened so one long cell does not flood the report. */
export function quote(text: string, max = 80): string {
  const one = text.replace(/\s+/g, ' ').trim();
  return `«${one.length > max ? one.slice(0, max - 1) + '…' : one}»`;
}
