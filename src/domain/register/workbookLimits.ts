/**
 * PAS-1: the limits a register workbook (.xlsx) must keep before any spreadsheet reader sees it.
 *
 * An .xlsx is a zip archive: a 0.5 MB upload can inflate to hundreds of MB, and a sheet of a few
 * cells at far-away addresses (XFD1048576) makes the reader fill a grid of billions of empty
 * cells. So, before anything is inflated, the sizes declared in the zip's central directory are
 * added up; then every entry is inflated under a hard cap of its declared size (an archive that
 * lies about its sizes is refused, not trusted), and the sheets' row and cell addresses are
 * checked in the raw XML. Memory stays within MAX_XLSX_UNCOMPRESSED_BYTES whatever the upload.
 *
 * The reader must unpack by the same central directory (fflate does; a streaming unzip that
 * follows the local headers would not), which is why parseRegister uses read-excel-file/universal.
 * Pure: no Payload, no messages (parseRegister words them).
 */
import { inflateRawSync } from 'node:zlib'

/** All entries of the archive together, uncompressed. A 5,000-member register is about 2 MB. */
export const MAX_XLSX_UNCOMPRESSED_BYTES = 20 * 1024 * 1024
/**
 * The highest row a sheet may address. Twice the 5,000 member rows a register may have, so that a
 * file just over that limit still gets the preview's precise "too many rows" problem.
 */
export const MAX_XLSX_SHEET_ROWS = 10_000
/** The rightmost column (T) a sheet may fill: the register has 5 columns, with room for notes. */
export const MAX_XLSX_SHEET_COLUMNS = 20

export type WorkbookRefusal =
  | { code: 'workbook-too-large'; uncompressedBytes: number }
  | { code: 'sheet-too-long'; row: number }
  | { code: 'sheet-too-wide'; row: number; column: number }
  /** Not a zip this reader can trust: truncated, zip64, an unknown method, or sizes that lie. */
  | { code: 'damaged-archive'; reason: string }

type ZipEntry = {
  method: number
  compressedSize: number
  uncompressedSize: number
  dataStart: number
}

const EOCD_SIGNATURE = 0x06054b50
const ZIP64_LOCATOR_SIGNATURE = 0x07064b50
const CENTRAL_HEADER_SIGNATURE = 0x02014b50
const LOCAL_HEADER_SIGNATURE = 0x04034b50
const EOCD_SIZE = 22
const MAX_ZIP_COMMENT = 0xffff
const STORED = 0
const DEFLATED = 8

const damaged = (reason: string): WorkbookRefusal => ({ code: 'damaged-archive', reason })

/**
 * The entries listed in the central directory, found the way fflate finds it: the last End Of
 * Central Directory record within the final 64 KB. Zip64 is refused: a register never needs it,
 * and it would let the directory say one thing to this check and another to the reader.
 */
function readCentralDirectory(zip: Buffer): ZipEntry[] | WorkbookRefusal {
  let eocd = -1
  for (
    let at = zip.length - EOCD_SIZE;
    at >= 0 && zip.length - at <= EOCD_SIZE + MAX_ZIP_COMMENT;
    at--
  ) {
    if (zip.readUInt32LE(at) === EOCD_SIGNATURE) {
      eocd = at
      break
    }
  }
  if (eocd === -1) return damaged('no end of central directory record')
  if (eocd >= 20 && zip.readUInt32LE(eocd - 20) === ZIP64_LOCATOR_SIGNATURE) return damaged('zip64')

  const count = zip.readUInt16LE(eocd + 8)
  let offset = zip.readUInt32LE(eocd + 16)
  if (count === 0xffff || offset === 0xffffffff) return damaged('zip64')

  const entries: ZipEntry[] = []
  for (let i = 0; i < count; i++) {
    if (offset + 46 > zip.length || zip.readUInt32LE(offset) !== CENTRAL_HEADER_SIGNATURE) {
      return damaged('central directory entry out of place')
    }
    const method = zip.readUInt16LE(offset + 10)
    const compressedSize = zip.readUInt32LE(offset + 20)
    const uncompressedSize = zip.readUInt32LE(offset + 24)
    const localHeader = zip.readUInt32LE(offset + 42)
    if (compressedSize === 0xffffffff || uncompressedSize === 0xffffffff) return damaged('zip64')
    offset +=
      46 +
      zip.readUInt16LE(offset + 28) +
      zip.readUInt16LE(offset + 30) +
      zip.readUInt16LE(offset + 32)

    if (localHeader + 30 > zip.length || zip.readUInt32LE(localHeader) !== LOCAL_HEADER_SIGNATURE) {
      return damaged('local header out of place')
    }
    const dataStart =
      localHeader + 30 + zip.readUInt16LE(localHeader + 26) + zip.readUInt16LE(localHeader + 28)
    if (dataStart + compressedSize > zip.length)
      return damaged('entry runs past the end of the file')
    entries.push({ method, compressedSize, uncompressedSize, dataStart })
  }
  return entries
}

/** An entry's bytes, never more than it declared: zlib stops at the cap instead of growing. */
function inflateEntry(zip: Buffer, entry: ZipEntry): Buffer | WorkbookRefusal {
  const data = zip.subarray(entry.dataStart, entry.dataStart + entry.compressedSize)
  if (entry.method === STORED) {
    return entry.compressedSize === entry.uncompressedSize ? data : damaged('stored size mismatch')
  }
  if (entry.method !== DEFLATED) return damaged(`compression method ${entry.method}`)
  let inflated: Buffer
  try {
    inflated = inflateRawSync(data, { maxOutputLength: Math.max(entry.uncompressedSize, 1) })
  } catch {
    return damaged('inflates past its declared size, or is not deflate data')
  }
  return inflated.length === entry.uncompressedSize ? inflated : damaged('declared size mismatch')
}

