/**
 * Scenario figures for `npm run bench`:
 *  - time to re-project every region × level × year for one change, on the mock city (16 districts)
 *    and on the SYNTHETIC street-level city of the street-scale bench (mocks/data/streetCity.ts);
 *  - the longest main-thread task while the births slider is dragged in the explore view.
 */
import type { Browser } from '@playwright/test'
import type { SchoolForecastSeries } from '../../src/api/contract'
import { createMockDb } from '../../mocks/data/db'
import { buildStreets, streetSchoolSeries } from '../../mocks/data/streetCity'
import { NO_SCHOOL_CHANGE, projectAll, type SchoolAssumptions } from '../../src/features/schools/cohortModel'
import { pct } from './frames'

const f2 = (x: number) => x.toFixed(2)

function timeProjection(series: readonly SchoolForecastSeries[], baseYear: number, runs = 300): number[] {
  const out: number[] = []
  for (let i = 0; i < runs; i++) {
    // A different change each run, as a slider drag makes.
    const a: SchoolAssumptions = { ...NO_SCHOOL_CHANGE, birthsPct: -20 + (i % 40), migrationPts: ((i % 11) - 5) / 10 }
    const t0 = performance.now()
    projectAll(series, a, baseYear)
    out.push(performance.now() - t0)
  }
  return out.slice(20) // first runs warm the JIT
}

export function benchProjection(): void {
  const f = createMockDb().respond('schoolForecast', {}).data
  const years = f.series[0]?.points.length ?? 0
  const city = timeProjection(f.series, f.baseYear)
  const streets = buildStreets()
  const big = timeProjection(streetSchoolSeries(f.series, streets), f.baseYear)
  console.log('\nScenario re-projection (cohort-component, all regions × levels × years, one change; Node, main thread)')
  console.log(`  mock city: 16 districts × 2 levels × ${years} years   p50 ${f2(pct(city, 0.5))} ms   p95 ${f2(pct(city, 0.95))} ms   max ${f2(Math.max(...city))} ms   (target < 2 ms)`)
  console.log(`  SYNTHETIC street city: ${streets.length} regions × 2 × ${years}       p50 ${f2(pct(big, 0.5))} ms   p95 ${f2(pct(big, 0.95))} ms   max ${f2(Math.max(...big))} ms   (target < 16 ms)`)
}

/** Drags the births slider step by step and reports the page's longest main-thread tasks meanwhile. */
export async function benchSliderDrag(browser: Browser, appUrl: string): Promise<void> {
  const ctx = await browser.newContext({ viewport: { width: 1920, height: 1080 } })
  const page = await ctx.newPage()
  await page.goto(`${appUrl}/explore?s=region:310112&lv=primary`)
  const slider = page.getByRole('slider', { name: '出生人数（基准年后）' })
  await slider.waitFor()
  await page.locator('.places__chart canvas').first().waitFor()
  await page.waitForTimeout(1500)
  await page.evaluate(`
    window.__tasks = []
    window.__frames = []
    new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__tasks.push(e.duration) }).observe({ type: 'longtask', buffered: false })
    try {
      new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__frames.push(e.duration) }).observe({ type: 'long-animation-frame', buffered: false })
    } catch {}
  `)
  const box = await slider.boundingBox()
  if (!box) throw new Error('slider has no box')
  const y = box.y + box.height / 2
  // A real drag: pointer down, 60 small moves across the track and back, pointer up.
  await page.mouse.move(box.x + box.width / 2, y)
  await page.mouse.down()
  const t0 = Date.now()
  for (let i = 0; i <= 60; i++) {
    // Down to −40 % and back up to −20 %, so the drag ends away from the baseline.
    const x = box.x + box.width * (0.5 - 0.4 * Math.sin((i / 60) * Math.PI * 0.75))
    await page.mouse.move(x, y, { steps: 2 })
  }
  await page.mouse.up()
  const dragMs = Date.now() - t0
  await page.waitForTimeout(800)
  const { tasks, frames } = (await page.evaluate('({ tasks: window.__tasks, frames: window.__frames })')) as { tasks: number[]; frames: number[] }
  const url = new URL(page.url())
  console.log('\nMain thread while the births slider is dragged (explore, Minhang, 1920×1080; 60 pointer moves over ' + dragMs + ' ms)')
  console.log(`  long tasks (≥ 50 ms): ${tasks.length}${tasks.length ? `, longest ${Math.max(...tasks).toFixed(0)} ms, p50 ${pct(tasks, 0.5).toFixed(0)} ms` : ''}   (target: longest < 50 ms)`)
  console.log(`  long animation frames (≥ 50 ms): ${frames.length}${frames.length ? `, longest ${Math.max(...frames).toFixed(0)} ms` : ''}`)
  console.log(`  URL after the drag: sb=${url.searchParams.get('sb') ?? '(baseline)'}`)
  await ctx.close()
}
