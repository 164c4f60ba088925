import type { ErrorCode } from '@/errors/catalogue'

/**
 * The rules of one handover (PAS-3, PAS-5), without a database: which passes may be handed over
 * now, who may sign for them, and what the household owes. The handover operation and the pages
 * both ask these; the operation decides.
 */

/** From this age a member may sign for the household's passes. */
export const ADULT_AGE = 18

type Id = string | number
type Related = Id | { id: Id } | null | undefined

const idText = (value: Related) =>
  value && typeof value === 'object' ? String(value.id) : value == null ? '' : String(value)

export type Refusal = { code: ErrorCode; status: number; params?: Record<string, string | number> }

/** A pass as these rules need it. */
export type PassFacts = {
  id: Id
  number?: string | null
  household?: Related
  member?: Related
  status?: string | null
  fee?: number | null
  currency?: string | null
  feePaidAt?: string | null
}

/** PAS-3: an extra pass whose fee has not been paid yet (a voided one is owed no more). */
export const feeOwed = (pass: Pick<PassFacts, 'fee' | 'feePaidAt' | 'status'>) =>
  (pass.fee ?? 0) > 0 && !pass.feePaidAt && pass.status !== 'void'

/** A member as a signer: an adult by age, or (age not recorded) anyone but a child. */
export type SignerFacts = {
  id: Id
  household?: Related
  relationship?: string | null
  age?: number | null
}

export function isAdult(member: Pick<SignerFacts, 'relationship' | 'age'>) {
  if (typeof member.age === 'number') return member.age >= ADULT_AGE
  return member.relationship !== 'child'
}

/**
 * Who signs: a member of the household who is an adult, or (no member chosen) a typed name, for a
 * helper or a relative not on the register, with a note saying who they are.
 */
export type SignerChoice =
  { member: SignerFacts | null; memberId: Id } | { name: string; note: string }

export function signerRefusal(household: Id, signer: SignerChoice): Refusal | null {
  if ('memberId' in signer) {
    const member = signer.member
    if (!member || idText(member.household) !== String(household)) {
      return { code: 'handover.signer-not-of-household', status: 400 }
    }
    if (!isAdult(member))
      return { code: 'handover.signer-child', status: 400, params: { age: ADULT_AGE } }
    return null
  }
  const name = signer.name.trim()
  if (!name || name.length > 100) return { code: 'handover.signer-name', status: 400 }
  const note = signer.note.trim()
  if (!note || note.length > 300) return { code: 'handover.signer-note-required', status: 400 }
  return null
}

/**
 * PAS-5 with PAS-3: the passes asked for (their ids, in `selected`) as found in the database
 * (`found`): each must be one of this household's passes waiting to be handed over, and paid if
 * it has a fee. `selected` null means every prepared pass of the household (`found`).
 */
export function selectionRefusal(
  household: Id,
  selected: readonly Id[] | null,
  found: readonly PassFacts[],
  money: (amount: number, currency: string | null | undefined) => string,
): Refusal | null {
  if (selected !== null && selected.length === 0) {
    return { code: 'handover.nothing-selected', status: 400 }
  }
  if (selected === null && found.length === 0) {
    return { code: 'handover.nothing-prepared', status: 409 }
  }
  const byId = new Map(found.map((p) => [String(p.id), p]))
  for (const id of selected ?? found.map((p) => p.id)) {
    const pass = byId.get(String(id))
    if (!pass || idText(pass.household) !== String(household)) {
      return { code: 'handover.pass-not-of-household', status: 400, params: { id: String(id) } }
    }
    if (pass.status !== 'prepared') {
      return {
        code: 'handover.pass-not-prepared',
        status: 409,
        params: { number: pass.number ?? '' },
      }
    }
    if (feeOwed(pass)) {
      return {
        code: 'pass.fee-unpaid',
        status: 409,
        params: { number: pass.number ?? '', amount: money(pass.fee ?? 0, pass.currency) },
      }
    }
  }
  return null
}

/** What a household's passes cost beyond the free ones: owed (not yet paid) and paid, per currency. */
export type FeeTotals = {
  currency: string
  owed: number
  paid: number
  owedCount: number
  paidCount: number
}

export function feeTotals(passes: readonly PassFacts[], currency: string): FeeTotals {
  const totals: FeeTotals = { currency, owed: 0, paid: 0, owedCount: 0, paidCount: 0 }
  for (const pass of passes) {
    const fee = pass.fee ?? 0
    if (fee <= 0) continue
    if (pass.feePaidAt) {
      totals.paid += fee
      totals.paidCount++
    } else if (feeOwed(pass)) {
      totals.owed += fee
      totals.owedCount++
    }
  }
  return totals
}

/** Prepared passes grouped by member, in the order given: what still waits for a handover. */
export function waitingByMember<P extends PassFacts & { memberName?: string | null }>(
  passes: readonly P[],
) {
  const groups = new Map<string, { member: string; name: string; passes: P[] }>()
  for (const pass of passes) {
    if (pass.status !== 'prepared') continue
    const key = idText(pass.member)
    const group = groups.get(key) ?? { member: key, name: pass.memberName ?? '', passes: [] }
    group.passes.push(pass)
    groups.set(key, group)
  }
  return [...groups.values()]
}
