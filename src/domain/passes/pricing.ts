/** PAS-2 / PAS-3: what a member's passes cost. Amount and currency are settings. */
export type PassSettings = {
  freePassesPerMember: number
  extraPassFee: number
  currency: string
  /** How many extra passes one member may hold unpaid at once (issue 6 #13). */
  maxUnpaidExtraPasses: number
}

export const DEFAULT_PASS_SETTINGS: PassSettings = {
  freePassesPerMember: 3,
  extraPassFee: 50,
  currency: 'CNY',
  maxUnpaidExtraPasses: 2,
}

/**
 * The fee of a member's n-th pass (1-based). Every pass ever issued to the member counts,
 * lost and voided ones included, so n only grows.
 */
export function priceNthPass(n: number, settings: PassSettings): number {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`pass ordinal must be 1 or more; got ${n}`)
  return n <= settings.freePassesPerMember ? 0 : settings.extraPassFee
}

/**
 * The unique slot a member's n-th pass occupies. A unique index on it means two requests racing
 * for the same ordinal cannot both be stored: at most `freePassesPerMember` passes are ever free.
 */
export const passSlot = (memberId: string | number, n: number) => `${String(memberId)}#${n}`

/** Printed pass number: unit, the member's place in the household, the member's n-th pass. */
export function passNumber(unit: string, memberOrdinal: number, n: number): string {
  return `${unit}-${String(memberOrdinal).padStart(2, '0')}-${n}`
}

/** The next ordinal after the highest one a member already has. */
export const nextPassOrdinal = (highest: number | null | undefined) => (highest ?? 0) + 1

/** The fee still owed across passes: fees not yet marked paid. */
export function feeOwed(passes: { fee?: number | null; feePaidAt?: string | null }[]): number {
  return passes.reduce((sum, p) => sum + (p.feePaidAt ? 0 : (p.fee ?? 0)), 0)
}

/**
 * The unique place an unpaid extra pass holds among the member's `limit` places: with every place
 * taken no further unpaid pass can be stored, even by simultaneous requests. Paying (or voiding)
 * frees the place. Returns null when all are taken.
 */
export function freeUnpaidSlot(memberId: string | number, taken: readonly (string | null | undefined)[], limit: number): string | null {
  for (let k = 1; k <= limit; k++) {
    const slot = `${String(memberId)}#unpaid#${k}`
    if (!taken.includes(slot)) return slot
  }
  return null
}
