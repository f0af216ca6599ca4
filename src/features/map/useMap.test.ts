// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest'

const created = vi.hoisted(() => ({ count: 0, fail: false }))
const fake = vi.hoisted(() => ({
  container: null as HTMLDivElement | null,
  animated: [] as boolean[],
  resized: 0,
}))

vi.mock('./mapRuntime', () => ({
  createMapController: () => {
    if (created.fail) {
      created.fail = false
      throw new Error('WebGL context lost')
    }
    created.count++
    fake.container = document.createElement('div')
    return {
      container: fake.container,
      map: { resize: () => fake.resized++ },
      drawn: new Promise(() => {}),
      setAnimated: (on: boolean) => fake.animated.push(on),
    }
  },
}))

const { acquireMap, releaseMap } = await import('./useMap')
const init = { theme: 'dark' as const, camera: { center: [121.47, 31.2] as [number, number], zoom: 9 } }

describe('the session map', () => {
  const a = document.createElement('section')
  const b = document.createElement('section')

  it('is created once and moved into whichever view mounts it', async () => {
    const first = await acquireMap(a, init)
    expect(a.contains(fake.container)).toBe(true)
    const second = await acquireMap(b, init)
    expect(second).toBe(first)
    expect(created.count).toBe(1)
    expect(b.contains(fake.container)).toBe(true)
    expect(a.contains(fake.container)).toBe(false)
  })

  it('a view that lets go after another took the map does not take it away', async () => {
    releaseMap(a)
    await Promise.resolve()
    await Promise.resolve()
    expect(b.contains(fake.container)).toBe(true)
  })

  it('detaches (never destroys) and stops animating when the last view lets go', async () => {
    releaseMap(b)
    await vi.waitFor(() => expect(b.contains(fake.container)).toBe(false))
    expect(fake.animated.at(-1)).toBe(false)
    await acquireMap(a, init)
    expect(created.count).toBe(1)
    expect(fake.animated.at(-1)).toBe(true)
  })
})

describe('placing the map', () => {
  it('resizes a map that waited detached, and not one that waited in a slot of its size', async () => {
    const host = document.createElement('section')
    fake.resized = 0
    await acquireMap(host, init) // detached until now: happy-dom measures it 0×0
    expect(fake.resized).toBe(1)
    releaseMap(host)
    await vi.waitFor(() => expect(host.contains(fake.container)).toBe(false))
    fake.container!.getBoundingClientRect = () => ({ width: 800, height: 600 }) as DOMRect
    await acquireMap(host, init)
    expect(fake.resized).toBe(1)
  })
})

describe('a map asked for once the runtime has loaded (main.ts preloads it)', () => {
  it('is created at once, in the asking view\'s setup, not a microtask later after the view has rendered', async () => {
    vi.resetModules()
    const m = await import('./useMap')
    await m.preloadMapRuntime()
    const before = created.count
    void m.createMapEarly(init)
    expect(created.count).toBe(before + 1)
  })

  it('that fails to be created is tried again by the next view that asks', async () => {
    vi.resetModules()
    const m = await import('./useMap')
    await m.preloadMapRuntime()
    created.fail = true
    await expect(m.createMapEarly(init)).rejects.toThrow('WebGL context lost')
    const before = created.count
    await expect(m.createMapEarly(init)).resolves.toBeTruthy()
    expect(created.count).toBe(before + 1)
  })
})
