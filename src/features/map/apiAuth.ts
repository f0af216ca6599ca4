/**
 * MapLibre fetches tiles itself (in its workers), so the API's bearer token has to reach those
 * requests through `transformRequest`: in the Authorization header, never in the URL, and only for
 * URLs under the configured API base (a basemap or a third-party tile host gets nothing).
 */
export function apiRequestAuth(
  apiBaseUrl: string,
  token: string | undefined,
  pageUrl: string,
): ((url: string) => { url: string; headers?: Record<string, string> }) | undefined {
  if (!token) return undefined
  const prefix = new URL(apiBaseUrl.replace(/\/*$/, '/'), pageUrl).href
  return (url) => (url.startsWith(prefix) ? { url, headers: { Authorization: `Bearer ${token}` } } : { url })
}
