import { describe, expect, it } from 'vitest'

import { hasRole, isStaff } from '@/access/roles'
import { redactUrl } from '@/server/app'
import { readServerSettings } from '@/server/settings'

describe('operator: server settings', () => {
  it('defaults to SQLite in ./data/estate.db on port 3000', () => {
    const s = readServerSettings({ NODE_ENV: 'production' })
    expect(s).toMatchObject({ port: 3000, dev: false, databaseKind: 'sqlite', databaseUri: 'file:./data/estate.db' })
  })

  it('refuses a port that is not a port', () => {
    expect(() => readServerSettings({ NODE_ENV: 'production', PORT: 'eighty' })).toThrow(/PORT must be/)
  })

  it('keeps reset and verification tokens and query strings out of the request log', () => {
    expect(redactUrl('/admin/reset/abc123def?x=1')).toBe('/admin/reset/…')
    expect(redactUrl('/api/residents/verify/tok3n')).toBe('/api/residents/verify/…')
    expect(redactUrl('/api/users?where[email][equals]=a@b')).toBe('/api/users')
  })
})

describe('access: roles', () => {
  const guard = {
    id: 1,
    collection: 'users',
    memberships: [
      { estate: 1, roles: ['guard'] },
      { estate: 2, roles: ['supervisor'] },
    ],
    currentEstate: 1,
  } as never
  const kiosk = { id: 2, collection: 'kiosks', roles: ['admin'], allEstates: true } as never

  it('a staff member holds only their roles, at the estate they work in', () => {
    expect(hasRole(guard, 'guard')).toBe(true)
    expect(hasRole(guard, 'admin', 'manager')).toBe(false)
    expect(hasRole(guard, 'supervisor')).toBe(false)
    expect(hasRole({ ...(guard as object), currentEstate: 2 } as never, 'supervisor')).toBe(true)
  })

  it('an administrator of every estate is admin wherever they work', () => {
    const root = { id: 3, collection: 'users', allEstates: true, currentEstate: 7 } as never
    expect(hasRole(root, 'admin')).toBe(true)
  })

  it('GEN-5: a kiosk is never staff, whatever it claims', () => {
    expect(isStaff(kiosk)).toBe(false)
    expect(hasRole(kiosk, 'admin')).toBe(false)
    expect(hasRole(null, 'admin')).toBe(false)
  })
})
