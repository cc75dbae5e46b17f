/** «Экспертиза документа»'s server functions over the emulator: proposals, save, reopen, a user's sheet untouched. */
import { getExpertiseData, saveExpertise } from '../../src/gas/expertise';
import { createFakeGas } from '../fakes/gas';

let restore: (() => void) | null = null;
afterEach(() => {
  restore?.();
  restore = null;
});

const PLAN = [
  ['Дорожная карта на 2021/2022 учебный год'],
  ['№', 'Мероприятие', 'Срок', 'Ответственный', 'Показатель', 'Форма отчёта'],
  ['Риск: Низкая учебная мотивация обучающихся'],
  ['1.1', 'Анкетирование обучающихся', 'Октябрь 2021 года', 'Педагог-психолог', 'Не менее 90% обучающихся', 'Справка'],
  ['1.2', 'Родительское собрание', 'Ноябрь 2021 года', '', 'Повышение мотивации', 'Протокол'],
];

test("proposals with evidence; save writes «Экспертиза» beside a user's sheet of that name; reopening shows the scores", () => {
  const fake = createFakeGas({ sheets: { ДК: PLAN, Экспертиза: [['мои заметки']] }, activeSheet: 'ДК' });
  restore = fake.installGlobals();
  const data = getExpertiseData();
  const [doc] = data.documents;
  expect(doc.title).toBe('Антирисковая программа «Риск: Низкая учебная мотивация обучающихся»');
  const measurable = doc.criteria.find((c) => c.id === 'measurable');
  expect(measurable?.proposed).toBe(1);
  expect(measurable?.evidence[0]).toEqual({ text: '1.2 «Родительское собрание»: «Повышение мотивации»', row: 5, sheet: 'ДК' });
  expect(doc.criteria.find((c) => c.id === 'responsible')?.proposed).toBe(false);
  const r = saveExpertise({
    title: doc.title,
    type: doc.type,
    scores: [
      { id: 'measurable', score: 2, comment: 'Второй показатель не измерить' },
      { id: 'responsible', score: false, comment: '' },
    ],
  });
  expect(r.sheet).toBe('Экспертиза (2)');
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  expect(ss.getSheetByName('Экспертиза')!.getDataRange().getValues()).toEqual([['мои заметки']]);
  const again = getExpertiseData();
  expect(again.sheet).toBe('Экспертиза (2)');
  const saved = again.documents[0];
  expect(saved.saved).toBe(true);
  expect(saved.criteria.find((c) => c.id === 'measurable')).toMatchObject({ score: 2, comment: 'Второй показатель не измерить' });
  expect(saved.criteria.find((c) => c.id === 'responsible')?.score).toBe(false);
  // Saving again rewrites the same sheet, not a third.
  saveExpertise({ title: doc.title, type: doc.type, scores: [{ id: 'measurable', score: 3, comment: '' }] });
  expect(ss.getSheets().map((s) => s.getName())).toEqual(['ДК', 'Экспертиза', 'Экспертиза (2)']);
  expect(getExpertiseData().documents[0].criteria.find((c) => c.id === 'measurable')?.score).toBe(3);
});
