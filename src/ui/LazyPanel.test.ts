// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { defineAsyncComponent, defineComponent, h, ref, type Component } from 'vue'
import { mountWithApp } from './testUtils'
import LazyPanel from './LazyPanel.vue'

/** An IntersectionObserver the test drives: `FakeObserver.near()` says every watched element came near. */
class FakeObserver {
  static all: FakeObserver[] = []
  static near() {
    for (const o of FakeObserver.all) if (!o.disconnected) o.callback([{ isIntersecting: true }])
  }
  disconnected = false
  constructor(readonly callback: (entries: { isIntersecting: boolean }[]) => void) {
    FakeObserver.all.push(this)
  }
  observe() {}
  disconnect() {
    this.disconnected = true
  }
}

const Inner = defineComponent({ setup: () => () => h('section', { class: 'inner' }, [h('button', 'inside')]) })

function mountLazy(load: () => Promise<unknown>, hold = false, content: Component = Inner) {
  return mountWithApp(LazyPanel, {
    props: { title: '门诊负荷与容量 · 全市', height: '54rem', load, hold },
    slots: { default: () => h(content) },
    attachTo: document.body,
  })
}

const flush = () => new Promise((r) => setTimeout(r, 0))

beforeEach(() => vi.stubGlobal('IntersectionObserver', FakeObserver))
afterEach(() => {
  FakeObserver.all = []
  vi.unstubAllGlobals()
  document.body.innerHTML = ''
})

describe('LazyPanel', () => {
  it('holds the place with its title and loads nothing until it comes near', async () => {
    const load = vi.fn(() => Promise.resolve())
    const w = mountLazy(load)
    await flush()
    const placeholder = w.get('.lazy-panel__placeholder')
    expect(placeholder.text()).toContain('门诊负荷与容量 · 全市')
    expect(placeholder.text()).toContain('滚动到这里时加载')
    expect(placeholder.attributes('style')).toContain('min-height: 54rem')
    expect(load).not.toHaveBeenCalled()
    expect(w.find('.inner').exists()).toBe(false)

    FakeObserver.near()
    await flush()
    expect(load).toHaveBeenCalledTimes(1)
    expect(w.find('.inner').exists()).toBe(true)
    expect(w.find('.lazy-panel__placeholder').exists()).toBe(false)
    w.unmount()
  })

  it('does not judge nearness while what is above still loads', async () => {
    const load = vi.fn(() => Promise.resolve())
    const w = mountLazy(load, true)
    await flush()
    FakeObserver.near()
    await flush()
    expect(load).not.toHaveBeenCalled()
    await w.setProps({ hold: false })
    await flush()
    FakeObserver.near()
    await flush()
    expect(load).toHaveBeenCalledTimes(1)
    w.unmount()
  })

  it('loads when tabbed to and keeps the place in the tab order', async () => {
    let arrive = () => {}
    const load = vi.fn(() => new Promise<void>((r) => (arrive = r)))
    const w = mountLazy(load)
    await flush()
    const placeholder = w.get<HTMLElement>('.lazy-panel__placeholder')
    expect(placeholder.attributes('tabindex')).toBe('0')
    placeholder.element.focus()
    await flush()
    expect(load).toHaveBeenCalledTimes(1)
    expect(placeholder.attributes('aria-busy')).toBe('true')
    expect(placeholder.text()).toContain('正在加载')
    arrive()
    await flush()
    expect(w.find('.inner').exists()).toBe(true)
    // Focus stays where the placeholder was, so the next Tab goes into the panel.
    expect(document.activeElement).toBe(w.get('.lazy-panel').element)
    w.unmount()
  })

  it('keeps its height and the focus on screen until the panel in the slot has rendered', async () => {
    let render = (_: Component) => {}
    const Later = defineAsyncComponent(() => new Promise<Component>((r) => (render = r)))
    const w = mountLazy(() => Promise.resolve(), false, Later)
    await flush()
    w.get<HTMLElement>('.lazy-panel__placeholder').element.focus()
    await flush()
    // Code in, panel not drawn yet: the box holds the placeholder's height and has the focus.
    const root = w.get<HTMLElement>('.lazy-panel')
    expect(w.find('.lazy-panel__placeholder').exists()).toBe(false)
    expect(root.attributes('style')).toContain('min-height: 54rem')
    expect(document.activeElement).toBe(root.element)
    render(Inner)
    await flush()
    await flush()
    expect(w.find('.inner').exists()).toBe(true)
    expect(root.attributes('style') ?? '').not.toContain('min-height')
    w.unmount()
  })

  it('keeps its height while the panel in the slot still waits for its data', async () => {
    const busy = ref(true)
    const Loading = () => h('section', { class: 'inner', 'aria-busy': String(busy.value) }, [h('div', { class: busy.value ? 'skeleton' : 'content' })])
    const w = mountLazy(() => Promise.resolve(), false, Loading)
    await flush()
    FakeObserver.near()
    await flush()
    await flush()
    // Drawn, but a skeleton: shorter than the panel will be, so the place is still held.
    expect(w.find('.skeleton').exists()).toBe(true)
    const root = w.get<HTMLElement>('.lazy-panel')
    expect(root.attributes('style')).toContain('min-height')
    busy.value = false
    await flush()
    await flush()
    expect(w.find('.content').exists()).toBe(true)
    expect(root.attributes('style') ?? '').not.toContain('min-height')
    w.unmount()
  })

  it('says so in this panel when the code does not arrive, and tries again on request', async () => {
    const load = vi.fn().mockRejectedValueOnce(new Error('Failed to fetch dynamically imported module')).mockResolvedValueOnce(undefined)
    const w = mountLazy(load)
    await flush()
    FakeObserver.near()
    await flush()
    expect(w.get('[role="alert"]').text()).toContain('此面板未能加载')
    expect(w.find('.inner').exists()).toBe(false)
    await w.get('.lazy-panel__retry').trigger('click')
    await flush()
    expect(load).toHaveBeenCalledTimes(2)
    expect(w.find('.inner').exists()).toBe(true)
    w.unmount()
  })
})
