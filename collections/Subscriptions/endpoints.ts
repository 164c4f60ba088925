import type { Endpoint, PayloadRequest } from 'payload'

import { actorOf } from '@/access/actor'
import { canReadRegister } from '@/access/subscriptions'
import { spreadsheetCsvRow } from '@/domain/export/spreadsheetCell'
import { decodeSignature } from '@/domain/signatures/signature'
import { cancelSubscription } from '@/domain/subscriptions/cancelSubscription'
import { formatMonth, supplierName } from '@/domain/subscriptions/letters'
import { isMonth, monthOf } from '@/domain/subscriptions/months'
import { readSubscriptionsOfMonth } from '@/domain/subscriptions/readMonth'
import { monthlyCharges, monthlyRegister } from '@/domain/subscriptions/register'
import {
  CATEGORY_LABELS,
  SUBSCRIPTION_STATUS_LABELS,
  type Supplier,
} from '@/domain/subscriptions/workflow'
import { signConfirmationLetter } from '@/domain/subscriptions/signLetter'
import { refuse, requestLang } from '@/errors/refuse'
import { readJsonBody, requireUser } from '@/server/endpointHelpers'

const signerName = (body: Record<string, unknown>) =>
  typeof body.signedByName === 'string' ? body.signedByName : ''

/** Reads the subscription back as the caller sees it (their own fields only). */
const readBack = (req: PayloadRequest, id: number | string) =>
  req.payload.findByID({
    collection: 'subscriptions',
    id,
    depth: 0,
    req,
    user: req.user,
    overrideAccess: false,
  })

/** POST /api/subscriptions/:id/sign { signedByName, signature: 'data:image/png;base64,…' } (SUB-3) */
export const signLetterEndpoint: Endpoint = {
  path: '/:id/sign',
  method: 'post',
  handler: async (req) => {
    requireUser(req)
    const body = await readJsonBody(req)
    const signed = await signConfirmationLetter(req, req.routeParams?.id as string, {
      signature: decodeSignature(body.signature),
      signedByName: signerName(body),
    })
    return Response.json({ doc: await readBack(req, signed.id) })
  },
}

/**
 * POST /api/subscriptions/:id/cancel
 * { lastMonth: 'YYYY-MM', datesConfirmed: true, signedByName, signature } (SUB-7)
 */
export const cancelSubscriptionEndpoint: Endpoint = {
  path: '/:id/cancel',
  method: 'post',
  handler: async (req) => {
    requireUser(req)
    const body = await readJsonBody(req)
    const cancelled = await cancelSubscription(req, req.routeParams?.id as string, {
      lastMonth: body.lastMonth,
      datesConfirmed: body.datesConfirmed,
      signature: decodeSignature(body.signature),
      signedByName: signerName(body),
    })
    return Response.json({ doc: await readBack(req, cancelled.id) })
  },
}

function monthParam(req: PayloadRequest) {
  const month = req.searchParams.get('month')
  if (!isMonth(month)) refuse(req, 'subscription.month-format', 400)
  return month
}

/**
 * GET /api/subscriptions/register?month=YYYY-MM[&format=csv] (SUB-6): the month's register,
 * grouped by category and title, cancellations marked; as CSV with spreadsheet-safe cells.
 */
export const registerEndpoint: Endpoint = {
  path: '/register',
  method: 'get',
  handler: async (req) => {
    requireUser(req)
    if (!canReadRegister(req)) refuse(req, 'request.forbidden', 403)
    const month = monthParam(req)
    const groups = monthlyRegister(await readSubscriptionsOfMonth(req, month), month)
    if (req.searchParams.get('format') !== 'csv') return Response.json({ month, groups })
    const lang = requestLang(req)
    const head =
      lang === 'en'
        ? [
            'Month',
            'Category',
            'Title',
            'Supplier',
            'Unit',
            'From',
            'To',
            'Months',
            'Monthly fee',
            'Currency',
            'Status',
            'Delivered this month',
            'Cancellation',
          ]
        : [
            '月份',
            '類別',
            '刊物',
            '供應商',
            '單元',
            '開始',
            '結束',
            '月數',
            '每月費用',
            '貨幣',
            '狀態',
            '本月派送',
            '退訂',
          ]
    const lines = [spreadsheetCsvRow(head)]
    for (const group of groups) {
      for (const title of group.titles) {
        for (const row of title.rows) {
          lines.push(
            spreadsheetCsvRow([
              month,
              CATEGORY_LABELS[group.category][lang],
              title.title,
              supplierName(row.supplier as Supplier, row.supplierName, lang),
              row.unit,
              monthOf(row.startDate),
              monthOf(row.endDate),
              row.months,
              row.monthlyFee,
              row.currency,
              SUBSCRIPTION_STATUS_LABELS[row.status][lang],
              row.delivered ? (lang === 'en' ? 'yes' : '是') : lang === 'en' ? 'no' : '否',
              row.cancellationEndDate
                ? lang === 'en'
                  ? `CANCELLED: last month ${formatMonth(monthOf(row.cancellationEndDate), lang)}`
                  : `已退訂：最後派送 ${formatMonth(monthOf(row.cancellationEndDate), lang)}`
                : '',
            ]),
          )
        }
      }
    }
    // A byte-order mark, so that Excel opens the Chinese as UTF-8.
    return new Response(`\ufeff${lines.join('\r\n')}\r\n`, {
      headers: {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="subscriptions-register-${month}.csv"`,
      },
    })
  },
}

/**
 * GET /api/subscriptions/charges?month=YYYY-MM (SUB-6): each unit's charges for the month. Staff
 * (office, finance) get every unit of their estate; a resident their own household's.
 */
export const chargesEndpoint: Endpoint = {
  path: '/charges',
  method: 'get',
  handler: async (req) => {
    requireUser(req)
    const actor = actorOf(req)
    if (actor.kind !== 'resident' && !canReadRegister(req)) refuse(req, 'request.forbidden', 403)
    const month = monthParam(req)
    const rows = await readSubscriptionsOfMonth(req, month, {
      household: actor.kind === 'resident' ? actor.household : undefined,
    })
    return Response.json({ month, units: monthlyCharges(rows, month) })
  },
}
