/**
 * School places: from a forecast (API baseline or a scenario's projection) to a decision per
 * district × level. The one function the explore panels, the wall and the ranking all read. Pure.
 *
 * - Shortfall: the first forecast year p50 demand exceeds seats; the gap then and at its worst; the
 *   same under p90 (the risk case).
 * - Build: a shortfall that lasts must be met by a new school, whose construction must start
 *   `leadYears` before the first short year; a start-by year already past is "overdue by N years".
 * - Stop-gap: a shortfall that ends within the horizon (demand falls back below seats) and lasts at
 *   most `STOPGAP_MAX_YEARS` is met with temporary places or transfers between districts: building
 *   for it leaves a school empty later.
 * - Surplus: no shortfall, and demand falls below seats by at least the margin and stays there.
 */
import type { LocalizedText, SchoolLevel } from '@/api'
import type { Decision, DecisionSeverity, RegionNames } from '@/ui/forecast/decision'
import type { ProjectedSeries, ProjectedYear } from './cohortModel'

/** A shortfall that is over within this many years is bridged, not built for. */
export const STOPGAP_MAX_YEARS = 4

export interface PlaceDecisionOptions {
  /** Years from the start of construction to first intake (runtime config). */
  leadYears: number
  /** Surplus when demand stays at least this share below seats (0.1 = 10 %). */
  surplusMargin: number
  /** The year the data describes (its as-of), against which "overdue" is judged. */
  nowYear: number
}

export type PlaceAction = 'build' | 'stopgap' | 'watch' | 'surplus' | 'none'

export interface PlaceDecision extends Decision {
  subject: 'schools'
  region: string
  level: SchoolLevel
  action: PlaceAction
  /** First forecast year with p50 demand above seats, and the gap that year. */
  firstShortYear: number | null
  shortfallThen: number
  /** Year and size of the largest p50 gap over the horizon. */
  worstYear: number | null
  worstShortfall: number
  /** Last year of the (first) p50 shortfall run; null when it lasts to the horizon's end. */
  shortUntil: number | null
  /** First forecast year with p90 demand above seats. */
  riskYear: number | null
  riskShortfall: number
  /** Latest year construction must start to meet the first shortfall; null without one. */
  startBy: number | null
  /** Years past the start-by year (0 when there is still time). */
  overdueYears: number
  /** From this year on demand stays at least `surplusMargin` below seats. */
  surplusFrom: number | null
  /** Empty places and their share of seats in the horizon's last year. */
  surplusSeats: number
  surplusShare: number
  horizonEnd: number
}

const LEVEL_NAME: Record<SchoolLevel, LocalizedText> = {
  primary: { zh: '小学学位', en: 'primary places' },
  junior: { zh: '初中学位', en: 'junior-middle places' },
}

const GROUPED = new Intl.NumberFormat('en-US')

/** Gaps are forecasts, not counts: round to tens so the text does not claim false precision. */
function approx(n: number): string {
  return GROUPED.format(Math.round(n / 10) * 10)
}

function pct(r: number): string {
  return `${Math.round(r * 100)}%`
}

export function decidePlaces(series: ProjectedSeries, names: RegionNames, o: PlaceDecisionOptions): PlaceDecision {
  const future = series.years.filter((y) => !y.observed)
  const gap = (y: ProjectedYear, q: 'p50' | 'p90') => y[q] - y.seats

  const firstIdx = future.findIndex((y) => gap(y, 'p50') > 0)
  const first = firstIdx >= 0 ? future[firstIdx]! : undefined
  let worst: ProjectedYear | undefined
  for (const y of future) if (gap(y, 'p50') > 0 && (!worst || gap(y, 'p50') > gap(worst, 'p50'))) worst = y
  let lastShortIdx = firstIdx
  while (lastShortIdx >= 0 && lastShortIdx + 1 < future.length && gap(future[lastShortIdx + 1]!, 'p50') > 0) lastShortIdx++
  const endsInHorizon = firstIdx >= 0 && lastShortIdx < future.length - 1
  const shortYears = firstIdx >= 0 ? lastShortIdx - firstIdx + 1 : 0
  const risk = future.find((y) => gap(y, 'p90') > 0)

  const end = future[future.length - 1]
  let surplusFrom: number | null = null
  if (!first && end) {
    // The first year from which demand stays below seats by the margin to the end of the horizon.
    for (let i = future.length - 1; i >= 0; i--) {
      const y = future[i]!
      if (y.seats > 0 && y.p50 <= y.seats * (1 - o.surplusMargin)) surplusFrom = y.year
      else break
    }
  }

  let action: PlaceAction = 'none'
  if (first) action = endsInHorizon && shortYears <= STOPGAP_MAX_YEARS ? 'stopgap' : 'build'
  else if (risk) action = 'watch'
  else if (surplusFrom !== null) action = 'surplus'

  const startBy = first ? first.year - o.leadYears : null
  const overdueYears = startBy !== null ? Math.max(0, o.nowYear - startBy) : 0

  let severity: DecisionSeverity = 'ok'
  if (action === 'build') severity = startBy !== null && startBy <= o.nowYear + 1 ? 'act' : 'watch'
  else if (action === 'stopgap') severity = first && first.year <= o.nowYear + 1 ? 'act' : 'watch'
  else if (action === 'watch') severity = 'watch'
  else if (action === 'surplus') severity = 'surplus'

  const d: PlaceDecision = {
    id: `schools:${series.region}:${series.level}`,
    subject: 'schools',
    region: series.region,
    level: series.level,
    severity,
    action,
    firstShortYear: first?.year ?? null,
    shortfallThen: first ? gap(first, 'p50') : 0,
    worstYear: worst?.year ?? null,
    worstShortfall: worst ? gap(worst, 'p50') : 0,
    shortUntil: endsInHorizon ? (future[lastShortIdx]?.year ?? null) : null,
    riskYear: risk?.year ?? null,
    riskShortfall: risk ? gap(risk, 'p90') : 0,
    startBy,
    overdueYears,
    surplusFrom,
    surplusSeats: end ? Math.max(0, end.seats - end.p50) : 0,
    surplusShare: end && end.seats > 0 ? Math.max(0, end.seats - end.p50) / end.seats : 0,
    horizonEnd: end?.year ?? o.nowYear,
    text: { zh: '', en: '' },
  }
  d.text = placeText(d, names(series.region), o)
  return d
}

