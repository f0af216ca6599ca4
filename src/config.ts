import * as v from 'valibot'

/**
 * Runtime configuration, read from /config.json at start-up so one build serves every deployment.
 */
export const RuntimeConfig = v.object({
  /** Base URL of the analytics API, including the version prefix. */
  apiBaseUrl: v.optional(v.pipe(v.string(), v.minLength(1)), '/api/v1'),
  /** Optional bearer token; sent in the Authorization header only. */
  apiToken: v.optional(v.string()),
  /** Serve the API from the in-browser mock (MSW). Ignored by production builds, which carry no mock. */
  mock: v.optional(v.boolean(), false),
  /** Optional MapLibre style URL of a self-hosted basemap; the default basemap needs no network. */
  basemapStyleUrl: v.optional(v.string()),
  requestTimeoutMs: v.optional(v.pipe(v.number(), v.safeInteger(), v.gtValue(0)), 15_000),
  /** Minutes after which a panel's data counts as stale (amber) and very stale (red). */
  staleAfterMinutes: v.optional(v.object({ warn: v.pipe(v.number(), v.gtValue(0)), alarm: v.pipe(v.number(), v.gtValue(0)) }), {
    warn: 30,
    alarm: 120,
  }),
  /** Seconds each wall scene stays on screen. */
  wallSceneSeconds: v.optional(v.pipe(v.number(), v.gtValue(0)), 30),
  /**
   * The wall's playlist: which scenes, in which order, each for how long (default wallSceneSeconds).
   * Absent: every scene in its declared order.
   */
  wallPlaylist: v.optional(
    v.pipe(v.array(v.object({ scene: v.pipe(v.string(), v.minLength(1)), seconds: v.optional(v.pipe(v.number(), v.gtValue(0))) })), v.minLength(1)),
  ),
  /** Public address of the explore view for the wall's QR codes (the wall's own address may be internal). */
  publicBaseUrl: v.optional(v.string()),
  /** Seconds without a rendered frame after which the wall's watchdog reloads the page. */
  watchdogSeconds: v.optional(v.pipe(v.number(), v.gtValue(0)), 120),
  /** Seconds between checks for a new deployment (the wall reloads between scenes when one is found). */
  versionCheckSeconds: v.optional(v.pipe(v.number(), v.gtValue(0)), 300),
  /** Years from the start of construction to a school's first intake: sets the start-by year. */
  buildLeadYears: v.optional(v.pipe(v.number(), v.safeInteger(), v.minValue(0), v.maxValue(15)), 3),
  /** Share of seats that demand must fall below for a district to count as a surplus (0.1 = 10 %). */
  schoolSurplusMargin: v.optional(v.pipe(v.number(), v.minValue(0), v.maxValue(1)), 0.1),
  /** Share of daily capacity above which a clinic day is flagged (0.9 = 90 %). */
  clinicLoadThreshold: v.optional(v.pipe(v.number(), v.gtValue(0), v.maxValue(2)), 0.9),
})
export type RuntimeConfig = v.InferOutput<typeof RuntimeConfig>

export class ConfigError extends Error {
  override readonly name = 'ConfigError'
}

export async function loadConfig(
  url = '/config.json',
  doFetch: typeof fetch = (input, init) => globalThis.fetch(input, init),
): Promise<RuntimeConfig> {
  let body: unknown
  try {
    // In a build, index.html's preload of the same URL answers this (see vite.config.ts).
    const res = await doFetch(url, { cache: 'no-store' })
    if (!res.ok) throw new ConfigError(`${url}: HTTP ${res.status}`)
    body = await res.json()
  } catch (e) {
    if (e instanceof ConfigError) throw e
    throw new ConfigError(`${url}: ${e instanceof Error ? e.message : String(e)}`)
  }
  const parsed = v.safeParse(RuntimeConfig, body)
  if (!parsed.success) {
    const [issue] = parsed.issues
    throw new ConfigError(`${url}: ${v.getDotPath(issue) || '(root)'} ${issue.message}`)
  }
  return parsed.output
}
