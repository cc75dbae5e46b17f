/** Opening the add-on's pages (from the table in src/contracts/pages.ts), and the help dialog's server function. */
import { PAGES, type PageName } from '../contracts/pages';
import { appInfo, type AppInfo } from '../contracts/app-info';

/** Opens one built page (dist/<file>.html) as its table entry says: a sidebar or a modal dialog. */
export function showPage(name: PageName): void {
  const page = PAGES[name];
  const html = HtmlService.createHtmlOutputFromFile(page.file);
  if (page.kind === 'sidebar') {
    SpreadsheetApp.getUi().showSidebar(html.setTitle(page.title));
    return;
  }
  SpreadsheetApp.getUi().showModalDialog(html.setWidth(page.width).setHeight(page.height), page.title);
}

export function showHelp(): void {
  showPage('help');
}

/** Called by the help dialog through google.script.run. */
export function getAppInfo(): AppInfo {
  return appInfo();
}
