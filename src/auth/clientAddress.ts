import type { PayloadRequest } from 'payload'

/**
 * The Express layer writes the caller's address (as Express sees it, `trust proxy` applied) into
 * this header before Next and Payload handle the request, replacing anything a client sent.
 */
export const CLIENT_ADDRESS_HEADER = 'x-estate-client-address'

/** The caller's address, or undefined for the Local API (server code, tests, seeds). */
export function clientAddress(
  req: Pick<PayloadRequest, 'headers' | 'payloadAPI'>,
): string | undefined {
  if (req.payloadAPI === 'local') return undefined
  return req.headers?.get?.(CLIENT_ADDRESS_HEADER) ?? 'unknown'
}
