import type { PayloadRequest } from 'payload'
import { APIError, commitTransaction, Forbidden, initTransaction, killTransaction } from 'payload'

import { OFFICE_ROLES } from '@/access/residents'
import { hasRole } from '@/access/roles'
import { queueNotification } from '@/domain/notifications/queueNotification'
import { receiptEmail } from './receiptEmail'

const PNG_MAGIC = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
export const MAX_SIGNATURE_BYTES = 512 * 1024

export type HandOverInput = {
  household: string | number
  signature: Buffer
  signedByName: string
  copyTo?: string | null
}

/** A drawn signature must be a PNG image of sensible size; anything else is refused with a reason. */
export function checkSignature(signature: Buffer | undefined): string | null {
  if (!signature || signature.length === 0) return 'The resident’s signature is missing · 欠缺業戶簽名'
  if (signature.length > MAX_SIGNATURE_BYTES) return 'The signature image is too large · 簽名圖檔過大'
  if (!signature.subarray(0, 8).equals(PNG_MAGIC)) return 'The signature must be a PNG image · 簽名須為 PNG 圖檔'
  return null
}

/**
 * PAS-5: at move-in the prepared passes are handed over and the resident signs the receipt.
 * One transaction (where the database has them): the signature, the receipt, every pass made
 * active, the household moved in, and an e-mail copy queued.
 */
export async function handOverPasses(req: PayloadRequest, input: HandOverInput) {
  if (!hasRole(req.user, ...OFFICE_ROLES)) throw new Forbidden(req.t)
  const problem = checkSignature(input.signature)
  if (problem) throw new APIError(problem, 400, null, true)
  const signedByName = input.signedByName?.trim()
  if (!signedByName || signedByName.length > 100) {
    throw new APIError('Enter the name of the person signing (up to 100 characters) · 請填寫簽收人姓名（100 字以內）', 400, null, true)
  }
  if (input.copyTo && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(input.copyTo)) {
    throw new APIError('The e-mail address for the copy is not valid · 副本電郵地址無效', 400, null, true)
  }

  const household = await req.payload.findByID({
    collection: 'households',
    id: input.household,
    depth: 0,
    req,
    user: req.user,
    overrideAccess: false,
  })
  const prepared = await req.payload.find({
    collection: 'passes',
    where: { household: { equals: household.id }, status: { equals: 'prepared' } },
    sort: 'number',
    limit: 500,
    depth: 1,
    req,
    overrideAccess: true,
  })
  if (prepared.totalDocs === 0) {
    throw new APIError('This household has no prepared passes to hand over · 此住戶沒有待移交的出入證', 400, null, true)
  }

  const ownTransaction = await initTransaction(req)
  try {
    const now = new Date().toISOString()
    const signature = await req.payload.create({
      collection: 'signatures',
      data: { household: household.id },
      file: {
        data: input.signature,
        mimetype: 'image/png',
        name: `signature-${household.unit}-${Date.now()}.png`,
        size: input.signature.length,
      },
      req,
      overrideAccess: true,
    })
    const receipt = await req.payload.create({
      collection: 'pass-receipts',
      data: {
        household: household.id,
        passes: prepared.docs.map((p) => p.id),
        signature: signature.id,
        signedByName,
        signedAt: now,
        copyTo: input.copyTo || null,
      },
      req,
      overrideAccess: true,
    })
    for (const pass of prepared.docs) {
      await req.payload.update({
        collection: 'passes',
        id: pass.id,
        data: { status: 'active', activatedAt: now, receipt: receipt.id },
        req,
        overrideAccess: true,
        context: { passActor: 'handover' },
      })
    }
    if (household.status === 'pre-move-in') {
      await req.payload.update({
        collection: 'households',
        id: household.id,
        data: { status: 'moved-in', movedInAt: now },
        req,
        overrideAccess: true,
        context: { handover: true },
      })
    }
    const recipients = new Set<string>()
    if (input.copyTo) recipients.add(input.copyTo)
    const residents = await req.payload.find({
      collection: 'residents',
      where: { household: { equals: household.id } },
      depth: 0,
      limit: 50,
      req,
      overrideAccess: true,
    })
    for (const r of residents.docs) recipients.add(r.email)
    for (const to of recipients) {
      await queueNotification(req, {
        to,
        ...receiptEmail({ unit: household.unit, signedByName, signedAt: now, passes: prepared.docs }),
      })
    }
    if (ownTransaction) await commitTransaction(req)
    return receipt
  } catch (error) {
    if (ownTransaction) await killTransaction(req)
    throw error
  }
}
