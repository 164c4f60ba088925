import type { CollectionBeforeChangeHook } from 'payload'

import { actorOf } from '@/access/actor'
import { checkPassWindow, isPassUses } from '@/domain/visitors/passRules'
import { cleanText } from '@/domain/visitors/rules'
import { invalidField } from '@/errors/refuse'

const where = { collection: 'visitor-passes' }
const WINDOW_CODES = {
  dates: 'visitors.pass-window-dates',
  order: 'visitors.pass-window-order',
  'too-long': 'visitors.pass-window-too-long',
  past: 'visitors.pass-window-past',
} as const

/**
 * VIS-4: a new pass is the resident's household's (whatever the client sent), for a named
 * visitor, a window of at most 7 days and 1–20 uses. Its token is signed once the pass has an id
 * (`signVisitorPass`). After creation only the status moves (the workflow guard).
 */
export const prepareVisitorPass: CollectionBeforeChangeHook = ({
  data,
  operation,
  req,
  originalDoc,
}) => {
  if (operation !== 'create') {
    for (const field of ['visitorName', 'validFrom', 'validUntil', 'maxUses']) {
      data[field] = originalDoc?.[field]
    }
    return data
  }
  const actor = actorOf(req)
  if (actor.kind === 'resident') data.household = actor.household
  data.visitorName = cleanText(data.visitorName)
  if (!data.visitorName || data.visitorName.length > 100) {
    throw invalidField(req, where, 'visitorName', 'visitors.pass-name-required')
  }
  const problem = checkPassWindow(data.validFrom, data.validUntil, new Date())
  if (problem) throw invalidField(req, where, 'validUntil', WINDOW_CODES[problem])
  data.validFrom = new Date(data.validFrom).toISOString()
  data.validUntil = new Date(data.validUntil).toISOString()
  data.maxUses ??= 1
  if (!isPassUses(data.maxUses)) throw invalidField(req, where, 'maxUses', 'visitors.pass-uses')
  // Whatever a client sent: the token is the server's, signed after the pass is saved.
  data.token = null
  data.tokenHash = null
  return data
}
