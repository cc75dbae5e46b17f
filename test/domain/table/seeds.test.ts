/** normaliseTable on the tables of the real documents (test/fixtures/seed*). */
import { normaliseTable } from '../../../src/domain/table';
import { type Field, type NormalisedTable, type TableRow } from '../../../src/domain/core/types';
import { loadFixture } from '../../fixtures/load';
import { kindOfSheet } from '../../../src/domain/workbook/kinds';

function load(name: string): NormalisedTable {
  return normaliseTable(loadFixture(name));
}

/** field → header text of the mapped columns. */
function mapping(t: NormalisedTable): Partial<Record<Field, string>> {
  const out: Partial<Record<Field, string>> = {};
  for (const [f, ref] of Object.entries(t.columns)) out[f as Field] = ref?.header;
  return out;
}

function byNumber(t: NormalisedTable, number: string): TableRow {
  const found = t.rows.filter((r) => r.values.number === number);
  if (found.length !== 1) throw new Error(`measure ${number}: ${found.length} rows`);
  return found[0];
}

const numbers = (t: NormalisedTable): Array<string | null> => t.rows.map((r) => (r.values.number ?? null) as string | null);
const codes = (t: NormalisedTable, code: string): Array<number | null> => t.diagnostics.filter((d) => d.code === code).map((d) => d.row);

