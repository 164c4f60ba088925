import http from 'node:http'
import { inject } from 'vitest'

export type Auth = { token: string } | { apiKey: string; collection?: string } | undefined

export type Reply = { status: number; body: any; headers: Headers }

/** Calls the running server like any client would. */
export async function api(
  path: string,
  options: { method?: string; auth?: Auth; json?: unknown; body?: string; headers?: Record<string, string> } = {},
): Promise<Reply> {
  const headers: Record<string, string> = { ...options.headers }
  if (options.auth && 'token' in options.auth) headers.Authorization = `JWT ${options.auth.token}`
  if (options.auth && 'apiKey' in options.auth) {
    headers.Authorization = `${options.auth.collection ?? 'kiosks'} API-Key ${options.auth.apiKey}`
  }
  let body = options.body
  if (options.json !== undefined) {
    headers['Content-Type'] = 'application/json'
    body = JSON.stringify(options.json)
  }
  const res = await fetch(inject('baseURL') + path, { method: options.method ?? 'GET', headers, body })
  const text = await res.text()
  let parsed: unknown = text
  try {
    parsed = text ? JSON.parse(text) : null
  } catch {
    // not JSON
  }
  return { status: res.status, body: parsed, headers: res.headers }
}

export async function graphql(query: string, auth?: Auth, variables?: Record<string, unknown>) {
  return api('/api/graphql', { method: 'POST', auth, json: { query, variables } })
}

/** Logs in through Payload's standard REST login and returns the token. */
export async function login(email: string, password: string, collection = 'users'): Promise<string> {
  const res = await api(`/api/${collection}/login`, { method: 'POST', json: { email, password } })
  if (res.status !== 200) throw new Error(`login failed for ${email}: ${res.status} ${JSON.stringify(res.body)}`)
  return res.body.token
}

/** A raw request from a chosen loopback source address (for per-address rules such as rate limits). */
export function requestFrom(
  localAddress: string,
  path: string,
  options: { method?: string; json?: unknown; headers?: Record<string, string> } = {},
): Promise<{ status: number; body: any }> {
  return requestTo(inject('baseURL'), localAddress, path, options)
}

/** The same, to a server of the test's own (e.g. one of two processes on one database). */
export function requestTo(
  baseURL: string,
  localAddress: string,
  path: string,
  options: { method?: string; json?: unknown; headers?: Record<string, string> } = {},
): Promise<{ status: number; body: any }> {
  const url = new URL(baseURL + path)
  const payload = options.json === undefined ? undefined : JSON.stringify(options.json)
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: url.hostname,
        port: url.port,
        path: url.pathname + url.search,
        method: options.method ?? 'GET',
        localAddress,
        headers: {
          ...(payload ? { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(payload) } : {}),
          ...options.headers,
        },
      },
      (res) => {
        let text = ''
        res.on('data', (c) => (text += c))
        res.on('end', () => {
          let body: unknown = text
          try {
            body = JSON.parse(text)
          } catch {
            // not JSON
          }
          resolve({ status: res.statusCode ?? 0, body })
        })
      },
    )
    req.on('error', reject)
    if (payload) req.write(payload)
    req.end()
  })
}
