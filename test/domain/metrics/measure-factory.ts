/** Builds Measure objects directly for the indicator and summary tests (no parsing involved). */
import type { Measure } from '../../../src/domain/roadmap/measure';
import type { Deadline, Indicator, IsoDate, Recurrence } from '../../../src/domain/core/types';

export function deadline(start: IsoDate | null, end: IsoDate | null, recurrence: Recurrence | null = null, text?: string): Deadline {
  return { text: text ?? `${start ?? ''}–${end ?? ''}`, start, end, recurrence, unscheduled: false };
}

/** A one-off deadline «до <end>» (start = the plan's start, as the parser gives it). */
export function due(end: IsoDate, text?: string): Deadline {
  return deadline(null, end, null, text ?? `до ${end.slice(8, 10)}.${end.slice(5, 7)}.${end.slice(0, 4)}`);
}

export const LINK = 'https://disk.example.ru/doc/1';

let nextRow = 100;

export function measure(p: Partial<Measure> = {}): Measure {
  const row = p.row ?? nextRow++;
  return {
    row,
    sourceRows: [row],
    number: p.number ?? String(row),
    section: null,
    title: `Мероприятие ${row}`,
    task: null,
    deadline: null,
    indicator: null,
    responsible: [],
    result: null,
    status: null,
    doneDate: null,
    actual: null,
    evidence: null,
    curatorMark: null,
    curatorDate: null,
    curatorComment: null,
    comment: null,
    extra: {},
    ...p,
    responsibleFull: p.responsibleFull ?? p.responsible ?? [],
  };
}

export function indicator(text: string, target: Indicator['target'], measurable = target !== null): Indicator {
  return { text, measurable, target };
}
