/**
 * First full render of each view against its fair floor (e2e/bench/bare/<view>.html: the same
 * requests, map layers and charts with plain MapLibre and ECharts), cold loads interleaved floor /
 * app so machine load hits both alike; the milestones both reach (map created, loaded, drawn, and
 * the app's start-up steps) side by side; the app with only its canvases painted (a diagnostic: see
 * CANVASES_ONLY); and the app's start-up waterfall for its median run.
 */
import type { Browser, Page } from '@playwright/test'

export interface ViewCase {
  /** Name printed in the table. */
  name: string
  /** Path of the app view (with query), and of its floor page on the bare server. */
  appPath: string
  floorPath: string
  /** Map layers that must be drawn, and ECharts instances that must be painted, before the view is "rendered". */
  layers: readonly string[]
  charts: number
}

export interface Waterfall {
  readyAt: number
  rows: { label: string; start: number; end: number; kB: number }[]
}

const f0 = (x: number) => x.toFixed(0)
const f1 = (x: number) => x.toFixed(1)
const mb = (bytes: number) => (bytes / 1048576).toFixed(1)
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN
/** The middle half of the values, "q1–q3": how far one run of the bench can be trusted. */
const quartiles = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b)
  const at = (q: number) => s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? NaN
  return `${at(0.25).toFixed(2)}–${at(0.75).toFixed(2)}`
}

/**
 * Records `window.__benchReadyAt` when the app's map reports every wanted layer drawn and loaded
 * (see mapRuntime.ts), every chart has its canvas, and no panel is busy; set on the next frame.
 * Plain JS text: tsx would wrap named functions in helpers that do not exist in the page.
 */
export function appReadyScript(layers: readonly string[], charts: number): string {
  return `
    (() => {
      const wanted = ${JSON.stringify(layers)}
      const check = () => {
        const el = document.querySelector('.cdb-map')
        const drawn = ((el && el.dataset.drawn) || '').split(',')
        return !!el && el.dataset.loaded === 'true' && wanted.every((id) => drawn.includes(id)) &&
          document.querySelectorAll('[_echarts_instance_] canvas').length >= ${charts} &&
          !document.querySelector('[aria-busy="true"]')
      }
      new MutationObserver((_, mo) => {
        if (!check()) return
        mo.disconnect()
        requestAnimationFrame(() => { window.__benchReadyAt = performance.now() })
      }).observe(document, {
        subtree: true, childList: true, attributes: true, attributeFilter: ['data-loaded', 'data-drawn', 'aria-busy'],
      })
    })()
  `
}

/**
 * A diagnostic, not a target: the app with everything but its canvases (map, charts) unpainted. The
 * floor paints nothing but canvases, and painting a full screen of panels and text costs real time
 * under software GL (SwiftShader on a 2-core machine): this series shows how much of the gap that is,
 * and how much is the app's own start-up work (which still runs in full). A constructed style sheet,
 * which the CSP allows, unlike an inline <style>.
 */
export const CANVASES_ONLY = `(() => {
  const sheet = new CSSStyleSheet()
  sheet.replaceSync('body * { visibility: hidden !important } canvas { visibility: visible !important }')
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet]
})()`

/**
 * Both pages run under the production server's CSP. A page it blocks in part measures less work than
 * it claims (an inline <style> once left the floors a 1904×300 map and zero-height charts), so a
 * violation stops the bench instead of printing a figure.
 */
export const CSP_WATCH = `document.addEventListener('securitypolicyviolation', (e) => {
  (window.__benchCsp ||= []).push(e.violatedDirective + ' ' + (e.blockedURI || 'inline'))
})`

export async function assertNoCspViolation(page: Page, what: string): Promise<void> {
  const seen = await page.evaluate(() => (window as unknown as { __benchCsp?: string[] }).__benchCsp ?? [])
  if (seen.length) throw new Error(`${what} violates the CSP, so its figures would be wrong: ${seen.join('; ')}`)
}

export async function heapUsed(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('Performance.enable')
  await cdp.send('HeapProfiler.collectGarbage')
  const { metrics } = await cdp.send('Performance.getMetrics')
  await cdp.detach()
  return metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? NaN
}

/**
 * The time the page put on `window` when it was ready (`__benchReadyAt`, or `__bench.readyAt` on the floor
 * pages). A function, not a string: the CSP refuses eval, which a string predicate needs.
 */
export async function readyAt(page: Page, key: '__benchReadyAt' | '__bench'): Promise<number> {
  const handle = await page.waitForFunction(
    (k) => {
      const w = window as unknown as Record<string, unknown>
      const v = k === '__bench' ? (w.__bench as { readyAt?: number } | undefined)?.readyAt : w[k]
      return typeof v === 'number' ? v : null
    },
    key,
    { timeout: 300_000, polling: 50 },
  )
  return (await handle.jsonValue()) as number
}

