import type { MailItem } from '@payload-types'
import type { PayloadRequest } from 'payload'
import { commitTransaction, Forbidden, initTransaction, killTransaction } from 'payload'

import { type Actor, actorHasRole, actorOf, type RecordId } from '@/access/actor'
import { OFFICE_ROLES } from '@/access/residents'
import { chargeMissesOnly } from '@/auth/attemptLimits'
import { readEstate, readRecentEstate } from '@/domain/estates/readEstate'
import { noteRecord } from '@/domain/knownRecords'
import { normalisePickupCode, type MailLookupReply, type MailPickupReply } from '@/domain/kiosk/api'
import { idOf } from '@/domain/relations'
import { checkSignature, storeSignature } from '@/domain/signatures/signature'
import { asOperation } from '@/domain/workflow/defineWorkflow'
import { refuse } from '@/errors/refuse'
import { failpoint } from '@/server/failpoint'
import { isUniqueConflict } from '@/errors/uniqueConflict'
import { MAIL_ITEM_CLAIMS } from '../../../collections/MailItemClaims'
import { dayIn } from '@/domain/dates/dateTimeFormat'
import { authorisationValid, sameName } from './rules'

/** A claim older than this whose item is still waiting was left by a crash: it may be taken over. */
const STALE_CLAIM_MS = 2 * 60 * 1000
const MAX_ITEMS = 100

type Desk = {
  actor: Extract<Actor, { kind: 'kiosk' } | { kind: 'staff' }>
  place: 'kiosk' | 'desk'
}

/** Only a lobby kiosk, or office staff at the desk, hands mail over (GEN-5). */
function deskOf(req: PayloadRequest): Desk {
  const actor = actorOf(req)
  if (actor.kind === 'kiosk' && actor.estate !== null) return { actor, place: 'kiosk' }
  if (actor.kind === 'staff' && actor.estate !== null && actorHasRole(actor, ...OFFICE_ROLES)) {
    return { actor, place: 'desk' }
  }
  throw new Forbidden(req.t)
}

/**
 * The code's waiting items in the desk's estate. A code that finds nothing costs one of the
 * device's attempts; a right code costs none. Once the attempts are spent the device is refused
 * every code, right or wrong, for a while: trying codes at random gets nowhere (MAIL-4).
 */
async function itemsOfCode(req: PayloadRequest, desk: Desk, raw: unknown, ids?: RecordId[]) {
  const code = normalisePickupCode(raw)
  if (!code) refuse(req, 'mail.code-malformed', 400)
  const device = `${desk.place}:${String(desk.actor.id)}`
  const tried = await chargeMissesOnly(req, 'pickupCodesByDevice', device, async () => {
    // The adapter's read, not the find operation: a server read of plain columns (no access, no
    // field hooks to run), on the kiosk's every code and pickup.
    const { docs } = await req.payload.db.find<Found>({
      collection: 'mail-items',
      where: {
        estate: { equals: desk.actor.estate },
        pickupCode: { equals: code },
        // With ids (a pickup), also the items it names that were picked up since (a retry).
        ...(ids
          ? { or: [{ status: { equals: 'waiting' } }, { id: { in: ids } }] }
          : { status: { equals: 'waiting' } }),
      },
      limit: MAX_ITEMS,
      // No total wanted: without this Payload counts the rows in a second query (every find here).
      pagination: false,
      sort: 'createdAt',
      select: {
        kind: true,
        status: true,
        addressee: true,
        household: true,
        member: true,
        estate: true,
        pickupKey: true,
        pickedUpAt: true,
      },
      req,
    })
    return docs.length ? docs : null
  })
  if (tried.found) return { code, items: tried.found }
  if (tried.waitMinutes) refuse(req, 'mail.too-many-codes', 429, { minutes: tried.waitMinutes })
  refuse(req, 'mail.code-unknown', 404)
}

/**
 * `POST /api/mail-items/lookup`: what a pickup code shows a kiosk — the addressee's name and the
 * kinds of their waiting items, nothing else of the household.
 */
export async function lookUpMail(req: PayloadRequest, rawCode: unknown): Promise<MailLookupReply> {
  const desk = deskOf(req)
  const { items } = await itemsOfCode(req, desk, rawCode)
  return {
    addressee: items[0]!.addressee ?? '',
    items: items.map((i) => ({ id: i.id, kind: i.kind })),
    count: items.length,
  }
}

export type PickupInput = {
  code: unknown
  items: unknown
  signature: Buffer
  /** At the kiosk: a delegate types their own name. */
  delegateName?: unknown
  /** At the desk: the name of the person signing on the office's screen. */
  signerName?: unknown
  idempotencyKey?: string | null
}

