/** An error whose message is for the user, in Russian: pages and the command line show it as is. */
export class UserError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UserError';
  }
}
