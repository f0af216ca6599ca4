import { DAY_TYPES, SCHOOL_LEVELS, type DayType, type SchoolLevel } from '@/api'
import type { Selection, SelectionKind, ViewState } from './types'

/**
 * The explore view's state in the URL, so a planner can share exactly what they see:
 * `?c=121.4737,31.2304&z=9.5&l=schools.gap,flows.od&s=region:310115&h=8&y=2030&lv=junior&d=weekend`.
 * Every field decodes on its own: a bad value falls back to that field's default, never throws.
 * Fields equal to the defaults are left out of the URL.
 */

type QueryValue = string | null | undefined | readonly (string | null)[]
export type UrlQuery = Readonly<Record<string, QueryValue>>

export interface UrlStateOptions {
  defaults: ViewState
  /** Layer ids the registry knows; anything else in the URL is dropped. */
  knownLayers: readonly string[]
}

const SELECTION_KINDS: readonly SelectionKind[] = ['region', 'school', 'clinic']
const ID_RE = /^[0-9A-Za-z_.-]{1,64}$/

function first(v: QueryValue): string | undefined {
  if (Array.isArray(v)) return first(v[0])
  return typeof v === 'string' ? v : undefined
}

function num(s: string | undefined, min: number, max: number, integer: boolean): number | undefined {
  if (s === undefined || s.trim() === '') return undefined
  const n = Number(s)
  if (!Number.isFinite(n) || n < min || n > max || (integer && !Number.isInteger(n))) return undefined
  return n
}

function decodeCenter(s: string | undefined): [number, number] | undefined {
  const parts = s?.split(',')
  if (parts?.length !== 2) return undefined
  const lng = num(parts[0], -180, 180, false)
  const lat = num(parts[1], -85, 85, false)
  return lng === undefined || lat === undefined ? undefined : [lng, lat]
}

function decodeLayers(s: string | undefined, known: readonly string[]): string[] | undefined {
  if (s === undefined) return undefined
  if (s === '') return [] // explicitly "no layers"
  const ids = [...new Set(s.split(','))].filter((id) => known.includes(id))
  return ids.length > 0 ? ids : undefined
}

function decodeSelection(s: string | undefined): Selection | null | undefined {
  if (s === undefined) return undefined
  if (s === '') return null
  const i = s.indexOf(':')
  const kind = s.slice(0, i) as SelectionKind
  const id = s.slice(i + 1)
  return i > 0 && SELECTION_KINDS.includes(kind) && ID_RE.test(id) ? { kind, id } : undefined
}

function oneOf<T extends string>(s: string | undefined, allowed: readonly T[]): T | undefined {
  return allowed.find((a) => a === s)
}

export function decodeViewState(query: UrlQuery, { defaults, knownLayers }: UrlStateOptions): ViewState {
  const d = defaults
  const selection = decodeSelection(first(query.s))
  return {
    center: decodeCenter(first(query.c)) ?? [...d.center],
    zoom: num(first(query.z), 0, 22, false) ?? d.zoom,
    layers: decodeLayers(first(query.l), knownLayers) ?? [...d.layers],
    selection: selection === undefined ? d.selection : selection,
    hour: num(first(query.h), 0, 23, true) ?? d.hour,
    year: num(first(query.y), 1990, 2100, true) ?? d.year,
    level: oneOf<SchoolLevel>(first(query.lv), SCHOOL_LEVELS) ?? d.level,
    dayType: oneOf<DayType>(first(query.d), DAY_TYPES) ?? d.dayType,
  }
}

/** Rounds the camera to what the URL keeps (≈ 10 m, 1/100 zoom level). */
export function roundCamera(center: readonly [number, number], zoom: number): { center: [number, number]; zoom: number } {
  const r = (x: number, k: number) => Math.round(x * k) / k
  return { center: [r(center[0], 1e4), r(center[1], 1e4)], zoom: r(zoom, 100) }
}

export function encodeViewState(s: ViewState, defaults: ViewState): Record<string, string> {
  const out: Record<string, string> = {}
  const cam = roundCamera(s.center, s.zoom)
  const dc = roundCamera(defaults.center, defaults.zoom)
  if (cam.center[0] !== dc.center[0] || cam.center[1] !== dc.center[1]) out.c = cam.center.join(',')
  if (cam.zoom !== dc.zoom) out.z = String(cam.zoom)
  if (s.layers.join(',') !== defaults.layers.join(',')) out.l = s.layers.join(',')
  const sel = (x: Selection | null) => (x ? `${x.kind}:${x.id}` : '')
  if (sel(s.selection) !== sel(defaults.selection)) out.s = sel(s.selection)
  if (s.hour !== defaults.hour) out.h = String(s.hour)
  if (s.year !== defaults.year) out.y = String(s.year)
  if (s.level !== defaults.level) out.lv = s.level
  if (s.dayType !== defaults.dayType) out.d = s.dayType
  return out
}
