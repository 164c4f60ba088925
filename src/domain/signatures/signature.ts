import { randomUUID } from 'node:crypto'

import type { Signature } from '@payload-types'
import type { PayloadRequest } from 'payload'

import type { ErrorCode } from '@/errors/catalogue'

const PNG_MAGIC = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
export const MAX_SIGNATURE_BYTES = 512 * 1024

/**
 * A signature drawn on screen arrives as `data:image/png;base64,…`. Nothing decodes to an empty
 * buffer (refused as missing); any other text to its own bytes (refused as not a PNG).
 */
export function decodeSignature(dataUrl: unknown): Buffer {
  if (typeof dataUrl !== 'string' || dataUrl === '') return Buffer.alloc(0)
  const match = /^data:image\/png;base64,(.*)$/s.exec(dataUrl)
  return match ? Buffer.from(match[1]!, 'base64') : Buffer.from(dataUrl)
}

/** A drawn signature must be a PNG image of sensible size; anything else is refused with a reason. */
export function checkSignature(signature: Buffer | undefined): ErrorCode | null {
  if (!signature || signature.length === 0) return 'signature.missing'
  if (signature.length > MAX_SIGNATURE_BYTES) return 'signature.too-large'
  if (!signature.subarray(0, 8).equals(PNG_MAGIC)) return 'signature.not-png'
  return null
}

/**
 * Keeps a checked signature image for a household's record (a receipt, a letter, a pickup). The
 * caller checks it first and passes its `req`, so the image is part of the caller's transaction.
 */
export async function storeSignature(
  req: PayloadRequest,
  input: { household: Signature['household']; png: Buffer; name: string },
) {
  return req.payload.create({
    collection: 'signatures',
    data: { household: input.household },
    file: {
      data: input.png,
      mimetype: 'image/png',
      name: `signature-${input.name}-${Date.now()}-${randomUUID()}.png`,
      size: input.png.length,
    },
    // The name is unique already (a random UUID): no query for a file of the same name.
    overwriteExistingFiles: true,
    // Callers keep the id only: the default depth would read the household and estate back.
    depth: 0,
    req,
    overrideAccess: true,
  })
}
