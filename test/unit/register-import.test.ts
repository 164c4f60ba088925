import { mkdir, readFile, rm } from 'node:fs/promises'
import path from 'node:path'

import { describe, expect, it } from 'vitest'
import writeXlsxFile from 'write-excel-file/node'
import type { SheetData } from 'write-excel-file/node'

import {
  MAX_REGISTER_ROWS,
  parseRegisterCsv,
  parseRegisterFile,
  parseRegisterXlsx,
  validateRegisterTable,
  type RegisterPreview,
} from '@/domain/register/parseRegister'
import { decodeRegisterText } from '@/domain/register/decodeRegisterText'
import {
  GENDER_LABELS,
  GENDERS,
  REGISTER_FIELD_LABELS,
  REGISTER_FIELDS,
  registerTemplateCsv,
  RELATIONSHIP_LABELS,
  RELATIONSHIPS,
} from '@/domain/register/vocabulary'

import { workbook } from './support/xlsxArchive'

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

const csv = (...lines: string[]) => lines.join('\n')
const codes = (preview: RegisterPreview) => preview.problems.map((p) => [p.row, p.code])
const members = (preview: RegisterPreview) =>
  preview.households.flatMap((h) => h.members.map((m) => `${m.unit} ${m.name}`))
const only = (preview: RegisterPreview, code: string) => {
  const found = preview.problems.filter((p) => p.code === code)
  expect(found).toHaveLength(1)
  return found[0]!
}

const GOOD_ZH = csv(
  '單元,姓名,性別,與業主關係,年齡',
  '3-1502,陳大文,男,業主,45',
  '3-1502,李美玲,女,太太,',
  '3-1502,陳小明,男,兒子,8',
  '5-0801,Maria Santos,F,家傭,',
)

