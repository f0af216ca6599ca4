import { describe, expect, it } from 'vitest'
import type { Population } from '@/api'
import { dayNightRows, densityRows } from './populationMapData'

const bands = { '0-5': 0, '6-10': 0, '11-14': 0, '15-59': 0, '60+': 0 }
const pop: Population = {
  year: 2020,
  regions: [
    { code: '310101', residents: 662_030, daytime: 1_100_000, areaKm2: 20.46, ageBands: bands, age65plus: 0 },
    { code: 'z', residents: 0, daytime: 10, areaKm2: 1, ageBands: bands, age65plus: 0 },
  ],
}

describe('population map rows', () => {
  it('density per km²', () => {
    expect(densityRows(pop)[0]?.value).toBeCloseTo(32_357, 0)
  })
  it('daytime / resident ratio, null without residents', () => {
    expect(dayNightRows(pop).map((r) => r.value)).toEqual([1_100_000 / 662_030, null])
  })
})
