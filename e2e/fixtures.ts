import { test as base, expect, type Page } from '@playwright/test'

export type FaultKind = 'latency' | 'http500' | 'http503' | 'timeout' | 'malformed' | 'invalid' | 'empty' | 'hostile'

/** Server-side faults of the mock API, per endpoint name (see mocks/handlers/faults.ts). */
export interface Faults {
  set(faults: Record<string, { kind: FaultKind; ms?: number }>): Promise<void>
  clear(): Promise<void>
}

const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]'])

/**
 * Every test records the requests the page makes and fails if any leaves for another host:
 * the app must work offline (no CDN, tile, font or glyph host).
 */
export const test = base.extend<{ faults: Faults; foreignRequests: string[]; cspViolations: string[] }>({
  foreignRequests: [
    async ({ page }, use) => {
      const foreign: string[] = []
      page.on('request', (req) => {
        const url = new URL(req.url())
        if (url.protocol === 'data:' || url.protocol === 'blob:') return
        if (!LOCAL_HOSTS.has(url.hostname)) foreign.push(req.url())
      })
      await use(foreign)
      expect(foreign, 'requests to hosts other than the app and its API').toEqual([])
    },
    { auto: true },
  ],
  /**
   * The server sends a strict Content-Security-Policy (mocks/csp.ts); every test fails if the page
   * broke it: a `securitypolicyviolation` event in the page, or the console's "Refused to …" report
   * (which also covers workers, whose violations never reach the document).
   */
  cspViolations: [
    async ({ page }, use) => {
      const violations: string[] = []
      await page.exposeBinding('__cspViolation', (_source, text: string) => void violations.push(text))
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (e) => {
          const report = (window as unknown as { __cspViolation?: (t: string) => void }).__cspViolation
          report?.(`${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber} ${e.sample}`)
        })
      })
      page.on('console', (msg) => {
        if (/Content Security Policy/i.test(msg.text())) violations.push(`console: ${msg.text()}`)
      })
      await use(violations)
      expect(violations, 'Content-Security-Policy violations').toEqual([])
    },
    { auto: true },
  ],
  faults: async ({ request }, use) => {
    const faults: Faults = {
      async set(f) {
        const res = await request.post('/__mock/faults', { data: f })
        expect(res.ok()).toBeTruthy()
      },
      async clear() {
        await request.delete('/__mock/faults')
      },
    }
    await faults.clear()
    await use(faults)
    await faults.clear()
  },
})

export { expect }

export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `test-results/screenshots/${name}.png` })
}
