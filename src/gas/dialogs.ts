/** Menu handlers that open sidebars and dialogs, and the server functions those pages call. */
import { appInfo, type AppInfo } from '../domain/app-info';

/** Opens one built page (dist/<page>.html) as a modal dialog. */
function showDialog(page: string, title: string, width: number, height: number): void {
  const html = HtmlService.createHtmlOutputFromFile(page).setWidth(width).setHeight(height);
  SpreadsheetApp.getUi().showModalDialog(html, title);
}

export function showHelp(): void {
  showDialog('help', 'Справка — Монитор дорожных карт', 560, 520);
}

/** Called by the help dialog through google.script.run. */
export function getAppInfo(): AppInfo {
  return appInfo();
}
