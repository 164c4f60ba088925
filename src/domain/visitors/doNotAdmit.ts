/**
 * The do-not-admit list (beyond the procedure): an estate's office names people, organisations
 * or vehicles not to let in. A visitor request or pass that matches an entry carries a warning
 * the gate and CS see before anyone admits. Matching is pure and forgiving of how a guard types:
 * case, spaces, full-width and half-width forms (Ａ１２３ = A123), and a plate's punctuation
 * (粵B·12345 = 粵B 12345 = 粵b-12345) do not matter. Whole values are compared, not parts: an
 * entry for 陳大文 does not warn about every visitor surnamed 陳, and an entry with only a surname
 * matches a request for that surname.
 */

export type DoNotAdmitEntry = {
  id: string | number
  name?: string | null
  organisation?: string | null
  plate?: string | null
  reason?: string | null
}

export type Visitor = { name?: string | null; organisation?: string | null; plate?: string | null }

export const MATCH_FIELDS = ['name', 'organisation', 'plate'] as const
export type MatchField = (typeof MATCH_FIELDS)[number]

/** What a matched entry leaves on a request or pass: the entry, which fields matched and why. */
export type DoNotAdmitWarning = { entry: string | number; fields: MatchField[]; reason: string }

/** A name or an organisation as compared: full-width folded (NFKC), lower case, no spaces. */
export function normaliseForMatch(value: unknown): string {
  return typeof value === 'string'
    ? value
        .normalize('NFKC')
        .toLowerCase()
        .replace(/[\s\u3000]+/g, '')
    : ''
}

/** A plate as compared: full-width folded, upper case, letters and digits only (any script). */
export function normalisePlateForMatch(value: unknown): string {
  return typeof value === 'string'
    ? value
        .normalize('NFKC')
        .toUpperCase()
        .replace(/[^\p{L}\p{N}]+/gu, '')
    : ''
}

const normaliseField = (field: MatchField, value: unknown) =>
  field === 'plate' ? normalisePlateForMatch(value) : normaliseForMatch(value)

/** An entry names at least one of name, organisation and plate (after normalising). */
export const isUsableEntry = (entry: Omit<DoNotAdmitEntry, 'id'>) =>
  MATCH_FIELDS.some((field) => normaliseField(field, entry[field]) !== '')

/**
 * The entries a visitor matches: an entry matches when any field it names equals the visitor's
 * (each filled field is a reason to stop and look; the warning says which matched).
 */
export function matchDoNotAdmit(visitor: Visitor, entries: DoNotAdmitEntry[]): DoNotAdmitWarning[] {
  const warnings: DoNotAdmitWarning[] = []
  for (const entry of entries) {
    const fields = MATCH_FIELDS.filter((field) => {
      const listed = normaliseField(field, entry[field])
      return listed !== '' && listed === normaliseField(field, visitor[field])
    })
    if (fields.length > 0) warnings.push({ entry: entry.id, fields, reason: entry.reason ?? '' })
  }
  return warnings
}
