/** What the add-on tells about itself: shown by the help dialog, shared by server and page. */
import './zod';
import * as z from 'zod';

export const APP_NAME = 'Монитор дорожных карт';
export const APP_VERSION = '0.1.0';

export const MenuItemSchema = z.object({
  caption: z.string(),
  handler: z.string(),
  help: z.string(),
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
    caption: 'Справка',
    handler: 'showHelp',
    help: 'Что умеет дополнение, как им пользоваться и что делать при ошибке авторизации.',
  },
];

export function appInfo(): AppInfo {
  return { name: APP_NAME, version: APP_VERSION, menuTitle: MENU_TITLE, menu: MENU_ITEMS };
}
