/**
 * The pass fields the resident portal shows: it asks for these only (Local API `select` or REST
 * `select[field]=true`), which keeps its pass list close to a plain collection read.
 */
export const PORTAL_PASS_FIELDS = {
  number: true,
  status: true,
  fee: true,
  currency: true,
  feePaidAt: true,
  qrToken: true,
  member: true,
  ordinal: true,
  // What the resident may do with a pass (report it lost) the portal asks the pass workflow on
  // the server (movesFor), not the list: a computed field on each of a household's passes would
  // make the portal's most frequent read a third slower (bench).
  household: true,
} as const

export const portalPassSelectQuery = () =>
  Object.keys(PORTAL_PASS_FIELDS)
    .map((field) => `select[${field}]=true`)
    .join('&')
