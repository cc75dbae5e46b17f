/**
 * «Сводка по реестру»: starts the collection and keeps calling the server while the sidebar is
 * open, one step after another, showing «прочитано 412 из 3 000 школ»; «Остановить» stops calling
 * and gives the lease up (the checkpoint stays: «Собрать» goes on from it).
 */
import type { CollectProgress } from '../../contracts/collect';
import { byId, el } from '../shared/dom';
import { callServer } from '../shared/server';

const bar = byId<HTMLProgressElement>('bar');
const message = byId('message');
const notRead = byId('not-read');
const start = byId<HTMLButtonElement>('start');
const stop = byId<HTMLButtonElement>('stop');
const full = byId<HTMLInputElement>('full');
/** This sidebar's name in the lease. */
const owner = `sidebar-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
/** Another execution holds the lease: ask again after this long. */
const BUSY_RETRY_MS = 20000;
let running = false;

function show(p: CollectProgress): void {
  bar.max = Math.max(1, p.total);
  bar.value = p.read;
  message.textContent = p.message;
  notRead.hidden = p.notRead.length === 0;
  notRead.replaceChildren(...p.notRead.map((line) => el('li', {}, line)));
}

function setRunning(on: boolean): void {
  running = on;
  start.hidden = on;
  stop.hidden = !on;
  full.disabled = on;
}

async function loop(): Promise<void> {
  while (running) {
    const p = await callServer('collectSummaryStep', owner);
    if (!running) return;
    show(p);
    if (p.state === 'done') {
      setRunning(false);
      return;
    }
    if (p.state === 'busy') await new Promise((r) => setTimeout(r, BUSY_RETRY_MS));
  }
}

function fail(error: unknown): void {
  setRunning(false);
  message.textContent = `Ошибка: ${(error as Error).message}`;
}

start.addEventListener('click', () => {
  setRunning(true);
  callServer('startSummaryCollection', { owner, full: full.checked })
    .then((p) => {
      show(p);
      return loop();
    })
    .catch(fail);
});

stop.addEventListener('click', () => {
  setRunning(false);
  message.textContent = 'Остановлено. «Собрать» продолжит с того же места.';
  callServer('stopSummaryCollection', owner).catch(fail);
});

callServer('getCollectStatus')
  .then((p) => show(p))
  .catch(fail);
