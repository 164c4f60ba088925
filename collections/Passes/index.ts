import type { CollectionConfig } from 'payload'

import { serverKeyField, serverOwned } from '@/access'
import { assignEstate, estateField } from '@/access/estate'
import {
  estateStaffVersions,
  officeOrFinance,
  officeOrResident,
  servingResidentsField,
  staffOrOwnHousehold,
} from '@/access/residents'
import { PASS_STATUS_LABELS, PASS_STATUSES, PASS_WORKFLOW } from '@/domain/passes/transitions'
import { workflowOf } from '../../hooks/guardWorkflow'
import { actorFields, stampActor } from '../../hooks/stampActor'
import { HOUSEHOLDS_GROUP } from '../Households'
import {
  changePassStatusEndpoint,
  gateCheckPassEndpoint,
  quotePassEndpoint,
  requestPassEndpoint,
} from './endpoints'
import { assignPassIdentity } from './hooks/assignPassIdentity'
import { explainSlotConflict } from './hooks/explainSlotConflict'
import { refuseUnpaidActivation } from './hooks/refuseUnpaidActivation'
import { releaseUnpaidSlot } from './hooks/releaseUnpaidSlot'
import { inEstateTimeZone, stampEstateTimeZone } from '../../hooks/stampEstateTimeZone'

const passWorkflow = workflowOf(PASS_WORKFLOW, { field: 'status', household: 'household' })

/**
 * Residents' access passes (PAS-2 … PAS-6). The server decides everything but the member:
 * number, household, fee, status. Status moves only through the operations (handover, report
 * lost, void), which follow the transition table in src/domain/passes/transitions.ts.
 */
