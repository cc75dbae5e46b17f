/**
 * Frozen rows. jspreadsheet-ce 5 freezes columns only, so the sheet's frozen rows are made sticky
 * here: each row's cells stick under the column letters (and under the frozen rows above it) while
 * the grid scrolls, and the last one carries Sheets' thicker line.
 *
 * A long sheet is drawn lazily: jspreadsheet keeps about 100 rows in the table and takes the top
 * ones out as the grid scrolls down, frozen rows too. While they are out, a copy of them stands in
 * the table's head (sticky like the column letters); a click on a copied cell selects the real one.
 */
type SelectCell = (x: number, y: number) => void;

export function stickFrozenRows(table: HTMLTableElement, frozenRows: number): void {
  if (frozenRows <= 0) return;
  let top = table.tHead?.rows[0]?.getBoundingClientRect().height ?? 0;
  for (let y = 0; y < frozenRows; y++) {
    const tr = table.tBodies[0]?.querySelector<HTMLTableRowElement>(`:scope > tr[data-y="${y}"]`);
    if (!tr) break;
    tr.classList.add('frozen');
    tr.classList.toggle('frozen-last', y === frozenRows - 1);
    for (const cell of Array.from(tr.cells)) cell.style.top = `${top}px`;
    top += tr.getBoundingClientRect().height;
  }
}

/** The stand-in of the frozen rows of a lazily drawn sheet; `update` shows it while the real rows are out. */
export class FrozenCopy {
  private readonly copies: HTMLTableRowElement[] = [];

  constructor(
    private readonly originals: HTMLTableRowElement[],
    head: HTMLTableSectionElement,
    select: SelectCell,
  ) {
    for (const tr of originals) {
      const copy = tr.cloneNode(true) as HTMLTableRowElement;
      copy.className = `${tr.className} frozen-copy`;
      for (const td of Array.from(copy.cells)) {
        const { x, y } = td.dataset;
        for (const name of ['x', 'y', 'r', 'c']) delete td.dataset[name];
        td.classList.remove('highlight', 'highlight-selected', 'highlight-top', 'highlight-left', 'highlight-right', 'highlight-bottom');
        if (x !== undefined) td.dataset.copyOf = `${x},${y}`;
      }
      copy.addEventListener('mousedown', (e) => {
        e.stopPropagation();
        const of = (e.target as HTMLElement).closest<HTMLElement>('td[data-copy-of]')?.dataset.copyOf;
        if (of) select(...(of.split(',').map(Number) as [number, number]));
      });
      head.append(copy);
      this.copies.push(copy);
    }
    this.update();
  }

  update(): void {
    const out = !this.originals[0]?.isConnected;
    for (const copy of this.copies) copy.hidden = !out;
  }
}
