import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { test, expect } from './fixtures'
import { budgetFor, buildFloor, bytesReport, measureView, VIEWS, type ViewBytes } from './bench/bytes'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
/** The build the web server serves (see playwright.config.ts), whose files the browser's requests are sized from. */
const DIST = path.resolve(root, process.env.E2E_DIST ?? 'dist')

/**
 * Byte budget: the JS each view needs for its first full render, against the bare libraries' floor
 * (e2e/bench/bytes.ts). Fails when a view grows past its budget and prints the figures either way.
 */
test('each view ships its first render within its byte budget', async ({ browser, baseURL }, testInfo) => {
  test.setTimeout(600_000) // builds the floor, then loads both views cold (slow on a loaded machine)
  const floor = await buildFloor()
  const views: ViewBytes[] = []
  for (const view of VIEWS) {
    const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } })
    views.push(await measureView(context, baseURL!, DIST, view, 0)) // bounded by the test's timeout
    await context.close()
  }
  const report = bytesReport(views, floor)
  console.log(report)
  await testInfo.attach('bytes', { body: report, contentType: 'text/plain' })
  for (const v of views) {
    expect.soft(v.total, `${v.view}: first-render JS gzip bytes (floor ${floor.total})`).toBeLessThanOrEqual(budgetFor(v.view) * floor.total)
  }
})
