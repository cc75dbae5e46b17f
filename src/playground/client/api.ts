/** The client's calls to the playground server (same origin; the token travels in the cookie). */
import type { WorkbookState } from '../view';

export type { WorkbookState };

async function answer<T>(res: Response): Promise<T> {
  const body = (await res.json()) as T & { ok?: boolean; message?: string };
  if (!res.ok || body.ok === false) throw new Error(body.message ?? `Ошибка ${res.status}`);
  return body;
}

export async function post<T = { ok: boolean }>(url: string, body: unknown): Promise<T> {
  const res = await fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body), credentials: 'same-origin' });
  return answer<T>(res);
}

export async function getState(): Promise<WorkbookState> {
  return answer<WorkbookState>(await fetch('/api/state', { credentials: 'same-origin' }));
}

export async function getVersion(): Promise<number> {
  return (await answer<{ version: number }>(await fetch('/api/version', { credentials: 'same-origin' }))).version;
}

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k === 'class') e.className = v;
    else e.setAttribute(k, v);
  }
  for (const c of children) e.append(c);
  return e;
}

export function columnLetters(col: number): string {
  let s = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}