/** What a resource is in the start-up sequence, by its URL (chunk names come from the build). */
function labelOf(url: string): string {
  const u = new URL(url)
  const p = u.pathname
  if (p.startsWith('/api/')) return `API ${p.slice('/api/v1'.length)}${u.search}`
  if (p === '/config.json') return 'config'
  const file = p.split('/').pop() ?? p
  const chunk = file.replace(/-[\w-]{8}\.(m?js|css)$/, '.$1')
  if (/^index\.js$/.test(chunk)) return `app chunk       ${file}`
  if (/^(ExploreView|WallView)\.js$/.test(chunk)) return `route chunk     ${file}`
  if (/^(MapWorkspace|WallMap|MapCanvas)\.js$/.test(chunk)) return `map chunk       ${file}`
  if (/^mapRuntime\.js$/.test(chunk)) return `MapLibre        ${file}`
  if (/maplibre-gl-worker/.test(chunk)) return `MapLibre worker ${file}`
  return `                ${file}`
}

/** Milestones a page reached, by name, in ms from navigation start: the same for floor and app. */
type Milestones = Record<string, number>

/**
 * A page's User Timing marks (the app's `startup:*` and both pages' `map:*`: created, load, drawn)
 * and when its first API request went out and its last answer came in.
 */
async function milestonesOf(page: Page): Promise<Milestones> {
  return page.evaluate(() => {
    const out: Record<string, number> = {}
    for (const m of performance.getEntriesByType('mark')) out[m.name] ??= m.startTime
    const api = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter((r) => new URL(r.name).pathname.startsWith('/api/'))
    if (api.length) {
      out['api:first request'] = Math.min(...api.map((r) => r.startTime))
      out['api:last answer'] = Math.max(...api.map((r) => r.responseEnd))
    }
    return out
  })
}

/** Median of each milestone over the runs, floor beside app, in the order the app reached them. */
function printMilestones(floor: readonly Milestones[], app: readonly Milestones[], ready: [number, number]): void {
  const at = (runs: readonly Milestones[], k: string) => {
    const xs = runs.map((m) => m[k]).filter((x): x is number => x !== undefined)
    return xs.length ? median(xs) : NaN
  }
  const names = [...new Set([...app, ...floor].flatMap((m) => Object.keys(m)))]
  const when = (k: string) => (Number.isNaN(at(app, k)) ? at(floor, k) : at(app, k))
  names.sort((a, b) => when(a) - when(b))
  const cell = (x: number) => (Number.isNaN(x) ? '—' : f0(x)).padStart(7)
  console.log(`    milestones, median ms from navigation start          floor     app`)
  for (const k of names) console.log(`      ${k.padEnd(48)}${cell(at(floor, k))} ${cell(at(app, k))}`)
  console.log(`      ${'rendered'.padEnd(48)}${cell(ready[0])} ${cell(ready[1])}`)
}

async function waterfallOf(page: Page, readyAt: number): Promise<Waterfall> {
  const entries = await page.evaluate(() =>
    [...performance.getEntriesByType('resource'), ...performance.getEntriesByType('mark')].map((e) => {
      const r = e as PerformanceResourceTiming
      return { name: e.name, type: e.entryType, start: e.startTime, end: e.entryType === 'mark' ? e.startTime : r.responseEnd, bytes: r.encodedBodySize ?? 0 }
    }),
  )
  const rows = entries
    .filter((e) => e.type === 'mark' || !/\.(css|woff2?|png|svg)$/.test(new URL(e.name).pathname))
    .map((e) => ({ label: e.type === 'mark' ? `mark ${e.name}` : labelOf(e.name), start: e.start, end: e.end, kB: e.bytes / 1024 }))
    .sort((a, b) => a.start - b.start)
  return { readyAt, rows }
}

export function printWaterfall(name: string, w: Waterfall): void {
  console.log(`\nStart-up waterfall, app ${name} (its median run; ms from navigation start, transfer kB before gzip)`)
  const width = 60
  const scale = width / Math.max(w.readyAt, 1)
  for (const r of w.rows) {
    const a = Math.max(0, Math.round(r.start * scale))
    const b = Math.max(a + 1, Math.round(r.end * scale))
    const bar = ' '.repeat(a) + '█'.repeat(Math.min(b, width + 1) - a)
    console.log(`  ${f0(r.start).padStart(6)} → ${f0(r.end).padStart(6)}  ${r.kB ? f0(r.kB).padStart(5) : '     '}  ${r.label.slice(0, 58).padEnd(58)} ${bar}`)
  }
  console.log(`  ${f0(w.readyAt).padStart(6)}            rendered (map drawn and idle, charts painted, no panel busy)`)
}

