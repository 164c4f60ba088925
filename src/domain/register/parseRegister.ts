/**
 * Reads a household register file from the sales office (PAS-1) into a preview: the members it
 * would import, grouped by unit, and every row that cannot be imported with the reason, in
 * Chinese and English. Pure: no database, no Payload. Nothing here throws on bad input; a file
 * that cannot be read becomes an `unreadable-file` problem.
 */
import Papa from 'papaparse'
// The universal build unpacks by the zip's central directory, the one checkWorkbookLimits reads.
import { readSheet } from 'read-excel-file/universal'

import { decodeRegisterText } from '@/domain/register/decodeRegisterText'
import { formulaTrigger } from '@/domain/export/spreadsheetCell'
import { type ErrorCode, errorMessage } from '@/errors/catalogue'
import {
  GENDER_LABELS,
  GENDER_WORDS,
  GENDERS,
  REGISTER_FIELD_LABELS,
  REGISTER_FIELDS,
  REGISTER_HEADING_VARIANTS,
  RELATIONSHIP_LABELS,
  RELATIONSHIP_WORDS,
  RELATIONSHIPS,
  CSV_MIMES,
  REGISTER_FILE_ACCEPT,
  XLSX_MIME,
  type Gender,
  type LocalizedText,
  type RegisterField,
  type Relationship,
} from '@/domain/register/vocabulary'
import {
  checkWorkbookLimits,
  columnName,
  MAX_XLSX_SHEET_COLUMNS,
  MAX_XLSX_SHEET_ROWS,
  MAX_XLSX_UNCOMPRESSED_BYTES,
  type WorkbookRefusal,
} from '@/domain/register/workbookLimits'

export type RegisterRow = {
  unit: string
  name: string
  gender: Gender
  relationship: Relationship
  age: number | null
}

export type RegisterProblemCode =
  | 'unknown-relationship'
  | 'child-without-age'
  | 'duplicate-member'
  | 'missing-unit'
  | 'bad-unit'
  | 'missing-name'
  | 'unknown-gender'
  | 'bad-age'
  | 'name-too-long'
  /** A text that a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab, CR first). */
  | 'formula-like-value'
  | 'missing-column'
  | 'empty-file'
  | 'too-many-rows'
  | 'unreadable-file'
  /** The workbook as a whole is past a limit (row 0: refused before any row is read). */
  | 'workbook-too-large'
  /** The unit already has a household in the system (row 0: not tied to one line). */
  | 'unit-exists'

export type RegisterProblem = {
  /** 1-based row in the file (the spreadsheet row; the header is row 1). */
  row: number
  /** Every row the problem is about, when more than one (a unit already registered). */
  rows?: number[]
  /** The household already registered (unit-exists), for a link to it. */
  household?: number | string
  /** The register field the problem is about: unit, name, gender, relationship or age. */
  column?: string
  code: RegisterProblemCode
  message: LocalizedText
  /** For a file refused as a whole: the catalogue's refusal the endpoint answers with. */
  refusal?: { code: ErrorCode; params: Record<string, string | number> }
}

/** One member row of the file as written, good or bad, so the preview can show every row. */
export type RegisterLine = {
  /** 1-based row in the file. */
  row: number
  /** The cells as written (trimmed; the unit normalised as it would be stored). */
  cells: Record<RegisterField, string>
  /** What the row imports as; absent when the row has a problem. */
  member?: RegisterRow
}

export type RegisterPreview = {
  households: { unit: string; members: RegisterRow[] }[]
  /** Every member row of the file in file order, bad ones included (empty without a usable header). */
  lines: RegisterLine[]
  /** How many member rows the file has (blank lines not counted). */
  rows: number
  problems: RegisterProblem[]
}

export type { RegisterField }

export const MAX_REGISTER_ROWS = 5000
export const MAX_NAME_LENGTH = 100
export const MAX_AGE = 130
export const UNIT_PATTERN = /^[0-9A-Za-z]{1,4}-[0-9A-Za-z]{1,6}$/

export { CSV_MIMES, REGISTER_FILE_ACCEPT, XLSX_MIME }

const REQUIRED_FIELDS = ['unit', 'name', 'gender', 'relationship'] as const
/** The fields stored as text; the age is stored as a number, so it is only checked as one. */
const TEXT_FIELDS: readonly RegisterField[] = ['unit', 'name', 'gender', 'relationship']

