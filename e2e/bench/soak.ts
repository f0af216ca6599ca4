/**
 * Soak figures for `npm run bench` (`BENCH_ONLY=soak` alone): the wall rotates its scenes thousands of
 * times and the page must not grow. Prints JS heap after a forced GC, DOM nodes, JS event listeners
 * and documents (CDP Memory.getDOMCounters, which counts detached nodes not yet collected too) and the
 * canvases on the page, at the start and every N rotations, with the growth over the run.
 *
 * Accelerated by stepping the playlist with its own key (→, as an operator would) as soon as the
 * previous scene has rendered (two animation frames after the scene attribute changed), rather than
 * waiting `wallSceneSeconds`. Reduced motion is on so the 0.35 s fades don't set the pace; the map and
 * panels still swap as on a real wall. Each rotation costs 0.3–0.9 s on a 2-core SwiftShader box, so
 * the default is 1000 rotations (~12 min); `BENCH_ROTATIONS=5000` is the issue's full run (~1 h).
 * `BENCH_SOAK_EVERY` (default 248) sets the sampling step.
 *
 * Warm-up: V8 compiles the code that runs on every rotation (MapLibre, ECharts, Vue, the app) to
 * optimised machine code, and that code lives in the JS heap. Heap snapshots at rotations 30 and 230
 * differed by +2.0 MB, of which +1.8 MB was compiled code and most of the rest Blink's bounded
 * performance-entry buffers; over 250 → 650, +1.2 MB, all compiled code (~440 more optimised
 * functions) and no app object. Tiering slows but goes on for thousands of rotations: each function
 * is optimised once it has run enough, and a function run once per rotation takes long to get there.
 * So by default the warm-up lasts until the heap's pace over the last three samples is within the
 * target's (5 % per 5,000 rotations), at most 20 samples; `BENCH_SOAK_WARMUP=n` fixes it at n
 * rotations instead (0: none). A leak at the target's pace or faster never ends the warm-up early,
 * and after it the measured rotations show it. The growth is printed over the whole run and after
 * the warm-up, and the end of the run splits the heap by kind from two snapshots.
 */
import type { Browser, CDPSession, Page } from '@playwright/test'

interface Sample {
  rotations: number
  heap: number
  nodes: number
  listeners: number
  documents: number
  canvases: number
  seconds: number
}

const mb = (bytes: number) => (bytes / 1048576).toFixed(1)
const growth = (a: number, b: number) => `${b >= a ? '+' : ''}${(((b - a) / a) * 100).toFixed(1)} %`

async function sample(page: Page, cdp: CDPSession, rotations: number, t0: number): Promise<Sample> {
  // Twice: the first pass only queues finalizers (e.g. of detached MapLibre/ECharts objects).
  await cdp.send('HeapProfiler.collectGarbage')
  await cdp.send('HeapProfiler.collectGarbage')
  const { usedSize } = await cdp.send('Runtime.getHeapUsage')
  const dom = await cdp.send('Memory.getDOMCounters')
  const canvases = await page.evaluate(() => document.querySelectorAll('canvas').length)
  return {
    rotations,
    heap: usedSize,
    nodes: dom.nodes,
    listeners: dom.jsEventListeners,
    documents: dom.documents,
    canvases,
    seconds: (performance.now() - t0) / 1000,
  }
}

/**
 * The JS heap split by kind, from a heap snapshot: V8's compiled code (bytecode, optimised machine
 * code and their tables: snapshot nodes of type `code`) and everything else, which is where the
 * app's own objects, DOM wrappers and caches live. V8 keeps tiering up hot functions for thousands of
 * rotations, which grows the first part; a leak would grow the second. Taken only at the end of the
 * warm-up and at the end of the run: a snapshot costs seconds.
 */
async function heapByKind(cdp: CDPSession): Promise<{ code: number; rest: number }> {
  await cdp.send('HeapProfiler.collectGarbage')
  const chunks: string[] = []
  const onChunk = (e: { chunk: string }) => chunks.push(e.chunk)
  cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk)
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false })
  cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk)
  const snap = JSON.parse(chunks.join('')) as {
    snapshot: { meta: { node_fields: string[]; node_types: [string[]] } }
    nodes: number[]
  }
  const fields = snap.snapshot.meta.node_fields
  const stride = fields.length
  const type = fields.indexOf('type')
  const size = fields.indexOf('self_size')
  const codeType = snap.snapshot.meta.node_types[0].indexOf('code')
  let code = 0
  let rest = 0
  for (let i = 0; i < snap.nodes.length; i += stride) {
    if (snap.nodes[i + type] === codeType) code += snap.nodes[i + size]!
    else rest += snap.nodes[i + size]!
  }
  return { code, rest }
}

/** Steps to the next scene `times` times, each once it has rendered. */
async function rotate(page: Page, times: number): Promise<void> {
  // Plain JS text: tsx would wrap named functions in helpers that do not exist in the page.
  await page.evaluate(`
    (async () => {
      const scene = () => document.querySelector('[data-scene]')?.dataset.scene
      const frame = () => new Promise((r) => requestAnimationFrame(r))
      for (let i = 0; i < ${times}; i++) {
        const before = scene()
        window.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }))
        for (let k = 0; k < 200 && scene() === before; k++) await frame()
        await frame()
        await frame()
      }
    })()
  `)
}

