import type { Page } from '@playwright/test'
import { test, expect, screenshot } from './fixtures'
import { changedShare, mapShot, nonBackgroundShare, waitForMap } from './map'
import { decodeQr } from './qr'

/** The wall's scenes in their default order, with the layers each one draws. */
const SCENES = [
  { id: 'overview', layers: ['population.density'] },
  { id: 'schools', layers: ['schools.gap'] },
  { id: 'clinics', layers: ['clinics.utilisation', 'clinics.facilities'] },
  { id: 'flows', layers: ['flows.od'] },
] as const

const SIZES = [
  [1920, 1080],
  [3840, 2160],
  [5760, 1080],
  [7680, 2160],
] as const

/** Serves /config.json with some settings changed, as a deployment would. */
async function withConfig(page: Page, override: Record<string, unknown>): Promise<void> {
  await page.route('**/config.json', async (route) => {
    const res = await route.fetch()
    await route.fulfill({ response: res, json: { ...((await res.json()) as object), ...override } })
  })
}

const wall = (page: Page) => page.locator('.wall')
const sceneOf = (page: Page) => wall(page).getAttribute('data-scene')

/** Hides everything over the map canvas (legend, notices, attribution), so only drawn pixels compare. */
async function canvasOnly(page: Page): Promise<void> {
  // A constructed stylesheet: the CSP refuses an inline <style> (addStyleTag), even a test's.
  await page.evaluate(() => {
    const sheet = new CSSStyleSheet()
    sheet.replaceSync('.wall__map :not(:has(canvas)):not(canvas) { visibility: hidden !important; }')
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet]
  })
}

/**
 * Waits until the map reports the layers drawn and loaded. Like waitForMap, with more time: a
 * 7680-px canvas in software GL on a busy machine takes a while.
 */
async function drawn(page: Page, layers: readonly string[]): Promise<void> {
  const el = page.locator('.cdb-map')
  for (const id of layers) await expect(el).toHaveAttribute('data-drawn', new RegExp(`(^|,)${id.replace('.', '\\.')}(,|$)`), { timeout: 60_000 })
  await expect(el).toHaveAttribute('data-loaded', 'true', { timeout: 60_000 })
  await page.waitForTimeout(1_000)
}

/** Elements of the wall whose content is wider (or a list taller) than their box. */
async function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const bad: string[] = []
    const name = (e: Element) => `${e.tagName.toLowerCase()}.${[...e.classList].join('.')}`
    const root = document.querySelector<HTMLElement>('.wall')!
    if (root.scrollWidth > root.clientWidth + 1 || root.scrollHeight > root.clientHeight + 1) bad.push('wall')
    for (const e of document.querySelectorAll<HTMLElement>('.wall .panel, .wall .wall-card, .wall__headline, .wall-qr, .wall .panel__content, .wall-decisions__list')) {
      if (e.scrollWidth > e.clientWidth + 1) bad.push(`${name(e)} ${e.scrollWidth}>${e.clientWidth}`)
      if ((e.classList.contains('panel__content') || e.classList.contains('wall-decisions__list')) && e.scrollHeight > e.clientHeight + 1) bad.push(`${name(e)} height ${e.scrollHeight}>${e.clientHeight}`)
    }
    return bad
  })
}

/** Decodes until the code says what `expected` asks for (the code is redrawn once the data is in). */
async function qrUrl(page: Page, expected: RegExp): Promise<URL> {
  await expect.poll(() => decodeQr(page), { timeout: 15_000 }).toMatch(expected)
  return new URL((await decodeQr(page))!)
}

