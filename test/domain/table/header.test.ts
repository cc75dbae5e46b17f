/** Header words → fields: synonyms, stems, case, «ё», punctuation and line breaks. */
import { normaliseTable, scoreHeaderText } from '../../../src/domain/table';
import { type Field } from '../../../src/domain/core/types';

const best = (header: string): Field | null => {
  const s = scoreHeaderText(header)[0];
  return s && s.score >= 7 ? s.field : null;
};

const CASES: Array<[Field, string[]]> = [
  ['number', ['№', '№ п/п', '№п/п', '№ п\\п', 'N п/п', 'п/п', 'Номер', '№\nп/п', 'No', '№ мероприятия']],
  [
    'title',
    [
      'Наименование мероприятия',
      'Мероприятие',
      'Мероприятия',
      'Содержание работы',
      'Содержание деятельности',
      'Содержание',
      'Меры',
      'Наименование меры',
      'Название мероприятия',
      'Перечень мероприятий',
      'НАИМЕНОВАНИЕ  МЕРОПРИЯТИЙ',
      'Наименование\nмероприятия',
    ],
  ],
  ['task', ['Задачи', 'Задача']],
  [
    'deadline',
    [
      'Сроки исполнения',
      'Срок',
      'Сроки',
      'Срок исполнения',
      'Срок реализации',
      'Срок проведения',
      'Сроки выполнения',
      'Дата проведения',
      'Дата',
      'Период',
      'Период реализации',
      'Когда',
      'Сроки\nисполнения',
      'Планируемый срок',
    ],
  ],
  [
    'indicator',
    [
      'Показатель реализации',
      'Показатель результативности',
      'Индикатор',
      'Индикаторы',
      'Целевой показатель',
      'Критерий',
      'Показатели',
      'Показатель реализации мероприятия',
    ],
  ],
  [
    'responsible',
    [
      'Ответственный',
      'Ответственные',
      'Исполнитель',
      'Исполнители',
      'Ответственные/ участники',
      'Ответственное лицо',
      'Кто проводит',
      'Соисполнители',
      'Ответственный исполнитель',
      'Ответственный за выполнение мероприятия',
      'Исполнители и соисполнители',
    ],
  ],
  [
    'result',
    [
      'Результат',
      'Результаты',
      'Ожидаемый результат',
      'Планируемый результат',
      'Форма представления результата',
      'Продукт',
      'Форма отчета',
      'Форма отчёта',
      'Результат мероприятия',
    ],
  ],
  ['status', ['Статус', 'Состояние', 'Отметка о выполнении', 'Выполнено?', 'Статус выполнения', 'Отметка об исполнении']],
  ['doneDate', ['Дата выполнения', 'Фактическая дата', 'Дата исполнения', 'Фактический срок исполнения', 'Дата фактического выполнения']],
  ['actual', ['Факт', 'Фактическое значение', 'Достигнутое значение', 'Факт, %', 'Фактический результат']],
  ['evidence', ['Ссылка', 'Ссылка на подтверждающий документ', 'Подтверждающий документ', 'Подтверждение', 'Доказательства', 'URL', 'Ссылки на материалы']],
  ['curatorMark', ['Отметка куратора', 'Подтверждение куратора', 'Куратор', 'Согласование куратора']],
  ['curatorDate', ['Дата отметки', 'Дата отметки куратора', 'Дата проверки', 'Дата проверки куратором']],
  ['curatorComment', ['Комментарий куратора', 'Замечания куратора', 'Комментарии куратора']],
  ['comment', ['Комментарий', 'Комментарии', 'Примечание', 'Примечания']],
];

describe('header cell → field', () => {
  for (const [field, headers] of CASES) {
    it.each(headers)(`${field}: %j`, (header) => {
      expect(best(header)).toBe(field);
    });
  }

  it.each(['Должность', 'Факторы риска', 'Уровень результатов', 'ОУ с низкими образовательными результатами (ШПРО)', '1.', '', 'Эффект', 'Стр.'])(
    'names no field: %j',
    (header) => {
      expect(best(header)).toBeNull();
    },
  );

  it('ignores long texts (data, not headers)', () => {
    expect(best('Организация мероприятий по повышению качества образования в школах с низкими результатами, сроки и ответственные '.repeat(3))).toBeNull();
  });
});

