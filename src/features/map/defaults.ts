import type { MapCamera, ViewState } from './types'

/** Whole of Shanghai in a 16:9 frame at 1920×1080; Chongming included. */
/** Only while the forecast loads; never written to a URL (the URL omits defaults). */
const FALLBACK_BASE_YEAR = 2025

export const SHANGHAI_CAMERA: MapCamera = { center: [121.47, 31.2], zoom: 8.6 }

/**
 * Defaults for the explore view (and the URL's omitted fields). The year is anchored to the data, not
 * the browser's clock, so a shared link keeps its meaning on 1 January: the forecast's base year plus
 * the build lead time, the first year a school started now could open. Until the forecast arrives,
 * `baseYear` is null and the year is provisional.
 */
export function defaultViewState(baseYear: number | null, leadYears = 3): ViewState {
  return {
    center: SHANGHAI_CAMERA.center,
    zoom: SHANGHAI_CAMERA.zoom,
    layers: ['schools.gap'],
    selection: null,
    hour: 8,
    year: (baseYear ?? FALLBACK_BASE_YEAR) + leadYears,
    level: 'junior',
    dayType: 'weekday',
  }
}
