/**
 * GEN-6: the estate office's procedures (the Chinese source and its English reading) as ordered,
 * bilingual sections, and their conversion to Lexical rich text for the `procedures` collection.
 *
 * Pure functions only: no Payload runtime imports, no I/O.
 */
import type {
  DefaultTypedEditorState,
  SerializedListItemNode,
  SerializedListNode,
  SerializedParagraphNode,
  SerializedTextNode,
} from '@payloadcms/richtext-lexical'

export type ParsedSection = {
  /** As written in the source, e.g. '(四)'. Numerals are out of order and (五) occurs twice. */
  numeral: string
  title: string
  paragraphs: string[]
}

export type ProcedureLocale = 'zh-TW' | 'en'

export type ProcedureSection = {
  key: string
  order: number
  numeral: string
  title: Record<ProcedureLocale, string>
  paragraphs: Record<ProcedureLocale, string[]>
}

/** Stable slugs for the eight sections of the source, in source order. */
export const PROCEDURE_SECTION_KEYS = [
  'staff-on-duty',
  'receiving-visitors',
  'resident-complaints',
  'home-visits',
  'access-passes',
  'contractor-permits',
  'subscriptions',
  'mail',
] as const

/**
 * Runs of characters garbled in the source (UTF-8 read as GBK and back), with their reading.
 * Applied to the raw text, before the pinyin is removed, because the garbled runs contain
 * pinyin-like fragments of their own.
 */
export const MOJIBAKE_REPAIRS: ReadonlyArray<{ garbled: string; repaired: string }> = [
  { garbled: '進入?yún)^(qū)內(nèi)', repaired: '進入區內' },
  { garbled: '向?qū)懽謽菂R報', repaired: '向寫字樓匯報' },
  { garbled: '??头拷荧@', repaired: '。客服部接獲' },
]

/** Marks the place where the source breaks off mid-sentence. */
export const TRUNCATION_MARK = '……'

const CJK = '\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff'
const PINYIN_LETTERS = 'a-zāáǎàēéěèêīíǐìōóǒòūúǔùüǖǘǚǜńňǹḿ'
/**
 * A parenthesised run of (lower-case) Latin letters, tone-marked vowels included, directly after
 * a CJK character: `轉(zhuǎn)` → `轉`. Upper-case runs such as `(ID)` are left alone on purpose.
 */
const STRAY_PINYIN = new RegExp(`([${CJK}])\\([${PINYIN_LETTERS}]+\\)`, 'gu')
/** A `none` artefact glued to the end of a line of non-ASCII text. */
const NONE_SUFFIX = /(?<=[^\x00-\x7f])\s*(?:none)+$/u
/** Punctuation after which the text is not considered cut off. */
const TERMINAL = /[。!?!?…」』)).;;::]$/u

/**
 * Repairs the known defects of the Chinese source: stray pinyin, the garbled runs listed in
 * MOJIBAKE_REPAIRS and the trailing `none` artefacts. The source breaks off mid-sentence; that is
 * kept and marked with TRUNCATION_MARK. Idempotent.
 */
export function cleanSourceText(raw: string): string {
  let text = raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n')
  for (const { garbled, repaired } of MOJIBAKE_REPAIRS) text = text.split(garbled).join(repaired)
  text = text.replace(STRAY_PINYIN, '$1')
  const lines = text
    .split('\n')
    .map((line) => line.trimEnd().replace(NONE_SUFFIX, '').trimEnd())
    .filter((line) => line.trim() !== 'none')
  while (lines.length > 0 && lines[lines.length - 1].trim() === '') lines.pop()
  if (lines.length === 0) return ''
  const last = lines.length - 1
  if (!TERMINAL.test(lines[last])) lines[last] += TRUNCATION_MARK
  return `${lines.join('\n')}\n`
}

const ZH_HEADING = /^\(([一二三四五六七八九十]+)\)\s*(.*?)\s*[::]?\s*$/u
const EN_HEADING = /^\*\*\(([^)\s]+)\)\s+(.+?)\*\*\s*([\s\S]*)$/u

