/** The pre-expertise: flawed programmes never get full marks on their flaws; clean ones do. */
import type { Grid } from '../../../src/domain/core/types';
import { analyseSheet } from '../../../src/domain/roadmap/analyse';
import { findProgrammes } from '../../../src/domain/risk/programmes';
import { preExpertise, totals, parseScore, scoreLabel, type PreExpertise } from '../../../src/domain/expertise';
import { parseRiskProfileGrid } from '../../../src/domain/workbook/kinds/risk-profile';
import { loadFixture } from '../../fixtures/load';

const TODAY = '2022-01-20';
const HEADER = ['№', 'Мероприятие', 'Срок', 'Ответственный', 'Показатель', 'Форма отчёта'];

function docs(grid: Grid, profileGrid?: Grid): PreExpertise[] {
  const tables = analyseSheet(grid, { sheetName: 'ДК', today: TODAY, period: '2021/2022' });
  const programmes = findProgrammes(tables, new Map([['ДК', grid]]));
  const profiles = profileGrid ? [parseRiskProfileGrid(profileGrid, 'Рисковый профиль').profile] : [];
  return preExpertise({ tables, programmes, profiles });
}

const proposed = (d: PreExpertise, id: string) => d.proposals.find((p) => p.criterion.id === id);

const CLEAN: Grid = [
  ['Дорожная карта на 2021/2022 учебный год'],
  HEADER,
  ['Риск: Низкая учебная мотивация обучающихся'],
  ['Задача 1. Выявить причины низкой мотивации'],
  ['1.1', 'Анкетирование обучающихся', 'Октябрь 2021 года', 'Педагог-психолог', 'Не менее 90% обучающихся', 'Аналитическая справка'],
  ['1.2', 'Собеседования с классными руководителями', 'Ноябрь 2021 года', 'Заместитель директора', 'Не менее 80% классных руководителей', 'Протокол'],
  ['Задача 2. Вовлечь родителей'],
  ['1.3', 'Родительское собрание', 'Декабрь 2021 года', 'Директор', 'Доля родителей выросла с 40% до 60%', 'Протокол собрания'],
  ['1.4', 'Консультации для родителей', 'Февраль 2022 года', 'Педагог-психолог', 'Не менее 30 консультаций', 'Отчёт'],
];

describe('a clean anti-risk programme', () => {
  const [p] = docs(CLEAN);
  it('is one programme with full marks on every criterion a machine judges', () => {
    expect(p.type).toBe('programme');
    expect(p.title).toBe('Антирисковая программа «Риск: Низкая учебная мотивация обучающихся»');
    expect(p.proposals.map((x) => [x.criterion.id, x.proposed])).toEqual([
      ['measures-tasks', 3],
      ['measurable', 3],
      ['formal', 3],
      ['responsible', true],
      ['deadlines', true],
      ['report', true],
    ]);
    expect(proposed(p, 'measurable')?.reasons[0]).toMatch(/^измеримы 4 из 4: 1\.1 «Анкетирование обучающихся»/);
    expect(p.total).toBe(12);
    expect(p.max).toBe(12);
    expect(p.percent).toBe(100);
  });
});

