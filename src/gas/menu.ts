/**
 * The add-on menu. onOpen may run in AuthMode.NONE (an add-on not yet used in this document):
 * there it may only build the menu — no spreadsheet data, no properties.
 */
import { MENU_ITEMS, MENU_TITLE } from '../domain/app-info';

declare const __BUILD_TARGET__: 'addon' | 'bound' | undefined;

/** "addon" builds the menu under Extensions; "bound" gives a container-bound script its own top menu. */
function buildTarget(): 'addon' | 'bound' {
  return typeof __BUILD_TARGET__ !== 'undefined' && __BUILD_TARGET__ === 'bound' ? 'bound' : 'addon';
}

export function onOpen(_e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  const ui = SpreadsheetApp.getUi();
  const menu = buildTarget() === 'bound' ? ui.createMenu(MENU_TITLE) : ui.createAddonMenu();
  for (const item of MENU_ITEMS) menu.addItem(item.caption, item.handler);
  menu.addToUi();
}

export function onInstall(e?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(e as unknown as GoogleAppsScript.Events.SheetsOnOpen);
}
