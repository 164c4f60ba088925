import type { PayloadRequest } from 'payload'
import { commitTransaction, Forbidden, initTransaction, killTransaction } from 'payload'

import { OFFICE_ROLES } from '@/access/residents'
import { hasRole } from '@/access/roles'
import type { RegisterPreview, RegisterProblem } from './parseRegister'

/** Units in the file that already have a household: importing them again would double members. */
export async function findExistingUnits(
  req: PayloadRequest,
  preview: RegisterPreview,
): Promise<RegisterProblem[]> {
  const units = preview.households.map((h) => h.unit)
  if (units.length === 0) return []
  // Units are unique per estate: only the importing office's estate counts (read as the user).
  const existing = await req.payload.find({
    collection: 'households',
    where: { unit: { in: units } },
    limit: units.length,
    depth: 0,
    req,
    user: req.user,
    overrideAccess: false,
  })
  return existing.docs.map((h) => ({
    row: 0,
    column: 'unit',
    code: 'unit-exists',
    message: {
      en: `Unit ${h.unit} is already registered; add its members on the household page instead`,
      'zh-TW': `單元 ${h.unit} 已經登記，請到該住戶頁面新增成員`,
    },
  }))
}

/**
 * PAS-1: writes a checked register — every household, member and (through the member hook) its
 * free passes — or nothing. PostgreSQL rolls the transaction back; on a database without
 * transactions what was written is removed again before the error is passed on.
 */
export async function importRegister(req: PayloadRequest, preview: RegisterPreview) {
  if (!hasRole(req.user, ...OFFICE_ROLES)) throw new Forbidden(req.t)
  const createdHouseholds: (string | number)[] = []
  const ownTransaction = await initTransaction(req)
  let members = 0
  try {
    for (const entry of preview.households) {
      const household = await req.payload.create({
        collection: 'households',
        data: { unit: entry.unit },
        req,
        user: req.user,
        overrideAccess: false,
      })
      createdHouseholds.push(household.id)
      for (const m of entry.members) {
        await req.payload.create({
          collection: 'members',
          data: {
            household: household.id,
            name: m.name,
            gender: m.gender,
            relationship: m.relationship,
            age: m.age,
          },
          req,
          user: req.user,
          overrideAccess: false,
        })
        members++
      }
    }
    if (ownTransaction) await commitTransaction(req)
  } catch (error) {
    if (ownTransaction) {
      await killTransaction(req)
    } else if (createdHouseholds.length) {
      await removeImported(req, createdHouseholds)
    }
    throw error
  }
  const passes = await req.payload.count({
    collection: 'passes',
    where: { household: { in: createdHouseholds } },
    req,
    overrideAccess: true,
  })
  return {
    households: createdHouseholds.length,
    members,
    passes: passes.totalDocs,
    householdIds: createdHouseholds,
  }
}

async function removeImported(req: PayloadRequest, households: (string | number)[]) {
  const where = { household: { in: households } }
  for (const collection of ['passes', 'members'] as const) {
    await req.payload
      .delete({ collection, where, req, overrideAccess: true })
      .catch(() => undefined)
  }
  await req.payload
    .delete({
      collection: 'households',
      where: { id: { in: households } },
      req,
      overrideAccess: true,
    })
    .catch(() => undefined)
}