export async function benchSoak(browser: Browser, appUrl: string): Promise<void> {
  const ROTATIONS = Number(process.env.BENCH_ROTATIONS ?? 1000)
  // Multiples of the playlist's 4 scenes, so every row is taken on the same scene (the overview).
  const EVERY = Number(process.env.BENCH_SOAK_EVERY ?? 248)
  // Warm-up: a fixed count with BENCH_SOAK_WARMUP, else until the heap's pace over the last three
  // samples is within the target's (5 % per 5,000 rotations), at most WARMUP_MAX rotations. A leak
  // at that pace or faster keeps the warm-up going to the cap and then shows in the measured run.
  const fixedWarmup = process.env.BENCH_SOAK_WARMUP === undefined ? null : Number(process.env.BENCH_SOAK_WARMUP)
  const WARMUP_MAX = 20 * EVERY
  const ctx = await browser.newContext({ viewport: { width: 1920, height: 1080 }, reducedMotion: 'reduce' })
  const page = await ctx.newPage()
  const cdp = await ctx.newCDPSession(page)
  await cdp.send('HeapProfiler.enable')
  // Pinned: the playlist holds still (its timer is off), so only the bench's key presses rotate it.
  await page.goto(`${appUrl}/wall?scene=overview`)
  await page.waitForFunction(() => document.querySelector<HTMLElement>('.cdb-map')?.dataset.loaded === 'true', null, { timeout: 120_000 })
  // One full round of the playlist fills the query cache and loads every scene's chunks.
  await rotate(page, 8)
  await page.waitForTimeout(2000)
  // Rows are printed as they come: a long run shows its trend before it ends.
  const warmupText = fixedWarmup === null ? `a warm-up until the heap's pace is within the target's (at most ${WARMUP_MAX})` : `${fixedWarmup} warm-up`
  console.log(`\nSoak: ${warmupText} + ${ROTATIONS} wall scene rotations at 1920×1080 (→ key, reduced motion), after one round of the playlist`)
  console.log('  rotations     JS heap   DOM nodes  listeners  documents  canvases   elapsed')
  const row = (s: Sample, note = '') =>
    console.log(
      `  ${String(s.rotations).padStart(9)}  ${mb(s.heap).padStart(7)} MB  ${String(s.nodes).padStart(9)}  ${String(s.listeners).padStart(9)}  ${String(s.documents).padStart(9)}  ${String(s.canvases).padStart(8)}  ${s.seconds.toFixed(0).padStart(6)} s${note}`,
    )
  const t0 = performance.now()
  const first = await sample(page, cdp, 0, t0)
  row(first)
  const samples = [first]
  const step = async (n: number): Promise<Sample> => {
    await rotate(page, n)
    await page.waitForTimeout(500) // let the last scene's data and map settle before measuring
    const s = await sample(page, cdp, samples[samples.length - 1]!.rotations + n, t0)
    samples.push(s)
    return s
  }
  const warmedUp = (s: Sample): boolean => {
    if (fixedWarmup !== null) return s.rotations >= fixedWarmup
    if (s.rotations >= WARMUP_MAX) return true
    const back = samples[samples.length - 4]
    return !!back && (s.heap - back.heap) / back.heap < (0.05 * (s.rotations - back.rotations)) / 5000
  }
  let warm = first
  while (fixedWarmup !== 0) {
    const s = await step(fixedWarmup === null ? EVERY : Math.min(EVERY, fixedWarmup - warm.rotations))
    warm = s
    if (warmedUp(s)) break
    row(s)
  }
  const warmKinds = await heapByKind(cdp)
  if (warm !== first) row(warm, '   ← end of warm-up')
  let last = warm
  while (last.rotations < warm.rotations + ROTATIONS) {
    last = await step(Math.min(EVERY, warm.rotations + ROTATIONS - last.rotations))
    row(last)
  }
  const endKinds = await heapByKind(cdp)
  await ctx.close()

  const summary = (label: string, a: Sample, b: Sample) =>
    `  ${label}: heap ${growth(a.heap, b.heap)} (${mb(b.heap - a.heap)} MB), DOM nodes ${growth(a.nodes, b.nodes)}, listeners ${growth(a.listeners, b.listeners)}, canvases ${a.canvases} → ${b.canvases}`
  console.log(summary(`whole run, ${last.rotations} rotations`, first, last))
  console.log(`${summary(`after the warm-up, ${last.rotations - warm.rotations} rotations`, warm, last)}; target: heap < 5 % over 5,000 rotations`)
  console.log(
    `  after the warm-up, by kind (heap snapshots): V8 compiled code ${mb(warmKinds.code)} → ${mb(endKinds.code)} MB (${growth(warmKinds.code, endKinds.code)}); ` +
      `everything else (app objects, DOM wrappers, caches) ${mb(warmKinds.rest)} → ${mb(endKinds.rest)} MB (${growth(warmKinds.rest, endKinds.rest)})`,
  )
  console.log(`  ${((last.seconds * 1000) / Math.max(1, last.rotations)).toFixed(0)} ms per rotation`)
}
