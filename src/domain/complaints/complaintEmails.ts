import { type EstateLetterhead, estateName } from '@/domain/estates/readEstate'
import { formatEstateDateTime } from '@/domain/estates/timeZone'
import type { Lang } from '@/errors/catalogue'
import { COMPLAINT_CHANNEL_LABELS, COMPLAINT_DEPARTMENT_LABELS } from './transitions'

export type ComplaintSummary = {
  number: string
  unit: string
  residentName: string
  problem: string
  channel: keyof typeof COMPLAINT_CHANNEL_LABELS
  department?: keyof typeof COMPLAINT_DEPARTMENT_LABELS | null
  major?: boolean | null
  requestedTime?: string | null
}

type Estate = Pick<EstateLetterhead, 'name' | 'nameEn' | 'timeZone'>

const excerpt = (text: string) => (text.length > 400 ? `${text.slice(0, 400)}…` : text)

/** CMP-1: the resident gets the complaint's number at once (no time is promised here: CMP-3). */
export function complaintReceivedEmail(
  c: ComplaintSummary,
  estate: Estate,
  portalUrl: string,
  lang: Lang,
) {
  const name = estateName(estate, lang)
  if (lang === 'en') {
    return {
      subject: `${name}: complaint ${c.number} received`,
      body: [
        `Dear ${c.residentName} (${c.unit}),`,
        '',
        `The ${name} management office has received your complaint. Its number is ${c.number}.`,
        '',
        `What you reported: ${excerpt(c.problem)}`,
        '',
        c.requestedTime
          ? 'The time you asked for is noted as a request; the supervisor decides the time and we will tell you.'
          : 'The supervisor decides how and when it is dealt with; we will tell you.',
        '',
        `Follow it in the residents’ portal: ${portalUrl}`,
      ].join('\n'),
    }
  }
  return {
    subject: `${name}管理處：已收到您的投訴（編號 ${c.number}）`,
    body: [
      `${c.residentName}（${c.unit}）您好：`,
      '',
      `${name}管理處已收到您的投訴，編號為 ${c.number}。`,
      '',
      `您反映的問題：${excerpt(c.problem)}`,
      '',
      c.requestedTime
        ? '您希望的時間已記錄為要求；處理時間由主管決定後，我們會通知您。'
        : '處理方案及時間由主管決定後，我們會通知您。',
      '',
      `於住戶網站跟進：${portalUrl}`,
    ].join('\n'),
  }
}

/** CMP-6 (every new complaint) and CMP-7 (marked major, at once): the property manager's copy. */
export function managerCopyEmail(
  c: ComplaintSummary,
  estate: Estate,
  officeUrl: string,
  lang: Lang,
) {
  const name = estateName(estate, lang)
  const channel = COMPLAINT_CHANNEL_LABELS[c.channel][lang]
  const department = c.department ? COMPLAINT_DEPARTMENT_LABELS[c.department][lang] : '—'
  if (lang === 'en') {
    return {
      subject: `${c.major ? 'MAJOR complaint' : 'New complaint'} ${c.number} — ${name}, ${c.unit}`,
      body: [
        c.major
          ? `Complaint ${c.number} is marked major and is reported to you at once.`
          : `Copy of a new complaint (${c.number}).`,
        '',
        `Unit: ${c.unit}`,
        `Resident: ${c.residentName}`,
        `Channel: ${channel}`,
        `Department: ${department}`,
        `Problem: ${excerpt(c.problem)}`,
        '',
        `Complaint form: ${officeUrl}`,
      ].join('\n'),
    }
  }
  return {
    subject: `${c.major ? '重大投訴' : '新投訴'} ${c.number}：${name} ${c.unit}`,
    body: [
      c.major ? `投訴 ${c.number} 已標示為重大問題，即時通知您。` : `新投訴副本（${c.number}）。`,
      '',
      `單元：${c.unit}`,
      `住戶：${c.residentName}`,
      `途徑：${channel}`,
      `負責部門：${department}`,
      `問題：${excerpt(c.problem)}`,
      '',
      `投訴表：${officeUrl}`,
    ].join('\n'),
  }
}

