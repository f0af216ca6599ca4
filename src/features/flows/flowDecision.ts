/**
 * What the flow forecast means for a district: when the most people arrive (net inflow = p50 inflow
 * − p50 outflow, per hour, over the next 24 hours), and how far the daytime population exceeds the
 * residents that local services are planned for. City-wide: which districts gain most people by
 * day. One function for every screen, so the panel, the wall and alerts can never disagree. Pure.
 *
 * Peak population (how it is computed): residents are counted where they sleep, so the population at
 * local midnight is taken as the residents. The population before the forecast's first hour is the
 * residents plus the typical day's net inflow (/flows/profile, weekday or weekend by the day of the
 * week) from 00:00 up to that hour; from then on each forecast hour adds its p50 net inflow. The
 * peak is the largest value reached at the end of a forecast hour. Without the profile it can only be
 * computed when the forecast starts at 00:00; otherwise it is left out rather than guessed.
 */
import type { FlowForecast, FlowProfile, LocalizedText, RegionPopulation } from '@/api'
import type { Decision, DecisionSeverity, RegionNames } from '@/ui/forecast/decision'
import { formatCount } from '@/ui/format'
import { checkFlowForecast, checkFlowProfile } from './flowCheck'
import { clock, dateAt, daysBetween, isWeekend, localTime, offsetMs } from './flowTime'

/** Hours named in the decision, and districts in the city-wide ranking. */
export const TOP_HOURS = 3
export const TOP_DISTRICTS = 3
/** Daytime population ÷ residents from which services sized for residents run short by day. */
export const ACT_RATIO = 1.2
export const WATCH_RATIO = 1.05
/** At or below this the district empties by day: its daytime services have room. */
export const SURPLUS_RATIO = 0.9

/** One forecast hour, in the city's local time. */
export interface FlowHour {
  time: string
  date: string
  hour: number
  /** Days after the as-of date: 0 today, 1 tomorrow. */
  day: number
  /** p50 trips in and out starting in the hour, and their difference. */
  inflow: number
  outflow: number
  net: number
}

export interface PeakPopulation {
  /** The population peaks at the end of this hour. */
  after: FlowHour
  value: number
  /** value ÷ residents. */
  ratio: number
}

export interface RegionFlowDecision extends Decision {
  region: string
  /** Up to three hours with positive net inflow, largest first (ties: the earlier hour first). */
  topHours: FlowHour[]
  peak: FlowHour | null
  /** The forecast was missing, empty or failed its checks. */
  noForecast: boolean
  residents: number | null
  daytime: number | null
  /** Typical weekday daytime population ÷ residents (/population). */
  daytimeRatio: number | null
  peakPopulation: PeakPopulation | null
}

export interface DistrictGain {
  region: string
  residents: number
  daytime: number
  /** daytime − residents. */
  gain: number
  ratio: number
}

export interface CityFlowDecision extends Decision {
  region: null
  /** Every district by daytime gain, largest first. */
  ranking: DistrictGain[]
  /** The hour with the most inter-district trips. */
  busiest: FlowHour | null
  noForecast: boolean
}

export type FlowDecision = RegionFlowDecision | CityFlowDecision

export interface FlowDecisionInput {
  /** A region code, or null for the whole city. */
  region: string | null
  forecast: FlowForecast | null
  /** meta.asOf of the forecast: its hours are "today" or "tomorrow" from this date. */
  asOf: string
  population: readonly RegionPopulation[] | null
  /** The region's typical-day profile, to place the population at the forecast's first hour. */
  profile?: FlowProfile | null
  names: RegionNames
}

type Lang = keyof LocalizedText
const LOCALE: Record<Lang, string> = { zh: 'zh-CN', en: 'en' }
const count = (n: number, lang: Lang) => formatCount(n, LOCALE[lang])
const times = (r: number) => r.toFixed(2)

/** The forecast's hours, or null when it is missing or fails its checks (order, gaps, quantiles). */
export function forecastHours(forecast: FlowForecast | null, asOf: string): FlowHour[] | null {
  if (!forecast || checkFlowForecast(forecast.points).length > 0) return null
  const first = forecast.points[0]
  const asOfDate = first ? dateAt(asOf, offsetMs(first.time)) : null
  return forecast.points.flatMap((p) => {
    const t = localTime(p.time)
    if (!t) return []
    const net = p.inflow.p50 - p.outflow.p50
    const day = asOfDate ? daysBetween(asOfDate, t.date) : 0
    return [{ time: p.time, date: t.date, hour: t.hour, day, inflow: p.inflow.p50, outflow: p.outflow.p50, net }]
  })
}

