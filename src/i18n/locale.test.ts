import { describe, expect, it } from 'vitest'
import { detectLocale, localized, normalizeLocale } from './locale'

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
