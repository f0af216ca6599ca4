import { describe, expect, it } from 'vitest'
import { createAppI18n, loadLocaleMessages } from '.'
import zhCN from './zh-CN'
import en from './en'

/** Every message's key path, e.g. `app.title`. */
function keys(tree: object, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([k, v]) =>
    typeof v === 'object' && v !== null && !('b' in v || 'body' in v) ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`],
  )
}

describe('app i18n', () => {
  it('starts with Chinese only and gets English in before a switch', async () => {
    const i18n = createAppI18n()
    expect(i18n.global.availableLocales).toEqual(['zh-CN'])
    await loadLocaleMessages(i18n.global, 'en')
    i18n.global.locale.value = 'en'
    expect(i18n.global.t('app.title')).toBe('City Data Brain')
    expect(i18n.global.t('header.localTime', { city: 'Shanghai' })).toBe('Local time in Shanghai')
  })

  it('holds messages compiled at build time, which the runtime-only vue-i18n can render', () => {
    const i18n = createAppI18n()
    i18n.global.setLocaleMessage('en', en)
    const all = keys(zhCN)
    expect(all.length).toBeGreaterThan(300)
    expect(keys(en)).toEqual(all)
    for (const locale of ['zh-CN', 'en'] as const) {
      i18n.global.locale.value = locale
      for (const key of all) {
        // A plain string would be a resource outside the `locales/` folders the build compiles.
        expect(i18n.global.tm(key as never), `${locale} ${key}`).not.toBeTypeOf('string')
        expect(i18n.global.t(key), `${locale} ${key}`).not.toBe(key)
      }
    }
  })
})
