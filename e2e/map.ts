import { expect, type Page } from '@playwright/test'

/** The session's one map container; MapController reports `data-drawn` and `data-loaded` on it. */
export const mapEl = (page: Page) => page.locator('.cdb-map')

/** Waits until every given layer is drawn and the map has loaded all it was asked for. */
export async function waitForMap(page: Page, layers: readonly string[] = []): Promise<void> {
  const el = mapEl(page)
  await expect(el).toHaveAttribute('data-loaded', 'true', { timeout: 30_000 })
  for (const id of layers) await expect(el).toHaveAttribute('data-drawn', new RegExp(`(^|,)${id.replace('.', '\\.')}(,|$)`))
  await expect(el).toHaveAttribute('data-loaded', 'true', { timeout: 30_000 })
  // Camera easing (fit to city) and a few frames.
  await page.waitForTimeout(1200)
}

export async function mapShot(page: Page): Promise<Buffer> {
  return mapEl(page).locator('canvas').screenshot()
}

/** Share of pixels that differ visibly between two PNG screenshots of the same size (decoded in the page). */
export async function changedShare(page: Page, a: Buffer, b: Buffer): Promise<number> {
  return page.evaluate(
    async ([a64, b64]) => {
      const pixels = async (b64: string) => {
        const img = new Image()
        img.src = `data:image/png;base64,${b64}`
        await img.decode()
        const ctx = new OffscreenCanvas(img.width, img.height).getContext('2d')
        if (!ctx) throw new Error('no 2d context')
        ctx.drawImage(img, 0, 0)
        return ctx.getImageData(0, 0, img.width, img.height).data
      }
      const [pa, pb] = await Promise.all([pixels(a64), pixels(b64)])
      if (pa.length !== pb.length) return 1
      let changed = 0
      for (let i = 0; i < pa.length; i += 4) {
        const d = Math.abs(pa[i]! - pb[i]!) + Math.abs(pa[i + 1]! - pb[i + 1]!) + Math.abs(pa[i + 2]! - pb[i + 2]!)
        if (d > 40) changed++
      }
      return changed / (pa.length / 4)
    },
    [a.toString('base64'), b.toString('base64')] as const,
  )
}

/** Share of pixels that are not the most common colour: a blank canvas scores ~0. */
export async function nonBackgroundShare(page: Page, png: Buffer): Promise<number> {
  return page.evaluate(async (b64) => {
    const img = new Image()
    img.src = `data:image/png;base64,${b64}`
    await img.decode()
    const ctx = new OffscreenCanvas(img.width, img.height).getContext('2d')
    if (!ctx) throw new Error('no 2d context')
    ctx.drawImage(img, 0, 0)
    const d = ctx.getImageData(0, 0, img.width, img.height).data
    const counts = new Map<number, number>()
    for (let i = 0; i < d.length; i += 4) {
      const key = ((d[i]! >> 3) << 10) | ((d[i + 1]! >> 3) << 5) | (d[i + 2]! >> 3)
      counts.set(key, (counts.get(key) ?? 0) + 1)
    }
    const top = Math.max(...counts.values())
    return 1 - top / (d.length / 4)
  }, png.toString('base64'))
}
