import type { NextFunction, Request, Response } from 'express'
import type { FlattenedField, Payload, SanitizedCollectionConfig } from 'payload'
import { parse as parseQuery } from 'qs-esm'

import { type ErrorCode, pickLang, refusalBody } from '@/errors/catalogue'
import { isRecordId } from './ids'

type Params = Record<string, string | number>

/** A refusal in the same shape as Payload's, in the language the request asks for. */
export function sendRefusal(
  req: Request,
  res: Response,
  status: number,
  code: ErrorCode,
  params: Params = {},
) {
  const lang = pickLang({ acceptLanguage: req.get('accept-language') })
  res
    .status(status)
    .set('Cache-Control', 'no-store')
    .json(refusalBody(code, lang, params))
}

class Refusal extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    readonly params: Params = {},
  ) {
    super(code)
  }
}

const AUTH_ROUTES = [
  'login',
  'logout',
  'me',
  'refresh-token',
  'forgot-password',
  'reset-password',
  'unlock',
  'verify',
  'init',
  'first-register',
]
const COLLECTION_ROUTES = ['count', 'access', 'versions']
const BODY_METHODS = new Set(['POST', 'PUT', 'PATCH'])
const MAX_PAGE = 1_000_000
const MAX_LIMIT = 10_000

type Shape = { fields: FlattenedField[] }

/** What one collection accepts in the second path segment besides an id. */
function namedRoutes(collection: SanitizedCollectionConfig): {
  names: Set<string>
  keyedByOtherThanId: boolean
} {
  const names = new Set(COLLECTION_ROUTES)
  if (collection.auth) AUTH_ROUTES.forEach((r) => names.add(r))
  let keyedByOtherThanId = false
  for (const endpoint of Array.isArray(collection.endpoints) ? collection.endpoints : []) {
    const first = endpoint.path.split('/').filter(Boolean)[0]
    if (!first) continue
    if (first.startsWith(':')) keyedByOtherThanId ||= first !== ':id'
    else names.add(first)
  }
  return { names, keyedByOtherThanId }
}

function isWholeNumber(value: unknown, max: number, min = 0) {
  return (
    typeof value === 'string' &&
    /^\d{1,7}$/.test(value) &&
    Number(value) >= min &&
    Number(value) <= max
  )
}

const listOf = (value: unknown): unknown[] =>
  Array.isArray(value)
    ? value
    : value && typeof value === 'object'
      ? Object.values(value)
      : typeof value === 'string'
        ? value.split(',')
        : [value]

/**
 * Checks the query of a REST read before Payload turns it into SQL: paging numbers, and in
 * `where` the values compared with ids, numbers and dates, which the drivers otherwise reject
 * with a 500 (issue 6 #16). Paths Payload does not know are left to Payload's own 400.
 */
export function checkQuery(
  query: Record<string, unknown>,
  shape: Shape | undefined,
  idType: 'number' | 'text',
  bySlug: Map<string, Shape>,
) {
  if (query.page !== undefined && !isWholeNumber(query.page, MAX_PAGE, 1)) {
    throw new Refusal(400, 'request.malformed-query', { param: 'page', reason: `1–${MAX_PAGE}` })
  }
  if (query.limit !== undefined && !isWholeNumber(query.limit, MAX_LIMIT)) {
    throw new Refusal(400, 'request.malformed-query', { param: 'limit', reason: `0–${MAX_LIMIT}` })
  }
  if (query.depth !== undefined && !isWholeNumber(query.depth, 10)) {
    throw new Refusal(400, 'request.malformed-query', { param: 'depth', reason: '0–10' })
  }
  for (const param of ['sort', 'locale', 'fallback-locale', 'draft']) {
    const value = query[param]
    if (
      value !== undefined &&
      typeof value !== 'string' &&
      !(param === 'sort' && Array.isArray(value) && value.every((v) => typeof v === 'string'))
    ) {
      throw new Refusal(400, 'request.malformed-query', { param, reason: 'text' })
    }
  }
  if (query.where !== undefined) {
    if (!query.where || typeof query.where !== 'object' || Array.isArray(query.where)) {
      throw new Refusal(400, 'request.malformed-query', {
        param: 'where',
        reason: 'where[field][operator]=value',
      })
    }
    if (shape) checkWhere(query.where as Record<string, unknown>, shape, idType, bySlug, 0)
  }
}

