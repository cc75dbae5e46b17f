/** The help dialog: static Russian text plus the live menu, asked from the server. */
import { byId, el } from '../shared/dom';
import { callServer, closeDialog } from '../shared/server';

async function renderMenu(): Promise<void> {
  const box = byId('menu');
  try {
    const info = await callServer('getAppInfo');
    const list = el('ul');
    for (const item of info.menu) {
      const caption = item.group ? `${item.group} › ${item.caption}` : item.caption;
      list.append(el('li', {}, el('b', {}, caption), ' — ', item.help));
    }
    box.className = '';
    box.replaceChildren(el('p', {}, `Пункты меню «${info.menuTitle}»:`), list);
    byId('version').textContent = `${info.name}, версия ${info.version}`;
  } catch (error) {
    box.className = 'error';
    box.replaceChildren(`Не удалось получить сведения о меню: ${(error as Error).message}`);
  }
}

byId('close').addEventListener('click', () => closeDialog());
void renderMenu();
