/** Building diagnostics whose Russian messages name the sheet, the row and the column. */
import type { Diagnostic, Field, NormalisedTable } from '../types';
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
    const parts = [`Лист «${this.sheetName}»`];
    if (row !== null) parts.push(`строка ${row}`);
    if (field) parts.push(`столбец «${this.table.columns[field]?.header ?? FIELD_NAMES[field]}»`);
    return parts.join(', ');
  }

  add(code: DiagnosticCode, row: number | null, field: Field | null, text: string): void {
    this.list.push({
      code,
      severity: DIAGNOSTIC_CODES[code].severity,
      row,
      field,
      message: `${this.where(row, field)}: ${text}`,
    });
  }
}

/** Quote user text in a message, shortened so one long cell does not flood the report. */
export function quote(text: string, max = 80): string {
  const one = text.replace(/\s+/g, ' ').trim();
  return `«${one.length > max ? one.slice(0, max - 1) + '…' : one}»`;
}
