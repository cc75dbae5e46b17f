/**
 * A Google Sheets spreadsheet named by a link («https://docs.google.com/spreadsheets/d/<id>/edit»,
 * also «/u/1/d/<id>») or by its bare id (25+ letters, digits, «-» and «_»).
 */
const URL_ID = /\/spreadsheets\/(?:u\/\d+\/)?d\/([A-Za-z0-9_-]{20,})/;
const BARE_ID = /^[A-Za-z0-9_-]{25,}$/;

/** The spreadsheet id a link or a bare id names, or null. */
export function spreadsheetIdOf(text: string | null | undefined): string | null {
  const t = String(text ?? '').trim();
  if (t === '') return null;
  return URL_ID.exec(t)?.[1] ?? (BARE_ID.test(t) ? t : null);
}
