import AxeBuilder from '@axe-core/playwright'
import type { Result } from 'axe-core'
import type { Page } from '@playwright/test'
import { test, expect, screenshot } from './fixtures'
import { mapEl } from './map'

/** WCAG 2.0, 2.1 and 2.2, levels A and AA. */
const WCAG_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']

const panel = (page: Page, title: RegExp) => page.getByRole('region', { name: title })

/** One line per rule and node, so a failure (or a moderate finding) says what and where. */
function describe(results: Result[]): string[] {
  return results.flatMap((r) =>
    r.nodes.map((n) => `${r.impact ?? '?'} ${r.id}: ${n.target.join(' ')} — ${n.failureSummary?.split('\n').slice(1).join(' ').trim() ?? r.help}`),
  )
}

/**
 * Runs axe over the whole page. Serious and critical violations fail the test; moderate and minor
 * ones are printed, so they stay visible without blocking.
 */
async function audit(page: Page, name: string): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_AA).analyze()
  const blocking = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
  const other = violations.filter((v) => !blocking.includes(v))
  for (const line of describe(other)) console.log(`[axe ${name}] ${line}`)
  for (const line of describe(blocking)) console.log(`[axe ${name}] ${line}`)
  expect(describe(blocking), `${name}: serious or critical axe violations`).toEqual([])
}

/** Explore's first screen with its numbers in: KPI tiles, the places forecast's decision, the map's layers loaded. */
async function firstScreenReady(page: Page): Promise<void> {
  // The first answer can take a while on a loaded machine; after it the rest follow quickly.
  await expect(page.getByRole('region', { name: '常住人口', exact: true })).toContainText(/\d/, { timeout: 60_000 })
  await expect(panel(page, /^学位供需预测/).locator('.decision').first()).toBeVisible()
  await expect(mapEl(page)).toHaveAttribute('data-loaded', 'true', { timeout: 30_000 })
}

/** And every panel below it, scrolled to (they load as they come near): their decisions and alerts in. */
async function exploreReady(page: Page): Promise<void> {
  await firstScreenReady(page)
  // The scroll goes to the wrapper, which stays while the panel replaces its placeholder.
  const lazy = (title: RegExp) => page.locator('.lazy-panel', { has: panel(page, title) })
  for (const title of [/^门诊负荷与容量/, /^人口流动/]) {
    await lazy(title).scrollIntoViewIfNeeded()
    await expect(panel(page, title).locator('.decision, [data-severity]').first()).toBeVisible()
  }
  await lazy(/^预警列表/).scrollIntoViewIfNeeded()
  await expect(panel(page, /^预警列表/).getByRole('listitem').first()).toBeVisible()
}

async function useTheme(page: Page, theme: 'light' | 'dark'): Promise<void> {
  await page.getByRole('button', { name: theme === 'dark' ? '深色' : '浅色' }).click()
  await expect(page.locator('.explore')).toHaveAttribute('data-theme', theme)
}

test.describe('axe: no serious or critical WCAG A/AA violations', () => {
  // axe walks the whole page (tables, charts, the map's DOM); a loaded machine needs the room.
  test.setTimeout(300_000)
  for (const theme of ['light', 'dark'] as const) {
    test(`explore, ${theme} theme, default layers and a selected district`, async ({ page }) => {
      await page.goto('/explore')
      await useTheme(page, theme)
      await exploreReady(page)
      await audit(page, `explore ${theme}`)

      await page.getByLabel('区域', { exact: true }).selectOption('310112')
      await expect(page).toHaveURL(/[?&]s=region(:|%3A)310112/)
      for (const p of [/^学位供需预测/, /^门诊负荷与容量/, /^人口流动/]) await expect(panel(page, p).getByRole('heading').first()).toContainText('闵行区')
      await exploreReady(page)
      await audit(page, `explore ${theme} 闵行区`)
    })
  }

  test('explore on a phone (390×844)', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 })
    await page.goto('/explore?s=region:310112')
    await exploreReady(page)
    await audit(page, 'explore 390')
  })
})

test.describe('axe on the wall', () => {
  // Scenes swap without their fade, so axe never judges a colour mid-transition.
  test.use({ reducedMotion: 'reduce' })
  test.setTimeout(300_000)
  test('wall, every scene (stepped with its number keys)', async ({ page }) => {
    await page.goto('/wall?scene=overview')
    const wall = page.locator('.wall')
    await expect(wall).toHaveAttribute('data-scene', 'overview', { timeout: 60_000 })
    for (const [i, scene] of (['overview', 'schools', 'clinics', 'flows'] as const).entries()) {
      await page.keyboard.press(String(i + 1))
      await expect(wall).toHaveAttribute('data-scene', scene)
      if (scene !== 'overview') await expect(page.locator('.wall__headline .decision')).toHaveAttribute('data-decision-id', new RegExp(`^${scene}:`))
      await expect(page.locator('.wall__panels .panel__content, .wall__panels .wall-card').first()).toBeVisible()
      await expect(page.locator('.wall__panels')).toHaveCSS('opacity', '1')
      await expect(page.locator('.wall-headline__body')).toHaveCSS('opacity', '1')
      await expect(mapEl(page)).toHaveAttribute('data-loaded', 'true', { timeout: 30_000 })
      await audit(page, `wall ${scene}`)
    }
  })
})

