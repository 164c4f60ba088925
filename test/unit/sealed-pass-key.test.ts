/**
 * VIS-4 (offline tokens): the estate's private pass key is kept sealed with the server's secret,
 * so a copy of the database alone cannot sign visitor passes.
 */
import { exportJWK, generateKeyPair } from 'jose'
import { describe, expect, it } from 'vitest'

import { isPlainPrivateJwk, isSealedJwk, openJwk, sealJwk } from '@/domain/visitors/sealedKey'

describe('server (the sealed pass key)', async () => {
  const pair = await generateKeyPair('EdDSA', { crv: 'Ed25519', extractable: true })
  const jwk = await exportJWK(pair.privateKey)

  it('VIS-4: a sealed key opens with the same secret and shows nothing of the key', async () => {
    const sealed = await sealJwk(jwk, 'server secret one')
    expect(isSealedJwk(sealed)).toBe(true)
    expect(isPlainPrivateJwk(sealed)).toBe(false)
    expect(JSON.stringify(sealed)).not.toContain(jwk.d)
    expect(await openJwk(sealed, 'server secret one')).toEqual(jwk)
    // Sealed twice, never the same text (a fresh IV each time).
    expect((await sealJwk(jwk, 'server secret one')).jwe).not.toBe(sealed.jwe)
  })

  it('VIS-4: another secret, a tampered or a malformed seal opens to nothing', async () => {
    const sealed = await sealJwk(jwk, 'server secret one')
    expect(await openJwk(sealed, 'server secret two')).toBeNull()
    const parts = sealed.jwe.split('.')
    const flipped = parts[3]!.startsWith('A') ? `B${parts[3]!.slice(1)}` : `A${parts[3]!.slice(1)}`
    parts[3] = flipped
    expect(await openJwk({ sealed: 'jwe', jwe: parts.join('.') }, 'server secret one')).toBeNull()
    expect(await openJwk({ sealed: 'jwe', jwe: 'not.a.jwe' }, 'server secret one')).toBeNull()
    expect(isSealedJwk({ sealed: 'jwe' })).toBe(false)
    expect(isSealedJwk(null)).toBe(false)
  })
})
