import { readFile } from 'node:fs/promises'
import type { Locator, Page } from '@playwright/test'
import { test, expect, screenshot } from './fixtures'
import { mapEl, waitForMap } from './map'
import { decodeQr } from './qr'
import { MAP_LAYER_IDS } from '../src/features/map/layerCatalog'

/** What the `hostile` fault puts into every free-text field (mocks/handlers/payloadFaults.ts). */
const MARKUP = '<img src=x onerror="window.__xss=1"><b>bold</b><svg onload="window.__xss=1"></svg>'

/** Every scene of the wall's default playlist (src/views/wall/scenes.ts). */
const WALL_SCENES = ['overview', 'schools', 'clinics', 'flows'] as const

/** Anything the hostile markup would have become, had API text reached innerHTML anywhere. */
async function injected(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = []
    if ((window as unknown as { __xss?: unknown }).__xss !== undefined) found.push('window.__xss was set')
    for (const e of document.querySelectorAll('img[src="x"], [onerror], [onload], b')) {
      if (e.tagName === 'B' && e.textContent !== 'bold') continue
      found.push(e.outerHTML.slice(0, 120))
    }
    return found
  })
}

/** Moves the pointer over a grid of points in the box, so every hover tooltip gets its turn. */
async function sweep(page: Page, target: Locator, steps = 6): Promise<void> {
  const box = await target.boundingBox()
  if (!box) return
  for (let i = 1; i < steps; i++) {
    for (let j = 1; j < steps; j++) await page.mouse.move(box.x + (box.width * i) / steps, box.y + (box.height * j) / steps)
  }
}

/** The city name and the demo-data badge in the header sit apart, and the name is cut, whole in its title. */
async function headerApart(page: Page): Promise<void> {
  const city = page.locator('.app-header__city')
  await expect(city).toHaveAttribute('title', /上海市|Shanghai/)
  const badge = page.locator('.app-header__demo')
  await expect(badge).toBeVisible()
  const [a, b] = [await city.boundingBox(), await badge.boundingBox()]
  if (!a || !b) throw new Error('no header boxes')
  const apart = a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y
  expect(apart, `city ${JSON.stringify(a)} overlaps the demo badge ${JSON.stringify(b)}`).toBe(true)
  const vw = page.viewportSize()!.width
  expect(a.x + a.width).toBeLessThanOrEqual(vw)
}

test.describe('hostile text in every field of every API answer', () => {
  test.beforeEach(async ({ faults }) => {
    await faults.set({ '*': { kind: 'hostile' } })
  })

  test('explore: layers, map and chart tooltips, legends, tables, ranking and CSV keep it text', async ({ page }) => {
    test.setTimeout(600_000)
    await page.goto(`/explore?l=${MAP_LAYER_IDS.join(',')}&s=region:310115`)
    // Every layer at once takes a while on a loaded machine.
    await expect(mapEl(page)).toHaveAttribute('data-loaded', 'true', { timeout: 180_000 })
    await waitForMap(page, MAP_LAYER_IDS)
    // It reached the screen, as text.
    await expect(page.getByText(MARKUP).first()).toBeVisible()
    await headerApart(page)
    // The map: every layer on, the pointer over the city so feature tooltips render.
    await sweep(page, mapEl(page), 4)
    await expect(page.locator('.cdb-map-tooltip').first()).toBeAttached()
    expect(await injected(page)).toEqual([])
    // The attribution control carries the API attribution as text.
    const attribution = page.locator('.maplibregl-ctrl-attrib')
    if (await attribution.count()) expect(await attribution.first().innerHTML()).not.toContain('<img src="x"')
    // The panels below the first screen load as they come near: bring each in, with its data.
    for (const lazy of await page.locator('.lazy-panel').all()) {
      await lazy.scrollIntoViewIfNeeded()
      await expect(lazy).toHaveAttribute('data-state', 'ready')
    }
    await expect(page.locator('.explore__panels [aria-busy="true"]')).toHaveCount(0)
    // Every chart: hover for its tooltip, then its table view, then its CSV.
    const frames = page.locator('.frame')
    const count = await frames.count()
    expect(count).toBeGreaterThan(2)
    for (let i = 0; i < count; i++) {
      const frame = frames.nth(i)
      await frame.scrollIntoViewIfNeeded()
      await sweep(page, frame.locator('.chart'), 3)
      await frame.getByRole('button', { name: '表格' }).click()
      await expect(frame.getByRole('table')).toBeVisible()
      const [download] = await Promise.all([page.waitForEvent('download'), frame.getByRole('button', { name: '导出 CSV' }).click()])
      const csv = await readFile((await download.path())!, 'utf8')
      // CSV is text for a spreadsheet: no cell starts a formula.
      expect(csv.split('\r\n').some((line) => /(^|,)[=+@]/.test(line))).toBe(false)
      await frame.getByRole('button', { name: '图表' }).click()
    }
    expect(await injected(page)).toEqual([])
    await screenshot(page, 'security-explore-1920-hostile')
    // The other language shows the other half of every LocalizedText.
    await page.getByRole('button', { name: 'English' }).click()
    await expect(page.getByText(MARKUP).first()).toBeVisible()
    await sweep(page, mapEl(page), 3)
    expect(await injected(page)).toEqual([])
    await screenshot(page, 'security-explore-1920-hostile-en')
  })

  test('wall: every scene keeps it text, and the long city name stays clear of the demo badge', async ({ page }) => {
    test.setTimeout(360_000)
    await page.goto('/wall?scene=overview')
    await expect(page.getByText(MARKUP).first()).toBeVisible()
    await headerApart(page)
    await screenshot(page, 'security-wall-1920-header')
    for (const scene of WALL_SCENES) {
      await page.goto(`/wall?scene=${scene}`)
      await expect(page.locator('.wall')).toHaveAttribute('data-scene', scene)
      await expect(page.locator('.wall__headline .decision')).toBeVisible()
      await waitForMap(page)
      await expect(page.getByText(MARKUP).first()).toBeVisible()
      expect(await injected(page), scene).toEqual([])
      await screenshot(page, `security-wall-1920-hostile-${scene}`)
    }
  })

  test('explore on a phone: the long city name and the demo badge do not overlap', async ({ page }) => {
    test.setTimeout(120_000)
    await page.setViewportSize({ width: 390, height: 844 })
    await page.goto('/explore')
    await expect(page.getByText(MARKUP).first()).toBeVisible()
    await headerApart(page)
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)
    await screenshot(page, 'security-explore-390-hostile')
  })
})

