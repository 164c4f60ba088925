import type { CollectionAfterChangeHook } from 'payload'

import { idOf } from '@/domain/relations'
import { estatePassKey } from '@/domain/visitors/estatePassKey'
import { hashPassToken } from '@/domain/visitors/passRules'
import { passClaims, signPassToken } from '@/domain/visitors/passTokens'

/**
 * VIS-4: a new pass's token is signed with its estate's Ed25519 key over the pass id, estate,
 * window, uses and a random nonce, so a gate board or kiosk cut off from the server can still
 * check it. Only its hash is what an online scan looks up; the token itself is read only by the
 * share operation.
 */
export const signVisitorPass: CollectionAfterChangeHook = async ({ doc, operation, req }) => {
  if (operation !== 'create') return doc
  const estate = idOf(doc.estate as string | number | { id: string | number })
  const key = await estatePassKey(req.payload, estate)
  const token = await signPassToken(
    passClaims({
      id: doc.id,
      estate,
      validFrom: doc.validFrom,
      validUntil: doc.validUntil,
      maxUses: doc.maxUses ?? 1,
    }),
    key.privateJwk,
  )
  await req.payload.db.updateOne({
    collection: 'visitor-passes',
    id: doc.id,
    data: { token, tokenHash: hashPassToken(token) },
    req,
    returning: false,
  })
  return doc
}
