import type { Access } from 'payload'

import { actorOf } from './actor'
import { estateAccess, estateCreateAccess, estateVersionsAccess, reachQuery } from './estate'
import { OFFICE_ROLES } from './residents'

/**
 * Subscriptions are the office's and finance's business (finance bills them monthly, SUB-6), and
 * the household's own (GEN-5). Other staff, kiosks and other households see none.
 */
const SUBSCRIPTION_READERS = [...OFFICE_ROLES, 'finance'] as const

export const canReadSubscriptions: Access = estateAccess({
  staff: SUBSCRIPTION_READERS,
  resident: { household: 'household' },
})

/** The office records an order taken by phone or at the desk; a resident orders in the portal. */
export const canOrderSubscriptions: Access = estateCreateAccess({
  staff: OFFICE_ROLES,
  resident: 'estate',
})

/** The office moves and completes a subscription; the resident only declines one (the workflow decides). */
export const canChangeSubscriptions: Access = estateAccess({
  staff: OFFICE_ROLES,
  resident: { household: 'household' },
})

export const canReadSubscriptionVersions: Access = estateVersionsAccess({
  staff: SUBSCRIPTION_READERS,
})

/** The register and the monthly charges of every unit: the office and finance. */
export const canReadRegister = (req: Parameters<Access>[0]['req']) =>
  reachQuery(actorOf(req), { staff: SUBSCRIPTION_READERS }) !== false

/**
 * The titles the office offers: its staff read them all; the estate's residents read those on
 * offer (SUB-1); kiosks and anyone else none.
 */
export const canReadPublications: Access = ({ req }) => {
  const actor = actorOf(req)
  const reach = reachQuery(actor, { staff: 'all', resident: 'estate' })
  if (reach === false || actor.kind !== 'resident') return reach
  return { and: [reach, { available: { equals: true } }] }
}

export const canOfferPublications: Access = estateCreateAccess({ staff: OFFICE_ROLES })
export const canChangePublications: Access = estateAccess({ staff: OFFICE_ROLES })
export const canReadPublicationVersions: Access = estateVersionsAccess({ staff: 'all' })
