/**
 * Bytes: the JS (gzip) each view needs for its first full render, against a floor of the bare
 * libraries (MapLibre with its worker, the ECharts parts the app registers, Vue) built by the same
 * vite config from e2e/bench/bytesFloor.ts, so the floor follows library upgrades by itself.
 *
 * A view's bytes are measured in the browser: every script the page and its workers request from
 * navigation until the first full render (dynamic imports and workers included), each sized as the
 * gzip of the served file. The floor is sized from vite's own build output.
 * Used by e2e/bytes.spec.ts (fails over budget) and `npm run bench` (prints only).
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'
import type { Browser, BrowserContext, Page } from '@playwright/test'
import { build } from 'vite'
import { defaultViewState } from '../../src/features/map/defaults'
import { WALL_SCENES } from '../../src/views/wall/scenes'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

/** A view may ship at most this multiple of the floor for its first render (issue 8's target). */
export const BYTES_BUDGET = 1.15

/**
 * Views not yet at the target, with the multiple they may not grow past meanwhile: lower it, never
 * raise it. /explore's first screen carries the stack the floor leaves out (petite-vue-i18n, valibot,
 * vue-query, pinia, vue-echarts, @vueuse: ~42 kB, 0.07× the floor by themselves) plus its sidebar, map
 * controls and the school panel. 806.8 → 769.3 kB (1.26× → 1.20×) came from the contract on zod/mini
 * (−15.8 kB), messages precompiled with English on demand (−11.6 kB) and the panels below the first
 * screen loaded as they come near (−10 kB); → 757.7 kB (1.18×) from dropping vue-router for two
 * full-page views (−8.2 kB), petite-vue-i18n (−1.9 kB), and the wall's text and watchdog shipping with
 * the wall (−2.2 kB); → 751.3 kB (1.175×) from each room's map layers loading with the first of them
 * shown, the map kit they share in one chunk (−6.4 kB); → 742.6 kB (1.16×) from the contract on
 * valibot instead of zod/mini (−8.0 kB). Left: ~7 kB.
 */
const INTERIM_BUDGET: Readonly<Record<string, number>> = { '/explore': 1.165 }

export function budgetFor(view: string): number {
  return INTERIM_BUDGET[view] ?? BYTES_BUDGET
}

export interface JsFile {
  /** Path under the build's root, e.g. `assets/index-abc.js`. */
  file: string
  gzip: number
}

export interface ViewBytes {
  view: string
  files: JsFile[]
  total: number
}

export interface Floor {
  files: JsFile[]
  total: number
}

interface View {
  name: string
  path: string
  /** The map layers that must be drawn, and whether the forecast panels' charts must be painted too. */
  ready: FirstRender
}

interface FirstRender {
  layers: readonly string[]
  charts: boolean
}

/**
 * True once the view's first full render is on screen: every wanted map layer drawn and the map loaded
 * (as mapRuntime.ts reports it; see e2e/map.ts) and, with `charts`, each forecast panel beside the map
 * has drawn its chart (the alert list has none). Panels below the first screen stay placeholders until
 * scrolled near (ui/LazyPanel.vue) and are no part of it; one that is near enough to be loading, or has
 * loaded, is waited for like the rest. Runs in the page; a function, not a string, because the CSP
 * refuses the eval a string predicate needs.
 */
const firstRenderDone = (want: FirstRender): boolean => {
  const el = document.querySelector<HTMLElement>('.cdb-map')
  const drawn = (el?.dataset.drawn ?? '').split(',')
  const map = !!el && el.dataset.loaded === 'true' && want.layers.every((id) => drawn.includes(id))
  if (!map || !want.charts) return map
  const column = document.querySelector('.explore__panels')
  const panels = [...(column?.querySelectorAll('.panel:not(.explore__alerts)') ?? [])]
  const loading = column?.querySelector('.lazy-panel[data-state="loading"]')
  return panels.length > 0 && !loading && panels.every((p) => p.querySelector('.chart canvas'))
}

export const VIEWS: readonly View[] = [
  { name: '/explore', path: '/explore', ready: { layers: defaultViewState(null).layers, charts: true } },
  // The first scene, pinned: on a slow machine the playlist could move on before it is drawn.
  { name: '/wall', path: `/wall?scene=${WALL_SCENES[0]!.id}`, ready: { layers: WALL_SCENES[0]!.layers, charts: false } },
]

