/**
 * What a scene shows as one explore-style view state (layers, camera, year, level, hour, day type,
 * selection): the wall's map reads it, and the scene's QR code encodes it, so the phone opens the
 * same view. Years and hours come from the data (forecast base year, the decision's years, the flow
 * forecast's peak), never from the browser's clock. Pure.
 */
import { encodeViewState, type ViewState } from '@/features/map'
import type { WallScene } from './scenes'
import type { WallDecisions } from './wallDecisions'

const WEEKEND = new Set([0, 6])
const FALLBACK_HOUR = 8

export function sceneView(scene: WallScene, d: WallDecisions, defaults: ViewState): ViewState {
  const view: ViewState = {
    ...defaults,
    center: [...scene.camera.center],
    zoom: scene.camera.zoom,
    layers: [...scene.layers],
    selection: null,
    level: scene.level ?? defaults.level,
  }
  if (d.schools) view.year = d.schools.year
  if (scene.decision === 'schools' && d.schools?.focus) view.selection = { kind: 'region', id: d.schools.focus }
  if (scene.decision === 'clinics' && d.clinics?.focus) view.selection = { kind: 'region', id: d.clinics.focus }
  if (scene.decision === 'flows') {
    const busiest = d.flows?.decision.busiest ?? d.flows?.peakHours[0] ?? null
    view.hour = busiest?.hour ?? FALLBACK_HOUR
    if (busiest) view.dayType = WEEKEND.has(new Date(`${busiest.date}T00:00:00Z`).getUTCDay()) ? 'weekend' : 'weekday'
  }
  return view
}

/**
 * The explore URL of a scene under `base` (the public address; the wall's own origin by default).
 * View state only: no token or other configuration ever goes into it. Layers, year and level are
 * written even when they equal today's defaults, since those move with the data.
 */
export function exploreUrl(view: ViewState, defaults: ViewState, base: string): string {
  const q = { ...encodeViewState(view, defaults), l: view.layers.join(','), y: String(view.year), lv: view.level }
  const order = ['c', 'z', 'l', 's', 'h', 'd', 'y', 'lv'] as const
  const params = new URLSearchParams()
  for (const k of order) if (k in q) params.set(k, (q as Record<string, string>)[k]!)
  return `${base.replace(/\/+$/, '')}/explore?${params.toString()}`
}
