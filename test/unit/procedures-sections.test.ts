import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

import { describe, expect, it } from 'vitest'

import {
  buildProcedureSections,
  cleanSourceText,
  MOJIBAKE_REPAIRS,
  paragraphsToLexical,
  parseChineseSections,
  parseEnglishSections,
  PROCEDURE_SECTION_KEYS,
  TEXT_FORMAT_ITALIC,
} from '../../src/domain/procedures/sections.js'

const readSource = (name: string) =>
  readFileSync(fileURLToPath(new URL(`../../src/seed/procedures/${name}`, import.meta.url)), 'utf8')

const rawZh = readSource('source.zh-TW.txt')
const en = readSource('source.en.md')
const cleanZh = cleanSourceText(rawZh)

const NUMERALS = ['(一)', '(二)', '(三)', '(五)', '(四)', '(六)', '(五)', '(八)']

type Node = { type: string; [key: string]: unknown }
const childrenOf = (node: unknown): Node[] => (node as { children?: Node[] }).children ?? []
const textOf = (node: unknown): string =>
  childrenOf(node)
    .map((child) => (child.type === 'text' ? String(child.text) : textOf(child)))
    .join('')

describe('procedures: cleaning the Chinese source', () => {
  it('GEN-6: the committed source still has the defects that cleaning repairs', () => {
    expect(rawZh).toContain('轉(zhuǎn)')
    for (const { garbled } of MOJIBAKE_REPAIRS) expect(rawZh).toContain(garbled)
  })

  it('GEN-6: the Chinese source is cleaned of stray pinyin', () => {
    expect(cleanZh).toContain('接聽、轉接電話')
    expect(cleanZh).toContain('客服部人員應立刻詢問有關部門(財務部、行政部等)')
    expect(cleanZh).not.toMatch(/\([a-zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜ]+\)/u)
    expect(cleanZh).not.toMatch(/[a-zA-Z]/)
    expect(cleanSourceText('轉(zhuǎn)接、業(yè)戶、區(qū)內(nèi)')).toBe('轉接、業戶、區內……\n')
  })

  it('GEN-6: parentheses that are not pinyin are kept', () => {
    expect(cleanZh).toContain('(若有孩童,則包括孩童之年齡)')
    expect(cleanZh).toContain('(加證50元/張)')
    expect(cleanSourceText('單位(ID)。')).toBe('單位(ID)。\n')
  })

  it('GEN-6: the garbled run in (二) 1 reads 進入區內', () => {
    expect(cleanZh).toContain('要求進入區內時')
    expect(cleanZh).not.toContain('?yún')
  })

  it('GEN-6: the garbled run in (二) 1 reads 向寫字樓匯報', () => {
    expect(cleanZh).toContain('清楚地向寫字樓匯報。')
    expect(cleanZh).not.toContain('懽謽菂')
  })

  it('GEN-6: the garbled run in (五) 7 reads 客服部接獲', () => {
    expect(cleanZh).toContain('客服部接獲業戶退訂通知后')
    expect(cleanZh).not.toContain('头拷荧')
  })

  it('GEN-6: no garbling marks are left in the cleaned source', () => {
    expect(cleanZh).not.toMatch(/[?^@\uFFFD]/u)
  })

  it('GEN-6: no stray none is left, and the text still ends mid-sentence', () => {
    expect(cleanZh).not.toContain('none')
    expect(cleanZh.trimEnd().endsWith('造成不必要的……')).toBe(true)
    const withArtefacts = `${rawZh.trimEnd()}none\nnone\n  none  \n\n`
    const cleaned = cleanSourceText(withArtefacts)
    expect(cleaned).not.toContain('none')
    expect(cleaned).toBe(cleanZh)
  })

  it('GEN-6: cleaning is idempotent', () => {
    expect(cleanSourceText(cleanZh)).toBe(cleanZh)
  })
})

