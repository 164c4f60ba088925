/**
 * GEN-6: seeds the `procedures` collection from the committed sources next to this module: the
 * Chinese original (source.zh-TW.txt) and its English reading (source.en.md).
 */
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import type { Payload, PayloadRequest } from 'payload'

import { buildProcedureSections, paragraphsToLexical } from '@/domain/procedures/sections'

const SOURCE_FILES = { zh: 'source.zh-TW.txt', en: 'source.en.md' } as const

/**
 * Reads a source file relative to this module. When a bundler has rewritten `import.meta.url`
 * (so the module URL is no longer a file URL next to the sources), falls back to the path under
 * the project root.
 */
async function readSource(name: string): Promise<string> {
  const candidates: string[] = []
  try {
    candidates.push(fileURLToPath(new URL(`./${name}`, import.meta.url)))
  } catch {
    // import.meta.url is not a file: URL here (bundled); use the fallback below.
  }
  candidates.push(path.resolve(process.cwd(), 'src/seed/procedures', name))
  let lastError: unknown
  for (const file of candidates) {
    try {
      return await readFile(file, 'utf8')
    } catch (error) {
      lastError = error
    }
  }
  throw new Error(`Procedures seed: cannot read ${name} (tried ${candidates.join(', ')})`, {
    cause: lastError,
  })
}

/**
 * Creates one `procedures` document per section of the source, in Chinese (zh-TW) and English,
 * unless the estate already has them. Returns how many were created.
 */
export async function seedProcedures(
  payload: Payload,
  estate: number | string,
  req?: PayloadRequest,
): Promise<number> {
  const { totalDocs } = await payload.count({
    collection: 'procedures',
    where: { estate: { equals: estate } },
    req,
  })
  if (totalDocs > 0) return 0

  const [zh, en] = await Promise.all([readSource(SOURCE_FILES.zh), readSource(SOURCE_FILES.en)])
  const sections = buildProcedureSections(zh, en)

  for (const section of sections) {
    const created = await payload.create({
      collection: 'procedures',
      locale: 'zh-TW',
      data: {
        key: section.key,
        estate: estate as number,
        numeral: section.numeral,
        order: section.order,
        title: section.title['zh-TW'],
        body: paragraphsToLexical(section.paragraphs['zh-TW']),
      },
      req,
    })
    await payload.update({
      collection: 'procedures',
      id: created.id,
      locale: 'en',
      data: {
        title: section.title.en,
        body: paragraphsToLexical(section.paragraphs.en),
      },
      req,
    })
  }
  return sections.length
}
