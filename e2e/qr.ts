import jsQR from 'jsqr'
import type { Page } from '@playwright/test'

/** The QR code's text, decoded from a screenshot of it (as a phone camera would see it). */
export async function decodeQr(page: Page): Promise<string | null> {
  // The image, not its placeholder: the code is drawn once the map is.
  const png = await page.locator('img.wall-qr__code').screenshot()
  // The browser turns the PNG into pixels; jsQR reads them here, in Node.
  const img = await page.evaluate(async (b64) => {
    const el = new Image()
    el.src = `data:image/png;base64,${b64}`
    await el.decode()
    const ctx = new OffscreenCanvas(el.width, el.height).getContext('2d')!
    ctx.drawImage(el, 0, 0)
    return { width: el.width, height: el.height, data: Array.from(ctx.getImageData(0, 0, el.width, el.height).data) }
  }, png.toString('base64'))
  return jsQR(new Uint8ClampedArray(img.data), img.width, img.height)?.data ?? null
}
