/** How a live board reads on events (src/components/oneAtATime): never piling reads up. */
import { describe, expect, it } from 'vitest'

import { oneAtATime } from '@/components/oneAtATime'

const tick = () => new Promise((resolve) => setTimeout(resolve, 0))

function controlledRuns() {
  const pending: (() => void)[] = []
  let started = 0
  const run = () =>
    new Promise<void>((resolve) => {
      started++
      pending.push(resolve)
    })
  return { run, started: () => started, finish: () => pending.shift()?.() }
}

describe('a board reading on events', () => {
  it('VIS-2: a burst of events while a read runs costs one more read, not one per event', async () => {
    const runs = controlledRuns()
    let idle = 0
    const request = oneAtATime(runs.run, () => idle++)
    const first = request()
    const burst = Array.from({ length: 10 }, () => request())
    await tick()
    expect(runs.started()).toBe(1)
    runs.finish()
    await tick()
    // The burst asked for data newer than the first read: exactly one more read.
    expect(runs.started()).toBe(2)
    expect(idle).toBe(0)
    runs.finish()
    await Promise.all([first, ...burst])
    expect(runs.started()).toBe(2)
    expect(idle).toBe(1)
  })

  it('VIS-2: a call resolves only after a read that began after it', async () => {
    const runs = controlledRuns()
    const request = oneAtATime(runs.run)
    void request()
    let answered = false
    const late = request().then(() => (answered = true))
    runs.finish()
    await tick()
    expect(answered).toBe(false)
    runs.finish()
    await late
    expect(answered).toBe(true)
  })

  it('a failed read counts as read: the next event reads again', async () => {
    let calls = 0
    const request = oneAtATime(async () => {
      calls++
      throw new Error('network down')
    })
    await request()
    await request()
    expect(calls).toBe(2)
  })
})
