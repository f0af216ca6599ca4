import { readFile } from 'node:fs/promises'
import type { Locator, Page } from '@playwright/test'
import { test, expect, screenshot } from './fixtures'
import { changedShare } from './map'

const panel = (page: Page, title: RegExp) => page.getByRole('region', { name: title })
const schools = (page: Page) => panel(page, /^学位供需预测/)
const clinics = (page: Page) => panel(page, /^门诊负荷与容量/)
const flows = (page: Page) => panel(page, /^人口流动/)

/**
 * Panels below the first screen load as they come near (ui/LazyPanel.vue): bring each into view. The
 * scroll goes to the wrapper, which stays while the panel replaces its placeholder.
 */
async function scrollTo(...panels: Locator[]): Promise<void> {
  for (const p of panels) {
    const lazy = p.page().locator('.lazy-panel', { has: p })
    await lazy.scrollIntoViewIfNeeded()
    await expect(lazy).toHaveAttribute('data-state', 'ready')
  }
}

/** The decision lines a panel states (plain text, one per line). */
const decisions = (p: Locator) => p.locator('.decision, [data-severity]').first()

async function rowCells(table: Locator): Promise<string[][]> {
  return table.locator('tbody tr').evaluateAll((rows) => rows.map((r) => [...r.querySelectorAll('td,th')].map((c) => (c.textContent ?? '').trim())))
}

