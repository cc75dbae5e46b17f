/** Findings about anti-risk programmes and about a risk profile checked against them. */
import type { CodeInfo } from '../checks/codes';

export const PROGRAMME_CODES = {
  'programme-task-no-measure': { severity: 'warning', meaning: 'Задача антирисковой программы без мероприятий' },
  'programme-indicator-progress': { severity: 'info', meaning: 'Показатель программы «с … до …»: продвижение к цели по фактическому значению' },
  'programme-risk-low': { severity: 'info', meaning: 'Антирисковая программа по фактору с низкой значимостью в рисковом профиле' },
  'programme-risk-not-in-profile': { severity: 'warning', meaning: 'Антирисковая программа по фактору, которого нет в рисковом профиле школы' },
  'risk-high-no-programme': { severity: 'error', meaning: 'Фактор высокой значимости без антирисковой программы с мероприятиями' },
  'risk-medium-unassessed': { severity: 'warning', meaning: 'Фактор средней значимости без антирисковой программы и без комментария куратора' },
} as const satisfies Record<string, CodeInfo>;
