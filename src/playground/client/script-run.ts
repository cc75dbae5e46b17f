/**
 * Injected into every page the add-on opens in the playground (before the page's own scripts): the
 * client-side google.script API over the playground server. google.script.host.close() closes the
 * sidebar or dialog; sizes go to the window around it.
 */
import { createScriptRun, type Envelope } from './script-api';

declare global {
  interface Window {
    __PLAYGROUND_PAGE__?: { kind: string; id: number };
    google?: unknown;
  }
}

const page = window.__PLAYGROUND_PAGE__ ?? { kind: 'sidebar', id: -1 };

async function post(url: string, body: unknown): Promise<Envelope> {
  const res = await fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body), credentials: 'same-origin' });
  return (await res.json()) as Envelope;
}

function syncFunctions(): string[] {
  // The names are the bundle's globals; the playground page hands them over before this runs.
  const parentConfig = (window.parent as unknown as { __PLAYGROUND_FUNCTIONS__?: string[] }).__PLAYGROUND_FUNCTIONS__;
  return parentConfig ?? [];
}

const api = createScriptRun(syncFunctions(), (fn, args) => post('/api/run', { fn, args }));
const tell = (type: string, value?: unknown) =>
  window.parent.postMessage({ playground: true, type, value, kind: page.kind, id: page.id }, window.location.origin);

const script = {
  get run() {
    return api.run();
  },
  host: {
    origin: window.location.origin,
    close: () => {
      void post('/api/close', { kind: page.kind, id: page.id }).finally(() => tell('close'));
    },
    setHeight: (h: number) => tell('setHeight', h),
    setWidth: (w: number) => tell('setWidth', w),
    editor: { focus: () => tell('focus') },
  },
  url: {
    getLocation: (cb: (l: { hash: string; parameter: Record<string, string>; parameters: Record<string, string[]> }) => void) =>
      setTimeout(() => cb({ hash: '', parameter: {}, parameters: {} }), 0),
  },
  history: { push: () => undefined, replace: () => undefined, setChangeHandler: () => undefined },
};
window.google = { script };
Object.defineProperty(window, '__playgroundPending', { value: () => api.pending() });