describe('staff: cs importing the register', () => {
  describe('headers and values', () => {
    it('PAS-1: Chinese headers and values are read and members are grouped by unit', () => {
      const preview = parseRegisterCsv(GOOD_ZH)
      expect(preview.problems).toEqual([])
      expect(preview.rows).toBe(4)
      expect(preview.households).toEqual([
        {
          unit: '3-1502',
          members: [
            { unit: '3-1502', name: '陳大文', gender: 'male', relationship: 'owner', age: 45 },
            { unit: '3-1502', name: '李美玲', gender: 'female', relationship: 'spouse', age: null },
            { unit: '3-1502', name: '陳小明', gender: 'male', relationship: 'child', age: 8 },
          ],
        },
        {
          unit: '5-0801',
          members: [
            {
              unit: '5-0801',
              name: 'Maria Santos',
              gender: 'female',
              relationship: 'helper',
              age: null,
            },
          ],
        },
      ])
    })

    it('PAS-1: English headers in any case and spacing, columns in any order, age column optional', () => {
      const preview = parseRegisterCsv(
        csv(
          ' Relationship ,NAME, gender ,Unit',
          'Owner,Chan Tai Man,Male,12-2301',
          'spouse,Wong Mei Ling,female,12-2301',
          'tenant,Lee Ka Yan,other,7-0302',
        ),
      )
      expect(preview.problems).toEqual([])
      expect(preview.households.map((h) => [h.unit, h.members.map((m) => m.relationship)])).toEqual(
        [
          ['12-2301', ['owner', 'spouse']],
          ['7-0302', ['tenant']],
        ],
      )
      expect(preview.households[1]!.members[0]).toMatchObject({ gender: 'other', age: null })
    })

    it('PAS-1: the other Chinese headings (單元號, 房號, 關係) are accepted too', () => {
      for (const unitHeading of ['單元號', '房號']) {
        const preview = parseRegisterCsv(
          csv(`${unitHeading},姓名,性別,關係,年齡`, '1-101,何志強,男性,戶主,60'),
        )
        expect(preview.problems).toEqual([])
        expect(members(preview)).toEqual(['1-101 何志強'])
      }
    })

    it('PAS-1: every Chinese relationship and gender word maps to its value', () => {
      const relationships: Record<string, string> = {
        業主: 'owner',
        戶主: 'owner',
        配偶: 'spouse',
        妻子: 'spouse',
        丈夫: 'spouse',
        太太: 'spouse',
        先生: 'spouse',
        子女: 'child',
        兒子: 'child',
        女兒: 'child',
        孩子: 'child',
        孩童: 'child',
        父母: 'parent',
        父親: 'parent',
        母親: 'parent',
        親屬: 'relative',
        親戚: 'relative',
        租客: 'tenant',
        租戶: 'tenant',
        保姆: 'helper',
        家傭: 'helper',
        傭人: 'helper',
        保母: 'helper',
        其他: 'other',
      }
      const genders: Record<string, string> = {
        女: 'female',
        女性: 'female',
        f: 'female',
        Female: 'female',
        男: 'male',
        男性: 'male',
        M: 'male',
        MALE: 'male',
        其他: 'other',
        Other: 'other',
      }
      const words = Object.keys(relationships)
      const genderWords = Object.keys(genders)
      const lines = words.map(
        (word, i) => `1-${100 + i},Person ${i},${genderWords[i % genderWords.length]},${word},10`,
      )
      const preview = parseRegisterCsv(csv('unit,name,gender,relationship,age', ...lines))
      expect(preview.problems).toEqual([])
      const rows = preview.households.flatMap((h) => h.members)
      expect(rows.map((r) => r.relationship)).toEqual(words.map((w) => relationships[w]))
      expect(rows.map((r) => r.gender)).toEqual(
        words.map((_, i) => genders[genderWords[i % genderWords.length]!]),
      )
    })

    it('PAS-1: full-width unit numbers and dashes are normalised', () => {
      const preview = parseRegisterCsv(
        csv(
          '單元,姓名,性別,關係,年齡',
          '３－１５０２,陳大文,男,業主,',
          ' 3a - 1502 ,陳太,女,配偶,',
        ),
      )
      expect(preview.problems).toEqual([])
      expect(preview.households.map((h) => h.unit)).toEqual(['3-1502', '3A-1502'])
    })

    it('PAS-1: the vocabulary lists every value with both labels', () => {
      expect(RELATIONSHIPS.map((r) => RELATIONSHIP_LABELS[r]['zh-TW'])).toEqual([
        '業主',
        '配偶',
        '子女',
        '父母',
        '親屬',
        '租客',
        '家傭',
        '其他',
      ])
      expect(GENDERS.map((g) => GENDER_LABELS[g]['zh-TW'])).toEqual(['女', '男', '其他'])
      for (const label of [...Object.values(RELATIONSHIP_LABELS), ...Object.values(GENDER_LABELS)])
        expect(label.en).not.toBe('')
    })
  })

  describe('CSV details', () => {
    it('PAS-1: a UTF-8 BOM, CRLF line ends, quoted fields and blank lines are handled', () => {
      const text =
        '\uFEFF單元,姓名,性別,關係,年齡\r\n' +
        '3-1502,"Chan, Tai Man",M,owner,45\r\n' +
        '\r\n' +
        '3-1502,"Tsang ""Ah Mei""",F,spouse,\r\n' +
        ',,,,\r\n' +
        '3-1502,"陳小明",男,子女,"7"\r\n'
      const preview = parseRegisterCsv(text)
      expect(preview.problems).toEqual([])
      expect(preview.rows).toBe(3)
      expect(preview.households[0]!.members.map((m) => [m.name, m.age])).toEqual([
        ['Chan, Tai Man', 45],
        ['Tsang "Ah Mei"', null],
        ['陳小明', 7],
      ])
    })

    it('PAS-1: row numbers count blank lines, so they match the file', () => {
      const preview = parseRegisterCsv(
        '單元,姓名,性別,關係,年齡\r\n\r\n3-1502,陳大文,男,業主,\r\n\r\n3-1502,陳小明,男,子女,\r\n',
      )
      expect(codes(preview)).toEqual([[5, 'child-without-age']])
    })

    it('PAS-1: an uploaded .csv file in UTF-8 or Big5 is read', async () => {
      const utf8 = await parseRegisterFile({
        name: 'register.csv',
        mimetype: 'text/csv',
        data: Buffer.from(`\uFEFF${GOOD_ZH}`, 'utf8'),
      })
      expect(utf8.problems).toEqual([])
      expect(utf8.rows).toBe(4)

      // "單元,姓名,性別,關係\r\n3-1502,陳大文,男,業主" saved by Excel in Big5.
      const big5 = Buffer.from(
        'b3e6a4b82ca96da6572ca9caa74f2cc3f6ab590d0a332d313530322cb3afa46aa4e52ca86b2cb77ea544',
        'hex',
      )
      const preview = await parseRegisterFile({ name: 'REGISTER.CSV', data: big5 })
      expect(preview.problems).toEqual([])
      expect(preview.households).toEqual([
        {
          unit: '3-1502',
          members: [
            { unit: '3-1502', name: '陳大文', gender: 'male', relationship: 'owner', age: null },
          ],
        },
      ])
    })

    it('PAS-1: an unclosed quote makes the file unreadable instead of swallowing rows', () => {
      const preview = parseRegisterCsv(
        csv(
          'unit,name,gender,relationship',
          '3-1502,"Chan Tai Man,M,owner',
          '3-1502,Wong,F,spouse',
        ),
      )
      expect(codes(preview)).toEqual([[2, 'unreadable-file']])
      expect(preview.households).toEqual([])
    })
  })

  describe('files as sales offices send them (issue 8)', () => {
    // "单元,姓名,性别,关系,年龄 / 3-1502,陈大文,男,业主,45 / 3-1502,李美玲,女,配偶, /
    // 3-1502,陈小明,男,儿子,8岁" as Excel on mainland-Chinese Windows saves a CSV: GBK.
    const GBK = Buffer.from(
      'b5a5d4aa2cd0d5c3fb2cd0d4b1f02cb9d8cfb52cc4eac1e40d0a332d313530322cb3c2b4f3cec42cc4d02cd2b5d6f72c34350d0a332d313530322cc0eec3c0c1e12cc5ae2cc5e4c5bc2c0d0a332d313530322cb3c2d0a1c3f72cc4d02cb6f9d7d32c38cbea0d0a',
      'hex',
    )
    // "單元,姓名,性別,關係,年齡 / 3-1502,陳大文,男,業主,45 / 3-1502,張美玲,女,配偶," in Big5.
    const BIG5 = Buffer.from(
      'b3e6a4b82ca96da6572ca9caa74f2cc3f6ab592ca67ec4d60d0a332d313530322cb3afa46aa4e52ca86b2cb77ea5442c34350d0a332d313530322cb169acfcacc22ca46b2cb074b0b82c0d0a',
      'hex',
    )
    // "单元,姓名,性别,关系 / 1-0101,欧阳娜娜,女,业主 / 1-0101,曾昭琳,男,丈夫" in GB18030.
    const GB18030 = Buffer.from(
      'b5a5d4aa2cd0d5c3fb2cd0d4b1f02cb9d8cfb50d0a312d303130312cc5b7d1f4c4c8c4c82cc5ae2cd2b5d6f70d0a312d303130312cd4f8d5d1c1d52cc4d02cd5c9b7f20d0a',
      'hex',
    )

    it('PAS-1: a GBK CSV with Simplified headings and values is read, names stored as written', async () => {
      expect(decodeRegisterText(GBK)?.encoding).toBe('gb18030')
      const preview = await parseRegisterFile({
        name: '住户资料.csv',
        mimetype: 'text/csv',
        data: GBK,
      })
      expect(preview.problems).toEqual([])
      expect(preview.households).toEqual([
        {
          unit: '3-1502',
          members: [
            { unit: '3-1502', name: '陈大文', gender: 'male', relationship: 'owner', age: 45 },
            { unit: '3-1502', name: '李美玲', gender: 'female', relationship: 'spouse', age: null },
            { unit: '3-1502', name: '陈小明', gender: 'male', relationship: 'child', age: 8 },
          ],
        },
      ])
    })

    it('PAS-1: GB18030 with names that Big5 would also decode is read as GB18030', async () => {
      expect(decodeRegisterText(GB18030)?.encoding).toBe('gb18030')
      const preview = await parseRegisterFile({ name: 'register.csv', data: GB18030 })
      expect(preview.problems).toEqual([])
      expect(members(preview)).toEqual(['1-0101 欧阳娜娜', '1-0101 曾昭琳'])
    })

    it('PAS-1: a Big5 CSV (valid GB18030 bytes too) is still read as Big5', async () => {
      expect(new TextDecoder('gb18030', { fatal: true }).decode(BIG5)).not.toContain('陳大文')
      expect(decodeRegisterText(BIG5)?.encoding).toBe('big5')
      const preview = await parseRegisterFile({ name: 'register.csv', data: BIG5 })
      expect(preview.problems).toEqual([])
      expect(members(preview)).toEqual(['3-1502 陳大文', '3-1502 張美玲'])
    })

    it('PAS-1: UTF-8 with and without a BOM reads the same', async () => {
      const text = '单元,姓名,性别,关系,年龄\n3-1502,陈大文,男,业主,45\n'
      const withBom = await parseRegisterFile({
        name: 'a.csv',
        data: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]),
      })
      const without = await parseRegisterFile({ name: 'a.csv', data: Buffer.from(text, 'utf8') })
      expect(decodeRegisterText(Buffer.from(text, 'utf8'))?.encoding).toBe('utf-8')
      expect(withBom.problems).toEqual([])
      expect(withBom.households).toEqual(without.households)
      expect(members(withBom)).toEqual(['3-1502 陈大文'])
    })

    it('PAS-1: every Simplified relationship word maps like its Traditional one', () => {
      const preview = parseRegisterCsv(
        csv(
          '单元号,姓名,性别,与业主关系,年龄',
          '1-0101,甲,男,户主,',
          '1-0101,乙,女,女儿,3岁',
          '1-0101,丙,男,父亲,',
          '1-0101,丁,女,母亲,',
          '1-0101,戊,男,亲属,',
          '1-0101,己,男,亲戚,',
          '1-0101,庚,女,租户,',
          '1-0101,辛,女,家佣,',
          '1-0101,壬,女,佣人,',
        ),
      )
      expect(preview.problems).toEqual([])
      expect(preview.households[0]!.members.map((m) => m.relationship)).toEqual([
        'owner',
        'child',
        'parent',
        'parent',
        'relative',
        'relative',
        'tenant',
        'helper',
        'helper',
      ])
    })
  })

  describe('the preview shows every row (issue 8)', () => {
    it('PAS-1: bad rows stay in the lines, in file order, with the cells as written and no member', () => {
      const preview = parseRegisterCsv(
        csv(
          '單元,姓名,性別,關係,年齡',
          '3-1502,陳大文,男,業主,45',
          '３－１５０２,陳小明,男,子女,',
          '',
          '3-1502,李美玲,女,朋友,',
        ),
      )
      expect(codes(preview)).toEqual([
        [3, 'child-without-age'],
        [5, 'unknown-relationship'],
      ])
      expect(
        preview.lines.map((l) => [l.row, l.cells.unit, l.cells.name, Boolean(l.member)]),
      ).toEqual([
        [2, '3-1502', '陳大文', true],
        [3, '3-1502', '陳小明', false],
        [5, '3-1502', '李美玲', false],
      ])
      expect(preview.lines[2]!.cells.relationship).toBe('朋友')
      expect(members(preview)).toEqual(['3-1502 陳大文'])
    })
  })

  describe('the template (issue 8)', () => {
    it.each(['zh-TW', 'en'] as const)(
      'PAS-1: the %s template is a CSV with a BOM whose header row the import reads',
      async (lang) => {
        const template = registerTemplateCsv(lang)
        expect(template.startsWith('\uFEFF')).toBe(true)
        expect(template.slice(1).split('\r\n')[0]).toBe(
          REGISTER_FIELDS.map((f) => REGISTER_FIELD_LABELS[f][lang]).join(','),
        )
        const row = lang === 'en' ? '3-1502,Chan Tai Man,male,owner,45' : '3-1502,陳大文,男,業主,45'
        const preview = await parseRegisterFile({
          name: 'template.csv',
          data: Buffer.from(`${template}${row}\r\n`, 'utf8'),
        })
        expect(preview.problems).toEqual([])
        expect(preview.rows).toBe(1)
      },
    )
  })

  describe('XLSX', () => {
    it('PAS-1: an Excel workbook is read, numeric ages included', async () => {
      const sheet: SheetData = [
        ['單元', '姓名', '性別', '關係', '年齡'],
        ['3-1502', '陳大文', '男', '業主', 45],
        [null, null, null, null, null],
        ['3-1502', '陳小明', '男', '兒子', 8],
        ['3-1502', '陳小美', '女', '女兒', 7.5],
        ['3-1502', '陳細佬', '男', '子女', null],
        ['5-0801', 'Maria Santos', 'F', 'helper', { value: '38', type: String }],
      ]
      const data = await writeXlsxFile(sheet).toBuffer()
      const preview = await parseRegisterXlsx(data)
      expect(preview.rows).toBe(5)
      expect(codes(preview)).toEqual([
        [5, 'bad-age'],
        [6, 'child-without-age'],
      ])
      expect(preview.households).toEqual([
        {
          unit: '3-1502',
          members: [
            { unit: '3-1502', name: '陳大文', gender: 'male', relationship: 'owner', age: 45 },
            { unit: '3-1502', name: '陳小明', gender: 'male', relationship: 'child', age: 8 },
          ],
        },
        {
          unit: '5-0801',
          members: [
            {
              unit: '5-0801',
              name: 'Maria Santos',
              gender: 'female',
              relationship: 'helper',
              age: 38,
            },
          ],
        },
      ])

      // The same bytes as an ArrayBuffer.
      const arrayBuffer = data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength)
      expect(await parseRegisterXlsx(arrayBuffer as ArrayBuffer)).toEqual(preview)
    })

    it('PAS-1: an uploaded .xlsx file written to disk is read back from the first sheet', async () => {
      const dir = path.join(process.cwd(), 'tmp', `register-import-${process.pid}`)
      await mkdir(dir, { recursive: true })
      try {
        const file = path.join(dir, 'register.xlsx')
        await writeXlsxFile([
          {
            sheet: 'Register',
            data: [
              ['Unit', 'Name', 'Gender', 'Relationship', 'Age'],
              ['12-2301', 'Chan Tai Man', 'M', 'owner', 52],
              ['12-2301', 'Chan Siu Ming', 'M', 'child', 12],
            ],
          },
          { sheet: 'Notes', data: [['not', 'a', 'register']] },
        ]).toFile(file)
        const preview = await parseRegisterFile({
          name: 'register.xlsx',
          mimetype: XLSX_MIME,
          data: await readFile(file),
        })
        expect(preview.problems).toEqual([])
        expect(members(preview)).toEqual(['12-2301 Chan Tai Man', '12-2301 Chan Siu Ming'])
        expect(preview.households[0]!.members[1]!.age).toBe(12)
      } finally {
        await rm(dir, { recursive: true, force: true })
      }
    })

    it('PAS-1: a corrupt .xlsx becomes an unreadable-file problem, not an exception', async () => {
      const good = await writeXlsxFile([['unit', 'name', 'gender', 'relationship']]).toBuffer()
      for (const data of [
        Buffer.from('this is not a workbook'),
        good.subarray(0, 200),
        Buffer.alloc(0),
      ]) {
        const preview = await parseRegisterFile({ name: 'register.xlsx', data })
        expect(codes(preview)).toEqual([[1, 'unreadable-file']])
        expect(preview.households).toEqual([])
        expect(preview.problems[0]!.message.en).toContain('register.xlsx')
        expect(preview.problems[0]!.message['zh-TW']).toContain('register.xlsx')
        await expect(parseRegisterXlsx(data)).resolves.toMatchObject({
          problems: [{ code: 'unreadable-file' }],
        })
      }
    })
  })

  describe('problems', () => {
    it('PAS-1: an unknown relationship is named with the row and value in both languages', () => {
      const preview = parseRegisterCsv(
        csv(
          '單元,姓名,性別,關係,年齡',
          '3-1502,陳大文,男,業主,',
          '3-1502,陳太,女,配偶,',
          '3-1502,表哥,男,cousin,',
        ),
      )
      const problem = only(preview, 'unknown-relationship')
      expect(problem).toMatchObject({ row: 4, column: 'relationship' })
      expect(problem.message.en).toBe(
        'Row 4: relationship "cousin" is not one of owner, spouse, child, parent, relative, tenant, helper, other',
      )
      expect(problem.message['zh-TW']).toBe(
        '第 4 行：關係「cousin」不是可接受的值（業主、配偶、子女、父母、親屬、租客、家傭、其他）',
      )
      expect(members(preview)).toEqual(['3-1502 陳大文', '3-1502 陳太'])
    })

    it('PAS-1: a child without an age is a problem; an adult without one is not', () => {
      const preview = parseRegisterCsv(
        csv(
          'unit,name,gender,relationship,age',
          '3-1502,Chan Tai Man,M,owner,',
          '3-1502,Ming,M,child, ',
        ),
      )
      const problem = only(preview, 'child-without-age')
      expect(problem).toMatchObject({ row: 3, column: 'age' })
      expect(problem.message.en).toContain('Row 3')
      expect(problem.message.en).toContain('"Ming"')
      expect(problem.message['zh-TW']).toContain('第 3 行')
      expect(problem.message['zh-TW']).toContain('「Ming」')
      expect(members(preview)).toEqual(['3-1502 Chan Tai Man'])
    })

    it('PAS-1: without an age column every child is a problem', () => {
      const preview = parseRegisterCsv(
        csv('unit,name,gender,relationship', '3-1502,Chan Tai Man,M,owner', '3-1502,Ming,M,child'),
      )
      expect(codes(preview)).toEqual([[3, 'child-without-age']])
    })

    it('PAS-1: a duplicate member is flagged on the second occurrence, naming the first row', () => {
      const preview = parseRegisterCsv(
        csv(
          'unit,name,gender,relationship,age',
          '3-1502,Chan Tai Man,M,owner,',
          '3-1502,Wong Mei Ling,F,spouse,',
          '3-1503,Chan Tai Man,M,owner,',
          '３-1502,  chan tai man ,M,relative,',
        ),
      )
      const problem = only(preview, 'duplicate-member')
      expect(problem.row).toBe(5)
      expect(problem.message.en).toContain('Row 5')
      expect(problem.message.en).toContain('row 2')
      expect(problem.message.en).toContain('3-1502')
      expect(problem.message['zh-TW']).toContain('第 5 行')
      expect(problem.message['zh-TW']).toContain('第 2 行')
      expect(members(preview)).toEqual([
        '3-1502 Chan Tai Man',
        '3-1502 Wong Mei Ling',
        '3-1503 Chan Tai Man',
      ])
    })

    it('PAS-1: a missing or badly formed unit is named', () => {
      const preview = parseRegisterCsv(
        csv(
          '單元,姓名,性別,關係',
          '15/F Flat A,陳大文,男,業主',
          ',陳太,女,配偶',
          '31502,陳伯,男,父親',
          '3-1502,陳婆婆,女,母親',
        ),
      )
      expect(codes(preview)).toEqual([
        [2, 'bad-unit'],
        [3, 'missing-unit'],
        [4, 'bad-unit'],
      ])
      expect(preview.problems[0]!.message.en).toContain('Row 2: unit "15/F Flat A"')
      expect(preview.problems[0]!.message['zh-TW']).toContain('第 2 行：單元「15/F Flat A」')
      expect(preview.problems[2]!.message.en).toContain('"31502"')
      expect(members(preview)).toEqual(['3-1502 陳婆婆'])
    })

    it('PAS-1: an unknown or empty gender is named', () => {
      const preview = parseRegisterCsv(
        csv(
          'unit,name,gender,relationship',
          '3-1502,A,X,owner',
          '3-1502,B,,spouse',
          '3-1502,C,女,parent',
        ),
      )
      expect(codes(preview)).toEqual([
        [2, 'unknown-gender'],
        [3, 'unknown-gender'],
      ])
      expect(preview.problems[0]!.message.en).toContain('Row 2: gender "X"')
      expect(preview.problems[0]!.message['zh-TW']).toContain('第 2 行：性別「X」')
      expect(members(preview)).toEqual(['3-1502 C'])
    })

    it('PAS-1: an age that is not a whole number from 0 to 130 is named, for anyone', () => {
      const preview = parseRegisterCsv(
        csv(
          'unit,name,gender,relationship,age',
          '3-1502,A,M,child,abc',
          '3-1502,B,F,child,-1',
          '3-1502,C,F,child,131',
          '3-1502,D,M,owner,4.5',
          '3-1502,E,M,child,0',
          '3-1502,F,F,parent,130',
          '3-1502,G,F,child,９歲',
        ),
      )
      expect(codes(preview)).toEqual([
        [2, 'bad-age'],
        [3, 'bad-age'],
        [4, 'bad-age'],
        [5, 'bad-age'],
      ])
      expect(preview.problems[0]!.message.en).toContain('Row 2: age "abc"')
      expect(preview.problems[0]!.message['zh-TW']).toContain('第 2 行：年齡「abc」')
      expect(preview.households[0]!.members.map((m) => [m.name, m.age])).toEqual([
        ['E', 0],
        ['F', 130],
        ['G', 9],
      ])
    })

    it('PAS-1: a missing name and a name over 100 characters are named', () => {
      const long = 'A'.repeat(101)
      const preview = parseRegisterCsv(
        csv(
          'unit,name,gender,relationship',
          `3-1502,${long},M,owner`,
          '3-1502,,F,spouse',
          `3-1502,${'陳'.repeat(100)},F,parent`,
        ),
      )
      expect(codes(preview)).toEqual([
        [2, 'name-too-long'],
        [3, 'missing-name'],
      ])
      expect(preview.problems[0]!.message.en).toMatch(/^Row 2: name "A+…" has 101 characters/)
      expect(preview.problems[0]!.message['zh-TW']).toContain('第 2 行')
      expect(members(preview)).toHaveLength(1)
    })

    it('PAS-1: several problems on one row are all listed and the row is left out', () => {
      const preview = parseRegisterCsv(
        csv('unit,name,gender,relationship,age', 'x,,?,cousin,old', '3-1502,Chan,M,owner,'),
      )
      expect(codes(preview)).toEqual([
        [2, 'bad-unit'],
        [2, 'missing-name'],
        [2, 'unknown-gender'],
        [2, 'unknown-relationship'],
        [2, 'bad-age'],
      ])
      expect(members(preview)).toEqual(['3-1502 Chan'])
    })

    it('PAS-1: a missing required column is named and nothing is previewed', () => {
      const preview = parseRegisterCsv(csv('姓名,性別,年齡', '陳大文,男,45'))
      expect(preview.problems.map((p) => [p.row, p.code, p.column])).toEqual([
        [1, 'missing-column', 'unit'],
        [1, 'missing-column', 'relationship'],
      ])
      expect(preview.problems[1]!.message.en).toContain('"relationship"')
      expect(preview.problems[1]!.message['zh-TW']).toContain('「關係」')
      expect(preview.households).toEqual([])
      expect(preview.rows).toBe(1)
    })

    it('PAS-1: an empty file or a header with no rows is an empty-file problem', async () => {
      for (const text of [
        '',
        '\uFEFF',
        '\r\n\r\n',
        '單元,姓名,性別,關係,年齡\r\n',
        'unit,name,gender,relationship\n,,,\n',
      ]) {
        const preview = parseRegisterCsv(text)
        expect(codes(preview)).toEqual([[1, 'empty-file']])
        expect(preview.households).toEqual([])
        expect(preview.rows).toBe(0)
      }
      const xlsx = await writeXlsxFile([['單元', '姓名', '性別', '關係']]).toBuffer()
      expect(codes(await parseRegisterXlsx(xlsx))).toEqual([[1, 'empty-file']])
      expect(codes(validateRegisterTable([], []))).toEqual([[1, 'empty-file']])
    })

    it('PAS-1: more than 5,000 member rows is refused as a whole', () => {
      const header = ['unit', 'name', 'gender', 'relationship']
      const row = (i: number) => ['3-1502', `Member ${i}`, 'F', 'relative']
      const atLimit = validateRegisterTable(
        header,
        Array.from({ length: MAX_REGISTER_ROWS }, (_, i) => row(i)),
      )
      expect(atLimit.problems).toEqual([])
      expect(atLimit.rows).toBe(5000)

      const over = validateRegisterTable(
        header,
        Array.from({ length: MAX_REGISTER_ROWS + 1 }, (_, i) => row(i)),
      )
      expect(codes(over)).toEqual([[5002, 'too-many-rows']])
      expect(over.problems[0]!.message.en).toContain('5,001')
      expect(over.problems[0]!.message['zh-TW']).toContain('5000')
      expect(over.households).toEqual([])
    })

    it('PAS-1: a file that is neither CSV nor XLSX is refused, naming the accepted types', async () => {
      const cases = [
        { name: 'register.pdf', mimetype: 'application/pdf', data: Buffer.from('%PDF-1.7\n') },
        { name: 'register.txt', mimetype: 'text/plain', data: Buffer.from(GOOD_ZH) },
        { name: 'register.xls', mimetype: 'application/vnd.ms-excel', data: Buffer.from('x') },
      ]
      for (const file of cases) {
        const preview = await parseRegisterFile(file)
        expect(codes(preview)).toEqual([[1, 'unreadable-file']])
        expect(preview.households).toEqual([])
        const { en, 'zh-TW': zh } = preview.problems[0]!.message
        expect(en).toContain(file.name)
        expect(en).toContain('CSV')
        expect(en).toContain('.xlsx')
        expect(zh).toContain(`「${file.name}」`)
        expect(zh).toContain('CSV')
        expect(zh).toContain('.xlsx')
      }
    })

    it('PAS-1: without an extension the MIME type decides', async () => {
      const fromCsvMime = await parseRegisterFile({
        name: 'register',
        mimetype: 'text/csv; charset=utf-8',
        data: Buffer.from(GOOD_ZH),
      })
      expect(fromCsvMime.problems).toEqual([])
      expect(fromCsvMime.rows).toBe(4)

      const xlsx = await writeXlsxFile([
        ['unit', 'name', 'gender', 'relationship'],
        ['1-101', 'Ho', 'M', 'owner'],
      ]).toBuffer()
      const fromXlsxMime = await parseRegisterFile({
        name: 'blob',
        mimetype: XLSX_MIME,
        data: xlsx,
      })
      expect(members(fromXlsxMime)).toEqual(['1-101 Ho'])
    })

    it('PAS-1: a binary file named .csv is unreadable, not a page of nonsense rows', async () => {
      const xlsx = await writeXlsxFile([['unit', 'name', 'gender', 'relationship']]).toBuffer()
      const preview = await parseRegisterFile({ name: 'register.csv', data: xlsx })
      expect(codes(preview)).toEqual([[1, 'unreadable-file']])
      expect(preview.problems[0]!.message.en).toContain('register.csv')
    })
  })

  describe('spreadsheet formulas', () => {
    it('PAS-1 (issue 6 #15): a name that a spreadsheet would run as a formula is a row problem naming the row and the first character, and nothing of the row is imported', () => {
      const preview = parseRegisterCsv(
        csv(
          'unit,name,gender,relationship,age',
          '3-1502,"=HYPERLINK(""http://x.example"",""Go"")",M,owner,',
          "3-1502,+cmd|' /C calc'!A0,F,spouse,",
          "3-1502,@SUM(1+1)*cmd|' /C calc'!A0,F,parent,",
          '3-1502,-2+3,M,child,8',
          '3-1502,"\tTab Wong",F,relative,',
          '3-1502,"  =1+1",F,relative,',
          '3-1502,Chan Tai Man,M,owner,',
          '3-1502,Mary-Anne Lee,F,helper,',
        ),
      )
      expect(preview.problems.map((p) => [p.row, p.code, p.column])).toEqual([
        [2, 'formula-like-value', 'name'],
        [3, 'formula-like-value', 'name'],
        [4, 'formula-like-value', 'name'],
        [5, 'formula-like-value', 'name'],
        [6, 'formula-like-value', 'name'],
        [7, 'formula-like-value', 'name'],
      ])
      expect(preview.problems[0]!.message.en).toBe(
        'Row 2: name "=HYPERLINK("http://x.example","Go")" starts with "=", which a spreadsheet runs as a formula; remove that character',
      )
      expect(preview.problems[0]!.message['zh-TW']).toBe(
        '第 2 行：姓名「=HYPERLINK("http://x.example","Go")」以「=」開頭，試算表會把它當作公式執行，請刪除該字元',
      )
      expect(preview.problems[1]!.message.en).toContain('starts with "+"')
      expect(preview.problems[2]!.message.en).toContain('starts with "@"')
      expect(preview.problems[3]!.message.en).toContain('starts with "-"')
      expect(preview.problems[4]!.message.en).toContain('starts with a tab')
      expect(preview.problems[5]!.message.en).toContain('starts with "="')
      // A hyphen inside a name is fine; only the first character matters.
      expect(members(preview)).toEqual(['3-1502 Chan Tai Man', '3-1502 Mary-Anne Lee'])
    })

    it('PAS-1 (issue 6 #15): a formula-like unit, gender or relationship is refused the same way, once per cell', () => {
      const preview = parseRegisterCsv(
        csv(
          'unit,name,gender,relationship',
          '=1+1,Chan,M,owner',
          '3-1502,Chan,@M,owner',
          '3-1502,Wong,F,=owner',
          '3-1502,Lee,F,owner',
        ),
      )
      expect(preview.problems.map((p) => [p.row, p.code, p.column])).toEqual([
        [2, 'formula-like-value', 'unit'],
        [3, 'formula-like-value', 'gender'],
        [4, 'formula-like-value', 'relationship'],
      ])
      expect(preview.problems[2]!.message['zh-TW']).toContain('第 4 行：關係「=owner」以「=」開頭')
      expect(members(preview)).toEqual(['3-1502 Lee'])
    })

    it('PAS-1 (issue 6 #15): a formula behind a carriage return (as Excel escapes it) or a tab in a workbook is refused; a negative age stays an age problem', async () => {
      const preview = await parseRegisterXlsx(
        workbook({
          A1: 'unit',
          B1: 'name',
          C1: 'gender',
          D1: 'relationship',
          ...{ A2: '3-1502', B2: '_x000D_=1+1', C2: 'M', D2: 'owner' },
          ...{ A3: '3-1502', B3: '\t@SUM(A1)', C3: 'F', D3: 'spouse' },
          ...{ A4: '3-1502', B4: 'Lee', C4: 'F', D4: 'parent' },
        }),
      )
      expect(preview.problems.map((p) => [p.row, p.code, p.column])).toEqual([
        [2, 'formula-like-value', 'name'],
        [3, 'formula-like-value', 'name'],
      ])
      expect(members(preview)).toEqual(['3-1502 Lee'])

      const withAge = await writeXlsxFile([
        ['unit', 'name', 'gender', 'relationship', 'age'],
        ['3-1502', 'Wong', 'F', 'child', -2],
      ]).toBuffer()
      expect(codes(await parseRegisterXlsx(withAge))).toEqual([[2, 'bad-age']])
    })

    it('PAS-1 (issue 6 #15): a cell that starts with a tab or a carriage return is named as such', () => {
      const preview = validateRegisterTable(
        ['unit', 'name', 'gender', 'relationship'],
        [
          ['3-1502', '\tChan', 'M', 'owner'],
          ['3-1502', '\rWong', 'F', 'spouse'],
        ],
      )
      expect(preview.problems.map((p) => [p.row, p.code])).toEqual([
        [2, 'formula-like-value'],
        [3, 'formula-like-value'],
      ])
      expect(preview.problems[0]!.message.en).toContain('starts with a tab')
      expect(preview.problems[0]!.message['zh-TW']).toContain('以定位字元（Tab）開頭')
      expect(preview.problems[1]!.message.en).toContain('starts with a carriage return')
      expect(preview.households).toEqual([])
    })
  })
})
