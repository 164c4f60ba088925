import type { Access, FieldAccess } from 'payload'

import { idOf } from '@/domain/relations'

import { actorHasRole, actorOf, hasRole, type RecordId } from './actor'
import { estateAccess, estateCreateAccess, estateVersionsAccess } from './estate'

/** The roles that run the households-and-passes procedure (四) and serve residents. */
export const OFFICE_ROLES = ['cs', 'supervisor', 'manager', 'admin'] as const

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

/** The office, or a resident asking for their own household (checked by the collection's hook). */
export const officeOrResident: Access = estateCreateAccess({
  staff: OFFICE_ROLES,
  resident: 'estate',
})

/** The office's records of its own estate: update and delete access (a query). */
export const estateOffice: Access = estateAccess({ staff: OFFICE_ROLES })

/** The office and finance: the roles that take a fee and record that it was paid (PAS-3). */
export const officeOrFinance: Access = estateAccess({ staff: [...OFFICE_ROLES, 'finance'] })

/** Administrators of the estate (delete where deleting is allowed at all). */
export const estateAdmins: Access = estateAccess({ staff: ['admin'] })

/**
 * Need to know: residents' e-mails, phone numbers and children's ages — and a pass's QR token, a
 * credential — are read only by the roles that serve residents and by the record's own
 * household; other staff, kiosks and other households see names and units (GEN-5).
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
