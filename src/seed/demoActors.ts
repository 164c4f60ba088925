import type { Payload } from 'payload'

/** A 1×1 PNG: the demo's stand-in for a drawn signature. */
export const DEMO_SIGNATURE = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
)

/** A demo staff member working at the estate (a person may hold roles at two), as the API sees them. */
export async function staffByEmail(payload: Payload, email: string, estate: number) {
  const { docs } = await payload.find({
    collection: 'users',
    where: { email: { equals: email } },
    limit: 1,
    depth: 0,
  })
  return docs[0] ? { ...docs[0], currentEstate: estate, collection: 'users' as const } : null
}

/** A demo portal account, as the API sees it. */
export async function residentByEmail(payload: Payload, email: string) {
  const { docs } = await payload.find({
    collection: 'residents',
    where: { email: { equals: email } },
    limit: 1,
    depth: 0,
  })
  return docs[0] ? { ...docs[0], collection: 'residents' as const } : null
}
