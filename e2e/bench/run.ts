/**
 * `npm run bench`: prints figures, asserts nothing. At 1920×1080 in Debian's Chromium (SwiftShader,
 * so absolute GPU figures are pessimistic; compare the ratios):
 *  - first full render of /explore (default layers) and /wall (first scene) against a fair floor: bare
 *    pages doing the same requests, map layers and charts with plain MapLibre and ECharts
 *    (e2e/bench/bare/explore.html, wall.html), and the app's start-up waterfall (firstRender.ts);
 *  - frame times while the OD flows animate, against the bare page (bare/index.html);
 *  - JS heap after load, and after many layer toggles (a leak shows as growth);
 *  - scenario re-projection time and the longest main-thread task while a slider is dragged.
 *  - soak: the wall rotates its scenes thousands of times; heap, DOM nodes, listeners, canvases (soak.ts).
 *  - street scale: first render, frame times and the H3 res-9 surface as vector tiles on a SYNTHETIC
 *    street-level city (streetScale.ts, mocks/data/streetCity.ts).
 * `BENCH_ONLY=render`, `street`, `tiles` (the res-9 tiles of the street figures), `bytes`, `scenario` or `soak` runs those figures alone. `BENCH_DIST` serves another
 * build than dist/ (a second checkout's own). `BENCH_BYTES_FILES=n` lists n chunks per view in the bytes figures.
 */
import { existsSync } from 'node:fs'
import { spawnSync } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium, type Browser, type Page } from '@playwright/test'
import { build } from 'vite'
import { startMockServer } from '../../mocks/server'
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium'
import { benchProjection, benchSliderDrag } from './scenario'
import { benchSoak } from './soak'
import { benchBytes } from './bytes'
import { assertNoCspViolation, benchFirstRender, CSP_WATCH, heapUsed, readyAt } from './firstRender'
import { frameSummary, frameTimes } from './frames'
import { benchStreetScale, benchStreetTiles } from './streetScale'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const RUNS = Number(process.env.BENCH_RUNS ?? 5)
const DIST = process.env.BENCH_DIST ?? 'dist'
const TOGGLE_LAYERS = ['schools.gap', 'density.hourly', 'flows.od', 'clinics.facilities']

const mb = (bytes: number) => (bytes / 1048576).toFixed(1)

/** The views as they first open, and their floors; `layers`/`charts`: what must be on screen. */
const VIEWS = [
  // The first screen's two charts (school places, births); the panels below it load when scrolled to.
  { name: '/explore (default layer schools.gap, 2 charts)', appPath: '/explore', floorPath: '/explore.html', layers: ['schools.gap'], charts: 2 },
  // The first scene pinned, so a slow load is not cut short by the playlist moving on.
  { name: '/wall (first scene: population.density)', appPath: '/wall?scene=overview', floorPath: '/wall.html', layers: ['population.density'], charts: 0 },
] as const

async function newPage(browser: Browser): Promise<Page> {
  const ctx = await browser.newContext({ viewport: { width: 1920, height: 1080 } })
  const page = await ctx.newPage()
  await page.addInitScript(CSP_WATCH)
  // Records when the app's map reports every wanted layer drawn and loaded (see mapRuntime.ts).
  // Plain JS text: tsx would wrap named functions in helpers that do not exist in the page.
  await page.addInitScript(`
    (() => {
      const wanted = (new URLSearchParams(location.search).get('l') || '').split(',').filter(Boolean)
      const check = () => {
        const el = document.querySelector('.cdb-map')
        const drawn = ((el && el.dataset.drawn) || '').split(',')
        if (el && el.dataset.loaded === 'true' && wanted.every((id) => drawn.includes(id))) {
          if (window.__benchReadyAt === undefined) window.__benchReadyAt = performance.now()
          return true
        }
        return false
      }
      new MutationObserver((_, mo) => { if (check()) mo.disconnect() }).observe(document, {
        subtree: true, childList: true, attributes: true, attributeFilter: ['data-loaded', 'data-drawn'],
      })
    })()
  `)
  return page
}


