/**
 * How many rows of a wall list fit its box, laid out in `columns` side by side: all of them when they
 * do, else as many as leave a line for "N more" (when the list has one). Sizes in px; an unmeasured
 * row (0) shows everything until it is measured. Pure.
 */
export function rowsThatFit(space: number, rowPx: number, gapPx: number, total: number, moreLine = true, columns = 1): number {
  if (rowPx <= 0 || total <= 0) return total
  const lines = Math.floor((space + gapPx) / (rowPx + gapPx))
  if (lines * columns >= total) return total
  // At least one row: a list that says only "16 more" tells the wall nothing.
  return Math.max(1, (moreLine ? lines - 1 : lines) * columns)
}
