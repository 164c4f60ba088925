/** The largest id a SQL serial column holds (PostgreSQL `integer`); SQLite's is larger. */
const MAX_SERIAL_ID = 2_147_483_647

/**
 * Whether a value from a URL or a query can be a record id for this database: a positive whole
 * number for SQLite and PostgreSQL, a 24-hex ObjectId for MongoDB. Anything else never reaches
 * the driver (issue 6 #16).
 */
export function isRecordId(value: unknown, idType: 'number' | 'text'): boolean {
  if (typeof value === 'number')
    return idType === 'number' && Number.isInteger(value) && value > 0 && value <= MAX_SERIAL_ID
  if (typeof value !== 'string') return false
  if (idType === 'text') return /^[a-f0-9]{24}$/i.test(value)
  return /^[1-9]\d{0,9}$/.test(value) && Number(value) <= MAX_SERIAL_ID
}
