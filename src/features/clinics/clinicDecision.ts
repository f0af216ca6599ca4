/**
 * What the clinic load forecast means for action: the days a district's outpatient load is
 * forecast above a share of its capacity, the first such day and the peak, under the median (p50)
 * and the high case (p90). One function for the explore panel, the wall and alerts. Pure: no Vue.
 */
import type { ClinicLoadSeries, LocalizedText } from '@/api'
import { SEVERITY_ORDER, type Decision, type RegionNames } from '@/ui/forecast/decision'
import { problemText, validateClinicSeries, type ClinicSeriesProblem } from './clinicSeries'

export interface LoadDay {
  date: string
  /** Visits that day. */
  load: number
  /** Load ÷ capacity. */
  share: number
}

export interface LoadFlags {
  /** Forecast days with load above threshold × capacity, in date order. */
  flaggedDays: string[]
  firstDay: string | null
  count: number
  /** The highest forecast day, flagged or not; null when nothing can be judged. */
  peak: LoadDay | null
}

export interface ClinicDecision extends Decision, LoadFlags {
  subject: 'clinics'
  region: string
  /** Share of capacity that flags a day, e.g. 0.9. */
  threshold: number
  capacity: number
  /** Forecast days judged. */
  horizonDays: number
  /** The same under p90: what a bad flu winter would bring. */
  risk: LoadFlags
  /** Why the series could not be judged (then severity is 'watch' and nothing is flagged). */
  problems: ClinicSeriesProblem[]
}

export interface CityClinicDecision extends Decision {
  subject: 'clinics'
  region: null
  threshold: number
  /** Every district, most urgent first. */
  ranking: ClinicDecision[]
  /** Districts flagged under p50, and under p90. */
  flaggedRegions: number
  riskRegions: number
}

const EN_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
const parts = (iso: string) => ({ y: iso.slice(0, 4), m: Number(iso.slice(5, 7)), d: Number(iso.slice(8, 10)) })
const zhDay = (iso: string) => `${parts(iso).m}月${parts(iso).d}日`
const enDay = (iso: string) => `${parts(iso).d} ${EN_MONTHS[parts(iso).m - 1] ?? ''}`
const enDate = (iso: string) => `${enDay(iso)} ${parts(iso).y}`
const pctNum = (ratio: number) => String(Math.round(ratio * 1000) / 10)
const zhPct = (ratio: number) => `${Math.round(ratio * 100)}%`
const enPct = (ratio: number) => `${Math.round(ratio * 100)} %`
const enDays = (n: number) => `${n} ${n === 1 ? 'day' : 'days'}`

function flags(points: ClinicLoadSeries['points'], capacity: number, limit: number, q: 'p50' | 'p90'): LoadFlags {
  const flaggedDays: string[] = []
  let peak: LoadDay | null = null
  for (const p of points) {
    const load = p[q]
    if (load > limit) flaggedDays.push(p.date)
    if (!peak || load > peak.load) peak = { date: p.date, load, share: load / capacity }
  }
  return { flaggedDays, firstDay: flaggedDays[0] ?? null, count: flaggedDays.length, peak }
}

const NONE: LoadFlags = { flaggedDays: [], firstDay: null, count: 0, peak: null }

function text(d: Omit<ClinicDecision, 'text' | 'id' | 'subject' | 'region' | 'severity'>, name: LocalizedText, problems: LocalizedText[]): LocalizedText {
  const zT = `${pctNum(d.threshold)}%`
  const eT = `${pctNum(d.threshold)} %`
  const n = d.horizonDays
  if (problems.length) {
    return {
      zh: `${name.zh}：门诊预测数据有误，无法判断负荷——${problems.map((p) => p.zh).join('；')}`,
      en: `${name.en}: the clinic forecast is faulty, so load cannot be judged: ${problems.map((p) => p.en).join('; ')}`,
    }
  }
  const { peak, risk } = d
  if (d.count > 0 && d.firstDay && peak) {
    const more = risk.count > d.count
    return {
      zh:
        `${name.zh}：未来 ${n} 天中 ${d.count} 天门诊负荷超过容量 ${zT}，首日 ${d.firstDay}，峰值 ${zhDay(peak.date)} ${zhPct(peak.share)}` +
        (more ? `；高情景（P90）${risk.count} 天` : ''),
      en:
        `${name.en}: clinic load above ${eT} of capacity on ${d.count} of the next ${enDays(n)}, first on ${enDate(d.firstDay)}; ` +
        `peak ${enPct(peak.share)} on ${enDay(peak.date)}` +
        (more ? `; ${enDays(risk.count)} in the high case (P90)` : ''),
    }
  }
  if (risk.count > 0 && risk.firstDay && risk.peak) {
    return {
      zh: `${name.zh}：中位预测未超过容量 ${zT}，但高情景（P90）下 ${risk.count} 天超过，首日 ${risk.firstDay}，峰值 ${zhDay(risk.peak.date)} ${zhPct(risk.peak.share)}`,
      en:
        `${name.en}: the median forecast stays below ${eT} of capacity, but the high case (P90) exceeds it on ${enDays(risk.count)}, ` +
        `first on ${enDate(risk.firstDay)}; peak ${enPct(risk.peak.share)} on ${enDay(risk.peak.date)}`,
    }
  }
  const zPeak = peak ? `（峰值 ${zhDay(peak.date)} ${zhPct(peak.share)}）` : ''
  const ePeak = peak ? ` (peak ${enPct(peak.share)} on ${enDay(peak.date)})` : ''
  return {
    zh: `${name.zh}：未来 ${n} 天门诊负荷均低于容量 ${zT}${zPeak}`,
    en: `${name.en}: clinic load stays below ${eT} of capacity on all of the next ${enDays(n)}${ePeak}`,
  }
}

