/**
 * Frozen rows. jspreadsheet-ce 5 freezes columns only, so the sheet's frozen rows are made sticky
 * here: each row's cells stick under the column letters (and under the frozen rows above it) while
 * the grid scrolls, and the last one carries Sheets' thicker line.
 */
export function stickFrozenRows(table: HTMLTableElement, frozenRows: number): void {
  if (frozenRows <= 0) return;
  let top = table.tHead?.getBoundingClientRect().height ?? 0;
  for (let y = 0; y < frozenRows; y++) {
    const tr = table.tBodies[0]?.querySelector<HTMLTableRowElement>(`:scope > tr[data-y="${y}"]`);
    if (!tr) break;
    tr.classList.add('frozen');
    tr.classList.toggle('frozen-last', y === frozenRows - 1);
    for (const cell of Array.from(tr.cells)) cell.style.top = `${top}px`;
    top += tr.getBoundingClientRect().height;
  }
}
