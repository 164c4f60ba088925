import type { ReactNode } from 'react'

import './subscriptions.css'

/** The subscription pages' own styles (the register on A4, the cancellation marks). */
export default function SubscriptionPagesLayout({ children }: { children: ReactNode }) {
  return children
}
