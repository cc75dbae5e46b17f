/** The help dialog as built (dist/help.html), in Chromium, talking to the real server function. */
import path from 'node:path';
import { getAppInfo } from '../../src/gas/dialogs';
import { MENU_ITEMS } from '../../src/contracts/app-info';
import { closeBrowser, openPage } from './harness';

const htmlFile = path.join(__dirname, '../../dist/help.html');

afterAll(closeBrowser);

test('the help dialog renders in Russian with the live menu, and closes', async () => {
  const h = await openPage({ htmlFile, server: { getAppInfo: () => getAppInfo() }, width: 560, height: 520 });
  try {
    await h.page.waitForSelector('#menu li');
    const text = await h.page.innerText('body');
    expect(text).toContain('Монитор дорожных карт');
    expect(text).toContain('Если появилась ошибка авторизации');
    for (const item of MENU_ITEMS) expect(text).toContain(item.caption);
    expect(text).toMatch(/версия \d+\.\d+\.\d+/);
    expect(h.calls.map((c) => c.name)).toEqual(['getAppInfo']);
    await h.page.screenshot({ path: path.join(__dirname, '../../test-output/help.png') });
    await h.page.click('#close');
    await h.waitForIdle();
    expect(h.hostEvents.map((e) => e.type)).toContain('close');
    expect(h.pageErrors).toEqual([]);
    expect(h.blockedRequests).toEqual([]);
  } finally {
    await h.close();
  }
});

test('a server failure is shown as a Russian message, not a blank dialog', async () => {
  const h = await openPage({
    htmlFile,
    server: {
      getAppInfo: () => {
        throw new Error('Нет доступа');
      },
    },
  });
  try {
    await h.page.waitForSelector('#menu.error');
    expect(await h.page.innerText('#menu')).toContain('Нет доступа');
  } finally {
    await h.close();
  }
});