/**
 * Parses the (cleaned) Chinese source. Lines before the first `(一)`-style heading are document
 * titles and are skipped; every other non-empty line is one paragraph (numbered items `1、…`
 * keep their number).
 */
export function parseChineseSections(text: string): ParsedSection[] {
  const sections: ParsedSection[] = []
  let current: ParsedSection | undefined
  for (const rawLine of text.replace(/\r\n?/g, '\n').split('\n')) {
    const line = rawLine.trim()
    if (line === '') continue
    const heading = ZH_HEADING.exec(line)
    if (heading) {
      current = { numeral: `(${heading[1]})`, title: heading[2], paragraphs: [] }
      sections.push(current)
    } else if (current) {
      current.paragraphs.push(line)
    }
  }
  return sections
}

/**
 * Parses the English reading: each section is a markdown paragraph starting with a bold header
 * `**(一) Title.**`; inline numbered items `1. …` become separate paragraphs keeping their number.
 * Text before the first header is skipped, and a markdown heading (`## …`) ends the sections, so
 * the whole of PROCEDURES.md may be passed as well as Part 1 alone. Inline markdown (`*italic*`)
 * is kept in the paragraphs.
 */
export function parseEnglishSections(markdown: string): ParsedSection[] {
  const sections: ParsedSection[] = []
  let current: { section: ParsedSection; nextItem: number } | undefined
  const blocks = markdown
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((block) => block.replace(/\s+/g, ' ').trim())
    .filter((block) => block !== '')
  for (const block of blocks) {
    if (block.startsWith('#')) {
      current = undefined
      continue
    }
    const heading = EN_HEADING.exec(block)
    let body = block
    if (heading) {
      const title = heading[2].trim().replace(/\.$/, '').trim()
      current = { section: { numeral: `(${heading[1]})`, title, paragraphs: [] }, nextItem: 1 }
      sections.push(current.section)
      body = heading[3]
    }
    if (!current) continue
    const split = splitNumberedItems(body, current.nextItem)
    current.section.paragraphs.push(...split.paragraphs)
    current.nextItem = split.nextItem
  }
  return sections
}

/** Position of item `n` (`n. ` at the start or after whitespace) in text, from index `from`. */
function findItem(text: string, n: number, from: number): number {
  const re = new RegExp(`(^|\\s)${n}\\.\\s`, 'g')
  re.lastIndex = from
  const match = re.exec(text)
  return match ? match.index + match[1].length : -1
}

/**
 * Splits running text at its numbered items. Only the next expected number counts as an item,
 * so numbers inside the text ('after 3 minutes') never split it.
 */
function splitNumberedItems(
  text: string,
  firstItem: number,
): { paragraphs: string[]; nextItem: number } {
  const paragraphs: string[] = []
  let n = firstItem
  let at = findItem(text, n, 0)
  const intro = (at === -1 ? text : text.slice(0, at)).trim()
  if (intro !== '') paragraphs.push(intro)
  while (at !== -1) {
    const next = findItem(text, n + 1, at + 1)
    paragraphs.push(text.slice(at, next === -1 ? undefined : next).trim())
    at = next
    n += 1
  }
  return { paragraphs, nextItem: n }
}

function slugify(title: string): string {
  return title
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
}

/**
 * Pairs the Chinese source and its English reading section by section, by position. `zh` may be
 * the raw source: it is cleaned first (cleaning is idempotent). Throws when the two do not have
 * the same sections.
 */
