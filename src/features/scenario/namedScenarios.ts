/**
 * Named scenarios a planner keeps in this browser. Stored as the scenario's URL fields, so loading
 * one is the same as opening its link, and a stored value is decoded (and range-checked) like any
 * link. Pure list operations; storage is the caller's.
 */
export interface NamedScenario {
  name: string
  query: Record<string, string>
}

export const MAX_NAME = 40
export const MAX_SAVED = 30

export function cleanName(raw: string): string {
  return raw.replace(/[\u0000-\u001f\u007f]/g, '').trim().slice(0, MAX_NAME)
}

/** Adds or replaces by name, newest first, capped. */
export function saveNamed(list: readonly NamedScenario[], name: string, query: Record<string, string>): NamedScenario[] {
  const n = cleanName(name)
  if (!n) return [...list]
  return [{ name: n, query }, ...list.filter((s) => s.name !== n)].slice(0, MAX_SAVED)
}

export function removeNamed(list: readonly NamedScenario[], name: string): NamedScenario[] {
  return list.filter((s) => s.name !== name)
}

/** Whatever storage held: keep only well-formed entries (storage can be edited by hand). */
export function parseStored(value: unknown): NamedScenario[] {
  if (!Array.isArray(value)) return []
  return value
    .filter(
      (v): v is NamedScenario =>
        typeof v === 'object' &&
        v !== null &&
        typeof (v as NamedScenario).name === 'string' &&
        typeof (v as NamedScenario).query === 'object' &&
        (v as NamedScenario).query !== null &&
        Object.values((v as NamedScenario).query).every((x) => typeof x === 'string'),
    )
    .slice(0, MAX_SAVED)
}
