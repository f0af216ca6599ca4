/** Bad and empty payloads for the `invalid` and `empty` faults, derived from a real response. */
import type { z } from 'zod'

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
export function emptyPayload(body: unknown, schema: z.ZodType): Json {
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
    if (!schema.safeParse(copy).success) owner[key] = before ?? []
  }
  return copy
}