/** Accepted headings per field, already normalised (NFKC, no spaces, lower case). */
export const HEADER_ALIASES: Record<RegisterField, readonly string[]> = Object.fromEntries(
  REGISTER_FIELDS.map((field) => [
    field,
    [
      REGISTER_FIELD_LABELS[field]['zh-TW'],
      ...REGISTER_HEADING_VARIANTS[field],
      REGISTER_FIELD_LABELS[field].en.toLowerCase(),
    ],
  ]),
) as unknown as Record<RegisterField, readonly string[]>

const FIELD_LABELS: Record<RegisterField, LocalizedText> = {
  unit: { en: 'unit', 'zh-TW': '單元' },
  name: { en: 'name', 'zh-TW': '姓名' },
  gender: { en: 'gender', 'zh-TW': '性別' },
  relationship: { en: 'relationship', 'zh-TW': '關係' },
  age: { en: 'age', 'zh-TW': '年齡' },
}

const GENDER_ALIASES: Record<string, Gender> = {
  ...Object.fromEntries(GENDERS.map((value) => [value, value])),
  ...GENDER_WORDS,
}

const RELATIONSHIP_ALIASES: Record<string, Relationship> = {
  ...Object.fromEntries(RELATIONSHIPS.map((value) => [value, value])),
  ...RELATIONSHIP_WORDS,
}

// ---------------------------------------------------------------------------------------------
// Text helpers

/** A cell as text, whatever type the spreadsheet gave it. */
function cellText(value: unknown): string {
  if (value === null || value === undefined) return ''
  if (typeof value === 'string') return value
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : ''
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE'
  if (value instanceof Date) {
    return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10)
  }
  return String(value)
}

const isBlank = (value: unknown) => cellText(value).trim() === ''
const isBlankRow = (cells: readonly unknown[] | undefined) => !cells || cells.every(isBlank)

const normalizeHeading = (value: unknown) =>
  cellText(value)
    .normalize('NFKC')
    .replace(/[\s\uFEFF]+/g, '')
    .toLowerCase()

const normalizeWord = (value: string) =>
  value.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase()

const DASHES = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g

/** Full-width digits, letters and dashes become ASCII; letters upper case (`３ａ－１５０２` → `3A-1502`). */
export function normalizeUnit(raw: string): string {
  return raw
    .normalize('NFKC')
    .replace(DASHES, '-')
    .trim()
    .replace(/\s*-\s*/g, '-')
    .toUpperCase()
}

const normalizeName = (raw: string) => raw.normalize('NFC').trim().replace(/\s+/g, ' ')
const nameKey = (name: string) => name.normalize('NFKC').toLowerCase()
const charCount = (text: string) => [...text].length

/** A value as it is quoted in a message: trimmed, and cut short if very long. */
function shown(raw: string, max = 40): string {
  const text = raw.trim().replace(/\s+/g, ' ')
  const chars = [...text]
  return chars.length > max ? `${chars.slice(0, max).join('')}…` : text
}

const formatCount = (n: number) => n.toLocaleString('en-US')

// ---------------------------------------------------------------------------------------------
// Problems

const problem = (
  row: number,
  code: RegisterProblemCode,
  en: string,
  zh: string,
  column?: RegisterField,
): RegisterProblem => ({
  row,
  ...(column ? { column } : {}),
  code,
  message: { en, 'zh-TW': zh },
})

const RELATIONSHIP_LIST = {
  en: RELATIONSHIPS.join(', '),
  zh: RELATIONSHIPS.map((value) => RELATIONSHIP_LABELS[value]['zh-TW']).join('、'),
}
const GENDER_LIST = {
  en: `${GENDERS.join(', ')} (F/M and 女/男 are accepted too)`,
  zh: GENDERS.map((value) => GENDER_LABELS[value]['zh-TW']).join('、'),
}

const TRIGGER_NAMES: Record<string, LocalizedText> = {
  '\t': { en: 'a tab', 'zh-TW': '定位字元（Tab）' },
  '\r': { en: 'a carriage return', 'zh-TW': '換行字元（CR）' },
}
const triggerName = (trigger: string) =>
  TRIGGER_NAMES[trigger] ?? { en: `"${trigger}"`, 'zh-TW': `「${trigger}」` }

