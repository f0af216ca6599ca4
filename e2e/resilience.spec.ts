import type { Page } from '@playwright/test'
import { test, expect, screenshot } from './fixtures'
import { mapShot, nonBackgroundShare, waitForMap } from './map'

/** Serves the build's own /config.json with some settings changed (shorter timeouts, thresholds…). */
async function withConfig(page: Page, patch: Record<string, unknown>): Promise<void> {
  await page.route('**/config.json', async (route) => {
    const res = await route.fetch()
    await route.fulfill({ response: res, json: { ...(await res.json()), ...patch } })
  })
}

test.describe('unattended wall', () => {
  test('the map recovers by itself after the API failed at start-up, scene pinned', async ({ page, faults }) => {
    test.setTimeout(150_000) // 49-59 s of 90 under load: the same margin as the outage test below
    await faults.set({ '*': { kind: 'http503' } })
    let failedBoundaries = 0
    page.on('response', (res) => {
      if (res.url().includes('/boundaries') && res.status() === 503) failedBoundaries++
    })
    await page.goto('/wall?scene=schools')
    // The map area says what is wrong, in words, while it retries.
    const notice = page.getByTestId('map-failing')
    await expect(notice).toBeVisible()
    await expect(notice).toContainText('数据服务没有响应')
    await expect(notice).not.toContainText('503 Service')
    await screenshot(page, 'res-map-failing')
    // The first try and its three quick retries fail; after them, only the 30 s poll can heal the map.
    await expect.poll(() => failedBoundaries, { timeout: 30_000 }).toBeGreaterThanOrEqual(4)
    await faults.clear()
    await expect(notice).toBeHidden({ timeout: 45_000 })
    await waitForMap(page, ['schools.gap'])
    expect(await nonBackgroundShare(page, await mapShot(page))).toBeGreaterThan(0.2)
    await screenshot(page, 'res-map-recovered')
  })

  test('an outage mid-rotation shows stale badges over the last data, and it recovers after', async ({ page, faults }) => {
    // Two waits of up to 30 s and two full-page screenshots of a wall whose flows animate: 40 s on a
    // quiet machine, and past 90 s beside a soak run, where a screenshot alone waited for a frame.
    test.setTimeout(180_000)
    await withConfig(page, { wallSceneSeconds: 5 })
    // A fake clock that runs in real time, so the test can skip half an hour of outage.
    await page.clock.install()
    await page.goto('/wall')
    const content = page.locator('.panel__content')
    await expect(content.first()).toBeVisible()
    await expect(page.locator('.stale[data-level="fresh"]').first()).toBeVisible()

    await faults.set({ '*': { kind: 'http503' } })
    await page.clock.fastForward('31:00') // past the 30-minute amber threshold; polls fire and fail
    const old = page.locator('.panel__content--old')
    await expect(old.first()).toBeVisible({ timeout: 30_000 })
    await expect(page.locator('.stale[data-level="warn"]').first()).toBeVisible()
    await expect(page.locator('.panel .error-state--compact').first()).toContainText('正在显示')
    await expect(page.locator('.panel__skeleton')).toHaveCount(0)
    await screenshot(page, 'res-outage-stale')

    await faults.clear()
    await page.clock.fastForward('00:40') // the failed queries' next try
    await expect(old).toHaveCount(0, { timeout: 30_000 })
    await expect(page.locator('.stale[data-level="warn"], .stale[data-level="alarm"]')).toHaveCount(0)
    await expect(content.first()).toBeVisible()
    await screenshot(page, 'res-outage-recovered')
  })

  test('a cold start against a hanging API says it is retrying within the request timeout', async ({ page, faults }) => {
    const timeoutMs = 3000
    await withConfig(page, { requestTimeoutMs: timeoutMs })
    await faults.set({ '*': { kind: 'timeout' } })
    // Timed from the first API call, so a slow machine's page load doesn't count against the app.
    let firstCall = 0
    page.on('request', (r) => {
      if (!firstCall && r.url().includes('/api/v1/')) firstCall = Date.now()
    })
    await page.goto('/wall?scene=schools')
    const notice = page.locator('.panel [data-testid="retry-notice"]').first()
    await expect(notice).toBeVisible({ timeout: timeoutMs + 10_000 })
    expect(Date.now() - firstCall).toBeLessThan(timeoutMs + 3000)
    await expect(notice).toContainText('数据服务没有响应，正在重试')
    await expect(notice).toContainText('数据服务响应超时')
    await expect(notice).toContainText(/秒后再次尝试|正在重新尝试/)
    await expect(page.getByTestId('map-failing')).toContainText('数据服务没有响应')
    await screenshot(page, 'res-cold-start-hanging')
  })

  test('the watchdog reloads a wall that stopped drawing frames, and says so after', async ({ page }) => {
    await withConfig(page, { watchdogSeconds: 3 })
    await page.goto('/wall?scene=schools')
    await waitForMap(page)
    await expect(page.getByTestId('watchdog')).toBeHidden()
    const loads: string[] = []
    page.on('load', () => loads.push(page.url()))
    // A renderer that no longer draws: no animation frame ever comes again.
    await page.evaluate(() => {
      window.requestAnimationFrame = () => 0
    })
    await expect(page.getByTestId('watchdog')).toContainText('自动重新载入', { timeout: 15_000 })
    expect(loads.length).toBeGreaterThan(0)
    await screenshot(page, 'res-watchdog-note')
  })
})

