/**
 * The playground in Debian chromium for the journey tests: a playground started over a workbook
 * (the sample unless a file is given) in a temporary folder, a 1280×800 page with the page's
 * errors and any request leaving the playground collected, and the add-on's menu to click.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { startPlayground, type PlaygroundOptions } from '../../src/playground/main';
import { CHROMIUM_ARGS, chromiumPath } from '../ui/harness';

export const root = path.join(__dirname, '../..');
export const shots = path.join(root, 'test-output');

export interface PlaygroundPage {
  page: Page;
  running: Awaited<ReturnType<typeof startPlayground>>;
  /** The temporary folder the sample (or the test's files) lives in. */
  dir: string;
  pageErrors: string[];
  /** Requests to anywhere but the playground itself. */
  external: string[];
  close(): Promise<void>;
}

/**
 * Starts a playground and a browser page on it (not yet navigated). `files` writes the test's
 * workbooks into the folder and names the ones to open; without it the sample is opened.
 */
export async function openPlayground(prefix: string, files?: (dir: string) => Promise<Pick<PlaygroundOptions, 'file' | 'others'>>): Promise<PlaygroundPage> {
  for (const f of ['dist/Code.js', 'out/playground/client.js']) {
    if (!fs.existsSync(path.join(root, f))) throw new Error(`${f} is missing: run \`npm run build\` first (npm test does)`);
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  const chosen = files ? await files(dir) : { sampleFile: path.join(dir, 'sample.xlsx') };
  const running = await startPlayground({ root, port: 0, log: () => undefined, ...chosen });
  // The harness's flags, but host names may resolve to the playground's own address only.
  const args = CHROMIUM_ARGS.map((a) => (a.startsWith('--host-resolver-rules') ? '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1' : a));
  const browser: Browser = await chromium.launch({ executablePath: chromiumPath(), headless: true, args, timeout: 60000 });
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, locale: 'ru-RU' });
  const pageErrors: string[] = [];
  const external: string[] = [];
  page.on('pageerror', (e) => pageErrors.push(e.message));
  page.on('request', (r) => {
    if (!r.url().startsWith(running.origin) && !/^(data|about|blob):/.test(r.url())) external.push(r.url());
  });
  fs.mkdirSync(shots, { recursive: true });
  return {
    page,
    running,
    dir,
    pageErrors,
    external,
    close: async () => {
      await browser.close();
      await running.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** «Расширения» → «Монитор дорожных карт» → an item of the add-on's menu. */
export async function menu(page: Page, caption: string): Promise<void> {
  await page.click('.menu-title:text-is("Расширения")');
  await page.hover('.menu-item.has-sub:has-text("Монитор дорожных карт")');
  await page.click(`.menu-item[data-fn]:text-is("${caption}")`);
}
