import { randomUUID } from 'node:crypto'
import type { APIRequestContext } from '@playwright/test'

import { E2E_ADMIN } from '../../playwright.config'

export const PASSWORD = 'E2e-staff-password-1'

/** A new staff account made through the REST API by the bootstrap admin. */
export async function makeStaffByApi(request: APIRequestContext, roles: string[], name: string) {
  const login = await request.post('/api/users/login', { data: E2E_ADMIN })
  const { token } = await login.json()
  const email = `${roles.join('-')}-${randomUUID().slice(0, 8)}@test.example`
  const res = await request.post('/api/users', {
    headers: { Authorization: `JWT ${token}` },
    data: { email, password: PASSWORD, name, roles },
  })
  if (!res.ok()) throw new Error(`could not create staff: ${res.status()} ${await res.text()}`)
  return { email, password: PASSWORD }
}
