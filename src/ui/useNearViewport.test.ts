import { afterEach, describe, expect, it, vi } from 'vitest'
import { effectScope, nextTick, shallowRef } from 'vue'
import { useNearViewport } from './useNearViewport'

/** A stand-in IntersectionObserver the test drives by hand. */
class FakeObserver {
  static all: FakeObserver[] = []
  observed: Element[] = []
  disconnected = false
  constructor(
    readonly callback: (entries: { isIntersecting: boolean }[]) => void,
    readonly options: Record<string, unknown>,
  ) {
    FakeObserver.all.push(this)
  }
  observe(el: Element) {
    this.observed.push(el)
  }
  disconnect() {
    this.disconnected = true
  }
  report(isIntersecting: boolean) {
    this.callback([{ isIntersecting }])
  }
}

const el = () => ({}) as Element

afterEach(() => {
  FakeObserver.all = []
  vi.unstubAllGlobals()
})

describe('useNearViewport', () => {
  it('widens the viewport and every scrolling box by the margin, and stays true once near', async () => {
    vi.stubGlobal('IntersectionObserver', FakeObserver)
    const target = shallowRef<Element | null>(el())
    const scope = effectScope()
    const near = scope.run(() => useNearViewport(target, '200px'))!
    await nextTick()
    const observer = FakeObserver.all[0]!
    expect(observer.options).toEqual({ rootMargin: '200px', scrollMargin: '200px' })
    expect(observer.observed).toEqual([target.value])
    observer.report(false)
    expect(near.value).toBe(false)
    observer.report(true)
    expect(near.value).toBe(true)
    expect(observer.disconnected).toBe(true)
    // Once near, a new element (a re-render) is not watched again: the panel is loaded for good.
    target.value = el()
    await nextTick()
    expect(FakeObserver.all).toHaveLength(1)
    expect(near.value).toBe(true)
    scope.stop()
  })

  it('stops watching when its owner goes away', async () => {
    vi.stubGlobal('IntersectionObserver', FakeObserver)
    const scope = effectScope()
    scope.run(() => useNearViewport(shallowRef(el()), '10px'))
    await nextTick()
    scope.stop()
    expect(FakeObserver.all[0]!.disconnected).toBe(true)
  })

  it('waits for an element, and counts as near at once where IntersectionObserver is missing', async () => {
    vi.stubGlobal('IntersectionObserver', undefined)
    const target = shallowRef<Element | null>(null)
    const scope = effectScope()
    const near = scope.run(() => useNearViewport(target, '10px'))!
    await nextTick()
    expect(near.value).toBe(false)
    target.value = el()
    await nextTick()
    expect(near.value).toBe(true)
    scope.stop()
  })
})
