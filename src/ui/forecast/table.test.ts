import { describe, expect, it } from 'vitest'
import { safeFileName, toCsv, type DataTable } from './table'

const table: DataTable = {
  columns: [
    { key: 'year', label: '年份', numeric: true },
    { key: 'name', label: 'Name, "quoted"' },
    { key: 'p50', label: 'p50', numeric: true },
  ],
  rows: [
    { year: 2026, name: '闵行区', p50: 12345 },
    { year: 2027, name: 'line\nbreak', p50: null },
    { year: 2028, name: '=HYPERLINK("x")', p50: -3 },
  ],
}

describe('toCsv', () => {
  it('writes a BOM, a header and one CRLF line per row with quoting where needed', () => {
    const csv = toCsv(table)
    expect(csv.startsWith('\uFEFF')).toBe(true)
    const lines = csv.slice(1).split('\r\n')
    expect(lines[0]).toBe('年份,"Name, ""quoted""",p50')
    expect(lines[1]).toBe('2026,闵行区,12345')
    expect(lines[2]).toBe('2027,"line\nbreak",')
    expect(lines[4]).toBe('')
  })
  it('keeps a formula-like string as text but leaves negative numbers alone', () => {
    const lines = toCsv(table).slice(1).split('\r\n')
    expect(lines[3]).toBe(`2028,"'=HYPERLINK(""x"")",-3`)
  })
})

describe('safeFileName', () => {
  it('drops path separators, control and bidi characters', () => {
    expect(safeFileName('a/b\\c:d\u202Ee')).toBe('a-b-c-d-e')
    expect(safeFileName('  ')).toBe('export')
  })
})