describe('seed 000, order 470: the 2022 plan-schedule («дорожная карта»), 6 columns', () => {
  const t = load('seed000-order470-plan-2022.tsv');

  it('finds the header below the title lines and maps all six columns', () => {
    expect(t.headerRow).toBe(14);
    expect(mapping(t)).toEqual({
      number: '№ п/п',
      title: 'Наименование мероприятия',
      deadline: 'Сроки исполнения',
      indicator: 'Показатель реализации',
      responsible: 'Исполнитель',
      result: 'Результат',
    });
    expect(t.columns.number?.index).toBe(0);
    expect(t.columns.result?.index).toBe(5);
    expect(t.unknownColumns).toEqual([]);
  });

  it('keeps the title lines above the header, with the plan year', () => {
    expect(t.titleLines[0]).toBe('УТВЕРЖДЕН');
    expect(t.titleLines).toContain('от «30.12.2022» № 470');
    expect(t.titleLines).toContain('План – график');
    expect(t.titleLines[t.titleLines.length - 1]).toBe('в рамках реализации проекта «500+» в 2022 году');
  });

  it('has measures 1–35 with 31, 33, 34 missing and the unnumbered «Публичный отчёт» kept after 32', () => {
    const expected: Array<string | null> = [];
    for (let n = 1; n <= 30; n++) expected.push(`${n}.`);
    expected.push('32.', null, '35.');
    expect(numbers(t)).toEqual(expected);
    const report = t.rows[31];
    expect(report.row).toBe(72);
    expect(report.sourceRows).toEqual([72]);
    expect(report.values.title).toBe('Публичный отчёт школ участниц проекта 500+');
    expect(report.values.deadline).toBe('Ноябрь 2022 г.');
    expect(report.values.indicator).toBe('100% участие');
    expect(report.values.result).toBe('Размещение отчёта на сайте ШНОР');
  });

  it('measure 1: responsible text includes the continuation after the page break', () => {
    const m = byNumber(t, '1.');
    expect(m.row).toBe(16);
    expect(m.sourceRows).toEqual([16, 18]);
    expect(m.section).toBe('Организационные мероприятия, направленные на адресное сопровождение ШНОР');
    expect(m.values.title).toBe('Установочное совещание с руководителями, заместителями руководителей участников проекта «500+»');
    expect(m.values.deadline).toBe('Январь 2022 года');
    expect(m.values.indicator).toBe('100% участие');
    expect(m.values.result).toBe('Протокол совещания');
    expect(m.values.responsible).toBe(
      'Управление образования и молодежной политики Администрации города Смоленска, муниципальный координатор руководители, ' +
        'заместители руководителей ШНОР:\nМБОУ «СШ № 21 им. Н.И. Рыленкова», МБОУ «СШ № 36 им. М.А. Городнянского», школ – кураторов: ' +
        'МБОУ «Гимназия № 1 им. Н.М. Пржевальского», МБОУ «СШ № 40», ОЦПРМСО',
    );
  });

  it('measure 5: a split title, indicator and responsible are merged', () => {
    const m = byNumber(t, '5.');
    expect(m.sourceRows).toEqual([22, 24]);
    expect(m.values.title).toBe(
      'Размещение Концепции развития (на 2 г.),\nСреднесрочной программы развития (на 1г.), Антирисковые программы (на 1 г. по каждому риску) ' +
        'на сайтах ШНОР, методического отдела «Адресное сопровождение школ», вкладка «500+», в ИС МЭДК',
    );
    expect(m.values.deadline).toBe('До 27 марта 2022 г.');
    expect(m.values.indicator).toBe('Своевременное размещение документов');
    expect(m.values.responsible).toBe('ШНОР МБОУ «СШ № 21»,\nМБОУ «СШ № 36»');
  });

  it('measure 10: the cumulative half-year indicator and quarterly deadline', () => {
    const m = byNumber(t, '10.');
    expect(m.values.deadline).toBe('С апреля ежеквартально');
    expect(m.values.indicator).toBe('В 100% ОУ реализовано: в 1 полугодии – не менее 40% мер; во 2 полугодии – не менее 90% мер');
    expect(m.values.responsible).toBe('Муниципальный координатор, ОЦПРМСО');
  });

  it('measure 13: lower-case tails join with a space', () => {
    const m = byNumber(t, '13.');
    expect(m.values.indicator).toBe('Размещение документов, подтверждающих выполнение антикризисных мероприятий');
    expect(m.values.result).toBe('Акты, договоры, заключения, справки, положения, приказы, решения, распоряжения, протоколы, постановления');
  });

  it('sections: three headings, each over its measures', () => {
    expect(byNumber(t, '13.').section).toBe('Организационные мероприятия, направленные на адресное сопровождение ШНОР');
    expect(byNumber(t, '14.').section).toBe('Муниципальные- методические мероприятия, направленные на адресное сопровождение школ – участниц проекта');
    expect(byNumber(t, '27.').section).toBe(byNumber(t, '14.').section);
    expect(byNumber(t, '28.').section).toBe('Обобщение и распространение опыта работы по проекту «500+»');
    expect(byNumber(t, '35.').section).toBe('Обобщение и распространение опыта работы по проекту «500+»');
  });

  it('measure 16: HTML paragraphs and an inline <ul> list become lines', () => {
    const m = byNumber(t, '16.');
    expect(m.sourceRows).toEqual([41, 43]);
    expect(m.values.title).toBe(
      [
        'Организация и проведение конкурсов профессионального мастерства среди руководителей и педагогических работников',
        '- городской заочный конкурс «Лучший видеоурок»;',
        '- городская методическая выставка «Инновационные технологии в моей деятельности»;',
        '- городской конкурс по организации работы с одаренными детьми «Формула успеха»;',
        '- городской конкурс программ элективных курсов и факультативов в рамках профильного обучения;',
        '- городской конкурс «Лучшее внеклассное мероприятие в начальной школе»;',
        '- Конкурс «В мире музыки, искусства и технологии» (предметные области «Искусство», «Технология»);',
        '- Конкурс "Лучшая инклюзивная практика в образовании".',
      ].join('\n'),
    );
    expect(m.values.deadline).toBe('Март – май 2022 года');
  });

  it('measure 17: several dates in one deadline cell, the list item continues across the break', () => {
    const m = byNumber(t, '17.');
    expect(m.values.deadline).toBe('Сентябрь 2022 года\nОктябрь 2022 года\nНоябрь 2022 года\nНоябрь 2022 года');
    expect(m.values.indicator).toBe('Не менее 60% педагогов участвуют в мероприятиях');
    expect(m.values.result).toBe('Планы работы ГМО');
    expect(String(m.values.title)).toMatch(
      /\n- Формирование и развитие функциональной грамотности обучающихся на уроках как важнейшее условие повышения качества образования$/,
    );
  });

  it('measure 19: the title tail «обучающихся к ГИА»» joins with a space', () => {
    expect(String(byNumber(t, '19.').values.title)).toMatch(/«Методические особенности подготовки обучающихся к ГИА»$/);
  });

  it('measure 27: title and indicator continue after the break', () => {
    const m = byNumber(t, '27.');
    expect(m.row).toBe(62);
    expect(m.sourceRows).toEqual([62, 64]);
    expect(m.values.title).toBe('Участие в совещаниях, проводимых ЦНППМ с муниципальными координаторами проекта');
    expect(m.values.indicator).toBe('Проведено не менее 5 совещаний');
    expect(m.values.deadline).toBe('С марта 2022 г. ежемесячно');
    expect(m.values.responsible).toBe('Муниципальный координатор');
    expect(m.values.result).toBeNull();
  });

  it('measures 28–30: deadlines outside the plan year kept as written; 30 gets its responsible tail', () => {
    expect(byNumber(t, '28.').values.deadline).toBe('Апрель – декабрь 2021 года согласно плану ОЦПРМСО');
    expect(byNumber(t, '29.').values.deadline).toBe('Апрель-май 2021 года');
    const m = byNumber(t, '30.');
    expect(m.values.title).toBe('Самоанализ деятельности школ после преобразований');
    expect(m.values.deadline).toBe('Декабрь 2022 года');
    expect(m.values.result).toBe('Отчёт');
    expect(String(m.values.responsible)).toMatch(/МБОУ\n«СШ № 36 им\. А\.М\. Городнянского» - МБОУ «СШ № 40»$/);
    expect(m.sourceRows).toEqual([68, 70]);
  });

  it('measure 35 and the `--` separator line at the end', () => {
    const m = byNumber(t, '35.');
    expect(m.values.title).toBe('Итоговая городская конференция «Реализация проекта «500+»');
    expect(m.sourceRows).toEqual([73, 75]);
    expect(t.rows[t.rows.length - 1]).toBe(m);
  });

  it('reports each merge as info with the Russian message', () => {
    expect(codes(t, 'rows-merged')).toEqual([18, 24, 35, 40, 43, 46, 50, 54, 58, 64, 70, 75]);
    const d = t.diagnostics.find((x) => x.row === 64);
    expect(d).toEqual({
      code: 'rows-merged',
      severity: 'info',
      row: 64,
      field: null,
      message: 'продолжает мероприятие из строки 62 (разрыв страницы) и объединена с ним.',
    });
    expect(t.diagnostics.every((x) => x.severity === 'info')).toBe(true);
  });
});

