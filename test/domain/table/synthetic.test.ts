/** normaliseTable on quirks the seeds lack (test/fixtures/synthetic-*) and on typed Sheets cells. */
import { normaliseTable } from '../../../src/domain/table';
import { type Field, type Grid, type NormalisedTable } from '../../../src/domain/core/types';
import { loadFixture } from '../../fixtures/load';

const load = (name: string): NormalisedTable => normaliseTable(loadFixture(name));
const mapping = (t: NormalisedTable): Partial<Record<Field, string>> => Object.fromEntries(Object.entries(t.columns).map(([f, ref]) => [f, ref?.header]));

describe('tracking columns (statuses, dates, links, curator marks)', () => {
  const t = load('synthetic-tracking-2023.tsv');

  it('maps every measure and tracking column', () => {
    expect(t.headerRow).toBe(4);
    expect(mapping(t)).toEqual({
      number: '№ п/п',
      title: 'Наименование мероприятия',
      deadline: 'Срок исполнения',
      indicator: 'Показатель',
      responsible: 'Ответственный',
      status: 'Статус',
      doneDate: 'Дата выполнения',
      actual: 'Факт',
      evidence: 'Ссылка на подтверждающий документ',
      curatorMark: 'Отметка куратора',
      curatorDate: 'Дата отметки',
      curatorComment: 'Комментарий куратора',
      comment: 'Комментарий',
    });
    expect(t.unknownColumns).toEqual([]);
  });

  it('reads tracking values row by row', () => {
    expect(t.rows.map((r) => r.values.number)).toEqual(['1.1', '1.2', '1.3', '2.1', '2.2', '2.3']);
    expect(t.rows.map((r) => r.values.status)).toEqual(['Выполнено', 'Выполнено', 'В работе', 'Не выполнено', 'Требуется доработка', null]);
    expect(t.rows.map((r) => r.values.curatorMark)).toEqual(['Подтверждено', 'На доработку', null, 'Не подтверждено', null, null]);
    const m = t.rows[1];
    expect(m.values).toMatchObject({
      doneDate: '20.03.2023',
      actual: '3 программы',
      evidence: 'https://school5.edu.ru/500plus/arp.pdf',
      curatorDate: '01.04.2023',
      curatorComment: 'Нет базовых значений показателей',
      comment: 'Исправлено 05.04.2023',
    });
    expect(t.rows[0].section).toBe('1. Организационные меры');
    expect(t.rows[3].section).toBe('2. Методическое сопровождение');
    expect(t.titleLines[1]).toBe('муниципального образования «Энский район» на 2023 год');
  });

  it('keeps Date, number and boolean cells as they are (a sheet read with types)', () => {
    const done = new Date(2023, 0, 25);
    const marked = new Date(2023, 0, 30);
    const grid: Grid = [
      ['№', 'Мероприятие', 'Срок', 'Выполнено?', 'Дата выполнения', 'Факт', 'Дата отметки'],
      [1, 'Совещание', new Date(2023, 0, 31), true, done, 100, marked],
      [2, 'Семинар', 'Март 2023', false, null, 0.5, null],
    ];
    const r = normaliseTable(grid).rows;
    expect(r).toHaveLength(2);
    expect(r[0].values.number).toBe(1);
    expect(r[0].values.deadline).toEqual(new Date(2023, 0, 31));
    expect(r[0].values.status).toBe(true);
    expect(r[0].values.doneDate).toBe(done);
    expect(r[0].values.actual).toBe(100);
    expect(r[0].values.curatorDate).toBe(marked);
    expect(r[1].values).toMatchObject({ number: 2, status: false, doneDate: null, actual: 0.5 });
  });
});

