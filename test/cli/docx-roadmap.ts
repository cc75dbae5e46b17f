/** The roadmap of the docx tests, as Word stores it: a title, the header, a gridSpan section row, a vMerge deadline over three measures, a two-paragraph cell, a hyperlink. */
import type { Block } from './docx-builder';

export const ROADMAP: Block[] = [
  { paragraph: 'УТВЕРЖДЕН' },
  { paragraph: 'приказом управления образования от 30.12.2021 № 470' },
  { paragraph: '' },
  { paragraph: 'План мероприятий по поддержке школ с низкими результатами обучения на 2022 год' },
  {
    table: [
      { header: true, cells: ['№ п/п', 'Наименование мероприятия', 'Сроки исполнения', 'Ответственный', 'Результат'] },
      { cells: [{ span: 5, paras: ['1. Организационные мероприятия'] }] },
      {
        cells: [
          '1.1',
          'Установочное совещание с руководителями школ',
          { vMerge: 'restart', paras: ['Январь 2022 года'] },
          'Управление образования',
          'Протокол',
        ],
      },
      {
        cells: [
          '1.2',
          { paras: ['Анализ результатов ВПР', 'по всем предметам'] },
          { vMerge: 'continue' },
          'Методический отдел',
          { link: { url: 'https://example.org/vpr', label: 'Аналитическая справка' } },
        ],
      },
      { cells: ['1.3', 'Собеседования с руководителями школ', { vMerge: 'continue' }, 'Управление образования', 'Справка'] },
      { cells: ['1.4', 'Семинар для заместителей директоров', 'до 27 марта 2022 г.', 'Методический отдел', 'Программа семинара'] },
    ],
  },
];
