import type { KioskHeartbeatReply } from '@/domain/kiosk/api'

/**
 * What the device keeps between restarts: its API key (from pairing) and the last heartbeat's
 * estate, so the start screen shows the estate's name while offline. Nothing about a person is
 * ever stored on the device.
 */
const KEY = 'kiosk.apiKey'
const ESTATE = 'kiosk.estate'

export type KioskIdentity = Pick<KioskHeartbeatReply, 'kiosk' | 'estate'>

function storage(): Storage | null {
  try {
    return window.localStorage
  } catch {
    return null
  }
}

export function readPairing(): { apiKey: string | null; identity: KioskIdentity | null } {
  const store = storage()
  const apiKey = store?.getItem(KEY) || null
  let identity: KioskIdentity | null = null
  try {
    identity = JSON.parse(store?.getItem(ESTATE) ?? 'null') as KioskIdentity | null
  } catch {
    identity = null
  }
  return { apiKey, identity: apiKey ? identity : null }
}

export function savePairing(apiKey: string, identity: KioskIdentity) {
  const store = storage()
  store?.setItem(KEY, apiKey)
  store?.setItem(ESTATE, JSON.stringify({ kiosk: identity.kiosk, estate: identity.estate }))
}

export function forgetPairing() {
  const store = storage()
  store?.removeItem(KEY)
  store?.removeItem(ESTATE)
}
