import QRCode from 'qrcode'

/** What is sent for an outbox message: its text, and with a QR code an HTML part showing it. */
export type RenderedEmail = {
  text: string
  html?: string
  attachments?: { filename: string; content: Buffer; contentType: string; cid: string }[]
}

const escapeHtml = (s: string) =>
  s.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  )

export const QR_CID = 'pickup-qr@estate-office'

/**
 * A message with a QR code gets an HTML part: the text, then the code as an image, inline
 * (`cid:`) so mail clients that block remote images still show it, and the text alone for
 * clients without HTML. `inline: false` gives the image as a data URL instead (the office's
 * preview of the message).
 */
export async function renderNotification(
  message: { body: string; qrCode?: string | null },
  { inline = true } = {},
): Promise<RenderedEmail> {
  if (!message.qrCode) return { text: message.body }
  const png = await QRCode.toBuffer(message.qrCode, { type: 'png', margin: 4, scale: 8 })
  const src = inline ? `cid:${QR_CID}` : `data:image/png;base64,${png.toString('base64')}`
  const html =
    `<div style="font-family:sans-serif;font-size:16px;line-height:1.5">` +
    escapeHtml(message.body)
      .split('\n')
      .map((line) => `<p style="margin:0 0 8px">${line || '&nbsp;'}</p>`)
      .join('') +
    `<p><img src="${src}" alt="QR ${escapeHtml(message.qrCode)}" width="240" height="240"></p></div>`
  return {
    text: message.body,
    html,
    attachments: inline
      ? [{ filename: 'pickup-qr.png', content: png, contentType: 'image/png', cid: QR_CID }]
      : undefined,
  }
}
