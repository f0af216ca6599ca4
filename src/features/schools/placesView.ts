/**
 * Everything the school-places panel (and the wall) shows, from the API forecast and the scenario's
 * projection: the selected district's (or the city's) series, the decision per level under the
 * baseline and the scenario, and the districts ranked by shortfall. Pure: the component only binds it.
 */
import type { LocalizedText, SchoolForecast, SchoolLevel } from '@/api'
import { SCHOOL_LEVELS } from '@/api'
import type { Decision, RegionNames } from '@/ui/forecast/decision'
import { baselineSeries, type ProjectedSeries } from './cohortModel'
import { decidePlaces, noPlaceShortfallText, rankPlaceDecisions, type PlaceDecision, type PlaceDecisionOptions } from './placeDecision'
import { sumSeries } from './placesChart'
import { checkSchoolSeries, type SeriesProblem } from './seriesCheck'

export interface LevelDecision {
  level: SchoolLevel
  base: Decision
  /** The same decision under the scenario; null when the scenario leaves it unchanged. */
  scenario: Decision | null
}

export interface RankingRow {
  region: string
  base: PlaceDecision
  scenario: PlaceDecision | null
  /** Demand − seats in the selected year (p50), baseline and scenario. */
  gapIn: number | null
  scenarioGapIn: number | null
}

export interface PlacesView {
  problem: SeriesProblem | 'noSeries' | null
  base: ProjectedSeries | null
  scenario: ProjectedSeries | null
  decisions: LevelDecision[]
  ranking: RankingRow[]
  /** Series left out of the ranking because their data is faulty. */
  skipped: number
  baseYear: number
}

export interface PlacesSelection {
  region: string | null
  level: SchoolLevel
  year: number
}

/** The year the data describes, from its as-of stamp (already in the city's offset). */
export function asOfYear(asOf: string): number {
  return Number(asOf.slice(0, 4))
}

function gapIn(s: ProjectedSeries | null | undefined, year: number): number | null {
  const y = s?.years.find((p) => p.year === year)
  return y ? y.p50 - y.seats : null
}

/** The city's line for a level: the most urgent district, or an honest "enough" when none is short. */
function cityDecision(ranked: readonly PlaceDecision[], level: SchoolLevel, horizonEnd: number): Decision {
  const top = ranked[0]
  if (top && (top.action === 'build' || top.action === 'stopgap' || top.action === 'watch')) return top
  const surplus = ranked.filter((d) => d.action === 'surplus').length
  const text: LocalizedText = noPlaceShortfallText(horizonEnd, level)
  if (surplus > 0) {
    text.zh += `；${surplus} 个区将空置超过一成，暂缓新建`
    text.en += `; ${surplus} districts will have over a tenth of places empty: hold new building`
  }
  return { id: `schools:city:${level}`, subject: 'schools', region: null, severity: surplus > 0 ? 'surplus' : 'ok', text }
}

// The baseline does not move with the scenario: check and project it once per forecast payload.
const baselineCache = new WeakMap<SchoolForecast, { problems: (SeriesProblem | null)[]; baseAll: ProjectedSeries[] }>()
function baselineOf(forecast: SchoolForecast) {
  let hit = baselineCache.get(forecast)
  if (!hit) {
    const problems = forecast.series.map(checkSchoolSeries)
    hit = { problems, baseAll: baselineSeries(forecast.series.filter((_, i) => problems[i] === null)) }
    baselineCache.set(forecast, hit)
  }
  return hit
}

export function placesView(
  forecast: SchoolForecast,
  scenarioSeries: readonly ProjectedSeries[] | null,
  sel: PlacesSelection,
  opts: PlaceDecisionOptions,
  names: RegionNames,
): PlacesView {
  const { problems, baseAll } = baselineOf(forecast)
  const key = (s: { region: string; level: string }) => `${s.region}:${s.level}`
  const scenarioByKey = new Map((scenarioSeries ?? []).map((s) => [key(s), s]))
  const scenarioOf = (s: ProjectedSeries) => (scenarioSeries ? (scenarioByKey.get(key(s)) ?? null) : null)

  const decide = (s: ProjectedSeries) => decidePlaces(s, names, opts)
  const differs = (a: Decision, b: Decision) => a.text.zh !== b.text.zh

  const rankFor = (level: SchoolLevel) => {
    const rows = baseAll.filter((s) => s.level === level)
    const base = rankPlaceDecisions(rows.map(decide))
    const scen = scenarioSeries ? rankPlaceDecisions(rows.map((s) => scenarioOf(s)).filter((s): s is ProjectedSeries => s !== null).map(decide)) : null
    return { rows, base, scen }
  }

  const decisions: LevelDecision[] = []
  let ranking: RankingRow[] = []
  for (const level of SCHOOL_LEVELS) {
    const r = rankFor(level)
    const horizonEnd = r.rows[0]?.years.at(-1)?.year ?? forecast.baseYear
    let base: Decision | undefined
    let scen: Decision | null = null
    if (sel.region === null) {
      base = cityDecision(r.base, level, horizonEnd)
      if (r.scen) scen = cityDecision(r.scen, level, horizonEnd)
    } else {
      const s = r.rows.find((x) => x.region === sel.region)
      if (s) {
        base = decide(s)
        const sc = scenarioOf(s)
        scen = sc ? decide(sc) : null
      }
    }
    if (base) decisions.push({ level, base, scenario: scen && differs(base, scen) ? scen : null })
    if (level === sel.level) {
      // Ranked by the scenario when there is one: that is what the planner is looking at.
      const order = (r.scen ?? r.base).map((d) => d.region)
      ranking = order.map((region) => {
        const b = r.base.find((d) => d.region === region)!
        const s = r.scen?.find((d) => d.region === region) ?? null
        const series = r.rows.find((x) => x.region === region)
        return { region, base: b, scenario: s, gapIn: gapIn(series, sel.year), scenarioGapIn: series ? gapIn(scenarioOf(series), sel.year) : null }
      })
    }
  }

  let problem: PlacesView['problem'] = null
  let base: ProjectedSeries | null = null
  let scenario: ProjectedSeries | null = null
  if (sel.region === null) {
    const rows = baseAll.filter((s) => s.level === sel.level)
    base = sumSeries(rows)
    scenario = scenarioSeries ? sumSeries(rows.map((s) => scenarioOf(s) ?? s)) : null
    if (!base) problem = 'noSeries'
  } else {
    const i = forecast.series.findIndex((s) => s.region === sel.region && s.level === sel.level)
    if (i < 0) problem = 'noSeries'
    else if (problems[i]) problem = problems[i]!
    else {
      base = baseAll.find((s) => s.region === sel.region && s.level === sel.level) ?? null
      scenario = base ? scenarioOf(base) : null
    }
  }

  return {
    problem,
    base,
    scenario,
    decisions,
    ranking,
    skipped: problems.filter((p, i) => p !== null && forecast.series[i]!.level === sel.level).length,
    baseYear: forecast.baseYear,
  }
}

/** Rows the ranking shows before "show all": every district of a city, the worst streets of a street city. */
export const RANKING_SHOWN = 20

/**
 * The ranking rows on screen: all of them when expanded, else the first `limit` plus the selected
 * region's row wherever it ranks (the selection must never vanish from the table).
 */
export function shownRanking<T extends { region: string }>(rows: readonly T[], expanded: boolean, selected: string | null, limit = RANKING_SHOWN): T[] {
  if (expanded || rows.length <= limit) return [...rows]
  const head = rows.slice(0, limit)
  const sel = selected === null ? undefined : rows.slice(limit).find((r) => r.region === selected)
  return sel ? [...head, sel] : head
}
