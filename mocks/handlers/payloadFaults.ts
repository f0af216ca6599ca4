/** Bad and empty payloads for the `invalid` and `empty` faults, derived from a real response. */
import * as v from 'valibot'

type Json = null | boolean | number | string | Json[] | { [key: string]: Json }

function clone(value: unknown): Json {
  return JSON.parse(JSON.stringify(value)) as Json
}

function isRecord(value: Json | undefined): value is { [key: string]: Json } {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** Path to the first number inside the first element of an array, depth first (a real "count"). */
function findCount(node: Json, path: (string | number)[], inArray: boolean): (string | number)[] | null {
  if (typeof node === 'number') return inArray ? path : null
  if (Array.isArray(node)) {
    const first = node[0]
    return first === undefined ? null : findCount(first, [...path, 0], true)
  }
  if (isRecord(node)) {
    for (const [key, child] of Object.entries(node)) {
      const found = findCount(child, [...path, key], inArray)
      if (found) return found
    }
  }
  return null
}

function setAt(root: Json, path: readonly (string | number)[], value: Json): void {
  let node: Json = root
  for (let i = 0; i < path.length - 1; i++) {
    const key = path[i]
    if (Array.isArray(node) && typeof key === 'number') node = node[key] ?? null
    else if (isRecord(node) && typeof key === 'string') node = node[key] ?? null
  }
  const last = path[path.length - 1]
  if (Array.isArray(node) && typeof last === 'number') node[last] = value
  else if (isRecord(node) && typeof last === 'string') node[last] = value
}

/**
 * Replaces the first count inside `data` with a formatted string ("12,345"), the kind of drift a
 * real backend produces. Returns the body and the dotted path of the broken field.
 */
export function invalidPayload(body: unknown): { body: Json; fieldPath: string } {
  const copy = clone(body)
  const data = isRecord(copy) ? copy.data : undefined
  if (isRecord(copy) && data !== undefined) {
    const path = findCount(data, ['data'], false)
    if (path) {
      setAt(copy, path, '12,345')
      return { body: copy, fieldPath: path.join('.') }
    }
    copy.data = null
  }
  return { body: copy, fieldPath: 'data' }
}

/** Empties every array under `data` (two levels deep) that the schema allows to be empty. */
export function emptyPayload(body: unknown, schema: v.GenericSchema): Json {
  const copy = clone(body)
  if (!isRecord(copy)) return copy
  const data = copy.data ?? null
  if (!isRecord(data)) return copy
  const candidates: [Record<string, Json>, string][] = []
  for (const [key, value] of Object.entries(data)) {
    if (Array.isArray(value)) candidates.push([data, key])
    else if (isRecord(value)) {
      for (const [k2, v2] of Object.entries(value)) if (Array.isArray(v2)) candidates.push([value, k2])
    }
  }
  for (const [owner, key] of candidates) {
    const before = owner[key]
    owner[key] = []
    if (!v.is(schema, copy)) owner[key] = before ?? []
  }
  return copy
}

/**
 * Markup a hostile or broken backend could send in any text field. If any of it ever becomes an
 * element, `window.__xss` is set or an `img[src=x]` / `b` / `svg` appears: e2e/security.spec.ts looks.
 */
export const HOSTILE_MARKUP = '<img src=x onerror="window.__xss=1"><b>bold</b><svg onload="window.__xss=1"></svg>'

/**
 * Text that breaks layouts and neighbours: an unterminated right-to-left override and isolate (they
 * reverse whatever follows unless the text is bidi-isolated), emoji joined with ZWJ, rich-text and
 * message-format syntax, and a long run without spaces.
 */
export function hostileText(original: string): string {
  const long = '长'.repeat(40) + 'W'.repeat(40)
  return `${original}\u2066 ${HOSTILE_MARKUP} 👩‍👩‍👧‍👦🏳️‍🌈 {a|rich} @:app.title | ${long} \u202E`
}

const HOSTILE_KEYS = new Set(['attribution', 'nameZh', 'nameEn', 'when'])

function isLocalizedText(node: Json): node is { zh: string; en: string } {
  return isRecord(node) && Object.keys(node).length === 2 && typeof node.zh === 'string' && typeof node.en === 'string'
}

function hostileNode(node: Json, key: string | null, parentKey: string | null): Json {
  if (typeof node === 'string') return HOSTILE_KEYS.has(key ?? '') || parentKey === 'units' ? hostileText(node) : node
  if (Array.isArray(node)) return node.map((child) => hostileNode(child, null, key))
  if (isLocalizedText(node)) return { zh: hostileText(node.zh), en: hostileText(node.en) }
  if (isRecord(node)) return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, hostileNode(v, k, key)]))
  return node
}

/**
 * Every free-text field of a response (names, city name, source, 口径, units, method, alert reasons
 * and dates, attribution, boundary names) made hostile, still valid per the contract.
 */
export function hostilePayload(body: unknown): Json {
  return hostileNode(clone(body), null, null)
}
