import { test, expect, screenshot } from './fixtures'
import type { Page } from '@playwright/test'
import { mapEl, waitForMap } from './map'

// 2020 census total for Shanghai, 24,870,895 residents, as the KPI tile shows it in zh-CN.
const POPULATION_ZH = /2,487\.1\s*万/

const panel = (page: Page, title: string | RegExp) => page.getByRole('region', { name: title, exact: typeof title === 'string' })

test.describe('both routes render real numbers from the mock city', () => {
  for (const route of ['/wall', '/explore']) {
    test(`${route} shows the KPI row`, async ({ page }) => {
      await page.goto(route)
      await expect(panel(page, '常住人口')).toContainText(POPULATION_ZH)
      await expect(panel(page, /学龄儿童/)).toContainText(/\d+(\.\d)?\s*万/)
      await expect(panel(page, '门诊容量利用率')).toContainText(/\d+(\.\d)?\s*%/)
      await expect(panel(page, '预警')).toContainText(/严重 \d+/)
      await expect(page.getByText('演示数据 · demo data').first()).toBeVisible()
      await expect(page.getByText('上海市').first()).toBeVisible()
    })
  }

  test('explore switches to English, fetching its text only then', async ({ page }) => {
    // The English messages are a chunk of their own (src/i18n/en.ts), kept out of the first render.
    const english: string[] = []
    page.on('request', (r) => {
      if (/\/assets\/en-[\w-]+\.js$/.test(r.url())) english.push(r.url())
    })
    await page.goto('/explore')
    await expect(panel(page, '常住人口')).toBeVisible()
    expect(english).toEqual([])
    await page.getByRole('button', { name: 'English' }).click()
    await expect(panel(page, 'Residents')).toContainText(/24\.87\s*M/)
    expect(english).toHaveLength(1)
  })

  test('a ?lang=en link starts in English', async ({ page }) => {
    await page.goto('/wall?lang=en')
    await expect(panel(page, 'Residents')).toBeVisible()
    await expect(page.locator('html')).toHaveAttribute('lang', 'en')
    await expect(page).toHaveTitle('City Data Brain')
  })
})

test.describe('the map keeps its size while the first screen loads', () => {
  // Panels filling in around the map (KPI tiles, the wall's decision and QR code) once shrank it after
  // it was created: a resize reallocates its canvas and draws everything again, late in the start-up.
  for (const route of ['/wall', '/explore']) {
    test(route, async ({ page }) => {
      await page.addInitScript(() => {
        new MutationObserver((_, observer) => {
          const map = document.querySelector<HTMLElement>('.cdb-map')
          if (!map) return
          observer.disconnect()
          document.documentElement.dataset.mapSizeAtStart = `${map.clientWidth}x${map.clientHeight}`
        }).observe(document, { subtree: true, childList: true })
      })
      await page.goto(route)
      await expect(panel(page, '常住人口')).toContainText(POPULATION_ZH)
      await waitForMap(page)
      await expect(page.locator('[aria-busy="true"]')).toHaveCount(0)
      const atStart = await page.locator('html').getAttribute('data-map-size-at-start')
      const now = await mapEl(page).evaluate((el) => `${el.clientWidth}x${el.clientHeight}`)
      expect(now).toBe(atStart)
    })
  }
})

test.describe("the first screen's data is asked for while the view's code loads, and once", () => {
  // Asked for by the components as they mounted, the answers came after the mount's long task; the
  // views now start them as soon as the API is configured (main.ts, each view's prefetchFirstData).
  const cases = [
    { route: '/explore', chunk: 'MapWorkspace', endpoints: ['city', 'regions/boundaries', 'schools/forecast', 'population', 'clinics', 'alerts'] },
    {
      route: '/wall?scene=overview',
      chunk: 'WallMap',
      endpoints: ['city', 'regions/boundaries', 'schools/forecast', 'clinics/forecast', 'flows/forecast', 'population', 'clinics', 'alerts'],
    },
  ]
  for (const { route, chunk, endpoints } of cases) {
    test(route, async ({ page }) => {
      const requested: string[] = []
      page.on('request', (r) => {
        const url = new URL(r.url())
        if (url.pathname.startsWith('/api/v1/')) requested.push(`${url.pathname.slice('/api/v1/'.length)}${url.search}`)
      })
      // The view cannot mount while the map component's code is held back.
      let release = () => {}
      const held = new Promise<void>((resolve) => (release = resolve))
      await page.route(new RegExp(`/assets/${chunk}-[\\w-]+\\.js$`), async (r) => {
        await held
        await r.continue()
      })
      await page.goto(route)
      await expect.poll(() => endpoints.filter((e) => !requested.includes(e)), { timeout: 30_000 }).toEqual([])
      await expect(page.locator('.cdb-map')).toHaveCount(0)
      release()
      await expect(panel(page, '常住人口')).toContainText(POPULATION_ZH)
      await waitForMap(page)
      await expect(page.locator('[aria-busy="true"]')).toHaveCount(0)
      const twice = requested.filter((r, i) => requested.indexOf(r) !== i)
      expect(twice, `asked for twice: ${twice.join(', ')}`).toEqual([])
    })
  }
})

