/**
 * Checks and sums for clinic load series. Pure: no Vue.
 *
 * The contract's schema already rejects negative counts and a non-positive capacity, but it cannot
 * say that dates run forward or that p10 ≤ p50 ≤ p90; and the scenario model can produce a capacity
 * of zero. A series that fails here must not be charted or judged: the panel names the problem.
 */
import type { ClinicLoadSeries, LocalizedText } from '@/api'

export type ClinicSeriesProblemCode = 'noPoints' | 'noCapacity' | 'bandInverted' | 'datesOutOfOrder' | 'regionsMisaligned'

export interface ClinicSeriesProblem {
  code: ClinicSeriesProblemCode
  region: string | null
  /** The first offending date, when there is one. */
  date?: string
}

/** Every problem found, at most one of each kind (with the first offending date). */
export function validateClinicSeries(s: ClinicLoadSeries): ClinicSeriesProblem[] {
  const out: ClinicSeriesProblem[] = []
  const region = s.region
  if (!s.points.length) out.push({ code: 'noPoints', region })
  if (!(Number.isFinite(s.capacity) && s.capacity > 0)) out.push({ code: 'noCapacity', region })
  const inverted = s.points.find((p) => !(p.p10 <= p.p50 && p.p50 <= p.p90))
  if (inverted) out.push({ code: 'bandInverted', region, date: inverted.date })
  // One timeline: history then forecast, each date later than the one before (gaps are allowed).
  const dates = [...s.history.map((h) => h.date), ...s.points.map((p) => p.date)]
  const bad = dates.findIndex((d, i) => i > 0 && !(d > (dates[i - 1] ?? '')))
  if (bad > 0) out.push({ code: 'datesOutOfOrder', region, date: dates[bad] })
  return out
}

/**
 * The city as one series: capacity, visits and quantiles summed by date. Summing p10s and p90s
 * gives the band of perfectly correlated districts, a little wide, which fits a city-wide flu
 * season better than assuming independence. Districts must share the same dates.
 */
export function cityClinicSeries(
  series: readonly ClinicLoadSeries[],
): { series: ClinicLoadSeries; problems: ClinicSeriesProblem[] } | null {
  const [first, ...rest] = series
  if (!first) return null
  const problems = series.flatMap(validateClinicSeries)
  const sameDates = (a: readonly { date: string }[], b: readonly { date: string }[]) =>
    a.length === b.length && a.every((x, i) => x.date === b[i]?.date)
  const odd = rest.find((s) => !sameDates(s.history, first.history) || !sameDates(s.points, first.points))
  if (odd) problems.push({ code: 'regionsMisaligned', region: odd.region })
  const sum = {
    region: 'city',
    capacity: 0,
    history: first.history.map((h) => ({ date: h.date, visits: 0 })),
    points: first.points.map((p) => ({ date: p.date, p10: 0, p50: 0, p90: 0 })),
  }
  if (problems.length) return { series: sum, problems }
  for (const s of series) {
    sum.capacity += s.capacity
    s.history.forEach((h, i) => {
      const row = sum.history[i]
      if (row) row.visits += h.visits
    })
    s.points.forEach((p, i) => {
      const row = sum.points[i]
      if (!row) return
      row.p10 += p.p10
      row.p50 += p.p50
      row.p90 += p.p90
    })
  }
  return { series: sum, problems }
}

const PROBLEM_TEXT: Record<ClinicSeriesProblemCode, LocalizedText> = {
  noPoints: { zh: '没有预测数据点', en: 'the forecast has no points' },
  noCapacity: { zh: '缺少日接诊能力（为 0 或缺失）', en: 'daily capacity is missing or zero' },
  bandInverted: { zh: '预测区间颠倒（p10 > p50 或 p50 > p90）', en: 'the forecast interval is inverted (p10 above p50 or p50 above p90)' },
  datesOutOfOrder: { zh: '日期顺序错乱', en: 'dates are out of order' },
  regionsMisaligned: { zh: '各区日期不一致，无法汇总全市', en: 'districts cover different dates, so the city total cannot be summed' },
}

/** "闵行区：预测区间颠倒（…），首见 2027-01-03" — what is wrong, in words, for the panel and the decision. */
export function problemText(p: ClinicSeriesProblem, regionName: (code: string) => LocalizedText): LocalizedText {
  const what = PROBLEM_TEXT[p.code]
  const name = p.region ? regionName(p.region) : null
  return {
    zh: `${name ? `${name.zh}：` : ''}${what.zh}${p.date ? `，首见 ${p.date}` : ''}`,
    en: `${name ? `${name.en}: ` : ''}${what.en}${p.date ? `, first at ${p.date}` : ''}`,
  }
}
