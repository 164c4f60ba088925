/**
 * A fake camera for Chromium: a still Y4M video of a QR code, which the kiosk reads with jsQR as
 * it would a code held up to a real camera. Chromium takes the camera at launch, so a test file
 * uses one video (`test.use(withCamera(...))` at its top level).
 */
import { randomUUID } from 'node:crypto'
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import QRCode from 'qrcode'

import config from '../../playwright.config'

const WIDTH = 640
const HEIGHT = 480

/** A still Y4M video (what Chromium's fake camera plays) of the QR code of `text`. */
export function qrVideo(text: string): string {
  const qr = QRCode.create(text, { errorCorrectionLevel: 'M' }).modules
  const scale = Math.floor((HEIGHT - 80) / qr.size)
  const left = Math.floor((WIDTH - qr.size * scale) / 2)
  const top = Math.floor((HEIGHT - qr.size * scale) / 2)
  const luma = Buffer.alloc(WIDTH * HEIGHT, 235)
  for (let row = 0; row < qr.size; row++)
    for (let col = 0; col < qr.size; col++)
      if (qr.get(row, col))
        for (let y = 0; y < scale; y++)
          luma.fill(
            16,
            (top + row * scale + y) * WIDTH + left + col * scale,
            (top + row * scale + y) * WIDTH + left + (col + 1) * scale,
          )
  const chroma = Buffer.alloc((WIDTH / 2) * (HEIGHT / 2) * 2, 128)
  const frame = Buffer.concat([Buffer.from('FRAME\n'), luma, chroma])
  const file = path.resolve('tmp', `kiosk-camera-${randomUUID()}.y4m`)
  mkdirSync(path.dirname(file), { recursive: true })
  writeFileSync(
    file,
    Buffer.concat([
      Buffer.from(`YUV4MPEG2 W${WIDTH} H${HEIGHT} F10:1 Ip A1:1 C420jpeg\n`),
      frame,
      frame,
    ]),
  )
  return file
}

/** Debian's Chromium as in the config, with a fake camera playing `video`. */
export function withCamera(video: string) {
  const base = config.use?.launchOptions ?? {}
  return {
    launchOptions: {
      ...base,
      args: [
        ...(base.args ?? []),
        '--use-fake-ui-for-media-stream',
        '--use-fake-device-for-media-stream',
        `--use-file-for-fake-video-capture=${video}`,
      ],
    },
  }
}
