import { stringify } from 'qs-esm'
import type { CollectionSlug, Where } from 'payload'

import type { StaffRole } from '@/access/roles'

type Words = { en: string; 'zh-TW': string }

/**
 * One line of the staff dashboard: a pile of today's work, the records that make it, and where to
 * go to work through it. Which roles see it says whose work it is; whether they may count it at
 * all is still the collection's read access (counted as the user).
 */
export type Desk = {
  key: string
  label: Words
  collection: CollectionSlug
  /** The records, for someone holding `roles` (a department sees its own complaints). */
  where: (now: Date, roles?: readonly StaffRole[]) => Where
  roles: readonly StaffRole[]
  /** An office page for the desk; otherwise (or for a role the page does not serve) the admin list filtered by `where`. */
  page?: string
  /** The roles the page serves, when not all of `roles` (the complaints desk is the office's). */
  pageRoles?: readonly StaffRole[]
}

const OFFICE: readonly StaffRole[] = ['cs', 'supervisor', 'manager', 'admin']
const WORKERS: readonly StaffRole[] = ['engineering', 'environment', 'security']

const OPEN_COMPLAINT = ['received', 'planned', 'scheduled', 'in-progress', 'awaiting-acceptance']
const COMMITTED_COMPLAINT = ['planned', 'scheduled', 'in-progress']

/**
 * The complaints a desk shows someone: the office sees the estate's; a department's staff (who
 * have no office pages) the ones routed to their department: the department's list.
 */
const ownDepartment = (roles: readonly StaffRole[] = OFFICE): Where[] =>
  roles.some((role) => OFFICE.includes(role))
    ? []
    : [{ department: { in: WORKERS.filter((role) => roles.includes(role)) } }]

export const DESKS: readonly Desk[] = [
  {
    key: 'households-awaiting-handover',
    label: { en: 'Households awaiting handover', 'zh-TW': '待移交出入證的住戶' },
    collection: 'households',
    where: () => ({ status: { equals: 'pre-move-in' } }),
    roles: OFFICE,
  },
  {
    key: 'passes-awaiting-payment',
    label: { en: 'Passes awaiting payment', 'zh-TW': '待繳費的出入證' },
    collection: 'passes',
    where: (): Where => ({
      and: [
        { fee: { greater_than: 0 } },
        { feePaidAt: { exists: false } },
        { status: { not_equals: 'void' } },
      ],
    }),
    roles: [...OFFICE, 'finance'],
  },
  {
    key: 'passes-lost',
    label: { en: 'Passes reported lost', 'zh-TW': '已報失的出入證' },
    collection: 'passes',
    where: () => ({ status: { equals: 'lost' } }),
    roles: [...OFFICE, 'guard', 'security'],
  },
  {
    key: 'emails-failing',
    label: { en: 'E-mails failing (retrying)', 'zh-TW': '發送失敗的電郵（重試中）' },
    collection: 'notifications',
    where: () => ({ status: { equals: 'failed' } }),
    roles: ['cs', 'manager', 'admin'],
  },
  {
    key: 'mail-waiting',
    label: { en: 'Mail items waiting for pickup', 'zh-TW': '待領取的郵件' },
    collection: 'mail-items',
    where: () => ({ status: { equals: 'waiting' } }),
    roles: OFFICE,
    page: '/office/mail',
  },
  {
    key: 'complaints-open',
    label: { en: 'Complaints open', 'zh-TW': '處理中的投訴' },
    collection: 'complaints',
    where: (_now, roles): Where => ({
      and: [{ status: { in: OPEN_COMPLAINT } }, ...ownDepartment(roles)],
    }),
    roles: [...OFFICE, ...WORKERS],
    page: '/office/complaints',
    pageRoles: OFFICE,
  },
  {
    key: 'complaints-due',
    label: {
      en: 'Complaints due soon or overdue for a plan',
      'zh-TW': '即將逾期或已逾期未定方案的投訴',
    },
    collection: 'complaints',
    // Deadlines: still waiting for the plan and past the warning point (overdue ones included).
    where: (now, roles): Where => ({
      and: [
        { status: { equals: 'received' } },
        { warnAt: { less_than_equal: now.toISOString() } },
        ...ownDepartment(roles),
      ],
    }),
    roles: [...OFFICE, ...WORKERS],
    page: '/office/complaints',
    pageRoles: OFFICE,
  },
  {
    key: 'complaints-overdue',
    label: { en: 'Complaints past their committed time', 'zh-TW': '已過承諾處理時間的投訴' },
    collection: 'complaints',
    where: (now, roles): Where => ({
      and: [
        { status: { in: COMMITTED_COMPLAINT } },
        { committedTime: { less_than: now.toISOString() } },
        ...ownDepartment(roles),
      ],
    }),
    roles: [...OFFICE, ...WORKERS],
  },
  {
    key: 'visitors-waiting',
    label: { en: 'Visitors waiting at the gate', 'zh-TW': '門口等候中的訪客' },
    collection: 'visitor-requests',
    where: () => ({ status: { equals: 'waiting' } }),
    roles: [...OFFICE, 'guard', 'security'],
    page: '/office/gate',
  },
]

/** The desks whose work falls to someone holding these roles, in the dashboard's order. */
export const desksForRoles = (roles: readonly StaffRole[]): Desk[] =>
  DESKS.filter((desk) => desk.roles.some((role) => roles.includes(role)))

/** The desk's office page for the roles it serves, else the admin list filtered as counted. */
export function deskHref(desk: Desk, now: Date, roles: readonly StaffRole[] = OFFICE): string {
  const served = desk.pageRoles ?? desk.roles
  if (desk.page && roles.some((role) => served.includes(role))) return desk.page
  const query = stringify({ where: desk.where(now, roles) }, { addQueryPrefix: true })
  return `/admin/collections/${desk.collection}${query}`
}