test('failing surface tiles are named on the map and in the layer control, and recover by themselves', async ({ page, faults }) => {
  test.setTimeout(120_000)
  await faults.set({ densityTile: { kind: 'http500' } })
  await page.goto('/explore?l=density.elderly_65&z=10&c=121.475,31.232')
  // The metadata is fine, the tiles are not: a clear state for this layer, not a blank map.
  const control = page.locator('[data-layer="density.elderly_65"]')
  await expect(control.locator('.layer-control__error')).toContainText('HTTP 500', { timeout: 30_000 })
  await expect(page.getByTestId('map-layers-failing')).toContainText('65岁及以上老人分布')
  await expect(page.locator('.cdb-map')).not.toHaveAttribute('data-drawn', /density\.elderly_65/)
  await screenshot(page, 'res-density-tiles-failing')
  // The API heals: the map fetches the failed tiles again by itself (the first retry comes after 2 s).
  await faults.clear()
  await waitForMap(page, ['density.elderly_65'])
  await expect(control.locator('.layer-control__error')).toHaveCount(0)
  await expect(page.getByTestId('map-layers-failing')).toHaveCount(0)
  expect(await nonBackgroundShare(page, await mapShot(page))).toBeGreaterThan(0.3)
  await screenshot(page, 'res-density-tiles-recovered')
})

test('surface tiles that never come are a timeout for that layer after the request timeout, and recover', async ({ page, faults }) => {
  test.setTimeout(120_000)
  await withConfig(page, { requestTimeoutMs: 3000 })
  await faults.set({ densityTile: { kind: 'timeout' } })
  await page.goto('/explore?l=density.children_0_5&z=9')
  const control = page.locator('[data-layer="density.children_0_5"]')
  await expect(control.locator('.layer-control__error')).toContainText('超时', { timeout: 30_000 })
  await screenshot(page, 'res-density-tiles-hanging')
  await faults.clear()
  await waitForMap(page, ['density.children_0_5'])
  await expect(control.locator('.layer-control__error')).toHaveCount(0)
})

test('surface tiles that are not vector tiles are an error for that layer, not a crash', async ({ page, faults }) => {
  await faults.set({ densityTile: { kind: 'malformed' } })
  await page.goto('/explore?l=density.children_6_10&z=9')
  await expect(page.locator('[data-layer="density.children_6_10"] .layer-control__error')).toContainText('无法解析', { timeout: 30_000 })
  await expect(page.locator('.cdb-map')).toHaveAttribute('data-loaded', 'true')
})

test('explore on a phone (390×844): one column, no sideways scroll', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 })
  await page.goto('/explore')
  await expect(page.locator('.panel__content').first()).toBeVisible()
  await waitForMap(page)
  const widths = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }))
  expect(widths.scroll).toBeLessThanOrEqual(widths.client)
  // Panels (and the placeholders of those not yet scrolled to) stack: each starts at the same left edge.
  const boxes = await page.locator('.explore__panels > *').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON() as DOMRect))
  expect(boxes.length).toBeGreaterThan(2)
  for (const b of boxes) expect(b.right).toBeLessThanOrEqual(390)
  expect(new Set(boxes.map((b) => Math.round(b.left))).size).toBe(1)
  // The header does not overlap itself: the title and the actions sit apart.
  const title = await page.locator('.app-header__title').boundingBox()
  const side = await page.locator('.app-header__side').boundingBox()
  expect(title && side && (side.y >= title.y + title.height || side.x >= title.x + title.width)).toBeTruthy()
  await screenshot(page, 'res-explore-390')
  await page.locator('.explore__map').scrollIntoViewIfNeeded()
  await screenshot(page, 'res-explore-390-map')
})

test('a bad setting in /config.json is named, with what is wrong with it', async ({ page }) => {
  await withConfig(page, { requestTimeoutMs: -5 })
  await page.goto('/explore')
  await expect(page.locator('.startup-error__detail').first()).toContainText('requestTimeoutMs Invalid value: Expected >0 but received -5')
  await screenshot(page, 'res-config-invalid')
})
