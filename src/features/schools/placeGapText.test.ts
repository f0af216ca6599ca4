import { describe, expect, it } from 'vitest'
import { formatPlaceGap } from './placeGapText'
import { schoolGapLayer } from './schools.layers'

const zh = { short: '缺口', surplus: '富余' }
const en = { short: 'short', surplus: 'surplus' }

describe('formatPlaceGap', () => {
  it('says shortfall and surplus in word and sign, not by colour alone', () => {
    expect(formatPlaceGap(1234, 'zh-CN', zh)).toBe('缺口 +1,230')
    expect(formatPlaceGap(-567, 'zh-CN', zh)).toBe('富余 −570')
    expect(formatPlaceGap(1234, 'en', en)).toBe('short +1,230')
    expect(formatPlaceGap(-567, 'en', en)).toBe('surplus −570')
  })

  it('calls a balance that rounds to nothing 0, with neither word', () => {
    expect(formatPlaceGap(4, 'zh-CN', zh)).toBe('0')
    expect(formatPlaceGap(-4, 'zh-CN', zh)).toBe('0')
  })

  it('shows a dash for a figure that is not a number', () => {
    expect(formatPlaceGap(Number.NaN, 'zh-CN', zh)).toBe('–')
  })
})

describe('the school-gap map tooltip', () => {
  // Feature properties keep the map's balance (seats − demand); the tooltip reads like the panel.
  const props = (gap: number, v: number) => ({ nameZh: '闵行区', nameEn: 'Minhang', year: 2030, gap, v, seats: 10_000, demand: 10_000 - gap, p10: 0, p90: 0 })

  it('names a shortfall and a surplus in word and sign', () => {
    expect(schoolGapLayer.tooltip?.(props(-1234, -0.12), 'zh-CN')?.[1]).toBe('学位余缺：缺口 +1,230（需求的 12%）')
    expect(schoolGapLayer.tooltip?.(props(567, 0.06), 'zh-CN')?.[1]).toBe('学位余缺：富余 −570（需求的 6%）')
    expect(schoolGapLayer.tooltip?.(props(567, 0.06), 'en')?.[1]).toBe('Places short or spare: surplus −570 (6% of demand)')
  })
})
