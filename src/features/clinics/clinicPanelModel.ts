/**
 * Everything the clinic panel shows, from the forecast response and the user's choices: the series
 * to chart (a district, or the city as their sum), the scenario's capacity, the days to mark, and
 * the baseline and scenario decisions. Faulty input yields problems in words and nothing to draw.
 * Pure: the panel only binds this to the template.
 */
import type { ClinicForecast, ClinicLoadSeries, LocalizedText } from '@/api'
import type { Decision, RegionNames } from '@/ui/forecast/decision'
import { cityClinicDecision, clinicDecision } from './clinicDecision'
import { changesRegion, projectClinicLoad } from './clinicLoadModel'
import { cityClinicSeries, problemText, validateClinicSeries } from './clinicSeries'

export interface FlagCount {
  /** Flagged days (a district) or district-days summed over districts (the city). */
  days: number
  /** Districts with at least one flagged day (the city only). */
  regions: number | null
}

export interface ClinicPanelModel {
  /** What is wrong with the input; when non-empty, nothing is charted or judged. */
  problems: LocalizedText[]
  series: ClinicLoadSeries | null
  scenarioCapacity: number | null
  /** Days the chart marks: the scenario's when there is one. */
  flaggedDays: string[]
  decision: Decision | null
  scenarioDecision: Decision | null
  flagged: { baseline: FlagCount; scenario: FlagCount | null }
}

const EMPTY: Omit<ClinicPanelModel, 'problems'> = {
  series: null,
  scenarioCapacity: null,
  flaggedDays: [],
  decision: null,
  scenarioDecision: null,
  flagged: { baseline: { days: 0, regions: null }, scenario: null },
}

export function clinicPanelModel(
  forecast: Pick<ClinicForecast, 'series'>,
  region: string | null,
  doctorsPct: Readonly<Record<string, number>>,
  threshold: number,
  names: RegionNames,
): ClinicPanelModel {
  const withScenario = changesRegion(doctorsPct, region)
  if (region !== null) {
    const s = forecast.series.find((x) => x.region === region)
    if (!s) {
      const n = names(region)
      return { ...EMPTY, problems: [{ zh: `${n.zh}：没有门诊负荷预测数据`, en: `${n.en}: no clinic load forecast` }] }
    }
    const problems = validateClinicSeries(s).map((p) => problemText(p, names))
    if (problems.length) return { ...EMPTY, problems }
    const base = clinicDecision(s, threshold, names)
    const projected = withScenario ? projectClinicLoad([s], doctorsPct)[0] : undefined
    const scen = projected ? clinicDecision(projected, threshold, names) : null
    return {
      problems: [],
      series: s,
      scenarioCapacity: projected ? projected.capacity : null,
      flaggedDays: (scen ?? base).flaggedDays,
      decision: base,
      scenarioDecision: scen,
      flagged: {
        baseline: { days: base.count, regions: null },
        scenario: scen ? { days: scen.count, regions: null } : null,
      },
    }
  }

  const city = cityClinicSeries(forecast.series)
  if (!city) return { ...EMPTY, problems: [{ zh: '没有门诊负荷预测数据', en: 'No clinic load forecast' }] }
  if (city.problems.length) return { ...EMPTY, problems: city.problems.map((p) => problemText(p, names)) }
  const cityName = () => ({ zh: '全市', en: 'City' })
  const count = (d: ReturnType<typeof cityClinicDecision>): FlagCount => ({
    days: d.ranking.reduce((a, r) => a + r.count, 0),
    regions: d.flaggedRegions,
  })
  const base = cityClinicDecision(forecast.series, threshold, names)
  const projected = withScenario ? projectClinicLoad(forecast.series, doctorsPct) : null
  const scen = projected ? cityClinicDecision(projected, threshold, names) : null
  const scenarioCapacity = projected ? projected.reduce((a, s) => a + s.capacity, 0) : null
  // The chart's dots are days the city total crosses the city line, matching what is drawn.
  const marked = clinicDecision(scenarioCapacity === null ? city.series : { ...city.series, capacity: scenarioCapacity }, threshold, cityName)
  return {
    problems: [],
    series: city.series,
    scenarioCapacity,
    flaggedDays: marked.flaggedDays,
    decision: base,
    scenarioDecision: scen,
    flagged: { baseline: count(base), scenario: scen ? count(scen) : null },
  }
}
