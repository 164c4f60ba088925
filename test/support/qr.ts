import jsQR from 'jsqr'
import sharp from 'sharp'

/** The text of the QR code in an image (PNG, JPEG …), read as a phone or a kiosk camera would. */
export async function readQrCode(image: Buffer): Promise<string | null> {
  const { data, info } = await sharp(image)
    .ensureAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true })
  const found = jsQR(
    new Uint8ClampedArray(data.buffer, data.byteOffset, data.length),
    info.width,
    info.height,
  )
  return found?.data ?? null
}