test.describe('forecast panels in explore', () => {
  test('selecting a district changes every panel', async ({ page }) => {
    await page.goto('/explore')
    await expect(schools(page)).toContainText('全市')
    await expect(schools(page).locator('.decision').first()).toBeVisible()
    await scrollTo(clinics(page), flows(page))
    const before = {
      schools: await schools(page).locator('.decision').allTextContents(),
      clinics: await decisions(clinics(page)).textContent(),
      flows: await decisions(flows(page)).textContent(),
    }
    await page.getByLabel('区域', { exact: true }).selectOption('310112')
    await expect(page).toHaveURL(/[?&]s=region(:|%3A)310112/)
    for (const p of [schools(page), clinics(page), flows(page)]) await expect(p.getByRole('heading').first()).toContainText('闵行区')
    await expect(schools(page).locator('.decision').first()).toContainText('闵行区 小学学位')
    expect(await schools(page).locator('.decision').allTextContents()).not.toEqual(before.schools)
    await expect.poll(() => decisions(clinics(page)).textContent()).not.toBe(before.clinics)
    await expect.poll(() => decisions(flows(page)).textContent()).not.toBe(before.flows)
    await expect(page.getByRole('region', { name: '常住人口', exact: true })).not.toContainText('2,487.1')

    // A row of the ranking selects its district too.
    await schools(page).getByRole('button', { name: '查看宝山区' }).click()
    await expect(page).toHaveURL(/[?&]s=region(:|%3A)310113/)
    await expect(page.getByLabel('区域', { exact: true })).toHaveValue('310113')
    await expect(clinics(page).getByRole('heading').first()).toContainText('宝山区')
  })

  test('a selected school shows its district in every panel', async ({ page }) => {
    await page.goto('/explore?s=school:sch-310113-p001&l=schools.facilities')
    await expect(schools(page).getByRole('heading').first()).toContainText('宝山区')
    // The panels below load when scrolled to, and take the linked selection as they do.
    await scrollTo(clinics(page), flows(page))
    for (const p of [clinics(page), flows(page)]) {
      await expect(decisions(p)).toBeVisible()
      await expect(p.getByRole('heading').first()).toContainText('宝山区')
    }
    await expect(page.getByLabel('区域', { exact: true })).toHaveValue('310113')
  })

  test('births −10 % moves the gap and the chart, and the shared link reproduces it', async ({ page }) => {
    // Children born after the base year reach primary age (6) from 2032: look at 2035.
    await page.goto('/explore?s=region:310112&lv=primary&y=2035')
    const p = schools(page)
    const gapCell = p.locator('tr[data-region="310112"] td[data-col="gap"]')
    await expect(gapCell).toContainText(/富余|缺口/)
    const gapBefore = (await gapCell.textContent())?.trim()
    const chart = p.locator('.places__chart canvas').first()
    await expect(chart).toBeVisible()
    const chartBefore = await chart.screenshot()
    await expect(p.locator('.places__scenario-line')).toHaveCount(0)

    const births = page.getByRole('slider', { name: '出生人数（基准年后）' })
    await births.focus()
    for (let i = 0; i < 10; i++) await births.press('ArrowLeft')
    await expect(page.getByTestId('scenario-controls').getByText('−10%', { exact: true })).toBeVisible()

    await expect(p.locator('.places__scenario-line').first()).toContainText('闵行区 小学学位')
    await expect(gapCell).not.toHaveText(gapBefore ?? '')
    await expect(gapCell.locator('s')).toHaveText(gapBefore ?? '')
    await expect.poll(async () => changedShare(page, chartBefore, await chart.screenshot())).toBeGreaterThan(0.002)
    await expect(page).toHaveURL(/[?&]sb=-10(&|$)/)
    const scenarioLine = await p.locator('.places__scenario-line').first().textContent()
    const gapAfter = await gapCell.textContent()
    await screenshot(page, 'explore-1920-births-minus-10')

    await page.reload()
    await expect(p.locator('.places__scenario-line').first()).toHaveText(scenarioLine ?? '')
    await expect(gapCell).toHaveText(gapAfter ?? '')
    await expect(page.getByRole('slider', { name: '出生人数（基准年后）' })).toHaveValue('-10')

    await page.getByTestId('scenario-reset').click()
    await expect(p.locator('.places__scenario-line')).toHaveCount(0)
    await expect(page).not.toHaveURL(/sb=/)
  })

  test('a named scenario is kept in the browser and loads back', async ({ page }) => {
    await page.goto('/explore?s=region:310112&sb=-10&slt=4')
    const controls = page.getByTestId('scenario-controls')
    await controls.getByRole('textbox', { name: '情景名称' }).fill('少生一成')
    await controls.getByRole('button', { name: '保存' }).click()
    await page.getByTestId('scenario-reset').click()
    await expect(page).not.toHaveURL(/sb=/)
    await page.reload()
    await controls.getByRole('button', { name: '载入 少生一成' }).click()
    await expect(page).toHaveURL(/sb=-10/)
    await expect(page).toHaveURL(/slt=4/)
    await expect(page.getByRole('slider', { name: '学校建设周期' })).toHaveValue('4')
  })

  test('CSV export holds the numbers the table shows', async ({ page }) => {
    await page.goto('/explore?s=region:310112&lv=junior')
    const frame = schools(page).locator('.places__chart')
    await frame.getByRole('button', { name: '表格' }).click()
    const table = frame.getByRole('table')
    await expect(table).toBeVisible()
    const shown = await rowCells(table)
    expect(shown.length).toBeGreaterThan(10)
    const [download] = await Promise.all([page.waitForEvent('download'), frame.getByRole('button', { name: '导出 CSV' }).click()])
    expect(download.suggestedFilename()).toMatch(/\.csv$/)
    const csv = (await readFile((await download.path())!, 'utf8')).replace(/^\uFEFF/, '')
    const lines = csv.trim().split('\r\n').map((l) => l.split(','))
    expect(lines[0]).toEqual(await table.locator('thead th').allTextContents())
    // Empty cells are blank in the CSV and a dash on screen.
    expect(lines.slice(1)).toEqual(shown.map((r) => r.map((c) => (c === '–' ? '' : c))))

    const [png] = await Promise.all([page.waitForEvent('download'), (async () => {
      await frame.getByRole('button', { name: '图表' }).click()
      await frame.getByRole('button', { name: '导出 PNG' }).click()
    })()])
    const bytes = await readFile((await png.path())!)
    expect(bytes.subarray(1, 4).toString()).toBe('PNG')
  })

  test('a malformed scenario link falls back field by field and says so', async ({ page }) => {
    await page.goto('/explore?sb=abc&sm=0.5&se=99&ss=310112:junior:1200:2029')
    await expect(page.getByTestId('scenario-controls')).toContainText('链接中的部分情景参数无效或超出范围，已按基线处理：出生、入学率')
    await expect(page.getByRole('slider', { name: '年净迁移率' })).toHaveValue('0.5')
    await expect(page.getByTestId('scenario-controls')).toContainText('闵行区 初中 +1200 个学位，2029 年起')
  })
})

