/**
 * Spreadsheet formula injection (CSV injection): a text that starts with `=`, `+`, `-` or `@`, or
 * with a tab or carriage return, is run as a formula when a spreadsheet opens the file
 * (`=HYPERLINK(…)`, `+cmd|' /C calc'!A0`, `@SUM(…)`, `-2+3`). The register import refuses such
 * values, and every CSV export writes its cells through escapeSpreadsheetCell.
 * https://owasp.org/www-community/attacks/CSV_Injection
 */

/** The characters that make a spreadsheet read a cell as a formula. */
export const FORMULA_TRIGGERS = ['=', '+', '-', '@', '\t', '\r'] as const

/**
 * The trigger a text starts with, or `null`. Leading spaces are looked past: the register trims
 * them before storing, and some spreadsheets skip them too.
 */
export function formulaTrigger(text: string): string | null {
  const first = text[0]
  if (first === '\t' || first === '\r') return first
  const start = text.trimStart()[0]
  return start !== undefined && (FORMULA_TRIGGERS as readonly string[]).includes(start)
    ? start
    : null
}

export const looksLikeFormula = (text: string) => formulaTrigger(text) !== null

export type SpreadsheetValue = string | number | boolean | Date | null | undefined

/**
 * One CSV field that a spreadsheet shows as the text it is: a formula-like text gets a leading
 * single quote (OWASP), and every field is double-quoted with its quotes doubled, so commas,
 * semicolons, quotes and line breaks inside it cannot start another cell. Numbers stay numbers
 * (a negative number is data, not a formula).
 */
export function escapeSpreadsheetCell(value: SpreadsheetValue): string {
  let text: string
  if (value === null || value === undefined) text = ''
  else if (typeof value === 'number') text = Number.isFinite(value) ? String(value) : ''
  else if (typeof value === 'boolean') text = value ? 'TRUE' : 'FALSE'
  else if (value instanceof Date) text = Number.isNaN(value.getTime()) ? '' : value.toISOString()
  else text = looksLikeFormula(value) ? `'${value}` : value
  return `"${text.replace(/"/g, '""')}"`
}

/** One CSV line (without its line break) of escaped cells. */
export const spreadsheetCsvRow = (values: readonly SpreadsheetValue[]) =>
  values.map(escapeSpreadsheetCell).join(',')
