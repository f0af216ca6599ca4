import { shallowRef, type Ref } from 'vue'

/**
 * The address's query string, the one source of the explore view's state and the wall's options.
 * Replaced in place (no history entry: panning the map must not fill the back button) and followed
 * through the browser's back and forward. Each owner writes only its own keys and keeps the rest.
 */

/** One value per key, or every value when a key repeats (decoders take the first). */
export type UrlQuery = Readonly<Record<string, string | readonly string[]>>

export function parseQuery(search: string): UrlQuery {
  const out: Record<string, string | string[]> = {}
  for (const [k, v] of new URLSearchParams(search)) {
    const had = out[k]
    out[k] = had === undefined ? v : Array.isArray(had) ? [...had, v] : [had, v]
  }
  return out
}

// Commas (layer lists) and colons (selections) stay readable in a shared link.
const encode = (s: string) => encodeURIComponent(s).replace(/%2C/gi, ',').replace(/%3A/gi, ':')

/** `?a=1&b=x,y`, or '' for no keys. */
export function formatQuery(query: UrlQuery): string {
  const parts = Object.entries(query).flatMap(([k, v]) => (typeof v === 'string' ? [v] : v).map((x) => `${encode(k)}=${encode(x)}`))
  return parts.length ? `?${parts.join('&')}` : ''
}

/** `query` without the `owned` keys, plus the defined `values`. */
export function withKeys(query: UrlQuery, owned: readonly string[], values: Readonly<Record<string, string | undefined>>): UrlQuery {
  const out: Record<string, string | readonly string[]> = {}
  for (const [k, v] of Object.entries(query)) if (!owned.includes(k)) out[k] = v
  for (const [k, v] of Object.entries(values)) if (v !== undefined) out[k] = v
  return out
}

let current: Ref<UrlQuery> | null = null

/** The page's query, reactive. */
export function useUrlQuery(): Readonly<Ref<UrlQuery>> {
  if (!current) {
    const query = shallowRef(parseQuery(location.search))
    window.addEventListener('popstate', () => (query.value = parseQuery(location.search)))
    current = query
  }
  return current
}

/** Rewrites the `owned` keys of the address's query to `values` (undefined drops one), keeping the rest. */
export function replaceUrlKeys(owned: readonly string[], values: Readonly<Record<string, string | undefined>>): void {
  const query = useUrlQuery() as Ref<UrlQuery>
  const next = withKeys(query.value, owned, values)
  const search = formatQuery(next)
  if (search === location.search) return
  history.replaceState(history.state, '', `${location.pathname}${search}${location.hash}`)
  query.value = next
}
