import { describe, expect, it } from 'vitest'
import { checkBody } from './checkBody'
import { offThreadChecker, OFF_THREAD_MIN_BYTES } from './offThreadCheck'

const meta = { asOf: '2026-01-01T00:00:00+08:00', source: { zh: '测试', en: 'test' }, definition: {}, units: {}, demo: true }
const alerts = { meta, data: { alerts: [] } }

describe('checkBody', () => {
  it('refuses text that is not JSON as malformed', () => {
    expect(checkBody('alerts', '{"meta":')).toEqual({ ok: false, kind: 'malformed' })
  })

  it('returns the value of a body that meets the contract', () => {
    expect(checkBody('alerts', JSON.stringify(alerts))).toEqual({ ok: true, data: alerts })
  })

  it('names the first field that breaks the contract', () => {
    const r = checkBody('population', JSON.stringify({ meta, data: { regions: [] } }))
    expect(r.ok).toBe(false)
    expect(r).toMatchObject({ kind: 'schema', fieldPath: 'data.year' })
  })
})

describe('boundary rings', () => {
  const square = [[121, 31], [122, 31], [122, 32], [121, 31]]
  const body = (coordinates: unknown) =>
    JSON.stringify({
      meta,
      data: {
        type: 'FeatureCollection',
        features: [{ type: 'Feature', properties: { code: 'a', nameZh: '甲', nameEn: 'A' }, geometry: { type: 'Polygon', coordinates } }],
      },
    })

  it('accepts rings of at least 4 positions in range', () => {
    expect(checkBody('boundaries', body([square])).ok).toBe(true)
  })

  it.each([
    ['too few positions', [square.slice(0, 3)]],
    ['a longitude out of range', [[[181, 31], ...square.slice(1)]]],
    ['a latitude that is not a number', [[[121, '31'], ...square.slice(1)]]],
    ['NaN (null in JSON)', [[[121, null], ...square.slice(1)]]],
    ['a third coordinate', [[[121, 31, 0], ...square.slice(1)]]],
    ['not an array', ['ring']],
  ])('refuses %s, naming the ring', (_, coordinates) => {
    expect(checkBody('boundaries', body(coordinates))).toMatchObject({
      ok: false,
      kind: 'schema',
      fieldPath: 'data.features.0.geometry.coordinates.0',
      message: expect.stringContaining('[lng, lat]'),
    })
  })
})

describe('offThreadChecker without Worker (Node, tests)', () => {
  it('checks small and large bodies inline with the same result as checkBody', async () => {
    const check = offThreadChecker()
    const bytes = (s: string) => new TextEncoder().encode(s).buffer
    const bad = JSON.stringify({ meta, data: { regions: '区'.repeat(OFF_THREAD_MIN_BYTES) } })
    expect(await check('population', bytes(bad))).toEqual(checkBody('population', bad))
    expect(await check('alerts', bytes(JSON.stringify(alerts)))).toEqual({ ok: true, data: alerts })
    expect(await check('alerts', bytes('['))).toEqual({ ok: false, kind: 'malformed' })
  })
})
