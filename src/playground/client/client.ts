/**
 * The playground page: a Google Sheets-like window over the session — title, menu bar, formula
 * bar, the grid, the sheet tabs, and the add-on's sidebar (300 px, right) and dialogs (modal), each
 * an iframe of the very page HtmlService handed over. It redraws whenever the server's version moves
 * (a menu item ran, a page called the server, a cell was edited).
 */
import { el, getState, getVersion, post, type WorkbookState } from './api';
import { Grid } from './grid';
import { menuBar } from './menu';

declare global {
  interface Window {
    __PLAYGROUND__: { saveName: string; appName: string };
    __PLAYGROUND_FUNCTIONS__?: string[];
  }
}

const app = document.getElementById('app')!;
let state: WorkbookState | null = null;
let shownSidebar = -1;
let shownDialog = -1;
let messagesSeen = -1;

const title = el(
  'div',
  { class: 'title-bar' },
  el('div', { class: 'logo' }),
  el('span', { class: 'doc-title' }),
  el('span', { class: 'badge' }, 'песочница · без Google'),
  el('span', { class: 'books' }),
);
const menuHost = el('div', { class: 'menu-host' });
const nameBox = el('div', { class: 'name-box' }, 'A1');
const formula = el('div', { class: 'formula' });
const rulesNote = el('div', { class: 'rules-note' });
const formulaBar = el('div', { class: 'formula-bar' }, nameBox, el('span', { class: 'fx' }, 'fx'), formula, rulesNote);
const gridHost = el('div', { class: 'grid-wrap' });
const sidebarFrame = el('iframe', { class: 'sidebar-frame', title: 'Боковая панель' });
const sidebarTitle = el('span', { class: 'sidebar-title' });
const sidebarClose = el('button', { class: 'x', title: 'Закрыть', 'aria-label': 'Закрыть' }, '×');
const sidebar = el('aside', { class: 'sidebar hidden' }, el('div', { class: 'sidebar-head' }, sidebarTitle, sidebarClose), sidebarFrame);
const tabs = el('footer', { class: 'tabs' });
const dialogFrame = el('iframe', { class: 'dialog-frame', title: 'Диалог' });
const dialogTitle = el('span', { class: 'dialog-title' });
const dialogClose = el('button', { class: 'x', title: 'Закрыть', 'aria-label': 'Закрыть' }, '×');
const dialogBox = el('div', { class: 'dialog', role: 'dialog' }, el('div', { class: 'dialog-head' }, dialogTitle, dialogClose), dialogFrame);
const backdrop = el('div', { class: 'backdrop hidden' }, dialogBox);
const toast = el('div', { class: 'toast hidden', role: 'status' });
app.append(title, menuHost, formulaBar, el('div', { class: 'body' }, gridHost, sidebar), tabs, backdrop, toast);

function say(text: string): void {
  toast.textContent = text;
  toast.classList.remove('hidden');
  window.setTimeout(() => toast.classList.add('hidden'), 6000);
}

async function act(what: () => Promise<unknown>): Promise<void> {
  try {
    await what();
  } catch (e) {
    say((e as Error).message);
  }
  await refresh();
}

const grid = new Grid(gridHost, {
  select: (range) => void act(() => post('/api/select', { sheet: state?.active.name, ...range })),
  edit: (row, col, text) => void act(() => post('/api/edit', { sheet: state?.active.name, row, col, text })),
});
gridHost.addEventListener('selection', (e) => {
  const d = (e as CustomEvent<{ name: string; text: string }>).detail;
  nameBox.textContent = d.name;
  formula.textContent = d.text;
});

async function runMenu(fn: string): Promise<void> {
  const out = await post<{ ok: boolean; message?: string }>('/api/menu', { fn });
  if (!out.ok) throw new Error(out.message);
}

async function save(): Promise<void> {
  const name = window.prompt('Сохранить книгу как (новый файл рядом с открытым; существующий не заменяется):', window.__PLAYGROUND__.saveName);
  if (name === null) return;
  const out = await post<{ file: string }>('/api/save', { name });
  say(`Сохранено: ${out.file}`);
}

