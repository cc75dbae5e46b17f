/**
 * `npm run bench`: speed figures, printed (not asserted).
 *   check: rows/second for checking a 1,000- and a 10,000-row roadmap, and their time ratio
 *          (cost must grow linearly: the ratio should stay near 10).
 */
import { analyseSheet } from '../src/domain/roadmap/analyse';
import type { Grid } from '../src/domain/types';

const MONTHS = ['январь', 'февраль', 'март', 'апрель', 'май', 'июнь', 'июль', 'август', 'сентябрь', 'октябрь', 'ноябрь', 'декабрь'];
const DEADLINES = [
  (i: number) => `${MONTHS[i % 12]} 2022`,
  () => 'в течение учебного года',
  (i: number) => `До ${(i % 27) + 1} ${['марта', 'апреля', 'мая'][i % 3]} 2022 г.`,
  () => 'ежегодно (сентябрь -октябрь)',
  () => 'С марта 2022 г. ежемесячно',
  (i: number) => `${MONTHS[i % 12]} – ${MONTHS[(i % 12) + (i % 12 < 11 ? 1 : 0)]} 2022 года`,
];
const RESPONSIBLE = ['УОиМП, ОЦПРМСО', 'Муниципальный координатор, ОЦПРМСО, МБОУ «СШ № 21 им. Н.И. Рыленкова»', 'ШНОР', 'ЦНППМ ГАУ ДПО СОИРО'];
const INDICATORS = ['100% участие', 'Не менее 75% участие', 'Проведено не менее 5 совещаний', 'Своевременное размещение'];
const STATUSES = ['Выполнено', 'В работе', 'Не начато', 'Требуется доработка', ''];

/** A roadmap of `rows` measures in sections of 20, with a repeated header every 40 rows like a paged Word table. */
export function syntheticRoadmap(rows: number): Grid {
  const header = ['№ п/п', 'Наименование мероприятия', 'Сроки исполнения', 'Показатель реализации', 'Ответственный', 'Результат', 'Статус', 'Дата выполнения', 'Ссылка на подтверждающий документ'];
  const grid: Grid = [['ПЛАН-ГРАФИК («дорожная карта») на 2022 год'], header];
  for (let i = 0; i < rows; i++) {
    if (i % 20 === 0) grid.push([`${i / 20 + 1}. Раздел ${i / 20 + 1}`]);
    if (i % 40 === 39) grid.push(header);
    const status = STATUSES[i % STATUSES.length];
    grid.push([
      `${Math.floor(i / 20) + 1}.${(i % 20) + 1}`,
      `Мероприятие ${i + 1}: организация методического сопровождения учителей-предметников школы № ${i % 50}`,
      DEADLINES[i % DEADLINES.length](i),
      INDICATORS[i % INDICATORS.length],
      RESPONSIBLE[i % RESPONSIBLE.length],
      'Справка',
      status,
      status === 'Выполнено' ? `${(i % 28) + 1}.0${(i % 9) + 1}.2022` : '',
      status === 'Выполнено' && i % 3 ? `https://school.example/doc/${i}` : '',
    ]);
  }
  return grid;
}

function time(fn: () => void, repeat: number): number {
  fn(); // warm-up
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < repeat; i++) fn();
  return Number(process.hrtime.bigint() - t0) / 1e6 / repeat;
}

export function benchCheck(): void {
  const small = syntheticRoadmap(1000);
  const large = syntheticRoadmap(10000);
  const opts = { sheetName: 'План', today: '2022-11-23' };
  const ms1 = time(() => analyseSheet(small, opts), 5);
  const ms10 = time(() => analyseSheet(large, opts), 3);
  const diags = analyseSheet(large, opts)[0].diagnostics.length;
  console.log('Проверка дорожной карты (analyseSheet):');
  console.log(`  1 000 строк:  ${ms1.toFixed(1)} мс  (${Math.round(1000 / (ms1 / 1000)).toLocaleString('ru-RU')} строк/с)`);
  console.log(`  10 000 строк: ${ms10.toFixed(1)} мс  (${Math.round(10000 / (ms10 / 1000)).toLocaleString('ru-RU')} строк/с), замечаний: ${diags}`);
  console.log(`  отношение времени 10 000 : 1 000 = ${(ms10 / ms1).toFixed(2)} (линейный рост ≈ 10)`);
}

benchCheck();
