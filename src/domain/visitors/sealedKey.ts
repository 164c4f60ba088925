import { hkdfSync } from 'node:crypto'
import { compactDecrypt, CompactEncrypt, type JWK } from 'jose'

/**
 * An estate's private pass key as it is kept in the database: a compact JWE (direct AES-256-GCM)
 * under a key derived with HKDF-SHA256 from the server's secret, so a copy of the database alone
 * cannot sign visitor passes. Server only.
 */
export type SealedJwk = { sealed: 'jwe'; jwe: string }

function keyFrom(secret: string): Uint8Array {
  return new Uint8Array(
    hkdfSync('sha256', secret, 'estate-pass-keys', 'estate-office visitor pass key v1', 32),
  )
}

export const isSealedJwk = (value: unknown): value is SealedJwk =>
  !!value &&
  typeof value === 'object' &&
  (value as SealedJwk).sealed === 'jwe' &&
  typeof (value as SealedJwk).jwe === 'string'

/** A plain private JWK, as versions before sealing kept it (sealed on its first read). */
export const isPlainPrivateJwk = (value: unknown): value is JWK =>
  !!value && typeof value === 'object' && typeof (value as JWK).d === 'string'

export async function sealJwk(jwk: JWK, secret: string): Promise<SealedJwk> {
  const jwe = await new CompactEncrypt(new TextEncoder().encode(JSON.stringify(jwk)))
    .setProtectedHeader({ alg: 'dir', enc: 'A256GCM' })
    .encrypt(keyFrom(secret))
  return { sealed: 'jwe', jwe }
}

/** The JWK, or null when it was sealed under another secret or was tampered with. */
export async function openJwk(sealed: SealedJwk, secret: string): Promise<JWK | null> {
  try {
    const { plaintext } = await compactDecrypt(sealed.jwe, keyFrom(secret), {
      keyManagementAlgorithms: ['dir'],
      contentEncryptionAlgorithms: ['A256GCM'],
    })
    const jwk = JSON.parse(new TextDecoder().decode(plaintext)) as unknown
    return isPlainPrivateJwk(jwk) ? jwk : null
  } catch {
    return null
  }
}
