import { describe, expect, it } from 'vitest'
import { sameRenderLayers, type RenderLayer } from './layerSync'
import { emptyOutput, type MapLayer } from './mapLayer'

const layer = (id: string) => ({ id }) as MapLayer

describe('sameRenderLayers', () => {
  const a = layer('a')
  const b = layer('b')
  const out = emptyOutput()
  const list: RenderLayer[] = [
    { layer: a, output: out, attribution: 'x' },
    { layer: b, output: null },
  ]

  it('is true for a new list that draws the same', () => {
    expect(sameRenderLayers(list, list.map((l) => ({ ...l })))).toBe(true)
  })

  it('is false when a layer, its data, its attribution or the order differ', () => {
    expect(sameRenderLayers(list, [list[0]!])).toBe(false)
    expect(sameRenderLayers(list, [list[1]!, list[0]!])).toBe(false)
    expect(sameRenderLayers(list, [{ ...list[0]!, output: emptyOutput() }, list[1]!])).toBe(false)
    expect(sameRenderLayers(list, [{ ...list[0]!, attribution: 'y' }, list[1]!])).toBe(false)
    expect(sameRenderLayers(list, [list[0]!, { layer: b, output: out }])).toBe(false)
  })
})
