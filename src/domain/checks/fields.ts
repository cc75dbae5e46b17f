/** Per-measure checks of the plan itself: required fields, deadlines, indicators. */
import { ruDate } from '../core/text-ru';
import type { NormalisedTable, Period } from '../core/types';
import { NotesCursor, type BuiltMeasures } from '../roadmap/measure';
import { looksLikeResponsible } from '../parse/responsible';
import { type DiagnosticSink, quote } from './context';

export function checkFields(built: BuiltMeasures, table: NormalisedTable, period: Period, sink: DiagnosticSink): void {
  const hasDeadline = table.columns.deadline !== undefined;
  const hasResponsible = table.columns.responsible !== undefined;
  const hasResult = table.columns.result !== undefined;
  const { measures } = built;
  const notesOf = new NotesCursor(built.noted);
  // An index loop: for…of over the array left an iterator result a measure.
  for (let i = 0; i < measures.length; i++) {
    const m = measures[i];
    const notes = notesOf.of(m); // for every measure: the cursor walks them in order
    if (!m.title) sink.add('missing-title', m.row, 'title', 'не указано наименование мероприятия.');
    if (hasDeadline) {
      const d = m.deadline;
      if (!d) {
        sink.add('missing-deadline', m.row, 'deadline', 'не указан срок исполнения.');
      } else if (!notes.deadlineReadable) {
        if (looksLikeResponsible(d.text)) {
          sink.add(
            'deadline-is-responsible',
            m.row,
            'deadline',
            `в столбце сроков записано ${quote(d.text)} — это похоже на ответственного, а не на срок. Перенесите текст в столбец ответственных и укажите срок.`,
          );
        } else {
          sink.add(
            'deadline-unreadable',
            m.row,
            'deadline',
            `срок ${quote(d.text)} не удалось прочитать. Напишите месяц и год («октябрь 2022»), дату («27.03.2022»), период («март – май 2022») или «в течение учебного года».`,
          );
        }
      } else if (d.unscheduled) {
        sink.add('deadline-unscheduled', m.row, 'deadline', `срок ${quote(d.text)} не задаёт дат: выполнение по нему не контролируется.`);
      } else if (d.start && d.end && (d.end < period.start || d.start > period.end)) {
        sink.add(
          'deadline-outside-period',
          m.row,
          'deadline',
          `срок ${quote(d.text)} (${ruDate(d.start)} – ${ruDate(d.end)}) вне периода плана ${period.label} (${ruDate(period.start)} – ${ruDate(period.end)}). Проверьте год.`,
        );
      }
    }
    if (hasResponsible && m.responsible.length === 0) {
      sink.add('missing-responsible', m.row, 'responsible', 'не указан ответственный исполнитель.');
    }
    if (hasResult && !m.result) {
      sink.add('missing-result', m.row, 'result', 'не указан результат (форма представления результата).');
    }
    if (m.indicator && !m.indicator.measurable) {
      sink.add(
        'indicator-not-measurable',
        m.row,
        'indicator',
        `показатель ${quote(m.indicator.text)} нельзя измерить. Укажите долю («не менее 75% учителей»), количество («не менее 5 совещаний») или изменение («с 66% до 78%»).`,
      );
    }
  }
}
