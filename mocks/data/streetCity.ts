/**
 * SYNTHETIC street-level Shanghai, for the bench only (`startMockServer({ scale: 'street' })`).
 * Real deployments go down to streets (Shanghai has about 215 streets and towns); this city has the
 * size of one, not its geography: ~250 "streets" are cells of a grid laid over the real district
 * boundaries (edges wiggled so the outlines weigh what real ones do), their numbers are their
 * district's shared out, 50,000 OD pairs an hour, 10,000 facilities. Every name says "合成 ·
 * synthetic" and every answer is `demo: true`. Resources without a street dimension (forecasts of
 * clinics and flows, alerts) are the district city's own.
 */
import type { Boundaries, City, OdMatrix, Population, SchoolForecast, SchoolForecastSeries } from '../../src/api/contract'
import type { MockDb } from './db'
import { pointInPolygons, type Position } from './geo'
import { unitHash } from './rng'
import { districtShapes } from './city'

/** Grid step in degrees: gives ~250 cells whose centre lies on land. */
const STEP = 0.052
const EDGE_POINTS = 12
const OD_PER_ORIGIN = 190
const SCHOOLS = 6000
const CLINICS = 4000

export interface Street {
  code: string
  district: string
  centre: Position
  ring: Position[]
  /** Share of its district (sums to 1 within a district). */
  share: number
}

const round = (x: number) => Math.round(x * 1e5) / 1e5

/** Points along an edge, wiggled by a hash of its end points, so both cells sharing it agree. */
function edge(a: Position, b: Position): Position[] {
  const flip = a[0] > b[0] || (a[0] === b[0] && a[1] > b[1])
  const [p, q] = flip ? [b, a] : [a, b]
  const pts: Position[] = []
  for (let i = 1; i < EDGE_POINTS; i++) {
    const t = i / EDGE_POINTS
    const w = (unitHash('edge', p[0], p[1], q[0], q[1], i) - 0.5) * STEP * 0.08
    pts.push([round(p[0] + (q[0] - p[0]) * t + (q[1] - p[1]) * w * 10), round(p[1] + (q[1] - p[1]) * t + (q[0] - p[0]) * w * 10)])
  }
  return flip ? pts.reverse() : pts
}

export function buildStreets(): Street[] {
  const shapes = districtShapes()
  const west = Math.min(...shapes.map((s) => s.bbox[0][0]))
  const south = Math.min(...shapes.map((s) => s.bbox[0][1]))
  const east = Math.max(...shapes.map((s) => s.bbox[1][0]))
  const north = Math.max(...shapes.map((s) => s.bbox[1][1]))
  const cells: Omit<Street, 'share'>[] = []
  for (let y = south; y < north; y += STEP) {
    for (let x = west; x < east; x += STEP) {
      const centre: Position = [round(x + STEP / 2), round(y + STEP / 2)]
      const home = shapes.find((s) => pointInPolygons(centre, s.polygons))
      if (!home) continue
      const c: Position[] = [[round(x), round(y)], [round(x + STEP), round(y)], [round(x + STEP), round(y + STEP)], [round(x), round(y + STEP)]]
      const ring: Position[] = []
      for (let i = 0; i < 4; i++) ring.push(c[i]!, ...edge(c[i]!, c[(i + 1) % 4]!))
      ring.push(c[0]!)
      const n = cells.filter((s) => s.district === home.district.code).length
      cells.push({ code: `${home.district.code}${String(n + 1).padStart(3, '0')}`, district: home.district.code, centre, ring })
    }
  }
  const weight = (code: string) => 0.5 + unitHash('street-weight', code)
  return cells.map((s) => {
    const total = cells.filter((o) => o.district === s.district).reduce((a, o) => a + weight(o.code), 0)
    return { ...s, share: weight(s.code) / total }
  })
}

/** The mock's district series made street-sized: scaled by the street's share and jittered. */
export function streetSchoolSeries(series: readonly SchoolForecastSeries[], streets: readonly Pick<Street, 'code' | 'district' | 'share'>[]): SchoolForecastSeries[] {
  return streets.flatMap((st, r) =>
    series
      .filter((s) => s.region === st.district)
      .map((src) => {
        const k = st.share
        return {
          ...src,
          region: st.code,
          points: src.points.map((p) => ({ ...p, demand: { p10: p.demand.p10 * k, p50: p.demand.p50 * k, p90: p.demand.p90 * k }, seats: Math.round(p.seats * k * (0.9 + unitHash('seats', st.code) * 0.2)) })),
          inputs: { ...src.inputs, cohorts: src.inputs.cohorts.map((c) => ({ ...c, count: c.count * k })), migrationRate: src.inputs.migrationRate + ((r % 7) - 3) / 1000 },
        }
      }),
  )
}

function label(n: number, district: string, zh: string, en: string) {
  return { zh: `合成${zh} ${n}（${district}）`, en: `Synthetic ${en} ${n} (${district})` }
}

