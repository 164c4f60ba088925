import { randomInt } from 'node:crypto'
import type { PayloadRequest } from 'payload'

import type { RecordId } from '@/access/actor'
import { idOf } from '@/domain/relations'

/**
 * A new pickup code: 10 random digits (10^10 possibilities), easy to type on a keypad and to
 * read from a QR code. Codes are also rate-limited per kiosk, so trying codes gets nowhere.
 */
export function newPickupCode(): string {
  let code = ''
  for (let i = 0; i < 10; i++) code += String(randomInt(10))
  return code
}

/** Shown to people in groups: 123 456 7890. */
export function formatPickupCode(code: string): string {
  return `${code.slice(0, 3)} ${code.slice(3, 6)} ${code.slice(6)}`
}

type Context = Pick<PayloadRequest, 'context'>

/**
 * MAIL-3: the addressee's notice of this code and batch is still to be queued by this request:
 * the code is new, or no waiting item of the same batch was found holding it (whose recording
 * queued the notice already). The notice job stores it once per batch and code in any case.
 */
export function noteNoticeDue(req: Context, code: string) {
  ;((req.context.mailNoticesDue ??= []) as string[]).push(code)
}

export const isNoticeDue = (req: Context, code: string | null | undefined) =>
  Boolean(code) && ((req.context.mailNoticesDue ?? []) as string[]).includes(code!)

/** Whose mail an item is: a member of a unit, or a name on the envelope in that unit. */
export type Addressee = { household: RecordId; member: RecordId | null; addressee: string }

type Related = RecordId | { id: RecordId } | null | undefined
export type CodeHolder = {
  household: Related
  member?: Related
  addressee?: string | null
  pickupCode?: string | null
}

const same = (a: Related, b: RecordId | null) =>
  idOf(a) !== undefined && b !== null && String(idOf(a)) === String(b)

/**
 * MAIL-3: which code a new item gets, from the waiting items found holding the addressee's mail
 * or the `candidate` code: the addressee's own code while they have mail waiting (one QR code
 * collects all of it), else the candidate when no waiting item holds it; `null` when only another
 * addressee's waiting items hold the candidate (draw another).
 */
export function choosePickupCode(
  found: CodeHolder[],
  who: Addressee,
  candidate: string,
): { code: string; isNew: boolean } | null {
  const theirs = found.find(
    (item) =>
      item.pickupCode &&
      same(item.household, who.household) &&
      (who.member !== null
        ? same(item.member, who.member)
        : idOf(item.member) === undefined && item.addressee === who.addressee),
  )
  if (theirs) return { code: theirs.pickupCode!, isNew: false }
  return found.length === 0 ? { code: candidate, isNew: true } : null
}