describe('programmes with known flaws', () => {
  it('unmeasurable indicators: «Показатели можно измерить» is not full, with the share and the vague ones', () => {
    const g = CLEAN.map((r) => [...r]);
    g[4][4] = 'Своевременное проведение';
    g[5][4] = 'Повышение мотивации';
    const m = proposed(docs(g)[0], 'measurable');
    expect(m?.proposed).toBe(1);
    expect(m?.reasons[0]).toMatch(/^измеримы 2 из 4/);
    expect(m?.reasons.join(' ')).toContain('«Своевременное проведение»');
    expect(m?.evidence.map((e) => e.row)).toEqual([5, 6]);
  });

  it('a measure without a responsible body: «Указаны ответственные» — нет, with the measure', () => {
    const g = CLEAN.map((r) => [...r]);
    g[7][3] = '';
    const r = proposed(docs(g)[0], 'responsible');
    expect(r?.proposed).toBe(false);
    expect(r?.reasons[0]).toBe('ответственный не указан у 1 из 4: 1.3 «Родительское собрание»');
    expect(r?.evidence[0].row).toBe(8);
  });

  it('no report form: «Указано, в каком виде будет представлен отчёт» — нет; formal elements not full', () => {
    const g = CLEAN.map((r) => r.slice(0, 5));
    const [p] = docs(g);
    expect(proposed(p, 'report')?.proposed).toBe(false);
    expect(proposed(p, 'report')?.reasons[0]).toMatch(/нет столбца «Результат»/);
    expect(proposed(p, 'formal')?.proposed).toBe(2);
    expect(proposed(p, 'formal')?.reasons).toContain('нет: результат');
  });

  it('a task without measures gives 1 or less; a task with one measure gives 2', () => {
    const g = [...CLEAN.slice(0, 6), ['Задача 2. Выявить причины образовательных трудностей'], ...CLEAN.slice(6)];
    const t = proposed(docs(g)[0], 'measures-tasks');
    expect(t?.proposed).toBe(1);
    expect(t?.reasons).toContain('без мероприятий: «Задача 2. Выявить причины образовательных трудностей»');
    const one = proposed(docs(CLEAN.slice(0, 8))[0], 'measures-tasks');
    expect(one?.proposed).toBe(2);
    expect(one?.reasons[1]).toMatch(/^по одному мероприятию — это не комплекс мер: «Задача 2\. Вовлечь родителей»/);
  });

  it('deadlines outside the period, unreadable, or all at once are not realistic', () => {
    const out = CLEAN.map((r) => [...r]);
    out[4][2] = 'Апрель 2023 года';
    expect(proposed(docs(out)[0], 'deadlines')?.reasons[0]).toMatch(/^вне периода 2021\/2022: 1\.1/);
    const none = CLEAN.map((r) => [...r]);
    none[5][2] = '';
    expect(proposed(docs(none)[0], 'deadlines')?.proposed).toBe(false);
    const same = CLEAN.map((r, i) => (i >= 4 && r.length > 1 ? [r[0], r[1], 'Май 2022 года', ...r.slice(3)] : r));
    const d = proposed(docs(same)[0], 'deadlines');
    expect(d?.proposed).toBe(false);
    expect(d?.reasons.join(' ')).toMatch(/у всех 4 мер один и тот же срок «Май 2022 года»/);
    const late = CLEAN.map((r, i) => (i >= 4 && r.length > 1 ? [r[0], r[1], `${20 + i} августа 2022 года`, ...r.slice(3)] : r));
    expect(proposed(docs(late)[0], 'deadlines')?.reasons.join(' ')).toMatch(/4 из 4 мер приходятся на конец периода/);
  });
});

describe('a roadmap without programmes and the concept against the risk profile', () => {
  it('the seed 2022 plan is scored as a roadmap: no tasks, no proposal on them', () => {
    const grid = loadFixture('seed000-order470-plan-2022.tsv');
    const tables = analyseSheet(grid, { sheetName: 'План', today: TODAY });
    const [d] = preExpertise({ tables, programmes: [], profiles: [] });
    expect(d.title).toBe('Дорожная карта «План»');
    expect(proposed(d, 'measures-tasks')?.proposed).toBeNull();
    expect(proposed(d, 'formal')?.proposed).toBe(3);
    expect(proposed(d, 'measurable')?.proposed).not.toBe(3);
    expect(d.max).toBe(9);
  });

  it('high risks of the 2021 profile without programmes: the concept criterion is not full', () => {
    const all = docs(CLEAN, loadFixture('seed003-risk-profile-2021.tsv'));
    const concept = all.find((d) => d.type === 'concept');
    const high = concept && proposed(concept, 'high-risks');
    expect(high?.proposed).toBe(0);
    expect(high?.reasons[0]).toBe('рисков со статусом «высокий» 5; антирисковые программы есть для 1');
    expect(high?.reasons[1]).toMatch(/^нет программы: «Низкий уровень оснащения школы»/);
    expect(concept && proposed(concept, 'medium-risks')?.proposed).toBeNull();
    expect(all.find((d) => d.type === 'medium')?.proposals.every((p) => p.proposed === null)).toBe(true);
  });
});

describe('scores and totals', () => {
  it('totals over the criteria scored; yes/no counts 1 of 1', () => {
    expect(
      totals([
        { scale: '0-3', score: 2 },
        { scale: 'yes-no', score: true },
        { scale: '0-3', score: null },
      ]),
    ).toEqual({ total: 3, max: 4, percent: 75 });
    expect(totals([])).toEqual({ total: 0, max: 0, percent: null });
  });
  it('labels read back', () => {
    for (const s of [0, 1, 2, 3] as const) expect(parseScore('0-3', scoreLabel('0-3', s))).toBe(s);
    expect(parseScore('0-3', 'Скорее да')).toBe(2);
    expect(parseScore('yes-no', 'Да')).toBe(true);
    expect(parseScore('yes-no', 'нет')).toBe(false);
    expect(parseScore('0-3', '-')).toBeNull();
  });
});
