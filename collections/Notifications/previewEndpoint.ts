import type { Endpoint, PayloadRequest } from 'payload'

import { renderNotification } from '@/email/renderNotification'
import { requireUser } from '@/server/endpointHelpers'

/**
 * `GET /api/notifications/:id/preview`: the message as the recipient sees it (HTML, with its QR
 * code), for the staff who may read the outbox — to check what a resident was sent.
 */
export const previewNotificationEndpoint: Endpoint = {
  path: '/:id/preview',
  method: 'get',
  handler: async (req: PayloadRequest) => {
    requireUser(req)
    const message = await req.payload.findByID({
      collection: 'notifications',
      id: String(req.routeParams?.id ?? ''),
      depth: 0,
      req,
      user: req.user,
      overrideAccess: false,
    })
    const rendered = await renderNotification(message, { inline: false })
    const body =
      rendered.html ??
      `<pre style="white-space:pre-wrap;font-family:sans-serif">${rendered.text.replace(/[&<>]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[c]!)}</pre>`
    const title = message.subject.replace(/[&<>]/g, '')
    return new Response(
      `<!doctype html><html lang="zh-Hant"><head><meta charset="utf-8"><title>${title}</title></head><body><h1 style="font:bold 18px sans-serif">${title}</h1>${body}</body></html>`,
      { headers: { 'Content-Type': 'text/html; charset=utf-8' } },
    )
  },
}
