import type { Access, FieldAccess, TextField } from 'payload'

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

/** Field-level variant: any logged-in staff member (residents and kiosks never see the field). */
export const staffOnlyField: FieldAccess = ({ req }) => isStaff(req.user)

/** Field access for what the server owns (fees, status stamps, tokens): no client writes it. */
export const serverOwned: { create: FieldAccess; update: FieldAccess } = {
  create: () => false,
  update: () => false,
}

/**
 * A key only the server writes and nobody reads through the API, e.g. a unique slot that holds a
 * counted rule (a pass's `member#n`) or a record's dedupe key.
 */
export const serverKeyField = (name: string, { unique = true } = {}): TextField => ({
  name,
  type: 'text',
  ...(unique ? { unique: true } : { index: true }),
  access: { ...serverOwned, read: () => false },
  admin: { hidden: true },
})