test.describe('bad forecasts break only their panel', () => {
  test('a schema-invalid school forecast shows the error in its panel; the rest works', async ({ page, faults }) => {
    await faults.set({ schoolForecast: { kind: 'invalid' } })
    await page.goto('/explore')
    await expect(schools(page)).toContainText('数据不符合接口约定', { timeout: 30_000 })
    await scrollTo(clinics(page), flows(page))
    await expect(decisions(clinics(page))).toBeVisible()
    await expect(decisions(flows(page))).toBeVisible()
    await expect(page.getByRole('region', { name: '常住人口', exact: true })).toContainText('2,487.1')
  })

  test('an inverted band is named in words, not drawn', async ({ page }) => {
    await page.route('**/api/v1/schools/forecast*', async (route) => {
      const res = await route.fetch()
      const body = (await res.json()) as { data: { series: { region: string; level: string; points: { observed: boolean; demand: Record<string, number> }[] }[] } }
      const s = body.data.series.find((x) => x.region === '310112' && x.level === 'junior')
      const p = s?.points.find((x) => !x.observed)
      if (p) p.demand = { p10: 90_000, p50: 50_000, p90: 10_000 }
      await route.fulfill({ response: res, json: body })
    })
    await page.goto('/explore?s=region:310112&lv=junior')
    await expect(schools(page)).toContainText('预测区间无效')
    await expect(schools(page).locator('.places__chart')).toHaveCount(0)
    await expect(schools(page)).toContainText('1 个区数据有误，未列入排名')
    await scrollTo(clinics(page))
    await expect(decisions(clinics(page))).toBeVisible()
  })
})

test.describe('screenshots of the forecast workspace', () => {
  test('each panel at 1920×1080, and the workspace at 1366×768 without sideways scroll', async ({ page }) => {
    await page.goto('/explore?s=region:310112')
    await expect(schools(page).locator('canvas').first()).toBeVisible()
    await scrollTo(clinics(page), flows(page))
    for (const [name, p] of [
      ['schools', schools(page)],
      ['clinics', clinics(page)],
      ['flows', flows(page)],
    ] as const) {
      await expect(p.locator('canvas').first()).toBeVisible()
      await p.scrollIntoViewIfNeeded()
      await p.screenshot({ path: `test-results/screenshots/panel-1920-${name}.png` })
    }
    await screenshot(page, 'explore-1920-minhang')
    // Charts follow their box when the layout changes (Chart.vue watches the box, not vue-echarts).
    const chartBox = schools(page).locator('.chart').first()
    const widths = () => chartBox.evaluate((box) => ({ box: box.clientWidth, canvas: box.querySelector('canvas')!.clientWidth }))
    const at1920 = await widths()
    expect(at1920.canvas).toBe(at1920.box)
    await page.setViewportSize({ width: 1366, height: 768 })
    await expect(schools(page).locator('canvas').first()).toBeVisible()
    await expect.poll(async () => { const w = await widths(); return w.box !== at1920.box && w.canvas === w.box }).toBe(true)
    await screenshot(page, 'explore-1366')
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1366)
    // The panels scroll inside the workspace: nothing in them (screen-reader text included) may stretch
    // the page below the app after the resize, into an empty window to scroll.
    expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(768)
    await page.screenshot({ path: 'test-results/screenshots/explore-1366-full.png', fullPage: true })
  })
})
