/**
 * The menu bar: Sheets' own menus (greyed — the playground has no Sheets behind them) but «Файл»
 * (Сохранить…) and «Расширения» → the add-on's name → the add-on's menu exactly as onOpen built it.
 */
import type { MenuEntry } from '../../emulator/types';
import type { WorkbookState } from './api';
import { el } from './api';

export interface MenuHandlers {
  run(functionName: string, caption: string): void;
  save(): void;
}

const SHEETS_MENUS = ['Файл', 'Правка', 'Вид', 'Вставка', 'Формат', 'Данные', 'Инструменты', 'Расширения', 'Справка'];

function closeAll(): void {
  document.querySelectorAll('.menu.open').forEach((m) => m.classList.remove('open'));
}

function items(entries: MenuEntry[], on: MenuHandlers): HTMLElement {
  const list = el('div', { class: 'menu-list', role: 'menu' });
  for (const e of entries) {
    if (e.kind === 'separator') list.append(el('div', { class: 'menu-sep', role: 'separator' }));
    else if (e.kind === 'item') {
      const item = el('div', { class: 'menu-item', role: 'menuitem', 'data-fn': e.functionName }, e.caption);
      item.addEventListener('click', (ev) => {
        ev.stopPropagation();
        closeAll();
        on.run(e.functionName, e.caption);
      });
      list.append(item);
    } else {
      const sub = el('div', { class: 'menu-item has-sub', role: 'menuitem' }, e.title, el('span', { class: 'arrow' }, '▸'));
      sub.append(items(e.items, on));
      list.append(sub);
    }
  }
  return list;
}

export function menuBar(state: WorkbookState, on: MenuHandlers): HTMLElement {
  const bar = el('nav', { class: 'menu-bar' });
  for (const name of SHEETS_MENUS) {
    const menu = el('div', { class: 'menu', role: 'menubar' }, el('span', { class: 'menu-title' }, name));
    let entries: HTMLElement | null = null;
    if (name === 'Файл') {
      entries = el('div', { class: 'menu-list' });
      const save = el('div', { class: 'menu-item', role: 'menuitem' }, 'Сохранить как .xlsx…');
      save.addEventListener('click', (ev) => {
        ev.stopPropagation();
        closeAll();
        on.save();
      });
      entries.append(save);
    } else if (name === 'Расширения') {
      entries = el('div', { class: 'menu-list' });
      if (state.menu) {
        const addon = el('div', { class: 'menu-item has-sub', role: 'menuitem' }, state.menu.title, el('span', { class: 'arrow' }, '▸'));
        addon.append(items(state.menu.items, on));
        entries.append(addon);
      }
      entries.append(el('div', { class: 'menu-sep' }), el('div', { class: 'menu-item disabled' }, 'Apps Script'));
    } else menu.classList.add('inactive');
    if (entries) {
      menu.append(entries);
      menu.addEventListener('click', (ev) => {
        ev.stopPropagation();
        const open = menu.classList.contains('open');
        closeAll();
        if (!open) menu.classList.add('open');
      });
    }
    bar.append(menu);
  }
  document.addEventListener('click', closeAll);
  return bar;
}
