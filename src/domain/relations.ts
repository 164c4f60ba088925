type Related<T extends string | number> = T | { id: T }

/** The id of a relationship value, whether Payload gave the id itself or the populated document. */
export function idOf<T extends string | number>(value: Related<T>): T
export function idOf<T extends string | number>(value: Related<T> | null | undefined): T | undefined
export function idOf<T extends string | number>(value: Related<T> | null | undefined): T | undefined {
  if (value && typeof value === 'object') return value.id
  return value ?? undefined
}