describe('HTML fragments in cells', () => {
  const t = load('synthetic-html.tsv');

  it('cleans the title lines and headings', () => {
    expect(t.titleLines).toEqual(['Дорожная карта МБОУ «СОШ № 2»', 'на 2023/2024 учебный год']);
    expect(t.rows.map((r) => r.section)).toEqual([
      'Раздел 1. Работа с педагогами',
      'Раздел 1. Работа с педагогами',
      'Раздел 1. Работа с педагогами',
      'Раздел 2. Работа с родителями',
    ]);
  });

  it('turns paragraphs, <br>, lists, entities and links into text', () => {
    const [a, b, c, d] = t.rows;
    expect(a.values).toEqual({
      number: '1',
      title: 'Проведение педсовета «Качество обучения»',
      deadline: 'Сентябрь 2023',
      responsible: 'Заместитель директора по УВР\nИванова И.И.',
      result: 'Протокол\nПриказ',
    });
    expect(b.values.title).toBe('Курсы повышения квалификации:\n- «Функциональная грамотность»;\n- «Работа с детьми с ОВЗ»;');
    expect(b.values.responsible).toBe('Директор');
    expect(b.values.result).toBe('Удостоверения (https://school2.edu.ru/kpk.pdf)');
    expect(c.values.title).toBe('Открытые уроки — математика, русский язык');
    expect(c.values.deadline).toBe('Ноябрь–декабрь 2023');
    expect(c.values.responsible).toBe('Руководители ШМО');
    expect(c.values.result).toBe('Анализ уроков & рекомендации');
    expect(d.values.title).toBe('Родительский всеобуч\n\n«Как помочь ребёнку учиться»');
  });
});

describe('other words for the same columns', () => {
  it('«Содержание работы / Дата проведения / Кто проводит / Планируемый результат», no number column', () => {
    const t = load('synthetic-other-words.tsv');
    expect(t.headerRow).toBe(3);
    expect(mapping(t)).toEqual({
      title: 'Содержание работы',
      deadline: 'Дата проведения',
      responsible: 'Кто проводит',
      result: 'Планируемый результат',
    });
    expect(t.diagnostics.map((d) => [d.code, d.row])).toEqual([
      ['column-numbers-row', 4],
      ['rows-merged', 8],
    ]);
    expect(t.rows.map((r) => [r.section, r.values.title])).toEqual([
      ['I. Работа с обучающимися', 'Диагностика читательской грамотности в 5–9 классах'],
      ['I. Работа с обучающимися', 'Индивидуальные консультации для обучающихся группы риска'],
      ['II. Работа с родителями', 'Родительское собрание «Как помочь ребёнку учиться»'],
      ['II. Работа с родителями', 'Анкетирование родителей об удовлетворённости качеством обучения'],
    ]);
    expect(t.rows[1].values.result).toBe('Снижение доли неуспевающих до 5%');
    expect(t.rows[1].sourceRows).toEqual([7, 8]);
    expect(t.rows[0].values.deadline).toBe('Октябрь 2023');
  });

  it('«Задачи» next to «Мероприятия» is the task; a merged task cell carries down to its measures', () => {
    const t = load('synthetic-tasks-and-measures.tsv');
    expect(mapping(t)).toEqual({
      number: '№ п/п',
      title: 'Мероприятия',
      task: 'Задачи',
      deadline: 'Сроки реализации',
      indicator: 'Индикатор',
      responsible: 'Ответственные',
    });
    expect(t.rows.map((r) => r.values.title)).toEqual([
      'Анкетирование обучающихся по методике Н.Г. Лускановой',
      'Проведение недели естественных наук',
      'Составление индивидуальных образовательных маршрутов',
      'Консультации для родителей обучающихся группы риска',
    ]);
    expect(t.rows.map((r) => r.values.task)).toEqual([
      'Повысить учебную мотивацию обучающихся 5–9 классов',
      'Повысить учебную мотивацию обучающихся 5–9 классов',
      'Организовать индивидуальную работу с обучающимися группы риска',
      'Организовать индивидуальную работу с обучающимися группы риска',
    ]);
  });

  it('«Задачи» alone holds the measure titles', () => {
    const t = load('synthetic-tasks-only.tsv');
    expect(mapping(t)).toEqual({
      number: '№ п/п',
      title: 'Задачи',
      deadline: 'Срок реализации',
      responsible: 'Исполнители',
      result: 'Ожидаемый результат',
    });
    expect(t.columns.task).toBeUndefined();
    expect(t.rows[1].values.title).toBe('Организовать взаимопосещение уроков учителями школы и школы-наставника');
    expect(t.rows.map((r) => r.values.number)).toEqual(['1.', '2.', '3.']);
  });

  it('columns with empty headers are placed by their cells', () => {
    const t = load('synthetic-unlabelled-columns.tsv');
    expect(mapping(t)).toEqual({
      number: '№',
      title: 'Мероприятие',
      deadline: 'Столбец 3',
      responsible: 'Столбец 4',
      comment: 'Примечание',
    });
    expect(t.rows.map((r) => r.values.deadline)).toEqual(['Сентябрь 2023', 'Октябрь 2023', 'В течение года', 'Май 2024']);
    expect(t.rows[2].values.responsible).toBe('МБОУ «Гимназия № 1»');
    expect(t.rows[1].values.comment).toBe('перенос на ноябрь');
  });
});

