import { describe, expect, it } from 'vitest'
import { MAP_LAYER_IDS } from '@/features/map'
import { testI18n } from '@/ui/testUtils'
import { panelColumns, pinnedScene, WALL_SCENES } from './scenes'

describe('wall scenes', () => {
  it('only use layers the registry declares', () => {
    for (const s of WALL_SCENES) for (const l of s.layers) expect(MAP_LAYER_IDS).toContain(l)
  })
  it('have unique ids and a caption in both languages', () => {
    expect(new Set(WALL_SCENES.map((s) => s.id)).size).toBe(WALL_SCENES.length)
    const i18n = testI18n().global
    for (const s of WALL_SCENES) {
      for (const locale of ['zh-CN', 'en'] as const) {
        i18n.locale.value = locale
        expect(i18n.t(s.titleKey, { year: 2030, hour: '08:00', day: '' }), `${locale} ${s.titleKey}`).not.toBe(s.titleKey)
      }
    }
  })
  it('cover the city, school places, clinic capacity and population flows', () => {
    expect(WALL_SCENES.map((s) => s.id)).toEqual(expect.arrayContaining(['overview', 'schools', 'clinics', 'flows']))
  })
  it('pin a scene by id and ignore unknown ids', () => {
    expect(pinnedScene('flows')).toBe('flows')
    expect(pinnedScene('nope')).toBeNull()
    expect(pinnedScene(['flows'])).toBeNull()
  })
})

describe('panelColumns', () => {
  const p = ['flowChart', 'flowPeaks', 'flowGainers', 'decisions'] as const
  it('stacks two panels beside the map on a 16:9 wall', () => {
    expect(panelColumns(p, '16x9')).toEqual([['flowChart', 'flowPeaks']])
  })
  it('shows more side by side on wider walls, the first panel alone when uneven', () => {
    expect(panelColumns(p, '32x9')).toEqual([
      ['flowChart', 'flowPeaks'],
      ['flowGainers', 'decisions'],
    ])
    expect(panelColumns(p, '48x9')).toEqual([['flowChart'], ['flowPeaks'], ['flowGainers', 'decisions']])
    expect(panelColumns(['placesChart'], '48x9')).toEqual([['placesChart']])
    expect(panelColumns([], '32x9')).toEqual([])
  })
})
