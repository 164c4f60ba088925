import { exportJWK, generateKeyPair, type JWK } from 'jose'
import type { Payload } from 'payload'

import { isUniqueConflict } from '@/errors/uniqueConflict'
import { ESTATE_PASS_KEYS } from '../../../collections/EstatePassKeys'
import { PASS_TOKEN_ALG } from './passTokens'

export type EstatePassKey = { publicJwk: JWK; privateJwk: JWK }

const cache = new WeakMap<Payload, Map<string, Promise<EstatePassKey>>>()

async function readKey(payload: Payload, estate: string | number) {
  const { docs } = await payload.find({
    collection: ESTATE_PASS_KEYS,
    where: { estate: { equals: estate } },
    limit: 1,
    pagination: false,
    depth: 0,
    showHiddenFields: true,
    overrideAccess: true,
  })
  const doc = docs[0] as { publicJwk?: unknown; privateJwk?: unknown } | undefined
  if (!doc?.publicJwk || !doc.privateJwk) return null
  return { publicJwk: doc.publicJwk as JWK, privateJwk: doc.privateJwk as JWK }
}

async function readOrMakeKey(payload: Payload, estate: string | number): Promise<EstatePassKey> {
  const stored = await readKey(payload, estate)
  if (stored) return stored
  const pair = await generateKeyPair(PASS_TOKEN_ALG, { crv: 'Ed25519', extractable: true })
  const privateJwk = await exportJWK(pair.privateKey)
  const { x, crv, kty } = await exportJWK(pair.publicKey)
  const publicJwk: JWK = { kty, crv, x }
  try {
    // Outside the caller's transaction: a key without a pass is harmless, and a lost race must
    // not abort the caller's transaction (PostgreSQL) before it reads the winner's key.
    await payload.create({
      collection: ESTATE_PASS_KEYS,
      data: {
        estate: estate as number,
        publicJwk: { ...publicJwk },
        privateJwk: { ...privateJwk },
      },
      depth: 0,
      overrideAccess: true,
    })
    return { publicJwk, privateJwk }
  } catch (error) {
    if (!isUniqueConflict(error, 'estate')) throw error
    const winner = await readKey(payload, estate)
    if (!winner) throw error
    return winner
  }
}

/**
 * The estate's Ed25519 key pair for visitor pass tokens, made the first time it is needed (one
 * per estate even when two servers ask at once: the estate is unique). Keys never change, so
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
