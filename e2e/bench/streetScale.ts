/**
 * The street-scale figures: the same benches against a SYNTHETIC street-level city
 * (mocks/data/streetCity.ts: ~250 regions, 50,000 OD pairs an hour, 10,000 facilities), served by
 * the mock server with `scale: 'street'` to both the app and the floor pages, which are data-driven
 * and so draw the same 250 regions. Also the H3 surface at resolution 9 as the app would build it.
 */
import type { Browser } from '@playwright/test'
import { startMockServer } from '../../mocks/server'
import { createMockDb } from '../../mocks/data/db'
import { createStreetDb } from '../../mocks/data/streetCity'
import { h3CellsToGeoJSON } from '../../src/features/map/h3Cells'
import { appReadyScript, benchFirstRender, readyAt, type ViewCase } from './firstRender'
import { frameSummary, frameTimes } from './frames'

const f0 = (x: number) => x.toFixed(0)

export async function benchStreetScale(browser: Browser, dist: string, bareDir: string, views: readonly ViewCase[], runs: number): Promise<void> {
  const db = createStreetDb(createMockDb())
  const od = db.respond('flowsOd', { hour: 8, dayType: 'weekday' }).data
  const facilities = db.respond('schools', {} as never).data.schools.length + db.respond('clinics', {} as never).data.clinics.length
  console.log(`\n=== SYNTHETIC street-level city (bench only, not real geography): ${db.regionCodes.length} regions, ${od.flows.length} OD pairs at 08:00, ${facilities} facilities ===`)

  // H3 at resolution 9: what turning the whole surface into GeoJSON polygons costs (Node, one core).
  // Measured: ~93,000 cells, ~36 MB of GeoJSON, seconds to build: too large for a GeoJSON source,
  // which MapLibre clones to its worker and tiles whole. The format for it is vector tiles (MVT,
  // a /density/tiles/{z}/{x}/{y} endpoint): MapLibre fetches and decodes only the tiles in view, in
  // its own workers. Not built yet: the app asks for res 7/8 only (h3ResolutionForZoom), so no
  // screen loads res 9 today; this figure is what a street-zoom surface would cost as GeoJSON.
  const t0 = performance.now()
  const cells = db.respond('density', { surface: 'hourly', resolution: 9, hour: 8 }).data.cells
  const t1 = performance.now()
  const out = await h3CellsToGeoJSON(cells)
  const t2 = performance.now()
  const json = JSON.stringify(out.geojson).length
  console.log(`  H3 res 9 hourly surface: ${cells.length} cells; H3 → GeoJSON ${f0(t2 - t1)} ms (mock built it in ${f0(t1 - t0)} ms), ${(json / 1048576).toFixed(1)} MB of GeoJSON text for MapLibre to clone and tile`)

  const app = await startMockServer({ port: 0, staticDir: dist, scale: 'street' })
  const bare = await startMockServer({ port: 0, staticDir: bareDir, scale: 'street' })
  try {
    await benchFirstRender(browser, app.url, bare.url, views, runs, { title: 'SYNTHETIC street city', target: 1.3 })

    console.log(`\nFrame times over 5 s at street scale, 1920×1080 (target: the bare page's frame rate)`)
    const page = async (url: string, init?: string) => {
      const ctx = await browser.newContext({ viewport: { width: 1920, height: 1080 } })
      const p = await ctx.newPage()
      if (init) await p.addInitScript(init)
      await p.goto(url)
      return p
    }
    const b = await page(`${bare.url}/?repaint`)
    await readyAt(b, '__bench')
    console.log('  ' + frameSummary(`bare MapLibre, ${db.regionCodes.length} streets, redrawn every frame`, await frameTimes(b)))
    await b.context().close()
    const a = await page(`${app.url}/explore?l=flows.od`, appReadyScript(['flows.od'], 5)) // whole page settled: frames of the animation, not of start-up
    await readyAt(a, '__benchReadyAt')
    await a.waitForTimeout(1500) // as the district bench: let the panels below the map settle first
    console.log('  ' + frameSummary(`app, ${od.flows.length} OD pairs animating`, await frameTimes(a)))
    await a.context().close()
  } finally {
    await app.close()
    await bare.close()
  }
}