describe('seed 000, order 305: the 2021/2022 plan, 4 columns, headers repeated per page', () => {
  const t = load('seed000-order305-plan-2021-2022.tsv');

  it('maps the four columns', () => {
    expect(t.headerRow).toBe(12);
    expect(mapping(t)).toEqual({
      number: '№ п/п',
      title: 'Наименование мероприятия',
      deadline: 'Сроки исполнения',
      responsible: 'Ответственный',
    });
  });

  it('title lines carry the academic year', () => {
    expect(t.titleLines).toEqual([
      'Приложение №1',
      'к приказу управления образования',
      'и молодежной политики',
      'Администрации города Смоленска',
      'от 05.10.2021 № 305',
      'План мероприятий адресной методической помощи',
      'школам с низкими результатами обучения и школам,',
      'функционирующим в неблагоприятных социальных условиях,',
      'в 2021/2022 учебном году в городе Смоленске',
    ]);
  });

  it('has 1.1–1.18 without 1.8, then 2.1–2.3 and 3.1–3.15', () => {
    const expected: string[] = [];
    for (let n = 1; n <= 18; n++) if (n !== 8) expected.push(`1.${n}`);
    for (let n = 1; n <= 3; n++) expected.push(`2.${n}`);
    for (let n = 1; n <= 15; n++) expected.push(`3.${n}`);
    expect(numbers(t)).toEqual(expected);
  });

  it('drops the repeated headers and merges 1.10 across the page break', () => {
    expect(codes(t, 'header-repeated')).toEqual([24, 42]);
    expect(t.diagnostics.find((d) => d.code === 'header-repeated')?.message).toBe('повтор строки заголовка (разрыв страницы) пропущен.');
    const m = byNumber(t, '1.10');
    expect(m.row).toBe(22);
    expect(m.sourceRows).toEqual([22, 25]);
    expect(m.values.title).toBe('Вовлечение органов государственного управления ШНРО в решение вопросов повышения качества образования');
    expect(m.values.deadline).toBe('в течение учебного года');
    expect(m.values.responsible).toBe('ШНРО, ОЦПРМСО');
    expect(codes(t, 'rows-merged')).toEqual([25]);
  });

  it('sections «1. …», «2. …», «3. …» are heading rows, not measures', () => {
    expect(byNumber(t, '1.1').section).toBe('1. Организационно-управленческие меры');
    expect(byNumber(t, '1.18').section).toBe('1. Организационно-управленческие меры');
    expect(byNumber(t, '2.1').section).toBe('2. Повышение профессиональных компетенций педагогических работников');
    expect(byNumber(t, '3.1').section).toBe('3. Организационно-методическое сопровождение');
    expect(byNumber(t, '3.15').section).toBe('3. Организационно-методическое сопровождение');
  });

  it('reads measures field by field', () => {
    const first = byNumber(t, '1.1');
    expect(first.row).toBe(14);
    expect(first.values).toEqual({
      number: '1.1',
      title: 'Организация деятельности ОЦПРМСО в 2021/2022 учебном году',
      deadline: 'октябрь 2021',
      responsible: 'методический отдел МБУ ДО «ЦДО» (далее – МО)',
    });
    expect(byNumber(t, '1.7').values.deadline).toBe('в течение учебного года');
    expect(byNumber(t, '3.1').values.responsible).toBe('УОиМП, ОЦПРМСО совместно с ЦНППМ ГАУ ДПО СОИРО');
    expect(byNumber(t, '3.9').values.deadline).toBe('февраль 2022');
    expect(byNumber(t, '3.14').values.deadline).toBe('май 2022');
  });

  it('keeps item 3.10 as written: a responsible body typed into the deadline column', () => {
    const m = byNumber(t, '3.10');
    expect(m.values.title).toBe('Выявление эффективного педагогического опыта');
    expect(m.values.deadline).toBe('УОиМП, ОЦПРМСО');
    expect(m.values.responsible).toBe('УОиМП, ОЦПРМСО, МО');
  });
});

