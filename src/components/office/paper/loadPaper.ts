import { notFound } from 'next/navigation'
import type { CollectionSlug, Payload, TypedUser } from 'payload'
import QRCode from 'qrcode'

import { idOf } from '@/domain/relations'
import { isRecordId } from '@/server/ids'
import type { Estate, Household, Pass, PassReceipt } from '@payload-types'

/** A record read as the staff member, or null (malformed, unknown or not theirs to read). */
export async function readAsStaff<S extends CollectionSlug>(
  payload: Payload,
  user: TypedUser,
  collection: S,
  id: string | number,
  depth = 0,
) {
  if (!isRecordId(id, payload.db.defaultIDType)) return null
  return payload
    .findByID({ collection, id, depth, user, overrideAccess: false, disableErrors: true })
    .catch(() => null)
}

/** The same for a page: anything but a readable record is the 404 page. */
export async function readAsStaffOr404<S extends CollectionSlug>(
  payload: Payload,
  user: TypedUser,
  collection: S,
  id: string,
  depth = 0,
) {
  const doc = await readAsStaff(payload, user, collection, id, depth)
  if (!doc) notFound()
  return doc
}

/** The estate heading a household's paper (name, address, logo, time zone), read as the staff member. */
export async function readEstateOf(payload: Payload, user: TypedUser, household: Household) {
  const estate = await readAsStaff(payload, user, 'estates', idOf(household.estate)!, 1)
  if (!estate) notFound()
  return estate as Estate
}

export type ReceiptData = {
  household: Household
  estate: Estate
  passes: Pass[]
  signed: PassReceipt | null
  /** The handover number: the signed receipt's, or the one the next handover will take. */
  sequence: number
  /** Earlier signed receipts of the household, newest first (for the screen only). */
  receipts: PassReceipt[]
}

/**
 * What a sign-for receipt shows (PAS-4/PAS-5): the prepared passes waiting for handover, or with a
 * receipt id the passes of that signed receipt. Everything read as the staff member.
 */
export async function loadReceipt(
  payload: Payload,
  user: TypedUser,
  household: Household,
  receiptId?: string,
): Promise<ReceiptData> {
  const estate = await readEstateOf(payload, user, household)
  const receipts = await payload.find({
    collection: 'pass-receipts',
    where: { household: { equals: household.id } },
    sort: '-signedAt',
    depth: 0,
    limit: 50,
    user,
    overrideAccess: false,
  })
  if (receiptId) {
    const signed = await readAsStaffOr404(payload, user, 'pass-receipts', receiptId, 2)
    if (String(idOf(signed.household)) !== String(household.id)) notFound()
    const passes = (signed.passes ?? [])
      .filter((p): p is Pass => typeof p === 'object')
      .sort((a, b) => (a.number ?? '').localeCompare(b.number ?? '', 'en', { numeric: true }))
    const sequence = signed.sequence ?? receipts.docs.length
    return { household, estate, passes, signed, sequence, receipts: receipts.docs }
  }
  const prepared = await payload.find({
    collection: 'passes',
    where: { household: { equals: household.id }, status: { equals: 'prepared' } },
    sort: 'number',
    depth: 1,
    limit: 500,
    user,
    overrideAccess: false,
  })
  return {
    household,
    estate,
    passes: prepared.docs,
    signed: null,
    sequence: receipts.totalDocs + 1,
    receipts: receipts.docs,
  }
}

/** The passes a card is printed for: prepared (about to be handed over) or active. */
export const CARD_STATUSES = ['prepared', 'active'] as const

export type CardData = { household: Household; estate: Estate; passes: Pass[]; qr: string[] }

/** A household's pass cards: its prepared and active passes, their members (with photos) and QR codes. */
export async function loadCards(
  payload: Payload,
  user: TypedUser,
  household: Household,
): Promise<CardData> {
  const estate = await readEstateOf(payload, user, household)
  const passes = await payload.find({
    collection: 'passes',
    where: { household: { equals: household.id }, status: { in: [...CARD_STATUSES] } },
    sort: 'number',
    depth: 2,
    limit: 500,
    user,
    overrideAccess: false,
  })
  const qr = await Promise.all(
    passes.docs.map((p) =>
      // The token is a credential: the office reads it (need to know); others get no card.
      p.qrToken
        ? QRCode.toString(p.qrToken, { type: 'svg', margin: 2, errorCorrectionLevel: 'M' })
        : '',
    ),
  )
  return { household, estate, passes: passes.docs, qr }
}