test.describe('colour is never the only carrier', () => {
  test.setTimeout(180_000)

  test('shortfall and surplus read in word and sign: ranking, legend and decisions', async ({ page }) => {
    await page.goto('/explore')
    await exploreReady(page)
    const gaps = await panel(page, /^学位供需预测/).locator('td[data-col="gap"]').allTextContents()
    expect(gaps.length).toBeGreaterThan(10)
    for (const g of gaps) expect(g.trim()).toMatch(/^(缺口 \+[\d,]+|富余 −[\d,]+|0|—)$/)
    expect(gaps.some((g) => g.includes('缺口')) || gaps.some((g) => g.includes('富余'))).toBe(true)
    // The gap legend says which end is which in words; the ramp's colours are not left to do it.
    const legend = page.locator('.map-legend__block[data-layer="schools.gap"]')
    await expect(legend.locator('.map-legend__ends')).toHaveText(/◀ 缺口\s*富余 ▶/)
    await screenshot(page, 'a11y-explore-gap-legend')
    // Every decision line leads with its severity as a word.
    for (const sev of await page.locator('.decision .decision__sev').allTextContents()) expect(sev.trim()).not.toBe('')
  })
})

/** What Tab landed on: a name a person would recognise, and whether it can be seen with its focus ring. */
interface Stop {
  what: string
  visible: boolean
  /** Why it is not visible: where its box was, or what covered it. */
  why: string
  ring: boolean
}

/**
 * Notes every focusable element's unfocused outline and shadow, so a stop can tell whether focus
 * changed how it looks (a focus ring that matches the resting style is no ring). Called again when a
 * panel has loaded, it adds the panel's elements and keeps what it noted before.
 */
async function noteRestingLook(page: Page): Promise<void> {
  await page.evaluate(() => {
    const look = (el: Element) => {
      const s = getComputedStyle(el)
      return `${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor} | ${s.boxShadow} | ${s.borderColor} | ${s.backgroundColor}`
    }
    const w = window as unknown as { __a11yResting?: WeakMap<Element, string> }
    const resting = w.__a11yResting ?? new WeakMap<Element, string>()
    for (const el of document.querySelectorAll('a[href], button, input, select, textarea, summary, [tabindex]')) {
      if (!resting.has(el) && el !== document.activeElement) resting.set(el, look(el))
    }
    Object.assign(window, { __a11yLook: look, __a11yResting: resting })
  })
}

/**
 * A panel below the first screen loads when Tab reaches its placeholder. A person waits for it to
 * appear before tabbing on, and so does the test: otherwise, on a slow machine, Tab would pass the
 * placeholder while the panel is still loading and never reach the panel's controls.
 */
async function waitForTabbedPanel(page: Page): Promise<void> {
  const index = await page.evaluate(() =>
    [...document.querySelectorAll('.lazy-panel')].findIndex((p) => document.activeElement?.classList.contains('lazy-panel__placeholder') && p.contains(document.activeElement)),
  )
  if (index < 0) return
  const lazyPanel = page.locator('.lazy-panel').nth(index)
  await expect(lazyPanel).toHaveAttribute('data-state', 'ready')
  await expect(lazyPanel.locator(':scope > *').first()).toBeVisible()
  await noteRestingLook(page)
}

/** The focused element, checked: on screen, not covered, and drawn differently from when it rests. */
async function focusedStop(page: Page): Promise<Stop | null> {
  return page.evaluate(() => {
    const el = document.activeElement
    if (!el || el === document.body) return null
    const w = window as unknown as { __a11yLook: (e: Element) => string; __a11yResting: WeakMap<Element, string> }
    const label = el.getAttribute('aria-label') ?? (el.id ? document.querySelector(`label[for="${el.id}"]`)?.textContent : null) ?? el.closest('label')?.textContent ?? el.textContent ?? ''
    const what = `${el.tagName.toLowerCase()}${el.getAttribute('type') ? `[${el.getAttribute('type')}]` : ''} "${label.trim().replace(/\s+/g, ' ').slice(0, 40)}"`
    const r = el.getBoundingClientRect()
    const onScreen = r.width > 0 && r.height > 0 && r.bottom > 0 && r.right > 0 && r.top < innerHeight && r.left < innerWidth
    // Whatever is drawn at the centre of the box is the element, inside it, or its label.
    const cx = Math.min(Math.max(r.left + r.width / 2, 0), innerWidth - 1)
    const cy = Math.min(Math.max(r.top + r.height / 2, 0), innerHeight - 1)
    const hit = document.elementFromPoint(cx, cy)
    const uncovered = !!hit && (el.contains(hit) || hit.contains(el) || hit.closest('label')?.contains(el) === true)
    const shown = el.checkVisibility({ opacityProperty: true, visibilityProperty: true })
    const visible = onScreen && uncovered && shown
    const box = `box ${Math.round(r.left)},${Math.round(r.top)} ${Math.round(r.width)}×${Math.round(r.height)} in ${innerWidth}×${innerHeight}`
    const cover = hit ? `${hit.tagName.toLowerCase()}.${[...hit.classList].join('.')}` : 'nothing'
    const why = !onScreen ? `off screen: ${box}` : !uncovered ? `covered by ${cover}: ${box}` : !shown ? 'hidden by opacity or visibility' : ''
    const resting = w.__a11yResting.get(el) ?? 'none 0px | none'
    return { what, visible, why, ring: w.__a11yLook(el) !== resting }
  })
}

