import type { Access, FieldAccess } from 'payload'

import { hasRole, isStaff, type StaffRole } from './roles'

export { hasRole, isStaff, STAFF_ROLES, ROLE_LABELS, type StaffRole } from './roles'

/** Nobody through the API; only server code running with overrideAccess. */
export const nobody: Access = () => false

/** Any logged-in staff member (not residents, not kiosks). */
export const staffOnly: Access = ({ req }) => isStaff(req.user)

/** Staff holding one of the roles. */
export const rolesOnly =
  (...roles: StaffRole[]): Access =>
  ({ req }) =>
    hasRole(req.user, ...roles)

export const adminOnly: Access = rolesOnly('admin')

/** Field-level variant: staff holding one of the roles. */
export const rolesOnlyField =
  (...roles: StaffRole[]): FieldAccess =>
  ({ req }) =>
    hasRole(req.user, ...roles)

/** Field-level variant: any logged-in staff member (residents and kiosks never see the field). */
export const staffOnlyField: FieldAccess = ({ req }) => isStaff(req.user)

/** Admins see every staff account; other staff may act on their own account only. */
export const adminOrSelf: Access = ({ req }) => {
  if (hasRole(req.user, 'admin')) return true
  if (isStaff(req.user)) return { id: { equals: req.user!.id } }
  return false
}
