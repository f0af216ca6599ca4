import type { Page } from '@playwright/test'

export const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))] ?? NaN
const f1 = (x: number) => x.toFixed(1)

/** Durations between animation frames over `ms`, measured in the page. */
export async function frameTimes(page: Page, ms = 5000): Promise<number[]> {
  return page.evaluate(`
    new Promise((resolve) => {
      const out = []
      let last = performance.now()
      const end = last + ${ms}
      const tick = (t) => {
        out.push(t - last)
        last = t
        if (t < end) requestAnimationFrame(tick)
        else resolve(out.slice(1))
      }
      requestAnimationFrame(tick)
    })
  `)
}

export function frameSummary(label: string, xs: number[]): string {
  const mean = xs.reduce((a, b) => a + b, 0) / xs.length
  return `${label.padEnd(34)} ${f1(1000 / mean).padStart(6)} fps   p50 ${f1(pct(xs, 0.5))} ms   p95 ${f1(pct(xs, 0.95))} ms   p99 ${f1(pct(xs, 0.99))} ms   max ${f1(Math.max(...xs))} ms   (${xs.length} frames)`
}
