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