describe('two-row header repeated after a page break', () => {
  const t = load('synthetic-two-row-header.tsv');

  it('reads sub-headers under their group labels', () => {
    expect(t.headerRow).toBe(2);
    expect(mapping(t)).toEqual({
      number: '№',
      title: 'Мероприятие',
      deadline: 'Срок',
      responsible: 'Ответственный',
      status: 'Отметка о выполнении: Статус',
      doneDate: 'Отметка о выполнении: Дата',
      curatorMark: 'Куратор: Отметка',
      curatorDate: 'Куратор: Дата',
      curatorComment: 'Куратор: Комментарий',
    });
    expect(t.titleLines).toEqual(['Дорожная карта МБОУ «СШ № 12» на 2024 год']);
  });

  it('drops the separator and both repeated header rows', () => {
    expect(t.rows.map((r) => r.values.number)).toEqual(['1', '2', '3']);
    expect(t.diagnostics.map((d) => [d.code, d.row])).toEqual([
      ['header-repeated', 8],
      ['header-repeated', 9],
    ]);
    expect(t.rows[1].values).toMatchObject({
      status: 'Выполнено',
      doneDate: '28.02.2024',
      curatorMark: 'На доработку',
      curatorDate: '04.03.2024',
      curatorComment: 'Не все риски проанализированы',
    });
    expect(t.rows[2].row).toBe(10);
  });
});

describe('numbered heading rows and hyphenation across a break', () => {
  const t = load('synthetic-numbered-headings.tsv');

  it('«1. | Организационные мероприятия» above «1.1.» is a heading, «3.» with a deadline is a measure', () => {
    expect(t.rows.map((r) => [r.values.number, r.section])).toEqual([
      ['1.1.', '1. Организационные мероприятия'],
      ['1.2.', '1. Организационные мероприятия'],
      ['2.1.', '2. Работа с педагогами'],
      ['2.2.', '2. Работа с педагогами'],
      ['3.', null],
    ]);
    expect(mapping(t).result).toBe('Форма отчета');
  });

  it('joins «взаимо-» + «действия» and keeps «школы-наставники»', () => {
    const m = t.rows[3];
    expect(m.sourceRows).toEqual([8, 9]);
    expect(m.values.title).toBe('Организация взаимодействия школ-партнёров');
    expect(m.values.responsible).toBe('МОЦ, школы-наставники');
  });
});

describe('no table', () => {
  it('a table without a header row: no-header warning, no rows', () => {
    const t = load('synthetic-no-header.tsv');
    expect(t).toEqual({
      headerRow: null,
      columns: {},
      mapping: [],
      unknownColumns: [],
      rows: [],
      titleLines: [],
      diagnostics: [expect.objectContaining({ code: 'no-header', severity: 'warning', row: null, field: null })],
    });
  });

  it('an empty file, an empty grid, empty rows', () => {
    for (const grid of [loadFixture('synthetic-empty.tsv'), [], [[]], [[''], [null, null]], [['   ', '\u00a0']]] as Grid[]) {
      const t = normaliseTable(grid);
      expect(t.headerRow).toBeNull();
      expect(t.rows).toEqual([]);
      expect(t.diagnostics.map((d) => d.code)).toEqual(['no-header']);
    }
  });

  it('says what headers it expected (the caller prefixes sheet and row)', () => {
    const t = normaliseTable([], { sheetName: 'Лист1' });
    expect(t.diagnostics[0].message).toMatch(/^не найдена строка заголовка таблицы мероприятий.*«Срок»/);
  });
});

