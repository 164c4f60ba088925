/** Issue 6 #15: every CSV export writes its cells so that a spreadsheet shows text, never runs it. */
import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'

import {
  escapeSpreadsheetCell,
  FORMULA_TRIGGERS,
  looksLikeFormula,
  spreadsheetCsvRow,
} from '@/domain/export/spreadsheetCell'

describe('staff: anyone exporting a CSV', () => {
  it('PAS-1 (issue 6 #15): a text starting with =, +, -, @, tab or CR gets a leading single quote (OWASP)', () => {
    expect(escapeSpreadsheetCell('=HYPERLINK("http://x.example","Go")')).toBe(
      `"'=HYPERLINK(""http://x.example"",""Go"")"`,
    )
    expect(escapeSpreadsheetCell("+cmd|' /C calc'!A0")).toBe(`"'+cmd|' /C calc'!A0"`)
    expect(escapeSpreadsheetCell('-2+3')).toBe(`"'-2+3"`)
    expect(escapeSpreadsheetCell('@SUM(A1:A9)')).toBe(`"'@SUM(A1:A9)"`)
    expect(escapeSpreadsheetCell('\t=1+1')).toBe(`"'\t=1+1"`)
    expect(escapeSpreadsheetCell('\r=1+1')).toBe(`"'\r=1+1"`)
    // Leading spaces do not hide a formula.
    expect(escapeSpreadsheetCell('  =1+1')).toBe(`"'  =1+1"`)
    for (const trigger of FORMULA_TRIGGERS) expect(looksLikeFormula(`${trigger}x`)).toBe(true)
  })

  it('PAS-1 (issue 6 #15): ordinary text is kept as it is, only quoted', () => {
    expect(escapeSpreadsheetCell('陳大文')).toBe('"陳大文"')
    expect(escapeSpreadsheetCell('Mary-Anne Lee')).toBe('"Mary-Anne Lee"')
    expect(escapeSpreadsheetCell('3-1502')).toBe('"3-1502"')
    expect(escapeSpreadsheetCell('a@b.example')).toBe('"a@b.example"')
    expect(escapeSpreadsheetCell('')).toBe('""')
    expect(looksLikeFormula('Chan Tai Man')).toBe(false)
  })

  it('PAS-1 (issue 6 #15): quotes, separators and line breaks stay inside one field', () => {
    const nasty = 'Wong, "Big" ;Man\r\n=1+1'
    const line = spreadsheetCsvRow(['3-1502', nasty, 42, null])
    expect(line).toBe(`"3-1502","Wong, ""Big"" ;Man\r\n=1+1","42",""`)
    const parsed = Papa.parse<string[]>(line, { header: false }).data
    expect(parsed).toEqual([['3-1502', nasty, '42', '']])
  })

  it('PAS-1 (issue 6 #15): numbers, booleans and dates are written as values; a negative number is not a formula', () => {
    expect(escapeSpreadsheetCell(-2)).toBe('"-2"')
    expect(escapeSpreadsheetCell(3.5)).toBe('"3.5"')
    expect(escapeSpreadsheetCell(Number.NaN)).toBe('""')
    expect(escapeSpreadsheetCell(true)).toBe('"TRUE"')
    expect(escapeSpreadsheetCell(undefined)).toBe('""')
    expect(escapeSpreadsheetCell(new Date('2025-03-01T08:00:00Z'))).toBe(
      '"2025-03-01T08:00:00.000Z"',
    )
  })

  it('PAS-1 (issue 6 #15): every escaped formula-like text reads back from the CSV as text with its quote', () => {
    const values = ['=1+1', '+1', '-1', '@A1', '\tx', '\rx', 'plain']
    const parsed = Papa.parse<string[]>(spreadsheetCsvRow(values), { header: false }).data[0]!
    expect(parsed.map((cell) => looksLikeFormula(cell))).toEqual(values.map(() => false))
    expect(parsed).toEqual(["'=1+1", "'+1", "'-1", "'@A1", "'\tx", "'\rx", 'plain'])
  })
})
