import { describe, expect, it } from 'vitest'
import { createMockDb } from './db'
import { CENSUS_2020, DISTRICTS } from './districts'

// Figures from shared/reference/shanghai.md (2020 census).
const CENSUS_RESIDENTS: Record<string, number> = {
  '310101': 662_030, '310104': 1_113_078, '310105': 693_051, '310106': 975_707, '310107': 1_239_800,
  '310109': 757_498, '310110': 1_242_548, '310112': 2_653_489, '310113': 2_235_218, '310114': 1_834_258,
  '310115': 5_681_512, '310116': 822_776, '310117': 1_909_713, '310118': 1_271_424, '310120': 1_140_872,
  '310151': 637_921,
}

const db = createMockDb()
const { data, meta } = db.respond('population', {})
const total = (pick: (r: (typeof data.regions)[number]) => number) => data.regions.reduce((a, r) => a + pick(r), 0)
const groupOf = (code: string) => DISTRICTS.find((d) => d.code === code)?.group

describe('population', () => {
  it('serves the 2020 census residents of all 16 districts exactly', () => {
    expect(data.year).toBe(2020)
    expect(Object.fromEntries(data.regions.map((r) => [r.code, r.residents]))).toEqual(CENSUS_RESIDENTS)
    expect(total((r) => r.residents)).toBe(24_870_895)
  })

  it('adds up to the census groups: central 6,683,712, Pudong 5,681,512, suburbs 12,505,671', () => {
    const byGroup = (g: string) => data.regions.filter((r) => groupOf(r.code) === g).reduce((a, r) => a + r.residents, 0)
    expect(byGroup('central')).toBe(6_683_712)
    expect(byGroup('pudong')).toBe(5_681_512)
    expect(byGroup('suburb')).toBe(12_505_671)
  })

  it('matches the census age structure city-wide', () => {
    const kids = total((r) => r.ageBands['0-5'] + r.ageBands['6-10'] + r.ageBands['11-14'])
    expect(kids).toBe(CENSUS_2020.age0to14)
    expect(total((r) => r.ageBands['15-59'])).toBe(CENSUS_2020.age15to59)
    expect(total((r) => r.ageBands['60+'])).toBe(CENSUS_2020.age60plus)
    expect(total((r) => r.age65plus)).toBe(CENSUS_2020.age65plus)
    for (const r of data.regions) {
      const bands = Object.values(r.ageBands).reduce((a, b) => a + b, 0)
      expect(bands).toBe(r.residents)
      expect(r.age65plus).toBeLessThanOrEqual(r.ageBands['60+'])
    }
  })

  it('makes central districts older and the outer new towns younger', () => {
    const share = (code: string, band: '60+' | '0-5') => {
      const r = data.regions.find((x) => x.code === code)
      return r ? r.ageBands[band] / r.residents : NaN
    }
    expect(share('310101', '60+')).toBeGreaterThan(0.3) // Huangpu
    expect(share('310117', '60+')).toBeLessThan(0.2) // Songjiang
    expect(share('310117', '0-5')).toBeGreaterThan(share('310101', '0-5') * 1.4)
  })

  it('moves people into the centre and Pudong by day, out of every suburb', () => {
    for (const r of data.regions) {
      if (groupOf(r.code) === 'suburb') expect(r.daytime, r.code).toBeLessThan(r.residents)
      else expect(r.daytime, r.code).toBeGreaterThan(r.residents)
    }
  })

  it('computes areas from the polygons and says so, and labels the payload as demo', () => {
    const pudong = data.regions.find((r) => r.code === '310115')
    const huangpu = data.regions.find((r) => r.code === '310101')
    expect(pudong?.areaKm2).toBeGreaterThan(1200)
    expect(huangpu?.areaKm2).toBeGreaterThan(15)
    expect(huangpu?.areaKm2).toBeLessThan(25)
    expect(meta.demo).toBe(true)
    expect(meta.source.zh).toContain('第七次全国人口普查')
    expect(meta.attribution).toContain('ECharts 4.9.0')
  })
})