/** Wraps the district city's database: street-level answers where the contract has regions or places. */
export function createStreetDb(base: MockDb): MockDb {
  const streets = buildStreets()
  const codes = streets.map((s) => s.code)
  const cityData = (): City => {
    const c = base.respond('city', {}).data
    const names = new Map(c.regions.map((r) => [r.code, r.name]))
    return {
      ...c,
      regions: streets.map((s, i) => ({
        code: s.code,
        name: { zh: `合成街道 ${i + 1}·${names.get(s.district)?.zh ?? ''}`, en: `Synthetic street ${i + 1} · ${names.get(s.district)?.en ?? ''}` },
        centroid: s.centre,
        group: c.regions.find((r) => r.code === s.district)?.group ?? 'suburb',
      })),
    }
  }
  const city = cityData()
  const boundaries: Boundaries = {
    type: 'FeatureCollection',
    features: streets.map((s, i) => ({
      type: 'Feature',
      id: s.code,
      properties: { code: s.code, nameZh: city.regions[i]!.name.zh, nameEn: city.regions[i]!.name.en },
      geometry: { type: 'Polygon', coordinates: [s.ring] },
    })),
  }
  const population = (): Population => {
    const p = base.respond('population', {}).data
    return {
      ...p,
      regions: streets.map((s) => {
        const d = p.regions.find((r) => r.code === s.district)!
        const k = s.share
        const n = (x: number) => Math.round(x * k)
        return {
          ...d,
          code: s.code,
          residents: n(d.residents),
          daytime: n(d.daytime),
          areaKm2: Math.max(0.1, d.areaKm2 * k),
          ageBands: Object.fromEntries(Object.entries(d.ageBands).map(([b, v]) => [b, n(v)])) as typeof d.ageBands,
          age65plus: n(d.age65plus),
        }
      }),
    }
  }
  const od = (hour: number, dayType: OdMatrix['dayType']): OdMatrix => {
    const d = base.respond('flowsOd', { hour, dayType }).data
    const district = new Map(d.flows.map((f) => [`${f.origin}>${f.destination}`, f.volume]))
    const flows: OdMatrix['flows'] = []
    for (const o of streets) {
      // Each street sends trips to its OD_PER_ORIGIN nearest others (and so the city has 50,000 pairs).
      const near = streets
        .filter((t) => t !== o)
        .map((t) => ({ t, d: Math.hypot(t.centre[0] - o.centre[0], t.centre[1] - o.centre[1]) }))
        .sort((a, b) => a.d - b.d)
        .slice(0, OD_PER_ORIGIN)
      for (const { t, d: dist } of near) {
        const between = district.get(`${o.district}>${t.district}`) ?? 0
        const local = o.district === t.district ? 400 : 0
        const volume = Math.round((between * o.share * t.share + local * o.share) * (1 + unitHash('od', o.code, t.code, hour)) / (1 + dist * 20))
        flows.push({ origin: o.code, destination: t.code, volume })
      }
    }
    const totals = codes.map((code) => ({ region: code, inflow: 0, outflow: 0 }))
    const at = new Map(totals.map((t) => [t.region, t]))
    for (const f of flows) {
      at.get(f.origin)!.outflow += f.volume
      at.get(f.destination)!.inflow += f.volume
    }
    return { hour, dayType, flows, totals }
  }
  const place = (i: number, stream: string): { street: Street; location: Position } => {
    const street = streets[Math.floor(unitHash(stream, i) * streets.length)]!
    const j = (k: string) => (unitHash(stream, k, i) - 0.5) * STEP * 0.8
    return { street, location: [round(street.centre[0] + j('x')), round(street.centre[1] + j('y'))] }
  }

  return {
    seed: base.seed,
    asOf: base.asOf,
    regionCodes: codes,
    hasRegion: (code) => codes.includes(code) || base.hasRegion(code),
    // H3 surfaces have no street dimension: the district city's cells are already street-sized at res 9.
    densityTile: (q, tags) => base.densityTile(q, tags),
    respond: ((name, query) => {
      const meta = base.respond(name, query as never).meta
      switch (name) {
        case 'city':
          return { meta, data: city }
        case 'boundaries':
          return { meta: { ...meta, demo: true }, data: boundaries }
        case 'population':
          return { meta, data: population() }
        case 'flowsOd': {
          const q = query as { hour: number; dayType: OdMatrix['dayType'] }
          return { meta, data: od(q.hour, q.dayType) }
        }
        case 'schoolForecast': {
          const f: SchoolForecast = base.respond('schoolForecast', query as never).data
          return { meta, data: { ...f, series: streetSchoolSeries(f.series, streets), backtest: f.backtest } }
        }
        case 'schools': {
          const src = base.respond('schools', {} as never).data.schools
          const level = (query as { level?: string }).level
          const schools = Array.from({ length: SCHOOLS }, (_, i) => {
            const s = src[i % src.length]!
            const { street, location } = place(i, 'school')
            return { ...s, id: `syn-school-${i}`, name: label(i + 1, street.code, '学校', 'school'), region: street.code, location }
          }).filter((s) => !level || s.level === level)
          return { meta, data: { schools } }
        }
        case 'clinics': {
          const src = base.respond('clinics', {} as never).data.clinics
          const clinics = Array.from({ length: CLINICS }, (_, i) => {
            const c = src[i % src.length]!
            const { street, location } = place(i, 'clinic')
            return { ...c, id: `syn-clinic-${i}`, name: label(i + 1, street.code, '医疗机构', 'clinic'), region: street.code, location }
          })
          return { meta, data: { clinics } }
        }
        default:
          return base.respond(name, query)
      }
    }) as MockDb['respond'],
  }
}
