/**
 * How many rows of a wall list fit its box: all of them when they do, else as many as leave room for
 * the "N more" line (when the list has one). Sizes in px; an unmeasured row (0) shows everything
 * until it is measured. Pure.
 */
export function rowsThatFit(space: number, rowPx: number, gapPx: number, total: number, moreLine = true): number {
  if (rowPx <= 0 || total <= 0) return total
  const fit = Math.floor((space + gapPx) / (rowPx + gapPx))
  if (fit >= total) return total
  // At least one row: a list that says only "16 more" tells the wall nothing.
  return Math.max(1, moreLine ? fit - 1 : fit)
}
