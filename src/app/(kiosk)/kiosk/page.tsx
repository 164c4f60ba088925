import { KioskApp } from '@/components/kiosk/KioskApp'
// Read here, on the server: only the version reaches the browser, not the whole package file.
import { version } from '../../../../package.json'

/**
 * The lobby kiosk. It runs in the browser: its pairing (the API key) is kept on the device, and
 * every request it makes carries that key, never a staff session.
 */
export default function KioskPage() {
  return <KioskApp version={version} />
}
