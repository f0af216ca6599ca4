/** The numbers behind a chart, as a table: shown in the table view and exported as CSV. Pure. */
export interface DataColumn {
  key: string
  label: string
  numeric?: boolean
}

export type Cell = string | number | null

export interface DataTable {
  columns: DataColumn[]
  rows: Record<string, Cell>[]
}

function csvCell(v: Cell): string {
  if (v === null || v === undefined) return ''
  const s = String(v)
  // A cell starting with = + - @ would run as a formula in a spreadsheet: API text must stay text.
  const safe = typeof v === 'string' && /^[=+\-@\t\r]/.test(s) ? `'${s}` : s
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe
}

/** RFC 4180 CSV with CRLF line ends and a byte-order mark, so Excel opens Chinese text as UTF-8. */
export function toCsv(table: DataTable): string {
  const lines = [table.columns.map((c) => csvCell(c.label)).join(',')]
  for (const row of table.rows) lines.push(table.columns.map((c) => csvCell(row[c.key] ?? null)).join(','))
  return '\uFEFF' + lines.join('\r\n') + '\r\n'
}

/** A file name safe on every OS, from a title that may hold API text. */
export function safeFileName(name: string): string {
  const cleaned = name.replace(/[\\/:*?"<>|\u0000-\u001f\u200e\u200f\u202a-\u202e\u2066-\u2069]+/g, '-').trim()
  return (cleaned || 'export').slice(0, 120)
}
