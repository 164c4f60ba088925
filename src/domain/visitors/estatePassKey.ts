import { exportJWK, generateKeyPair, type JWK } from 'jose'
import type { Payload } from 'payload'

import { isUniqueConflict } from '@/errors/uniqueConflict'
import { ESTATE_PASS_KEYS } from '../../../collections/EstatePassKeys'
import { PASS_TOKEN_ALG } from './passTokens'
import { isPlainPrivateJwk, isSealedJwk, openJwk, sealJwk } from './sealedKey'

export type EstatePassKey = { publicJwk: JWK; privateJwk: JWK }

const cache = new WeakMap<Payload, Map<string, Promise<EstatePassKey>>>()

type StoredKey = { id: string | number; publicJwk: JWK; privateJwk: unknown }

async function readStored(payload: Payload, estate: string | number): Promise<StoredKey | null> {
  const { docs } = await payload.find({
    collection: ESTATE_PASS_KEYS,
    where: { estate: { equals: estate } },
    limit: 1,
    pagination: false,
    depth: 0,
    showHiddenFields: true,
    overrideAccess: true,
  })
  const doc = docs[0] as
    { id: string | number; publicJwk?: unknown; privateJwk?: unknown } | undefined
  if (!doc?.publicJwk || !doc.privateJwk) return null
  return { id: doc.id, publicJwk: doc.publicJwk as JWK, privateJwk: doc.privateJwk }
}

/** The stored pair, its private half opened with this server's secret; null if it cannot be. */
async function openStored(payload: Payload, stored: StoredKey): Promise<EstatePassKey | null> {
  const privateJwk = isSealedJwk(stored.privateJwk)
    ? await openJwk(stored.privateJwk, payload.secret)
    : isPlainPrivateJwk(stored.privateJwk)
      ? stored.privateJwk
      : null
  return privateJwk ? { publicJwk: stored.publicJwk, privateJwk } : null
}

async function makePair(): Promise<EstatePassKey> {
  const pair = await generateKeyPair(PASS_TOKEN_ALG, { crv: 'Ed25519', extractable: true })
  const privateJwk = await exportJWK(pair.privateKey)
  const { x, crv, kty } = await exportJWK(pair.publicKey)
  return { publicJwk: { kty, crv, x }, privateJwk }
}

async function readOrMakeKey(payload: Payload, estate: string | number): Promise<EstatePassKey> {
  const stored = await readStored(payload, estate)
  if (stored) {
    const opened = await openStored(payload, stored)
    if (opened && isSealedJwk(stored.privateJwk)) return opened
    // Kept in the clear by an earlier version: sealed now. Sealed under another secret (the
    // server's secret was changed): a new pair replaces it — passes given before are still
    // checked online (by their token's hash), offline devices learn the new public key.
    const pair = opened ?? (await makePair())
    if (!opened) {
      payload.logger.warn(
        `estate-office: estate ${String(estate)}'s visitor pass key was sealed with another PAYLOAD_SECRET; a new key replaces it (earlier passes are checked online only)`,
      )
    }
    await payload.update({
      collection: ESTATE_PASS_KEYS,
      id: stored.id,
      data: {
        publicJwk: { ...pair.publicJwk },
        privateJwk: { ...(await sealJwk(pair.privateJwk, payload.secret)) },
      },
      depth: 0,
      overrideAccess: true,
    })
    return pair
  }
  const pair = await makePair()
  try {
    // Outside the caller's transaction: a key without a pass is harmless, and a lost race must
    // not abort the caller's transaction (PostgreSQL) before it reads the winner's key.
    await payload.create({
      collection: ESTATE_PASS_KEYS,
      data: {
        estate: estate as number,
        publicJwk: { ...pair.publicJwk },
        privateJwk: { ...(await sealJwk(pair.privateJwk, payload.secret)) },
      },
      depth: 0,
      overrideAccess: true,
    })
    return pair
  } catch (error) {
    if (!isUniqueConflict(error, 'estate')) throw error
    const winner = await readStored(payload, estate)
    const opened = winner && (await openStored(payload, winner))
    if (!opened) throw error
    return opened
  }
}

/**
 * The estate's Ed25519 key pair for visitor pass tokens, made the first time it is needed (one
 * per estate even when two servers ask at once: the estate is unique); its private half is kept
 * sealed with the server's secret (sealedKey.ts). Keys never change, so
 * each server process keeps them once read.
 */
export function estatePassKey(payload: Payload, estate: string | number): Promise<EstatePassKey> {
  let keys = cache.get(payload)
  if (!keys) cache.set(payload, (keys = new Map()))
  const id = String(estate)
  let key = keys.get(id)
  if (!key) {
    key = readOrMakeKey(payload, estate)
    keys.set(id, key)
    key.catch(() => keys!.delete(id))
  }
  return key
}
