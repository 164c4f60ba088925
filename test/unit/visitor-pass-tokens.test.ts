import { exportJWK, generateKeyPair, type JWK } from 'jose'
import { beforeAll, describe, expect, it } from 'vitest'

import {
  isSignedPassTokenShape,
  type OfflineKnowledge,
  offlinePassState,
  passClaims,
  signPassToken,
  verifyPassToken,
} from '@/domain/visitors/passTokens'

type Pair = { publicJwk: JWK; privateJwk: JWK }
async function keyPair(): Promise<Pair> {
  const pair = await generateKeyPair('EdDSA', { crv: 'Ed25519', extractable: true })
  const { kty, crv, x } = await exportJWK(pair.publicKey)
  return { publicJwk: { kty, crv, x }, privateJwk: await exportJWK(pair.privateKey) }
}

let estateA: Pair
let estateB: Pair
beforeAll(async () => {
  estateA = await keyPair()
  estateB = await keyPair()
})

const FROM = '2026-12-01T01:00:00.000Z'
const UNTIL = '2026-12-01T05:00:00.000Z'
const pass = { id: 42, estate: 7, validFrom: FROM, validUntil: UNTIL, maxUses: 2 }
const known = (over: Partial<OfflineKnowledge> = {}): OfflineKnowledge => ({
  estate: 7,
  revoked: [],
  usedUp: [],
  uses: {},
  queued: {},
  ...over,
})
const at = (iso: string) => new Date(iso)

describe('VIS-4: signed visitor pass tokens', () => {
  it('VIS-4: a token carries the pass id, estate, window, uses and a random nonce, verifies with the estate’s key and fits a QR code', async () => {
    const a = await signPassToken(passClaims(pass), estateA.privateJwk)
    const b = await signPassToken(passClaims(pass), estateA.privateJwk)
    expect(a).not.toBe(b)
    expect(isSignedPassTokenShape(a)).toBe(true)
    expect(a.length).toBeLessThan(260)
    const claims = await verifyPassToken(a, estateA.publicJwk)
    expect(claims).toMatchObject({
      p: 42,
      e: 7,
      m: 2,
      f: Date.parse(FROM) / 1000,
      u: Date.parse(UNTIL) / 1000,
    })
    expect(claims!.n).toMatch(/^[A-Za-z0-9_-]{22}$/)
    // Nothing personal: no name, no unit.
    expect(Buffer.from(a.split('.')[1]!, 'base64url').toString()).not.toMatch(/name|unit/i)
  })

  it('VIS-4: a tampered token (longer window, more uses, another pass) does not verify', async () => {
    const token = await signPassToken(passClaims(pass), estateA.privateJwk)
    const [header, body, signature] = token.split('.') as [string, string, string]
    const claims = JSON.parse(Buffer.from(body, 'base64url').toString())
    for (const change of [{ u: claims.u + 86400 }, { m: 20 }, { p: 43 }, { e: 8 }]) {
      const forged = Buffer.from(JSON.stringify({ ...claims, ...change })).toString('base64url')
      expect(
        await verifyPassToken(`${header}.${forged}.${signature}`, estateA.publicJwk),
      ).toBeNull()
    }
    const flipped = `${signature[0] === 'A' ? 'B' : 'A'}${signature.slice(1)}`
    expect(await verifyPassToken(`${header}.${body}.${flipped}`, estateA.publicJwk)).toBeNull()
  })

  it('VIS-4: another estate’s key does not verify the token; an unsigned header (alg none) is refused', async () => {
    const token = await signPassToken(passClaims(pass), estateA.privateJwk)
    expect(await verifyPassToken(token, estateB.publicJwk)).toBeNull()
    const none = Buffer.from(JSON.stringify({ alg: 'none' })).toString('base64url')
    const [, body, signature] = token.split('.')
    expect(await verifyPassToken(`${none}.${body}.${signature}`, estateA.publicJwk)).toBeNull()
  })

  it('VIS-4: malformed tokens are refused before any crypto', async () => {
    for (const bad of ['', 'a.b.c', 'x'.repeat(5000), 42, null, { token: 1 }, 'A'.repeat(43)]) {
      expect(isSignedPassTokenShape(bad)).toBe(false)
      expect(await verifyPassToken(bad, estateA.publicJwk)).toBeNull()
    }
  })
})

