/**
 * «Дорожная карта школы»: a school's roadmap as the federal system (ИС МЭДК) structures it —
 * sections «Стартовая диагностика», «Программа развития» and one per chosen risk factor — with the
 * same measure and tracking columns as a municipal roadmap.
 * Sample: МБОУ «СШ № 9» (seed 003): its concept «Алгоритм успеха» and the anti-risk programmes
 * «Современный педагог», «Мотивация – путь к успеху», «Успешный ученик – успешное будущее», one per
 * high risk of its profile; curator school МБОУ «СШ № 33».
 */
import type { Cell } from '../src/domain/core/types';
import type { SheetTemplate } from '../src/domain/workbook/templates';
import { parsePeriod } from '../src/domain/parse/period';
import { ROADMAP_COLUMNS, ROADMAP_RULES, day, measureRow, sampleLink, sectionRow } from './common';

export { RISK_FACTORS, RISK_FACTORS_2021, RISK_FACTORS_2022 } from '../src/domain/workbook/kinds/risk-profile/catalogue';

export const START_SECTION = 'Стартовая диагностика';
export const PROGRAMME_SECTION = 'Программа развития';

/** «Риск: Низкая учебная мотивация обучающихся» */
export function riskSectionTitle(risk: string): string {
  return `Риск: ${risk.replace(/^\s*\d+[.)]?\s*/, '').trim()}`;
}

/** «на 2022 год», «на 2021/2022 учебный год», «на 2021-2024 годы»; '' when the text is no period. */
export function periodPhrase(period: string): string {
  const p = parsePeriod(period);
  if (!p) return '';
  if (p.kind === 'academic') return `на ${p.label} учебный год`;
  if (p.kind === 'span') return `на ${p.label} годы`;
  return `на ${p.label} год`;
}

const SCHOOL = 'МБОУ «СШ № 9»';
const CURATOR_SCHOOL = 'МБОУ «СШ № 33»';
const DEPUTY = 'Заместитель директора по УВР';

const RISK_COMPETENCE = 'Недостаточная предметная и методическая компетентность педагогических работников';
const RISK_MOTIVATION = 'Низкая учебная мотивация обучающихся';
const RISK_FAILURE = 'Высокая доля обучающихся с рисками учебной неуспешности';

