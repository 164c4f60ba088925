/** Boards told of a change at the same moment share reads (src/server/live/sharedReads). */
import { describe, expect, it } from 'vitest'

import { sharedReads } from '@/server/live/sharedReads'

const tick = () => new Promise((resolve) => setTimeout(resolve, 0))

function controlledReads() {
  const pending: ((value: number) => void)[] = []
  let started = 0
  const read = () =>
    new Promise<number>((resolve) => {
      started++
      pending.push(resolve)
    })
  return { read, started: () => started, finish: () => pending.shift()!(started) }
}

describe('boards reading at the same moment', () => {
  it('VIS-2: twenty boards cost two reads, and none gets a read begun before it asked', async () => {
    const reads = controlledReads()
    const shared = sharedReads<number>()
    const first = shared('1|cs', reads.read)
    await tick()
    const late = Array.from({ length: 19 }, () => shared('1|cs', reads.read))
    await tick()
    expect(reads.started()).toBe(1)
    reads.finish()
    expect(await first).toBe(1)
    await tick()
    // Those who asked while the first read ran get the next one, which began after they asked.
    expect(reads.started()).toBe(2)
    reads.finish()
    expect(await Promise.all(late)).toEqual(Array(19).fill(2))
    expect(reads.started()).toBe(2)
  })

  it('GEN-5: readers of another estate or with other roles never share a read', async () => {
    const reads = controlledReads()
    const shared = sharedReads<number>()
    const a = shared('1|cs', reads.read)
    const b = shared('2|cs', reads.read)
    const c = shared('1|guard', reads.read)
    await tick()
    expect(reads.started()).toBe(3)
    reads.finish()
    reads.finish()
    reads.finish()
    expect(await Promise.all([a, b, c])).toEqual([3, 3, 3])
  })

  it('a failed read fails only those who shared it; the next read runs', async () => {
    const shared = sharedReads<number>()
    await expect(shared('k', () => Promise.reject(new Error('down')))).rejects.toThrow('down')
    expect(await shared('k', async () => 7)).toBe(7)
  })
})
