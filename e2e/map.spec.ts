import { test, expect, screenshot } from './fixtures'
import { changedShare, mapEl, mapShot, nonBackgroundShare, waitForMap } from './map'
import { MAP_LAYER_IDS } from '../src/features/map/layerIds'

// Every layer the registry declares (a unit test keeps this list equal to the registry).
const LAYERS = MAP_LAYER_IDS

test.describe('map layers in explore', () => {
  test('the basemap alone is drawn from the API boundaries', async ({ page }) => {
    await page.goto('/explore?l=')
    await waitForMap(page)
    expect(await nonBackgroundShare(page, await mapShot(page))).toBeGreaterThan(0.2)
  })

  for (const id of LAYERS) {
    test(`toggling ${id} on draws it`, async ({ page }) => {
      await page.goto('/explore?l=')
      await waitForMap(page)
      const before = await mapShot(page)
      await page.locator(`[data-layer="${id}"] input[type=checkbox]`).check()
      await waitForMap(page, [id])
      await expect(page.locator(`[data-layer="${id}"] input[type=checkbox]`)).toBeChecked()
      const after = await mapShot(page)
      expect(await changedShare(page, before, after), `pixels changed by ${id}`).toBeGreaterThan(0.002)
      await screenshot(page, `explore-1920-layer-${id}`)
      await page.setViewportSize({ width: 3840, height: 2160 })
      await waitForMap(page, [id])
      await screenshot(page, `explore-3840-layer-${id}`)
    })
  }

  test('a failing layer reports its error in the layer control; the map carries on', async ({ page, faults }) => {
    await faults.set({ flowsOd: { kind: 'http500' } })
    await page.goto('/explore?l=schools.gap,flows.od')
    await waitForMap(page, ['schools.gap'])
    await expect(page.locator('[data-layer="flows.od"]')).toContainText('HTTP 500', { timeout: 30_000 })
    await expect(mapEl(page)).toHaveAttribute('data-drawn', 'schools.gap')
  })
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

test.describe('wall scenes', () => {
  for (const scene of ['overview', 'schools', 'clinics', 'flows']) {
    test(`scene ${scene} at 3840×2160`, async ({ page }) => {
      await page.setViewportSize({ width: 3840, height: 2160 })
      await page.goto(`/wall?scene=${scene}`)
      await waitForMap(page)
      await expect(page.locator(`[data-scene="${scene}"]`)).toBeVisible()
      await expect.poll(() => mapEl(page).getAttribute('data-drawn')).not.toBe('')
      await waitForMap(page)
      const png = await mapShot(page)
      expect(await nonBackgroundShare(page, png)).toBeGreaterThan(0.2)
      // The canvas renders at the wall's real pixels (CSS size × devicePixelRatio), not a scaled-up image.
      const { pixels, css } = await mapEl(page)
        .locator('canvas')
        .evaluate((c: HTMLCanvasElement) => ({ pixels: c.width, css: c.clientWidth * devicePixelRatio }))
      expect(pixels).toBe(Math.round(css))
      // The map shares the wall with the scene's panels, but is still far wider than a 1920 design would make it.
      expect(pixels).toBeGreaterThan(3840 * 0.35)
      await screenshot(page, `wall-3840-scene-${scene}`)
    })
  }
})
