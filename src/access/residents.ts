import type { Access, FieldAccess } from 'payload'

import { idOf } from '@/domain/relations'

import { actorHasRole, actorOf, hasRole, isStaff, type RecordId } from './actor'
import { estateAccess, estateVersionsAccess } from './estate'

/** The roles that run the households-and-passes procedure (四) and serve residents. */
export const OFFICE_ROLES = ['cs', 'supervisor', 'manager', 'admin'] as const

export function isResident(user: Parameters<typeof actorOf>[0]['user']): boolean {
  return Boolean(user && user.collection === 'residents')
}

export function residentHousehold(
  user: Parameters<typeof actorOf>[0]['user'],
): RecordId | undefined {
  const actor = actorOf({ user })
  return actor.kind === 'resident' ? actor.household : undefined
}

/**
 * GEN-5: staff read their estate's records; a resident reads only those of their own household
 * (a query, so lists are filtered too); anyone else nothing.
 */
export const staffOrOwnHousehold = (field = 'household'): Access =>
  estateAccess({ staff: 'all', resident: { household: field } })

/** Versions hold every past state of a record: the estate's staff only (issue 6 #1). */
export const estateStaffVersions: Access = estateVersionsAccess({ staff: 'all' })

/** The office of the estate: create access (a yes or no). */
export const officeOnly: Access = ({ req }) => hasRole(req.user, ...OFFICE_ROLES)

/** The office's records of its own estate: update and delete access (a query). */
export const estateOffice: Access = estateAccess({ staff: OFFICE_ROLES })

/** The office and finance: the roles that take a fee and record that it was paid (PAS-3). */
export const officeOrFinance: Access = estateAccess({ staff: [...OFFICE_ROLES, 'finance'] })

/** Administrators of the estate (delete where deleting is allowed at all). */
export const estateAdmins: Access = estateAccess({ staff: ['admin'] })

/**
 * Need to know: residents' e-mails, phone numbers and children's ages are read only by the roles
 * that serve residents, and by the resident's own household; other staff see names and units.
 */
export const servingResidentsField =
  (householdField = 'household'): FieldAccess =>
  ({ req, doc }) => {
    const actor = actorOf(req)
    if (actorHasRole(actor, ...OFFICE_ROLES)) return true
    if (actor.kind !== 'resident' || !doc) return false
    const household = householdField === 'id' ? doc.id : doc[householdField]
    // A read that selected fields without the household returned only this household's records.
    if (household === undefined) return true
    return String(idOf(household as RecordId | { id: RecordId })) === String(actor.household)
  }

/**
 * A field only the office and the record's own household may read: a pass's QR token is a
 * credential, so a guard, a kiosk or another household never sees it (GEN-5). For collections
 * whose read access already limits a resident to their own household (staffOrOwnHousehold).
 */
export const officeOrOwnHouseholdField = servingResidentsField

export { isStaff }
