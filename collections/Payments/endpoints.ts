import type { Endpoint, PayloadRequest } from 'payload'

import { actorHasRole, actorOf } from '@/access/actor'
import { readEstate } from '@/domain/estates/readEstate'
import { readPaymentReport } from '@/domain/payments/readReport'
import { recordPayment } from '@/domain/payments/recordPayment'
import { voidPayment } from '@/domain/payments/voidPayment'
import { isDay, outstandingCsv, paymentsCsv } from '@/domain/payments/report'
import { refuse, requestLang } from '@/errors/refuse'

/** Who reads the money: the office and finance of the estate (PAS-3). */
export const PAYMENT_READERS = ['cs', 'finance', 'supervisor', 'manager', 'admin'] as const

async function jsonBody(req: PayloadRequest): Promise<Record<string, unknown>> {
  const body = await req.json?.().catch(() => refuse(req, 'request.malformed-json', 400))
  if (!body || typeof body !== 'object' || Array.isArray(body)) {
    refuse(req, 'request.malformed-body', 400)
  }
  return body as Record<string, unknown>
}

/**
 * POST /api/payments/record {household, passes: [ids], method, reference?, amount?}: the office's
 * way to record a payment (the same hooks as a plain POST /api/payments, which it retries when
 * two payments took the same receipt number at once). 201 with the payment.
 */
export const recordPaymentEndpoint: Endpoint = {
  path: '/record',
  method: 'post',
  handler: async (req) => {
    if (!req.user) refuse(req, 'request.forbidden', 403)
    const body = await jsonBody(req)
    const doc = await recordPayment(req, body)
    return Response.json({ doc }, { status: 201 })
  },
}

/**
 * GET /api/payments/report?from=YYYY-MM-DD&to=YYYY-MM-DD[&format=csv&table=outstanding|payments&lang=en|zh-TW]:
 * outstanding fees per household and payments per day, with totals; as CSV for spreadsheets.
 */
export const paymentReportEndpoint: Endpoint = {
  path: '/report',
  method: 'get',
  handler: async (req) => {
    const actor = actorOf(req)
    if (!actorHasRole(actor, ...PAYMENT_READERS) || actor.kind !== 'staff') {
      refuse(req, 'request.forbidden', 403)
    }
    const from = req.searchParams.get('from')
    const to = req.searchParams.get('to')
    if (!isDay(from) || !isDay(to)) refuse(req, 'payment.report-dates', 400)
    const estate = await readEstate(req, actor.estate!)
    const report = await readPaymentReport(req.payload, req.user!, {
      from,
      to,
      timeZone: estate.timeZone,
    })
    if (req.searchParams.get('format') !== 'csv') return Response.json(report)
    const asked = req.searchParams.get('lang')
    const lang = asked === 'en' || asked === 'zh-TW' ? asked : requestLang(req)
    const table = req.searchParams.get('table') === 'payments' ? 'payments' : 'outstanding'
    const csv =
      table === 'payments'
        ? paymentsCsv(report.perDay, estate.currency, lang)
        : outstandingCsv(report.outstanding, estate.currency, lang)
    const name =
      table === 'payments'
        ? `payments-${report.from}-${report.to}.csv`
        : `outstanding-fees-${report.to}.csv`
    return new Response(csv, {
      headers: {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="${name}"`,
      },
    })
  },
}

/**
 * POST /api/payments/:id/void {reason}: a supervisor (or manager, admin) voids a payment recorded
 * by mistake; its passes are owed again. 200 with the voided payment.
 */
export const voidPaymentEndpoint: Endpoint = {
  path: '/:id/void',
  method: 'post',
  handler: async (req) => {
    if (!req.user) refuse(req, 'request.forbidden', 403)
    const body = await jsonBody(req)
    const doc = await voidPayment(req, req.routeParams?.id, body.reason)
    return Response.json({ doc })
  },
}
