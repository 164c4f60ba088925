import { randomUUID } from 'node:crypto'
import type { APIRequestContext } from '@playwright/test'

import { E2E_ADMIN } from '../../playwright.config'

export const PASSWORD = 'E2e-staff-password-1'

/** The id of an estate, by its short code, as the bootstrap admin reads it. */
export async function estateByCode(request: APIRequestContext, token: string, code: string) {
  const res = await request.get(`/api/estates?where[code][equals]=${code}&depth=0`, {
    headers: { Authorization: `JWT ${token}` },
  })
  const doc = (await res.json()).docs?.[0]
  if (!doc) throw new Error(`no estate ${code}`)
  return doc.id as number
}

/** A new staff account made through the REST API by the bootstrap admin, at the first estate. */
export async function makeStaffByApi(request: APIRequestContext, roles: string[], name: string) {
  const login = await request.post('/api/users/login', { data: E2E_ADMIN })
  const { token } = await login.json()
  const email = `${roles.join('-')}-${randomUUID().slice(0, 8)}@test.example`
  const estate = await estateByCode(request, token, 'SG')
  const res = await request.post('/api/users', {
    headers: { Authorization: `JWT ${token}` },
    data: { email, password: PASSWORD, name, memberships: [{ estate, roles }] },
  })
  if (!res.ok()) throw new Error(`could not create staff: ${res.status()} ${await res.text()}`)
  return { email, password: PASSWORD }
}
