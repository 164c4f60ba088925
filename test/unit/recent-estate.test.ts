import type { PayloadRequest } from 'payload'
import { afterEach, describe, expect, it, vi } from 'vitest'

import {
  forgetRecentEstate,
  readRecentEstate,
  RECENT_ESTATE_TTL_MS,
} from '@/domain/estates/readEstate'

/** A request whose Local API answers an estate with the given time zone, counting its reads. */
function requestFor(timeZone: () => string) {
  const findByID = vi.fn(async ({ id }: { id: number }) => ({
    id,
    name: '陽光嘉園',
    nameEn: 'Sunshine Garden',
    timeZone: timeZone(),
    currency: 'CNY',
  }))
  const req = () => ({ context: {}, payload: { findByID } }) as unknown as PayloadRequest
  return { req, findByID }
}

// Each test its own estate id: the kept letterheads belong to the process.
let nextEstate = 9_000
const anEstate = () => nextEstate++

describe('gate scans: the estate read once per process for a moment (VIS-4 check-in)', () => {
  afterEach(() => vi.useRealTimers())

  it('VIS-4: scans in quick succession read the estate once, each on its own request', async () => {
    const { req, findByID } = requestFor(() => 'Asia/Shanghai')
    const estate = anEstate()
    for (let i = 0; i < 5; i++) {
      expect((await readRecentEstate(req(), estate)).timeZone).toBe('Asia/Shanghai')
    }
    expect(findByID).toHaveBeenCalledTimes(1)
  })

  it('VIS-4: a change of the estate in this process applies to the next scan', async () => {
    let zone = 'Asia/Shanghai'
    const { req, findByID } = requestFor(() => zone)
    const estate = anEstate()
    await readRecentEstate(req(), estate)
    zone = 'Asia/Hong_Kong'
    forgetRecentEstate(estate)
    expect((await readRecentEstate(req(), estate)).timeZone).toBe('Asia/Hong_Kong')
    expect(findByID).toHaveBeenCalledTimes(2)
  })

  it('VIS-4: a change made by another process is read once the moment has passed', async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    let zone = 'Asia/Shanghai'
    const { req } = requestFor(() => zone)
    const estate = anEstate()
    await readRecentEstate(req(), estate)
    zone = 'Europe/Paris'
    vi.advanceTimersByTime(RECENT_ESTATE_TTL_MS - 1)
    expect((await readRecentEstate(req(), estate)).timeZone).toBe('Asia/Shanghai')
    vi.advanceTimersByTime(2)
    expect((await readRecentEstate(req(), estate)).timeZone).toBe('Europe/Paris')
  })

  it('VIS-4: estates are kept apart', async () => {
    const { req } = requestFor(() => 'Asia/Shanghai')
    const [a, b] = [anEstate(), anEstate()]
    expect((await readRecentEstate(req(), a)).id).toBe(a)
    expect((await readRecentEstate(req(), b)).id).toBe(b)
  })
})