/** CMP-3, CMP-4, CMP-5: the resident is told the plan and the time once the supervisor decides. */
export function committedTimeEmail(
  c: ComplaintSummary & { plan: string; committedTime: string; reason?: string | null },
  estate: Estate,
  portalUrl: string,
  lang: Lang,
  { changed = false } = {},
) {
  const name = estateName(estate, lang)
  const when = formatEstateDateTime(c.committedTime, estate.timeZone, lang, { time: true })
  if (lang === 'en') {
    return {
      subject: `${name}: ${changed ? 'new time' : 'plan and time'} for complaint ${c.number}`,
      body: [
        `Dear ${c.residentName} (${c.unit}),`,
        '',
        `${changed ? 'The time for' : 'The supervisor has decided how to deal with'} your complaint ${c.number}${changed ? ' has changed' : ''}.`,
        '',
        `Plan: ${c.plan}`,
        `Time: ${when}`,
        ...(c.reason ? [`Why: ${c.reason}`] : []),
        '',
        `Follow it in the residents’ portal: ${portalUrl}`,
      ].join('\n'),
    }
  }
  return {
    subject: `${name}管理處：投訴 ${c.number} 的${changed ? '新處理時間' : '處理方案及時間'}`,
    body: [
      `${c.residentName}（${c.unit}）您好：`,
      '',
      changed
        ? `您的投訴 ${c.number} 的處理時間已更改。`
        : `主管已決定您的投訴 ${c.number} 的處理方案。`,
      '',
      `處理方案：${c.plan}`,
      `時間：${when}`,
      ...(c.reason ? [`原因：${c.reason}`] : []),
      '',
      `於住戶網站跟進：${portalUrl}`,
    ].join('\n'),
  }
}

/**
 * Deadlines: a complaint still waiting for its plan, to its department and customer service:
 * once when its response time is about to run out, once when it has.
 */
export function responseDeadlineEmail(
  c: ComplaintSummary & { respondBy: string },
  estate: Estate,
  officeUrl: string,
  lang: Lang,
  kind: 'warning' | 'overdue',
) {
  const name = estateName(estate, lang)
  const due = formatEstateDateTime(c.respondBy, estate.timeZone, lang, { time: true })
  const department = COMPLAINT_DEPARTMENT_LABELS[c.department ?? 'cs'][lang]
  if (lang === 'en') {
    return {
      subject:
        kind === 'overdue'
          ? `OVERDUE: complaint ${c.number} (${c.unit}) has no plan yet — ${name}`
          : `Due soon: complaint ${c.number} (${c.unit}) must be answered by ${due} — ${name}`,
      body: [
        kind === 'overdue'
          ? `Complaint ${c.number} passed its response time (${due}) without a decided plan.`
          : `Complaint ${c.number} must have a decided plan by ${due}.`,
        '',
        `Department: ${department}`,
        `Unit: ${c.unit}`,
        `Problem: ${excerpt(c.problem)}`,
        '',
        `Open it: ${officeUrl}`,
      ].join('\n'),
    }
  }
  return {
    subject:
      kind === 'overdue'
        ? `投訴已逾期：${c.number}（${c.unit}）仍未定處理方案：${name}`
        : `投訴即將逾期：${c.number}（${c.unit}）須於 ${due} 前回應：${name}`,
    body: [
      kind === 'overdue'
        ? `投訴 ${c.number} 已過回應期限（${due}），仍未定處理方案。`
        : `投訴 ${c.number} 須於 ${due} 前定出處理方案。`,
      '',
      `負責部門：${department}`,
      `單元：${c.unit}`,
      `問題：${excerpt(c.problem)}`,
      '',
      `開啟：${officeUrl}`,
    ].join('\n'),
  }
}
