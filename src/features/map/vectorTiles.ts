import type { LayerNote, TileOutput, VectorTiles } from './types'

/** The TileJSON fields a tiled layer draws from (the API's /density/tiles answers with these). */
export interface TileJsonLike {
  tiles: readonly string[]
  minzoom: number
  maxzoom: number
  bounds: readonly [number, number, number, number]
  vector_layers: readonly [{ id: string }]
  /** Which H3 resolution each zoom range carries, shown in the legend. */
  resolutions?: readonly { minzoom: number; maxzoom: number; resolution: number }[]
}

/**
 * A URL template resolved against the document that named it, as a browser resolves a link: a
 * relative template is relative to the TileJSON's own URL. `URL` escapes the braces; they come back.
 */
export function resolveTemplate(template: string, documentUrl: string): string {
  return new URL(template, documentUrl).href.replace(/%7B(z|x|y)%7D/gi, (_, k: string) => `{${k.toLowerCase()}}`)
}

/** "7 (z6–9) · 8 (z10–11) · 9 (z12–14)": the resolutions in words for the legend. */
export function resolutionRanges(ranges: NonNullable<TileJsonLike['resolutions']>): string {
  return ranges.map((r) => `${r.resolution} (z${r.minzoom}${r.maxzoom > r.minzoom ? `–${r.maxzoom}` : ''})`).join(' · ')
}

/** TileJSON → what the map mounts as a `vector` source. */
export function tileOutput(set: TileJsonLike, documentUrl: string): TileOutput {
  const tiles: VectorTiles = {
    urls: set.tiles.map((t) => resolveTemplate(t, documentUrl)),
    minzoom: set.minzoom,
    maxzoom: set.maxzoom,
    bounds: [...set.bounds],
    sourceLayer: set.vector_layers[0].id,
  }
  const notes: LayerNote[] = set.resolutions?.length ? [{ key: 'cityMap.note.h3Resolutions', params: { ranges: resolutionRanges(set.resolutions) } }] : []
  return { tiles, invalid: 0, notes }
}