/** One district's decision at `threshold` (share of capacity, e.g. 0.9). */
export function clinicDecision(s: ClinicLoadSeries, threshold: number, names: RegionNames): ClinicDecision {
  const problems = validateClinicSeries(s)
  const limit = threshold * s.capacity
  const ok = problems.length === 0
  const base = {
    threshold,
    capacity: s.capacity,
    horizonDays: s.points.length,
    problems,
    ...(ok ? flags(s.points, s.capacity, limit, 'p50') : NONE),
    risk: ok ? flags(s.points, s.capacity, limit, 'p90') : NONE,
  }
  const severity = !ok || (base.count === 0 && base.risk.count > 0) ? 'watch' : base.count > 0 ? 'act' : 'ok'
  return {
    id: `clinics:${s.region}`,
    subject: 'clinics',
    region: s.region,
    severity,
    text: text(base, names(s.region), problems.map((p) => problemText({ ...p, region: null }, names))),
    ...base,
  }
}

/** Districts most urgent first: severity, then more flagged days, more high-case days, earlier first day. */
export function rankClinicDecisions(series: readonly ClinicLoadSeries[], threshold: number, names: RegionNames): ClinicDecision[] {
  const first = (d: ClinicDecision) => d.firstDay ?? d.risk.firstDay ?? '9999'
  return series
    .map((s) => clinicDecision(s, threshold, names))
    .sort(
      (a, b) =>
        SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
        b.count - a.count ||
        b.risk.count - a.risk.count ||
        first(a).localeCompare(first(b)) ||
        a.region.localeCompare(b.region),
    )
}

/** The city in one line: how many districts cross the threshold, and the worst. */
export function cityClinicDecision(series: readonly ClinicLoadSeries[], threshold: number, names: RegionNames): CityClinicDecision {
  const ranking = rankClinicDecisions(series, threshold, names)
  const judged = ranking.filter((d) => d.problems.length === 0)
  const flaggedRegions = judged.filter((d) => d.count > 0).length
  const riskRegions = judged.filter((d) => d.risk.count > 0).length
  const n = Math.max(0, ...judged.map((d) => d.horizonDays))
  const zT = `${pctNum(threshold)}%`
  const eT = `${pctNum(threshold)} %`
  const bad = ranking.length - judged.length
  const zBad = bad ? `（${bad} 个区数据有误，未计入）` : ''
  const eBad = bad ? ` (${bad} with faulty data left out)` : ''
  const worst = judged[0]
  let severity: CityClinicDecision['severity']
  let body: LocalizedText
  if (flaggedRegions > 0 && worst?.firstDay) {
    severity = 'act'
    const w = names(worst.region)
    body = {
      zh: `全市 ${judged.length} 个区中 ${flaggedRegions} 个区未来 ${n} 天有门诊负荷超过容量 ${zT} 的日子，最多：${w.zh} ${worst.count} 天（首日 ${worst.firstDay}）${zBad}`,
      en: `${flaggedRegions} of ${judged.length} districts${eBad} have days above ${eT} of clinic capacity in the next ${enDays(n)}; most: ${w.en}, ${enDays(worst.count)} (first ${enDate(worst.firstDay)})`,
    }
  } else if (riskRegions > 0) {
    severity = 'watch'
    body = {
      zh: `全市各区未来 ${n} 天门诊负荷中位预测均低于容量 ${zT}；高情景（P90）下 ${riskRegions} 个区会超过${zBad}`,
      en: `No district's median forecast exceeds ${eT} of clinic capacity in the next ${enDays(n)}${eBad}; in the high case (P90) ${riskRegions} do`,
    }
  } else {
    severity = bad || !judged.length ? 'watch' : 'ok'
    body = judged.length
      ? { zh: `全市各区未来 ${n} 天门诊负荷均低于容量 ${zT}${zBad}`, en: `All districts${eBad} stay below ${eT} of clinic capacity over the next ${enDays(n)}` }
      : { zh: `没有可判断的门诊预测数据${zBad}`, en: `No clinic forecast that can be judged${eBad}` }
  }
  return { id: 'clinics:city', subject: 'clinics', region: null, severity, text: body, threshold, ranking, flaggedRegions, riskRegions }
}