function placeText(d: PlaceDecision, name: LocalizedText, o: PlaceDecisionOptions): LocalizedText {
  const lv = LEVEL_NAME[d.level]
  const head = { zh: `${name.zh} ${lv.zh}`, en: `${name.en} ${lv.en}` }
  const riskZh = d.riskYear !== null && d.riskYear !== d.firstShortYear ? `（p90 情形 ${d.riskYear} 年起）` : ''
  const riskEn = d.riskYear !== null && d.riskYear !== d.firstShortYear ? ` (${d.riskYear} in the p90 case)` : ''
  switch (d.action) {
    case 'build': {
      const worstZh = d.worstYear !== null && d.worstYear !== d.firstShortYear ? `，${d.worstYear} 年最多约 ${approx(d.worstShortfall)} 个` : ''
      const worstEn = d.worstYear !== null && d.worstYear !== d.firstShortYear ? `, up to ${approx(d.worstShortfall)} in ${d.worstYear}` : ''
      const startZh = d.overdueYears > 0 ? `最迟 ${d.startBy} 年开工，已逾期 ${d.overdueYears} 年` : `最迟 ${d.startBy} 年开工`
      const startEn =
        d.overdueYears > 0
          ? `a new school had to start by ${d.startBy}: ${d.overdueYears} year${d.overdueYears > 1 ? 's' : ''} overdue`
          : `a new school must start by ${d.startBy}`
      return {
        zh: `${head.zh} ${d.firstShortYear} 年起缺口约 ${approx(d.shortfallThen)} 个${worstZh}${riskZh}；${startZh}`,
        en: `${head.en}: short of about ${approx(d.shortfallThen)} from ${d.firstShortYear}${worstEn}${riskEn}; ${startEn} (${o.leadYears}-year lead time)`,
      }
    }
    case 'stopgap': {
      const lateZh = d.overdueYears > 0 ? `新建须 ${d.startBy} 年开工，已逾期 ${d.overdueYears} 年` : `新建须 ${d.startBy} 年开工`
      const lateEn = d.overdueYears > 0 ? `a new school had to start by ${d.startBy}` : `a new school would have to start by ${d.startBy}`
      return {
        zh: `${head.zh} ${d.firstShortYear}–${d.shortUntil} 年缺口，最多约 ${approx(d.worstShortfall)} 个${riskZh}，之后回落：宜临时学位或跨区调剂（${lateZh}，建成后将空置）`,
        en: `${head.en}: short ${d.firstShortYear}–${d.shortUntil}, at most about ${approx(d.worstShortfall)}${riskEn}, then demand falls back: bridge with temporary places or transfers (${lateEn} and would then stand empty)`,
      }
    }
    case 'watch':
      return {
        zh: `${head.zh} 中位预测充足，p90 情形 ${d.riskYear} 年起缺口约 ${approx(d.riskShortfall)} 个：需关注`,
        en: `${head.en}: enough on the median forecast, but short of about ${approx(d.riskShortfall)} from ${d.riskYear} in the p90 case: watch`,
      }
    case 'surplus':
      return {
        zh: `${head.zh} ${d.surplusFrom} 年起空置超过 ${pct(o.surplusMargin)}（${d.horizonEnd} 年约 ${approx(d.surplusSeats)} 个，${pct(d.surplusShare)}）：暂缓新建`,
        en: `${head.en}: from ${d.surplusFrom} more than ${pct(o.surplusMargin)} of places stand empty (about ${approx(d.surplusSeats)}, ${pct(d.surplusShare)}, in ${d.horizonEnd}): hold new building`,
      }
    default:
      return {
        zh: `${head.zh} 至 ${d.horizonEnd} 年充足`,
        en: `${head.en}: enough to ${d.horizonEnd}`,
      }
  }
}

/** Every series' decision, most urgent first (then the earliest and largest shortfall). */
export function rankPlaceDecisions(decisions: readonly PlaceDecision[]): PlaceDecision[] {
  const order: Record<PlaceAction, number> = { build: 0, stopgap: 1, watch: 2, surplus: 3, none: 4 }
  return [...decisions].sort(
    (a, b) =>
      order[a.action] - order[b.action] ||
      (a.startBy ?? a.firstShortYear ?? a.riskYear ?? 9999) - (b.startBy ?? b.firstShortYear ?? b.riskYear ?? 9999) ||
      b.worstShortfall - a.worstShortfall ||
      b.surplusSeats - a.surplusSeats,
  )
}

/** The city's line when no district needs action: say so rather than invent urgency. */
export function noPlaceShortfallText(horizonEnd: number, level: SchoolLevel | null): LocalizedText {
  const lv = level ? LEVEL_NAME[level] : { zh: '学位', en: 'school places' }
  return { zh: `未来至 ${horizonEnd} 年各区${lv.zh}充足`, en: `Every district has enough ${lv.en} to ${horizonEnd}` }
}