type Found = Pick<
  MailItem,
  | 'id'
  | 'kind'
  | 'status'
  | 'addressee'
  | 'household'
  | 'member'
  | 'estate'
  | 'pickupKey'
  | 'pickedUpAt'
>

/**
 * MAIL-4, MAIL-5: the addressee (or their authorised delegate) signs and the chosen items are
 * picked up, each exactly once. Guards first (who, code, items, signature, signer, authorisation);
 * then a unique claim per item (`mail-item-claims`) so that of two kiosks confirming the same item
 * at once exactly one succeeds; then the signature and the items' move, in one transaction where
 * the database has them. A retry with the same Idempotency-Key gets the first answer; a crash
 * after claiming is finished by that retry, or released to others after two minutes.
 */
export async function pickUpMail(
  req: PayloadRequest,
  input: PickupInput,
): Promise<MailPickupReply> {
  const desk = deskOf(req)
  const ids = Array.isArray(input.items)
    ? input.items.filter((id): id is RecordId => typeof id === 'string' || typeof id === 'number')
    : []
  if (!ids.length || ids.length !== (input.items as unknown[]).length) {
    refuse(req, 'mail.items-required', 400)
  }
  if (ids.length > MAX_ITEMS) refuse(req, 'mail.items-required', 400)
  const key = pickupKeyOf(input.idempotencyKey)
  const wanted = new Set(ids.map(String))
  const ofCode = await itemsOfCode(req, desk, input.code, [...wanted])
  const items = ofCode.items.filter((i) => wanted.has(String(i.id)))
  if (items.length !== wanted.size) refuse(req, 'mail.item-not-for-code', 400)

  if (items.every((i) => i.status === 'picked-up' && i.pickupKey === key)) {
    return replay(items)
  }
  // Items this same pickup took before a crash are its own; any other taken item is a refusal.
  const ours = (i: Found) => i.status === 'picked-up' && i.pickupKey === key
  const gone = items.filter((i) => i.status !== 'waiting' && !ours(i))
  if (gone.length) refuse(req, 'mail.already-picked-up', 409, { count: gone.length })
  const left = items.filter((i) => i.status === 'waiting')

  const signatureProblem = checkSignature(input.signature)
  if (signatureProblem) refuse(req, signatureProblem, 400)
  const signer = await signerOf(req, desk, items, input)
  const household = idOf(items[0]!.household)!
  const estate = idOf(items[0]!.estate)!
  // What the writes' hooks would read again: the estate's time zone (the stamps of the pickup's
  // date and of the record of moves) and the household's estate (the signature's).
  await readRecentEstate(req, estate)
  noteRecord(req, 'households', household, { estate })

  const ownTransaction = await initTransaction(req)
  const claimed: string[] = []
  try {
    for (const item of [...left].sort((a, b) => String(a.id).localeCompare(String(b.id)))) {
      await claimItem(req, item, key, ownTransaction)
      claimed.push(String(item.id))
    }
    failpoint('mail-pickup:claimed')
    const signature = await storeSignature(req, {
      household,
      png: input.signature,
      name: `mail-${String(household)}`,
    })
    const pickedUpAt = new Date().toISOString()
    for (const item of left) {
      await req.payload.update({
        collection: 'mail-items',
        id: item.id,
        data: {
          status: 'picked-up',
          pickedUpAt,
          pickedUpBy: signer.name,
          delegate: signer.authorisation ?? null,
          pickupSignature: signature.id,
          pickupPlace: desk.place,
          pickupKiosk: desk.place === 'kiosk' ? (desk.actor.id as number) : null,
          pickupWitness: desk.place === 'desk' ? (desk.actor.id as number) : null,
          pickupKey: key,
        },
        depth: 0,
        req,
        overrideAccess: true,
        context: asOperation('pickup'),
      })
      failpoint('mail-pickup:first-item')
    }
    if (ownTransaction) await commitTransaction(req)
    return {
      pickedUp: items.map((i) => ({ id: i.id, kind: i.kind })),
      count: items.length,
      pickedUpAt,
      replayed: false,
    }
  } catch (error) {
    if (ownTransaction) await killTransaction(req)
    else await releaseClaims(req, claimed, key)
    throw error
  }
}

function pickupKeyOf(raw: string | null | undefined) {
  const key = typeof raw === 'string' ? raw.trim() : ''
  if (key && key.length <= 100) return key
  return `server:${crypto.randomUUID()}`
}

function replay(items: Found[]): MailPickupReply {
  return {
    pickedUp: items.map((i) => ({ id: i.id, kind: i.kind })),
    count: items.length,
    pickedUpAt: items[0]!.pickedUpAt ?? '',
    replayed: true,
  }
}

