/** What the add-on tells about itself: shown by the help dialog, shared by server and page. */
import '../domain/core/zod';
import * as z from 'zod/mini';

export const APP_NAME = 'Монитор дорожных карт';
export const APP_VERSION = '0.1.0';

export const MenuItemSchema = z.object({
  caption: z.string(),
  handler: z.string(),
  help: z.string(),
  /** Items with the same group sit together in a submenu of that title. */
  group: z.optional(z.string()),
  /** A separator is drawn before the item. */
  separatorBefore: z.optional(z.boolean()),
});
export type MenuItem = z.infer<typeof MenuItemSchema>;

export const AppInfoSchema = z.object({
  name: z.string(),
  version: z.string(),
  menuTitle: z.string(),
  menu: z.array(MenuItemSchema),
});
export type AppInfo = z.infer<typeof AppInfoSchema>;

/** Title of the menu in a container-bound script; an add-on's menu carries the add-on's name. */
export const MENU_TITLE = 'Дорожная карта';

/**
 * Menu items in the order shown. An item appears only once its feature is built: each
 * entry names a real handler exported from src/main.ts (a contract test checks that).
 */
export const MENU_ITEMS: MenuItem[] = [
  {
    caption: 'Проверить лист',
    handler: 'showCheckSidebar',
    help: 'Находит таблицу мероприятий на открытом листе, разбирает сроки и показатели и показывает, что исправить. Ячейки не меняются.',
  },
  {
    caption: 'Мероприятие…',
    handler: 'showMeasureSidebar',
    help: 'Добавить мероприятие в конец раздела или изменить выбранное: срок и показатель сразу показываются так, как их прочитает проверка; ответственных можно выбрать из справочника.',
  },
  {
    caption: 'Отметить выполнение…',
    handler: 'showProgressSidebar',
    help: 'Для выбранной строки или строк: статус, дата выполнения, факт рядом с целью показателя, ссылка на подтверждающий документ, комментарий. Записываются только эти ячейки.',
  },
  {
    caption: 'Проверка куратора…',
    handler: 'showCuratorSidebar',
    help: 'Куратор открывает ссылку на документ, ставит отметку («Подтверждено», «Не подтверждено», «На доработку»), дату и комментарий; «Следующее неподтверждённое» ведёт по выполненным мероприятиям листа.',
  },
  {
    caption: 'Подготовить лист для мониторинга',
    handler: 'showPrepareDialog',
    help: 'Убирает повторы заголовков и склеивает строки, разорванные страницей, добавляет столбцы статуса, дат, ссылок и отметок куратора. Сначала показывает план и сохраняет копию листа.',
  },
  {
    caption: 'Импорт таблицы из Word…',
    handler: 'showImportDialog',
    help: 'Вставьте таблицу, скопированную из Word или PDF: окно покажет, как она прочитана (столбцы, период, мероприятия, что будет убрано и склеено), и по «Создать лист» запишет новый лист, готовый к мониторингу.',
  },
  {
    caption: 'Обновить итоги школы',
    handler: 'refreshSchoolSummary',
    help: 'Записывает краткие итоги дорожных карт этой таблицы на скрытый служебный лист: сводка координатора читает их одним запросом вместо всех листов школы. Листы школы не меняются.',
  },
  {
    caption: 'Сводка по школам',
    handler: 'showSummary',
    help: 'Листы «Сводка», «Исполнители», «Календарь» и «Отчёт за полугодие» по дорожным картам этой таблицы и школам из «Реестра школ» (по ссылкам на их таблицы). Ваши листы с такими именами не заменяются.',
  },
  {
    caption: 'Сводка по реестру…',
    handler: 'showCollectSidebar',
    help: 'Для сотен и тысяч школ: читает таблицы школ из «Реестра школ» частями (краткие итоги школы, если они свежие, иначе все листы), сохраняет прогресс и продолжает, пока открыта боковая панель, а когда она закрыта — раз в час. Затем пишет те же листы, что «Сводка по школам».',
  },
  {
    caption: 'Экспертиза документа…',
    handler: 'showExpertiseSidebar',
    help: 'Оценка программ и дорожных карт школы по критериям взаимоэкспертизы: рядом с каждым критерием — предварительная оценка дополнения, её причины и строки, к которым она относится. Оценки и комментарии сохраняются на листе «Экспертиза».',
  },
  ...[
    ['План-график (дорожная карта)', 'createMunicipalRoadmapSheet', 'муниципальный план мероприятий с разделами и столбцами мониторинга'],
    ['Дорожная карта школы', 'createSchoolRoadmapSheet', 'разделы «Стартовая диагностика», «Программа развития» и по разделу на каждый выбранный риск'],
    ['Рисковый профиль', 'createRiskProfileSheet', '10 факторов риска с параметрами, значимость (Высокая, Средняя, Низкая) и комментарий куратора'],
    ['Экспертиза', 'createExpertiseSheet', 'оценки документов школы по критериям взаимоэкспертизы, комментарии и итоги'],
    ['Реестр школ', 'createRegistrySheet', 'школы, их кураторы, кластеры и ссылки на таблицы школ — источник сводки'],
    ['Справочник организаций', 'createDirectorySheet', 'сокращения и полные названия органов и организаций'],
    ['Настройки', 'createSettingsSheet', 'лист настроек со значениями по умолчанию'],
  ].map(([caption, handler, what], i) => ({
    caption,
    handler,
    group: 'Создать лист из шаблона',
    separatorBefore: i === 0,
    help: `Новый лист: ${what}. Существующие листы не заменяются.`,
  })),
  {
    caption: 'Настройки…',
    handler: 'showSettingsDialog',
    help: 'Период плана, цели аудита по полугодиям, сроки отчётов и пороги зон; хранятся на листе «Настройки».',
    separatorBefore: true,
  },
  {
    caption: 'Справка',
    handler: 'showHelp',
    help: 'Что умеет дополнение, как им пользоваться и что делать при ошибке авторизации.',
  },
];

export function appInfo(): AppInfo {
  return { name: APP_NAME, version: APP_VERSION, menuTitle: MENU_TITLE, menu: MENU_ITEMS };
}