describe('header row detection', () => {
  it('picks the header below title lines and a data-like line above it', () => {
    const t = normaliseTable([
      ['План мероприятий на 2023 год'],
      ['Ответственный за план: директор'],
      ['№', 'Мероприятие', 'Срок', 'Ответственный'],
      ['1', 'Совещание', 'Январь 2023', 'Директор'],
    ]);
    expect(t.headerRow).toBe(3);
    expect(t.titleLines).toEqual(['План мероприятий на 2023 год', 'Ответственный за план: директор']);
    expect(t.rows).toHaveLength(1);
  });

  it('needs two fields, one of them number, title or deadline', () => {
    expect(
      normaliseTable([
        ['Ответственный', 'Результат'],
        ['Директор', 'Протокол'],
      ]).headerRow,
    ).toBeNull();
    expect(normaliseTable([['Мероприятие'], ['Совещание']]).headerRow).toBeNull();
    expect(
      normaliseTable([
        ['Мероприятие', 'Ответственный'],
        ['Совещание', 'Директор'],
      ]).headerRow,
    ).toBe(1);
    expect(
      normaliseTable([
        ['Срок', 'Ответственный'],
        ['Март', 'Директор'],
      ]).headerRow,
    ).toBe(1);
  });

  it('finds a header further down than the first 30 rows', () => {
    const grid = [
      ...Array.from({ length: 40 }, (_, i) => [`Строка пояснительной записки ${i}`]),
      ['№ п/п', 'Наименование мероприятия', 'Сроки исполнения'],
      ['1.', 'Совещание', 'Март 2023'],
    ];
    const t = normaliseTable(grid);
    expect(t.headerRow).toBe(41);
    expect(t.rows.map((r) => r.values.title)).toEqual(['Совещание']);
    expect(t.titleLines).toHaveLength(40);
  });

  it('prefers the best-matching row among the first rows', () => {
    const t = normaliseTable([
      ['Мероприятие', 'Срок'],
      ['№ п/п', 'Наименование мероприятия', 'Сроки исполнения', 'Ответственный', 'Результат'],
      ['1.', 'Совещание', 'Март 2023', 'Директор', 'Протокол'],
    ]);
    expect(t.headerRow).toBe(2);
    expect(Object.keys(t.columns).sort()).toEqual(['deadline', 'number', 'responsible', 'result', 'title']);
  });

  it('when two columns compete for a field the better header wins, the other is unknown', () => {
    const t = normaliseTable([
      ['№', 'Мероприятие', 'Срок', 'Ответственный', 'Результат', 'Форма представления результата'],
      ['1', 'Совещание', 'Март', 'Директор', 'Проведено', 'Протокол'],
    ]);
    expect(t.columns.result).toEqual({ index: 4, header: 'Результат' });
    expect(t.unknownColumns).toEqual([{ index: 5, header: 'Форма представления результата' }]);
    expect(t.rows[0].extra).toEqual({ 'Форма представления результата': 'Протокол' });
  });

  it('«Форма представления результата» is the result when there is no other', () => {
    const t = normaliseTable([
      ['№', 'Мероприятие', 'Срок', 'Форма представления результата'],
      ['1', 'Совещание', 'Март', 'Протокол'],
    ]);
    expect(t.columns.result).toEqual({ index: 3, header: 'Форма представления результата' });
  });

  it('breaks a tie between two «Срок»-like columns by what the cells hold', () => {
    const t = normaliseTable([
      ['№', 'Мероприятие', 'Дата', 'Дата', 'Ответственный'],
      ['1', 'Совещание', 'Протокол № 1', 'Март 2023', 'Директор'],
      ['2', 'Семинар', 'Программа', '15.04.2023', 'Завуч'],
      ['3', 'Конференция', 'Сборник', 'В течение года', 'МОЦ'],
    ]);
    expect(t.columns.deadline?.index).toBe(3);
    expect(t.unknownColumns.map((c) => c.index)).toEqual([2]);
  });

  it('places columns with an empty header by their cells: dates → deadline, bodies → responsible, «1.» → number', () => {
    const t = normaliseTable([
      ['', 'Мероприятие', '', 'Срок'],
      ['1.', 'Совещание с руководителями', 'МБОУ «СШ № 1», директор', 'Март 2023'],
      ['2.', 'Семинар для учителей', 'МОЦ, ОЦПРМСО', 'Апрель 2023'],
      ['3.', 'Конференция', 'Управление образования', 'Май 2023'],
    ]);
    expect(t.columns.number).toEqual({ index: 0, header: 'Столбец 1' });
    expect(t.columns.responsible).toEqual({ index: 2, header: 'Столбец 3' });
    expect(t.rows.map((r) => r.values.number)).toEqual(['1.', '2.', '3.']);
  });
});
