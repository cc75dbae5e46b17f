/**
 * «Меры соотносятся с задачами» when no task is named: the numbered sections stand for the tasks —
 * on the seed plans (order 305: «1.», «2.», «3.»; order 476: «Направление: …») and on programmes
 * built here; a section with one measure is weak; unnumbered group headings (order 470) are not tasks.
 */
import type { Grid } from '../../../src/domain/core/types';
import { analyseSheet } from '../../../src/domain/roadmap/analyse';
import { findProgrammes } from '../../../src/domain/risk/programmes';
import { preExpertise, type PreExpertise } from '../../../src/domain/expertise';
import { loadFixture } from '../../fixtures/load';

const TODAY = '2022-01-20';

function docs(grid: Grid, period?: string): PreExpertise[] {
  const tables = analyseSheet(grid, { sheetName: 'ДК', today: TODAY, period });
  const programmes = findProgrammes(tables, new Map([['ДК', grid]]));
  return preExpertise({ tables, programmes, profiles: [] });
}
const tasksOf = (d: PreExpertise) => d.proposals.find((p) => p.criterion.id === 'measures-tasks');

describe('seed plans', () => {
  it('order 305: no anti-risk programme; its three numbered sections are the tasks, each with two measures or more', () => {
    const all = docs(loadFixture('seed000-order305-plan-2021-2022.tsv'));
    expect(all.map((d) => d.title)).toEqual(['Дорожная карта «ДК»']);
    const t = tasksOf(all[0]);
    expect(t?.proposed).toBe(3);
    expect(t?.reasons[0]).toBe('задачи не названы; задачами считаются разделы документа: разделов 3, мер 35');
    expect(t?.evidence.map((e) => e.text)).toEqual([
      'раздел «1. Организационно-управленческие меры»: мероприятий — 17',
      'раздел «2. Повышение профессиональных компетенций педагогических ра…»: мероприятий — 3',
      'раздел «3. Организационно-методическое сопровождение»: мероприятий — 15',
    ]);
    expect(t?.evidence[0].row).toBe(14); // measure 1.1, the first of section 1
  });

  it('order 476: the «Направление: …» sections are the tasks', () => {
    const [d] = docs(loadFixture('seed000-order476-network-2021-2024.tsv'));
    const t = tasksOf(d);
    expect(t?.proposed).toBe(3);
    expect(t?.reasons[0]).toMatch(/разделов 3, мер 9$/);
  });

  it('order 470 groups its measures under unnumbered headings: no tasks, no proposal', () => {
    const [d] = docs(loadFixture('seed000-order470-plan-2022.tsv'));
    expect(tasksOf(d)?.proposed).toBeNull();
    expect(tasksOf(d)?.reasons[0]).toMatch(/^задачи в таблице не названы/);
  });
});

describe('programmes built here', () => {
  const header = ['№', 'Мероприятие', 'Срок', 'Ответственный', 'Показатель', 'Форма отчёта'];
  const m = (n: string, title: string): string[] => [n, title, 'Ноябрь 2021 года', 'Директор', 'Не менее 80% учителей', 'Справка'];

  it('a section with one measure is weak (2), and the measures outside the sections are counted apart', () => {
    const grid: Grid = [
      ['План на 2021/2022 учебный год'],
      header,
      m('1', 'Совещание с педагогами'),
      ['1. Диагностика'],
      m('1.1', 'Анкетирование'),
      m('1.2', 'Собеседования'),
      ['2. Работа с родителями'],
      m('2.1', 'Родительское собрание'),
    ];
    const t = tasksOf(docs(grid, '2021/2022')[0]);
    expect(t?.proposed).toBe(2);
    expect(t?.reasons).toEqual([
      'задачи не названы; задачами считаются разделы документа: разделов 2, мер 4',
      'мер вне разделов: 1',
      'в разделе одно мероприятие — это не комплекс мер: «2. Работа с родителями»',
      'соответствие мер задачам программы по её тексту оценивает эксперт',
    ]);
  });

  it('a «Фактор риска» programme without a «Задача» column is judged by its numbered sections; named tasks win over sections', () => {
    const head = ['№', 'Фактор риска', 'Мероприятие', 'Срок', 'Ответственный', 'Показатель', 'Форма отчёта'];
    const row = (n: string, t: string) => [n, 'Низкая учебная мотивация обучающихся', t, 'Ноябрь 2021 года', 'Директор', 'Не менее 80%', 'Справка'];
    const grid: Grid = [
      head,
      ['1. Диагностика'],
      row('1.1', 'Анкетирование'),
      row('1.2', 'Собеседования'),
      ['2. Родители'],
      row('2.1', 'Собрание'),
      row('2.2', 'Консультации'),
    ];
    const [p] = docs(grid, '2021/2022');
    expect(p.title).toMatch(/^Антирисковая программа/);
    expect(tasksOf(p)?.proposed).toBe(3);
    expect(tasksOf(p)?.reasons[0]).toBe('задачи не названы; задачами считаются разделы документа: разделов 2, мер 4');
    const named = grid.map((r, i) => (i === 0 ? [...r, 'Задача'] : r.length > 1 ? [...r, 'Повысить мотивацию'] : r));
    const t = tasksOf(docs(named, '2021/2022')[0]);
    expect(t?.reasons[0]).toBe('задач 1, мер 4');
    expect(t?.proposed).toBe(3);
  });

  it('one section is the whole document, not a task', () => {
    const grid: Grid = [header, ['1. Диагностика'], m('1.1', 'Анкетирование'), m('1.2', 'Собеседования')];
    expect(tasksOf(docs(grid, '2021/2022')[0])?.proposed).toBeNull();
  });
});