export function buildProcedureSections(zh: string, en: string): ProcedureSection[] {
  const zhSections = parseChineseSections(cleanSourceText(zh))
  const enSections = parseEnglishSections(en)
  if (zhSections.length === 0) {
    throw new Error('Procedures: no sections found in the Chinese source')
  }
  if (zhSections.length !== enSections.length) {
    throw new Error(
      `Procedures: the Chinese source has ${zhSections.length} sections but the English has ${enSections.length}`,
    )
  }
  const knownKeys = zhSections.length === PROCEDURE_SECTION_KEYS.length
  const seen = new Set<string>()
  return zhSections.map((zhSection, index) => {
    const enSection = enSections[index]
    if (zhSection.numeral !== enSection.numeral) {
      throw new Error(
        `Procedures: section ${index + 1} is ${zhSection.numeral} in Chinese but ${enSection.numeral} in English`,
      )
    }
    const base = knownKeys ? PROCEDURE_SECTION_KEYS[index] : slugify(enSection.title) || 'section'
    let key = base
    for (let i = 2; seen.has(key); i += 1) key = `${base}-${i}`
    seen.add(key)
    return {
      key,
      order: index + 1,
      numeral: zhSection.numeral,
      title: { 'zh-TW': zhSection.title, en: enSection.title },
      paragraphs: { 'zh-TW': zhSection.paragraphs, en: enSection.paragraphs },
    }
  })
}

/** Lexical text format bit for italic (IS_ITALIC in lexical). */
export const TEXT_FORMAT_ITALIC = 2

const NUMBERED_ITEM = /^(\d+)(?:、|\.\s+)([\s\S]*)$/u
const ITALIC = /(?<!\*)\*(?![\s*])([^*]+?)(?<!\s)\*(?!\*)/gu

function textNode(text: string, format = 0): SerializedTextNode {
  return { type: 'text', text, format, detail: 0, mode: 'normal', style: '', version: 1 }
}

/** Text nodes for one paragraph; `*italic*` markdown becomes an italic text node. */
function inlineNodes(text: string): SerializedTextNode[] {
  const nodes: SerializedTextNode[] = []
  let last = 0
  for (const match of text.matchAll(ITALIC)) {
    const index = match.index ?? 0
    if (index > last) nodes.push(textNode(text.slice(last, index)))
    nodes.push(textNode(match[1], TEXT_FORMAT_ITALIC))
    last = index + match[0].length
  }
  if (last < text.length || nodes.length === 0) nodes.push(textNode(text.slice(last)))
  return nodes
}

function paragraphNode(text: string): SerializedParagraphNode<SerializedTextNode> {
  const children = inlineNodes(text)
  return {
    type: 'paragraph',
    children,
    direction: 'ltr',
    format: '',
    indent: 0,
    textFormat: children[0]?.format ?? 0,
    textStyle: '',
    version: 1,
  }
}

function listNode(
  items: Array<{ value: number; text: string }>,
): SerializedListNode<SerializedListItemNode<SerializedTextNode>> {
  return {
    type: 'list',
    listType: 'number',
    tag: 'ol',
    start: items[0].value,
    children: items.map(({ value, text }) => ({
      type: 'listitem',
      value,
      checked: undefined,
      children: inlineNodes(text),
      direction: 'ltr',
      format: '',
      indent: 0,
      version: 1,
    })),
    direction: 'ltr',
    format: '',
    indent: 0,
    version: 1,
  }
}

/**
 * Lexical editor state (as @payloadcms/richtext-lexical stores it) for a list of paragraphs.
 * Consecutive numbered items (`1、…`, `1. …`) become one ordered list, with the number moved from
 * the text to the list item's value; other text becomes paragraphs.
 */
export function paragraphsToLexical(paragraphs: string[]): DefaultTypedEditorState {
  const children: DefaultTypedEditorState['root']['children'] = []
  let items: Array<{ value: number; text: string }> = []
  const flush = () => {
    if (items.length > 0) children.push(listNode(items))
    items = []
  }
  for (const paragraph of paragraphs) {
    const text = paragraph.trim()
    const item = NUMBERED_ITEM.exec(text)
    if (item) {
      items.push({ value: Number(item[1]), text: item[2].trim() })
    } else {
      flush()
      children.push(paragraphNode(text))
    }
  }
  flush()
  return {
    root: { type: 'root', children, direction: 'ltr', format: '', indent: 0, version: 1 },
  }
}