const ACCEPTED_TYPES = {
  en: 'a CSV file (.csv) or an Excel workbook (.xlsx)',
  zh: 'CSV 檔（.csv）或 Excel 活頁簿（.xlsx）',
}

function unreadable(en: string, zh: string, row = 1): RegisterPreview {
  return { households: [], lines: [], rows: 0, problems: [problem(row, 'unreadable-file', en, zh)] }
}

// ---------------------------------------------------------------------------------------------
// Cell values

function parseAge(value: unknown): { ok: true; age: number | null } | { ok: false } {
  if (typeof value === 'number') {
    return Number.isInteger(value) && value >= 0 && value <= MAX_AGE
      ? { ok: true, age: value }
      : { ok: false }
  }
  if (typeof value !== 'string' && value !== null && value !== undefined) return { ok: false }
  const text = cellText(value)
    .normalize('NFKC')
    .trim()
    .replace(/\s*[歲岁]$/, '')
  if (text === '') return { ok: true, age: null }
  if (!/^\d{1,3}(\.0+)?$/.test(text)) return { ok: false }
  const age = Number(text)
  return age <= MAX_AGE ? { ok: true, age } : { ok: false }
}

/** Which column holds each field; the first matching heading wins. */
function mapColumns(header: readonly unknown[]): Partial<Record<RegisterField, number>> {
  const columns: Partial<Record<RegisterField, number>> = {}
  header.forEach((cell, index) => {
    const heading = normalizeHeading(cell)
    if (!heading) return
    for (const field of Object.keys(HEADER_ALIASES) as RegisterField[]) {
      if (columns[field] === undefined && HEADER_ALIASES[field].includes(heading)) {
        columns[field] = index
      }
    }
  })
  return columns
}

// ---------------------------------------------------------------------------------------------
// The table

/**
 * Validates a register table: `header` is the heading row (row `headerRow`, 1 unless the file
 * has blank lines above it) and `rows` the rows under it, blank ones included so that row numbers
 * match the file. Rows with any problem are left out of `households`; `lines` keeps every row.
 */
