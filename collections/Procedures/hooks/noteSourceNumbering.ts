import type { FieldHook, PayloadRequest } from 'payload'

import { numberingNotes } from '@/domain/procedures/numbering'

type Notes = ReturnType<typeof numberingNotes>

/** One reading of an estate's section numbers per request, however many sections are read. */
function notesOfEstate(req: PayloadRequest, estate: number | string): Promise<Notes> {
  const cache = (req.context.procedureNumbering ??= new Map()) as Map<string, Promise<Notes>>
  const key = String(estate)
  let notes = cache.get(key)
  if (!notes) {
    // The adapter's own read: no hooks (this one would run again for every section), and the
    // reader has just been allowed this estate's section, whose numbers are all it reads.
    notes = req.payload.db
      .find({
        collection: 'procedures',
        where: { estate: { equals: estate } },
        limit: 0,
        pagination: false,
        req,
      })
      .then(({ docs }) =>
        numberingNotes(
          (docs as { numeral?: unknown; order?: unknown }[]).map((d) => ({
            numeral: String(d.numeral ?? ''),
            order: Number(d.order),
          })),
        ),
      )
    cache.set(key, notes)
  }
  return notes
}

/**
 * GEN-6: the virtual `numberingNote` says where the source repeats (五), skips (七) or puts a
 * section out of order, in the reader's language; empty for a regular section.
 */
export const noteSourceNumbering: FieldHook = async ({ siblingData, req }) => {
  const estate = siblingData?.estate
  const order = siblingData?.order
  if (estate === undefined || estate === null || typeof order !== 'number') return undefined
  const estateId = typeof estate === 'object' ? (estate as { id: number | string }).id : estate
  const notes = (await notesOfEstate(req, estateId as number | string)).get(order)
  if (!notes?.length) return undefined
  const lang = req.i18n?.language === 'en' ? 'en' : 'zh-TW'
  return notes.map((note) => note[lang]).join('\n')
}
