import { describe, expect, it } from 'vitest'
import type { ViewState } from './types'
import { decodeViewState, encodeViewState, roundCamera, type UrlQuery } from './urlState'

const defaults: ViewState = {
  center: [121.4737, 31.2304],
  zoom: 9,
  layers: ['schools.gap'],
  selection: null,
  hour: 8,
  year: 2026,
  level: 'primary',
  dayType: 'weekday',
}
const opts = { defaults, knownLayers: ['schools.gap', 'flows.od', 'density.hourly'] }
const decode = (q: UrlQuery) => decodeViewState(q, opts)

describe('urlState', () => {
  it('an empty query gives the defaults, and defaults encode to nothing', () => {
    expect(decode({})).toEqual(defaults)
    expect(encodeViewState(defaults, defaults)).toEqual({})
  })

  const states: ViewState[] = [
    { ...defaults, center: [121.5, 31.1], zoom: 11.25 },
    { ...defaults, layers: ['flows.od', 'density.hourly'], hour: 0, dayType: 'weekend' },
    { ...defaults, layers: [], selection: { kind: 'region', id: '310115' } },
    { ...defaults, selection: { kind: 'school', id: 'sch-0042' }, year: 2035, level: 'junior', hour: 23 },
  ]
  it.each(states.map((s, i) => [i, s]))('round-trips state %i', (_i, s) => {
    const q = encodeViewState(s, defaults)
    expect(decode(q)).toEqual(s)
    expect(encodeViewState(decode(q), defaults)).toEqual(q)
  })

  it('works on URLSearchParams-style strings', () => {
    const q = Object.fromEntries(new URLSearchParams('c=121.6,31.2&z=10&l=flows.od&s=clinic:c-1&h=17&y=2030&lv=junior&d=weekend'))
    expect(decode(q)).toEqual({
      center: [121.6, 31.2],
      zoom: 10,
      layers: ['flows.od'],
      selection: { kind: 'clinic', id: 'c-1' },
      hour: 17,
      year: 2030,
      level: 'junior',
      dayType: 'weekend',
    })
  })

  it('falls back field by field on bad values', () => {
    const bad = decode({
      c: '121.5,abc',
      z: '99',
      l: 'nope,<script>',
      s: 'district:<b>',
      h: '24',
      y: '2030.5',
      lv: 'university',
      d: 'holiday',
    })
    expect(bad).toEqual(defaults)
    expect(decode({ c: '400,31', h: '-1', y: 'NaN', z: '' })).toEqual(defaults)
    expect(decode({ s: 'region:' }).selection).toBeNull()
  })

  it('keeps the known layers of a partly bad list, once each, and an explicit empty list', () => {
    expect(decode({ l: 'flows.od,bogus,flows.od' }).layers).toEqual(['flows.od'])
    expect(decode({ l: '' }).layers).toEqual([])
  })

  it('takes the first of repeated parameters', () => {
    expect(decode({ h: ['5', '6'], lv: [null, 'junior'] }).hour).toBe(5)
  })

  it('rounds the camera to about ten metres', () => {
    expect(roundCamera([121.473712, 31.230449], 9.123)).toEqual({ center: [121.4737, 31.2304], zoom: 9.12 })
  })
})
