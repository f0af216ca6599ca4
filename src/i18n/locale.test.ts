import { describe, expect, it } from 'vitest'
import { bidiIsolated, detectLocale, localized, normalizeLocale } from './locale'

describe('detectLocale', () => {
  it('defaults to Chinese', () => {
    expect(detectLocale('', null)).toBe('zh-CN')
  })
  it('honours ?lang= over the stored choice', () => {
    expect(detectLocale('?lang=en', 'zh-CN')).toBe('en')
    expect(detectLocale('?x=1&lang=zh', 'en')).toBe('zh-CN')
  })
  it('falls back to the stored choice, ignoring junk', () => {
    expect(detectLocale('', 'en')).toBe('en')
    expect(detectLocale('?lang=fr', 'en')).toBe('en')
    expect(detectLocale('?lang=fr', 'garbage')).toBe('zh-CN')
  })
})

describe('normalizeLocale', () => {
  it('maps regional variants', () => {
    expect(normalizeLocale('en-GB')).toBe('en')
    expect(normalizeLocale('zh-Hans')).toBe('zh-CN')
    expect(normalizeLocale('')).toBeNull()
  })
})

describe('localized', () => {
  it('picks the language', () => {
    expect(localized({ zh: '上海', en: 'Shanghai' }, 'en')).toBe('Shanghai')
    expect(localized({ zh: '上海', en: 'Shanghai' }, 'zh-CN')).toBe('上海')
  })
})

describe('bidiIsolated', () => {
  it('isolates text with bidi controls or right-to-left letters, so it cannot reorder its neighbours', () => {
    expect(bidiIsolated('浦东新区\u202E<b>x</b>')).toBe('\u2068浦东新区\u202E<b>x</b>\u2069')
    expect(bidiIsolated('دبي')).toBe('\u2068دبي\u2069')
    expect(localized({ zh: '上海\u2066', en: 'x' }, 'zh-CN')).toBe('\u2068上海\u2066\u2069')
  })

  it('leaves ordinary text (and emoji) as it is', () => {
    expect(bidiIsolated('浦东新区 Pudong 👩‍👩‍👧‍👦')).toBe('浦东新区 Pudong 👩‍👩‍👧‍👦')
  })
})
