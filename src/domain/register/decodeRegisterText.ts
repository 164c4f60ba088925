/**
 * Decodes a register file's bytes as sales offices save them (PAS-1): UTF-8 with or without a BOM,
 * UTF-16 with a BOM, GBK/GB18030 (Excel on mainland-Chinese Windows, "CSV" there) and Big5 (Excel
 * on Taiwanese or Hong Kong Windows). Pure: Node's TextDecoder (full ICU) does the decoding.
 *
 * Nearly every Big5 file is also valid GB18030 (and many GBK files valid Big5), so when both
 * decode, the reading in which the file makes sense wins: the register's own headings found in
 * the first line, then the characters common in the register's words and people's names.
 */
import {
  REGISTER_FIELD_LABELS,
  REGISTER_FIELDS,
  REGISTER_HEADING_VARIANTS,
} from '@/domain/register/vocabulary'

export type RegisterTextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030' | 'big5'

/** Characters frequent in a register, Traditional and Simplified: its words, surnames, names. */
const COMMON_CHARACTERS = new Set(
  [
    '單元号號房姓名性別别關关係系年齡龄業业主戶户配偶妻丈夫太先生子女兒儿孩童父母親亲屬属戚租客',
    '保姆傭佣人其他男岁歲與与',
    '王李張张劉刘陳陈楊杨黃黄趙赵吳吴周徐孫孙馬马朱胡郭何高林羅罗鄭郑梁謝谢宋唐許许韓韩馮冯',
    '鄧邓曹彭曾蕭萧田董袁潘于蔣蒋蔡余杜葉叶程蘇苏魏呂吕丁任沈姚盧卢姜崔鍾钟譚谭陸陆汪范金石',
    '廖賈贾夏韋韦方白鄒邹孟熊秦邱江尹薛閻闫段雷侯龍龙史陶黎賀贺顧顾毛郝龔龚邵萬万錢钱嚴严覃',
    '武戴莫孔向湯汤歐欧陽阳區区麥麦',
    '明華华偉伟芳娜秀英敏靜静麗丽強强磊軍军洋勇艷艳傑杰娟濤涛超霞平剛刚桂玲文美小大國国建志',
    '中德輝辉成春海峰一欣怡婷雪梅蘭兰紅红玉珍鳳凤佳俊浩宇軒轩嘉豪晨天思雨琳詩诗慧家',
  ].join(''),
)

function decodeStrictly(encoding: string, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes)
  } catch {
    return null
  }
}

/** How much sense a decoded register makes: headings found weigh most, then common characters. */
function sense(text: string): number {
  const firstLine =
    text
      .replace(/^\uFEFF/, '')
      .split(/\r\n?|\n/)
      .find((line) => line.trim() !== '') ?? ''
  const heading = firstLine.normalize('NFKC').replace(/\s+/g, '')
  let score = 0
  for (const field of REGISTER_FIELDS) {
    const headings = [REGISTER_FIELD_LABELS[field]['zh-TW'], ...REGISTER_HEADING_VARIANTS[field]]
    if (headings.some((h) => heading.includes(h))) score += 1000
  }
  for (const char of text) if (COMMON_CHARACTERS.has(char)) score++
  return score
}

/** The file's text and the encoding it was read in, or null when it is no text this reads. */
export function decodeRegisterText(
  data: Uint8Array,
): { text: string; encoding: RegisterTextEncoding } | null {
  const found = (text: string | null, encoding: RegisterTextEncoding) =>
    // A binary file (a workbook or a PDF renamed to .csv) is not a CSV.
    text === null || text.includes('\u0000') ? null : { text, encoding }

  if (data[0] === 0xff && data[1] === 0xfe) {
    return found(decodeStrictly('utf-16le', data), 'utf-16le')
  }
  if (data[0] === 0xfe && data[1] === 0xff) {
    return found(decodeStrictly('utf-16be', data), 'utf-16be')
  }
  const utf8 = decodeStrictly('utf-8', data)
  if (utf8 !== null) return found(utf8, 'utf-8')

  const readings = (['gb18030', 'big5'] as const)
    .map((encoding) => found(decodeStrictly(encoding, data), encoding))
    .filter((reading) => reading !== null)
  if (readings.length === 0) return null
  // On a tie GB18030 wins: it is what a mainland sales office's Excel writes.
  return readings.reduce((best, next) => (sense(next.text) > sense(best.text) ? next : best))
}