// ---------------------------------------------------------------------------------------------
// Sheet addresses

const LT = 0x3c
const GT = 0x3e
const SLASH = 0x2f
const COLON = 0x3a

const isNameEnd = (byte: number | undefined) =>
  byte === undefined ||
  byte === GT ||
  byte === SLASH ||
  byte === 0x20 ||
  (byte >= 0x09 && byte <= 0x0d)

/** Where a tag that starts at `from` ends (its `>`), skipping quoted attribute values. */
function tagEnd(xml: Buffer, from: number): number {
  let quote = 0
  for (let i = from; i < xml.length; i++) {
    const byte = xml[i]!
    if (quote) {
      if (byte === quote) quote = 0
    } else if (byte === 0x22 || byte === 0x27) {
      quote = byte
    } else if (byte === GT) {
      return i
    }
  }
  return -1
}

/** The `r` attribute of a tag, `null` without one; two of them are a reader's guess, so refused. */
function addressOf(tag: string): string | null | WorkbookRefusal {
  const found = [...tag.matchAll(/\sr\s*=\s*(?:"([^"]*)"|'([^']*)')/g)]
  if (found.length > 1) return damaged('two r attributes on one element')
  return found.length ? (found[0]![1] ?? found[0]![2] ?? '') : null
}

function columnNumber(letters: string): number {
  let column = 0
  for (const letter of letters) column = column * 26 + (letter.charCodeAt(0) - 64)
  return column
}

/**
 * The sheet data of one XML part, checked for the rows and columns the reader would allocate:
 * every row up to the highest row addressed (even an empty one), and every column up to the
 * rightmost cell with content. Elements are matched by local name, so `x:row` counts too.
 */
function checkSheetAddresses(xml: Buffer): WorkbookRefusal | null {
  let inSheetData = false
  let row = 0
  let column = 0
  let at = xml.indexOf(LT)
  while (at !== -1) {
    const next = xml[at + 1]
    if (next === 0x21 || next === 0x3f) {
      // Comments, CDATA and processing instructions hold no elements; the reader skips them too.
      const close = xml
        .subarray(at, at + 9)
        .toString('latin1')
        .startsWith('<![CDATA[')
        ? ']]>'
        : xml.subarray(at, at + 4).toString('latin1') === '<!--'
          ? '-->'
          : next === 0x3f
            ? '?>'
            : '>'
      const end = xml.indexOf(close, at + 2)
      if (end === -1) return null
      at = xml.indexOf(LT, end + close.length)
      continue
    }
    const end = tagEnd(xml, at + 1)
    if (end === -1) return null
    const closing = next === SLASH
    let nameStart = closing ? at + 2 : at + 1
    let nameEnd = nameStart
    while (!isNameEnd(xml[nameEnd])) {
      if (xml[nameEnd] === COLON) nameStart = nameEnd + 1
      nameEnd++
    }
    const name = xml.toString('latin1', nameStart, nameEnd)
    const selfClosing = xml[end - 1] === SLASH

    if (name === 'sheetData') {
      inSheetData = !closing && !selfClosing
      row = 0
    } else if (inSheetData && !closing && (name === 'row' || name === 'c')) {
      const address = addressOf(xml.toString('latin1', nameStart, end))
      if (typeof address === 'object' && address !== null) return address
      if (name === 'row') {
        if (address === null) row++
        else if (/^[1-9]\d{0,6}$/.test(address)) row = Number(address)
        else return damaged(`row number "${address.slice(0, 20)}"`)
        column = 0
      } else {
        if (address === null) {
          column++
        } else {
          const parts = /^([A-Z]{1,3})([1-9]\d{0,6})$/.exec(address)
          if (!parts) return damaged(`cell address "${address.slice(0, 20)}"`)
          column = columnNumber(parts[1]!)
          row = Math.max(row, Number(parts[2]))
        }
        // An empty styled cell (`<c r="Z9" s="1"/>`) adds no column to what the reader returns.
        if (!selfClosing && column > MAX_XLSX_SHEET_COLUMNS) {
          return { code: 'sheet-too-wide', row, column }
        }
      }
      if (row > MAX_XLSX_SHEET_ROWS) return { code: 'sheet-too-long', row }
    }
    at = xml.indexOf(LT, end + 1)
  }
  return null
}

/**
 * Whether a workbook keeps the limits, checked without ever holding more than its declared
 * (and capped) size: `null` when it does, else why not.
 */
export function checkWorkbookLimits(data: Buffer): WorkbookRefusal | null {
  const entries = readCentralDirectory(data)
  if (!Array.isArray(entries)) return entries
  const uncompressedBytes = entries.reduce((sum, entry) => sum + entry.uncompressedSize, 0)
  if (uncompressedBytes > MAX_XLSX_UNCOMPRESSED_BYTES) {
    return { code: 'workbook-too-large', uncompressedBytes }
  }
  for (const entry of entries) {
    const content = inflateEntry(data, entry)
    if (!Buffer.isBuffer(content)) return content
    const refusal = checkSheetAddresses(content)
    if (refusal) return refusal
  }
  return null
}

/** "T" for 20, "XFD" for 16384: a column as a spreadsheet names it. */
export function columnName(column: number): string {
  let name = ''
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) {
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name
  }
  return name
}
