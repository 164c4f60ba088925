import type { Payload } from 'payload'
import { createLocalReq } from 'payload'

import { signConfirmationLetter } from '@/domain/subscriptions/signLetter'
import type { Category, Supplier } from '@/domain/subscriptions/workflow'
import { DEMO_SIGNATURE, staffByEmail } from './demoActors'

type DemoTitle = {
  title: string
  category: Category
  supplier: Supplier
  supplierName?: string
  supplierEmail?: string
  monthlyPrice: number
}

/** What each demo estate offers: a post-office paper, a CNPIEC magazine, another supplier's. */
const DEMO_TITLES: DemoTitle[] = [
  {
    title: '人民日報',
    category: 'newspaper',
    supplier: 'post-office',
    supplierEmail: 'subscriptions@post-office.example',
    monthlyPrice: 28,
  },
  { title: '南方都市報', category: 'newspaper', supplier: 'post-office', monthlyPrice: 22 },
  { title: 'The Economist', category: 'magazine', supplier: 'cnpiec', monthlyPrice: 118 },
  {
    title: '讀者',
    category: 'magazine',
    supplier: 'other',
    supplierName: '城中書報社',
    monthlyPrice: 12,
  },
]

/**
 * The demo estate's titles on offer and, for its demo household, one subscription waiting for the
 * resident's signature and one ordered, each moved by the demo cs and supervisor as the workflow
 * requires. Idempotent: an estate that has titles already is left as it is.
 */
export async function seedDemoSubscriptions(
  payload: Payload,
  estate: number,
  unit: string,
  staff: { cs: string; supervisor: string },
) {
  const { totalDocs } = await payload.count({
    collection: 'publications',
    where: { estate: { equals: estate } },
  })
  if (totalDocs > 0) return
  const titles = []
  for (const title of DEMO_TITLES) {
    titles.push(await payload.create({ collection: 'publications', data: { ...title, estate } }))
  }
  const household = (
    await payload.find({
      collection: 'households',
      where: { unit: { equals: unit }, estate: { equals: estate } },
      limit: 1,
      depth: 0,
    })
  ).docs[0]
  const cs = await staffByEmail(payload, staff.cs, estate)
  const supervisor = await staffByEmail(payload, staff.supervisor, estate)
  if (!household || !cs || !supervisor) return
  const order = (publication: number) =>
    payload.create({
      collection: 'subscriptions',
      data: { household: household.id, publication, months: 6, channel: 'phone' },
    })
  const move = (
    id: number,
    status: 'confirmed-by-supplier' | 'approved' | 'ordered',
    user: typeof cs,
  ) =>
    payload.update({
      collection: 'subscriptions',
      id,
      data: { status, ...(status === 'ordered' ? { quantity: 1 } : {}) },
      user,
      overrideAccess: true,
    })
  // The paper is running; the magazine waits for the resident to sign its letter in the portal.
  const paper = await order(titles[0]!.id)
  await move(paper.id, 'confirmed-by-supplier', cs)
  await signConfirmationLetter(await createLocalReq({ user: cs }, payload), paper.id, {
    signature: DEMO_SIGNATURE,
    signedByName: 'Demo',
  })
  await move(paper.id, 'approved', supervisor)
  await move(paper.id, 'ordered', cs)
  const magazine = await order(titles[3]!.id)
  await move(magazine.id, 'confirmed-by-supplier', cs)
}
