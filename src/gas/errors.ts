/** The use cases' Russian error, thrown by the Apps Script side too: sidebars and dialogs show it as is. */
export { UserError } from '../app/errors';
