/**
 * The workbook as the client draws it: the tabs, and the active sheet's grid as Sheets shows it —
 * display text, number formats, merges, column widths, frozen rows, bold and fills, drop-down
 * lists, links, and conditional format rules — drawn when ./conditional can evaluate them («text is
 * exactly», custom formulas), every other rule listed as not evaluated.
 */
import { evaluable, ruleEffects } from './conditional';
import type { Session } from './runtime';
import type { CellView, RuleView, SheetView, WorkbookState } from './view';

export type { CellView, SheetView, WorkbookState } from './view';

function cellViews(session: Session, name: string, display: string[][]): CellView[] {
  const { fake } = session;
  const out = new Map<string, CellView>();
  const at = (r: number, c: number): CellView => {
    const k = `${r},${c}`;
    let v = out.get(k);
    if (!v) out.set(k, (v = { r, c }));
    return v;
  };
  fake.styles(name).forEach((row, i) =>
    row.forEach((s, j) => {
      if (s.fontWeight === 'bold') at(i + 1, j + 1).bold = true;
      if (typeof s.background === 'string' && s.background !== '#ffffff') at(i + 1, j + 1).bg = s.background;
      if (typeof s.fontColor === 'string') at(i + 1, j + 1).color = s.fontColor;
      if (s.fontStyle === 'italic') at(i + 1, j + 1).italic = true;
      if (typeof s.horizontalAlignment === 'string') at(i + 1, j + 1).align = s.horizontalAlignment;
    }),
  );
  fake.validations(name).forEach((row, i) =>
    row.forEach((v, j) => {
      if (v && /^VALUE_IN_(LIST|RANGE)$/.test(v.criteria)) at(i + 1, j + 1).list = Array.isArray(v.values[0]) ? v.values[0].map(String) : [];
    }),
  );
  const sheet = fake.spreadsheet.getSheetByName(name)!;
  const rows = display.length;
  const cols = rows ? display[0].length : 0;
  if (rows && cols) {
    sheet
      .getRange(1, 1, rows, cols)
      .getRichTextValues()
      .forEach((row, i) =>
        row.forEach((rich, j) => {
          const url =
            rich?.getLinkUrl() ??
            rich
              ?.getRuns()
              .find((x) => x.getLinkUrl())
              ?.getLinkUrl();
          if (url) at(i + 1, j + 1).link = url;
        }),
      );
  }
  const cellsOfRules = { values: fake.sheetValues(name), display, timeZone: fake.spreadsheet.getSpreadsheetTimeZone(), today: session.today };
  for (const e of ruleEffects(fake.conditionalRules(name), cellsOfRules)) {
    const v = at(e.r, e.c);
    if (e.bg) Object.assign(v, { bg: e.bg, conditional: true });
    if (e.bold) Object.assign(v, { bold: true, conditional: true });
  }
  return [...out.values()];
}

export function sheetView(session: Session, name: string, fileRules: { ref: string; type: string }[] = []): SheetView {
  const { fake } = session;
  const display = fake.displayValues(name);
  const formats = fake.numberFormats(name);
  const rules: RuleView[] = fake.conditionalRules(name).map((r) => ({ ranges: r.ranges, criteria: r.criteria, value: r.value, evaluated: evaluable(r) }));
  for (const f of fileRules) rules.push({ ranges: f.ref.split(' '), criteria: f.type, value: '', evaluated: false });
  const widths = fake.columnWidths(name);
  const cols = Math.max(display[0]?.length ?? 0, ...Object.keys(widths).map(Number));
  return {
    name,
    rows: display.length,
    cols,
    frozenRows: fake.frozenRows(name),
    widths,
    display,
    formats,
    merges: fake.merges(name),
    cells: cellViews(session, name, display),
    rules,
  };
}

export function workbookState(session: Session, fileRules: Record<string, { ref: string; type: string }[]>): WorkbookState {
  const { fake } = session;
  const ss = fake.spreadsheet;
  const active = fake.activeSheetName();
  const messages: WorkbookState['messages'] = [
    ...fake.ui.alerts.map((a) => ({ kind: 'alert' as const, title: a.title, text: a.prompt })),
    ...fake.ui.toasts.map((t) => ({ kind: 'toast' as const, title: t.title, text: t.message })),
  ];
  return {
    title: ss.getName(),
    version: session.version,
    tabs: ss.getSheets().map((s) => ({ name: s.getName(), hidden: s.isSheetHidden() })),
    active: sheetView(session, active, fileRules[active]),
    selection: fake.activeRange(),
    menu: session.menu(),
    sidebar: session.sidebar,
    dialog: session.dialog,
    functions: session.functions(),
    messages,
  };
}
