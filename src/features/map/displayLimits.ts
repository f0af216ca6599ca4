/**
 * Canvas limits for sharp maps on big walls. MapLibre caps its canvas at 4096 px by default, which
 * would halve the resolution of a 7680-px wall; we raise it to what the GPU supports, up to 16384.
 */
export interface GlLimits {
  maxTextureSize: number
  maxRenderbufferSize: number
  maxViewportDims: readonly [number, number]
}

export const WANTED_CANVAS = 16384
/** What every WebGL2 implementation must support; used when the GPU cannot be asked. */
export const SAFE_CANVAS = 4096

export function canvasCap(limits: GlLimits | null, wanted = WANTED_CANVAS): [number, number] {
  if (!limits) return [SAFE_CANVAS, SAFE_CANVAS]
  const common = Math.min(wanted, limits.maxTextureSize, limits.maxRenderbufferSize)
  return [Math.min(common, limits.maxViewportDims[0]), Math.min(common, limits.maxViewportDims[1])]
}

/**
 * Whether the GPU must be asked at all: only a screen wider or taller than the safe size (device
 * pixels) can hold a canvas that needs more. The probe is a second WebGL context, which costs
 * seconds on a software GPU; a desk monitor or a 1080p wall never needs it.
 */
export function needsGlLimits(screen: { width: number; height: number }, pixelRatio: number): boolean {
  return Math.max(screen.width, screen.height) * pixelRatio > SAFE_CANVAS
}

/** Asks the GPU through a throwaway context, then releases it. Null where WebGL2 is unavailable. */
export function probeGlLimits(): GlLimits | null {
  if (typeof document === 'undefined') return null
  const canvas = document.createElement('canvas')
  const gl = canvas.getContext('webgl2')
  if (!gl) return null
  const dims = gl.getParameter(gl.MAX_VIEWPORT_DIMS) as Int32Array | null
  const limits: GlLimits = {
    maxTextureSize: Number(gl.getParameter(gl.MAX_TEXTURE_SIZE)) || SAFE_CANVAS,
    maxRenderbufferSize: Number(gl.getParameter(gl.MAX_RENDERBUFFER_SIZE)) || SAFE_CANVAS,
    maxViewportDims: [dims?.[0] ?? SAFE_CANVAS, dims?.[1] ?? SAFE_CANVAS],
  }
  gl.getExtension('WEBGL_lose_context')?.loseContext()
  return limits
}

/** The real device pixel ratio: the map renders at the screen's resolution, never upscaled. */
export function devicePixelRatio(): number {
  return typeof window !== 'undefined' && window.devicePixelRatio > 0 ? window.devicePixelRatio : 1
}
