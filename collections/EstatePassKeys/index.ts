import type { CollectionConfig } from 'payload'

import { nobody } from '@/access'

export const ESTATE_PASS_KEYS = 'estate-pass-keys'

/**
 * Each estate's Ed25519 key pair for visitor pass tokens (VIS-4, offline checks), made the first
 * time the estate signs a pass. The private key is kept sealed with the server's secret
 * (src/domain/visitors/sealedKey.ts) and read by server code only: no REST, no GraphQL,
 * no admin screen, and hidden from every read that does not ask for it. Guards' boards and kiosks
 * get the public key in the offline bundle (`GET /api/visitor-passes/offline-bundle`).
 */
export const EstatePassKeys: CollectionConfig = {
  slug: ESTATE_PASS_KEYS,
  admin: { hidden: true },
  graphQL: false,
  access: { read: nobody, create: nobody, update: nobody, delete: nobody },
  fields: [
    { name: 'estate', type: 'relationship', relationTo: 'estates', required: true, unique: true },
    { name: 'publicJwk', type: 'json', required: true },
    {
      name: 'privateJwk',
      type: 'json',
      required: true,
      hidden: true,
      access: { read: () => false, create: () => false, update: () => false },
    },
  ],
}
