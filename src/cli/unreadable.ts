/** What every file reader of the command line shares: its Russian error and the signatures of binary formats. */

/** A file the command line cannot read; the message is Russian and names the file and the reason. */
export class UnreadableFileError extends Error {
  readonly file: string;
  readonly reason: string;
  constructor(file: string, reason: string) {
    super(`Не удалось прочитать файл «${file}»: ${reason}`);
    this.name = 'UnreadableFileError';
    this.file = file;
    this.reason = reason;
  }
}

/** "PK\x03\x04": a zip, which an .xlsx and a .docx are. */
export function isZip(b: Uint8Array): boolean {
  return b.length >= 4 && b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;
}

/** An OLE2 compound file: an old .xls or .doc, or an .xlsx / .docx encrypted with a password. */
export function isOle2(b: Uint8Array): boolean {
  return b.length >= 4 && b[0] === 0xd0 && b[1] === 0xcf && b[2] === 0x11 && b[3] === 0xe0;
}
