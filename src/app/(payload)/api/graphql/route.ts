import config from '@payload-config'
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'

import { errorMessage, pickLang } from '@/errors/catalogue'

const graphqlPost = GRAPHQL_POST(config)

type Code = 'request.malformed-json' | 'request.method-not-allowed' | 'request.json-only'

const refusal = (
  request: Request,
  status: number,
  code: Code,
  headers: Record<string, string> = {},
) =>
  Response.json(
    {
      errors: [
        {
          message: errorMessage(
            code,
            pickLang({ acceptLanguage: request.headers.get('accept-language') }),
            { method: request.method },
          ),
          extensions: { code },
        },
      ],
    },
    { status, headers },
  )

/**
 * GraphQL over POST with a JSON body; anything else gets a 4xx with a message (the GraphQL
 * handler would answer an empty 415, or a 500 for JSON it cannot parse).
 */
export async function POST(request: Request) {
  if (!(request.headers.get('content-type') ?? '').toLowerCase().startsWith('application/json')) {
    return refusal(request, 415, 'request.json-only')
  }
  try {
    const body = JSON.parse(await request.clone().text()) as unknown
    if (!body || typeof body !== 'object' || Array.isArray(body)) throw new Error('not an object')
  } catch {
    return refusal(request, 400, 'request.malformed-json')
  }
  return graphqlPost(request)
}

/** Queries and mutations alike go over POST (a mutation over GET would be a CSRF door). */
export const GET = (request: Request) =>
  refusal(request, 405, 'request.method-not-allowed', { Allow: 'POST, OPTIONS' })

export const OPTIONS = REST_OPTIONS(config)