export function validateRegisterTable(
  header: string[],
  rows: unknown[][],
  options: { headerRow?: number } = {},
): RegisterPreview {
  const headerRow = options.headerRow ?? 1
  const problems: RegisterProblem[] = []

  const dataRows = rows
    .map((cells, index) => ({ cells: cells ?? [], row: headerRow + 1 + index }))
    .filter(({ cells }) => !isBlankRow(cells))

  if (isBlankRow(header) && dataRows.length === 0) {
    return {
      households: [],
      lines: [],
      rows: 0,
      problems: [
        problem(
          headerRow,
          'empty-file',
          'The file is empty: there is no header row and no members to import.',
          '檔案是空的：沒有標題列，也沒有可匯入的成員。',
        ),
      ],
    }
  }

  const columns = mapColumns(header)
  for (const field of REQUIRED_FIELDS) {
    if (columns[field] !== undefined) continue
    const label = FIELD_LABELS[field]
    const headings = HEADER_ALIASES[field]
    problems.push(
      problem(
        headerRow,
        'missing-column',
        `Row ${headerRow}: the required column "${label.en}" is missing from the header row (use one of the headings ${headings.join(', ')})`,
        `第 ${headerRow} 行：標題列缺少必填欄位「${label['zh-TW']}」（可用的標題：${headings.join('、')}）`,
        field,
      ),
    )
  }

  if (dataRows.length === 0) {
    problems.push(
      problem(
        headerRow,
        'empty-file',
        'The file has only a header row: there are no members to import.',
        '檔案只有標題列，沒有可匯入的成員。',
      ),
    )
  } else if (dataRows.length > MAX_REGISTER_ROWS) {
    problems.push(
      problem(
        dataRows[MAX_REGISTER_ROWS]!.row,
        'too-many-rows',
        `The file has ${formatCount(dataRows.length)} member rows; at most ${formatCount(MAX_REGISTER_ROWS)} can be imported at once. Split it into smaller files.`,
        `檔案有 ${dataRows.length} 行成員資料，每次最多只可匯入 ${MAX_REGISTER_ROWS} 行，請分拆成較小的檔案。`,
      ),
    )
  }

  if (problems.length > 0) return { households: [], lines: [], rows: dataRows.length, problems }

  const at = (cells: unknown[], field: RegisterField): unknown => {
    const index = columns[field]
    return index === undefined ? undefined : cells[index]
  }

  const households = new Map<string, RegisterRow[]>()
  const firstSeen = new Map<string, number>()
  const lines: RegisterLine[] = []

  for (const { cells, row } of dataRows) {
    const line: RegisterLine = {
      row,
      cells: {
        unit: normalizeUnit(cellText(at(cells, 'unit'))),
        name: normalizeName(cellText(at(cells, 'name'))),
        gender: cellText(at(cells, 'gender')).trim(),
        relationship: cellText(at(cells, 'relationship')).trim(),
        age: cellText(at(cells, 'age')).trim(),
      },
    }
    lines.push(line)
    const rowProblems: RegisterProblem[] = []
    const add = (code: RegisterProblemCode, field: RegisterField, en: string, zh: string) =>
      rowProblems.push(problem(row, code, `Row ${row}: ${en}`, `第 ${row} 行：${zh}`, field))

    // A text a spreadsheet would run as a formula is refused in every text field, before the
    // field's own checks: a name like =HYPERLINK(…) would be stored, then exported as a formula.
    const formulaIn = new Set<RegisterField>()
    for (const field of TEXT_FIELDS) {
      const raw = at(cells, field)
      const trigger = typeof raw === 'string' ? formulaTrigger(raw) : null
      if (trigger === null) continue
      formulaIn.add(field)
      const label = FIELD_LABELS[field]
      const first = triggerName(trigger)
      add(
        'formula-like-value',
        field,
        `${label.en} "${shown(String(raw))}" starts with ${first.en}, which a spreadsheet runs as a formula; remove that character`,
        `${label['zh-TW']}「${shown(String(raw))}」以${first['zh-TW']}開頭，試算表會把它當作公式執行，請刪除該字元`,
      )
    }

    // Unit
    const rawUnit = cellText(at(cells, 'unit'))
    const unit = normalizeUnit(rawUnit)
    let unitOk = false
    if (formulaIn.has('unit')) {
      // reported above
    } else if (unit === '') {
      add('missing-unit', 'unit', 'the unit is empty', '單元是空的')
    } else if (!UNIT_PATTERN.test(unit)) {
      add(
        'bad-unit',
        'unit',
        `unit "${shown(rawUnit)}" is not a unit number like 3-1502 (block-flat)`,
        `單元「${shown(rawUnit)}」不是有效的單元號（格式如 3-1502，即座數-單位）`,
      )
    } else {
      unitOk = true
    }

    // Name
    const rawName = cellText(at(cells, 'name'))
    const name = normalizeName(rawName)
    let nameOk = false
    if (formulaIn.has('name')) {
      // reported above
    } else if (name === '') {
      add('missing-name', 'name', 'the name is empty', '姓名是空的')
    } else if (charCount(name) > MAX_NAME_LENGTH) {
      add(
        'name-too-long',
        'name',
        `name "${shown(name)}" has ${charCount(name)} characters; at most ${MAX_NAME_LENGTH} are allowed`,
        `姓名「${shown(name)}」有 ${charCount(name)} 個字元，最多只可 ${MAX_NAME_LENGTH} 個`,
      )
    } else {
      nameOk = true
    }

    // Gender
    const rawGender = cellText(at(cells, 'gender'))
    const gender = formulaIn.has('gender') ? undefined : GENDER_ALIASES[normalizeWord(rawGender)]
    if (!gender && !formulaIn.has('gender')) {
      if (rawGender.trim() === '') {
        add(
          'unknown-gender',
          'gender',
          `the gender is empty; use one of ${GENDER_LIST.en}`,
          `性別是空的，請填寫可接受的值（${GENDER_LIST.zh}）`,
        )
      } else {
        add(
          'unknown-gender',
          'gender',
          `gender "${shown(rawGender)}" is not one of ${GENDER_LIST.en}`,
          `性別「${shown(rawGender)}」不是可接受的值（${GENDER_LIST.zh}）`,
        )
      }
    }

    // Relationship
    const rawRelationship = cellText(at(cells, 'relationship'))
    const relationship = formulaIn.has('relationship')
      ? undefined
      : RELATIONSHIP_ALIASES[normalizeWord(rawRelationship)]
    if (!relationship && !formulaIn.has('relationship')) {
      if (rawRelationship.trim() === '') {
        add(
          'unknown-relationship',
          'relationship',
          `the relationship is empty; use one of ${RELATIONSHIP_LIST.en}`,
          `關係是空的，請填寫可接受的值（${RELATIONSHIP_LIST.zh}）`,
        )
      } else {
        add(
          'unknown-relationship',
          'relationship',
          `relationship "${shown(rawRelationship)}" is not one of ${RELATIONSHIP_LIST.en}`,
          `關係「${shown(rawRelationship)}」不是可接受的值（${RELATIONSHIP_LIST.zh}）`,
        )
      }
    }

    // Age
    const rawAge = at(cells, 'age')
    const age = parseAge(rawAge)
    if (!age.ok) {
      add(
        'bad-age',
        'age',
        `age "${shown(cellText(rawAge))}" is not a whole number from 0 to ${MAX_AGE}`,
        `年齡「${shown(cellText(rawAge))}」不是 0 至 ${MAX_AGE} 之間的整數`,
      )
    } else if (age.age === null && relationship === 'child') {
      const who = name ? shown(name) : ''
      add(
        'child-without-age',
        'age',
        `${who ? `"${who}" is a child but has no age` : 'a child has no age'}; the age is required for children`,
        `${who ? `「${who}」` : ''}是子女，但沒有填寫年齡（子女必須填寫年齡）`,
      )
    }

    // Duplicate: same unit and name as an earlier row, whatever else is wrong with either row.
    if (unitOk && nameOk) {
      const key = `${unit}\u0000${nameKey(name)}`
      const earlier = firstSeen.get(key)
      if (earlier === undefined) {
        firstSeen.set(key, row)
      } else {
        add(
          'duplicate-member',
          'name',
          `"${shown(name)}" in unit ${unit} is already listed on row ${earlier}`,
          `單元 ${unit} 的「${shown(name)}」已在第 ${earlier} 行列出`,
        )
      }
    }

    if (rowProblems.length > 0 || !gender || !relationship || !age.ok) {
      problems.push(...rowProblems)
      continue
    }
    const member = { unit, name, gender, relationship, age: age.age }
    line.member = member
    const members = households.get(unit) ?? []
    members.push(member)
    households.set(unit, members)
  }

  return {
    households: [...households].map(([unit, members]) => ({ unit, members })),
    lines,
    rows: dataRows.length,
    problems,
  }
}

