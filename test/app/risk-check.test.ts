/** A school's workbook built from the templates: its risk profile checked against its roadmap's anti-risk programmes. */
import { riskProfile, schoolRoadmap } from '../../sheets-templates';
import { checkWorkbook, type SheetToCheck } from '../../src/app/check';
import type { Cell, Grid } from '../../src/domain/core/types';
import { templateGrid } from '../../src/domain/workbook/templates';

const TODAY = '2022-01-20';

function workbook(profile: Grid = templateGrid(riskProfile), roadmap: Grid = templateGrid(schoolRoadmap)): SheetToCheck[] {
  return [
    { name: 'Рисковый профиль', grid: profile },
    { name: 'Дорожная карта школы', grid: roadmap },
  ];
}

/** The profile grid with one factor's significance and comment changed (by its number in the catalogue). */
function withFactor(n: number, significance: string, comment: string | null = null): Grid {
  const grid = templateGrid(riskProfile).map((r) => [...r]);
  const row = grid.find((r) => typeof r[0] === 'string' && r[0].startsWith(`${n}. `));
  if (row) {
    row[1] = significance;
    row[6] = comment;
  }
  return grid;
}

const codesOf = (check: ReturnType<typeof checkWorkbook>) => ({
  profile: check.reference.flatMap((r) => r.diagnostics.map((d) => [d.code, d.row, d.place?.column ?? null])),
  roadmap: check.tables.flatMap((t) => t.diagnostics.filter((d) => /^(?:programme|risk)-/.test(d.code)).map((d) => [d.code, d.row])),
});

describe('the template school workbook', () => {
  it('is consistent: every «Высокая» factor has a programme, every «Средняя» a comment; one indicator’s progress shown', () => {
    const check = checkWorkbook(workbook(), { today: TODAY });
    expect(check.reference.map((r) => [r.name, r.kind])).toEqual([['Рисковый профиль', 'risk-profile']]);
    expect(check.profiles).toHaveLength(1);
    expect(check.programmes.map((p) => p.measures.length)).toEqual([4, 4, 3]);
    expect(codesOf(check)).toEqual({ profile: [], roadmap: [['programme-indicator-progress', 23]] });
    const info = check.tables[0].diagnostics.find((d) => d.code === 'programme-indicator-progress');
    expect(info?.message).toMatch(/^Лист «Дорожная карта школы», строка 23: показатель «Снижение доли .*: снижение на 15 процентных пунктов/);
  });

  it('a «Высокая» factor without a programme, a «Средняя» one without comment or programme', () => {
    const check = checkWorkbook(workbook(withFactor(2, 'Высокая'), undefined), { today: TODAY });
    const profile2 = checkWorkbook(workbook(withFactor(8, 'Средняя', null)), { today: TODAY });
    expect(codesOf(check).profile).toEqual([['risk-high-no-programme', 8, 'Фактор риска']]);
    expect(check.reference[0].diagnostics[0].message).toBe(
      'Лист «Рисковый профиль», строка 8, столбец «Фактор риска»: фактор «Дефицит педагогических кадров» высокой значимости (требуется принятие мер) без антирисковой программы: ни в одной дорожной карте книги нет раздела по этому риску.',
    );
    expect(codesOf(profile2).profile).toEqual([['risk-medium-unassessed', 27, 'Комментарий куратора']]);
  });

  it('a programme for a «Низкая» factor, one for a factor not in the profile, a task without measures, an empty high programme', () => {
    const roadmap = templateGrid(schoolRoadmap).map((r) => [...r]);
    const extra: Cell[][] = [
      ['Риск: Дефицит педагогических кадров'],
      ['6.1.', 'Ярмарка вакансий', 'Март 2022 года', 'Не менее 2 молодых специалистов', 'Директор', 'Приказ'],
      ['Риск: Риски низкой адаптивности учебного процесса'],
      ['Задача 1. Ввести индивидуальные учебные планы'],
      ['7.1.', 'Разработка ИУП', 'Апрель 2022 года', '100% обучающихся группы риска', 'Заместитель директора по УВР', 'ИУП'],
      ['Задача 2. Обучить педагогов'],
      ['Риск: Низкий уровень оснащения школы'],
    ];
    roadmap.push(...extra);
    const check = checkWorkbook(workbook(withFactor(1, 'Высокая'), roadmap), { today: TODAY });
    const n = roadmap.length;
    expect(codesOf(check).roadmap).toEqual([
      ['programme-indicator-progress', 23],
      ['programme-risk-low', n - 6],
      ['programme-task-no-measure', n - 1],
      ['programme-risk-not-in-profile', n - 4],
    ]);
    expect(codesOf(check).profile).toEqual([['risk-high-no-programme', 3, 'Фактор риска']]);
    expect(check.reference[0].diagnostics[0].text).toMatch(
      /раздел «Риск: Низкий уровень оснащения школы» \(лист «Дорожная карта школы», строка \d+\) — без мероприятий\.$/,
    );
  });

  it('«Проверить лист» on the profile alone reads the other roadmaps for their programmes', () => {
    const alone = checkWorkbook(workbook(withFactor(2, 'Высокая')), { today: TODAY, only: 'Рисковый профиль' });
    expect(alone.tables).toEqual([]);
    expect(codesOf(alone).profile).toEqual([['risk-high-no-programme', 8, 'Фактор риска']]);
    const clean = checkWorkbook(workbook(), { today: TODAY, only: 'Рисковый профиль' });
    expect(codesOf(clean).profile).toEqual([]);
  });

  it('on the roadmap alone: its programme findings, with the profile of the workbook', () => {
    const check = checkWorkbook(workbook(withFactor(6, 'Низкая')), { today: TODAY, only: 'Дорожная карта школы' });
    expect(check.reference).toEqual([]);
    expect(codesOf(check).roadmap.map((c) => c[0])).toEqual(['programme-risk-low', 'programme-indicator-progress']);
  });

  it('without a profile only the programmes’ own findings', () => {
    const check = checkWorkbook([{ name: 'ДК', grid: templateGrid(schoolRoadmap) }], { today: TODAY });
    expect(codesOf(check).roadmap).toEqual([['programme-indicator-progress', 23]]);
  });
});