describe('procedures: sections', () => {
  const zhSections = parseChineseSections(cleanZh)
  const enSections = parseEnglishSections(en)

  it('GEN-6: both languages have the 8 sections, numerals as written in the source', () => {
    expect(zhSections.map((section) => section.numeral)).toEqual(NUMERALS)
    expect(enSections.map((section) => section.numeral)).toEqual(NUMERALS)
  })

  it('GEN-6: the document titles are not a section and headings lose their colon', () => {
    expect(zhSections[0].title).toBe('客服部員工當值基本要求')
    expect(zhSections[3].title).toBe('到業戶家中跟進室內工作程序')
    expect(zhSections[6].title).toBe('報刊訂閱程序')
    expect(zhSections.flatMap((section) => section.paragraphs).join('')).not.toContain(
      '日常工作程序',
    )
  })

  it('GEN-6: English titles are the bold headers without numeral or final period', () => {
    expect(enSections.map((section) => section.title)).toEqual([
      'Customer-service staff on duty',
      'Receiving visitors',
      "Handling residents' complaints",
      "Follow-up work inside a resident's home",
      "Residents' access passes (業戶出入證)",
      'Work permits for outside contractors',
      'Newspaper and magazine subscriptions',
      'Receiving and sending mail',
    ])
  })

  it('GEN-6: numbered items are separate paragraphs that keep their number', () => {
    const counts = [2, 3, 6, 9, 5, 6, 8, 3]
    expect(zhSections.map((section) => section.paragraphs.length)).toEqual(counts)
    expect(enSections.map((section) => section.paragraphs.length)).toEqual(counts)
    expect(zhSections[4].paragraphs[1]).toBe('2、每位家庭成員免費制作三張業戶證。')
    expect(enSections[4].paragraphs[1]).toBe('2. Each family member gets three passes free.')
    // a number inside the text ('after 3 minutes') does not start an item
    expect(enSections[3].paragraphs[4]).toMatch(/^5\. Ring the doorbell; .*after 3 minutes/)
    // the subscriptions section opens with an unnumbered paragraph
    expect(zhSections[6].paragraphs[0]).toMatch(/^接到業戶預定報紙/)
    expect(enSections[6].paragraphs[0]).toBe('A resident phones or comes to CS to order:')
  })

  it('GEN-6: the whole PROCEDURES.md layout parses the same as Part 1 alone', () => {
    const wrapped = `# Title\n\nIntro **not** a section.\n\n## Part 1\n\n${en}\n## Part 2 — Rules\n\n- VIS-1 1. x\n`
    expect(parseEnglishSections(wrapped)).toEqual(enSections)
  })

  it('GEN-6: sections pair by position with unique stable keys', () => {
    const sections = buildProcedureSections(rawZh, en)
    expect(sections).toHaveLength(8)
    expect(sections.map((section) => section.key)).toEqual([...PROCEDURE_SECTION_KEYS])
    expect(new Set(sections.map((section) => section.key)).size).toBe(8)
    expect(sections.map((section) => section.order)).toEqual([1, 2, 3, 4, 5, 6, 7, 8])
    expect(sections.map((section) => section.numeral)).toEqual(NUMERALS)
    expect(sections[7].title).toEqual({ 'zh-TW': '郵件收發程序', en: 'Receiving and sending mail' })
    for (const section of sections) {
      expect(section.paragraphs['zh-TW']).toHaveLength(section.paragraphs.en.length)
    }
  })

  it('GEN-6: mismatched section counts throw a clear error', () => {
    const oneSectionLess = en.slice(0, en.indexOf('**(八)'))
    expect(() => buildProcedureSections(rawZh, oneSectionLess)).toThrow(
      /Chinese source has 8 sections but the English has 7/,
    )
    expect(() => buildProcedureSections('(一)甲:\n1、乙。', '')).toThrow(/has 1 sections/)
    expect(() => buildProcedureSections('', en)).toThrow(/no sections/)
  })

  it('GEN-6: mismatched numerals throw a clear error', () => {
    expect(() => buildProcedureSections('(一)甲:\n1、乙。', '**(二) B.** 1. b.')).toThrow(
      /section 1 is \(一\) in Chinese but \(二\) in English/,
    )
  })
})

describe('procedures: Lexical rich text', () => {
  const sections = buildProcedureSections(rawZh, en)

  it('GEN-6: the editor state has a Lexical root', () => {
    const state = paragraphsToLexical(sections[0].paragraphs['zh-TW'])
    expect(state.root).toMatchObject({
      type: 'root',
      version: 1,
      direction: 'ltr',
      format: '',
      indent: 0,
    })
    expect(JSON.parse(JSON.stringify(state))).toEqual(JSON.parse(JSON.stringify(state)))
  })

  it('GEN-6: numbered items become one ordered list, numbers moved to the item values', () => {
    const state = paragraphsToLexical(sections[1].paragraphs['zh-TW'])
    expect(state.root.children).toHaveLength(1)
    const list = state.root.children[0] as Node
    expect(list).toMatchObject({ type: 'list', listType: 'number', tag: 'ol', start: 1 })
    const items = childrenOf(list)
    expect(items.map((item) => item.type)).toEqual(['listitem', 'listitem', 'listitem'])
    expect(items.map((item) => item.value)).toEqual([1, 2, 3])
    expect(textOf(items[0])).toMatch(/^當有其他公司/)
    expect(childrenOf(items[0])[0]).toEqual({
      type: 'text',
      text: textOf(items[0]),
      format: 0,
      detail: 0,
      mode: 'normal',
      style: '',
      version: 1,
    })
  })

  it('GEN-6: unnumbered text becomes a paragraph before the list', () => {
    const state = paragraphsToLexical(sections[6].paragraphs.en)
    const [intro, list] = state.root.children as Node[]
    expect(intro).toMatchObject({
      type: 'paragraph',
      direction: 'ltr',
      format: '',
      indent: 0,
      textFormat: 0,
      textStyle: '',
      version: 1,
    })
    expect(textOf(intro)).toBe('A resident phones or comes to CS to order:')
    expect(list).toMatchObject({ type: 'list', start: 1 })
    expect(childrenOf(list)).toHaveLength(7)
  })

  it('GEN-6: a list restarted after a paragraph keeps its start number', () => {
    const state = paragraphsToLexical(['1、甲', '2、乙', '說明', '3. c', '4. d'])
    const nodes = state.root.children as Node[]
    expect(nodes.map((node) => node.type)).toEqual(['list', 'paragraph', 'list'])
    expect(nodes[2]).toMatchObject({ start: 3 })
    expect(childrenOf(nodes[2]).map((item) => item.value)).toEqual([3, 4])
    expect(textOf(nodes[2])).toBe('cd')
  })

  it('GEN-6: *italic* markdown in the English becomes italic text', () => {
    const state = paragraphsToLexical(sections[0].paragraphs.en)
    const firstItem = childrenOf(state.root.children[0])[0]
    expect(childrenOf(firstItem).map((node) => [node.text, node.format])).toEqual([
      ['Staff go on duty only when dressed and groomed per the ', 0],
      ['Uniform and Grooming Requirements', TEXT_FORMAT_ITALIC],
      ['.', 0],
    ])
    expect(JSON.stringify(paragraphsToLexical(sections[7].paragraphs.en))).not.toContain('*')
  })
})
