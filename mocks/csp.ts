/**
 * The Content-Security-Policy the production app runs under, built from its runtime config: the API
 * address is configured at run time (config.json), so the policy is a response header, not a <meta>.
 * The README shows the same header for nginx.
 */

/** The origin of an absolute http(s) URL; null for a path on the app's own origin or anything else. */
function foreignOrigin(url: string | undefined): string | null {
  if (!url || !/^https?:\/\//i.test(url)) return null
  try {
    return new URL(url).origin
  } catch {
    return null
  }
}

export interface CspConfig {
  /** `apiBaseUrl` from config.json: a path (same origin) or an absolute URL on another origin. */
  apiBaseUrl?: unknown
  /** `basemapStyleUrl` from config.json: MapLibre fetches the style (and what it names) from there. */
  basemapStyleUrl?: unknown
}

export function contentSecurityPolicy(config: CspConfig = {}): string {
  const connect = new Set(["'self'"])
  for (const url of [config.apiBaseUrl, config.basemapStyleUrl]) {
    const origin = foreignOrigin(typeof url === 'string' ? url : undefined)
    if (origin) connect.add(origin)
  }
  return [
    "default-src 'self'",
    // Only the built bundles: no inline script, no eval (vue-i18n, ECharts, MapLibre, comlink and
    // qrcode all run without it).
    "script-src 'self'",
    // MapLibre's worker and the scenario worker are files of the build, started by URL (no blob:).
    "worker-src 'self'",
    // The stylesheets of the build only. Element styles set from script (Vue's :style, ECharts,
    // MapLibre) go through the CSSOM, which style-src does not govern.
    "style-src 'self'",
    // data: for the wall's QR codes (PNG data URLs) and MapLibre's placeholder image.
    "img-src 'self' data:",
    "font-src 'self'",
    `connect-src ${[...connect].join(' ')}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ')
}
