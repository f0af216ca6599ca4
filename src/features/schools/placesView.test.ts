import { describe, expect, it } from 'vitest'
import { createMockDb } from '../../../mocks/data/db'
import { NO_SCHOOL_CHANGE, projectAll } from './cohortModel'
import { asOfYear, placesView, shownRanking } from './placesView'

const db = createMockDb()
const body = db.respond('schoolForecast', {})
const forecast = body.data
const names = (code: string) => ({ zh: code === '310112' ? '闵行区' : code, en: code === '310112' ? 'Minhang' : code })
const opts = { leadYears: 3, surplusMargin: 0.1, nowYear: asOfYear(body.meta.asOf) }

describe('placesView', () => {
  it('gives a selected district its series and a decision for each level', () => {
    const v = placesView(forecast, null, { region: '310112', level: 'junior', year: 2029 }, opts, names)
    expect(v.problem).toBeNull()
    expect(v.base?.region).toBe('310112')
    expect(v.decisions.map((d) => d.level)).toEqual(['primary', 'junior'])
    expect(v.decisions[1]!.base.text.zh).toMatch(/^闵行区 初中学位 2028/)
    expect(v.decisions.every((d) => d.scenario === null)).toBe(true)
    expect(v.ranking).toHaveLength(16)
    const minhang = v.ranking.find((r) => r.region === '310112')!
    expect(minhang.gapIn).toBe(v.base!.years.find((y) => y.year === 2029)!.p50 - v.base!.years.find((y) => y.year === 2029)!.seats)
  })

  it('ranks the districts that need action first', () => {
    const v = placesView(forecast, null, { region: null, level: 'junior', year: 2029 }, opts, names)
    const severities = v.ranking.map((r) => r.base.severity)
    expect(severities[0]).toBe('act')
    expect(severities.lastIndexOf('act')).toBeLessThan(severities.indexOf('surplus'))
    // The city's line names the most urgent district rather than a sum.
    expect(v.decisions[1]!.base).toBe(v.ranking[0]!.base)
  })

  it('says the city has enough when no district is short, and counts surpluses', () => {
    const v = placesView(forecast, null, { region: null, level: 'primary', year: 2029 }, opts, names)
    expect(v.decisions[0]!.base.text.zh).toMatch(/^未来至 2037 年各区小学学位充足；\d+ 个区将空置超过一成/)
  })

  it('sets the scenario beside the baseline when it changes the decision', () => {
    const low = projectAll(forecast.series, { ...NO_SCHOOL_CHANGE, birthsPct: -10 }, forecast.baseYear)
    const v = placesView(forecast, low, { region: '310112', level: 'primary', year: 2035 }, opts, names)
    const primary = v.decisions[0]!
    expect(primary.scenario).not.toBeNull()
    expect(primary.scenario!.text.zh).not.toBe(primary.base.text.zh)
    const row = v.ranking.find((r) => r.region === '310112')!
    expect(row.scenarioGapIn!).toBeLessThan(row.gapIn!)
  })

  it('reports a faulty series in words and leaves it out of the ranking', () => {
    const bad = structuredClone(forecast)
    const s = bad.series.find((x) => x.region === '310112' && x.level === 'junior')!
    s.points[15]!.demand = { p10: 900, p50: 500, p90: 100 }
    const v = placesView(bad, null, { region: '310112', level: 'junior', year: 2029 }, opts, names)
    expect(v.problem).toBe('bandInverted')
    expect(v.base).toBeNull()
    expect(v.ranking.map((r) => r.region)).not.toContain('310112')
    expect(v.skipped).toBe(1)
    expect(placesView(bad, null, { region: 'nope', level: 'junior', year: 2029 }, opts, names).problem).toBe('noSeries')
  })
})

describe('shownRanking', () => {
  const rows = Array.from({ length: 30 }, (_, i) => ({ region: `r${i}` }))
  it('shows the first rows, keeps the selection, and everything when expanded or short', () => {
    expect(shownRanking(rows, false, null, 5).map((r) => r.region)).toEqual(['r0', 'r1', 'r2', 'r3', 'r4'])
    expect(shownRanking(rows, false, 'r17', 5).map((r) => r.region)).toEqual(['r0', 'r1', 'r2', 'r3', 'r4', 'r17'])
    expect(shownRanking(rows, false, 'r2', 5)).toHaveLength(5)
    expect(shownRanking(rows, true, null, 5)).toHaveLength(30)
    expect(shownRanking(rows.slice(0, 5), false, null, 5)).toHaveLength(5)
  })
})
