import { describe, expect, it } from 'vitest'
import { attributionAsText } from './text'

describe('attributionAsText', () => {
  it('escapes API text so the attribution control cannot turn it into an element', () => {
    expect(attributionAsText('<img src=x onerror="alert(1)"> & \'co\'')).toBe('&#60;img src=x onerror=&#34;alert(1)&#34;&#62; &#38; &#39;co&#39;')
    expect(attributionAsText('Apache ECharts 4.9.0 (Apache-2.0)')).toBe('Apache ECharts 4.9.0 (Apache-2.0)')
    expect(attributionAsText(undefined)).toBeUndefined()
  })
})
