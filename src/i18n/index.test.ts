import { describe, expect, it } from 'vitest'
import { createAppI18n, loadLocaleMessages } from '.'
import zhCN from './zh-CN'
import en from './en'
import wallZhCN from '@/views/wall/locales/zh-CN'

/** Every message, by key path (e.g. `app.title`). */
function messages(tree: object, prefix = ''): [string, unknown][] {
  return Object.entries(tree).flatMap(([k, v]): [string, unknown][] =>
    typeof v === 'object' && v !== null && !('b' in v || 'body' in v) ? messages(v, `${prefix}${k}.`) : [[`${prefix}${k}`, v]],
  )
}
const keys = (tree: object) => messages(tree).map(([k]) => k)

describe('app i18n', () => {
  it('starts with Chinese only and gets English in before a switch', async () => {
    const i18n = createAppI18n()
    expect(i18n.global.availableLocales).toEqual(['zh-CN'])
    await loadLocaleMessages(i18n.global, 'en')
    i18n.global.locale.value = 'en'
    expect(i18n.global.t('app.title')).toBe('City Data Brain')
    expect(i18n.global.t('header.localTime', { city: 'Shanghai' })).toBe('Local time in Shanghai')
  })

  it('holds messages compiled at build time, which the runtime-only petite-vue-i18n can render', () => {
    const i18n = createAppI18n()
    i18n.global.setLocaleMessage('en', en)
    i18n.global.mergeLocaleMessage('zh-CN', wallZhCN)
    const zh = { ...zhCN, ...wallZhCN }
    const all = keys(zh).sort()
    expect(all.length).toBeGreaterThan(300)
    expect(keys(en).sort()).toEqual(all)
    // A plain string would be a resource outside the `locales/` folders the build compiles.
    for (const [key, message] of [...messages(zh), ...messages(en)]) expect(message, key).not.toBeTypeOf('string')
    for (const locale of ['zh-CN', 'en'] as const) {
      i18n.global.locale.value = locale
      for (const key of all) expect(i18n.global.t(key), `${locale} ${key}`).not.toBe(key)
    }
  })

  it("leaves the wall's text out of the first render's Chinese; the wall brings it", () => {
    expect(keys(zhCN).filter((k) => k.startsWith('wallView.'))).toEqual([])
    expect(keys(wallZhCN).length).toBeGreaterThan(20)
  })
})
