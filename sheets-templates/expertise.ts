/**
 * «Экспертиза»: a reviewer's scores of a school's documents — the concept, the medium-term
 * programme, each anti-risk programme — criterion by criterion (seed 003), with the add-on's
 * proposal, the comment and, for each paper, the total and the % of the maximum over the criteria
 * scored. Sample: the mutual expertise of МАОУ «Прииртышская СОШ» by МБОУ «СШ № 21» (seed 003),
 * the scores and comments as legible there. Its «Школа» column is left empty, as for the file's own
 * school's papers: the template stands for any school's expertise sheet, whoever reviewed it.
 */
import { criteriaOf, type DocumentType, type Score } from '../src/domain/expertise/criteria';
import { EXPERTISE_HEADERS, expertiseRows, type DocumentScores } from '../src/domain/workbook/kinds/expertise';
import type { SheetTemplate } from '../src/domain/workbook/templates';

const SCHOOL = 'МАОУ «Прииртышская СОШ»';

function doc(type: DocumentType, title: string, scores: readonly Score[], comments: readonly string[] = []): DocumentScores {
  return { title, type, items: criteriaOf(type).map((criterion, i) => ({ criterion, score: scores[i] ?? null, proposed: '', comment: comments[i] ?? '' })) };
}

const SAMPLE: readonly DocumentScores[] = [
  doc('concept', `Концепция развития, ${SCHOOL}`, [3], ['В рисковом профиле школы нет рисков со статусом «высокий»']),
  doc('medium', `Среднесрочная программа развития, ${SCHOOL}`, [3, 2, 2], ['Задачи соотносятся с причинами возникновения выбранных рисков']),
  doc(
    'programme',
    `Антирисковая программа «Высокая доля обучающихся с рисками учебной неуспешности», ${SCHOOL}`,
    [2, 2, 2],
    [
      'Не все задачи подкреплены комплексом мер: в задаче № 2 «Выявить причины образовательных трудностей обучающихся» только одно мероприятие',
      '',
      'Показатели не конкретизированы в цифрах',
    ],
  ),
];

const SCORES = ['3 – Да', '2 – Скорее да', '1 – Скорее нет', '0 – Нет', 'да', 'нет'] as const;

export const expertise: SheetTemplate = {
  id: 'expertise',
  title: 'Экспертиза',
  description:
    'Экспертиза документов школы (концепция, среднесрочная программа, антирисковые программы): оценка по каждому критерию 0–3 или да/нет, предложение дополнения, комментарий, итог и % от максимума.',
  kind: 'expertise',
  columns: [
    { header: EXPERTISE_HEADERS[0], field: 'doc', width: 260, format: 'text', help: 'Документ: «Антирисковая программа «…»», школа.' },
    {
      header: EXPERTISE_HEADERS[1],
      field: 'type',
      width: 180,
      format: 'text',
      list: ['Концепция развития', 'Среднесрочная программа развития', 'Антирисковая программа'],
    },
    { header: EXPERTISE_HEADERS[2], field: 'criterion', width: 360, format: 'text', help: 'Критерий экспертизы; строка «Итого» — итог документа.' },
    { header: EXPERTISE_HEADERS[3], field: 'scale', width: 70, format: 'text' },
    {
      header: EXPERTISE_HEADERS[4],
      field: 'score',
      width: 120,
      format: 'text',
      list: SCORES,
      help: '0 – Нет, 1 – Скорее нет, 2 – Скорее да, 3 – Да; для критериев «да/нет» — да или нет.',
    },
    {
      header: EXPERTISE_HEADERS[5],
      field: 'proposed',
      width: 240,
      format: 'text',
      help: 'Предварительная оценка дополнения и её причины; окончательная — в «Оценке».',
    },
    { header: EXPERTISE_HEADERS[6], field: 'comment', width: 320, format: 'text', help: 'Комментарий, сильные стороны, рекомендации.' },
    {
      header: EXPERTISE_HEADERS[7],
      field: 'school',
      width: 240,
      format: 'text',
      help: 'Чьи документы оценены: школа-партнёр по взаимоэкспертизе (так её оценка попадёт в сводку этой школе); пусто — документы школы этой таблицы.',
    },
  ],
  headerRows: 1,
  frozenRows: 1,
  protectHeader: true,
  sampleRows: expertiseRows(SAMPLE),
};
