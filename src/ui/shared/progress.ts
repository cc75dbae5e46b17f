/**
 * The progress line every page shows while a server call runs: a spinner and a Russian phrase
 * («Проверяем лист…»), plus one-line notices (error, success) in the same place. All text is set
 * as text.
 */
import { el } from './dom';

export type NoticeKind = 'error' | 'ok' | 'info';

/** Replaces the content of `host` with a spinner and `text`. */
export function showProgress(host: HTMLElement, text: string): void {
  host.hidden = false;
  host.setAttribute('aria-busy', 'true');
  host.replaceChildren(el('div', { class: 'progress' }, el('span', { class: 'spinner', 'aria-hidden': 'true' }), el('span', {}, text)));
}

/** Replaces the content of `host` with a notice: red for errors, green for success. */
export function showNotice(host: HTMLElement, kind: NoticeKind, ...content: (Node | string)[]): void {
  host.hidden = false;
  host.removeAttribute('aria-busy');
  host.replaceChildren(el('div', { class: `notice notice-${kind}`, role: kind === 'error' ? 'alert' : 'status' }, ...content));
}

export function clearStatus(host: HTMLElement): void {
  host.removeAttribute('aria-busy');
  host.replaceChildren();
  host.hidden = true;
}

export interface BusyOptions {
  /** Where the spinner goes. */
  status: HTMLElement;
  text: string;
  /** Buttons disabled while the work runs (and enabled again after, unless `keepDisabled`). */
  disable?: HTMLButtonElement[];
  /** Show the spinner only when the work takes longer than this (ms); 0 = at once. */
  delayMs?: number;
}

/**
 * Runs `work` with the progress line shown and the buttons disabled. The progress line is cleared
 * afterwards only if it still shows this progress (the caller may have put a notice there).
 */
export async function withProgress<T>(opts: BusyOptions, work: () => Promise<T>): Promise<T> {
  const buttons = opts.disable ?? [];
  const before = buttons.map((b) => b.disabled);
  for (const b of buttons) b.disabled = true;
  let shown: Node | null = null;
  const show = () => {
    showProgress(opts.status, opts.text);
    shown = opts.status.firstChild;
  };
  let timer = 0;
  if (opts.delayMs) timer = window.setTimeout(show, opts.delayMs);
  else show();
  try {
    return await work();
  } finally {
    if (timer) window.clearTimeout(timer);
    if (shown && opts.status.firstChild === shown) clearStatus(opts.status);
    buttons.forEach((b, i) => (b.disabled = before[i]));
  }
}
