import type { DayType, SchoolLevel } from '@/api'
import { SHANGHAI_CAMERA, type MapCamera, type MapLayerId } from '@/features/map'

/** One wall scene: which declared map layers to show, where to look, and at what time. */
export interface WallScene {
  id: string
  /** i18n key of the scene's caption. */
  titleKey: string
  layers: MapLayerId[]
  /** Camera for the 1920×1080 design; WallMap scales it to the real wall. */
  camera: MapCamera
  level?: SchoolLevel
  /** Years ahead of now for the school-place forecast. */
  yearsAhead?: number
  /** Fixed hour of day; otherwise the city's current hour. */
  hour?: number
  dayType?: DayType
}

const CITY = SHANGHAI_CAMERA
const CENTRE: MapCamera = { center: [121.47, 31.22], zoom: 9.4 }

/** The wall's playlist: each scene reuses layers declared once in the map registry. */
export const WALL_SCENES: readonly WallScene[] = [
  { id: 'schools', titleKey: 'wall.scenes.schools', layers: ['schools.gap'], camera: CITY, level: 'junior', yearsAhead: 2 },
  { id: 'clinics', titleKey: 'wall.scenes.clinics', layers: ['clinics.utilisation', 'clinics.facilities'], camera: CITY },
  { id: 'commute', titleKey: 'wall.scenes.commute', layers: ['flows.od'], camera: CENTRE, hour: 8, dayType: 'weekday' },
  { id: 'hourly', titleKey: 'wall.scenes.hourly', layers: ['density.hourly'], camera: CITY },
  { id: 'elderly', titleKey: 'wall.scenes.elderly', layers: ['density.elderly_65'], camera: CITY },
  {
    id: 'density3d',
    titleKey: 'wall.scenes.density3d',
    layers: ['population.density3d'],
    camera: { center: [121.47, 31.14], zoom: 8.9, pitch: 50, bearing: -15 },
  },
]

/** The scene a `?scene=` id pins, or null to rotate. */
export function pinnedScene(id: unknown, scenes: readonly WallScene[] = WALL_SCENES): number | null {
  const i = typeof id === 'string' ? scenes.findIndex((s) => s.id === id) : -1
  return i >= 0 ? i : null
}

export function nextScene(index: number, count: number = WALL_SCENES.length): number {
  return count > 0 ? (index + 1) % count : 0
}
