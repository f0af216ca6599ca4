// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import ApiText from './ApiText.vue'

describe('ApiText', () => {
  it('shows API text as isolated text, whole in its title, never as markup', () => {
    const text = '浦东新区\u202E <img src=x onerror="window.__xss=1"><b>b</b> 👩‍👩‍👧‍👦'
    const w = mount(ApiText, { props: { text } })
    expect(w.element.tagName).toBe('BDI')
    expect(w.attributes('dir')).toBe('auto')
    expect(w.attributes('title')).toBe(text)
    expect(w.text()).toBe(text)
    expect(w.find('img').exists()).toBe(false)
    expect(w.find('b').exists()).toBe(false)
  })
})
