// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest'
import { enableAutoUnmount } from '@vue/test-utils'
import StaleBadge from './StaleBadge.vue'
import { mountWithApp } from './testUtils'

enableAutoUnmount(afterEach)

const min = 60_000
const now = Date.parse('2025-11-23T06:00:00Z')

function badge(props: Record<string, unknown>, config = { staleAfterMinutes: { warn: 30, alarm: 120 } }, locale: 'zh-CN' | 'en' = 'zh-CN') {
  return mountWithApp(StaleBadge, { props: { now, updatedAt: null, ...props } }, { config, locale })
}

describe('StaleBadge', () => {
  it('is quiet while data is fresh', () => {
    const w = badge({ updatedAt: now - 29 * min })
    expect(w.attributes('data-level')).toBe('fresh')
    expect(w.text()).toBe('更新于 29分钟前')
  })

  it('turns amber at the warn threshold', () => {
    const w = badge({ updatedAt: now - 30 * min })
    expect(w.attributes('data-level')).toBe('warn')
    expect(w.classes()).toContain('stale--warn')
    expect(w.text()).toContain('数据滞后')
  })

  it('turns red at the alarm threshold', () => {
    const w = badge({ updatedAt: now - 120 * min })
    expect(w.attributes('data-level')).toBe('alarm')
    expect(w.text()).toContain('数据严重滞后')
    expect(w.text()).toContain('2小时前')
  })

  it('uses the thresholds from the runtime config', () => {
    const cfg = { staleAfterMinutes: { warn: 5, alarm: 10 } }
    expect(badge({ updatedAt: now - 6 * min }, cfg).attributes('data-level')).toBe('warn')
    expect(badge({ updatedAt: now - 11 * min }, cfg).attributes('data-level')).toBe('alarm')
  })

  it('judges live data by its asOf too, other data only by the last fetch', () => {
    const old = new Date(now - 3 * 60 * min).toISOString()
    expect(badge({ updatedAt: now - min, asOf: old }).attributes('data-level')).toBe('fresh')
    expect(badge({ updatedAt: now - min, asOf: old, live: true }).attributes('data-level')).toBe('alarm')
  })

  it('says when nothing has loaded yet, in English too', () => {
    expect(badge({ updatedAt: 0 }).text()).toBe('尚未更新')
    const en = badge({ updatedAt: now - 3 * min }, undefined, 'en')
    expect(en.text()).toBe('updated 3 minutes ago')
  })
})
