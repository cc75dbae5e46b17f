/**
 * The criteria of mutual expertise («взаимоэкспертиза», seed 003) per document type, as data.
 * Scores are 0 «Нет», 1 «Скорее нет», 2 «Скорее да», 3 «Да»; some criteria are yes/no.
 */

export type DocumentType = 'concept' | 'medium' | 'programme';
export type Scale = '0-3' | 'yes-no';
/** A score on either scale; null when not scored (or nothing proposed). */
export type Score = 0 | 1 | 2 | 3 | boolean | null;

export interface Criterion {
  id: string;
  type: DocumentType;
  /** The wording of the expertise form. */
  text: string;
  scale: Scale;
}

const c = (type: DocumentType, id: string, scale: Scale, text: string): Criterion => ({ id, type, text, scale });

export const CRITERIA: readonly Criterion[] = [
  c('concept', 'high-risks', '0-3', 'Представлены и кратко проанализированы все риски рискового профиля, имеющие статус «высокий»'),
  c('concept', 'medium-risks', '0-3', 'Представлены и кратко проанализированы все риски рискового профиля, имеющие статус «средний»'),
  c('concept', 'chosen-risks', '0-3', 'Представлено документированное и логичное обоснование «выбранных рисков»'),
  c('programme', 'measures-tasks', '0-3', 'Меры (мероприятия) соотносятся с задачами и представляют собой комплекс мер по решению каждой конкретной задачи'),
  c('programme', 'measurable', '0-3', 'Показатели можно измерить'),
  c('programme', 'formal', '0-3', 'Присутствуют формальные элементы дорожной карты, поддерживающие эффективность ее реализации'),
  c(
    'programme',
    'responsible',
    'yes-no',
    'Указаны ответственные за проведение мероприятий, реализацию мер, которые обладают необходимыми компетенциями для их осуществления',
  ),
  c('programme', 'deadlines', 'yes-no', 'Сроки реализации мер реалистичны, оптимальны для проведения данных мероприятий'),
  c('programme', 'report', 'yes-no', 'Указано, в каком виде будет представлен отчет о проведении мероприятий'),
  c('medium', 'tasks-causes', '0-3', 'Задачи соотносятся с причинами возникновения выбранных рисков'),
  c('medium', 'tasks-goal', '0-3', 'Задачи соотносятся с формулировкой цели программы'),
  c('medium', 'tasks-enough', '0-3', 'Указанных задач достаточно для перелома школы в эффективный режим работы'),
];

/** The form's title per document type: «Экспертиза Антирисковой программы». */
export const DOCUMENT_TITLES: Readonly<Record<DocumentType, string>> = {
  concept: 'Концепция развития',
  medium: 'Среднесрочная программа развития',
  programme: 'Антирисковая программа',
};

export const SCORE_LABELS = ['Нет', 'Скорее нет', 'Скорее да', 'Да'] as const;

export function criteriaOf(type: DocumentType): Criterion[] {
  return CRITERIA.filter((x) => x.type === type);
}

/** The points a score gives and the most it could: 0–3 of 3, or 1/0 of 1 for yes/no; null when unscored. */
export function points(scale: Scale, score: Score): { got: number; max: number } | null {
  if (score === null) return null;
  if (scale === 'yes-no') return typeof score === 'boolean' ? { got: score ? 1 : 0, max: 1 } : null;
  return typeof score === 'number' ? { got: score, max: 3 } : null;
}

/** Total and maximum over the criteria scored; percent of the maximum (null when none is scored). */
export function totals(items: readonly { scale: Scale; score: Score }[]): { total: number; max: number; percent: number | null } {
  let total = 0;
  let max = 0;
  for (const i of items) {
    const p = points(i.scale, i.score);
    if (!p) continue;
    total += p.got;
    max += p.max;
  }
  return { total, max, percent: max === 0 ? null : Math.round((total / max) * 100) };
}

/** A score as the form writes it: «Да», «Скорее нет», «да»/«нет» for yes/no, '' when unscored. */
export function scoreLabel(scale: Scale, score: Score): string {
  if (score === null) return '';
  if (scale === 'yes-no') return score === true ? 'да' : score === false ? 'нет' : '';
  return typeof score === 'number' ? `${score} – ${SCORE_LABELS[score]}` : '';
}

/** A score read back from a cell: «3», «3 – Да», «Скорее да», «да», «нет»; null when unreadable or empty. */
export function parseScore(scale: Scale, text: string): Score {
  const t = text.trim().toLocaleLowerCase('ru').replace(/ё/g, 'е');
  if (t === '' || t === '-' || t === '—') return null;
  if (scale === 'yes-no') {
    if (/^(?:да|yes|true|1)$/.test(t)) return true;
    if (/^(?:нет|no|false|0)$/.test(t)) return false;
    return null;
  }
  const n = /^([0-3])(?:\s*[–—-].*)?$/.exec(t);
  if (n) return Number(n[1]) as 0 | 1 | 2 | 3;
  const i = SCORE_LABELS.findIndex((l) => l.toLocaleLowerCase('ru') === t);
  return i >= 0 ? (i as 0 | 1 | 2 | 3) : null;
}
