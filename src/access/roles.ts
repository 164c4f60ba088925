/** The staff roles of PROCEDURES.md, Part 2. One person may hold several. */
export const STAFF_ROLES = [
  'guard',
  'cs',
  'supervisor',
  'manager',
  'engineering',
  'environment',
  'security',
  'finance',
  'administration',
  'admin',
] as const

export type StaffRole = (typeof STAFF_ROLES)[number]

export const ROLE_LABELS: Record<StaffRole, { en: string; 'zh-TW': string }> = {
  guard: { en: 'Gate guard', 'zh-TW': '大門崗保安' },
  cs: { en: 'Customer service', 'zh-TW': '客服部' },
  supervisor: { en: 'Supervisor', 'zh-TW': '主管' },
  manager: { en: 'Property manager', 'zh-TW': '物業經理' },
  engineering: { en: 'Engineering (M&E)', 'zh-TW': '機電部' },
  environment: { en: 'Environment', 'zh-TW': '環境部' },
  security: { en: 'Security', 'zh-TW': '安全管理部' },
  finance: { en: 'Finance', 'zh-TW': '財務部' },
  administration: { en: 'Administration', 'zh-TW': '行政部' },
  admin: { en: 'System administrator', 'zh-TW': '系統管理員' },
}

/**
 * The visitor desk: who sees the gate's requests and the visitors inside (the gate and CS boards,
 * the inside list): the gate, customer service, Security and the managers.
 */
export const VISITOR_DESK: readonly StaffRole[] = [
  'guard',
  'cs',
  'security',
  'supervisor',
  'manager',
  'admin',
]

export { hasRole, isStaff } from './actor'