export async function benchFirstRender(
  browser: Browser,
  appUrl: string,
  floorUrl: string,
  views: readonly ViewCase[],
  runs: number,
  /** What the figures are of (e.g. the synthetic street city), and the ratio to meet. */
  options: { title?: string; target?: number } = {},
): Promise<void> {
  const target = options.target ?? 1.2
  const newPage = async (init?: string) => {
    const ctx = await browser.newContext({ viewport: { width: 1920, height: 1080 } })
    const page = await ctx.newPage()
    await page.addInitScript(CSP_WATCH)
    if (init) await page.addInitScript(init)
    return page
  }
  const results: {
    view: ViewCase
    floor: number[]
    app: number[]
    canvasesOnly: number[]
    marks: { floor: Milestones[]; app: Milestones[] }
    waterfalls: Waterfall[]
    heap: [number, number]
  }[] = []
  for (const view of views) results.push({ view, floor: [], app: [], canvasesOnly: [], marks: { floor: [], app: [] }, waterfalls: [], heap: [NaN, NaN] })
  for (let i = 0; i < runs; i++) {
    for (const r of results) {
      const f = await newPage()
      await f.goto(floorUrl + r.view.floorPath)
      r.floor.push(await readyAt(f, '__bench'))
      await assertNoCspViolation(f, `floor ${r.view.floorPath}`)
      r.marks.floor.push(await milestonesOf(f))
      if (i === 0) r.heap[0] = await heapUsed(f)
      await f.context().close()
      const a = await newPage(appReadyScript(r.view.layers, r.view.charts))
      await a.goto(appUrl + r.view.appPath)
      const t = await readyAt(a, '__benchReadyAt')
      r.app.push(t)
      await assertNoCspViolation(a, `app ${r.view.appPath}`)
      r.marks.app.push(await milestonesOf(a))
      r.waterfalls.push(await waterfallOf(a, t))
      if (i === 0) r.heap[1] = await heapUsed(a)
      await a.context().close()
      const c = await newPage(appReadyScript(r.view.layers, r.view.charts) + ';' + CANVASES_ONLY)
      await c.goto(appUrl + r.view.appPath)
      r.canvasesOnly.push(await readyAt(c, '__benchReadyAt'))
      await assertNoCspViolation(c, `app ${r.view.appPath}, canvases only`)
      await c.context().close()
    }
  }
  console.log(`\nFirst full render${options.title ? `, ${options.title}` : ''}, 1920×1080, median of ${runs} cold loads, floor and app interleaved (navigation start → map drawn, charts painted)`)
  for (const r of results) {
    const fm = median(r.floor)
    const am = median(r.app)
    console.log(`  ${r.view.name}`)
    console.log(`    floor (plain MapLibre + ECharts, same requests and layers) ${f1(fm).padStart(8)} ms   [${r.floor.map(f1).join(', ')}]`)
    console.log(`    app                                                        ${f1(am).padStart(8)} ms   [${r.app.map(f1).join(', ')}]`)
    console.log(`    ratio app / floor                                          ${(am / fm).toFixed(2).padStart(8)} ×   (target ≤ ${target.toFixed(2)})`)
    // Each load's ratio to the floor load just before it: a slow spell of the machine hits both.
    const paired = r.app.map((a, i) => a / r.floor[i]!)
    console.log(`    paired ratio (median of each load's app / floor)           ${median(paired).toFixed(2).padStart(8)} ×   middle half ${quartiles(paired)}   [${paired.map((x) => x.toFixed(2)).join(', ')}]`)
    const cm = median(r.canvasesOnly)
    const cPaired = r.canvasesOnly.map((c, i) => c / r.floor[i]!)
    console.log(`    diagnostic: app with only its canvases painted             ${f1(cm).padStart(8)} ms   ${(cm / fm).toFixed(2)} × floor, paired ${median(cPaired).toFixed(2)} × (middle half ${quartiles(cPaired)})   [${r.canvasesOnly.map(f1).join(', ')}]`)
    console.log(`    layers: ${r.view.layers.join(', ')}; charts: ${r.view.charts}; JS heap after load (after GC) floor ${mb(r.heap[0])} MB, app ${mb(r.heap[1])} MB`)
    printMilestones(r.marks.floor, r.marks.app, [fm, am])
  }
  for (const r of results) {
    const w = r.waterfalls.find((x) => x.readyAt === median(r.app)) ?? r.waterfalls[0]!
    printWaterfall(options.title ? `${r.view.name}, ${options.title}` : r.view.name, w)
  }
}
