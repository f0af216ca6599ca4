import { describe, expect, it } from 'vitest'
import type { Clinic, RegionPopulation } from '@/api'
import { districtCapacityRows } from './clinicDistricts'

const clinic = (region: string, dailyCapacity: number, visits: number, doctors: number): Clinic => ({
  id: `${region}-${dailyCapacity}`,
  name: { zh: 'x', en: 'x' },
  kind: 'community',
  location: [121.5, 31.2],
  region,
  dailyCapacity,
  doctors,
  recentVisits: [visits],
  meanWaitMinutes: 10,
})
const pop = (code: string, residents: number, daytime: number): RegionPopulation => ({
  code,
  residents,
  daytime,
  areaKm2: 10,
  ageBands: { '0-5': 0, '6-10': 0, '11-14': 0, '15-59': residents, '60+': 0 },
  age65plus: 0,
})

describe('districtCapacityRows', () => {
  it('joins utilisation, residents per doctor and daytime ratio, busiest first', () => {
    const rows = districtCapacityRows(
      [clinic('a', 1000, 500, 40), clinic('a', 1000, 700, 10), clinic('b', 500, 450, 20)],
      [pop('a', 100_000, 130_000), pop('b', 40_000, 30_000)],
    )
    expect(rows).toEqual([
      { code: 'b', utilisation: 0.9, doctors: 20, residentsPerDoctor: 2000, daytimeRatio: 0.75 },
      { code: 'a', utilisation: 0.6, doctors: 50, residentsPerDoctor: 2000, daytimeRatio: 1.3 },
    ])
  })

  it('leaves population figures empty when the population is missing or there are no doctors', () => {
    expect(districtCapacityRows([clinic('a', 1000, 500, 0)], [pop('a', 1000, 1000)])[0]?.residentsPerDoctor).toBeNull()
    expect(districtCapacityRows([clinic('a', 1000, 500, 5)], null)[0]).toMatchObject({ residentsPerDoctor: null, daytimeRatio: null })
  })
})
