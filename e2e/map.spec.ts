import { VectorTile } from '@mapbox/vector-tile'
import { getResolution } from 'h3-js'
import { PbfReader } from 'pbf'
import { test, expect, screenshot } from './fixtures'
import { changedShare, mapEl, mapShot, nonBackgroundShare, waitForMap } from './map'
import { MAP_LAYER_IDS } from '../src/features/map/layerCatalog'

// Every layer the registry declares (a unit test keeps this list equal to the registry).
const LAYERS = MAP_LAYER_IDS

test.describe('map layers in explore', () => {
  test('the basemap alone is drawn from the API boundaries', async ({ page }) => {
    await page.goto('/explore?l=')
    await waitForMap(page)
    expect(await nonBackgroundShare(page, await mapShot(page))).toBeGreaterThan(0.2)
  })

  test('toggling each layer on draws it, and off removes it', async ({ page }) => {
    // One page for all layers: each step starts from the basemap alone, as a fresh load would.
    test.setTimeout(240_000)
    await page.goto('/explore?l=')
    await waitForMap(page)
    for (const id of LAYERS) {
      await test.step(id, async () => {
        const before = await mapShot(page)
        const toggle = page.locator(`[data-layer="${id}"] input[type=checkbox]`)
        await toggle.check()
        await waitForMap(page, [id])
        await expect(toggle).toBeChecked()
        expect(await changedShare(page, before, await mapShot(page)), `pixels changed by ${id}`).toBeGreaterThan(0.002)
        await screenshot(page, `explore-1920-layer-${id}`)
        await toggle.uncheck()
        await expect(mapEl(page)).toHaveAttribute('data-drawn', '')
        await waitForMap(page)
      })
    }
  })

  test('a failing layer reports its error in the layer control; the map carries on', async ({ page, faults }) => {
    await faults.set({ flowsOd: { kind: 'http500' } })
    await page.goto('/explore?l=schools.gap,flows.od')
    await waitForMap(page, ['schools.gap'])
    await expect(page.locator('[data-layer="flows.od"]')).toContainText('HTTP 500', { timeout: 30_000 })
    await expect(mapEl(page)).toHaveAttribute('data-drawn', 'schools.gap')
  })
})

test.describe('population surfaces as vector tiles', () => {
  test('at street zoom the map fetches MVT tiles of H3 res-9 cells, draws them and explains them', async ({ page }) => {
    test.setTimeout(120_000)
    const tiles: { url: URL; status: number; type: string | undefined; body: Buffer | null }[] = []
    page.on('response', async (res) => {
      const url = new URL(res.url())
      if (!url.pathname.startsWith('/api/v1/density/tiles/')) return
      const body = res.status() === 200 ? await res.body().catch(() => null) : null
      tiles.push({ url, status: res.status(), type: res.headers()['content-type'], body })
    })
    // People's Square at zoom 13, 08:00.
    await page.goto('/explore?l=density.hourly&z=13&c=121.475,31.232&h=8')
    await waitForMap(page, ['density.hourly'])
    expect(await nonBackgroundShare(page, await mapShot(page))).toBeGreaterThan(0.3)
    await screenshot(page, 'explore-1920-density-street-zoom')

    // Only the tiles in view, at zoom 13, with the data version and the hour in their URL.
    const drawn = tiles.filter((t) => t.status === 200)
    expect(drawn.length).toBeGreaterThan(4)
    expect(drawn.length).toBeLessThan(40)
    for (const t of drawn) {
      expect(t.url.pathname).toMatch(/^\/api\/v1\/density\/tiles\/13\/\d+\/\d+\.pbf$/)
      expect(t.url.searchParams.get('hour')).toBe('8')
      expect(t.url.searchParams.get('v')).toMatch(/^\d{4}-\d\d-\d\dT/)
      expect(t.type).toBe('application/vnd.mapbox-vector-tile')
    }
    // What the tiles carry: hexagons of H3 resolution 9 with persons and persons per km².
    const layer = new VectorTile(new PbfReader(drawn.find((t) => t.body)!.body!)).layers.cells!
    expect(layer.length).toBeGreaterThan(100)
    const f = layer.feature(0).properties
    expect(getResolution(String(f.id))).toBe(9)
    expect(typeof f.v === 'number' && typeof f.n === 'number').toBe(true)

    // The legend says what it is, from the validated metadata: demo data, source, as-of, resolutions.
    const legend = page.locator('.map-legend__block[data-layer="density.hourly"]')
    await expect(legend).toContainText('演示数据')
    await expect(legend).toContainText('08:00')
    await expect(legend).toContainText('9 (z12–14)')
    await expect(legend).toContainText('上海市统计局')

    // The tooltip reads the tile's feature under the pointer.
    const box = await mapEl(page).boundingBox()
    if (!box) throw new Error('map has no box')
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2)
    const tip = page.locator('.cdb-map-tooltip')
    await expect(tip).toBeVisible()
    await expect(tip).toContainText(/人数[：:]\s*[\d,.]+/)
    await expect(tip).toContainText(/人口密度（人\/km²）[：:]\s*[\d,]+/)
    await screenshot(page, 'explore-1920-density-street-tooltip')
  })

  test('another hour loads other tiles and keeps the surface drawn', async ({ page }) => {
    test.setTimeout(120_000)
    await page.goto('/explore?l=density.hourly&z=11&c=121.475,31.232&h=8')
    await waitForMap(page, ['density.hourly'])
    const before = await mapShot(page)
    const hours = new Set<string | null>()
    page.on('request', (r) => {
      if (r.url().includes('/density/tiles/')) hours.add(new URL(r.url()).searchParams.get('hour'))
    })
    await page.goto('/explore?l=density.hourly&z=11&c=121.475,31.232&h=3')
    await waitForMap(page, ['density.hourly'])
    expect([...hours]).toEqual(['3'])
    expect(await changedShare(page, before, await mapShot(page)), 'night and morning differ').toBeGreaterThan(0.01)
  })
})

