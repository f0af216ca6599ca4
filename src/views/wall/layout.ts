/**
 * The wall's layout from the screen's shape: 16:9 (1920×1080, 3840×2160), 32:9 (3840×1080,
 * 7680×2160) or 48:9 (5760×1080), or the one `?layout=` forces. A wider wall shows more side by side
 * (more panel columns), not the same panels spaced out. Pure.
 */
export const WALL_LAYOUTS = ['16x9', '32x9', '48x9'] as const
export type WallLayout = (typeof WALL_LAYOUTS)[number]

/** How many panel columns stand beside the map in each layout. */
export const PANEL_COLUMNS: Readonly<Record<WallLayout, number>> = { '16x9': 1, '32x9': 2, '48x9': 3 }

export function wallLayout(width: number, height: number, forced?: unknown): WallLayout {
  const f = WALL_LAYOUTS.find((l) => l === forced)
  if (f) return f
  const ratio = width > 0 && height > 0 ? width / height : 16 / 9
  // Midpoints between the presets' ratios (1.78, 3.56, 5.33), so anything in between snaps to the nearer.
  if (ratio < 2.67) return '16x9'
  if (ratio < 4.44) return '32x9'
  return '48x9'
}
