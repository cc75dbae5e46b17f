/** Anti-risk programmes read from a school's roadmap, and their indicators' progress. */
import { schoolRoadmap } from '../../../sheets-templates';
import type { Grid } from '../../../src/domain/core/types';
import { analyseSheet } from '../../../src/domain/roadmap/analyse';
import { indicatorProgress, programmeTarget, progressTextRu } from '../../../src/domain/risk/indicators';
import { findProgrammes } from '../../../src/domain/risk/programmes';
import { templateGrid } from '../../../src/domain/workbook/templates';
import { loadFixture } from '../../fixtures/load';

const TODAY = '2022-01-20';

function programmesOf(grid: Grid, name = 'ДК') {
  const tables = analyseSheet(grid, { sheetName: name, today: TODAY, period: '2021/2022' });
  return findProgrammes(tables, new Map([[name, grid]]));
}

describe('programmes of the «Дорожная карта школы» template', () => {
  const programmes = programmesOf(templateGrid(schoolRoadmap), schoolRoadmap.title);

  it('one programme per «Риск: …» section, with its measures; «Стартовая диагностика» and «Программа развития» are none', () => {
    expect(programmes.map((p) => [p.factor, p.measures.length, p.by])).toEqual([
      ['Недостаточная предметная и методическая компетентность педагогических работников', 4, 'section'],
      ['Низкая учебная мотивация обучающихся', 4, 'section'],
      ['Высокая доля обучающихся с рисками учебной неуспешности', 3, 'section'],
    ]);
    expect(programmes[0].heading).toBe('Риск: Недостаточная предметная и методическая компетентность педагогических работников');
  });

  it('«Снижение доли … на 15%» is a programme indicator: percentage points', () => {
    const ind = programmes[2].indicators;
    expect(ind).toHaveLength(1);
    expect(ind[0].progress.target).toEqual({ kind: 'by', amount: 15, direction: 'down', unit: '%', points: true });
    expect(progressTextRu(ind[0].progress)).toMatch(/^снижение на 15 процентных пунктов \(для доли «на 15 %» — это процентные пункты/);
  });
});

describe('programme indicators', () => {
  it('«с 66% до 78%» against the actual value: progress toward the target', () => {
    const t = programmeTarget('Количество работников с первой или высшей категорией увеличился с 66% до 78%');
    expect(t).toEqual({ kind: 'change', from: 66, to: 78, unit: '%' });
    if (!t) return;
    const p = indicatorProgress(t, '72%');
    expect(p.progress).toBeCloseTo(0.5);
    expect(progressTextRu(p)).toBe('с 66\u00a0% до 78\u00a0%, факт 72\u00a0% — пройдено 50\u00a0% пути к цели');
    expect(progressTextRu(indicatorProgress(t, '80 %'))).toMatch(/цель достигнута$/);
    expect(progressTextRu(indicatorProgress(t, '60'))).toMatch(/продвижения к цели нет$/);
    expect(progressTextRu(indicatorProgress(t, null))).toBe('с 66\u00a0% до 78\u00a0%; факт не указан');
  });

  it('a fall «с 40% до 25%» and an amount measured by an actual «с … до …»', () => {
    const fall = programmeTarget('Снижение доли неуспевающих с 40% до 25%');
    expect(fall && indicatorProgress(fall, '31%').progress).toBeCloseTo(0.6);
    const by = programmeTarget('снижение доли обучающихся с рисками учебной неуспешности на 15 %');
    expect(by).toMatchObject({ kind: 'by', points: true });
    expect(by && indicatorProgress(by, 'с 45% до 36%').progress).toBeCloseTo(0.6);
    expect(programmeTarget('Рост числа участников олимпиад на 5 человек')).toEqual({ kind: 'by', amount: 5, direction: 'up', unit: '', points: false });
    expect(programmeTarget('Не менее 80% учителей участвуют')).toBeNull();
    expect(programmeTarget(null)).toBeNull();
  });
});

describe('programmes typed by hand', () => {
  const header = ['№', 'Мероприятие', 'Срок', 'Ответственный', 'Показатель', 'Факт'];

  it('headings: a loosely named factor, tasks under it, a task without measures; another heading ends the programme', () => {
    const grid: Grid = [
      ['Дорожная карта на 2021/2022 учебный год'],
      header,
      ['Антирисковая программа «Повышение учебной мотивации обучающихся»'],
      ['Задача 1. Выявить причины низкой мотивации'],
      ['1.1', 'Анкетирование обучающихся', 'Октябрь 2021 года', 'Педагог-психолог', 'Не менее 90% обучающихся', null],
      ['Задача 2. Выявить причины образовательных трудностей'],
      ['Задача 3. Вовлечь родителей'],
      ['1.2', 'Родительское собрание', 'Ноябрь 2021 года', 'Директор', 'Доля родителей выросла с 40% до 60%', '55%'],
      ['Программа развития'],
      ['2.1', 'Разработка программы', 'Ноябрь 2021 года', 'Директор', '100% документов', null],
    ];
    const [p, ...rest] = programmesOf(grid);
    expect(rest).toEqual([]);
    expect(p.factor).toBe('Низкая учебная мотивация обучающихся');
    expect(p.measures.map((m) => m.number)).toEqual(['1.1', '1.2']);
    expect(p.tasks.map((t) => [t.row, t.measures])).toEqual([
      [4, 1],
      [6, 0],
      [7, 1],
    ]);
    expect(p.indicators.map((i) => i.progress.progress)).toEqual([0.75]);
  });

  it('a «Фактор риска» column groups measures whatever the sections', () => {
    const grid: Grid = [
      ['№', 'Фактор риска', 'Задача', 'Мероприятие', 'Срок', 'Ответственный'],
      ['1', 'Дефицит педагогических кадров', 'Привлечь молодых учителей', 'Ярмарка вакансий', 'Март 2022 года', 'Директор'],
      ['2', 'Низкий уровень оснащения', 'Обновить оборудование', 'Закупка ноутбуков', 'Апрель 2022 года', 'Директор'],
      ['3', 'Дефицит педагогических кадров', 'Удержать молодых учителей', null, null, null],
      ['4', 'Дефицит кадров', 'Привлечь молодых учителей', 'Договор с вузом', 'Май 2022 года', 'Директор'],
    ];
    const ps = programmesOf(grid);
    expect(ps.map((p) => [p.factor, p.by, p.measures.length])).toEqual([
      ['Дефицит педагогических кадров', 'column', 2],
      ['Низкий уровень оснащения школы', 'column', 1],
    ]);
    expect(ps[0].tasks.map((t) => [t.name, t.measures])).toEqual([
      ['Привлечь молодых учителей', 2],
      ['Удержать молодых учителей', 0],
    ]);
  });
});

describe('the loose heading match on the seeds', () => {
  it('order 305 is a municipal plan: its section «2. Повышение профессиональных компетенций…» is no programme', () => {
    const grid = loadFixture('seed000-order305-plan-2021-2022.tsv');
    expect(programmesOf(grid)).toEqual([]);
  });

  it("a bare heading in a factor's own words still starts one; «Риск:» keeps the looser match", () => {
    const header = ['№', 'Мероприятие', 'Срок', 'Ответственный'];
    const row = ['1.1', 'Анкетирование', 'Октябрь 2021 года', 'Психолог'];
    expect(programmesOf([header, ['2. Повышение учебной мотивации обучающихся'], row]).map((p) => p.factor)).toEqual(['Низкая учебная мотивация обучающихся']);
    expect(programmesOf([header, ['Риск: Повышение профессиональных компетенций педагогических работников'], row]).map((p) => p.factor)).toEqual([
      'Недостаточная предметная и методическая компетентность педагогических работников',
    ]);
  });
});
