import type { Page } from '@playwright/test'
import { test, expect, screenshot } from './fixtures'
import { changedShare, mapEl, mapShot, nonBackgroundShare } from './map'
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

/**
 * Reduced motion: the camera jumps instead of flying, scenes swap without a fade and the flow arcs
 * hold still, so each check waits for the wall's state rather than for an animation to end. (The
 * rotation test keeps the motion on.)
 */
test.use({ reducedMotion: 'reduce' })

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

/** Opens the wall with `scene` pinned, once it is on screen (keys pressed before then are lost). */
async function openWall(page: Page, scene: string): Promise<void> {
  await page.goto(`/wall?scene=${scene}`)
  await expect(wall(page)).toHaveAttribute('data-scene', scene, { timeout: 30_000 })
}

/** Shows scene `i` (by its number key, as an operator would) and waits until the wall says so. */
async function showScene(page: Page, i: number): Promise<void> {
  await page.keyboard.press(String(i + 1))
  await expect(wall(page)).toHaveAttribute('data-scene', SCENES[i]!.id)
}

/**
 * Waits until the map has exactly the scene's layers and has loaded what they need, then for two
 * frames, so the next screenshot shows them. Generous: a 7680-px canvas in software GL takes a while.
 */
async function drawn(page: Page, layers: readonly string[]): Promise<void> {
  await expect(mapEl(page)).toHaveAttribute('data-drawn', layers.join(','), { timeout: 60_000 })
  await expect(mapEl(page)).toHaveAttribute('data-loaded', 'true', { timeout: 60_000 })
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))))
}

/**
 * Elements of the wall whose content is wider (or a list taller) than their box, and lists that
 * leave a row's worth of room empty while hiding rows behind "N more".
 */
