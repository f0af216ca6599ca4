import { describe, expect, it } from 'vitest'
import type { Alert, Clinic, Population, RegionPopulation } from '@/api'
import {
  alertCounts,
  clinicUtilisation,
  inRegion,
  populationIn,
  schoolAgeChildren,
  sortAlerts,
  totalResidents,
} from './kpis'

function region(code: string, residents: number, bands: Partial<RegionPopulation['ageBands']> = {}): RegionPopulation {
  return {
    code,
    residents,
    daytime: residents,
    areaKm2: 10,
    ageBands: { '0-5': 0, '6-10': 0, '11-14': 0, '15-59': 0, '60+': 0, ...bands },
    age65plus: 0,
  }
}

const population: Population = {
  year: 2020,
  regions: [
    region('310101', 662_030, { '6-10': 20_000, '11-14': 15_000 }),
    region('310115', 5_681_512, { '6-10': 250_000, '11-14': 180_000 }),
  ],
}

function clinic(id: string, dailyCapacity: number, recentVisits: number[]): Clinic {
  return {
    id,
    name: { zh: id, en: id },
    kind: 'community',
    location: [121.4, 31.2],
    region: '310101',
    dailyCapacity,
    doctors: 10,
    recentVisits,
    meanWaitMinutes: 12,
  }
}

function alert(id: string, severity: Alert['severity'], value = 1, threshold = 1): Alert {
  return { id, severity, region: '310101', metric: 'm', value, threshold, when: '2026', reason: { zh: id, en: id } }
}

describe('totalResidents', () => {
  it('sums residents over regions', () => {
    expect(totalResidents(population)).toBe(6_343_542)
    expect(totalResidents({ year: 2020, regions: [] })).toBe(0)
  })
})

describe('schoolAgeChildren', () => {
  it('adds the 6-10 and 11-14 bands', () => {
    expect(schoolAgeChildren(population)).toEqual({ primary: 270_000, junior: 195_000, total: 465_000 })
  })
})

describe('clinicUtilisation', () => {
  it('divides the mean daily visits of the window by capacity and keeps the peak day', () => {
    const u = clinicUtilisation([clinic('a', 1000, [500, 800]), clinic('b', 500, [100, 400])], 2)
    expect(u).toEqual({ visits: 900, capacity: 1500, ratio: 0.6, peakRatio: 0.8 })
  })
  it('only averages the days that were reported', () => {
    const u = clinicUtilisation([clinic('a', 1000, [600, 800])], 7)
    expect(u.visits).toBe(700)
    expect(u.peakRatio).toBe(0.8)
  })
  it('has no ratio without clinics', () => {
    expect(clinicUtilisation([])).toEqual({ visits: 0, capacity: 0, ratio: null, peakRatio: null })
  })
})

describe('alertCounts / sortAlerts', () => {
  const alerts = [alert('i', 'info'), alert('w', 'warning', 3, 2), alert('c', 'critical'), alert('w2', 'warning', 9, 2)]
  it('counts by severity', () => {
    expect(alertCounts(alerts)).toEqual({ total: 4, critical: 1, warning: 2, info: 1 })
  })
  it('sorts most severe first, then by excess', () => {
    expect(sortAlerts(alerts).map((a) => a.id)).toEqual(['c', 'w2', 'w', 'i'])
  })
})

describe('populationIn / inRegion', () => {
  it('narrows to one region or keeps all', () => {
    expect(totalResidents(populationIn(population, '310101'))).toBe(662_030)
    expect(populationIn(population, null)).toBe(population)
    const items = [{ region: 'a' }, { region: 'b' }]
    expect(inRegion(items, 'b')).toEqual([{ region: 'b' }])
    expect(inRegion(items, null)).toHaveLength(2)
  })
})
