import type { CollectionBeforeChangeHook } from 'payload'

import { actorOf, type RecordId } from '@/access/actor'
import { idOf } from '@/domain/relations'
import { cleanText, normalisePlate } from '@/domain/visitors/rules'
import { invalidField, refuse } from '@/errors/refuse'

const where = { collection: 'visitor-requests' }
const STAFF_HOW = ['phone', 'in-person']

/**
 * VIS-1, VIS-2, VIS-5 as one adapter (the workflow guard has already allowed the move): a new
 * request names the visitor and exactly one host, a unit of the same estate or a department; an
 * answer keeps who confirmed and how (a resident's answer is "confirmed by the resident in the
 * portal"), who answered and when; check-in and check-out keep their times. A visitor who matches
 * the do-not-admit list (`doNotAdmit`, set by `flagDoNotAdmit` just before) is admitted only by
 * CS with `overrideWarning` and a note; who overrode and when are kept.
 */
export const checkVisitorRequest: CollectionBeforeChangeHook = async ({
  data,
  originalDoc,
  operation,
  req,
}) => {
  const now = new Date().toISOString()
  if (operation === 'create') {
    data.surname = cleanText(data.surname)
    if (!data.surname || data.surname.length > 50) {
      throw invalidField(req, where, 'surname', 'visitors.surname-required')
    }
    data.organisation = cleanText(data.organisation) || null
    data.plate = normalisePlate(data.plate) || null
    const household = idOf(data.hostHousehold as RecordId | { id: RecordId } | null | undefined)
    const department = data.hostDepartment || null
    if ((household == null) === (department == null)) {
      throw invalidField(req, where, 'hostHousehold', 'visitors.host-required')
    }
    if (household != null) {
      const found = await req.payload
        .findByID({ collection: 'households', id: household, depth: 0, req, overrideAccess: true })
        .catch(() => null)
      if (!found || String(idOf(found.estate)) !== String(data.estate)) {
        throw invalidField(req, where, 'hostHousehold', 'visitors.host-unknown')
      }
    }
    return data
  }

  const from = originalDoc?.status
  const to = data.status ?? from
  const answering = from === 'waiting' && (to === 'admitted' || to === 'refused')
  if (!answering) {
    // Who confirmed an answer is kept as it was given: it changes only with the answer.
    data.confirmedBy = originalDoc?.confirmedBy ?? null
    data.confirmedHow = originalDoc?.confirmedHow ?? null
  }
  const admitting = from === 'waiting' && to === 'admitted'
  if (!admitting) {
    // An override is given only with the admission it allows.
    data.overrideWarning = originalDoc?.overrideWarning ?? false
    data.overrideNote = originalDoc?.overrideNote ?? null
  }
  if (from === to) return data
  const actor = actorOf(req)
  const flagged = Array.isArray(data.doNotAdmit) && data.doNotAdmit.length > 0
  if (admitting && flagged) {
    // A visitor on the do-not-admit list is admitted only by CS, knowingly, with a note.
    if (actor.kind !== 'staff') refuse(req, 'visitors.do-not-admit-resident', 403)
    data.overrideNote = cleanText(data.overrideNote)
    if (data.overrideWarning !== true || !data.overrideNote || data.overrideNote.length > 300) {
      throw invalidField(req, where, 'overrideWarning', 'visitors.do-not-admit-override')
    }
    data.overriddenBy = actor.id
    data.overriddenAt = now
  } else if (admitting) {
    data.overrideWarning = false
    data.overrideNote = null
  }
  if (answering) {
    if (actor.kind === 'resident') {
      const resident = req.user as { name?: string | null; email?: string }
      data.confirmedBy = cleanText(resident.name) || resident.email || null
      data.confirmedHow = 'portal'
    } else {
      data.confirmedBy = cleanText(data.confirmedBy ?? originalDoc?.confirmedBy)
      const how = data.confirmedHow ?? originalDoc?.confirmedHow
      if (!data.confirmedBy || data.confirmedBy.length > 100 || !STAFF_HOW.includes(how)) {
        throw invalidField(req, where, 'confirmedBy', 'visitors.confirmation-required')
      }
    }
    data.answeredBy = req.user ? { relationTo: req.user.collection, value: req.user.id } : null
    data.answeredAt = now
  }
  if (to === 'checked-in') data.checkedInAt = now
  if (to === 'checked-out') data.checkedOutAt = now
  return data
}
