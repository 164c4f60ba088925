import type { CollectionBeforeChangeHook } from 'payload'

import { isUsableEntry } from '@/domain/visitors/doNotAdmit'
import { cleanText, normalisePlate } from '@/domain/visitors/rules'
import { invalidField } from '@/errors/refuse'

const where = { collection: 'do-not-admit' }

/** An entry names someone (a name, an organisation or a plate) and says why. */
export const checkDoNotAdmitEntry: CollectionBeforeChangeHook = ({ data, originalDoc, req }) => {
  const merged = { ...originalDoc, ...data }
  data.name = cleanText(merged.name) || null
  data.organisation = cleanText(merged.organisation) || null
  data.plate = normalisePlate(merged.plate) || null
  data.reason = cleanText(merged.reason)
  if (!isUsableEntry(data)) throw invalidField(req, where, 'name', 'visitors.do-not-admit-empty')
  if (!data.reason) throw invalidField(req, where, 'reason', 'visitors.do-not-admit-reason')
  return data
}
