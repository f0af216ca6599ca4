import type { MapCamera } from './types'

/**
 * Whether two cameras differ by more than rounding (1e-4° is about 11 m on the ground): the
 * map's own position comes back rounded from the URL state and its moveend echoes.
 */
export function camerasDiffer(a: MapCamera, b: MapCamera): boolean {
  return (
    Math.abs(a.center[0] - b.center[0]) > 1e-4 ||
    Math.abs(a.center[1] - b.center[1]) > 1e-4 ||
    Math.abs(a.zoom - b.zoom) > 0.01 ||
    Math.abs((a.pitch ?? 0) - (b.pitch ?? 0)) > 0.5 ||
    Math.abs((a.bearing ?? 0) - (b.bearing ?? 0)) > 0.5
  )
}
