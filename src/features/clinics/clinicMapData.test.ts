import { describe, expect, it } from 'vitest'
import type { Clinic } from '@/api'
import { clinicPoints, clinicRegionRows, recentLoad } from './clinicMapData'

const clinic = (id: string, region: string, dailyCapacity: number, recentVisits: number[], location: [number, number] = [121.5, 31.2]): Clinic => ({
  id,
  name: { zh: `社区卫生服务中心${id}`, en: `CHC ${id}` },
  kind: 'community',
  location,
  region,
  dailyCapacity,
  doctors: 10,
  recentVisits,
  meanWaitMinutes: 20,
})

describe('clinic map data', () => {
  it('load is the mean of the last seven days', () => {
    expect(recentLoad({ recentVisits: [1000, 1000, 7, 7, 7, 7, 7, 7, 7] })).toBe(7)
    expect(recentLoad({ recentVisits: [10, 20] })).toBe(15)
  })

  it('region utilisation is a ratio of sums', () => {
    const rows = clinicRegionRows([clinic('1', 'a', 100, [50]), clinic('2', 'a', 900, [900]), clinic('3', 'b', 200, [300])])
    expect(rows).toEqual([
      { code: 'a', value: 0.95, extra: { visits: 950, capacity: 1000, clinics: 2 } },
      { code: 'b', value: 1.5, extra: { visits: 300, capacity: 200, clinics: 1 } },
    ])
  })

  it('points carry load vs capacity; bad locations are skipped and counted', () => {
    const out = clinicPoints([clinic('1', 'a', 200, [100, 300]), clinic('2', 'a', 200, [1], [121, 95])])
    expect(out.invalid).toBe(1)
    expect(out.geojson.features[0]?.properties).toMatchObject({ id: '1', capacity: 200, visits: 200, u: 1 })
  })
})
