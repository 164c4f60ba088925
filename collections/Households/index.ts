import type { CollectionConfig } from 'payload'

import { serverOwned } from '@/access'
import { assignEstate, estateField } from '@/access/estate'
import {
  estateAdmins,
  estateOffice,
  estateStaffVersions,
  officeOnly,
  staffOrOwnHousehold,
} from '@/access/residents'
import {
  HOUSEHOLD_STATUS_LABELS,
  HOUSEHOLD_STATUSES,
  HOUSEHOLD_WORKFLOW,
} from '@/domain/households/status'
import { fieldError, type FieldErrorReq } from '@/errors/refuse'
import { workflowOf } from '../../hooks/guardWorkflow'
import { actorFields, stampActor } from '../../hooks/stampActor'
import { importRegisterEndpoint } from './endpoints/importRegister'
import { inEstateTimeZone, stampEstateTimeZone } from '../../hooks/stampEstateTimeZone'
import { carryUnitToComplaints } from './hooks/carryUnitToComplaints'

const householdWorkflow = workflowOf(HOUSEHOLD_WORKFLOW, { field: 'status', household: 'id' })

export const HOUSEHOLDS_GROUP = { en: 'Households & passes', 'zh-TW': '住戶與出入證' }

/** A unit's household (PAS-1). Its members come from the sales office's register. */
export const Households: CollectionConfig = {
  slug: 'households',
  labels: {
    singular: { en: 'Household', 'zh-TW': '住戶' },
    plural: { en: 'Households', 'zh-TW': '住戶' },
  },
  admin: {
    useAsTitle: 'unit',
    defaultColumns: ['unit', 'status', 'movedInAt'],
    // Found by a member's name too (kept by the members' hook).
    listSearchableFields: ['unit', 'memberNames'],
    group: HOUSEHOLDS_GROUP,
    components: {
      beforeList: ['/src/components/admin/HouseholdTools#RegisterImportLink'],
    },
  },
  defaultSort: 'unit',
  access: {
    read: staffOrOwnHousehold('id'),
    create: officeOnly,
    update: estateOffice,
    delete: estateAdmins,
    readVersions: estateStaffVersions,
  },
  // A unit exists once in each estate; every query a list makes leads with the estate.
  indexes: [{ fields: ['estate', 'unit'], unique: true }],
  endpoints: [importRegisterEndpoint],
  versions: { maxPerDoc: 50 },
  hooks: {
    beforeChange: [
      assignEstate(),
      householdWorkflow.beforeChange,
      stampEstateTimeZone('movedInAt'),
      stampActor,
    ],
    afterChange: [householdWorkflow.afterChange, carryUnitToComplaints],
  },
  fields: [
    {
      name: 'unit',
      type: 'text',
      required: true,
      label: { en: 'Unit', 'zh-TW': '單元' },
      admin: { description: { en: 'Block-flat, e.g. 3-1502', 'zh-TW': '座數-單位，例如 3-1502' } },
      validate: (value: unknown, { req }: { req: FieldErrorReq }) =>
        typeof value === 'string' && /^[0-9A-Za-z]{1,4}-[0-9A-Za-z]{1,6}$/.test(value.trim())
          ? true
          : fieldError(req, 'household.unit-format'),
    },
    {
      name: 'status',
      type: 'select',
      defaultValue: 'pre-move-in',
      options: HOUSEHOLD_STATUSES.map((value) => ({
        value,
        label: HOUSEHOLD_STATUS_LABELS[value],
      })),
      label: { en: 'Status', 'zh-TW': '狀態' },
      admin: {
        position: 'sidebar',
        // Changed only through the moves the server offers (statusMoves below).
        readOnly: true,
        description: {
          en: 'Becomes “Moved in” when the passes are handed over.',
          'zh-TW': '移交出入證時自動轉為「已入住」。',
        },
      },
    },
    householdWorkflow.movesField,
    {
      name: 'statusMoves',
      type: 'ui',
      admin: {
        position: 'sidebar',
        components: { Field: '/src/components/admin/WorkflowMoves#HouseholdWorkflowMoves' },
      },
    },
    {
      name: 'movedInAt',
      type: 'date',
      timezone: inEstateTimeZone,
      label: { en: 'Moved in at', 'zh-TW': '入住時間' },
      access: serverOwned,
      admin: { readOnly: true, position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      name: 'memberNames',
      type: 'text',
      label: { en: 'Members’ names', 'zh-TW': '成員姓名' },
      access: serverOwned,
      admin: { hidden: true },
    },
    {
      name: 'handover',
      type: 'ui',
      admin: { components: { Field: '/src/components/admin/HouseholdHandover#HouseholdHandover' } },
    },
    {
      name: 'members',
      type: 'join',
      collection: 'members',
      on: 'household',
      label: { en: 'Members', 'zh-TW': '家庭成員' },
      // A household's members and passes on one page each, not ten rows and a pager.
      defaultLimit: 50,
      admin: { defaultColumns: ['name', 'relationship', 'gender', 'age'] },
    },
    {
      name: 'passes',
      type: 'join',
      collection: 'passes',
      on: 'household',
      label: { en: 'Passes', 'zh-TW': '出入證' },
      defaultLimit: 100,
      defaultSort: 'number',
      // The holder's name comes with each row (memberName): Payload's relationship cell would
      // fetch it only once the cell is scrolled into view, showing "<No Member>" until then.
      admin: { defaultColumns: ['number', 'memberName', 'status', 'fee', 'feePaidAt'] },
    },
    estateField(),
    ...actorFields,
  ],
}