export const schoolRoadmap: SheetTemplate = {
  id: 'school-roadmap',
  title: 'Дорожная карта школы',
  description:
    'Дорожная карта школы: разделы «Стартовая диагностика», «Программа развития» и по одному разделу на каждый выбранный риск, с теми же столбцами мероприятий и мониторинга.',
  kind: 'school-roadmap',
  columns: ROADMAP_COLUMNS,
  titleRows: [[`Дорожная карта ${SCHOOL} (проект «500+») на 2021/2022 учебный год`]],
  headerRows: 1,
  frozenRows: 2,
  protectHeader: true,
  conditional: ROADMAP_RULES,
  sampleRows: [
    sectionRow(START_SECTION),
    measureRow(
      '1.1.',
      'Анализ рискового профиля школы (РПШ) и его верификация',
      'Сентябрь 2021 года',
      'Рисковый профиль верифицирован: выделено не менее 3 рисков высокой значимости',
      'Директор, заместитель директора по УВР',
      'Аналитическая справка',
      { status: 'Выполнено', done: day(2021, 9, 28), link: sampleLink('sh9/rpsh-analiz.pdf'), mark: 'Подтверждено', markDate: day(2021, 10, 5) },
    ),
    measureRow(
      '1.2.',
      'Анкетирование обучающихся, учителей и родителей (самодиагностика) в ИС МЭДК',
      'Сентябрь – октябрь 2021 года',
      'Не менее 90% обучающихся, учителей и родителей прошли анкетирование',
      `${DEPUTY}, классные руководители`,
      'Отчёт по самодиагностике',
      {
        status: 'Выполнено',
        done: day(2021, 10, 15),
        actual: '93%',
        link: sampleLink('sh9/samodiagnostika.pdf'),
        mark: 'Подтверждено',
        markDate: day(2021, 10, 20),
      },
    ),
    sectionRow(PROGRAMME_SECTION),
    measureRow(
      '2.1.',
      'Создание проектной группы по управлению процессами реализации концепции развития «Алгоритм успеха»',
      'Сентябрь 2021 года',
      'Проведено не менее 4 заседаний проектной группы',
      'Директор',
      'Приказ о создании проектной группы, протоколы заседаний',
      {
        status: 'Выполнено',
        done: day(2021, 9, 10),
        actual: '5 заседаний',
        link: sampleLink('sh9/prikaz-proektnaya-gruppa.pdf'),
        mark: 'Подтверждено',
        markDate: day(2021, 9, 20),
      },
    ),
    measureRow(
      '2.2.',
      'Разработка концепции развития «Алгоритм успеха» и её размещение на сайте школы и в ИС МЭДК',
      'Октябрь 2021 года',
      '100% документов размещены',
      'Директор, проектная группа',
      'Концепция развития',
      {
        status: 'Выполнено',
        done: day(2021, 10, 29),
        link: sampleLink('sh9/koncepciya-algoritm-uspeha.pdf'),
        mark: 'Подтверждено',
        markDate: day(2021, 11, 8),
      },
    ),
    measureRow(
      '2.3.',
      'Разработка среднесрочной программы развития',
      'Ноябрь 2021 года',
      '100% документов программы согласованы куратором',
      'Директор, заместители директора',
      'Среднесрочная программа развития',
      {
        status: 'Требуется доработка',
        link: sampleLink('sh9/srednesrochnaya-programma.pdf'),
        mark: 'На доработку',
        markDate: day(2021, 12, 3),
        curatorComment: `Задачи программы не связаны с причинами риска «${RISK_FAILURE}»`,
      },
    ),
    sectionRow(riskSectionTitle(RISK_COMPETENCE)),
    measureRow(
      '3.1.',
      'Разработка и реализация педагогами индивидуальных образовательных маршрутов на основе дефицитов предметной и методической компетенций',
      'Октябрь 2021 – май 2022 года',
      'Не менее 80% учителей реализуют ИОМ',
      `${DEPUTY}, руководители ШМО`,
      'Индивидуальные образовательные маршруты педагогов',
      { status: 'В работе', actual: '64% учителей' },
    ),
    measureRow(
      '3.2.',
      'Прохождение курсовой подготовки, в том числе по проблеме формирования функциональной грамотности, на базе ГАУ ДПО СОИРО',
      'В течение учебного года',
      'Охват педагогических работников курсовой подготовкой – не менее 70%',
      DEPUTY,
      'Удостоверения о повышении квалификации',
      { status: 'В работе', actual: '55%' },
    ),
    measureRow(
      '3.3.',
      `Совместный педагогический совет с ${CURATOR_SCHOOL} «Инновационные модели оценки образовательных достижений обучающихся»`,
      '28.12.2021',
      '100% педагогов участвуют',
      `Директор, ${CURATOR_SCHOOL}`,
      'Протокол педагогического совета',
      {
        status: 'Выполнено',
        done: day(2021, 12, 28),
        actual: '100%',
        link: sampleLink('sh9/pedsovet-2021-12-28.pdf'),
        mark: 'Подтверждено',
        markDate: day(2022, 1, 10),
      },
    ),
    measureRow(
      '3.4.',
      'Школьная методическая конференция «Марафон педагогических идей»',
      'Март 2022 года',
      'Не менее 60% учителей представили опыт',
      DEPUTY,
      'Программа конференции, сборник материалов',
      { status: 'Не начато' },
    ),
    sectionRow(riskSectionTitle(RISK_MOTIVATION)),
    measureRow(
      '4.1.',
      'Выявление обучающихся «группы риска», создание банка данных обучающихся с низким уровнем учебной мотивации и признаками учебной неуспешности',
      'Сентябрь – октябрь 2021 года',
      'Банк данных сформирован по 100% классов 5–9',
      'Педагог-психолог, классные руководители',
      'Банк данных обучающихся',
      { status: 'Выполнено', done: day(2021, 10, 29), link: sampleLink('sh9/bank-dannyh-gruppa-riska.pdf'), mark: 'Подтверждено', markDate: day(2021, 11, 3) },
    ),
    measureRow(
      '4.2.',
      'Диагностика уровня учебной мотивации: анкетирование обучающихся, определение доминирующих мотивов учения',
      'Октябрь 2021 года, апрель 2022 года',
      'Не менее 90% обучающихся 5–9 классов прошли диагностику',
      'Педагог-психолог',
      'Аналитическая справка',
      { status: 'В работе', actual: 'Октябрь: 92%', link: sampleLink('sh9/diagnostika-motivacii-oktyabr.pdf') },
    ),
    measureRow(
      '4.3.',
      'Тренинг «Снижение уровня тревожности у подростков» для обучающихся «группы риска»',
      'Ноябрь 2021 года',
      'Не менее 75% обучающихся «группы риска» участвуют',
      'Педагог-психолог',
      'Программа тренинга, лист регистрации',
      {
        status: 'Выполнено',
        done: day(2021, 11, 24),
        actual: '81%',
        link: sampleLink('sh9/trening-trevozhnost.pdf'),
        mark: 'Подтверждено',
        markDate: day(2021, 11, 30),
      },
    ),
    measureRow(
      '4.4.',
      'Заседание ШМО совместно с администрацией школы «Создание условий успешности обучения школьников»: отбор педагогических технологий для работы с учащимися с низкой мотивацией',
      'Январь 2022 года',
      '100% руководителей ШМО участвуют',
      `${DEPUTY}, руководители ШМО`,
      'Протокол заседания',
      { status: 'В работе' },
    ),
    sectionRow(riskSectionTitle(RISK_FAILURE)),
    measureRow(
      '5.1.',
      'Педагогический семинар «Индивидуальные и психофизиологические особенности в процессе обучения», «Система работы со слабоуспевающими обучающимися»',
      'Ноябрь 2021 года',
      'Не менее 80% учителей участвуют',
      DEPUTY,
      'Материалы семинара',
      {
        status: 'Выполнено',
        done: day(2021, 11, 17),
        actual: '86%',
        link: sampleLink('sh9/seminar-slabouspevayushchie.pdf'),
        mark: 'Подтверждено',
        markDate: day(2021, 11, 22),
      },
    ),
    measureRow(
      '5.2.',
      'Круглый стол «Как повысить качество знаний учащихся с рисками учебной неуспешности»',
      '25.02.2022',
      'Не менее 20 педагогов участвуют',
      `${DEPUTY}, ${CURATOR_SCHOOL}`,
      'Протокол круглого стола',
      { status: 'Не выполнено', comment: 'Перенесён на апрель 2022 года из-за карантина' },
    ),
    measureRow(
      '5.3.',
      'Дифференцирование домашних заданий с учётом возможностей и способностей обучающихся; уроки, на которых создаётся «ситуация успеха»',
      'В течение учебного года',
      'Снижение доли обучающихся с рисками учебной неуспешности на 15%',
      'Учителя-предметники',
      'Справка по итогам внутришкольного контроля',
      { status: 'В работе' },
    ),
  ],
};

/**
 * A blank school roadmap: the title «Дорожная карта <school> <period>» and the section headings —
 * «Стартовая диагностика», «Программа развития», one «Риск: …» per risk — with no measures.
 */
export function schoolRoadmapFor(opts: { school: string; period?: string; risks: readonly string[] }): SheetTemplate {
  const phrase = opts.period ? periodPhrase(opts.period) : '';
  const title = ['Дорожная карта', opts.school.trim(), phrase].filter((p) => p !== '').join(' ');
  const rows: Cell[][] = [sectionRow(START_SECTION), sectionRow(PROGRAMME_SECTION)];
  const seen = new Set<string>();
  for (const risk of opts.risks) {
    const heading = riskSectionTitle(risk);
    if (heading === 'Риск: ' || seen.has(heading)) continue;
    seen.add(heading);
    rows.push(sectionRow(heading));
  }
  return { ...schoolRoadmap, titleRows: [[title]], sampleRows: rows };
}
