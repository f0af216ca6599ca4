import { z } from './zod'

/**
 * Runtime configuration, read from /config.json at start-up so one build serves every deployment.
 */
export const RuntimeConfig = z.object({
  /** Base URL of the analytics API, including the version prefix. */
  apiBaseUrl: z._default(z.string().check(z.minLength(1)), '/api/v1'),
  /** Optional bearer token; sent in the Authorization header only. */
  apiToken: z.optional(z.string()),
  /** Serve the API from the in-browser mock (MSW). Ignored by production builds, which carry no mock. */
  mock: z._default(z.boolean(), false),
  /** Optional MapLibre style URL of a self-hosted basemap; the default basemap needs no network. */
  basemapStyleUrl: z.optional(z.string()),
  requestTimeoutMs: z._default(z.int().check(z.positive()), 15_000),
  /** Minutes after which a panel's data counts as stale (amber) and very stale (red). */
  staleAfterMinutes: z._default(z.object({ warn: z.number().check(z.positive()), alarm: z.number().check(z.positive()) }), {
    warn: 30,
    alarm: 120,
  }),
  /** Seconds each wall scene stays on screen. */
  wallSceneSeconds: z._default(z.number().check(z.positive()), 30),
  /**
   * The wall's playlist: which scenes, in which order, each for how long (default wallSceneSeconds).
   * Absent: every scene in its declared order.
   */
  wallPlaylist: z.optional(
    z.array(z.object({ scene: z.string().check(z.minLength(1)), seconds: z.optional(z.number().check(z.positive())) })).check(z.minLength(1)),
  ),
  /** Public address of the explore view for the wall's QR codes (the wall's own address may be internal). */
  publicBaseUrl: z.optional(z.string()),
  /** Seconds without a rendered frame after which the wall's watchdog reloads the page. */
  watchdogSeconds: z._default(z.number().check(z.positive()), 120),
  /** Seconds between checks for a new deployment (the wall reloads between scenes when one is found). */
  versionCheckSeconds: z._default(z.number().check(z.positive()), 300),
  /** Years from the start of construction to a school's first intake: sets the start-by year. */
  buildLeadYears: z._default(z.int().check(z.minimum(0), z.maximum(15)), 3),
  /** Share of seats that demand must fall below for a district to count as a surplus (0.1 = 10 %). */
  schoolSurplusMargin: z._default(z.number().check(z.minimum(0), z.maximum(1)), 0.1),
  /** Share of daily capacity above which a clinic day is flagged (0.9 = 90 %). */
  clinicLoadThreshold: z._default(z.number().check(z.positive(), z.maximum(2)), 0.9),
})
export type RuntimeConfig = z.infer<typeof RuntimeConfig>

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
  const parsed = RuntimeConfig.safeParse(body)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    throw new ConfigError(`${url}: ${issue?.path.join('.') || '(root)'} ${issue?.message ?? 'is invalid'}`)
  }
  return parsed.data
}