/** Hours ranked by `score`, positive scores only, largest first; ties keep time order. */
function ranked(hours: readonly FlowHour[], score: (h: FlowHour) => number, n: number): FlowHour[] {
  return hours
    .map((h, i) => ({ h, i, s: score(h) }))
    .filter((x) => x.s > 0)
    .sort((a, b) => b.s - a.s || a.i - b.i)
    .slice(0, n)
    .map((x) => x.h)
}

export function severityOf(ratio: number | null): DecisionSeverity {
  // Without the numbers nobody can say the district is fine.
  if (ratio === null) return 'watch'
  if (ratio >= ACT_RATIO) return 'act'
  if (ratio >= WATCH_RATIO) return 'watch'
  if (ratio <= SURPLUS_RATIO) return 'surplus'
  return 'ok'
}

/** Every district with residents, by daytime gain (then ratio, then code), largest first. */
export function daytimeGainRanking(regions: readonly RegionPopulation[]): DistrictGain[] {
  return regions
    .filter((r) => r.residents > 0)
    .map((r) => ({ region: r.code, residents: r.residents, daytime: r.daytime, gain: r.daytime - r.residents, ratio: r.daytime / r.residents }))
    .sort((a, b) => b.gain - a.gain || b.ratio - a.ratio || a.region.localeCompare(b.region))
}

export function peakPopulation(
  hours: readonly FlowHour[],
  residents: number,
  region: string,
  profile: FlowProfile | null | undefined,
): PeakPopulation | null {
  const first = hours[0]
  if (!first || !(residents > 0)) return null
  let pop = residents
  if (first.hour > 0) {
    if (!profile || profile.region !== region || checkFlowProfile(profile).length > 0) return null
    const day = profile[isWeekend(first.date) ? 'weekend' : 'weekday']
    for (const h of day.slice(0, first.hour)) pop += h.inflow - h.outflow
  }
  let best: { after: FlowHour; value: number } | null = null
  for (const h of hours) {
    pop += h.net
    if (!best || pop > best.value) best = { after: h, value: pop }
  }
  return best && { after: best.after, value: Math.round(best.value), ratio: best.value / residents }
}

function dayLabel(h: FlowHour, lang: Lang): string {
  if (h.day === 0) return lang === 'zh' ? '今日' : 'today'
  if (h.day === 1) return lang === 'zh' ? '明日' : 'tomorrow'
  return h.date.slice(5)
}

/** Top hours as time ranges: consecutive hours of a day merge ("08:00–10:00"); a day label where the day changes. */
function windowsText(top: readonly FlowHour[], hours: readonly FlowHour[], lang: Lang): string {
  const sorted = [...top].sort((a, b) => hours.indexOf(a) - hours.indexOf(b))
  const windows: FlowHour[][] = []
  for (const h of sorted) {
    const last = windows.at(-1)
    const prev = last?.at(-1)
    if (last && prev && prev.day === h.day && hours.indexOf(h) === hours.indexOf(prev) + 1) last.push(h)
    else windows.push([h])
  }
  let shownDay: number | null = null
  return windows
    .map((w) => {
      const from = w[0] as FlowHour
      const to = w.at(-1) as FlowHour
      const day = from.day === shownDay ? '' : `${dayLabel(from, lang)} `
      shownDay = from.day
      return `${day}${clock(from.hour)}–${clock(to.hour + 1)}`
    })
    .join(lang === 'zh' ? '、' : ', ')
}