/** A whole sheet: the first non-blank row is the header. */
function validateSheet(sheet: unknown[][]): RegisterPreview {
  const headerIndex = sheet.findIndex((cells) => !isBlankRow(cells))
  if (headerIndex === -1) return validateRegisterTable([], [])
  const header = (sheet[headerIndex] ?? []).map(cellText)
  return validateRegisterTable(header, sheet.slice(headerIndex + 1), {
    headerRow: headerIndex + 1,
  })
}

// ---------------------------------------------------------------------------------------------
// File formats

/** A CSV register (comma, semicolon or tab separated). Rows are counted as the spreadsheet shows them. */
export function parseRegisterCsv(text: string): RegisterPreview {
  const clean = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n')
  const result = Papa.parse<string[]>(clean, {
    header: false,
    skipEmptyLines: false,
    dynamicTyping: false,
    newline: '\n',
    delimitersToGuess: [',', '\t', ';'],
  })
  const quoteError = result.errors.find((error) => error.type === 'Quotes')
  if (quoteError) {
    const row = (quoteError.row ?? 0) + 1
    return unreadable(
      `Row ${row}: a quoted field is never closed (a " is missing), so the rest of the file cannot be read. Fix the quotes, or save the file again from Excel as CSV.`,
      `第 ${row} 行：有一個以引號開始的欄位沒有結束（缺少 "），檔案其餘部分無法讀取。請修正引號，或用 Excel 重新另存為 CSV。`,
      row,
    )
  }
  return validateSheet(result.data)
}

/** An Excel register: the first sheet. A damaged workbook becomes an `unreadable-file` problem. */
export async function parseRegisterXlsx(data: Buffer | ArrayBuffer): Promise<RegisterPreview> {
  return readXlsx(data)
}

const MEGABYTE = 1024 * 1024