export const Passes: CollectionConfig = {
  slug: 'passes',
  labels: {
    singular: { en: 'Access pass', 'zh-TW': '業戶出入證' },
    plural: { en: 'Access passes', 'zh-TW': '業戶出入證' },
  },
  admin: {
    useAsTitle: 'number',
    defaultColumns: ['number', 'memberName', 'status', 'fee', 'feePaidAt'],
    group: HOUSEHOLDS_GROUP,
  },
  defaultSort: 'number',
  access: {
    read: staffOrOwnHousehold(),
    // Residents may ask for a pass for a member of their own household (checked in the hook).
    create: officeOrResident,
    // Every field is the server's; fees are paid by recording a payment (collections/Payments).
    update: officeOrFinance,
    // Every pass ever issued counts towards the free ones (PAS-3): none is ever deleted.
    delete: () => false,
    readVersions: estateStaffVersions,
  },
  // A pass number exists once in each estate; lists query by estate and household or status.
  indexes: [
    { fields: ['estate', 'number'], unique: true },
    { fields: ['estate', 'household'] },
    { fields: ['estate', 'status'] },
  ],
  endpoints: [
    quotePassEndpoint,
    requestPassEndpoint,
    changePassStatusEndpoint,
    gateCheckPassEndpoint,
  ],
  versions: { maxPerDoc: 100 },
  hooks: {
    beforeChange: [
      assignPassIdentity,
      assignEstate(),
      refuseUnpaidActivation,
      passWorkflow.beforeChange,
      stampEstateTimeZone('feePaidAt', 'activatedAt'),
      releaseUnpaidSlot,
      stampActor,
    ],
    afterChange: [passWorkflow.afterChange],
    afterError: [explainSlotConflict],
  },
  fields: [
    {
      name: 'statusActions',
      type: 'ui',
      admin: { components: { Field: '/src/components/admin/WorkflowMoves#PassWorkflowMoves' } },
    },
    {
      name: 'member',
      type: 'relationship',
      relationTo: 'members',
      required: true,
      index: true,
      label: { en: 'Member', 'zh-TW': '成員' },
      access: { update: () => false },
    },
    {
      // The holder's name on every row the server sends (the household page's pass table shows it
      // without asking again per cell, so no row waits for its cell to be scrolled into view).
      name: 'memberName',
      type: 'text',
      virtual: 'member.name',
      label: { en: 'Holder', 'zh-TW': '持證人' },
      // A column of the lists only: the edit view has the member field itself.
      admin: { readOnly: true, disableBulkEdit: true, condition: () => false },
    },
    {
      name: 'number',
      type: 'text',
      label: { en: 'Pass number', 'zh-TW': '證號' },
      access: serverOwned,
      admin: { readOnly: true },
    },
    {
      name: 'household',
      type: 'relationship',
      relationTo: 'households',
      index: true,
      label: { en: 'Household', 'zh-TW': '住戶' },
      access: serverOwned,
      admin: { readOnly: true },
    },
    {
      name: 'status',
      type: 'select',
      defaultValue: 'prepared',
      index: true,
      options: PASS_STATUSES.map((value) => ({ value, label: PASS_STATUS_LABELS[value] })),
      label: { en: 'Status', 'zh-TW': '狀態' },
      access: serverOwned,
      admin: { readOnly: true, position: 'sidebar' },
    },
    passWorkflow.movesField,
    {
      type: 'row',
      fields: [
        {
          name: 'fee',
          type: 'number',
          label: { en: 'Fee', 'zh-TW': '費用' },
          access: serverOwned,
          admin: {
            readOnly: true,
            width: '33%',
            components: { Cell: '/src/components/admin/PassFeeCell#PassFeeCell' },
          },
        },
        {
          name: 'currency',
          type: 'text',
          label: { en: 'Currency', 'zh-TW': '貨幣' },
          access: serverOwned,
          admin: { readOnly: true, width: '33%' },
        },
        {
          name: 'feePaidAt',
          type: 'date',
          timezone: inEstateTimeZone,
          label: { en: 'Fee paid at', 'zh-TW': '繳費時間' },
          // Set only by recording a payment (collections/Payments), never written by a client.
          access: serverOwned,
          admin: { readOnly: true, width: '33%', date: { pickerAppearance: 'dayAndTime' } },
        },
      ],
    },
    {
      name: 'payment',
      type: 'relationship',
      relationTo: 'payments',
      label: { en: 'Paid by payment', 'zh-TW': '繳費紀錄' },
      access: serverOwned,
      admin: { readOnly: true, position: 'sidebar', condition: (data) => Boolean(data?.payment) },
    },
    {
      name: 'ordinal',
      type: 'number',
      label: { en: 'Member’s pass no.', 'zh-TW': '該成員第幾張' },
      access: serverOwned,
      admin: { readOnly: true, position: 'sidebar' },
    },
    // member#ordinal, unique: the guarantee that no member gets a fourth free pass.
    serverKeyField('slot'),
    // member#unpaid#k while the fee is owed, unique: at most the setting's number of unpaid
    // extra passes per member, even under simultaneous requests; cleared when paid or voided.
    serverKeyField('unpaidSlot'),
    {
      // What the pass's QR code carries: unguessable, no personal data.
      name: 'qrToken',
      type: 'text',
      unique: true,
      label: { en: 'QR code token', 'zh-TW': '二維碼憑證' },
      // A credential: only the office (to print it) and the holder's household (to show it).
      access: { ...serverOwned, read: servingResidentsField() },
      admin: { readOnly: true, position: 'sidebar' },
    },
    {
      name: 'receipt',
      type: 'relationship',
      relationTo: 'pass-receipts',
      label: { en: 'Handed over on receipt', 'zh-TW': '簽收單' },
      access: serverOwned,
      admin: { readOnly: true, position: 'sidebar' },
    },
    {
      name: 'activatedAt',
      type: 'date',
      timezone: inEstateTimeZone,
      label: { en: 'Handed over at', 'zh-TW': '移交時間' },
      access: serverOwned,
      admin: { readOnly: true, position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } },
    },
    estateField(),
    ...actorFields,
  ],
}
