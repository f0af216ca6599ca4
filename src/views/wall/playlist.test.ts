import { describe, expect, it } from 'vitest'
import { keyAction, resolvePlaylist, stepIndex } from './playlist'

const IDS = ['overview', 'schools', 'clinics', 'flows']

describe('resolvePlaylist', () => {
  it('defaults to every scene for the default duration', () => {
    expect(resolvePlaylist(undefined, IDS, 30)).toEqual(IDS.map((scene) => ({ scene, seconds: 30 })))
  })
  it('keeps the configured order and durations, fractional ones too, and repeats', () => {
    expect(resolvePlaylist([{ scene: 'flows', seconds: 0.2 }, { scene: 'schools' }, { scene: 'flows', seconds: 5 }], IDS, 30)).toEqual([
      { scene: 'flows', seconds: 0.2 },
      { scene: 'schools', seconds: 30 },
      { scene: 'flows', seconds: 5 },
    ])
  })
  it('skips unknown scenes, and falls back to all when nothing is left', () => {
    expect(resolvePlaylist([{ scene: 'nope' }, { scene: 'clinics' }], IDS, 10)).toEqual([{ scene: 'clinics', seconds: 10 }])
    expect(resolvePlaylist([{ scene: 'nope' }], IDS, 10)).toHaveLength(4)
  })
})

describe('keyAction', () => {
  it('maps the operator keys', () => {
    expect(keyAction(' ', 4)).toEqual({ kind: 'toggle' })
    expect(keyAction('ArrowRight', 4)).toEqual({ kind: 'step', by: 1 })
    expect(keyAction('ArrowLeft', 4)).toEqual({ kind: 'step', by: -1 })
    expect(keyAction('3', 4)).toEqual({ kind: 'jump', index: 2 })
  })
  it('ignores numbers past the playlist and other keys', () => {
    expect(keyAction('5', 4)).toBeNull()
    expect(keyAction('0', 4)).toBeNull()
    expect(keyAction('a', 4)).toBeNull()
  })
})

describe('stepIndex', () => {
  it('wraps both ways', () => {
    expect(stepIndex(3, 1, 4)).toBe(0)
    expect(stepIndex(0, -1, 4)).toBe(3)
    expect(stepIndex(0, 1, 0)).toBe(0)
  })
})
