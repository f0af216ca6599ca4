import type { MapCamera, ViewState } from './types'

/** Whole of Shanghai in a 16:9 frame at 1920×1080; Chongming included. */
export const SHANGHAI_CAMERA: MapCamera = { center: [121.47, 31.2], zoom: 8.6 }

/** Defaults for the explore view (and the URL's omitted fields). The year is this year. */
export function defaultViewState(today: Date = new Date()): ViewState {
  return {
    center: SHANGHAI_CAMERA.center,
    zoom: SHANGHAI_CAMERA.zoom,
    layers: ['schools.gap'],
    selection: null,
    hour: 8,
    year: today.getFullYear(),
    level: 'primary',
    dayType: 'weekday',
  }
}
