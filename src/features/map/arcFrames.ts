/**
 * How often the animated arcs ask MapLibre for a frame. MapLibre cannot redraw one layer: every
 * animation frame re-renders the whole map (all layers, full canvas) and the browser composites it
 * again. On a software rasteriser (SwiftShader on a kiosk or CI box without a GPU) that costs a
 * full-canvas CPU raster per frame, so frames that show nothing new are pure waste. Two rules:
 *
 *  1. Motion: ask for a frame only when the pulses have moved about one device pixel. At city zoom
 *     the pulses crawl at ~10 px/s, so a fixed 30 fps drew two frames in three for nothing.
 *  2. Back-pressure: if our frames arrive late (the GPU, or the CPU standing in for it, is still busy
 *     with earlier frames), stretch the interval so the animation never saturates the pipeline and
 *     the rest of the page (charts, pointer, other panels) keeps getting frames. Relax it again
 *     while frames arrive on time.
 *
 * Pure numbers, no allocation: called once per animation frame.
 */

/** Earth's circumference (km) over MapLibre's 512-px world tile: km per CSS px at zoom 0, equator. */
const KM_PER_PX_Z0 = 40075.016686 / 512

/**
 * Time (ms) between frames for a pulse moving `kmPerSec` along the arc to move `stepPx` device
 * pixels, within [1/maxFps, 1/minFps]. Positional numbers: called every frame, allocates nothing.
 */
export function motionIntervalMs(
  kmPerSec: number,
  zoom: number,
  cosLat: number,
  pixelRatio: number,
  /** Highest frame rate wanted. */
  maxFps: number,
  /** Lowest frame rate: below it a pulse visibly jumps, whatever the pixel step. */
  minFps: number,
  stepPx = 1,
): number {
  const kmPerDevicePx = (KM_PER_PX_Z0 * Math.max(cosLat, 0.01)) / (2 ** zoom * Math.max(pixelRatio, 0.1))
  const pxPerSec = kmPerSec / kmPerDevicePx
  const ms = pxPerSec > 0 ? (1000 * stepPx) / pxPerSec : Infinity
  return Math.min(1000 / minFps, Math.max(1000 / maxFps, ms))
}

/** A frame that starts later than this after it was asked for means the pipeline is backed up. */
export const LATE_MS = 24
const MAX_BACKOFF_MS = 1000

/**
 * Next back-off (ms, a floor on the frame interval) given how late the last asked-for frame came.
 * Late: at least twice the lateness, and at least 1.5× the current floor (multiplicative increase).
 * On time: decay by 10% a frame, so it settles just where frames stop queueing.
 */
export function nextBackoffMs(current: number, lateMs: number, intervalMs: number): number {
  if (lateMs > LATE_MS) return Math.min(MAX_BACKOFF_MS, Math.max(current * 1.5, intervalMs * 1.5, lateMs * 2))
  const next = current * 0.9 - 1
  return next > 0 ? next : 0
}
