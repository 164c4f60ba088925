/**
 * Housekeeping of uploaded photos (GEN-5, CMP-1, PMT-4, MAIL-3): a photo is uploaded before the
 * record that uses it is saved (a resident's complaint photos, a worker's photo, a parcel's) or is
 * replaced (a member's): one that nothing uses a day after its upload is deleted, file and all,
 * so abandoned uploads neither fill the disk nor keep personal data. Each test runs the purge on
 * an estate of its own, moving the clock the purge reads.
 */
import fs from 'node:fs'
import path from 'node:path'
import { inject } from 'vitest'
import { describe, expect, it } from 'vitest'

import { ORPHAN_GRACE_HOURS, purgeOrphanUploads } from '@/domain/uploads/purgeOrphanUploads'
import { api, login } from '../support/http'
import {
  makeEstate,
  makeHousehold,
  makeResident,
  makeStaff,
  SIGNATURE_PNG,
  testPayload,
} from '../support/payload'

const PNG = Buffer.from(SIGNATURE_PNG.split(',')[1]!, 'base64')
const hoursOn = (n: number) => new Date(Date.now() + n * 3600_000)

async function uploadComplaintPhoto(token: string) {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(PNG)], { type: 'image/png' }), 'leak.png')
  form.append('_payload', JSON.stringify({}))
  const res = await fetch(`${inject('baseURL')}/api/complaint-photos`, {
    method: 'POST',
    headers: { Authorization: `JWT ${token}` },
    body: form,
  })
  expect(res.status).toBe(201)
  return ((await res.json()) as { doc: { id: number | string; url: string; filename: string } }).doc
}

async function exists(collection: 'complaint-photos' | 'mail-photos', id: number | string) {
  const payload = await testPayload()
  const found = await payload.find({ collection, where: { id: { equals: id } }, depth: 0 })
  return found.totalDocs === 1
}

describe('server (housekeeping of uploads)', () => {
  it('CMP-1, GEN-5: a complaint photo never attached is deleted a day after its upload, file included; an attached one is kept', async () => {
    const estate = await makeEstate()
    const { household, members } = await makeHousehold(undefined, { estate: estate.id })
    const account = await makeResident(household.id, members[0]!.id)
    const token = await login(account.email, account.password, 'residents')
    const attached = await uploadComplaintPhoto(token)
    const abandoned = await uploadComplaintPhoto(token)
    const made = await api('/api/complaints', {
      method: 'POST',
      auth: { token },
      json: { problem: '廚房水喉漏水', confirmed: true, photos: [attached.id] },
    })
    expect(made.status, JSON.stringify(made.body)).toBe(201)

    const payload = await testPayload()
    // Within the grace period nothing goes, attached or not.
    const early = await purgeOrphanUploads(payload, {
      estate: estate.id,
      now: hoursOn(ORPHAN_GRACE_HOURS - 1),
    })
    expect(early['complaint-photos']).toBe(0)
    expect(await exists('complaint-photos', abandoned.id)).toBe(true)

    const late = await purgeOrphanUploads(payload, {
      estate: estate.id,
      now: hoursOn(ORPHAN_GRACE_HOURS + 1),
    })
    expect(late['complaint-photos']).toBe(1)
    expect(await exists('complaint-photos', abandoned.id)).toBe(false)
    expect(await exists('complaint-photos', attached.id)).toBe(true)
    // The file went with the record; the attached photo's still downloads for its household.
    const gone = await fetch(`${inject('baseURL')}${abandoned.url}`, {
      headers: { Authorization: `JWT ${token}` },
    })
    expect([403, 404]).toContain(gone.status)
    expect(fs.existsSync(path.resolve('data/uploads/complaint-photos', abandoned.filename))).toBe(
      false,
    )
    expect(fs.existsSync(path.resolve('data/uploads/complaint-photos', attached.filename))).toBe(
      true,
    )
    const kept = await fetch(`${inject('baseURL')}${attached.url}`, {
      headers: { Authorization: `JWT ${token}` },
    })
    expect(kept.status).toBe(200)
    // The complaint still shows its photo.
    const complaint = await api(`/api/complaints/${made.body.doc.id}?depth=0`, { auth: { token } })
    expect(complaint.body.photos.map(String)).toEqual([String(attached.id)])
  })

  it('MAIL-3, GEN-5: a parcel photo nothing uses goes; another estate’s orphans are not touched by this estate’s run', async () => {
    const estate = await makeEstate()
    const other = await makeEstate()
    const payload = await testPayload()
    const photo = (estateId: number | string, name: string) =>
      payload.create({
        collection: 'mail-photos',
        data: { estate: estateId as number },
        file: {
          data: PNG,
          mimetype: 'image/png',
          name: `${name}-${Date.now()}.png`,
          size: PNG.length,
        },
      })
    const mine = await photo(estate.id, 'mine')
    const theirs = await photo(other.id, 'theirs')
    const result = await purgeOrphanUploads(payload, {
      estate: estate.id,
      now: hoursOn(ORPHAN_GRACE_HOURS + 1),
    })
    expect(result['mail-photos']).toBe(1)
    expect(await exists('mail-photos', mine.id)).toBe(false)
    expect(await exists('mail-photos', theirs.id)).toBe(true)
  })

  it('PMT-4, GEN-5: a worker’s photo on a permit is kept; a worker photo left out of the permit goes', async () => {
    const estate = await makeEstate()
    const engineer = await makeStaff(['engineering'], '工程部相片', { estate: estate.id })
    const payload = await testPayload()
    const photo = (name: string) =>
      payload.create({
        collection: 'permit-photos',
        data: { estate: estate.id as number },
        file: {
          data: PNG,
          mimetype: 'image/png',
          name: `${name}-${Date.now()}.png`,
          size: PNG.length,
        },
      })
    const [used, unused] = [await photo('worker'), await photo('left-out')]
    const permit = await api('/api/work-permits', {
      method: 'POST',
      auth: { token: await login(engineer.email, engineer.password) },
      json: {
        department: 'engineering',
        company: '相片工程',
        personInCharge: '工頭',
        fee: 100,
        validFrom: '2026-12-01',
        validUntil: '2026-12-31',
        workers: [{ name: '工人甲', idNumber: 'A123456(7)', photo: used.id }],
      },
    })
    expect(permit.status, JSON.stringify(permit.body)).toBe(201)
    const result = await purgeOrphanUploads(payload, {
      estate: estate.id,
      now: hoursOn(ORPHAN_GRACE_HOURS + 1),
    })
    expect(result['permit-photos']).toBe(1)
    const left = await payload.find({
      collection: 'permit-photos',
      where: { estate: { equals: estate.id } },
      depth: 0,
    })
    expect(left.docs.map((d) => String(d.id))).toEqual([String(used.id)])
    expect(String(unused.id)).not.toBe(String(used.id))
  })
})
