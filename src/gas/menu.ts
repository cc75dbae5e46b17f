/**
 * The add-on menu. onOpen may run in AuthMode.NONE (an add-on not yet used in this document):
 * there it may only build the menu — no spreadsheet data, no properties.
 */
import { MENU_ITEMS, MENU_TITLE } from '../contracts/app-info';

declare const __BUILD_TARGET__: 'addon' | 'bound' | undefined;

/** "addon" builds the menu under Extensions; "bound" gives a container-bound script its own top menu. */
function buildTarget(): 'addon' | 'bound' {
  return typeof __BUILD_TARGET__ !== 'undefined' && __BUILD_TARGET__ === 'bound' ? 'bound' : 'addon';
}

export function onOpen(_e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  const ui = SpreadsheetApp.getUi();
  const menu = buildTarget() === 'bound' ? ui.createMenu(MENU_TITLE) : ui.createAddonMenu();
  let i = 0;
  while (i < MENU_ITEMS.length) {
    const item = MENU_ITEMS[i];
    if (item.separatorBefore && i > 0) menu.addSeparator();
    if (!item.group) {
      menu.addItem(item.caption, item.handler);
      i++;
      continue;
    }
    const sub = ui.createMenu(item.group);
    for (; i < MENU_ITEMS.length && MENU_ITEMS[i].group === item.group; i++) sub.addItem(MENU_ITEMS[i].caption, MENU_ITEMS[i].handler);
    menu.addSubMenu(sub);
  }
  menu.addToUi();
}

export function onInstall(e?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(e as unknown as GoogleAppsScript.Events.SheetsOnOpen);
}
