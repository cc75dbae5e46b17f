/**
 * A short fingerprint of what a sheet holds, so a plan shown to the user can be applied only to
 * the sheet it was made for: the apply step fingerprints the sheet again and refuses when the
 * two differ. Not cryptographic: it tells an edited sheet from an unedited one.
 */
import type { Cell, Grid } from './types';

/** cyrb53-style 53-bit hash, fed string by string. */
class Hasher {
  private h1 = 0xdeadbeef;
  private h2 = 0x41c6ce57;

  add(text: string): this {
    for (let i = 0; i < text.length; i++) {
      const ch = text.charCodeAt(i);
      this.h1 = Math.imul(this.h1 ^ ch, 2654435761);
      this.h2 = Math.imul(this.h2 ^ ch, 1597334677);
    }
    // A separator no cell text can forge: cells «ab»,«c» and «a»,«bc» differ.
    this.h1 = Math.imul(this.h1 ^ 0x1f, 2654435761);
    this.h2 = Math.imul(this.h2 ^ 0x1e, 1597334677);
    return this;
  }

  digest(): string {
    let h1 = this.h1;
    let h2 = this.h2;
    h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
    h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
    return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
  }
}

function cellKey(cell: Cell | undefined): string {
  if (cell === null || cell === undefined || cell === '') return '';
  if (cell instanceof Date) return `d${cell.getTime()}`;
  return `${typeof cell === 'string' ? 's' : typeof cell === 'number' ? 'n' : 'b'}${String(cell)}`;
}

/** Fingerprint of a sheet's values and formulas; trailing empty cells do not count. */
export function sheetFingerprint(grid: Grid, formulas: string[][] = [], extra: string[] = []): string {
  const h = new Hasher();
  for (const e of extra) h.add(e);
  const rows = Math.max(grid.length, formulas.length);
  for (let r = 0; r < rows; r++) {
    const values = grid[r] ?? [];
    const f = formulas[r] ?? [];
    let width = Math.max(values.length, f.length);
    while (width > 0 && cellKey(values[width - 1]) === '' && !f[width - 1]) width--;
    if (width === 0) continue;
    h.add(`r${r}`);
    for (let c = 0; c < width; c++) h.add(f[c] ? `f${f[c]}` : cellKey(values[c]));
  }
  return h.digest();
}
