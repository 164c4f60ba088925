import { version } from '../../../package.json'

/** The kiosk app's version, reported in every heartbeat (shown on the kiosk's admin record). */
export const KIOSK_APP_VERSION: string = version
