import { describe, expect, it } from 'vitest'
import { MAP_LAYER_IDS } from '@/features/map'
import { nextScene, pinnedScene, WALL_SCENES } from './scenes'

describe('wall scenes', () => {
  it('only use layers the registry declares', () => {
    for (const s of WALL_SCENES) for (const l of s.layers) expect(MAP_LAYER_IDS).toContain(l)
  })
  it('have unique ids', () => {
    expect(new Set(WALL_SCENES.map((s) => s.id)).size).toBe(WALL_SCENES.length)
  })
  it('rotate and wrap', () => {
    expect(nextScene(0, 3)).toBe(1)
    expect(nextScene(2, 3)).toBe(0)
    expect(nextScene(0, 0)).toBe(0)
  })
  it('pin a scene by id and ignore unknown ids', () => {
    expect(pinnedScene('commute')).toBe(WALL_SCENES.findIndex((s) => s.id === 'commute'))
    expect(pinnedScene('nope')).toBeNull()
    expect(pinnedScene(['commute'])).toBeNull()
  })
})
