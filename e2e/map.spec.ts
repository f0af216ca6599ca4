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

