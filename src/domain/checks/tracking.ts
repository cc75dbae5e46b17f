/** Checks of the monitoring columns users add: status, dates, evidence, curator's mark. */
import type { IsoDate, NormalisedTable } from '../core/types';
import { NO_NOTES, NotesCursor, type BuiltMeasures } from '../roadmap/measure';
import { CURATOR_MARKS, STATUSES, findUrls } from '../parse/tracking';
import { type DiagnosticSink, quote } from './context';
import { ruDate } from '../core/text-ru';
import { looksLikeDocumentName } from '../table/sniff';

export function checkTracking(built: BuiltMeasures, table: NormalisedTable, today: IsoDate, sink: DiagnosticSink): void {
  const hasDoneDate = table.columns.doneDate !== undefined;
  const hasEvidence = table.columns.evidence !== undefined;
  const { measures } = built;
  const notesOf = new NotesCursor(built.noted);
  for (let i = 0; i < measures.length; i++) {
    const m = measures[i];
    const notes = notesOf.of(m);
    const raw = notes.raw;
    if (raw.status !== undefined) {
      if (m.status === null) {
        sink.add('status-unknown', m.row, 'status', `статус ${quote(raw.status)} не из списка: ${STATUSES.join(', ')}.`);
      } else if (!notes.statusExact) {
        const moved = notes.statusTail === null ? '' : `; ${quote(notes.statusTail)} перенесено в комментарий`;
        sink.add('status-variant', m.row, 'status', `статус ${quote(raw.status)} понят как «${m.status}»${moved}. Выберите значение из списка.`);
      }
    }
    if (raw.curatorMark !== undefined) {
      if (m.curatorMark === null) {
        sink.add('curator-mark-unknown', m.row, 'curatorMark', `отметка ${quote(raw.curatorMark)} не из списка: ${CURATOR_MARKS.join(', ')}.`);
      } else if (!notes.curatorMarkExact) {
        sink.add('curator-mark-variant', m.row, 'curatorMark', `отметка ${quote(raw.curatorMark)} понята как «${m.curatorMark}». Выберите значение из списка.`);
      }
    }
    checkDate(m.row, 'doneDate', raw.doneDate, m.doneDate, today, sink);
    checkDate(m.row, 'curatorDate', raw.curatorDate, m.curatorDate, today, sink);
    // Evidence is a link, typed or behind the cell (its label kept beside it): a text with no link is not.
    if (m.evidence && findUrls(m.evidence).length === 0) {
      // A document's name is the right thing in the wrong form: its link is missing, the column is right.
      if (looksLikeDocumentName(m.evidence)) {
        sink.add('evidence-no-link', m.row, 'evidence', `документ ${quote(m.evidence)} указан без ссылки. Вставьте ссылку на него (https://…).`);
      } else {
        sink.add('evidence-not-link', m.row, 'evidence', `${quote(m.evidence)} — не ссылка. Вставьте ссылку, начинающуюся с https://.`);
      }
    }
    if (m.status === 'Выполнено') {
      // Without notes a completion date was typed exactly when one was read.
      if (hasDoneDate && (notes === NO_NOTES ? m.doneDate === null : raw.doneDate === undefined)) {
        sink.add('done-without-date', m.row, 'doneDate', 'мероприятие отмечено «Выполнено», но дата выполнения не указана.');
      }
      if (hasEvidence && !m.evidence) {
        sink.add('done-without-evidence', m.row, 'evidence', 'мероприятие отмечено «Выполнено», но нет ссылки на подтверждающий документ.');
      }
    }
  }
}

/** A completion or mark date: typed but unreadable, or later than today. */
function checkDate(row: number, field: 'doneDate' | 'curatorDate', text: string | undefined, iso: IsoDate | null, today: IsoDate, sink: DiagnosticSink): void {
  if (text !== undefined && iso === null) {
    sink.add('date-unreadable', row, field, `дата ${quote(text)} не читается. Запишите её как ДД.ММ.ГГГГ.`);
  } else if (iso && iso > today) {
    sink.add('date-in-future', row, field, `дата ${ruDate(iso)} позже сегодняшней (${ruDate(today)}).`);
  }
}
