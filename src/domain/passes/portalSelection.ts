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
  // What the server lets the resident do with the pass (e.g. report it lost): never decided here.
  // The moves of a resident depend on the pass being their household's, so household goes too.
  moves: true,
  household: true,
} as const

export const portalPassSelectQuery = () =>
  Object.keys(PORTAL_PASS_FIELDS)
    .map((field) => `select[${field}]=true`)
    .join('&')
