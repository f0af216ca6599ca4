import { z } from 'zod'

/**
 * Runtime configuration, read from /config.json at start-up so one build serves every deployment.
 */
export const RuntimeConfig = z.object({
  /** Base URL of the analytics API, including the version prefix. */
  apiBaseUrl: z.string().min(1).default('/api/v1'),
  /** Optional bearer token; sent in the Authorization header only. */
  apiToken: z.string().optional(),
  /** Serve the API from the in-browser mock (MSW). Ignored by production builds, which carry no mock. */
  mock: z.boolean().default(false),
  /** Optional MapLibre style URL of a self-hosted basemap; the default basemap needs no network. */
  basemapStyleUrl: z.string().optional(),
  requestTimeoutMs: z.number().int().positive().default(15_000),
  /** Minutes after which a panel's data counts as stale (amber) and very stale (red). */
  staleAfterMinutes: z
    .object({ warn: z.number().positive(), alarm: z.number().positive() })
    .default({ warn: 30, alarm: 120 }),
  /** Seconds each wall scene stays on screen. */
  wallSceneSeconds: z.number().positive().default(30),
  /**
   * The wall's playlist: which scenes, in which order, each for how long (default wallSceneSeconds).
   * Absent: every scene in its declared order.
   */
  wallPlaylist: z.array(z.object({ scene: z.string().min(1), seconds: z.number().positive().optional() })).min(1).optional(),
  /** Public address of the explore view for the wall's QR codes (the wall's own address may be internal). */
  publicBaseUrl: z.string().optional(),
  /** Seconds without a rendered frame after which the wall's watchdog reloads the page. */
  watchdogSeconds: z.number().positive().default(120),
  /** Seconds between checks for a new deployment (the wall reloads between scenes when one is found). */
  versionCheckSeconds: z.number().positive().default(300),
  /** Years from the start of construction to a school's first intake: sets the start-by year. */
  buildLeadYears: z.number().int().min(0).max(15).default(3),
  /** Share of seats that demand must fall below for a district to count as a surplus (0.1 = 10 %). */
  schoolSurplusMargin: z.number().min(0).max(1).default(0.1),
  /** Share of daily capacity above which a clinic day is flagged (0.9 = 90 %). */
  clinicLoadThreshold: z.number().positive().max(2).default(0.9),
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
