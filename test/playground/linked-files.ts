/** A coordinator's file whose registry links two schools' files by Google Sheets URLs, the two files, and a stray one. */
import path from 'node:path';
import type { Cell } from '../../src/domain/core/types';
import { writeWorkbook } from '../../src/cli/xlsx-writer';
import { defaultSettings } from '../../src/domain/core/settings';
import { settingsToGrid } from '../../src/domain/workbook/kinds/settings';

export const ID_9 = '1SchoolNine0000000000000000000';
export const ID_13 = '1SchoolThirteen00000000000000';
export const ID_COORDINATOR = '1Coordinator00000000000000000';

function roadmap(school: string, statuses: string[]): Cell[][] {
  return [
    [`Дорожная карта МБОУ «${school}» на 2022 год`],
    ['№', 'Мероприятие', 'Срок', 'Ответственный', 'Результат', 'Статус', 'Дата выполнения'],
    ...statuses.map((status, i): Cell[] => [
      `${i + 1}.`,
      `Проведение педагогического совета № ${i + 1}`,
      `до ${String(10 + i).padStart(2, '0')}.0${i + 2}.2022`,
      'Заместитель директора по УВР',
      'Протокол педсовета',
      status,
      status === 'Выполнено' ? `0${i + 1}.0${i + 2}.2022` : null,
    ]),
  ];
}

export async function writeLinkedFiles(dir: string): Promise<{ coordinator: string; schools: string[]; stray: string }> {
  const registry: Cell[][] = [
    ['Школа', 'Школа-куратор', 'Куратор (ФИО)', 'Ссылка на таблицу школы / лист', 'Школа-эксперт (взаимоэкспертиза)'],
    ['МБОУ «СШ № 9»', 'МБОУ «СШ № 33»', 'Жойкин Сергей Александрович', `https://docs.google.com/spreadsheets/d/${ID_9}/edit#gid=0`, 'МБОУ «СШ № 13»'],
    ['МБОУ «СШ № 13»', 'МБОУ «СШ № 40»', 'Иванова Анна Петровна', `https://docs.google.com/spreadsheets/d/${ID_13}/edit`, 'МБОУ «СШ № 9»'],
  ];
  const coordinator = path.join(dir, 'Координатор.xlsx');
  const schools = [path.join(dir, 'ДК СШ 9.xlsx'), path.join(dir, 'school-13.xlsx')];
  const stray = path.join(dir, 'Прочее.xlsx');
  await writeWorkbook(coordinator, [{ name: 'Реестр школ', rows: registry }]);
  await writeWorkbook(schools[0], [{ name: 'Дорожная карта', rows: roadmap('СШ № 9', ['Выполнено', 'Выполнено', 'В работе']) }]);
  // СШ № 13's own file reaches the coordinator's registry through its «Настройки» (mutual expertise of СШ № 9).
  const settings = settingsToGrid({ ...defaultSettings(), registryLink: `https://docs.google.com/spreadsheets/d/${ID_COORDINATOR}/edit` });
  await writeWorkbook(schools[1], [
    { name: 'План', rows: roadmap('СШ № 13', ['Выполнено', 'Не начато']) },
    { name: 'Настройки', rows: settings },
  ]);
  await writeWorkbook(stray, [{ name: 'Лист1', rows: [['Заметки']] }]);
  return { coordinator, schools, stray };
}
