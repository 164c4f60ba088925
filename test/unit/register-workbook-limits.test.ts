/** PAS-1 (issue 6 #14): a register workbook is checked for its size and shape before it is parsed. */
import { beforeAll, describe, expect, it } from 'vitest'
import writeXlsxFile from 'write-excel-file/node'

import { MAX_REGISTER_ROWS, parseRegisterFile } from '@/domain/register/parseRegister'
import {
  checkWorkbookLimits,
  MAX_XLSX_SHEET_COLUMNS,
  MAX_XLSX_SHEET_ROWS,
  MAX_XLSX_UNCOMPRESSED_BYTES,
} from '@/domain/register/workbookLimits'
import {
  deflatedPart,
  SHEET_HEAD,
  SHEET_TAIL,
  workbook,
  workbookParts,
  xlsxBomb,
  zipArchive,
} from './support/xlsxArchive'

const MB = 1024 * 1024
const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

/** A workbook whose first sheet's `<sheetData>` is exactly `rowsXml`. */
const workbookWithRows = (rowsXml: string) =>
  zipArchive([
    ...workbookParts(),
    deflatedPart('xl/worksheets/sheet1.xml', SHEET_HEAD + rowsXml + SHEET_TAIL),
  ])

const upload = (data: Buffer) =>
  parseRegisterFile({ name: 'register.xlsx', mimetype: XLSX_MIME, data })

/** What `work` costs: its time, and how far the process's resident memory grew. */
async function measure<T>(work: () => T | Promise<T>) {
  const rss = process.memoryUsage().rss
  const started = performance.now()
  const result = await work()
  return {
    result,
    ms: performance.now() - started,
    rssGrowthMb: (process.memoryUsage().rss - rss) / MB,
  }
}

const HEADER = { A1: 'unit', B1: 'name', C1: 'gender', D1: 'relationship' }

