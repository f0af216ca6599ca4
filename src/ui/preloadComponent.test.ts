// @vitest-environment happy-dom
/* eslint-disable vue/one-component-per-file -- tiny components made up for the test */
import { describe, expect, it } from 'vitest'
import { defineAsyncComponent, defineComponent, h } from 'vue'
import { mount } from '@vue/test-utils'
import { preloadComponent } from './preloadComponent'

const Inner = defineComponent({ props: { n: { type: Number, default: 0 } }, setup: (p) => () => h('b', `inner ${p.n}`) })

describe('preloadComponent', () => {
  it('makes an async component render in its first render, props and all', async () => {
    const Lazy = defineAsyncComponent(() => Promise.resolve(Inner))
    await preloadComponent(Lazy)
    const w = mount(defineComponent({ render: () => h('div', [h(Lazy, { n: 3 })]) }))
    expect(w.html()).toContain('inner 3') // synchronously: no flush awaited
  })

  it('leaves one that was not preloaded rendering late, as before', () => {
    const Lazy = defineAsyncComponent(() => Promise.resolve(Inner))
    const w = mount(defineComponent({ render: () => h('div', [h(Lazy, { n: 3 })]) }))
    expect(w.html()).not.toContain('inner')
  })

  it('resolves when the load fails: the component fails (or retries) when it renders, as before', async () => {
    const Lazy = defineAsyncComponent(() => Promise.reject(new Error('offline')))
    await expect(preloadComponent(Lazy)).resolves.toBeUndefined()
  })

  it('does nothing to a plain component', async () => {
    await expect(preloadComponent(Inner)).resolves.toBeUndefined()
  })
})
