import type { Endpoint } from 'payload'

import { searchEstate } from './searchEstate'

/**
 * GET /api/search?q= — the dashboard's one box: households (unit, members' names, residents'
 * phones), members and passes of the staff member's estate, grouped, each with its admin link.
 */
export const searchEndpoint: Endpoint = {
  path: '/search',
  method: 'get',
  handler: async (req) => Response.json(await searchEstate(req, req.searchParams.get('q'))),
}