describe('VIS-4: checking a pass offline', () => {
  it('VIS-4: a valid pass inside its window is admitted; before and after its window it is refused with the reason', async () => {
    const claims = (await verifyPassToken(
      await signPassToken(passClaims(pass), estateA.privateJwk),
      estateA.publicJwk,
    ))!
    expect(offlinePassState(claims, known(), at('2026-12-01T02:00:00Z'))).toBe('valid')
    expect(offlinePassState(claims, known(), at('2026-12-01T00:59:00Z'))).toBe('not-yet-valid')
    expect(offlinePassState(claims, known(), at('2026-12-01T05:00:01Z'))).toBe('expired')
  })

  it('VIS-4: a revoked pass is refused first; uses counted by the server and queued on the device add up to used-up', async () => {
    const claims = (await verifyPassToken(
      await signPassToken(passClaims(pass), estateA.privateJwk),
      estateA.publicJwk,
    ))!
    const noon = at('2026-12-01T02:00:00Z')
    expect(offlinePassState(claims, known({ revoked: [42] }), at('2026-12-02T00:00:00Z'))).toBe(
      'revoked',
    )
    expect(offlinePassState(claims, known({ revoked: ['42'] }), noon)).toBe('revoked')
    expect(offlinePassState(claims, known({ usedUp: [42] }), noon)).toBe('used-up')
    expect(offlinePassState(claims, known({ uses: { '42': 1 } }), noon)).toBe('valid')
    expect(offlinePassState(claims, known({ uses: { '42': 1 }, queued: { '42': 1 } }), noon)).toBe(
      'used-up',
    )
    expect(offlinePassState(claims, known({ queued: { '42': 2 } }), noon)).toBe('used-up')
  })

  it('VIS-4: a pass of another estate is unknown on this estate’s device', async () => {
    const claims = (await verifyPassToken(
      await signPassToken(passClaims(pass), estateA.privateJwk),
      estateA.publicJwk,
    ))!
    expect(offlinePassState(claims, known({ estate: 8 }), at('2026-12-01T02:00:00Z'))).toBe(
      'unknown',
    )
  })

  it('VIS-4: a recurring pass is checked offline on its days and hours in the estate’s time zone, its uses counted per visit day', async () => {
    // Tuesdays 09:00–12:00 in Shanghai, 1 use a day, for December 2026.
    const weekly = {
      id: 43,
      estate: 7,
      validFrom: '2026-12-01T00:00:00Z',
      validUntil: '2026-12-31T15:59:00Z',
      maxUses: 1,
    }
    const claims = (await verifyPassToken(
      await signPassToken(passClaims(weekly), estateA.privateJwk),
      estateA.publicJwk,
    ))!
    const recurring = { '43': { days: ['tue' as const], from: '09:00', until: '12:00' } }
    const tuesday = (over: Partial<OfflineKnowledge> = {}) =>
      known({ recurring, timeZone: 'Asia/Shanghai', day: '2026-12-08', ...over })
    // Tue 8 Dec 10:00 Shanghai = 02:00Z; 13:00 Shanghai = 05:00Z; Wed 9 Dec 10:00 = Wed 02:00Z.
    expect(offlinePassState(claims, tuesday(), at('2026-12-08T02:00:00Z'))).toBe('valid')
    expect(offlinePassState(claims, tuesday(), at('2026-12-08T05:00:00Z'))).toBe('off-hours')
    expect(offlinePassState(claims, tuesday(), at('2026-12-09T02:00:00Z'))).toBe('off-hours')
    // After the last Tuesday's hours (29 Dec), no window is left before it ends.
    expect(offlinePassState(claims, tuesday(), at('2026-12-29T05:00:00Z'))).toBe('hours-over')
    // Today's use counted by the server, or queued on this device, uses the day up …
    expect(
      offlinePassState(claims, tuesday({ uses: { '43': 1 } }), at('2026-12-08T02:00:00Z')),
    ).toBe('used-up')
    expect(
      offlinePassState(claims, tuesday({ queued: { '43': 1 } }), at('2026-12-08T02:00:00Z')),
    ).toBe('used-up')
    // … but a bundle made last Tuesday does not count against the next one.
    expect(
      offlinePassState(
        claims,
        tuesday({ uses: { '43': 1 }, usedUp: [43] }),
        at('2026-12-15T02:00:00Z'),
      ),
    ).toBe('valid')
  })
})