test('the city is framed before it is first drawn, without a camera animation; 全市视图 flies there', async ({ page }) => {
  // Every data-moving value the map reports, from the first: an animated start-up framing drew
  // frames for 800 ms while the map was still loading.
  await page.addInitScript(() => {
    const seen: string[] = ((window as unknown as { __moving: string[] }).__moving = [])
    new MutationObserver(() => {
      const v = document.querySelector<HTMLElement>('.cdb-map')?.dataset.moving
      if (v && v !== seen.at(-1)) seen.push(v)
    }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-moving'] })
  })
  await page.goto('/explore')
  await waitForMap(page, ['schools.gap'])
  const moving = () => page.evaluate(() => (window as unknown as { __moving: string[] }).__moving)
  expect(await moving()).toEqual(['false'])
  // Framed: not the 1920×1080 default camera (zoom 8.60), the city fitted clear of the overlays.
  const framed = await mapEl(page).getAttribute('data-camera')
  expect(framed).not.toMatch(/,8\.60$/)
  await page.getByRole('button', { name: '全市视图' }).click()
  await expect.poll(moving).toContain('true')
  await waitForMap(page)
  await expect(mapEl(page)).toHaveAttribute('data-camera', framed!)
})

test.describe('selection and the URL', () => {
  test('clicking a district selects it for every panel and the URL', async ({ page }) => {
    await page.goto('/explore')
    await waitForMap(page, ['schools.gap'])
    const box = await mapEl(page).boundingBox()
    if (!box) throw new Error('map has no box')
    // The middle of the fitted city lies in a district (Minhang/Xuhui/Pudong at this framing).
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2)
    await expect(page).toHaveURL(/[?&]s=region(:|%3A)3101\d\d/)
    const code = new URL(page.url()).searchParams.get('s')?.split(':')[1]
    await expect(page.getByLabel('区域')).toHaveValue(code ?? '')
    await expect(page.getByRole('region', { name: '常住人口', exact: true })).not.toContainText('2,487.1')
  })

  test('the URL reproduces the view', async ({ page }) => {
    const url = '/explore?c=121.5,31.2&z=10&l=flows.od,schools.facilities&s=region:310115&h=18&y=2030&lv=primary&d=weekend'
    await page.goto(url)
    await waitForMap(page, ['flows.od', 'schools.facilities'])
    const check = async () => {
      await expect(page.locator('[data-layer="flows.od"] input')).toBeChecked()
      await expect(page.locator('[data-layer="schools.facilities"] input')).toBeChecked()
      await expect(page.locator('[data-layer="schools.gap"] input')).not.toBeChecked()
      await expect(page.getByLabel('区域')).toHaveValue('310115')
      await expect(page.getByRole('region', { name: '常住人口', exact: true })).toContainText('568.2')
      await expect(page.locator('.time-control')).toContainText('18:00')
      const q = new URL(page.url()).searchParams
      expect(Object.fromEntries(q)).toEqual(Object.fromEntries(new URL(url, 'http://x').searchParams))
    }
    await check()
    await page.reload()
    await waitForMap(page, ['flows.od'])
    await check()
  })
})