test('the bearer token travels only in the Authorization header', async ({ page, context, baseURL }) => {
  test.setTimeout(360_000)
  const token = 'tok_e2e_3b9f0c1d2a4e'
  await page.route('**/config.json', async (route) => {
    const res = await route.fetch()
    await route.fulfill({ response: res, json: { ...((await res.json()) as object), apiToken: token, publicBaseUrl: `${baseURL}/` } })
  })
  const api: { url: string; auth: string | undefined }[] = []
  const leaks: string[] = []
  page.on('request', (req) => {
    if (req.url().includes(token)) leaks.push(`URL ${req.url()}`)
    const headers = req.headers()
    for (const [k, v] of Object.entries(headers)) if (k !== 'authorization' && v.includes(token)) leaks.push(`header ${k} of ${req.url()}`)
    if (req.postData()?.includes(token)) leaks.push(`body of ${req.url()}`)
    if (new URL(req.url()).pathname.startsWith('/api/')) api.push({ url: req.url(), auth: headers.authorization })
  })

  const stored = async () =>
    page.evaluate(async () => {
      const dbs = indexedDB.databases ? await indexedDB.databases() : []
      return JSON.stringify({ local: { ...localStorage }, session: { ...sessionStorage }, cookie: document.cookie, dbs })
    })

  await page.goto('/explore')
  await expect(page.getByRole('region', { name: '常住人口', exact: true })).toContainText(/万/, { timeout: 60_000 })
  await expect(mapEl(page)).toHaveAttribute('data-loaded', 'true', { timeout: 180_000 })
  expect(await page.content()).not.toContain(token)
  expect(await page.locator('body').innerText()).not.toContain(token)
  expect(await stored()).not.toContain(token)

  // MapLibre fetches vector tiles itself, from its worker: they carry the token the same way.
  await page.goto('/explore?l=density.elderly_65&z=12&c=121.475,31.232')
  await expect(mapEl(page)).toHaveAttribute('data-drawn', 'density.elderly_65', { timeout: 60_000 })
  expect(api.filter((r) => r.url.includes('/density/tiles/')).length).toBeGreaterThan(2)

  await page.goto('/wall?scene=schools')
  await expect(page.locator('.wall__headline .decision')).toHaveAttribute('data-decision-id', /^schools:/, { timeout: 90_000 })
  await expect.poll(() => decodeQr(page), { timeout: 60_000 }).toMatch(/\/explore\?/)
  const qr = (await decodeQr(page))!
  expect(qr).not.toContain(token)
  expect(await page.content()).not.toContain(token)
  expect(await stored()).not.toContain(token)
  expect((await context.cookies()).map((c) => c.value).join(' ')).not.toContain(token)

  expect(leaks).toEqual([])
  expect(api.length).toBeGreaterThan(5)
  for (const r of api) expect(r.auth, r.url).toBe(`Bearer ${token}`)
})
