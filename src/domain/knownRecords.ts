import type { PayloadRequest } from 'payload'

type Fields = Record<string, unknown>

const keyOf = (collection: string, id: string | number) => `${collection}:${String(id)}`

const knownOf = (req: Pick<PayloadRequest, 'context'>) =>
  (req.context.knownRecords ??= {}) as Record<string, Fields>

/**
 * What this request has already read of a record (a household's estate and unit), so that the
 * hooks of the writes that follow in the same request do not read it again. Kept in
 * `req.context`, which lives for one request and which no client can write: only server code that
 * read the values from the database notes them (`noteRecord`).
 */
export function knownRecord(
  req: Pick<PayloadRequest, 'context'>,
  collection: string,
  id: string | number,
): Fields | undefined {
  return knownOf(req)[keyOf(collection, id)]
}

/** Notes fields of a record as read from the database in this request. */
export function noteRecord(
  req: Pick<PayloadRequest, 'context'>,
  collection: string,
  id: string | number,
  fields: Fields,
) {
  const known = knownOf(req)
  known[keyOf(collection, id)] = { ...known[keyOf(collection, id)], ...fields }
}
