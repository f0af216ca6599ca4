import { describe, expect, it } from 'vitest'
import { keyAction, resolvePlaylist, startingPlaylist, stepIndex } from './playlist'

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

describe('startingPlaylist', () => {
  const configured = [
    { scene: 'schools', seconds: 20 },
    { scene: 'flows', seconds: 40 },
  ]
  it('resumes at the entry last shown, wrapped into the playlist', () => {
    expect(startingPlaylist(configured, null, 1, 30)).toEqual({ entries: configured, start: 1 })
    expect(startingPlaylist(configured, null, 5, 30).start).toBe(1)
  })
  it('starts on a pinned scene, in place when the playlist has it and in front when it does not', () => {
    expect(startingPlaylist(configured, 'flows', 0, 30)).toEqual({ entries: configured, start: 1 })
    expect(startingPlaylist(configured, 'clinics', 1, 30)).toEqual({ entries: [{ scene: 'clinics', seconds: 30 }, ...configured], start: 0 })
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