function regionText(d: Omit<RegionFlowDecision, 'text' | 'id' | 'subject' | 'severity'>, hours: readonly FlowHour[], name: LocalizedText): LocalizedText {
  const line = (lang: Lang): string => {
    const zh = lang === 'zh'
    let head: string
    if (d.noForecast) head = zh ? `${name.zh} 暂无可用的流动预测` : `${name.en}: no usable flow forecast`
    else if (!d.peak) {
      head = zh
        ? `${name.zh} 未来24小时没有净流入的时段（每小时流出都不少于流入）`
        : `${name.en}: no hour in the next 24 with net inflow (outflow at least equals inflow every hour)`
    } else {
      const multiDay = new Set(d.topHours.map((h) => h.day)).size > 1
      const peakAt = `${multiDay ? `${dayLabel(d.peak, lang)} ` : ''}${clock(d.peak.hour)}`
      const windows = windowsText(d.topHours, hours, lang)
      const net = count(d.peak.net, lang)
      head = zh
        ? `${name.zh} ${windows} 净流入最多（峰值 ${peakAt} 约 +${net}人/时）`
        : `${name.en}: most net inflow ${windows} (peak ${peakAt}, about +${net} people/h)`
    }
    if (d.daytimeRatio === null) return head
    const r = times(d.daytimeRatio)
    if (d.daytimeRatio < 1) {
      return zh
        ? `${head}；白天人口为常住人口的 ${r} 倍，白天离开的多于到来的`
        : `${head}; daytime population is ${r}× residents: more people leave by day than arrive`
    }
    const p = d.peakPopulation
    const when = p ? `${dayLabel(p.after, lang)} ${clock(p.after.hour + 1)}` : ''
    const peak = p ? (zh ? `，预计 ${when} 前后达 ${count(p.value, lang)}人` : `, about ${count(p.value, lang)} around ${when}`) : ''
    return zh
      ? `${head}；白天人口为常住人口的 ${r} 倍${peak}，公共服务按常住人口配置`
      : `${head}; daytime population is ${r}× residents${peak}, while public services are planned for residents`
  }
  return { zh: line('zh'), en: line('en') }
}

export function regionFlowDecision(input: FlowDecisionInput & { region: string }): RegionFlowDecision {
  const { region, names } = input
  const hours = forecastHours(input.forecast, input.asOf)
  const topHours = hours ? ranked(hours, (h) => h.net, TOP_HOURS) : []
  const pop = input.population?.find((r) => r.code === region) ?? null
  const residents = pop && pop.residents > 0 ? pop.residents : null
  const daytimeRatio = pop && residents ? pop.daytime / residents : null
  const facts = {
    region,
    topHours,
    peak: topHours[0] ?? null,
    noForecast: hours === null,
    residents,
    daytime: pop?.daytime ?? null,
    daytimeRatio,
    peakPopulation: hours && residents ? peakPopulation(hours, residents, region, input.profile) : null,
  }
  return {
    id: `flows:${region}`,
    subject: 'flows',
    severity: severityOf(daytimeRatio),
    ...facts,
    text: regionText(facts, hours ?? [], names(region)),
  }
}

export function cityFlowDecision(input: FlowDecisionInput): CityFlowDecision {
  const hours = forecastHours(input.forecast, input.asOf)
  // City-wide every trip is both an inflow and an outflow: rank hours by volume, not net.
  const busiest = hours ? (ranked(hours, (h) => h.inflow, 1)[0] ?? null) : null
  const ranking = input.population ? daytimeGainRanking(input.population) : []
  const gainers = ranking.filter((g) => g.gain > 0).slice(0, TOP_DISTRICTS)
  const line = (lang: Lang): string => {
    const zh = lang === 'zh'
    const parts: string[] = []
    if (input.population) {
      const list = gainers.map((g) => `${input.names(g.region)[lang]} +${count(g.gain, lang)}${zh ? `（${times(g.ratio)} 倍）` : ` (${times(g.ratio)}×)`}`)
      if (zh) parts.push(list.length ? `全市白天人口增加最多：${list.join('、')}` : '全市没有白天人口多于常住人口的区')
      else parts.push(list.length ? `Largest daytime gains: ${list.join(', ')}` : 'No district has more people by day than residents')
    }
    if (busiest) {
      const at = `${dayLabel(busiest, lang)} ${clock(busiest.hour)}`
      const n = count(busiest.inflow, lang)
      parts.push(zh ? `${parts.length ? '' : '全市'}${at} 跨区出行最多（约 ${n}人次/时）` : `busiest hour for cross-district trips ${at} (about ${n} trips/h)`)
    }
    if (!parts.length) return zh ? '全市暂无可用的流动数据' : 'City-wide: no usable flow data'
    const text = parts.join(zh ? '；' : '; ')
    return zh ? text : text.charAt(0).toUpperCase() + text.slice(1)
  }
  return {
    id: 'flows:city',
    subject: 'flows',
    region: null,
    // The most strained district sets the city's severity, not the one gaining most in number.
    severity: input.population ? severityOf(ranking.length ? Math.max(...ranking.map((g) => g.ratio)) : null) : 'watch',
    ranking,
    busiest,
    noForecast: hours === null,
    text: { zh: line('zh'), en: line('en') },
  }
}

/** The decision for a region, or for the whole city when region is null. */
export function flowDecision(input: FlowDecisionInput): FlowDecision {
  const { region } = input
  return region === null ? cityFlowDecision(input) : regionFlowDecision({ ...input, region })
}