const isJs = (pathname: string) => /\.m?js$/.test(pathname)

function sized(files: { file: string; code: Uint8Array | string }[]): { files: JsFile[]; total: number } {
  const out = files.map(({ file, code }) => ({ file, gzip: gzipSync(code, { level: 9 }).length }))
  out.sort((a, b) => b.gzip - a.gzip)
  return { files: out, total: out.reduce((s, f) => s + f.gzip, 0) }
}

/** Builds the floor with the app's vite config; every JS file of vite's output counts. */
export async function buildFloor(outDir = path.join(root, 'test-results/bytes/floor')): Promise<Floor> {
  const result = await build({
    root,
    configFile: path.join(root, 'vite.config.ts'),
    logLevel: 'warn',
    build: {
      outDir,
      emptyOutDir: true,
      chunkSizeWarningLimit: 4000, // one chunk of three libraries, on purpose
      rolldownOptions: { input: path.join(root, 'e2e/bench/bytesFloor.ts') },
    },
  })
  const outputs = (Array.isArray(result) ? result : [result]).flatMap((r) => ('output' in r ? r.output : []))
  return sized(outputs.filter((o) => isJs(o.fileName)).map((o) => ({ file: o.fileName, code: o.type === 'chunk' ? o.code : o.source })))
}

/**
 * Opens `view` on `baseUrl` in a fresh context, records the JS the page and its workers request until
 * its first full render (waiting up to `timeout` ms, 0 for no limit), and sizes it from `dist` (the build `baseUrl` serves).
 */
export async function measureView(context: BrowserContext, baseUrl: string, dist: string, view: View, timeout = 120_000): Promise<ViewBytes> {
  const requested = new Set<string>()
  let rendered = false
  context.on('request', (req) => {
    const url = new URL(req.url())
    if (!rendered && url.origin === new URL(baseUrl).origin && isJs(url.pathname)) requested.add(url.pathname.replace(/^\//, ''))
  })
  const page: Page = await context.newPage()
  await page.goto(new URL(view.path, baseUrl).href)
  await page.waitForFunction(firstRenderDone, view.ready, { timeout, polling: 50 })
  rendered = true
  await page.close()
  return { view: view.name, ...sized([...requested].map((file) => ({ file, code: readFileSync(path.join(dist, file)) }))) }
}

const kB = (bytes: number) => (bytes / 1000).toFixed(1)

/** The figures, one block per view: total, floor, ratio, budget, and the largest chunks. */
export function bytesReport(views: readonly ViewBytes[], floor: Floor, largest = 6): string {
  const lines = [
    'First-render JS, gzip -9 kB (every script the page and its workers fetch before the first full render)',
    `  floor ${kB(floor.total).padStart(7)} kB   MapLibre + its worker + the ECharts parts the app registers + Vue, same vite build [${floor.files.map((f) => `${f.file} ${kB(f.gzip)}`).join(', ')}]`,
  ]
  for (const v of views) {
    const ratio = v.total / floor.total
    const budget = budgetFor(v.view)
    const target = budget === BYTES_BUDGET ? '' : ` (target ${BYTES_BUDGET}×: ${kB(BYTES_BUDGET * floor.total)} kB)`
    lines.push(
      `  ${v.view.padEnd(9)} ${kB(v.total).padStart(7)} kB   ${ratio.toFixed(2)}× floor   budget ${budget}× = ${kB(budget * floor.total)} kB${target}   ${ratio <= budget ? 'ok' : 'OVER BUDGET'}   ${v.files.length} files, largest:`,
    )
    for (const f of v.files.slice(0, largest)) lines.push(`      ${kB(f.gzip).padStart(7)} kB  ${f.file}`)
  }
  return lines.join('\n')
}

/** `npm run bench`: prints the figures for every view. */
export async function benchBytes(browser: Browser, appUrl: string, dist: string): Promise<void> {
  const floor = await buildFloor()
  const views: ViewBytes[] = []
  for (const view of VIEWS) {
    const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } })
    views.push(await measureView(context, appUrl, dist, view))
    await context.close()
  }
  // BENCH_BYTES_FILES=n lists n chunks per view (default 6).
  console.log(`\n${bytesReport(views, floor, Number(process.env.BENCH_BYTES_FILES ?? 6))}`)
}
