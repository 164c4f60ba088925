import { COMPLAINT_DEPARTMENTS, type ComplaintDepartment } from './transitions'

export type ReportRow = {
  department?: ComplaintDepartment | null
  status?: string | null
  createdAt: string
  closedAt?: string | null
  closedHow?: string | null
  respondBy?: string | null
  plannedAt?: string | null
  reopenCount?: number | null
}

export type DepartmentFigures = {
  department: ComplaintDepartment
  count: number
  closed: number
  /** Median hours from received to closed, of those closed; null when none closed. */
  medianHoursToClose: number | null
  /** Answered after their response time (planned late), or still unanswered past it. */
  overdue: number
  /** Share of closed ones the resident accepted at the first visit (never reopened). */
  acceptedFirstTime: number | null
}

const median = (values: number[]) => {
  if (!values.length) return null
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
}

/**
 * The property manager's monthly report by department: the complaints received in the month,
 * how long the closed ones took (median), how many missed their response time, and the share
 * accepted at the first visit. Pure: the page reads the rows, this counts them.
 */
export function monthlyReport(rows: ReportRow[], now: Date): DepartmentFigures[] {
  return COMPLAINT_DEPARTMENTS.map((department) => {
    const mine = rows.filter((r) => (r.department ?? 'cs') === department)
    const closed = mine.filter((r) => r.status === 'closed' && r.closedAt)
    const hours = closed.map((r) => (Date.parse(r.closedAt!) - Date.parse(r.createdAt)) / 3600_000)
    const overdue = mine.filter((r) => {
      if (!r.respondBy) return false
      const due = Date.parse(r.respondBy)
      const answered = r.plannedAt ? Date.parse(r.plannedAt) : null
      return answered === null ? r.status === 'received' && due < now.getTime() : answered > due
    }).length
    const accepted = closed.filter((r) => r.closedHow === 'accepted' && !r.reopenCount).length
    return {
      department,
      count: mine.length,
      closed: closed.length,
      medianHoursToClose: median(hours),
      overdue,
      acceptedFirstTime: closed.length ? accepted / closed.length : null,
    }
  })
}