async function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const bad: string[] = []
    const name = (e: Element) => `${e.tagName.toLowerCase()}.${[...e.classList].join('.')}`
    const root = document.querySelector<HTMLElement>('.wall')!
    if (root.scrollWidth > root.clientWidth + 1 || root.scrollHeight > root.clientHeight + 1) bad.push('wall')
    const boxes = '.wall .panel, .wall .wall-card, .wall__headline, .wall-qr, .wall .panel__content, .wall-decisions__list, .wall-row, .wall .kpi'
    for (const e of document.querySelectorAll<HTMLElement>(boxes)) {
      if (e.scrollWidth > e.clientWidth + 1) bad.push(`${name(e)} ${e.scrollWidth}>${e.clientWidth}`)
      if ((e.classList.contains('panel__content') || e.classList.contains('wall-decisions__list')) && e.scrollHeight > e.clientHeight + 1) bad.push(`${name(e)} height ${e.scrollHeight}>${e.clientHeight}`)
    }
    for (const list of document.querySelectorAll<HTMLElement>('.wall-rows')) {
      const more = list.querySelector('.wall-rows__more')
      const row = list.querySelector('.wall-row')
      if (!more || !row || !list.parentElement) continue
      const free = list.parentElement.getBoundingClientRect().bottom - list.getBoundingClientRect().bottom
      if (free > row.getBoundingClientRect().height * 1.5) bad.push(`${name(list)} hides rows with ${Math.round(free)} px free`)
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
    test.setTimeout(90_000)
    // A smaller wall renders faster; the layout is the same 16:9 one. Motion on, as on a real wall.
    await page.emulateMedia({ reducedMotion: 'no-preference' })
    await page.setViewportSize({ width: 1280, height: 720 })
    await withConfig(page, { wallPlaylist: SCENES.map((s) => ({ scene: s.id, seconds: 60 })) })
    // A fake clock that runs in real time: the test skips each scene's minute instead of waiting it out.
    await page.clock.install()
    await page.goto('/wall')
    await expect(wall(page)).toHaveAttribute('data-scene', 'overview', { timeout: 30_000 })
    await expect(wall(page)).toHaveAttribute('data-paused', 'false')
    // The scene's clock starts once its map is drawn.
    await expect(wall(page)).toHaveAttribute('data-started', 'true', { timeout: 30_000 })
    for (const id of ['schools', 'clinics', 'flows', 'overview']) {
      await page.clock.fastForward(60_000)
      await expect(wall(page)).toHaveAttribute('data-scene', id)
    }

    await page.keyboard.press(' ')
    await expect(wall(page)).toHaveAttribute('data-paused', 'true')
    await page.clock.fastForward(5 * 60_000) // five scenes' time: a paused wall holds its scene
    expect(await sceneOf(page)).toBe('overview')
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
    await page.clock.fastForward(60_000)
    await expect(wall(page)).toHaveAttribute('data-scene', 'clinics')
  })

  test('each scene draws its layers over the basemap', async ({ page, context }) => {
    test.setTimeout(90_000)
    // The basemap alone: the same wall with every data endpoint failing except the boundaries. Scenes
    // share two cameras (the city, and its centre for flows), so two shots of it are enough.
    const bare = await context.newPage()
    await bare.route(/\/api\/v1\/(?!city|regions\/boundaries)/, (route) => route.fulfill({ status: 503, body: 'down' }))
    for (const p of [page, bare]) {
      await p.setViewportSize({ width: 1280, height: 720 })
      await openWall(p, 'overview')
      await canvasOnly(p)
    }
    const basemapAt = async (i: number) => {
      await showScene(bare, i)
      await expect(mapEl(bare)).toHaveAttribute('data-loaded', 'true', { timeout: 30_000 })
      // The boundaries are on the canvas (a blank one would make any layer look drawn).
      await expect.poll(async () => nonBackgroundShare(bare, await mapShot(bare)), { timeout: 20_000 }).toBeGreaterThan(0.05)
      return mapShot(bare)
    }
    const city = await basemapAt(0)
    const centre = await basemapAt(3)
    for (const [i, scene] of SCENES.entries()) {
      await showScene(page, i)
      await drawn(page, scene.layers)
      const basemap = scene.id === 'flows' ? centre : city
      // Polled: the shot right after the report may still be the frame before the layers.
      await expect
        .poll(async () => changedShare(page, await mapShot(page), basemap), { message: `${scene.id}: layers differ from the basemap`, timeout: 15_000 })
        .toBeGreaterThan(0.03)
    }
  })

  for (const [w, h] of SIZES) {
    test(`every scene at ${w}×${h}: a decision, its panels, nothing overflowing`, async ({ page }) => {
      test.setTimeout(180_000)
      await page.setViewportSize({ width: w, height: h })
      await openWall(page, 'overview')
      for (const [i, scene] of SCENES.entries()) {
        await showScene(page, i)
        await drawn(page, scene.layers)
        const decision = page.locator('.wall__headline .decision')
        await expect(decision).toHaveAttribute('data-decision-id', /^(schools|clinics|flows):/)
        await expect(decision).toContainText(/\d/)
        await expect(page.locator('.wall__panels .panel__content, .wall__panels .wall-card').first()).toBeVisible()
        await screenshot(page, `wall-${w}x${h}-${scene.id}`)
        expect(await overflowing(page), `${w}×${h} ${scene.id}`).toEqual([])
      }
      // A wider wall shows more side by side, not the same panels spaced out.
      expect(await page.locator('.wall-panels__column').count()).toBe(w / h > 4.4 ? 3 : w / h > 2.6 ? 2 : 1)
      // The map renders at the wall's real pixels (CSS size × devicePixelRatio), not a scaled-up image.
      const canvas = await mapEl(page)
        .locator('canvas')
        .evaluate((c: HTMLCanvasElement) => ({ pixels: c.width, css: c.clientWidth * devicePixelRatio }))
      expect(canvas.pixels).toBe(Math.round(canvas.css))
    })
  }

  test('long names from the API are cut with an ellipsis, whole in the title, at 16:9 and 48:9', async ({ page }) => {
    test.setTimeout(90_000)
    const long = '浦东新区临港新片区自由贸易试验区特别经济功能区综合管理委员会辖区'
    await page.route('**/api/v1/city', async (route) => {
      const res = await route.fetch()
      const body = (await res.json()) as { data: { regions: { code: string; name: { zh: string; en: string } }[] } }
      for (const r of body.data.regions) r.name = { zh: `${r.name.zh}${long}`, en: `${r.name.en} ${long}` }
      await route.fulfill({ response: res, json: body })
    })
    // Between them these scenes show every list with names (ranking, flagged days, gainers), the
    // decision lines and the ticker: at 16:9 one scene's lists at a time, at 48:9 the overview's all.
    const cases = [
      [1920, 1080, [1, 2]],
      [5760, 1080, [0, 3]],
    ] as const
    for (const [w, h, scenes] of cases) {
      await page.setViewportSize({ width: w, height: h })
      await openWall(page, 'overview')
      for (const i of scenes) {
        await showScene(page, i)
        await drawn(page, SCENES[i]!.layers)
        await expect(page.locator('.wall__panels bdi.wall-row__name').first()).toHaveAttribute('title', new RegExp(long))
        await expect(page.locator('.wall__headline .decision')).toContainText(long)
        await expect(page.locator('.ticker__where').first()).toContainText(long)
        expect(await overflowing(page), `${w}×${h} ${SCENES[i]!.id}`).toEqual([])
        await screenshot(page, `wall-${w}x${h}-${SCENES[i]!.id}-long-names`)
      }
    }
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
    expect(await page.locator('.wall-headline__title').textContent()).toContain(year)
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
