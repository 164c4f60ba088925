import type { CollectionConfig } from 'payload'

import { serverKeyField, serverOwned } from '@/access'
import { assignEstate, estateField } from '@/access/estate'
import { staffOrOwnHousehold } from '@/access/residents'
import { actorFields, stampActor } from '../../hooks/stampActor'
import { HOUSEHOLDS_GROUP } from '../Households'
import { HANDOVER_STATE_LABELS, HANDOVER_STATES } from '@/domain/passes/handoverStates'
import { handOverEndpoint } from './endpoints/handOver'
import { inEstateTimeZone, stampEstateTimeZone } from '../../hooks/stampEstateTimeZone'

/**
 * The signed sign-for receipt (簽收單, PAS-4/PAS-5): which passes were handed over to whom, the
 * resident's signature and the time. Made only by the handover operation, never edited.
 */
export const PassReceipts: CollectionConfig = {
  slug: 'pass-receipts',
  labels: {
    singular: { en: 'Sign-for receipt', 'zh-TW': '簽收單' },
    plural: { en: 'Sign-for receipts', 'zh-TW': '簽收單' },
  },
  admin: {
    useAsTitle: 'signedAt',
    defaultColumns: ['household', 'signedByName', 'signedAt', 'createdBy'],
    group: HOUSEHOLDS_GROUP,
  },
  defaultSort: '-signedAt',
  access: {
    read: staffOrOwnHousehold(),
    create: () => false,
    update: () => false,
    delete: () => false,
  },
  endpoints: [handOverEndpoint],
  hooks: {
    beforeChange: [
      assignEstate({ field: 'household', collection: 'households' }),
      stampEstateTimeZone('signedAt'),
      stampActor,
    ],
  },
  indexes: [{ fields: ['estate', 'household'] }],
  fields: [
    {
      name: 'household',
      type: 'relationship',
      relationTo: 'households',
      required: true,
      index: true,
      label: { en: 'Household', 'zh-TW': '住戶' },
    },
    {
      name: 'passes',
      type: 'relationship',
      relationTo: 'passes',
      hasMany: true,
      label: { en: 'Passes handed over', 'zh-TW': '移交的出入證' },
    },
    {
      name: 'signature',
      type: 'upload',
      relationTo: 'signatures',
      label: { en: 'Resident’s signature', 'zh-TW': '業戶簽名' },
    },
    {
      name: 'signedByName',
      type: 'text',
      required: true,
      maxLength: 100,
      label: { en: 'Signed by', 'zh-TW': '簽收人' },
    },
    {
      // The household's member who signed; empty when someone else (a helper) signed by name.
      name: 'signerMember',
      type: 'relationship',
      relationTo: 'members',
      label: { en: 'Signed by member', 'zh-TW': '簽收成員' },
      admin: { readOnly: true },
    },
    {
      // Who a signer not on the register is, e.g. the domestic helper (required for them).
      name: 'signerNote',
      type: 'text',
      maxLength: 300,
      label: { en: 'Note on the signer', 'zh-TW': '簽收人備註' },
      admin: { readOnly: true },
    },
    {
      name: 'signedAt',
      type: 'date',
      timezone: inEstateTimeZone,
      required: true,
      label: { en: 'Signed at', 'zh-TW': '簽收時間' },
      admin: { date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      name: 'copyTo',
      type: 'email',
      label: { en: 'Copy e-mailed to', 'zh-TW': '副本電郵' },
    },
    {
      name: 'state',
      type: 'select',
      defaultValue: 'complete',
      index: true,
      options: HANDOVER_STATES.map((value) => ({ value, label: HANDOVER_STATE_LABELS[value] })),
      label: { en: 'Handover', 'zh-TW': '移交進度' },
      access: serverOwned,
      admin: { readOnly: true, position: 'sidebar' },
    },
    {
      name: 'sequence',
      type: 'number',
      label: { en: 'Household’s handover no.', 'zh-TW': '該戶第幾次移交' },
      access: serverOwned,
      admin: { readOnly: true, position: 'sidebar' },
    },
    // household#sequence, unique: of two simultaneous handovers only one can hold the number.
    serverKeyField('claim'),
    // household:Idempotency-Key, unique: a retried request finds the first one's receipt.
    serverKeyField('idempotencyKey'),
    estateField(),
    ...actorFields,
  ],
}
