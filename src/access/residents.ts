import type { Access, PayloadRequest, Where } from 'payload'

import { hasRole, isStaff } from './roles'

/** The roles that run the households-and-passes procedure (四). */
export const OFFICE_ROLES = ['cs', 'supervisor', 'manager', 'admin'] as const

export function isResident(user: PayloadRequest['user']): boolean {
  return Boolean(user && user.collection === 'residents')
}

export function residentHousehold(user: PayloadRequest['user']): string | number | undefined {
  if (!isResident(user)) return undefined
  const household = (user as { household?: unknown }).household
  if (household && typeof household === 'object' && 'id' in household) return (household as { id: string | number }).id
  return household as string | number | undefined
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