test("the runtime config is fetched from the page's first bytes, once", async ({ page }) => {
  // index.html preloads it; main.ts's fetch must take that response, not ask again (a mismatch in
  // mode or credentials would fetch it twice) and not wait for the app chunk to start asking.
  await page.goto('/explore')
  await expect(panel(page, '常住人口')).toContainText(POPULATION_ZH)
  const entries = await page.evaluate(() =>
    performance.getEntriesByType('resource').filter((e) => new URL(e.name).pathname === '/config.json').map((e) => (e as PerformanceResourceTiming).initiatorType),
  )
  expect(entries).toEqual(['link'])
})

test.describe('a failing endpoint breaks only its own panel', () => {
  test('a schema-invalid payload names the bad field; the rest works', async ({ page, faults }) => {
    await faults.set({ population: { kind: 'invalid' } })
    await page.goto('/explore')
    const tile = panel(page, '常住人口')
    await expect(tile).toContainText('数据不符合接口约定', { timeout: 30_000 })
    await expect(tile).toContainText(/字段 data\.\S+ 无效/)
    await expect(panel(page, '门诊容量利用率')).toContainText(/\d+(\.\d)?\s*%/)
    await expect(panel(page, '预警')).toContainText(/严重 \d+/)
    await screenshot(page, 'explore-1920-population-invalid')
  })

  test('an HTTP 500 shows the error state and the panel recovers by itself', async ({ page, faults }) => {
    test.setTimeout(120_000)
    await faults.set({ alerts: { kind: 'http500' } })
    // Pinned to the overview, whose KPI row holds the alerts tile, for the whole minute.
    await page.goto('/wall?scene=overview')
    const tile = panel(page, '预警')
    await expect(tile).toContainText('HTTP 500', { timeout: 30_000 })
    await expect(panel(page, '常住人口')).toContainText(POPULATION_ZH)
    await screenshot(page, 'wall-1920-alerts-500')
    await faults.clear()
    await expect(tile).toContainText(/严重 \d+/, { timeout: 60_000 })
    await expect(tile).not.toContainText('HTTP 500')
  })

  test('API text is rendered as text, never as markup', async ({ page }) => {
    const hostile = '<img src=x onerror="window.__pwned=1">'
    await page.route('**/api/v1/alerts', async (route) => {
      const res = await route.fetch()
      const body = (await res.json()) as { data: { alerts: { reason: { zh: string } }[] } }
      const first = body.data.alerts[0]
      if (first) first.reason.zh = hostile
      await route.fulfill({ response: res, json: body })
    })
    await page.goto('/wall')
    await expect(page.getByText(hostile).first()).toBeVisible()
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined()
    expect(await page.locator('img[src="x"]').count()).toBe(0)
  })
})

test.describe('screenshots', () => {
  test('wall at 1920×1080 and 3840×2160, explore at 1920×1080', async ({ page }) => {
    test.setTimeout(120_000) // three full renders, one of them at 4K
    await page.goto('/wall')
    await expect(panel(page, '常住人口')).toContainText(POPULATION_ZH)
    await waitForMap(page)
    await screenshot(page, 'wall-1920')
    const [lng, lat, zoom] = (await mapEl(page).getAttribute('data-camera'))!.split(',').map(Number) as [number, number, number]
    await page.setViewportSize({ width: 3840, height: 2160 })
    // Twice the pixels show the same ground one zoom level closer, still centred on the scene (a
    // resize during the flight there once left the city in a corner).
    await expect(mapEl(page)).toHaveAttribute('data-camera', `${lng.toFixed(3)},${lat.toFixed(3)},${(zoom + 1).toFixed(2)}`, { timeout: 30_000 })
    await waitForMap(page)
    await screenshot(page, 'wall-3840')
    await page.setViewportSize({ width: 1920, height: 1080 })
    await page.goto('/explore')
    await expect(panel(page, '常住人口')).toContainText(POPULATION_ZH)
    await waitForMap(page)
    await screenshot(page, 'explore-1920')
  })
})
