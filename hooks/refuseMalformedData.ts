import type { CollectionBeforeOperationHook, SanitizedConfig } from 'payload'

import { refuse } from '@/errors/refuse'

/**
 * A create or update whose body is not an object (`null`, `"text"`, `123`, a list, a form that
 * was not JSON) is refused before any hook reads it, through every door (issue 6 #16).
 */
export const refuseMalformedData: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation !== 'create' && operation !== 'update' && operation !== 'updateByID') return args
  const data = (args as { data?: unknown }).data
  if (!data || typeof data !== 'object' || Array.isArray(data))
    refuse(req, 'request.malformed-body', 400)
  return args
}

/** Puts the check first on every collection, Payload's own included. */
export function refuseMalformedDataEverywhere(config: SanitizedConfig): SanitizedConfig {
  for (const collection of config.collections) {
    collection.hooks.beforeOperation = [
      refuseMalformedData,
      ...(collection.hooks.beforeOperation ?? []),
    ]
  }
  return config
}