async function main(): Promise<void> {
  process.chdir(root)
  if (!existsSync(path.join(DIST, 'index.html'))) {
    console.log(`Building the app (${DIST}/ is missing)…`)
    const r = spawnSync('npx', ['vite', 'build', '--outDir', DIST, '--logLevel', 'warn'], { stdio: 'inherit' })
    if (r.status !== 0) process.exit(r.status ?? 1)
  }
  const bareOut = path.join(root, 'test-results/bench/bare')
  const bareRoot = path.join(root, 'e2e/bench/bare')
  await build({
    configFile: false,
    root: bareRoot,
    logLevel: 'warn',
    build: {
      outDir: bareOut,
      emptyOutDir: true,
      target: 'es2022',
      rollupOptions: { input: Object.fromEntries(['index', 'explore', 'wall'].map((n) => [n, path.join(bareRoot, `${n}.html`)])) },
    },
  })

  const app = await startMockServer({ port: 0, staticDir: DIST })
  const bare = await startMockServer({ port: 0, staticDir: bareOut })
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
  })
  try {
    if (process.env.BENCH_ONLY === 'soak') {
      await benchSoak(browser, app.url)
      return
    }
    if (process.env.BENCH_ONLY === 'bytes') return await benchBytes(browser, app.url, DIST)
    if (process.env.BENCH_ONLY === 'tiles') return await benchStreetTiles(browser, DIST)
    if (process.env.BENCH_ONLY === 'street') {
      await benchStreetScale(browser, DIST, bareOut, VIEWS, RUNS)
      return
    }
    if (process.env.BENCH_ONLY !== 'render') {
      benchProjection()
      await benchSliderDrag(browser, app.url)
      if (process.env.BENCH_ONLY === 'scenario') return
    }
    await benchFirstRender(browser, app.url, bare.url, VIEWS, RUNS)
    await benchBytes(browser, app.url, DIST)
    if (process.env.BENCH_ONLY === 'render') return
    await benchStreetScale(browser, DIST, bareOut, VIEWS, RUNS)
    console.log('\nFrame times over 5 s, 1920×1080')
    const b = await newPage(browser)
    await b.goto(`${bare.url}/`)
    await readyAt(b, '__bench')
    await assertNoCspViolation(b, 'bare frames page')
    console.log('  ' + frameSummary('bare MapLibre (static)', await frameTimes(b)))
    await b.context().close()
    const br = await newPage(browser)
    await br.goto(`${bare.url}/?repaint`)
    await readyAt(br, '__bench')
    console.log('  ' + frameSummary('bare MapLibre (redrawn every frame)', await frameTimes(br)))
    await br.context().close()
    const f = await newPage(browser)
    await f.goto(`${app.url}/explore?l=flows.od`)
    await readyAt(f, '__benchReadyAt')
    await f.waitForTimeout(1500)
    console.log('  ' + frameSummary('app, OD flows animating', await frameTimes(f)))

    // Layer churn: toggle layers on and off many times. The first cycle fills the query cache; after
    // it, heap should stay flat however many toggles follow (growth per toggle would be a leak).
    const TOGGLES = Number(process.env.BENCH_TOGGLES ?? 200)
    const toggle = async (i: number) => {
      const id = TOGGLE_LAYERS[i % TOGGLE_LAYERS.length]!
      await f.locator(`[data-layer="${id}"] input[type=checkbox]`).click()
      await f.waitForFunction(() => document.querySelector<HTMLElement>('.cdb-map')?.dataset.loaded === 'true', null, { timeout: 60_000 })
    }
    const warmup = TOGGLE_LAYERS.length * 2
    for (let i = 0; i < warmup; i++) await toggle(i)
    const heapWarm = await heapUsed(f)
    for (let i = 0; i < TOGGLES; i++) await toggle(warmup + i)
    const heapEnd = await heapUsed(f)
    const canvases = await f.locator('canvas').count()
    console.log(`\nLayer churn: ${TOGGLES} toggles of ${TOGGLE_LAYERS.join(', ')} after a warm-up cycle of ${warmup}`)
    console.log(`  JS heap: after warm-up ${mb(heapWarm)} MB → after ${TOGGLES} more ${mb(heapEnd)} MB (${heapEnd >= heapWarm ? '+' : ''}${mb(heapEnd - heapWarm)} MB); canvases on page: ${canvases}`)
    await f.context().close()
    await benchSoak(browser, app.url)
  } finally {
    await browser.close()
    await app.close()
    await bare.close()
  }
}

await main()
