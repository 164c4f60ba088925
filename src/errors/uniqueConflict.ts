import { ValidationError } from 'payload'

/**
 * Whether a write was refused because one of these unique fields already holds the value: how
 * the database adapters report a lost race for a unique key (a pass's slot, a handover's claim).
 */
export function isUniqueConflict(error: unknown, ...paths: string[]): boolean {
  if (!(error instanceof ValidationError)) return false
  const errors = (error.data as { errors?: { path?: string }[] } | undefined)?.errors ?? []
  return errors.some((e) => paths.includes(e.path ?? ''))
}