function closePage(kind: 'sidebar' | 'dialog', id: number): void {
  void act(() => post('/api/close', { kind, id }));
}
sidebarClose.addEventListener('click', () => state?.sidebar && closePage('sidebar', state.sidebar.id));
dialogClose.addEventListener('click', () => state?.dialog && closePage('dialog', state.dialog.id));
window.addEventListener('message', (e) => {
  const m = e.data as { playground?: boolean; type?: string; kind?: string; value?: unknown };
  if (e.origin !== window.location.origin || !m?.playground) return;
  if (m.type === 'close') void refresh();
  if (m.type === 'setHeight' && m.kind === 'dialog') dialogFrame.style.height = `${Number(m.value)}px`;
  if (m.type === 'setWidth' && m.kind === 'dialog') dialogBox.style.width = `${Number(m.value)}px`;
});

function drawPages(s: WorkbookState): void {
  sidebar.classList.toggle('hidden', !s.sidebar);
  if (s.sidebar && s.sidebar.id !== shownSidebar) {
    sidebarTitle.textContent = s.sidebar.title;
    sidebarFrame.src = `/page/sidebar/${s.sidebar.id}`;
  }
  shownSidebar = s.sidebar?.id ?? -1;
  backdrop.classList.toggle('hidden', !s.dialog);
  if (s.dialog && s.dialog.id !== shownDialog) {
    dialogTitle.textContent = s.dialog.title;
    dialogBox.style.width = `${s.dialog.width ?? 600}px`;
    dialogFrame.style.height = `${s.dialog.height ?? 400}px`;
    dialogFrame.src = `/page/dialog/${s.dialog.id}`;
  }
  shownDialog = s.dialog?.id ?? -1;
}

function drawTabs(s: WorkbookState): void {
  tabs.replaceChildren(el('button', { class: 'tab-add', title: 'Добавить лист', disabled: 'true' }, '+'));
  for (const t of s.tabs) {
    if (t.hidden) continue;
    const tab = el('button', { class: t.name === s.active.name ? 'tab active' : 'tab', role: 'tab' }, t.name);
    tab.addEventListener('click', () => void act(() => post('/api/select', { sheet: t.name })));
    tabs.append(tab);
  }
}

/** The open spreadsheets (a school's file beside the coordinator's): switching reloads the page over the other one. */
function drawBooks(s: WorkbookState): void {
  const host = title.querySelector('.books')!;
  const list = s.spreadsheets ?? [];
  if (list.length < 2) return host.replaceChildren();
  if (host.childElementCount) return;
  const select = el('select', { class: 'book-list', title: 'Открытые таблицы', 'aria-label': 'Открытые таблицы' });
  for (const b of list) select.append(el('option', b.current ? { value: b.id, selected: 'true' } : { value: b.id }, b.title));
  select.addEventListener('change', () => void act(() => post('/api/open', { id: select.value }).then(() => window.location.reload())));
  host.replaceChildren(el('span', { class: 'books-label' }, 'Таблица:'), select);
}

function draw(s: WorkbookState): void {
  window.__PLAYGROUND_FUNCTIONS__ = s.functions;
  document.title = `${s.title} — песочница`;
  title.querySelector('.doc-title')!.textContent = s.title;
  drawBooks(s);
  menuHost.replaceChildren(
    menuBar(s, {
      run: (fn) => void act(() => runMenu(fn)),
      save: () => void act(save),
    }),
  );
  const pending = s.active.rules.filter((r) => !r.evaluated).length;
  rulesNote.textContent = pending
    ? `Условное форматирование: ${pending} ${pending === 1 ? 'правило не вычисляется' : 'правил(а) не вычисляются'} в песочнице`
    : '';
  grid.render(s.active, s.selection.sheet === s.active.name ? s.selection : { row: 1, col: 1, numRows: 1, numCols: 1 });
  drawTabs(s);
  drawPages(s);
  if (messagesSeen >= 0 && s.messages.length > messagesSeen) {
    const m = s.messages[s.messages.length - 1];
    say(m.title ? `${m.title}: ${m.text}` : m.text);
  }
  messagesSeen = s.messages.length;
}

async function refresh(): Promise<void> {
  state = await getState();
  draw(state);
  document.body.dataset.version = String(state.version);
}

async function poll(): Promise<void> {
  try {
    if (state && (await getVersion()) !== state.version) await refresh();
  } catch {
    // The server stopped: keep the last picture.
  }
  window.setTimeout(() => void poll(), 300);
}

void refresh().then(poll);
