/**
 * Builds .xlsx archives byte by byte for tests, hostile ones included: a sheet that inflates to
 * hundreds of MB is deflated as a stream, so the test process never holds it whole. No binary
 * fixture is committed.
 */
import { crc32, createDeflateRaw, deflateRawSync } from 'node:zlib'

export type ZipPart = {
  name: string
  compressed: Buffer
  /** The real inflated size and CRC. */
  size: number
  crc: number
  /** What the archive claims instead of `size`, to build one that lies. */
  declaredSize?: number
}

export function deflatedPart(name: string, content: string | Buffer): ZipPart {
  const data = Buffer.isBuffer(content) ? content : Buffer.from(content, 'utf8')
  return { name, compressed: deflateRawSync(data), size: data.length, crc: crc32(data) }
}

/** `head`, then `chunk` repeated `times`, then `tail`, deflated without building it in memory. */
export async function deflatedRepeatPart(
  name: string,
  parts: { head: string; chunk: Buffer; times: number; tail: string },
): Promise<ZipPart> {
  const deflate = createDeflateRaw({ level: 9 })
  const out: Buffer[] = []
  deflate.on('data', (data: Buffer) => out.push(data))
  const done = new Promise((resolve, reject) => deflate.on('end', resolve).on('error', reject))
  const write = async (data: Buffer) => {
    if (!deflate.write(data)) await new Promise((resolve) => deflate.once('drain', resolve))
  }
  const head = Buffer.from(parts.head)
  const tail = Buffer.from(parts.tail)
  let crc = crc32(head)
  await write(head)
  for (let i = 0; i < parts.times; i++) {
    crc = crc32(parts.chunk, crc)
    await write(parts.chunk)
  }
  crc = crc32(tail, crc)
  await write(tail)
  deflate.end()
  await done
  return {
    name,
    compressed: Buffer.concat(out),
    size: head.length + parts.chunk.length * parts.times + tail.length,
    crc,
  }
}

/** A zip archive (deflate, no zip64) with a central directory, as Excel writes one. */
export function zipArchive(parts: ZipPart[]): Buffer {
  const locals: Buffer[] = []
  const central: Buffer[] = []
  let offset = 0
  for (const part of parts) {
    const name = Buffer.from(part.name, 'utf8')
    const size = part.declaredSize ?? part.size
    const local = Buffer.alloc(30)
    local.writeUInt32LE(0x04034b50, 0)
    local.writeUInt16LE(20, 4)
    local.writeUInt16LE(0x0800, 6)
    local.writeUInt16LE(8, 8)
    local.writeUInt32LE(part.crc >>> 0, 14)
    local.writeUInt32LE(part.compressed.length, 18)
    local.writeUInt32LE(size, 22)
    local.writeUInt16LE(name.length, 26)
    locals.push(local, name, part.compressed)

    const header = Buffer.alloc(46)
    header.writeUInt32LE(0x02014b50, 0)
    header.writeUInt16LE(20, 4)
    header.writeUInt16LE(20, 6)
    header.writeUInt16LE(0x0800, 8)
    header.writeUInt16LE(8, 10)
    header.writeUInt32LE(part.crc >>> 0, 16)
    header.writeUInt32LE(part.compressed.length, 20)
    header.writeUInt32LE(size, 24)
    header.writeUInt16LE(name.length, 28)
    header.writeUInt32LE(offset, 42)
    central.push(header, name)
    offset += local.length + name.length + part.compressed.length
  }
  const directory = Buffer.concat(central)
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  end.writeUInt16LE(parts.length, 8)
  end.writeUInt16LE(parts.length, 10)
  end.writeUInt32LE(directory.length, 12)
  end.writeUInt32LE(offset, 16)
  return Buffer.concat([...locals, directory, end])
}

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main'
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'

export const SHEET_HEAD = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN}"><sheetData>`
export const SHEET_TAIL = '</sheetData></worksheet>'

/** The parts around the first sheet that make an archive a workbook Excel and readers open. */
export function workbookParts(): ZipPart[] {
  return [
    deflatedPart(
      '[Content_Types].xml',
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`,
    ),
    deflatedPart(
      '_rels/.rels',
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ),
    deflatedPart(
      'xl/workbook.xml',
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets><sheet name="Register" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    ),
    deflatedPart(
      'xl/_rels/workbook.xml.rels',
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
    ),
  ]
}

const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

/** A sheet of text cells at the addresses given, e.g. `{ A1: 'unit', XFD9: 'x' }`, row by row. */
export function sheetXml(cells: Record<string, string>): string {
  const rows = new Map<number, string[]>()
  for (const [address, value] of Object.entries(cells)) {
    const row = Number(/\d+$/.exec(address)![0])
    const cell = `<c r="${address}" t="inlineStr"><is><t>${escapeXml(value)}</t></is></c>`
    rows.set(row, [...(rows.get(row) ?? []), cell])
  }
  return [...rows]
    .sort(([a], [b]) => a - b)
    .map(([row, list]) => `<row r="${row}">${list.join('')}</row>`)
    .join('')
}

/** A workbook whose first sheet holds `cells`. */
export function workbook(cells: Record<string, string>): Buffer {
  return zipArchive([
    ...workbookParts(),
    deflatedPart('xl/worksheets/sheet1.xml', SHEET_HEAD + sheetXml(cells) + SHEET_TAIL),
  ])
}

/**
 * The bomb from issue 6 #14: a valid workbook whose one cell (A1) holds `megabytes` MB of text.
 * With `declaredBytes` the archive lies and claims the sheet is that small.
 */
export async function xlsxBomb(megabytes: number, declaredBytes?: number): Promise<Buffer> {
  const sheet = await deflatedRepeatPart('xl/worksheets/sheet1.xml', {
    head: `${SHEET_HEAD}<row r="1"><c r="A1" t="inlineStr"><is><t>`,
    chunk: Buffer.alloc(1024 * 1024, 'A'),
    times: megabytes,
    tail: `</t></is></c></row>${SHEET_TAIL}`,
  })
  return zipArchive([
    ...workbookParts(),
    declaredBytes === undefined ? sheet : { ...sheet, declaredSize: declaredBytes },
  ])
}
