import { describe, expect, it } from 'vitest'

import { chargeMissesOnly, oneAtATime } from '@/auth/attemptLimits'

type Row = { id: number; key: string; expiresAt: string }
type Where = Record<string, Record<string, unknown>>

/**
 * The attempt counters in memory, answering the few queries src/auth/attemptLimits makes, each
 * after a pause so that parallel callers interleave as they do on a real database.
 */
function countersInMemory() {
  const rows: Row[] = []
  let nextId = 1
  let writes = 0
  const pause = () => new Promise((resolve) => setTimeout(resolve, 1))
  const matches = (row: Row, where: Where) =>
    Object.entries(where).every(([field, test]) => {
      const value = row[field as keyof Row]
      if ('equals' in test) return value === test.equals
      if ('in' in test) return (test.in as unknown[]).includes(value)
      if ('greater_than' in test) return String(value) > String(test.greater_than)
      if ('less_than_equal' in test) return String(value) <= String(test.less_than_equal)
      throw new Error(`unexpected query ${JSON.stringify(test)}`)
    })
  const payload = {
    create: async ({ data }: { data: Omit<Row, 'id'> }) => {
      await pause()
      writes++
      const row = { id: nextId++, ...data }
      rows.push(row)
      return row
    },
    count: async ({ where }: { where: Where }) => {
      await pause()
      return { totalDocs: rows.filter((r) => matches(r, where)).length }
    },
    find: async ({ where }: { where: Where }) => {
      await pause()
      const docs = rows.filter((r) => matches(r, where))
      return { docs: docs.sort((a, b) => a.expiresAt.localeCompare(b.expiresAt)) }
    },
    db: {
      deleteMany: async ({ where }: { where: Where }) => {
        await pause()
        writes++
        for (const row of rows.filter((r) => matches(r, where))) rows.splice(rows.indexOf(row), 1)
      },
    },
    logger: { warn: () => undefined },
  }
  return {
    req: { payload, context: {} } as unknown as Parameters<typeof chargeMissesOnly>[0],
    rows,
    writes: () => writes,
  }
}

/** One try of a pickup code: `right` finds the addressee's items, anything else finds nothing. */
const tryCode = (req: Parameters<typeof chargeMissesOnly>[0], device: string, right: boolean) =>
  chargeMissesOnly(req, 'pickupCodesByDevice', device, async () => {
    await new Promise((resolve) => setTimeout(resolve, 1))
    return right ? ['item'] : null
  })

describe('kiosk: pickup codes (MAIL-4)', () => {
  it('MAIL-4: a right code costs no write; ten wrong ones spend the device, which is then refused every code', async () => {
    const { req, rows, writes } = countersInMemory()
    for (let i = 0; i < 15; i++) {
      expect(await tryCode(req, 'kiosk:1', true)).toEqual({ found: ['item'] })
    }
    expect(writes()).toBe(0)
    for (let i = 0; i < 10; i++) {
      expect(await tryCode(req, 'kiosk:1', false)).toEqual({ found: null, waitMinutes: null })
    }
    expect(rows).toHaveLength(10)
    expect((await tryCode(req, 'kiosk:1', false)).found).toBeNull()
    const refused = await tryCode(req, 'kiosk:1', true)
    expect(refused).toEqual({ found: null, waitMinutes: 15 })
    // Another device has its own attempts.
    expect(await tryCode(req, 'kiosk:2', true)).toEqual({ found: ['item'] })
  })

  it('MAIL-4: tries sent at the same moment are answered one after another: a right code sent after ten wrong ones is refused', async () => {
    const { req } = countersInMemory()
    // Another device than the test before's: the server process keeps what it last read of a
    // device's counter for a moment, across requests (SPENT_TTL_MS).
    const tries = [
      ...Array.from({ length: 14 }, () => tryCode(req, 'kiosk:3', false)),
      tryCode(req, 'kiosk:3', true),
    ]
    const answers = await Promise.all(tries)
    const answeredWrong = answers.slice(0, 14).filter((a) => a.found === null && !a.waitMinutes)
    expect(answeredWrong).toHaveLength(10)
    expect(answers[14]).toEqual({ found: null, waitMinutes: 15 })
  })

  it('a failed try does not hold up the next one', async () => {
    const order: string[] = []
    const failing = oneAtATime('lane', async () => {
      order.push('first')
      throw new Error('database gone')
    })
    const next = oneAtATime('lane', async () => {
      order.push('second')
      return 2
    })
    await expect(failing).rejects.toThrow('database gone')
    expect(await next).toBe(2)
    expect(order).toEqual(['first', 'second'])
  })
})