/**
 * Who signs. At the kiosk the addressee, or a delegate who types their own name. At the desk CS
 * writes the signer's name: the addressee, or a delegate; never the staff member themselves
 * (staff never sign for a resident). A delegate needs a valid authorisation for the addressee.
 */
async function signerOf(req: PayloadRequest, desk: Desk, items: Found[], input: PickupInput) {
  const addressee = items[0]!.addressee ?? ''
  const typed = (value: unknown) => (typeof value === 'string' ? value.trim().slice(0, 100) : '')
  let delegateName = typed(input.delegateName)
  if (desk.place === 'desk') {
    const signerName = typed(input.signerName) || delegateName
    if (!signerName) refuse(req, 'mail.signer-required', 400)
    // The staff member's own name and address are on the request's user already.
    const staff = req.user as { name?: string | null; email?: string | null }
    if (sameName(signerName, staff.name) || sameName(signerName, staff.email)) {
      refuse(req, 'mail.staff-cannot-sign', 403)
    }
    if (sameName(signerName, addressee)) return { name: addressee, authorisation: null }
    delegateName = signerName
  }
  if (!delegateName) return { name: addressee, authorisation: null }

  const members = [...new Set(items.map((i) => idOf(i.member)).filter((m) => m != null))]
  const households = new Set(items.map((i) => String(idOf(i.household))))
  if (members.length !== 1 || households.size !== 1 || items.some((i) => idOf(i.member) == null)) {
    refuse(req, 'mail.delegate-not-authorised', 403, { name: delegateName })
  }
  const { timeZone } = await readEstate(req, idOf(items[0]!.estate)!)
  const today = dayIn(timeZone, new Date())
  const { docs } = await req.payload.find({
    collection: 'mail-authorisations',
    where: {
      household: { equals: idOf(items[0]!.household) },
      member: { equals: members[0] },
      revoked: { not_equals: true },
    },
    limit: 50,
    pagination: false,
    depth: 0,
    req,
    overrideAccess: true,
  })
  const valid = docs.find(
    (a) => sameName(a.delegateName, delegateName) && authorisationValid(a, today),
  )
  if (!valid) refuse(req, 'mail.delegate-not-authorised', 403, { name: delegateName })
  return { name: valid.delegateName, authorisation: valid.id }
}

/**
 * Takes the item's unique claim. A claim this pickup already holds (a retry after a crash) is
 * kept; a stale one left by a crash is taken over; any other means someone else got there first.
 */
async function claimItem(req: PayloadRequest, item: Found, key: string, inTransaction: boolean) {
  const data = { item: String(item.id), pickup: key, claimedAt: new Date().toISOString() }
  // A claim is a bare server-only row (no hooks, no access, nothing to validate) that nobody reads
  // back: the adapter's insert alone, without the read of the new row a Local API create makes.
  const insertClaim = () =>
    req.payload.db.create({ collection: MAIL_ITEM_CLAIMS, data, req, returning: false })
  try {
    await insertClaim()
    return
  } catch (error) {
    if (!isUniqueConflict(error, 'item')) throw error
    // PostgreSQL aborts a transaction at a failed insert: nothing more can be read in it.
    if (inTransaction) refuse(req, 'mail.already-picked-up', 409, { count: 1 })
  }
  const { docs } = await req.payload.find({
    collection: MAIL_ITEM_CLAIMS,
    where: { item: { equals: String(item.id) } },
    limit: 1,
    pagination: false,
    depth: 0,
    req,
    overrideAccess: true,
  })
  const held = docs[0]
  if (held?.pickup === key) return
  const stale = held && Date.now() - new Date(held.claimedAt).getTime() > STALE_CLAIM_MS
  if (!stale) refuse(req, 'mail.already-picked-up', 409, { count: 1 })
  await req.payload.delete({
    collection: MAIL_ITEM_CLAIMS,
    where: { item: { equals: String(item.id) }, pickup: { equals: held.pickup } },
    req,
    overrideAccess: true,
  })
  await insertClaim()
}

/** Without a transaction, a refused pickup gives back the claims it took. */
async function releaseClaims(req: PayloadRequest, items: string[], key: string) {
  if (!items.length) return
  await req.payload
    .delete({
      collection: MAIL_ITEM_CLAIMS,
      where: { item: { in: items }, pickup: { equals: key } },
      req,
      overrideAccess: true,
    })
    .catch((error: unknown) =>
      req.payload.logger.warn({ err: error }, 'releasing mail claims failed'),
    )
}
