/** An error whose message is for the user, in Russian: sidebars and dialogs show it as is. */
export class UserError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UserError';
  }
}
