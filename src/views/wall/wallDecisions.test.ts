import { describe, expect, it } from 'vitest'
import { createMockDb } from '../../../mocks/data/db'
import { defaultViewState, decodeViewState, MAP_LAYER_IDS } from '@/features/map'
import { noPlaceShortfallText } from '@/features/schools'
import { WALL_SCENES, sceneById } from './scenes'
import { exploreUrl, sceneView } from './sceneView'
import { decisionList, sceneDecision, wallDecisions, type WallInputs } from './wallDecisions'

const db = createMockDb()
const schools = db.respond('schoolForecast', {})
const clinics = db.respond('clinicForecast', {})
const flows = db.respond('flowForecast', {})
const population = db.respond('population', {})
const city = db.respond('city', {})
const names = (code: string) => city.data.regions.find((r) => r.code === code)?.name ?? { zh: code, en: code }

const inputs: WallInputs = {
  schools: { forecast: schools.data, asOf: schools.meta.asOf },
  clinics: clinics.data,
  flows: { forecast: flows.data, asOf: flows.meta.asOf },
  population: population.data.regions,
  names,
  leadYears: 3,
  surplusMargin: 0.1,
  clinicThreshold: 0.9,
}
const d = wallDecisions(inputs)
const defaults = defaultViewState(schools.data.baseYear, 3)

describe('wallDecisions', () => {
  it('leads the school scene with the most urgent junior district, and charts that district in its first short year', () => {
    const s = d.schools!
    expect(s.decision.region).toBe(s.focus)
    expect(s.decision.text.zh).toMatch(/初中学位 \d{4}/)
    expect(s.focusView.base?.region).toBe(s.focus)
    expect(s.city.ranking[0]!.region).toBe(s.focus)
    expect(s.year).toBeGreaterThan(s.baseYear)
    expect(s.decision.text.zh).toContain(String(s.year))
  })

  it('says every district has enough rather than inventing urgency', () => {
    // Seats far above demand everywhere: the line is the honest one, and the city is charted.
    const roomy = {
      ...schools.data,
      series: schools.data.series.map((x) => ({ ...x, points: x.points.map((p) => ({ ...p, seats: Math.round(p.demand.p90 * 2) })) })),
    }
    const s = wallDecisions({ ...inputs, schools: { forecast: roomy, asOf: schools.meta.asOf } }).schools!
    expect(s.focus).toBeNull()
    const end = roomy.series[0]!.points.at(-1)!.year
    expect(s.decision.text.zh.startsWith(noPlaceShortfallText(end, 'junior').zh)).toBe(true)
    expect(s.year).toBe(schools.data.baseYear + 3)
  })

  it('takes the clinic and flow lines from their decision functions', () => {
    expect(d.clinics!.decision.id).toBe('clinics:city')
    expect(d.flows!.decision.id).toBe('flows:city')
    expect(d.flows!.peakHours.length).toBeGreaterThan(0)
    const inflows = d.flows!.peakHours.map((h) => h.inflow)
    expect(inflows).toEqual([...inflows].sort((a, b) => b - a))
  })

  it('picks the most urgent line for the overview, and survives missing data', () => {
    const lead = sceneDecision(d, 'lead')!
    expect(decisionList(d)).toContain(lead)
    const empty = wallDecisions({ ...inputs, schools: null, clinics: null, flows: null, population: null })
    expect(empty).toEqual({ schools: null, clinics: null, flows: null })
    expect(sceneDecision(empty, 'lead')).toBeNull()
  })
})

describe('sceneView and its explore link', () => {
  it('sets each scene’s layers, camera and data-driven year, hour and selection', () => {
    const schoolsView = sceneView(sceneById('schools'), d, defaults)
    expect(schoolsView.layers).toEqual(['schools.gap'])
    expect(schoolsView.year).toBe(d.schools!.year)
    expect(schoolsView.selection).toEqual({ kind: 'region', id: d.schools!.focus })
    const flowsView = sceneView(sceneById('flows'), d, defaults)
    expect(flowsView.hour).toBe(d.flows!.decision.busiest!.hour)
  })

  it('links to an explore URL that decodes back to the same view, under the public base, with no token', () => {
    for (const scene of WALL_SCENES) {
      const view = sceneView(scene, d, defaults)
      const url = new URL(exploreUrl(view, defaults, 'https://city.example.org/cdb/'))
      expect(url.origin + url.pathname).toBe('https://city.example.org/cdb/explore')
      expect(url.searchParams.get('l')).toBe(scene.layers.join(','))
      expect(url.searchParams.get('y')).toBe(String(view.year))
      expect([...url.searchParams.keys()].every((k) => ['c', 'z', 'l', 's', 'h', 'd', 'y', 'lv'].includes(k))).toBe(true)
      const back = decodeViewState(Object.fromEntries(url.searchParams), { defaults, knownLayers: MAP_LAYER_IDS })
      expect(back).toEqual({ ...view, center: back.center, zoom: back.zoom })
      expect(back.center[0]).toBeCloseTo(view.center[0], 3)
      expect(back.zoom).toBeCloseTo(view.zoom, 2)
    }
  })
})