describe('seed 000, order 476: the network programme 2021–2024', () => {
  const t = load('seed000-order476-network-2021-2024.tsv');

  it('maps №, Мероприятие, Сроки, Ответственные/ участники, Ожидаемый результат', () => {
    expect(t.headerRow).toBe(5);
    expect(mapping(t)).toEqual({
      number: '№',
      title: 'Мероприятие',
      deadline: 'Сроки',
      responsible: 'Ответственные/ участники',
      result: 'Ожидаемый результат',
    });
    expect(t.titleLines[1]).toBe('в рамках сетевого взаимодействия образовательных организаций и педагогов на 2021-2024 годы');
  });

  it('has measures 1–9 under the «Направление: …» sections', () => {
    expect(numbers(t)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9']);
    expect(byNumber(t, '1').section).toBe('Направление: нормативно-правовое обеспечение взаимодействия');
    expect(byNumber(t, '2').section).toBe('Направление: нормативно-правовое обеспечение взаимодействия');
    expect(byNumber(t, '3').section).toBe('Направление: организационно-управленческое');
    expect(byNumber(t, '6').section).toBe('Направление: организационно-управленческое');
    expect(byNumber(t, '7').section).toBe('Направление: финансово-экономическое');
    expect(byNumber(t, '9').section).toBe('Направление: финансово-экономическое');
  });

  it('reads deadlines and responsible as written', () => {
    expect(byNumber(t, '1').values.deadline).toBe('январь 2022');
    expect(byNumber(t, '2').values.deadline).toBe('ежегодно (сентябрь -октябрь)');
    expect(byNumber(t, '4').values.deadline).toBe('в течение всего периода');
    expect(byNumber(t, '4').values.responsible).toBe('УО, МО, ОЦПРМСО, ОО, УК, УС, ШНОР, ШНСУ');
    expect(byNumber(t, '3').values.title).toBe('Анализ ресурсного обеспечения образовательного процесса');
  });

  it('merges the expected result of measure 5 across the page break', () => {
    const m = byNumber(t, '5');
    expect(m.sourceRows).toEqual([12, 14]);
    expect(String(m.values.result)).toMatch(/Формирование сетевых классов \(групп\), сетевых учебного плана и расписания\. Оперативные/);
  });
});

describe('seed 000, order 476: the monitoring table (no deadlines)', () => {
  const t = load('seed000-order476-monitoring.tsv');

  it('reads as a table of activities: content as title, executors as responsible', () => {
    expect(t.headerRow).toBe(3);
    expect(mapping(t)).toEqual({ number: '№', title: 'Содержание мониторинга', responsible: 'Исполнители и соисполнители' });
    expect(t.unknownColumns.map((c) => c.header)).toEqual(['Направления мониторинга', 'Предмет мониторинга']);
    expect(t.rows).toHaveLength(7);
    expect(t.rows[0].extra).toEqual({
      'Направления мониторинга': 'Социальные условия сетевого взаимодействия',
      'Предмет мониторинга': 'Взаимодействие социума, семьи, образовательных учреждений',
    });
    expect(t.rows[1].values.responsible).toBe('МО');
    expect(t.titleLines).toEqual(['Мониторинг сетевого взаимодействия']);
  });
});

describe('seed 002: the 2018–2019 roadmap rebuilt from one cell per line', () => {
  const t = load('seed002-roadmap-2018-2019.csv');

  it('maps the columns; «Форма представления результата» stays an unknown column next to «Результат»', () => {
    expect(t.headerRow).toBe(2);
    expect(mapping(t)).toEqual({
      number: '№п/п',
      title: 'Мероприятия',
      deadline: 'Срок',
      responsible: 'Ответственные',
      result: 'Результат',
    });
    expect(t.unknownColumns).toEqual([{ index: 5, header: 'Форма представления результата' }]);
    expect(t.titleLines).toEqual([
      '«Дорожная карта» муниципального проекта',
      '«Образовательный центр поддержки и развития',
      'муниципальной системы образования» (2018 - 2019 г.г.)',
    ]);
  });

  it('has 30 measures in five sub-sections, numbering restarting in each', () => {
    expect(t.rows).toHaveLength(30);
    const sections = [...new Set(t.rows.map((r) => r.section))];
    expect(sections).toEqual([
      '1. Нормативно-правовое обеспечение Проекта',
      'Создание организационных условий реализации программы Проекта',
      'Выявление условий для перехода школы в эффективный режим работы',
      'Создание системы консультационной поддержки, направленной на стимулирование профессионального роста управленческих и педагогических кадров',
      'Развитие кадрового потенциала (методическая поддержка и повышение квалификации педагогических и руководящих работников школ-участниц муниципальной программы, материальное стимулирование педагогических и руководящих работников)',
    ]);
    const inSection = (s: string): Array<string | null> => t.rows.filter((r) => r.section === s).map((r) => r.values.number as string);
    expect(inSection(sections[0] as string)).toEqual(['1.', '2.']);
    expect(inSection(sections[1] as string)).toEqual(['1.', '2.', '3.', '5', '6.', '7.', '8.', '9.', '10.', '11.', '12.', '13.']);
    expect(inSection(sections[2] as string)).toEqual(['1.', '2.', '3.', '4.', '5.', '6.']);
    expect(inSection(sections[3] as string)).toEqual(['1.', '2.', '3.', '4.']);
    expect(inSection(sections[4] as string)).toEqual(['1.', '2.', '3.', '4.', '5.', '6.']);
  });

  const at = (i: number): TableRow => t.rows[i];

  it('reads deadlines as written (cleaned of stray spaces)', () => {
    expect(at(0).values.deadline).toBe('Март');
    expect(at(1).values.deadline).toBe('Март-апрель');
    expect(at(4).values.deadline).toBe('Март\n\nАпрель-октябрь');
    expect(at(6).values.deadline).toBe('Март, октябрь, ноябрь');
    expect(at(7).values.deadline).toBe('В течение года');
    expect(at(19).values.deadline).toBe('Май\n\nИюнь\n\nсентябрь, ноябрь');
    expect(at(26).values.deadline).toBe('Март – декабрь\nСентябрь - октябрь\n\nОктябрь-ноябрь\n\nНоябрь - декабрь');
    expect(at(28).values.deadline).toBe('В течении года');
  });

  it('reads measures field by field, empty cells as null', () => {
    expect(at(0).values).toEqual({
      number: '1.',
      title: 'Разработка, обсуждение и утверждение муниципального проекта «Образовательный центр поддержки и развития муниципальной системы образования»',
      deadline: 'Март',
      responsible: 'СОИРО, ОМСУ',
      result: 'Создан муниципальный образовательный центр поддержки и развития муниципальной системы образования',
    });
    expect(at(0).extra).toEqual({
      'Форма представления результата': 'Приказ управления образования и молодежной политики Администрации города Смоленска от 12.03.2018 № 117',
    });
    expect(at(2).values.result).toBeNull();
    expect(at(4).values.responsible).toBe('МОЦ,\n\nСОИРО');
    expect(at(5).values.number).toBe('5');
    expect(at(5).values.title).toBe('Инструктивно-методическое совещание:\n\n«Нормативное правовое и учебно-методическое\nобеспечение по внедрению Проекта»');
    expect(at(18).values.responsible).toBe('МОЦ, ОМСУ, СОИРО,\n\nДепартамент Смоленской области по науке');
    expect(at(18).values.result).toBeNull();
    expect(at(18).extra['Форма представления результата']).toBeNull();
  });

  it('takes every measure row from one source row and merges nothing', () => {
    expect(t.rows.every((r) => r.sourceRows.length === 1)).toBe(true);
    expect(t.diagnostics).toEqual([]);
  });
});

describe('seed tables that are not roadmaps', () => {
  it.each(['seed003-risk-profile-2021.tsv', 'seed003-risk-profile-edu673200.tsv'])('%s: a risk profile, not a roadmap', (name) => {
    expect(load(name).headerRow).toBeNull();
    expect(kindOfSheet('Лист1', loadFixture(name))).toBe('risk-profile');
  });

  it('the school pairs list (order 384) has «№ п/п» but no measure or deadline: no header', () => {
    const t = load('seed000-order384-pairs.tsv');
    expect(t.headerRow).toBeNull();
    expect(t.rows).toEqual([]);
    expect(t.diagnostics).toHaveLength(1);
    expect(t.diagnostics[0]).toMatchObject({ code: 'no-header', severity: 'warning', row: null, field: null });
    expect(t.diagnostics[0].message).toMatch(/«№», «Мероприятие», «Срок», «Ответственный»/);
  });

  it.each([
    'seed000-order476-levels.tsv',
    'seed002-risks.csv',
    'seed003-concept-school9.tsv',
    'seed003-contents.tsv',
    'seed003-contingent.tsv',
    'seed003-curator-pairs.tsv',
    'seed003-expertise-arp-neuspeshnost.tsv',
    'seed003-expertise-arp-ovz.tsv',
    'seed003-expertise-concept.tsv',
    'seed003-expertise-medium-programme.tsv',
    'seed003-expertise-stages.tsv',
    'seed003-medk-regions.tsv',
    'seed003-medk-sections.tsv',
    'seed003-region-practices.tsv',
    'seed003-school-documents.tsv',
  ])('%s: no roadmap header, a single no-header warning', (name) => {
    const t = load(name);
    expect(t.headerRow).toBeNull();
    expect(t.rows).toEqual([]);
    expect(t.columns).toEqual({});
    expect(t.diagnostics.map((d) => [d.code, d.severity])).toEqual([['no-header', 'warning']]);
  });
});
