/** GEN-5: which photos a record uses, through plain, many and array-nested relationship fields. */
import { describe, expect, it } from 'vitest'

import { idsAt } from '@/domain/uploads/purgeOrphanUploads'

describe('server (housekeeping of uploads)', () => {
  it('GEN-5: the photo ids a record points at, whatever the field’s shape', () => {
    expect(idsAt({ photo: 7 }, ['photo'])).toEqual(['7'])
    expect(idsAt({ photo: { id: 'a1' } }, ['photo'])).toEqual(['a1'])
    expect(idsAt({ photos: [1, { id: 2 }, null] }, ['photos'])).toEqual(['1', '2'])
    expect(
      idsAt({ workers: [{ photo: 3 }, { photo: null }, { name: 'x' }, { photo: { id: 4 } }] }, [
        'workers',
        'photo',
      ]),
    ).toEqual(['3', '4'])
    expect(idsAt({ photo: null }, ['photo'])).toEqual([])
    expect(idsAt({}, ['workers', 'photo'])).toEqual([])
    expect(idsAt({ workers: 'oops' }, ['workers', 'photo'])).toEqual([])
  })
})
