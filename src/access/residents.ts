import type { Access, FieldAccess, PayloadRequest, Where } from 'payload'

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

/** The office and finance: the roles that take a fee and record that it was paid (PAS-3). */
export const officeOrFinance: Access = ({ req }) => hasRole(req.user, ...OFFICE_ROLES, 'finance')

/**
 * A field only the office and the record's own household may read: a pass's QR token is a
 * credential, so a guard, a kiosk or another household never sees it (GEN-5). For collections
 * whose read access already limits a resident to their own household (staffOrOwnHousehold).
 */
export const officeOrOwnHouseholdField =
  (field = 'household'): FieldAccess =>
  ({ req, doc }) => {
    if (hasRole(req.user, ...OFFICE_ROLES)) return true
    const household = residentHousehold(req.user)
    if (household === undefined || !doc) return false
    // A read that selected fields without the household (the portal's list) returned only
    // documents the collection's read access let through: this household's.
    if (doc[field] === undefined) return true
    return String(idOf(doc[field] as string | number | { id: string | number })) === String(household)
  }
