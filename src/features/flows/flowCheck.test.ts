import { describe, expect, it } from 'vitest'
import type { FlowProfile } from '@/api'
import { checkFlowForecast, checkFlowProfile } from './flowCheck'
import { forecastOf } from './flowTestData'

const day = Array.from({ length: 24 }, (_, i) => 1000 + i)
const good = () => forecastOf(day, day)

describe('checkFlowForecast', () => {
  it('passes 24 ordered hours with ordered quantiles', () => {
    expect(checkFlowForecast(good().points)).toEqual([])
  })

  it('reports no points, and too few', () => {
    expect(checkFlowForecast([])).toEqual([{ kind: 'noPoints' }])
    expect(checkFlowForecast(good().points.slice(0, 20))).toEqual([{ kind: 'tooFew', count: 20 }])
  })

  it('reports points out of order, and repeated hours as out of order', () => {
    const points = good().points
    const swapped = [points[0], points[2], points[1], ...points.slice(3)].filter((p) => p !== undefined)
    expect(checkFlowForecast(swapped)).toEqual([{ kind: 'outOfOrder', time: '2026-11-23T09:00:00+08:00' }])
    const repeated = [points[0], points[0], ...points.slice(2)].filter((p) => p !== undefined)
    expect(checkFlowForecast(repeated)[0]?.kind).toBe('outOfOrder')
  })

  it('reports missing hours with where the gap starts and how long it is', () => {
    const points = good().points
    const gappy = [...points.slice(0, 5), ...points.slice(8), ...forecastOf([1, 1, 1], [1, 1, 1], '2026-11-24T08:00:00+08:00').points]
    expect(gappy).toHaveLength(24)
    expect(checkFlowForecast(gappy)).toEqual([{ kind: 'missingHours', after: '2026-11-23T12:00:00+08:00', hours: 3 }])
  })

  it('reports p10 above p50 or p90, and negative or non-finite values, once per kind', () => {
    const points = good().points
    const at = (i: number) => points[i] as (typeof points)[number]
    at(3).outflow = { p10: 900, p50: 800, p90: 1000 }
    at(4).inflow = { p10: 1200, p50: 1000, p90: 1100 }
    at(6).inflow = { p10: -5, p50: 10, p90: 20 }
    at(7).outflow = { p10: 1, p50: Number.NaN, p90: 2 }
    expect(checkFlowForecast(points)).toEqual([
      { kind: 'bandInverted', time: '2026-11-23T11:00:00+08:00', series: 'outflow' },
      { kind: 'negative', time: '2026-11-23T14:00:00+08:00', series: 'inflow' },
    ])
  })

  it('reports an unreadable time', () => {
    const points = good().points
    const first = points[0]
    if (first) first.time = 'yesterday'
    expect(checkFlowForecast(points)).toEqual([{ kind: 'badTime', time: 'yesterday' }])
  })
})

describe('checkFlowProfile', () => {
  const hours = Array.from({ length: 24 }, (_, hour) => ({ hour, inflow: 10, outflow: 12 }))
  const profile: FlowProfile = { region: null, weekday: hours, weekend: hours }

  it('passes hours 0–23 in order', () => {
    expect(checkFlowProfile(profile)).toEqual([])
  })

  it('reports hours out of order or missing, per day type', () => {
    expect(checkFlowProfile({ ...profile, weekend: [...hours].reverse() })).toEqual([{ kind: 'profileHours', dayType: 'weekend' }])
    expect(checkFlowProfile({ ...profile, weekday: hours.slice(1) })).toEqual([{ kind: 'profileHours', dayType: 'weekday' }])
  })

  it('reports a non-finite count', () => {
    const bad = hours.map((h) => (h.hour === 5 ? { ...h, inflow: Number.POSITIVE_INFINITY } : h))
    expect(checkFlowProfile({ ...profile, weekday: bad })).toEqual([{ kind: 'profileValue', dayType: 'weekday', hour: 5 }])
  })
})
