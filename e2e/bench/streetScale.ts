/**
 * The street-scale figures: the same benches against a SYNTHETIC street-level city
 * (mocks/data/streetCity.ts: ~250 regions, 50,000 OD pairs an hour, 10,000 facilities), served by
 * the mock server with `scale: 'street'` to both the app and the floor pages, which are data-driven
 * and so draw the same 250 regions. Also the H3 surface at resolution 9, served as vector tiles.
 */
import { VectorTile } from '@mapbox/vector-tile'
import type { Browser } from '@playwright/test'
import { PbfReader } from 'pbf'
import { startMockServer } from '../../mocks/server'
import { createMockDb } from '../../mocks/data/db'
import { cellFeatures, DENSITY_TILE_LAYER } from '../../mocks/data/densityTiles'
import { createStreetDb } from '../../mocks/data/streetCity'
import { appReadyScript, assertNoCspViolation, benchFirstRender, CSP_WATCH, readyAt, type ViewCase } from './firstRender'
import { frameSummary, frameTimes } from './frames'

const f0 = (x: number) => x.toFixed(0)
const f1 = (x: number) => x.toFixed(1)
const median = (xs: readonly number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN

/** People's Square: the centre of the street-zoom figures. */
const CENTRE = [121.475, 31.232] as const

/** Tiles (512 px, MapLibre's vector tile size) a 1920×1080 view at zoom z centred on lng/lat touches. */
function tilesInView(z: number, lng: number, lat: number): { z: number; x: number; y: number }[] {
  const n = 2 ** z
  const r = (lat * Math.PI) / 180
  const cx = ((lng + 180) / 360) * n
  const cy = ((1 - Math.log(Math.tan(r) + 1 / Math.cos(r)) / Math.PI) / 2) * n
  const [hw, hh] = [1920 / 2 / 512, 1080 / 2 / 512]
  const out: { z: number; x: number; y: number }[] = []
  for (let x = Math.floor(cx - hw); x <= Math.floor(cx + hw); x++) for (let y = Math.floor(cy - hh); y <= Math.floor(cy + hh); y++) out.push({ z, x, y })
  return out
}

/**
 * The H3 res-9 surface. Before: the app built all of it as GeoJSON on the main thread and MapLibre
 * cloned and tiled it whole (printed from the same cells, for comparison). Now: the API serves MVT
 * tiles (/density/tiles), MapLibre fetches the ~15 in view and decodes them in its workers.
 */
export async function benchStreetTiles(browser: Browser, dist: string): Promise<void> {
  const db = createStreetDb(createMockDb())
  const t0 = performance.now()
  const cells = db.respond('density', { surface: 'hourly', resolution: 9, hour: 8 }).data.cells
  const t1 = performance.now()
  const json = JSON.stringify(cellFeatures(cells)).length
  const t2 = performance.now()
  console.log(`\nH3 res 9 hourly surface (08:00): ${cells.length} cells (mock built them in ${f0(t1 - t0)} ms)`)
  console.log(`  before, as GeoJSON: ${f1(json / 1048576)} MB of text for MapLibre to clone and tile whole (${f0(t2 - t1)} ms to build in Node)`)

  const view = tilesInView(13, CENTRE[0], CENTRE[1])
  const q = (t: { z: number; x: number; y: number }) => ({ surface: 'hourly' as const, hour: 8, ...t })
  const t3 = performance.now()
  db.densityTile(q(view[0]!)) // the first tile builds the res-9 index
  const t4 = performance.now()
  const sizes: number[] = []
  const counts: number[] = []
  const times: number[] = []
  for (const t of view) {
    const s = performance.now()
    const bytes = db.densityTile(q(t))
    times.push(performance.now() - s)
    sizes.push(bytes?.length ?? 0)
    counts.push(bytes ? (new VectorTile(new PbfReader(bytes)).layers[DENSITY_TILE_LAYER]?.length ?? 0) : 0)
  }
  const fresh = view.map((t) => ({ ...t, z: 14, x: t.x * 2 + 1, y: t.y * 2 + 1 })) // not yet cut from the index
  const freshTimes = fresh.map((t) => {
    const s = performance.now()
    db.densityTile(q(t))
    return performance.now() - s
  })
  const kb = (b: number) => `${f1(b / 1024)} kB`
  console.log(`  now, as MVT tiles at z13 over the centre (${view.length} tiles in a 1920×1080 view): ${kb(sizes.reduce((a, b) => a + b, 0))} in all`)
  console.log(`    per tile: median ${kb(median(sizes))}, max ${kb(Math.max(...sizes))}; cells median ${median(counts)}, max ${Math.max(...counts)} (uncompressed protobuf)`)
  console.log(`    mock encode per tile: first one ${f0(t4 - t3)} ms (builds the res-9 index once per surface and hour), cached index: median ${f1(median(times))} ms, a tile not cut before (z14) median ${f1(median(freshTimes))} ms`)

  const app = await startMockServer({ port: 0, staticDir: dist, scale: 'street' })
  try {
    // The index for 08:00 is warm from the request above only in this process; the server builds its own.
    const ctx = await browser.newContext({ viewport: { width: 1920, height: 1080 } })
    const runs: number[] = []
    for (let i = 0; i < 3; i++) {
      const p = await ctx.newPage()
      await p.addInitScript(appReadyScript(['density.hourly'], 0))
      let tiles = 0
      p.on('response', (r) => {
        if (r.url().includes('/density/tiles/')) tiles++
      })
      await p.goto(`${app.url}/explore?l=density.hourly&z=13&c=${CENTRE.join(',')}&h=8`)
      runs.push(await readyAt(p, '__benchReadyAt'))
      console.log(`  app, /explore at z13 with the res-9 surface: drawn ${f0(runs[i]!)} ms after navigation${i === 0 ? ' (cold: the server builds its res-9 index)' : ''}, ${tiles} tile requests`)
      await p.close()
    }
    await ctx.close()
  } finally {
    await app.close()
  }
}

export async function benchStreetScale(browser: Browser, dist: string, bareDir: string, views: readonly ViewCase[], runs: number): Promise<void> {
  const db = createStreetDb(createMockDb())
  const od = db.respond('flowsOd', { hour: 8, dayType: 'weekday' }).data
  const facilities = db.respond('schools', {} as never).data.schools.length + db.respond('clinics', {} as never).data.clinics.length
  console.log(`\n=== SYNTHETIC street-level city (bench only, not real geography): ${db.regionCodes.length} regions, ${od.flows.length} OD pairs at 08:00, ${facilities} facilities ===`)

  await benchStreetTiles(browser, dist)

  const app = await startMockServer({ port: 0, staticDir: dist, scale: 'street' })
  const bare = await startMockServer({ port: 0, staticDir: bareDir, scale: 'street' })
  try {
    await benchFirstRender(browser, app.url, bare.url, views, runs, { title: 'SYNTHETIC street city', target: 1.3 })

    console.log(`\nFrame times over 5 s at street scale, 1920×1080 (target: the bare page's frame rate)`)
    const page = async (url: string, init?: string) => {
      const ctx = await browser.newContext({ viewport: { width: 1920, height: 1080 } })
      const p = await ctx.newPage()
      await p.addInitScript(CSP_WATCH)
      if (init) await p.addInitScript(init)
      await p.goto(url)
      return p
    }
    const b = await page(`${bare.url}/?repaint`)
    await readyAt(b, '__bench')
    await assertNoCspViolation(b, 'bare frames page')
    console.log('  ' + frameSummary(`bare MapLibre, ${db.regionCodes.length} streets, redrawn every frame`, await frameTimes(b)))
    await b.context().close()
    // The whole first screen settled (its charts: the panels below it load only when scrolled near),
    // so the frames are the animation's, not start-up's.
    const explore = views.find((v) => v.appPath === '/explore')!
    const a = await page(`${app.url}/explore?l=flows.od`, appReadyScript(['flows.od'], explore.charts))
    await readyAt(a, '__benchReadyAt')
    await a.waitForTimeout(1500) // as the district bench: let the panels below the map settle first
    console.log('  ' + frameSummary(`app, ${od.flows.length} OD pairs animating`, await frameTimes(a)))
    await a.context().close()
  } finally {
    await app.close()
    await bare.close()
  }
}