function resolveField(
  path: string,
  shape: Shape,
  bySlug: Map<string, Shape>,
): FlattenedField | 'id' | undefined {
  let fields = shape.fields
  const parts = path.split('.')
  for (let i = 0; i < parts.length; i++) {
    const name = parts[i]!
    if (name === 'id' && i === parts.length - 1) return 'id'
    const field = fields.find((f) => 'name' in f && f.name === name)
    if (!field) return undefined
    if (i === parts.length - 1) return field
    if (
      (field.type === 'relationship' || field.type === 'upload') &&
      typeof field.relationTo === 'string'
    ) {
      const target = bySlug.get(field.relationTo)
      if (!target) return undefined
      fields = target.fields
    } else if ('flattenedFields' in field && Array.isArray(field.flattenedFields)) {
      fields = field.flattenedFields
    } else {
      return undefined
    }
  }
  return undefined
}

const NULLISH = new Set(['', 'null'])

function checkOperand(
  field: FlattenedField | 'id',
  operator: string,
  operand: unknown,
  idType: 'number' | 'text',
  path: string,
) {
  const bad = (reason: string) =>
    new Refusal(400, 'request.malformed-query', { param: `where[${path}][${operator}]`, reason })
  if (operator === 'exists') {
    if (operand !== 'true' && operand !== 'false' && operand !== true && operand !== false)
      throw bad('true | false')
    return
  }
  const values = ['in', 'not_in', 'all'].includes(operator) ? listOf(operand) : [operand]
  if (values.length > 1000) throw bad('≤ 1000')
  for (const value of values) {
    if (value !== null && typeof value === 'object') throw bad('a single value')
    if (NULLISH.has(String(value ?? ''))) continue
    const isId =
      field === 'id' ||
      ((field.type === 'relationship' || field.type === 'upload') &&
        typeof field.relationTo === 'string' &&
        !field.hasMany)
    if (isId && ['equals', 'not_equals', 'in', 'not_in', 'all'].includes(operator)) {
      if (!isRecordId(String(value), idType))
        throw bad(idType === 'number' ? 'a record id (a whole number)' : 'a record id')
    } else if (field !== 'id' && field.type === 'number') {
      if (!/^-?\d+(\.\d+)?$/.test(String(value)) || !Number.isFinite(Number(value)))
        throw bad('a number')
    } else if (field !== 'id' && field.type === 'date') {
      if (Number.isNaN(Date.parse(String(value)))) throw bad('a date such as 2026-11-26')
    }
  }
}

function checkWhere(
  where: Record<string, unknown>,
  shape: Shape,
  idType: 'number' | 'text',
  bySlug: Map<string, Shape>,
  level: number,
) {
  if (level > 8)
    throw new Refusal(400, 'request.malformed-query', { param: 'where', reason: '≤ 8 levels' })
  for (const [key, value] of Object.entries(where)) {
    if (key === 'and' || key === 'or') {
      for (const part of listOf(value)) {
        if (!part || typeof part !== 'object')
          throw new Refusal(400, 'request.malformed-query', {
            param: `where[${key}]`,
            reason: 'a list of conditions',
          })
        checkWhere(part as Record<string, unknown>, shape, idType, bySlug, level + 1)
      }
      continue
    }
    if (!value || typeof value !== 'object' || Array.isArray(value)) {
      throw new Refusal(400, 'request.malformed-query', {
        param: `where[${key}]`,
        reason: 'where[field][operator]=value',
      })
    }
    const field = resolveField(key, shape, bySlug)
    if (!field) continue
    for (const [operator, operand] of Object.entries(value as Record<string, unknown>)) {
      checkOperand(field, operator, operand, idType, key)
    }
  }
}

/**
 * The API's front door in Express, before Next and Payload: a malformed address, id, query or
 * content type is answered with a 4xx and a message in the caller's language instead of reaching
 * the database driver (issue 6 #16).
 */
