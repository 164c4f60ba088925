'use client'

import { useEffect, useState } from 'react'

/**
 * False in the server's HTML and until React has taken over the page. Buttons that need the
 * page's script stay disabled until then, so an early tap is never silently lost.
 */
export function useHydrated() {
  const [hydrated, setHydrated] = useState(false)
  useEffect(() => setHydrated(true), [])
  return hydrated
}
