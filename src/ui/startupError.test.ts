// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest'
import { ConfigError } from '@/config'
import { renderStartupError } from './startupError'

describe('renderStartupError', () => {
  it('replaces the page with a bilingual message and the cause as text', () => {
    const root = document.createElement('div')
    root.innerHTML = '<p>old</p>'
    renderStartupError('config', new ConfigError('/config.json: HTTP 404 <img src=x onerror=alert(1)>'), root)
    expect(root.textContent).toContain('无法读取运行配置')
    expect(root.textContent).toContain('Cannot read the runtime configuration')
    expect(root.textContent).toContain('/config.json: HTTP 404')
    expect(root.querySelector('img')).toBeNull()
    expect(root.querySelector('[role="alert"]')).not.toBeNull()
    expect(root.textContent).not.toContain('old')
  })
})
