import type { SchoolLevel } from '@/api'
import { SHANGHAI_CAMERA, type MapCamera, type MapLayerId } from '@/features/map'
import { PANEL_COLUMNS, type WallLayout } from './layout'

/** The subjects whose decisions the wall states; `lead` is the most urgent of them. */
export type WallSubject = 'schools' | 'clinics' | 'flows'

/** Panels a scene can put beside its map (see WallPanels.vue). */
export type WallPanelId =
  | 'kpis'
  | 'decisions'
  | 'placesChart'
  | 'placesRanking'
  | 'clinicChart'
  | 'clinicDays'
  | 'flowChart'
  | 'flowPeaks'
  | 'flowGainers'

/**
 * One wall scene as data: the declared map layers and camera, the decision that leads it, and its
 * panels in order of importance (a wider wall shows more of them). Year, hour and selection come
 * from the data when the scene is shown (sceneView.ts), never from the browser's clock.
 */
export interface WallScene {
  id: string
  /** i18n key of the scene's caption. */
  titleKey: string
  layers: MapLayerId[]
  /** Camera for the 1920×1080 design; WallMap scales it to the real wall. */
  camera: MapCamera
  decision: WallSubject | 'lead'
  panels: WallPanelId[]
  level?: SchoolLevel
}

const CITY = SHANGHAI_CAMERA
const CENTRE: MapCamera = { center: [121.47, 31.22], zoom: 9.4 }

export const WALL_SCENES: readonly WallScene[] = [
  {
    id: 'overview',
    titleKey: 'wallView.scenes.overview',
    layers: ['population.density'],
    camera: CITY,
    decision: 'lead',
    panels: ['kpis', 'decisions', 'placesRanking', 'clinicDays', 'flowGainers'],
  },
  {
    id: 'schools',
    titleKey: 'wallView.scenes.schools',
    layers: ['schools.gap'],
    camera: CITY,
    decision: 'schools',
    level: 'junior',
    panels: ['placesChart', 'placesRanking', 'decisions'],
  },
  {
    id: 'clinics',
    titleKey: 'wallView.scenes.clinics',
    layers: ['clinics.utilisation', 'clinics.facilities'],
    camera: CITY,
    decision: 'clinics',
    panels: ['clinicChart', 'clinicDays', 'decisions'],
  },
  {
    id: 'flows',
    titleKey: 'wallView.scenes.flows',
    layers: ['flows.od'],
    camera: CENTRE,
    decision: 'flows',
    panels: ['flowChart', 'flowPeaks', 'flowGainers', 'decisions'],
  },
]

export const SCENE_IDS: readonly string[] = WALL_SCENES.map((s) => s.id)

export function sceneById(id: string): WallScene {
  return WALL_SCENES.find((s) => s.id === id) ?? WALL_SCENES[0]!
}

/** The scene a `?scene=` id pins, or null to rotate. */
export function pinnedScene(id: unknown, scenes: readonly WallScene[] = WALL_SCENES): string | null {
  return typeof id === 'string' && scenes.some((s) => s.id === id) ? id : null
}

/**
 * The scene's panels in columns for a layout: up to two panels a column, as many columns as the
 * wall is wide; when the panels do not divide evenly the later columns take the extra one, so the
 * first (most important, usually a chart) gets the most height.
 */
export function panelColumns(panels: readonly WallPanelId[], layout: WallLayout): WallPanelId[][] {
  const columns = Math.min(PANEL_COLUMNS[layout], panels.length)
  const shown = panels.slice(0, PANEL_COLUMNS[layout] * 2)
  if (columns === 0) return []
  const base = Math.floor(shown.length / columns)
  const extra = shown.length % columns
  const out: WallPanelId[][] = []
  let i = 0
  for (let c = 0; c < columns; c++) {
    const n = base + (c >= columns - extra ? 1 : 0)
    out.push(shown.slice(i, i + n))
    i += n
  }
  return out
}