test.describe('wall', () => {
  test('the playlist rotates by itself, in the configured order; keys pause, step and jump', async ({ page }) => {
    // A smaller wall renders faster; the layout is the same 16:9 one.
    await page.setViewportSize({ width: 1280, height: 720 })
    await withConfig(page, { wallPlaylist: SCENES.map((s) => ({ scene: s.id, seconds: 1.5 })) })
    await page.goto('/wall')
    for (const id of ['overview', 'schools', 'clinics', 'flows', 'overview']) {
      await expect(wall(page)).toHaveAttribute('data-scene', id, { timeout: 15_000 })
    }
    await expect(wall(page)).toHaveAttribute('data-paused', 'false')

    await page.keyboard.press(' ')
    await expect(wall(page)).toHaveAttribute('data-paused', 'true')
    const held = await sceneOf(page)
    await page.waitForTimeout(3_000)
    expect(await sceneOf(page)).toBe(held)
    await page.keyboard.press('4')
    await expect(wall(page)).toHaveAttribute('data-scene', 'flows')
    await page.keyboard.press('ArrowRight')
    await expect(wall(page)).toHaveAttribute('data-scene', 'overview')
    await page.keyboard.press('ArrowLeft')
    await expect(wall(page)).toHaveAttribute('data-scene', 'flows')
    await page.keyboard.press('2')
    await expect(wall(page)).toHaveAttribute('data-scene', 'schools')
    await page.keyboard.press(' ')
    await expect(wall(page)).toHaveAttribute('data-paused', 'false')
    await expect(wall(page)).toHaveAttribute('data-scene', 'clinics', { timeout: 10_000 })
  })

  test('each scene draws its layers over the basemap', async ({ page, context }) => {
    test.setTimeout(90_000)
    // The basemap alone: the same wall with every data endpoint failing except the boundaries.
    const bare = await context.newPage()
    await bare.route(/\/api\/v1\/(?!city|regions\/boundaries)/, (route) => route.fulfill({ status: 503, body: 'down' }))
    for (const p of [page, bare]) {
      await p.setViewportSize({ width: 1280, height: 720 })
      await p.goto('/wall?scene=overview')
      await canvasOnly(p)
    }
    for (const [i, scene] of SCENES.entries()) {
      await page.keyboard.press(String(i + 1))
      await expect(wall(page)).toHaveAttribute('data-scene', scene.id)
      await waitForMap(page, scene.layers)
      const drawn = await mapShot(page)
      await bare.keyboard.press(String(i + 1))
      await expect(wall(bare)).toHaveAttribute('data-scene', scene.id)
      // Wait until the boundaries are on the canvas, then let the camera settle.
      await expect.poll(async () => nonBackgroundShare(bare, await mapShot(bare)), { timeout: 20_000 }).toBeGreaterThan(0.05)
      await bare.waitForTimeout(1_500)
      const basemap = await mapShot(bare)
      expect(await changedShare(page, drawn, basemap), `${scene.id}: layers differ from the basemap`).toBeGreaterThan(0.03)
    }
  })

  for (const [w, h] of SIZES) {
    test(`every scene at ${w}×${h}: a decision, its panels, nothing overflowing`, async ({ page }) => {
      test.setTimeout(120_000)
      await page.setViewportSize({ width: w, height: h })
      await page.goto('/wall?scene=overview')
      for (const [i, scene] of SCENES.entries()) {
        await page.keyboard.press(String(i + 1))
        await expect(wall(page)).toHaveAttribute('data-scene', scene.id)
        await drawn(page, scene.layers)
        const decision = page.locator('.wall__headline .decision')
        await expect(decision).toHaveAttribute('data-decision-id', /^(schools|clinics|flows):/)
        await expect(decision).toContainText(/\d/)
        await expect(page.locator('.wall__panels .panel__content, .wall__panels .wall-card').first()).toBeVisible()
        // The fade between scenes has finished (slow on a 7680-px wall in software GL).
        await expect(page.locator('.wall__panels')).toHaveCSS('opacity', '1')
        await expect(page.locator('.wall__headline-body')).toHaveCSS('opacity', '1')
        await screenshot(page, `wall-${w}x${h}-${scene.id}`)
        expect(await overflowing(page), `${w}×${h} ${scene.id}`).toEqual([])
      }
      // A wider wall shows more side by side, not the same panels spaced out.
      expect(await page.locator('.wall__column').count()).toBe(w / h > 4.4 ? 3 : w / h > 2.6 ? 2 : 1)
    })
  }

  test('long region names from the API are cut with an ellipsis, whole in the title', async ({ page }) => {
    const long = '浦东新区临港新片区自由贸易试验区特别经济功能区综合管理委员会辖区'
    await page.route('**/api/v1/city', async (route) => {
      const res = await route.fetch()
      const body = (await res.json()) as { data: { regions: { code: string; name: { zh: string; en: string } }[] } }
      for (const r of body.data.regions) r.name = { zh: `${r.name.zh}${long}`, en: `${r.name.en} ${long}` }
      await route.fulfill({ response: res, json: body })
    })
    await page.goto('/wall?scene=schools')
    await waitForMap(page, ['schools.gap'])
    const row = page.locator('.wall-row__name').first()
    await expect(row).toHaveAttribute('title', new RegExp(long))
    expect(await overflowing(page)).toEqual([])
    await screenshot(page, 'wall-1920x1080-long-names')
  })

  test('the QR code opens the same view in explore, under the configured public address', async ({ page, baseURL }) => {
    const publicBase = baseURL!.replace('127.0.0.1', 'localhost')
    await withConfig(page, { publicBaseUrl: `${publicBase}/` })
    await page.goto('/wall?scene=schools')
    await expect(page.locator('.wall__headline .decision')).toHaveAttribute('data-decision-id', /^schools:/)
    const url = await qrUrl(page, /[?&]s=region%3A\d+/)
    expect(`${url.origin}${url.pathname}`).toBe(`${publicBase}/explore`)
    expect(url.searchParams.get('l')).toBe('schools.gap')
    const year = url.searchParams.get('y')
    expect(await page.locator('.wall__title').textContent()).toContain(year)
    const selection = url.searchParams.get('s')
    expect(selection).toMatch(/^region:\d+$/)
    // View state only: nothing from the configuration (token, API address) rides along.
    expect([...url.searchParams.keys()].every((k) => ['c', 'z', 'l', 's', 'h', 'd', 'y', 'lv'].includes(k))).toBe(true)

    await page.goto(url.toString())
    await expect(page.locator('[data-layer="schools.gap"] input')).toBeChecked()
    await expect(page.getByLabel('区域')).toHaveValue(selection!.slice('region:'.length))
    const shown = new URL(page.url()).searchParams
    expect(shown.get('y')).toBe(year)
    expect(shown.get('s')).toBe(selection)

    // The flows scene carries its hour, and falls back to the wall's own address without a public one.
    await page.unrouteAll()
    await page.goto('/wall?scene=flows')
    await expect(page.locator('.wall__headline .decision')).toHaveAttribute('data-decision-id', /^flows:/)
    const flows = await qrUrl(page, /[?&]l=flows\.od/)
    expect(flows.origin).toBe(baseURL)
    expect(flows.searchParams.get('l')).toBe('flows.od')
    await page.goto(flows.toString())
    await expect(page.locator('[data-layer="flows.od"] input')).toBeChecked()
  })
})
