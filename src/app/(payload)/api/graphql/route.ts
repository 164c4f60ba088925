import config from '@payload-config'
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'

import { errorMessage, pickLang } from '@/errors/catalogue'

const graphqlPost = GRAPHQL_POST(config)

const refusal = (request: Request, status: number, code: 'request.malformed-json' | 'request.method-not-allowed', headers: Record<string, string> = {}) =>
  Response.json(
    {
      errors: [
        {
          message: errorMessage(code, pickLang({ acceptLanguage: request.headers.get('accept-language') }), { method: request.method }),
          extensions: { code },
        },
      ],
    },
    { status, headers },
  )

/** GraphQL over POST; a body that is not JSON gets a 400 with a message, not an empty 500. */
export async function POST(request: Request) {
  if ((request.headers.get('content-type') ?? '').toLowerCase().startsWith('application/json')) {
    const text = await request.clone().text()
    try {
      const body = JSON.parse(text) as unknown
      if (!body || typeof body !== 'object') throw new Error('not an object')
    } catch {
      return refusal(request, 400, 'request.malformed-json')
    }
  }
  return graphqlPost(request)
}

/** Queries and mutations alike go over POST (a mutation over GET would be a CSRF door). */
export const GET = (request: Request) => refusal(request, 405, 'request.method-not-allowed', { Allow: 'POST, OPTIONS' })

export const OPTIONS = REST_OPTIONS(config)
