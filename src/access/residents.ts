import type { Access, PayloadRequest, Where } from 'payload'

import { idOf } from '@/domain/relations'

import { hasRole, isStaff } from './roles'

/** The roles that run the households-and-passes procedure (四). */
export const OFFICE_ROLES = ['cs', 'supervisor', 'manager', 'admin'] as const

export function isResident(user: PayloadRequest['user']): boolean {
  return Boolean(user && user.collection === 'residents')
}

export function residentHousehold(user: PayloadRequest['user']): string | number | undefined {
  if (!isResident(user)) return undefined
  return idOf((user as { household?: number | string | { id: number | string } }).household)
}

/**
 * GEN-5: staff read every household's records; a resident reads only those of their own
 * household (a query, so lists are filtered too); anyone else nothing.
 */
export const staffOrOwnHousehold =
  (field = 'household'): Access =>
  ({ req }) => {
    if (isStaff(req.user)) return true
    const household = residentHousehold(req.user)
    if (household === undefined) return false
    return { [field]: { equals: household } } as Where
  }

export const officeOnly: Access = ({ req }) => hasRole(req.user, ...OFFICE_ROLES)
