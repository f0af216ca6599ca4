import { expect, type Page } from '@playwright/test'

/** The session's one map container; MapController reports `data-drawn` and `data-loaded` on it. */
export const mapEl = (page: Page) => page.locator('.cdb-map')

/** Waits until every given layer is drawn, the map has loaded all it was asked for and the camera is at rest. */
export async function waitForMap(page: Page, layers: readonly string[] = []): Promise<void> {
  const el = mapEl(page)
  await expect(el).toHaveAttribute('data-loaded', 'true', { timeout: 30_000 })
  for (const id of layers) await expect(el).toHaveAttribute('data-drawn', new RegExp(`(^|,)${id.replace('.', '\\.')}(,|$)`))
  await expect(el).toHaveAttribute('data-moving', 'false', { timeout: 30_000 })
  await expect(el).toHaveAttribute('data-loaded', 'true', { timeout: 30_000 })
  // Two frames, so the canvas shows the final state of the move.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))))
}

export async function mapShot(page: Page): Promise<Buffer> {
  return mapEl(page).locator('canvas').screenshot()
}

/**
 * Decodes PNG screenshots in the page and returns the share of pixels that are not the most common
 * colour (a blank canvas scores ~0) and, given a second image, the share that differ visibly.
 */
async function pixelStats(page: Page, a: Buffer, b?: Buffer): Promise<{ nonBackground: number; changed: number }> {
  return page.evaluate(
    async ([a64, b64]) => {
      const pixels = async (data: string) => {
        const img = new Image()
        img.src = `data:image/png;base64,${data}`
        await img.decode()
        const ctx = new OffscreenCanvas(img.width, img.height).getContext('2d')
        if (!ctx) throw new Error('no 2d context')
        ctx.drawImage(img, 0, 0)
        return ctx.getImageData(0, 0, img.width, img.height).data
      }
      const pa = await pixels(a64)
      const n = pa.length / 4
      const counts = new Map<number, number>()
      for (let i = 0; i < pa.length; i += 4) {
        const key = ((pa[i]! >> 3) << 10) | ((pa[i + 1]! >> 3) << 5) | (pa[i + 2]! >> 3)
        counts.set(key, (counts.get(key) ?? 0) + 1)
      }
      const nonBackground = 1 - Math.max(...counts.values()) / n
      if (!b64) return { nonBackground, changed: 0 }
      const pb = await pixels(b64)
      if (pb.length !== pa.length) return { nonBackground, changed: 1 }
      let changed = 0
      for (let i = 0; i < pa.length; i += 4) {
        const d = Math.abs(pa[i]! - pb[i]!) + Math.abs(pa[i + 1]! - pb[i + 1]!) + Math.abs(pa[i + 2]! - pb[i + 2]!)
        if (d > 40) changed++
      }
      return { nonBackground, changed: changed / n }
    },
    [a.toString('base64'), b?.toString('base64') ?? null] as const,
  )
}

/** Share of pixels that differ visibly between two screenshots of the same size. */
export async function changedShare(page: Page, a: Buffer, b: Buffer): Promise<number> {
  return (await pixelStats(page, a, b)).changed
}

/** Share of pixels that are not the most common colour: a blank canvas scores ~0. */
export async function nonBackgroundShare(page: Page, png: Buffer): Promise<number> {
  return (await pixelStats(page, png)).nonBackground
}
