import { formatMoney } from '@/domain/money/formatMoney'
import { type EstateLetterhead, estateName } from '@/domain/estates/readEstate'
import { formatEstateDateTime } from '@/domain/estates/timeZone'
import type { Lang } from '@/errors/catalogue'

import { monthOf } from './months'
import { isCancellable, SUPPLIER_LABELS, type Supplier } from './workflow'
import { dateTimeFormat } from '@/domain/dates/dateTimeFormat'

/** A month as people read it: 2026年12月 or Dec 2026. */
export function formatMonth(month: string, lang: Lang) {
  const [y, m] = month.split('-').map(Number) as [number, number]
  if (lang === 'zh-TW') return `${y}年${m}月`
  return dateTimeFormat('en-GB', {
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(y, m - 1, 1)))
}

export { formatMoney }

export const supplierName = (supplier: Supplier, name: string | null | undefined, lang: Lang) =>
  supplier === 'other' && name ? name : (SUPPLIER_LABELS[supplier]?.[lang] ?? String(supplier))

export type LetterTerms = {
  title: string
  supplier: Supplier
  supplierName?: string | null
  startDate: string
  endDate: string
  months: number
  monthlyFee: number
  currency: string
}

/**
 * SUB-3: the subscription confirmation letter (訂閱確認書): the period, the monthly fee and the
 * total, the one-month minimum, the cancellation rule of this supplier, and the authorisation to
 * bill monthly. The portal, the desk's signing page, the printed papers and the e-mail say the same.
 */
export function confirmationLetter(terms: LetterTerms, lang: Lang) {
  const money = (n: number) => formatMoney(n, terms.currency, lang)
  const from = formatMonth(monthOf(terms.startDate), lang)
  const to = formatMonth(monthOf(terms.endDate), lang)
  const total = Math.round(terms.monthlyFee * terms.months * 100) / 100
  const supplier = supplierName(terms.supplier, terms.supplierName, lang)
  if (lang === 'zh-TW') {
    return {
      heading: '報刊訂閱確認書',
      facts: [
        ['刊物', terms.title],
        ['供應商', supplier],
        ['訂閱期', `${from}至${to}（${terms.months} 個月）`],
        ['每月費用', money(terms.monthlyFee)],
        ['合共', money(total)],
      ] as [string, string][],
      rules: [
        '訂閱期最少 1 個月。',
        isCancellable(terms.supplier)
          ? '郵局訂閱可以退訂：須確認開始及結束日期，並由業戶簽署退訂通知；管理處隨即以書面通知郵局。'
          : `${supplier}的訂閱須預付，訂閱後不可退訂。`,
      ],
      authorisation: `本人確認以上訂閱期及費用，並授權管理處按月收取每月費用 ${money(terms.monthlyFee)}。`,
    }
  }
  return {
    heading: 'Subscription confirmation letter',
    facts: [
      ['Title', terms.title],
      ['Supplier', supplier],
      ['Period', `${from} to ${to} (${terms.months} ${terms.months === 1 ? 'month' : 'months'})`],
      ['Monthly fee', money(terms.monthlyFee)],
      ['Total', money(total)],
    ] as [string, string][],
    rules: [
      'The minimum period is 1 month.',
      isCancellable(terms.supplier)
        ? 'A post-office subscription can be cancelled: the start and end dates are confirmed and the resident signs a cancellation notice; the office then tells the post office in writing.'
        : `A subscription with ${supplier} is paid in advance and cannot be cancelled.`,
    ],
    authorisation: `I confirm the period and the fee above and authorise the estate office to bill ${money(terms.monthlyFee)} every month.`,
  }
}

/** SUB-3: the e-mail to the household's portal accounts once the supplier has confirmed. */
export function pleaseSignEmail(
  terms: LetterTerms & { unit: string },
  lang: Lang,
  estate: EstateLetterhead,
) {
  const letter = confirmationLetter(terms, lang)
  const facts = letter.facts.map(([k, v]) => `  ${k}: ${v}`).join('\n')
  if (lang === 'zh-TW') {
    return {
      subject: `請簽署報刊訂閱確認書：${terms.title}`,
      body: `${estateName(estate, lang)}管理處\n\n單元 ${terms.unit} 訂閱的刊物已獲供應商確認：\n${facts}\n\n${letter.rules.join('\n')}\n\n請登入住戶網上服務的「報刊訂閱」頁面簽署確認書，或到管理處客服部簽署。`,
    }
  }
  return {
    subject: `Please sign your subscription letter: ${terms.title}`,
    body: `${estateName(estate, lang)} Estate Office\n\nThe supplier has confirmed the subscription of unit ${terms.unit}:\n${facts}\n\n${letter.rules.join('\n')}\n\nSign the confirmation letter on the “Newspapers and magazines” page of the resident portal, or at the customer service desk.`,
  }
}

export type CancellationTerms = LetterTerms & {
  unit: string
  lastMonth: string
  signedByName: string
  signedAt: string
}

/** SUB-7: the written notice to the supplier that a subscription is cancelled. */
export function cancellationNotice(terms: CancellationTerms, lang: Lang, estate: EstateLetterhead) {
  const from = formatMonth(monthOf(terms.startDate), lang)
  const to = formatMonth(monthOf(terms.endDate), lang)
  const last = formatMonth(terms.lastMonth, lang)
  const signed = formatEstateDateTime(terms.signedAt, estate.timeZone, lang)
  const office = estateName(estate, lang)
  if (lang === 'zh-TW') {
    return {
      subject: `退訂通知：${terms.title}（${office} ${terms.unit}）`,
      body: `致 ${supplierName(terms.supplier, terms.supplierName, lang)}：\n\n${office}管理處謹此書面通知，以下訂閱退訂：\n  刊物：${terms.title}\n  單元：${terms.unit}\n  原訂閱期：${from}至${to}\n  最後派送月份：${last}\n  業戶簽署退訂通知：${terms.signedByName}，${signed}\n\n請確認收悉。\n${office}管理處客服部`,
    }
  }
  return {
    subject: `Cancellation notice: ${terms.title} (${office} ${terms.unit})`,
    body: `To ${supplierName(terms.supplier, terms.supplierName, lang)}:\n\nThe ${office} Estate Office gives written notice that this subscription is cancelled:\n  Title: ${terms.title}\n  Unit: ${terms.unit}\n  Original period: ${from} to ${to}\n  Last month delivered: ${last}\n  Cancellation notice signed by the resident: ${terms.signedByName}, ${signed}\n\nPlease confirm receipt.\n${office} Estate Office, customer service`,
  }
}
