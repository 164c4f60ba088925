import QRCode from 'qrcode'

/**
 * A pass's QR code, drawn on the server as SVG. It carries only the pass's unguessable token
 * (VIS-4's rule for QR codes too); the accessible name says whose pass it is.
 */
export async function PassQrCode({ token, label }: { token: string; label: string }) {
  const svg = await QRCode.toString(token, { type: 'svg', margin: 2, errorCorrectionLevel: 'M' })
  return (
    <div
      role="img"
      aria-label={label}
      className="portal-qr"
      // The markup is the qrcode package's own SVG of a server-made token, nothing a user typed.
      dangerouslySetInnerHTML={{ __html: svg }}
    />
  )
}
