import type { PayloadRequest } from 'payload'
import { commitTransaction, Forbidden, initTransaction, killTransaction } from 'payload'

import { OFFICE_ROLES } from '@/access/residents'
import { hasRole } from '@/access/roles'
import { UNIT_PATTERN, type RegisterPreview, type RegisterProblem } from './parseRegister'

/**
 * Units in the file that already have a household: importing them again would double members.
 * Each is named with its rows in the file and the household, for a link to it.
 */
export async function findExistingUnits(
  req: PayloadRequest,
  preview: RegisterPreview,
): Promise<RegisterProblem[]> {
  const rowsOfUnit = new Map<string, number[]>()
  for (const line of preview.lines) {
    if (!UNIT_PATTERN.test(line.cells.unit)) continue
    rowsOfUnit.set(line.cells.unit, [...(rowsOfUnit.get(line.cells.unit) ?? []), line.row])
  }
  const units = [...rowsOfUnit.keys()]
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
  return existing.docs.map((h) => {
    const rows = rowsOfUnit.get(h.unit) ?? []
    const where = rowList(rows)
    return {
      row: rows[0] ?? 0,
      rows,
      household: h.id,
      column: 'unit',
      code: 'unit-exists' as const,
      message: {
        en: `${where.en}: unit ${h.unit} is already registered; add its members on the household page instead`,
        'zh-TW': `${where.zh}：單元 ${h.unit} 已經登記，請到該住戶頁面新增成員`,
      },
    }
  })
}

/** "Row 3" / "Rows 3, 4, 7" and 第 3 行 / 第 3、4、7 行. */
function rowList(rows: number[]) {
  return {
    en: `${rows.length === 1 ? 'Row' : 'Rows'} ${rows.join(', ')}`,
    zh: `第 ${rows.join('、')} 行`,
  }
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
