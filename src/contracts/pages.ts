/**
 * The add-on's pages: each is a built, self-contained dist/<file>.html (from src/ui/<file>/), shown
 * as a sidebar or a modal dialog of this size and title. Every show… function opens its page from
 * this table (src/gas/dialogs.ts), and the page tests use the same sizes.
 */
export interface PageSpec {
  /** dist/<file>.html, built from src/ui/<file>/. */
  file: string;
  kind: 'sidebar' | 'dialog';
  title: string;
  /** Dialogs only; a sidebar is 300 px wide. */
  width?: number;
  height?: number;
}

export const PAGES = {
  check: { file: 'check', kind: 'sidebar', title: 'Проверка листа' },
  prepare: { file: 'prepare', kind: 'dialog', title: 'Подготовить лист для мониторинга', width: 480, height: 440 },
  settings: { file: 'settings', kind: 'dialog', title: 'Настройки', width: 500, height: 580 },
  measure: { file: 'measure', kind: 'sidebar', title: 'Мероприятие' },
  progress: { file: 'progress', kind: 'sidebar', title: 'Отметить выполнение' },
  curator: { file: 'curator', kind: 'sidebar', title: 'Проверка куратора' },
  import: { file: 'import', kind: 'dialog', title: 'Импорт таблицы из Word', width: 760, height: 600 },
  collect: { file: 'collect', kind: 'sidebar', title: 'Сводка по реестру' },
  expertise: { file: 'expertise', kind: 'sidebar', title: 'Экспертиза документа' },
  help: { file: 'help', kind: 'dialog', title: 'Справка — Монитор дорожных карт', width: 560, height: 520 },
} as const satisfies Record<string, PageSpec>;

export type PageName = keyof typeof PAGES;
