import { describe, expect, it } from 'vitest'

import { databaseKind, DatabaseUriError, selectDatabaseAdapter } from '@/db/selectDatabaseAdapter'

describe('operator: DATABASE_URI', () => {
  it.each([
    ['file:./data/estate.db', 'sqlite'],
    ['postgres://estate:secret@db.internal:5432/estate', 'postgres'],
    ['postgresql://estate@localhost/estate', 'postgres'],
    ['mongodb://localhost:27017/estate', 'mongodb'],
    ['mongodb+srv://cluster.example/estate', 'mongodb'],
  ])('%s selects %s', (uri, kind) => {
    expect(databaseKind(uri)).toBe(kind)
  })

  it.each(['mysql://root@localhost/estate', 'estate.db', '', 'file:', 'postgres://'])(
    'refuses %j with one line naming the accepted forms',
    (uri) => {
      expect(() => databaseKind(uri)).toThrow(DatabaseUriError)
      try {
        databaseKind(uri)
      } catch (error) {
        const message = (error as Error).message
        expect(message.split('\n')).toHaveLength(1)
        expect(message).toContain('file:')
        expect(message).toContain('postgres://')
        expect(message).toContain('mongodb://')
      }
    },
  )

  it('never echoes credentials in the error', () => {
    expect(() => databaseKind('mysql://root:hunter2@db/estate')).toThrow(/^(?!.*hunter2).*$/)
  })

  it('builds Payload’s official adapter for each kind, MongoDB included (constructed, not connected)', () => {
    expect(selectDatabaseAdapter('file:./tmp/unit-adapter.db').name).toBe('sqlite')
    expect(selectDatabaseAdapter('postgres://u@127.0.0.1:1/x').name).toBe('postgres')
    const mongo = selectDatabaseAdapter('mongodb://127.0.0.1:1/estate')
    expect(mongo.name).toBe('mongoose')
    expect(mongo.defaultIDType).toBe('text')
  })
})