export function createRequestGuard(payload: Payload) {
  const idType = payload.db.defaultIDType
  const collections = new Map<string, SanitizedCollectionConfig>(
    payload.config.collections.map((c) => [c.slug, c]),
  )
  const shapes = new Map<string, Shape>(
    payload.config.collections.map((c) => [c.slug, { fields: c.flattenedFields }]),
  )
  const routes = new Map<string, ReturnType<typeof namedRoutes>>(
    [...collections].map(([slug, c]) => [slug, namedRoutes(c)]),
  )

  return function requestGuard(req: Request, res: Response, next: NextFunction) {
    try {
      let pathname: string
      try {
        pathname = decodeURIComponent(req.path)
      } catch {
        throw new Refusal(400, 'request.malformed-url')
      }
      if (pathname.includes('\0')) throw new Refusal(400, 'request.malformed-url')
      if (!pathname.startsWith('/api/')) return next()

      const [slug, second, third, ...rest] = pathname.slice('/api/'.length).split('/')
      if (slug === 'graphql' || slug === 'graphql-playground') return next()
      // Payload's migration records are not an API: it answers them with 501.
      if (slug === 'payload-migrations') throw new Refusal(404, 'request.not-found')
      const collection = slug ? collections.get(slug) : undefined
      let shape = slug ? shapes.get(slug) : undefined
      // The collection itself (list, create) or one record by id, not a named or keyed endpoint.
      let recordRoute = second === undefined || second === ''
      if (collection && !recordRoute) {
        const named = routes.get(slug!)!
        if (second === 'versions') {
          if (!collection.versions) throw new Refusal(404, 'request.not-found')
          if (third !== undefined && !isRecordId(third, idType))
            throw new Refusal(400, 'request.malformed-id', { id: third.slice(0, 40) })
          shape = {
            fields: [
              {
                name: 'version',
                type: 'group',
                flattenedFields: collection.flattenedFields,
              } as unknown as FlattenedField,
              ...collection.flattenedFields,
            ],
          }
        } else if (!named.names.has(second!) && !named.keyedByOtherThanId) {
          recordRoute = true
          if (!isRecordId(second, idType))
            throw new Refusal(400, 'request.malformed-id', { id: second.slice(0, 40) })
          // Payload's own `/:id/api-key/reveal`, where a collection lets admins read keys back.
          const revealsKey =
            third === 'api-key' &&
            rest.join('/') === 'reveal' &&
            typeof collection.auth?.useAPIKey === 'object' &&
            collection.auth.useAPIKey.reveal === true
          if (rest.length > 0 && !revealsKey) throw new Refusal(404, 'request.not-found')
        }
      }

      let query: Record<string, unknown> = {}
      const search = req.originalUrl.includes('?')
        ? req.originalUrl.slice(req.originalUrl.indexOf('?') + 1)
        : ''
      if (search) {
        try {
          decodeURIComponent(search.replace(/\+/g, ' '))
        } catch {
          throw new Refusal(400, 'request.malformed-url')
        }
        query = parseQuery(search, { depth: 10, arrayLimit: 1000, parameterLimit: 2000 }) as Record<
          string,
          unknown
        >
      }
      checkQuery(query, collection ? shape : undefined, idType, shapes)

      if (collection && recordRoute && third === undefined && BODY_METHODS.has(req.method)) {
        const type = (req.get('content-type') ?? '').toLowerCase()
        // The admin reads relationship labels with a POST that stands for a GET, its query in a
        // form-encoded body (Payload's `X-Payload-HTTP-Method-Override`), on the list route only.
        const readsByPost =
          req.method === 'POST' &&
          second === undefined &&
          (req.get('x-payload-http-method-override') ?? '').toUpperCase() === 'GET' &&
          type.startsWith('application/x-www-form-urlencoded')
        if (
          !readsByPost &&
          !type.startsWith('application/json') &&
          !type.startsWith('multipart/form-data')
        ) {
          throw new Refusal(415, 'request.unsupported-media-type')
        }
      }
      next()
    } catch (error) {
      if (error instanceof Refusal)
        return sendRefusal(req, res, error.status, error.code, error.params)
      next(error)
    }
  }
}
