// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest'
import { ConfigError } from '@/config'
import { renderStartupError } from './startupError'

describe('renderStartupError', () => {
  afterEach(() => {
    vi.useRealTimers()
  })

  it('replaces the page with a bilingual message and the cause as text', () => {
    vi.useFakeTimers()
    const root = document.createElement('div')
    root.innerHTML = '<p>old</p>'
    renderStartupError('config', new ConfigError('/config.json: HTTP 404 <img src=x onerror=alert(1)>'), root)
    expect(root.textContent).toContain('无法读取运行配置')
    expect(root.textContent).toContain('Cannot read the runtime configuration')
    expect(root.textContent).toContain('/config.json: HTTP 404')
    expect(root.querySelector('img')).toBeNull()
    expect(root.querySelector('[role="alert"]')).not.toBeNull()
    expect(root.textContent).not.toContain('old')
    expect(root.textContent).toContain('60 秒后自动重试')
    expect(vi.getTimerCount()).toBe(1)
  })

  it('gives the mock failure its own hint', () => {
    vi.useFakeTimers()
    const root = document.createElement('div')
    renderStartupError('mock', new Error('worker failed'), root)
    expect(root.textContent).toContain('无法启动演示数据服务')
    expect(root.textContent).toContain('Service Worker')
    expect(root.textContent).toContain('worker failed')
  })

  it('says when the view\'s code cannot be fetched, and retries by itself', () => {
    vi.useFakeTimers()
    const reload = vi.fn()
    vi.stubGlobal('location', { ...window.location, reload })
    const root = document.createElement('div')
    renderStartupError('code', new TypeError('Failed to fetch dynamically imported module'), root)
    expect(root.textContent).toContain('无法加载页面程序')
    expect(root.textContent).toContain("Cannot load the page's code")
    vi.advanceTimersByTime(60_000)
    expect(reload).toHaveBeenCalled()
    vi.unstubAllGlobals()
  })
})