/** Why a workbook is refused before it is read, in both languages. */
function workbookRefused(
  refusal: Exclude<WorkbookRefusal, { code: 'damaged-archive' }>,
): RegisterPreview {
  const refused = (code: ErrorCode, params: Record<string, string | number>): RegisterPreview => ({
    households: [],
    lines: [],
    rows: 0,
    problems: [
      {
        ...problem(
          0,
          'workbook-too-large',
          errorMessage(code, 'en', params),
          errorMessage(code, 'zh-TW', params),
        ),
        refusal: { code, params },
      },
    ],
  })
  const limitMb = MAX_XLSX_UNCOMPRESSED_BYTES / MEGABYTE
  switch (refusal.code) {
    case 'workbook-too-large': {
      const mb = Math.ceil(refusal.uncompressedBytes / MEGABYTE)
      return refused('register.workbook-too-large', { mb, limit: limitMb })
    }
    case 'sheet-too-long':
      return refused('register.sheet-too-long', { row: refusal.row, limit: MAX_XLSX_SHEET_ROWS })
    case 'sheet-too-wide': {
      const last = columnName(MAX_XLSX_SHEET_COLUMNS)
      const cell = `${columnName(refusal.column)}${refusal.row}`
      return refused('register.sheet-too-wide', { cell, last })
    }
  }
}

async function readXlsx(data: Buffer | ArrayBuffer, fileName?: string): Promise<RegisterPreview> {
  const input = Buffer.isBuffer(data) ? data : Buffer.from(data)
  const cannotRead = () => {
    const en = fileName ? `"${shown(fileName, 80)}"` : 'The file'
    const zh = fileName ? `「${shown(fileName, 80)}」` : '檔案'
    return unreadable(
      `${en} could not be read as an Excel workbook (.xlsx); it may be damaged or in another format. Save it again as ${ACCEPTED_TYPES.en} and upload it again.`,
      `${zh}無法以 Excel 活頁簿（.xlsx）讀取，可能已損壞或是其他格式。請重新另存為${ACCEPTED_TYPES.zh}後再上傳。`,
    )
  }
  const refusal = checkWorkbookLimits(input)
  if (refusal?.code === 'damaged-archive') return cannotRead()
  if (refusal) return workbookRefused(refusal)
  let sheet: unknown[][]
  try {
    const copy = input.buffer.slice(input.byteOffset, input.byteOffset + input.byteLength)
    sheet = await readSheet(copy as ArrayBuffer)
  } catch {
    return cannotRead()
  }
  return validateSheet(sheet)
}

function fileExtension(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? ''
  const dot = base.lastIndexOf('.')
  return dot > 0
    ? base
        .slice(dot + 1)
        .trim()
        .toLowerCase()
    : ''
}

/** An uploaded register file, read as CSV or XLSX by its extension (or, without one, its MIME type). */
export async function parseRegisterFile(file: {
  name: string
  mimetype?: string
  data: Buffer
}): Promise<RegisterPreview> {
  const extension = fileExtension(file.name)
  const mime = (file.mimetype ?? '').split(';')[0]!.trim().toLowerCase()
  let kind: 'csv' | 'xlsx' | null = null
  if (extension === 'csv') kind = 'csv'
  else if (extension === 'xlsx') kind = 'xlsx'
  else if (extension === '') {
    if ((CSV_MIMES as readonly string[]).includes(mime)) kind = 'csv'
    else if (mime === XLSX_MIME) kind = 'xlsx'
  }

  const fileName = shown(file.name || '(unnamed)', 80)
  if (kind === null) {
    return unreadable(
      `"${fileName}" is not a file type that can be imported: upload ${ACCEPTED_TYPES.en}.`,
      `「${fileName}」不是可匯入的檔案類型：請上傳${ACCEPTED_TYPES.zh}。`,
    )
  }
  if (kind === 'xlsx') return readXlsx(file.data, file.name || '(unnamed)')

  const decoded = decodeRegisterText(file.data)
  if (decoded === null) {
    return unreadable(
      `"${fileName}" could not be read as a CSV text file (it looks like a binary file or an unknown text encoding). Upload ${ACCEPTED_TYPES.en}; CSV files are read in UTF-8, GBK/GB18030 or Big5.`,
      `「${fileName}」無法以 CSV 文字檔讀取（看來是二進位檔或未知的文字編碼）。請上傳${ACCEPTED_TYPES.zh}；CSV 檔可用 UTF-8、GBK/GB18030 或 Big5 編碼。`,
    )
  }
  return parseRegisterCsv(decoded.text)
}
