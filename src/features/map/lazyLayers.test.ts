// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h, ref } from 'vue'
import { mount } from '@vue/test-utils'
import { QueryClient, VueQueryPlugin } from '@tanstack/vue-query'
import { loadedMapLayer, loadMapLayers } from './layers'
import { TEST_VIEW } from './testUtils'
import { useMapLayers, type MapData } from './useMapLayers'

// A room's layer chunk fails as often as `chunks[room].failures` says, as it would offline or after
// a new deployment removed it: reading its layers rejects the room's load.
const chunks = vi.hoisted(() => ({ flows: { failures: 0, loads: 0 }, population: { failures: 0, loads: 0 } }))
function failing<T>(room: keyof typeof chunks, layers: T): T {
  const c = chunks[room]
  c.loads++
  if (c.failures > 0) {
    c.failures--
    throw new TypeError('Failed to fetch dynamically imported module')
  }
  return layers
}
vi.mock('@/features/flows/flows.layers', async (importOriginal) => {
  const real = await importOriginal<typeof import('@/features/flows/flows.layers')>()
  return {
    get flowLayers() {
      return failing('flows', real.flowLayers)
    },
  }
})
vi.mock('@/features/population/population.layers', async (importOriginal) => {
  const real = await importOriginal<typeof import('@/features/population/population.layers')>()
  return {
    get populationLayers() {
      return failing('population', real.populationLayers)
    },
  }
})

function host(ids: string[]): () => MapData | undefined {
  let data: MapData | undefined
  const Host = defineComponent(() => {
    data = useMapLayers(ref(ids), ref(TEST_VIEW))
    return () => h('div')
  })
  mount(Host, { global: { plugins: [[VueQueryPlugin, { queryClient: new QueryClient() }]] } })
  return () => data
}
const shown = (data: MapData | undefined) => data?.layers.value.map((s) => s.layer.id)

afterEach(() => {
  vi.useRealTimers()
})

describe('layer code loading on demand', () => {
  it('loads a room once for all its layers, and tries again after its chunk failed', async () => {
    chunks.flows.failures = 1
    await expect(loadMapLayers(['flows.od'])).rejects.toThrow('dynamically imported')
    expect(loadedMapLayer('flows.od')).toBeUndefined()
    await loadMapLayers(['flows.od', 'nope'])
    await loadMapLayers(['flows.od'])
    expect(loadedMapLayer('flows.od')?.id).toBe('flows.od')
    expect(chunks.flows.loads).toBe(2)
    // Other rooms are not loaded by asking for this one.
    expect(loadedMapLayer('clinics.facilities')).toBeUndefined()
  })

  it('starts a layer when its code arrives', async () => {
    const data = host(['clinics.facilities'])
    expect(shown(data())).toEqual([]) // its code is still on the way
    await vi.waitFor(() => expect(shown(data())).toEqual(['clinics.facilities']))
  })

  it('asks again every few seconds for a chunk that failed, while its layer is on', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    chunks.population.failures = 2
    const data = host(['population.density'])
    await vi.waitUntil(() => chunks.population.loads === 1)
    await vi.advanceTimersByTimeAsync(4_000)
    expect(chunks.population.loads).toBe(1) // not before its time
    expect(shown(data())).toEqual([])
    await vi.advanceTimersByTimeAsync(1_000)
    await vi.waitUntil(() => chunks.population.loads === 2)
    expect(shown(data())).toEqual([])
    await vi.advanceTimersByTimeAsync(5_000)
    await vi.waitUntil(() => chunks.population.loads === 3)
    await vi.waitFor(() => expect(shown(data())).toEqual(['population.density']))
  })
})
