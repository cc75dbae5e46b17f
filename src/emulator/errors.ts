/** The error Apps Script throws from its services. */

/** Apps Script errors print as "Exception: message". */
export class GasException extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'Exception';
  }
}