describe('rows below the header', () => {
  it('a heading in a column other than the first is still a heading; header-only repeat with line breaks is dropped', () => {
    const t = normaliseTable([
      ['№ п/п', 'Наименование\nмероприятия', 'Срок', 'Ответственный'],
      ['', 'Раздел 1. Диагностика', '', ''],
      ['1', 'Входная диагностика', 'Сентябрь', 'Завуч'],
      ['№\nп/п', 'Наименование мероприятия', 'Срок', 'Ответственный'],
      ['2', 'Итоговая диагностика', 'Май', 'Завуч'],
    ]);
    expect(t.rows.map((r) => [r.values.number, r.section])).toEqual([
      ['1', 'Раздел 1. Диагностика'],
      ['2', 'Раздел 1. Диагностика'],
    ]);
    expect(t.diagnostics.map((d) => d.code)).toEqual(['header-repeated']);
  });

  it('an unnumbered row with its own title and deadline is a measure; one without a deadline continues', () => {
    const t = normaliseTable([
      ['№', 'Мероприятие', 'Срок', 'Ответственный'],
      ['1.', 'Совещание с руководителями,', 'Март', 'УО'],
      ['', 'Заместителями директоров', '', 'МОЦ'],
      ['', 'Публичный отчёт школ', 'Ноябрь', 'ШНОР'],
      ['2.', 'Семинар', 'Декабрь', 'МОЦ'],
    ]);
    expect(t.rows.map((r) => [r.values.number, r.values.title, r.values.responsible])).toEqual([
      ['1.', 'Совещание с руководителями,\nЗаместителями директоров', 'УО\nМОЦ'],
      [null, 'Публичный отчёт школ', 'ШНОР'],
      ['2.', 'Семинар', 'МОЦ'],
    ]);
  });

  it('an unnumbered row with title and deadline but no responsible continues the numbered measure above', () => {
    const t = normaliseTable([
      ['№', 'Мероприятие', 'Срок', 'Ответственный'],
      ['1.', 'Заседания ГМО учителей математики', 'Сентябрь 2023', 'МОЦ'],
      ['', 'Внедрение технологий', 'Октябрь 2023', ''],
    ]);
    expect(t.rows).toHaveLength(1);
    expect(t.rows[0].values.title).toBe('Заседания ГМО учителей математики\nВнедрение технологий');
    expect(t.rows[0].values.deadline).toBe('Сентябрь 2023\nОктябрь 2023');
  });

  it('a merged heading repeated in every cell of its row is one heading', () => {
    const t = normaliseTable([
      ['№', 'Мероприятие', 'Срок'],
      ['Раздел 2. Работа с родителями', 'Раздел 2. Работа с родителями', 'Раздел 2. Работа с родителями'],
      ['1', 'Собрание', 'Март'],
    ]);
    expect(t.rows).toHaveLength(1);
    expect(t.rows[0].section).toBe('Раздел 2. Работа с родителями');
  });

  it('a section heading split over two rows is joined', () => {
    const t = normaliseTable([
      ['№', 'Мероприятие', 'Срок'],
      ['Направление: работа с', '', ''],
      ['педагогами и родителями', '', ''],
      ['1', 'Семинар', 'Март'],
    ]);
    expect(t.rows[0].section).toBe('Направление: работа с педагогами и родителями');
    expect(t.diagnostics.map((d) => d.code)).toEqual(['rows-merged']);
  });

  it('unknown columns without a header are keyed «Столбец N»; duplicate headers get the column number', () => {
    const t = normaliseTable([
      ['№', 'Мероприятие', 'Срок', 'Заметка', 'Заметка'],
      ['1', 'Семинар', 'Март', 'а', 'б', 'лишнее'],
    ]);
    expect(t.unknownColumns).toEqual([
      { index: 3, header: 'Заметка' },
      { index: 4, header: 'Заметка (5)' },
      { index: 5, header: 'Столбец 6' },
    ]);
    expect(t.rows[0].extra).toEqual({ Заметка: 'а', 'Заметка (5)': 'б', 'Столбец 6': 'лишнее' });
  });
});
