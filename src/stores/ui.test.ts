import { beforeEach, describe, expect, it } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { useUiStore } from './ui'

describe('useUiStore', () => {
  beforeEach(() => setActivePinia(createPinia()))

  it('starts in Chinese on the first wall scene', () => {
    const ui = useUiStore()
    expect(ui.locale).toBe('zh-CN')
    expect(ui.wallScene).toBe(0)
  })

  it('records choices', () => {
    const ui = useUiStore()
    ui.setLocale('en')
    ui.setLocale('en')
    expect(ui.locale).toBe('en')
  })
})
