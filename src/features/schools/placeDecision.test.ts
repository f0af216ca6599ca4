import { describe, expect, it } from 'vitest'
import type { ProjectedSeries } from './cohortModel'
import { decidePlaces, noPlaceShortfallText, rankPlaceDecisions, STOPGAP_MAX_YEARS } from './placeDecision'

const names = (code: string) => (code === 'M' ? { zh: '闵行区', en: 'Minhang' } : { zh: code, en: code })
const opts = { leadYears: 3, surplusMargin: 0.1, nowYear: 2026 }

/** Observed 2024–2025, forecast from 2026; demand p50 per year, p90 = p50 + spread. */
function series(p50: number[], seats: number | number[], spread = 0, level: 'primary' | 'junior' = 'junior'): ProjectedSeries {
  const years = [2024, 2025, ...p50.map((_, i) => 2026 + i)]
  const all = [1000, 1000, ...p50]
  return {
    region: 'M',
    level,
    years: years.map((year, i) => ({
      year,
      observed: i < 2,
      p10: all[i]! - spread,
      p50: all[i]!,
      p90: all[i]! + (i < 2 ? 0 : spread),
      seats: Array.isArray(seats) ? (seats[i] ?? 0) : seats,
      opening: 0,
    })),
  }
}

describe('decidePlaces', () => {
  it('finds the first short year, the gap then and at its worst, and the start-by year (overdue)', () => {
    // Short from 2028 and it lasts: a school is needed by 2028, so it had to start in 2025.
    const d = decidePlaces(series([950, 990, 1100, 1200, 1300, 1250, 1240], 1000, 20), names, opts)
    expect(d).toMatchObject({
      action: 'build',
      firstShortYear: 2028,
      shortfallThen: 100,
      worstYear: 2030,
      worstShortfall: 300,
      riskYear: 2027,
      startBy: 2025,
      overdueYears: 1,
      severity: 'act',
    })
    expect(d.text.zh).toBe('闵行区 初中学位 2028 年起缺口约 100 个，2030 年最多约 300 个（p90 情形 2027 年起）；最迟 2025 年开工，已逾期 1 年')
    expect(d.text.en).toContain('had to start by 2025: 1 year overdue')
  })

  it('short from the first forecast year: start-by lies years back', () => {
    const d = decidePlaces(series([1100, 1200, 1200, 1300, 1300, 1300], 1000), names, opts)
    expect(d.firstShortYear).toBe(2026)
    expect(d.startBy).toBe(2023)
    expect(d.overdueYears).toBe(3)
  })

  it('leaves time when the gap is far off', () => {
    const d = decidePlaces(series([900, 900, 900, 900, 950, 1100, 1200], 1000), names, opts)
    expect(d).toMatchObject({ action: 'build', firstShortYear: 2031, startBy: 2028, overdueYears: 0, severity: 'watch' })
    expect(d.text.zh).toContain('最迟 2028 年开工')
    expect(d.text.zh).not.toContain('逾期')
  })

  it('a short bump that falls back is a stop-gap, not a new school', () => {
    const d = decidePlaces(series([1050, 1150, 1100, 950, 900, 850, 800], 1000), names, opts)
    expect(d).toMatchObject({ action: 'stopgap', firstShortYear: 2026, shortUntil: 2028, worstShortfall: 150, startBy: 2023 })
    expect(d.text.zh).toContain('宜临时学位或跨区调剂')
  })

  it('a shortfall longer than the stop-gap limit is built for even if it ends', () => {
    const long = Array.from({ length: STOPGAP_MAX_YEARS + 1 }, () => 1100)
    const d = decidePlaces(series([...long, 900, 900], 1000), names, opts)
    expect(d.action).toBe('build')
  })

  it('never short: enough, or only short in the p90 case (watch)', () => {
    const ok = decidePlaces(series([950, 960, 970], 1000), names, opts)
    expect(ok).toMatchObject({ action: 'none', firstShortYear: null, startBy: null, severity: 'ok' })
    expect(ok.text.zh).toBe('闵行区 初中学位 至 2028 年充足')
    const watch = decidePlaces(series([950, 960, 970], 1000, 60), names, opts)
    expect(watch).toMatchObject({ action: 'watch', riskYear: 2026, riskShortfall: 10, severity: 'watch' })
  })

  it('falling demand: a surplus from the year demand stays below seats by the margin', () => {
    const d = decidePlaces(series([980, 920, 880, 850, 800], 1000), names, opts)
    expect(d).toMatchObject({ action: 'surplus', surplusFrom: 2028, surplusSeats: 200, severity: 'surplus' })
    expect(d.surplusShare).toBeCloseTo(0.2)
    expect(d.text.en).toContain('hold new building')
  })

  it('seats growing with planned openings close a gap', () => {
    const d = decidePlaces(series([1100, 1100, 1100], [1000, 1000, 1200, 1200, 1200]), names, opts)
    expect(d.action).toBe('none')
  })
})

describe('rankPlaceDecisions', () => {
  it('puts builds first, earliest start first, then stop-gaps, watches, surpluses', () => {
    const a = decidePlaces(series([900, 900, 900, 900, 950, 1100, 1200], 1000), names, opts)
    const b = decidePlaces(series([950, 990, 1100, 1200, 1300, 1250, 1240], 1000), names, opts)
    const c = decidePlaces(series([980, 920, 880, 850, 800], 1000), names, opts)
    const e = decidePlaces(series([1050, 1150, 1100, 950, 900, 850, 800], 1000), names, opts)
    expect(rankPlaceDecisions([c, a, e, b]).map((d) => d.action + d.startBy)).toEqual(['build2025', 'build2028', 'stopgap2023', 'surplusnull'])
  })
  it('says so when nothing needs action', () => {
    expect(noPlaceShortfallText(2037, null).zh).toBe('未来至 2037 年各区学位充足')
  })
})
