/** Who the password is for: staff accounts open the office's records, so they need longer ones. */
export type AccountKind = 'staff' | 'resident'

/** Kept apart from the policy so the portal's form can show it without the list of common passwords. */
export const MIN_PASSWORD_LENGTH: Record<AccountKind, number> = { staff: 12, resident: 10 }
