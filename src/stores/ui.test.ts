import { beforeEach, describe, expect, it } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { useUiStore } from './ui'

describe('useUiStore', () => {
  beforeEach(() => setActivePinia(createPinia()))

  it('starts on the whole city in Chinese', () => {
    const ui = useUiStore()
    expect(ui.locale).toBe('zh-CN')
    expect(ui.selectedRegion).toBeNull()
    expect(ui.dayType).toBe('weekday')
  })

  it('records choices', () => {
    const ui = useUiStore()
    ui.setLocale('en')
    ui.selectRegion('310115')
    expect(ui.locale).toBe('en')
    expect(ui.selectedRegion).toBe('310115')
  })
})
