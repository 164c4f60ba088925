/*
 * The lobby kiosk's and the gate board's service worker: with the network down, the page still
 * opens (a reload, a restart of the device), and the page then checks visitor passes on the device
 * with the bundle it keeps (src/components/visitors/useOfflinePasses.ts). It never answers API
 * calls or writes: those go to the server or fail, and the page says it is offline.
 *   - the page itself (a navigation): from the network, kept for when the network is down;
 *   - Next's built files (/_next/static/…, named by their content) and the icons: kept once fetched.
 */
const CACHE = 'estate-office-offline-v1'

self.addEventListener('install', () => self.skipWaiting())

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) {
        if (name.startsWith('estate-office-offline-') && name !== CACHE) await caches.delete(name)
      }
      await self.clients.claim()
    })(),
  )
})

const isStatic = (url) =>
  url.pathname.startsWith('/_next/static/') || /^\/(kiosk|office)-icon[\w-]*\.(png|svg)$/.test(url.pathname)

self.addEventListener('fetch', (event) => {
  const request = event.request
  if (request.method !== 'GET') return
  const url = new URL(request.url)
  if (url.origin !== self.location.origin) return
  if (request.mode === 'navigate') event.respondWith(networkFirst(request))
  else if (isStatic(url)) event.respondWith(cacheFirst(request))
})

async function networkFirst(request) {
  const cache = await caches.open(CACHE)
  try {
    const response = await fetch(request)
    // Not a sign-in page the request was sent on to (a session that ended): only the page itself.
    if (response.ok && !response.redirected) await cache.put(request, response.clone())
    return response
  } catch (error) {
    const kept = await cache.match(request, { ignoreSearch: true })
    if (kept) return kept
    throw error
  }
}

async function cacheFirst(request) {
  const cache = await caches.open(CACHE)
  const kept = await cache.match(request)
  if (kept) return kept
  const response = await fetch(request)
  if (response.ok) await cache.put(request, response.clone())
  return response
}
