import type { Payload } from 'payload'

/** Asks the database a cheap question through Payload's query API (adapter-neutral). */
export async function databaseAnswers(payload: Payload, timeoutMs = 2000): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), timeoutMs)
  })
  const probe = payload
    .count({ collection: 'users', overrideAccess: true })
    .then(() => true)
    .catch(() => false)
  try {
    return await Promise.race([probe, timeout])
  } finally {
    clearTimeout(timer)
  }
}
