// The kiosk's app icons (public/kiosk-icon-192.png, -512.png) from public/kiosk-icon.svg.
// Run after changing the SVG: node scripts/make-kiosk-icons.mjs
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import sharp from 'sharp'

const pub = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../public')
for (const size of [192, 512]) {
  await sharp(path.join(pub, 'kiosk-icon.svg'), { density: 300 })
    .resize(size, size)
    .png({ compressionLevel: 9 })
    .toFile(path.join(pub, `kiosk-icon-${size}.png`))
}
