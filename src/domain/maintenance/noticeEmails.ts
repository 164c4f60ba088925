import { type EstateLetterhead, estateName } from '@/domain/estates/readEstate'
import { formatEstateDateTime } from '@/domain/estates/timeZone'
import type { Lang } from '@/errors/catalogue'

type Estate = Pick<EstateLetterhead, 'name' | 'nameEn' | 'timeZone'>
type Notice = { number: string; unit: string; work: string; scheduledAt?: string | null }

const when = (iso: string | null | undefined, estate: Estate, lang: Lang) =>
  iso
    ? formatEstateDateTime(iso, estate.timeZone, lang, { time: true })
    : lang === 'en'
      ? 'to be agreed'
      : '待定'

/** CMP-4: Engineering is told of a notice once, when the supervisor has signed it. */
export function engineeringNoticeEmail(n: Notice, estate: Estate, url: string, lang: Lang) {
  const name = estateName(estate, lang)
  return lang === 'en'
    ? {
        subject: `${name}: Maintenance Notice for complaint ${n.number} (${n.unit})`,
        body: `The supervisor has signed a Maintenance Notice.\n\nUnit: ${n.unit}\nWork: ${n.work}\nTime: ${when(n.scheduledAt, estate, lang)}\n\nNotice: ${url}`,
      }
    : {
        subject: `${name}：維修通知單（投訴 ${n.number}，${n.unit}）`,
        body: `主管已簽署維修通知單。\n\n單元：${n.unit}\n工作：${n.work}\n時間：${when(n.scheduledAt, estate, lang)}\n\n通知單：${url}`,
      }
}

/** CMP-4: Engineering cannot come at once: the resident is told the new time and why. */
export function laterTimeEmail(
  n: Notice & { reason: string },
  estate: Estate,
  url: string,
  lang: Lang,
) {
  const name = estateName(estate, lang)
  return lang === 'en'
    ? {
        subject: `${name}: new time for the repair of complaint ${n.number}`,
        body: `Engineering cannot come at the time first planned.\n\nNew time: ${when(n.scheduledAt, estate, lang)}\nWhy: ${n.reason}\nWork: ${n.work}\n\nFollow it in the residents’ portal: ${url}`,
      }
    : {
        subject: `${name}管理處：投訴 ${n.number} 維修時間更改`,
        body: `機電部未能按原定時間上門。\n\n新時間：${when(n.scheduledAt, estate, lang)}\n原因：${n.reason}\n工作：${n.work}\n\n於住戶網站跟進：${url}`,
      }
}