test.describe('keyboard', () => {
  test.setTimeout(300_000)

  test('Tab reaches every explore control, each on screen with a visible focus', async ({ page }) => {
    await page.goto('/explore')
    // Only the first screen: the panels below must load on the way, as Tab reaches them.
    await firstScreenReady(page)
    await noteRestingLook(page)
    const stops: Stop[] = []
    for (let i = 0; i < 400; i++) {
      await page.keyboard.press('Tab')
      await waitForTabbedPanel(page)
      const stop = await focusedStop(page)
      if (!stop || (stops.length > 0 && stop.what === stops[0]!.what && i > 5)) break
      stops.push(stop)
    }
    const names = stops.map((s) => s.what).join('\n')
    console.log(`[keyboard] ${stops.length} tab stops:\n${names}`)
    expect(stops.filter((s) => !s.visible).map((s) => `${s.what}: ${s.why}`), 'focused but not visible').toEqual([])
    expect(stops.filter((s) => !s.ring).map((s) => s.what), 'focused without a visible focus indicator').toEqual([])
    // The controls a planner needs are all in the sequence.
    for (const name of ['跳到主要内容', '中文', 'English', '浅色', '深色', '区域', '出生人数（基准年后）', '学位缺口', '预测年份', '查看宝山区', '表格', '导出 CSV', '预警列表']) {
      expect(names, `Tab reaches "${name}"`).toContain(name)
    }
    // Every panel below the first screen loaded on the way.
    await expect(page.locator('.lazy-panel[data-state="ready"]')).toHaveCount(3)
  })

  test('the key explore controls work from the keyboard', async ({ page }) => {
    await page.goto('/explore')
    await exploreReady(page)

    // A layer toggle: Space.
    const facilities = page.locator('[data-layer="schools.facilities"] input')
    await facilities.focus()
    await page.keyboard.press('Space')
    await expect(facilities).toBeChecked()
    await expect(page).toHaveURL(/[?&]l=[^&]*schools\.facilities/)

    // The forecast year: arrow keys.
    const year = page.getByRole('slider', { name: '预测年份' })
    const yearBefore = Number(await year.inputValue())
    await year.focus()
    await page.keyboard.press('ArrowRight')
    await expect(year).toHaveValue(String(yearBefore + 1))
    await expect(page).toHaveURL(new RegExp(`[?&]y=${yearBefore + 1}(&|$)`))

    // A scenario slider: arrow keys change the value and the URL.
    const births = page.getByRole('slider', { name: '出生人数（基准年后）' })
    await births.focus()
    await page.keyboard.press('ArrowLeft')
    await page.keyboard.press('ArrowLeft')
    await expect(births).toHaveValue('-2')
    await expect(page).toHaveURL(/[?&]sb=-2(&|$)/)

    // A ranking row: Enter selects its district.
    const schools = panel(page, /^学位供需预测/)
    await schools.getByRole('button', { name: '查看宝山区' }).focus()
    await page.keyboard.press('Enter')
    await expect(page).toHaveURL(/[?&]s=region(:|%3A)310113/)
    await expect(page.getByLabel('区域', { exact: true })).toHaveValue('310113')

    // The chart's table view and CSV export.
    const frame = schools.locator('.places__chart')
    await frame.getByRole('button', { name: '表格' }).focus()
    await page.keyboard.press('Enter')
    await expect(frame.getByRole('table')).toBeVisible()
    await frame.getByRole('button', { name: '导出 CSV' }).focus()
    const [csv] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')])
    expect(csv.suggestedFilename()).toMatch(/\.csv$/)

    // Theme and language.
    await page.getByRole('button', { name: '深色' }).focus()
    await page.keyboard.press('Enter')
    await expect(page.locator('.explore')).toHaveAttribute('data-theme', 'dark')
    await page.getByRole('button', { name: 'English' }).focus()
    await page.keyboard.press('Space')
    await expect(page.getByRole('button', { name: 'Dark' })).toHaveAttribute('aria-pressed', 'true')
    await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  })
})