describe('staff: cs importing the register', () => {
  describe('XLSX decompression bomb', () => {
    let bomb: Buffer
    let liar: Buffer
    beforeAll(async () => {
      // As reported: about 0.5 MB on disk, one cell (A1) that inflates to 524 MB.
      bomb = await xlsxBomb(524)
      liar = await xlsxBomb(524, 4096)
    }, 60_000)

    it('PAS-1 (issue 6 #14): an XLSX whose sheet would inflate past 20 MB is refused from its central directory, before anything is inflated', async () => {
      expect(bomb.length).toBeLessThan(MB)
      const { result, ms, rssGrowthMb } = await measure(() => checkWorkbookLimits(bomb))
      expect(result).toMatchObject({ code: 'workbook-too-large' })
      expect(result).toHaveProperty('uncompressedBytes', expect.any(Number))
      expect((result as { uncompressedBytes: number }).uncompressedBytes).toBeGreaterThan(524 * MB)
      expect(ms).toBeLessThan(100)
      expect(rssGrowthMb).toBeLessThan(32)
    })

    it('PAS-1 (issue 6 #14): the upload is refused as a whole with the size and the limit in both languages, and memory stays flat', async () => {
      const { result: preview, ms, rssGrowthMb } = await measure(() => upload(bomb))
      expect(preview.households).toEqual([])
      expect(preview.problems).toHaveLength(1)
      const [refusal] = preview.problems
      expect(refusal).toMatchObject({ row: 0, code: 'workbook-too-large' })
      expect(refusal!.message.en).toBe(
        'The workbook unpacks to 525 MB; a register may unpack to at most 20 MB. Nothing was read. Save only the register sheet, without pictures, and upload it again.',
      )
      expect(refusal!.message['zh-TW']).toContain('解壓後有 525 MB')
      expect(refusal!.message['zh-TW']).toContain('最多只可 20 MB')
      expect(ms).toBeLessThan(500)
      expect(rssGrowthMb).toBeLessThan(32)
    })

    it('PAS-1 (issue 6 #14): four bombs at once still cost no memory', async () => {
      const { result, rssGrowthMb } = await measure(() =>
        Promise.all([bomb, bomb, bomb, bomb].map(upload)),
      )
      expect(result.map((p) => p.problems[0]!.code)).toEqual(Array(4).fill('workbook-too-large'))
      expect(rssGrowthMb).toBeLessThan(32)
    })

    it('PAS-1 (issue 6 #14): an XLSX that claims a 4 KB sheet but inflates to 524 MB is refused as unreadable, inflating no more than it claimed', async () => {
      const { result: preview, ms, rssGrowthMb } = await measure(() => upload(liar))
      expect(preview.problems.map((p) => p.code)).toEqual(['unreadable-file'])
      expect(preview.problems[0]!.message.en).toContain('could not be read as an Excel workbook')
      expect(ms).toBeLessThan(500)
      expect(rssGrowthMb).toBeLessThan(32)
    })
  })

  describe('XLSX sheet shape', () => {
    it(`PAS-1 (issue 6 #14): a sheet reaching past row ${MAX_XLSX_SHEET_ROWS} is refused before parsing, even when the far row is empty`, async () => {
      const far = MAX_XLSX_SHEET_ROWS + 1
      for (const data of [
        workbook({ ...HEADER, A2: '1-101', [`A${far}`]: 'x' }),
        // The reader would fill every row up to an empty <row r="1048576"/>.
        workbookWithRows(
          '<row r="1"><c r="A1" t="inlineStr"><is><t>unit</t></is></c></row><row r="1048576"/>',
        ),
        // ...or up to an empty cell's row.
        workbookWithRows('<row><c r="A1048576" s="1"/></row>'),
      ]) {
        const { result: preview, rssGrowthMb } = await measure(() => upload(data))
        expect(preview.problems.map((p) => [p.row, p.code])).toEqual([[0, 'workbook-too-large']])
        expect(preview.problems[0]!.message.en).toMatch(
          /^The workbook has a sheet that reaches row [\d,]+; a register sheet may reach at most row 10,000\. Nothing was read\./,
        )
        expect(preview.problems[0]!.message['zh-TW']).toContain('最多只可到第 10000 行')
        expect(rssGrowthMb).toBeLessThan(32)
      }
    })

    it(`PAS-1 (issue 6 #14): a cell with content right of column T (${MAX_XLSX_SHEET_COLUMNS}) is refused, naming the cell; an empty formatted cell there is not`, async () => {
      const wide = await upload(workbook({ ...HEADER, A2: '1-101', XFD2: 'far away' }))
      expect(wide.problems.map((p) => p.code)).toEqual(['workbook-too-large'])
      expect(wide.problems[0]!.message.en).toBe(
        'Cell XFD2 is past column T; a register sheet may use columns A to T only. Nothing was read. Delete the columns right of T and upload it again.',
      )
      expect(wide.problems[0]!.message['zh-TW']).toContain('儲存格 XFD2 超出 T 欄')
      expect((await upload(workbook({ ...HEADER, U1: 'notes' }))).problems[0]!.code).toBe(
        'workbook-too-large',
      )

      const styledEmpty = await upload(
        workbookWithRows(
          '<row r="1"><c r="A1" t="inlineStr"><is><t>unit</t></is></c><c r="B1" t="inlineStr"><is><t>name</t></is></c><c r="C1" t="inlineStr"><is><t>gender</t></is></c><c r="D1" t="inlineStr"><is><t>relationship</t></is></c><c r="XFD1" s="3"/></row>' +
            '<row r="2"><c r="A2" t="inlineStr"><is><t>1-101</t></is></c><c r="B2" t="inlineStr"><is><t>Ho</t></is></c><c r="C2" t="inlineStr"><is><t>F</t></is></c><c r="D2" t="inlineStr"><is><t>owner</t></is></c></row>',
        ),
      )
      expect(styledEmpty.problems).toEqual([])
      expect(styledEmpty.households).toEqual([
        {
          unit: '1-101',
          members: [
            { unit: '1-101', name: 'Ho', gender: 'female', relationship: 'owner', age: null },
          ],
        },
      ])
    })

    it('PAS-1 (issue 6 #14): markup tricks do not hide a far row from the check', async () => {
      for (const rows of [
        // A quoted ">" must not end the tag before the address.
        '<row r="1"><c t="inlineStr" x=">" r="XFD1"><is><t>x</t></is></c></row>',
        // A namespace prefix on the elements.
        '<x:row r="1048576"><x:c r="A1048576" t="inlineStr"><x:is><x:t>x</x:t></x:is></x:c></x:row>',
        // A comment before the row does not stop the scan.
        '<!-- <row r="1"> --><row r="1048576"><c r="A1048576" t="inlineStr"><is><t>x</t></is></c></row>',
        // Two addresses on one cell: no guessing which one the reader takes.
        '<row r="1"><c r="A1" r="A1048576" t="inlineStr"><is><t>x</t></is></c></row>',
        // An address written with a character reference.
        '<row r="1"><c r="&#88;FD1" t="inlineStr"><is><t>x</t></is></c></row>',
      ]) {
        const preview = await upload(workbookWithRows(rows))
        expect(preview.households).toEqual([])
        expect(['workbook-too-large', 'unreadable-file']).toContain(preview.problems[0]?.code)
      }
    })

    it('PAS-1 (issue 6 #14): zip64 and truncated archives are unreadable, not trusted', async () => {
      const good = workbook({ ...HEADER, A2: '1-101' })
      const zip64 = Buffer.from(good)
      // Mark the directory's entry count as "see the zip64 record", which a register never needs.
      zip64.writeUInt16LE(0xffff, zip64.length - 22 + 8)
      for (const data of [zip64, good.subarray(0, good.length - 30)]) {
        expect((await upload(data)).problems.map((p) => p.code)).toEqual(['unreadable-file'])
      }
    })

    it(`PAS-1 (issue 6 #14): a full register of ${MAX_REGISTER_ROWS} members written by a spreadsheet program is within every limit and read`, async () => {
      const rows = Array.from({ length: MAX_REGISTER_ROWS }, (_, i) => [
        `${1 + (i % 40)}-${String(1000 + Math.floor(i / 40)).padStart(4, '0')}`,
        `Member ${i + 1} 成員`,
        i % 2 ? 'F' : 'M',
        i % 40 ? 'relative' : 'owner',
        30 + (i % 50),
      ])
      const data = await writeXlsxFile([
        ['單元', '姓名', '性別', '關係', '年齡'],
        ...rows,
      ]).toBuffer()
      expect(checkWorkbookLimits(data)).toBeNull()
      const preview = await upload(data)
      expect(preview.problems).toEqual([])
      expect(preview.rows).toBe(MAX_REGISTER_ROWS)
      expect(MAX_XLSX_UNCOMPRESSED_BYTES).toBe(20 * MB)
    })
  })
})
