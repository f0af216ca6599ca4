import { describe, expect, it } from 'vitest'
import { createMockDb } from './db'

const db = createMockDb()
const alerts = db.respond('alerts', {}).data.alerts
const forecast = db.respond('schoolForecast', {}).data
const clinicForecast = db.respond('clinicForecast', {}).data

describe('alerts derived from the forecasts', () => {
  it('raises a school-place alert exactly where demand exceeds seats within three years', () => {
    for (const s of forecast.series) {
      const short = s.points.find((p) => !p.observed && p.year <= 2029 && p.demand.p50 > p.seats)
      const alert = alerts.find((a) => a.id === `schools.${s.level}.gap:${s.region}`)
      if (!short) {
        expect(alert).toBeUndefined()
        continue
      }
      expect(alert?.when).toBe(String(short.year))
      expect(alert?.value).toBe(short.demand.p50)
      expect(alert?.threshold).toBe(short.seats)
      expect(['warning', 'critical']).toContain(alert?.severity)
    }
    expect(alerts.some((a) => a.metric === 'schools.junior.gap')).toBe(true)
  })

  it('explains itself in both languages', () => {
    const junior = alerts.find((a) => a.metric === 'schools.junior.gap')
    expect(junior?.reason.zh).toMatch(/初中学位将于20\d\d年出现缺口/)
    expect(junior?.reason.en).toMatch(/junior-middle places run short from 20\d\d/)
  })

  it('flags clinic regions forecast above 90 % of capacity', () => {
    const over = clinicForecast.series.filter((s) => s.points.some((p) => p.p50 > 0.9 * s.capacity))
    const clinicAlerts = alerts.filter((a) => a.metric === 'clinics.utilisation')
    expect(clinicAlerts.map((a) => a.region).sort()).toEqual(over.map((s) => s.region).sort())
    for (const a of clinicAlerts) {
      expect(a.value).toBeGreaterThan(0.9)
      expect(a.threshold).toBe(0.9)
      expect(a.when).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    }
  })

  it('sorts critical first and has unique ids', () => {
    const rank = { critical: 0, warning: 1, info: 2 }
    const ranks = alerts.map((a) => rank[a.severity])
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b))
    expect(new Set(alerts.map((a) => a.id)).size).toBe(alerts.length)
  })
})
