/**
 * What the measure sidebars share: a measure's card (number, title, deadline, indicator), field
 * errors shown next to their fields, and the notice that the measure changed meanwhile.
 */
import type { MeasureView } from '../../contracts/forms';
import { el } from './dom';
import { clearStatus } from './progress';
import { formatIsoDate } from './format';

/** A measure as a card: «1.2 · Семинар для учителей», its row, deadline and indicator. */
export function measureCard(m: MeasureView): HTMLElement {
  const head = `${m.number ? `${m.number} · ` : ''}${m.title || 'Без названия'}`;
  const meta: string[] = [`строка ${m.row}`];
  if (m.deadline) meta.push(`срок: ${m.deadline}`);
  if (m.status) meta.push(`статус: ${m.status}${m.doneDate ? ` (${formatIsoDate(m.doneDate)})` : ''}`);
  const card = el('div', { class: 'measure' }, el('div', { class: 'head' }, head), el('div', { class: 'meta' }, meta.join(' · ')));
  if (m.indicator) card.append(el('div', { class: 'meta' }, `показатель: ${m.indicator}${m.target ? ` → цель ${m.target}` : ''}`));
  return card;
}

/** The error element of a field: #err-<field>. */
export function setFieldError(field: string, message: string): boolean {
  const error = document.getElementById(`err-${field}`);
  const input = document.querySelector<HTMLElement>(`[data-field="${field}"]`);
  if (!error) return false;
  error.textContent = message;
  if (input) {
    if (message) {
      input.setAttribute('aria-invalid', 'true');
      input.setAttribute('aria-describedby', error.id);
    } else {
      input.removeAttribute('aria-invalid');
      input.removeAttribute('aria-describedby');
    }
  }
  return true;
}

/** Errors next to their fields; focuses the first; returns the messages no field took. */
export function showFieldErrors(errors: readonly { field: string; message: string }[], fields: readonly string[]): string[] {
  for (const f of fields) setFieldError(f, '');
  const rest: string[] = [];
  let first: HTMLElement | null = null;
  for (const e of errors) {
    if (setFieldError(e.field, e.message)) first ??= document.querySelector<HTMLElement>(`[data-field="${e.field}"]`);
    else rest.push(e.message);
  }
  first?.focus();
  return rest;
}

/**
 * The form's keys and button: «Записать» and Enter submit (Enter in a text area is a line break),
 * and a notice about the last attempt goes as soon as the user changes something.
 */
export function bindSubmit(form: HTMLFormElement, save: HTMLButtonElement, status: HTMLElement, submit: () => void): void {
  save.addEventListener('click', submit);
  form.addEventListener('input', () => clearStatus(status));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    submit();
  });
  form.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && !(e.target instanceof HTMLTextAreaElement)) {
      e.preventDefault();
      submit();
    }
  });
}
