/**
 * The wall is designed on a 1920×1080 grid at a 16 px root font. Any screen from 1920×1080 to
 * 7680×2160 gets the same layout in rem, with the root font scaled by the limiting dimension:
 * 3840×2160 → ×2 (32 px), 7680×2160 (32:9) → ×2 as well, the extra width going to the map. Pure.
 */
export const DESIGN_WIDTH = 1920
export const DESIGN_HEIGHT = 1080
export const BASE_FONT_PX = 16

export function screenScale(width: number, height: number): number {
  if (!(width > 0 && height > 0)) return 1
  const s = Math.min(width / DESIGN_WIDTH, height / DESIGN_HEIGHT)
  // Below the design size (a laptop previewing the wall) shrink a little, but stay legible.
  return Math.max(0.6, s)
}
