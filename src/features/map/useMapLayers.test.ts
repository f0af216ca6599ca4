// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest'
import { defineComponent, h, nextTick, ref } from 'vue'
import { mount } from '@vue/test-utils'
import { QueryClient, VueQueryPlugin } from '@tanstack/vue-query'
import { isApiError } from '@/api'
import { setFault } from '../../../mocks/handlers/faults'
import { TEST_VIEW } from './testUtils'
import { tileFailures } from './tileFailures'
import { isTileOutput, type ViewState } from './types'
import { useMapLayers, type MapData } from './useMapLayers'

function harness(ids: string[], view: Partial<ViewState> = {}) {
  const active = ref(ids)
  const state = ref<ViewState>({ ...TEST_VIEW, ...view })
  let data: MapData | undefined
  const Host = defineComponent(() => {
    data = useMapLayers(active, state)
    return () => h('div')
  })
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } })
  const wrapper = mount(Host, { global: { plugins: [[VueQueryPlugin, { queryClient: client }]] } })
  if (!data) throw new Error('not set up')
  return { data, active, state, wrapper }
}

const byId = (d: MapData, id: string) => d.layers.value.find((l) => l.layer.id === id)
/** The features a layer built (none for a tiled layer). */
const featuresOf = (d: MapData, id: string) => {
  const out = byId(d, id)?.output
  return out && !isTileOutput(out) ? out.geojson.features : []
}

describe('useMapLayers', () => {
  it('draws a working layer while a failing one reports its own error', async () => {
    setFault('flowsOd', { kind: 'http500' })
    const { data } = harness(['population.density', 'flows.od'])
    await vi.waitFor(() => expect(byId(data, 'population.density')?.status).toBe('ready'), { timeout: 5000 })
    await vi.waitFor(() => expect(byId(data, 'flows.od')?.status).toBe('error'), { timeout: 5000 })
    const density = byId(data, 'population.density')
    expect(featuresOf(data, 'population.density')).toHaveLength(16)
    expect(density?.output?.invalid).toBe(0)
    expect(density?.meta?.demo).toBe(true)
    const flows = byId(data, 'flows.od')
    expect(isApiError(flows?.error) && flows.error.status).toBe(500)
    expect(flows?.output).toBeNull()
  })

  it('reports a schema-invalid payload as an error with the field, not as drawn data', async () => {
    setFault('clinics', { kind: 'invalid' })
    const { data } = harness(['clinics.facilities'])
    await vi.waitFor(() => expect(byId(data, 'clinics.facilities')?.status).toBe('error'), { timeout: 5000 })
    const e = byId(data, 'clinics.facilities')?.error
    expect(isApiError(e) && e.kind).toBe('schema')
  })

  it('starts and stops layers with the active list, in that order', async () => {
    const { data, active } = harness(['schools.gap'])
    await vi.waitFor(() => expect(byId(data, 'schools.gap')?.status).toBe('ready'), { timeout: 5000 })
    active.value = ['flows.od', 'schools.gap']
    await nextTick()
    expect(data.layers.value.map((l) => l.layer.id)).toEqual(['flows.od', 'schools.gap'])
    active.value = ['flows.od']
    await nextTick()
    expect(data.layers.value.map((l) => l.layer.id)).toEqual(['flows.od'])
    await vi.waitFor(() => expect(featuresOf(data, 'flows.od').length).toBeGreaterThan(16), { timeout: 5000 })
  })

  it('keeps the previous hour drawn while the next loads, and does not recompute on pan', async () => {
    const { data, state } = harness(['flows.od'])
    await vi.waitFor(() => expect(byId(data, 'flows.od')?.status).toBe('ready'), { timeout: 5000 })
    const first = byId(data, 'flows.od')?.output
    state.value = { ...state.value, center: [121.5, 31.3] }
    await nextTick()
    expect(byId(data, 'flows.od')?.output).toBe(first)
    state.value = { ...state.value, hour: 17 }
    await nextTick()
    expect(byId(data, 'flows.od')?.output).not.toBeNull()
    await vi.waitFor(() => expect(byId(data, 'flows.od')?.updating).toBe(false), { timeout: 5000 })
    expect(byId(data, 'flows.od')?.output).not.toBe(first)
  })

  it('rebuilds a source only when a knob it reads changes, so the map does not tile it again', async () => {
    const { data, state } = harness(['population.density', 'schools.gap'])
    await vi.waitFor(() => expect(data.layers.value.every((l) => l.status === 'ready')).toBe(true), { timeout: 5000 })
    const density = byId(data, 'population.density')?.output
    const gap = byId(data, 'schools.gap')?.output
    // A new forecast year (the wall's scenes set it as their decisions come in): only the gap reads it.
    state.value = { ...state.value, year: state.value.year + 1 }
    await nextTick()
    expect(byId(data, 'population.density')?.output).toBe(density)
    expect(byId(data, 'schools.gap')?.output).not.toBe(gap)
    const gapNext = byId(data, 'schools.gap')?.output
    state.value = { ...state.value, hour: 17, dayType: 'weekend' }
    await nextTick()
    expect(byId(data, 'schools.gap')?.output).toBe(gapNext)
    expect(byId(data, 'population.density')?.output).toBe(density)
  })
})

describe('a tiled surface', () => {
  it('hands the map absolute tile URLs from the validated TileJSON, with its meta for the legend', async () => {
    const { data } = harness(['density.hourly'], { hour: 18 })
    await vi.waitFor(() => expect(byId(data, 'density.hourly')?.status).toBe('ready'), { timeout: 10_000 })
    const s = byId(data, 'density.hourly')
    const out = s?.output
    if (!out || !isTileOutput(out)) throw new Error('expected tiles')
    expect(out.tiles.urls[0]).toMatch(/^http:\/\/localhost\/api\/v1\/density\/tiles\/\{z\}\/\{x\}\/\{y\}\.pbf\?surface=hourly&hour=18&v=/)
    expect(out.tiles.sourceLayer).toBe('cells')
    expect(s?.meta?.demo).toBe(true)
    expect(out.notes[0]?.params.ranges).toBe('7 (z6–9) · 8 (z10–11) · 9 (z12–14)')
  })

  it('is failing while the map reports its tiles failing, and recovers', async () => {
    const { data } = harness(['density.elderly_65'])
    await vi.waitFor(() => expect(byId(data, 'density.elderly_65')?.status).toBe('ready'), { timeout: 10_000 })
    const { ApiError } = await import('@/api')
    tileFailures.set('density.elderly_65', new ApiError('http', '/api/v1/density/tiles/12/1/2.pbf', 'HTTP 500', { status: 500 }))
    await nextTick()
    expect(byId(data, 'density.elderly_65')?.status).toBe('error')
    expect(isApiError(byId(data, 'density.elderly_65')?.error) && byId(data, 'density.elderly_65')?.error).toMatchObject({ status: 500 })
    expect(byId(data, 'density.elderly_65')?.output).not.toBeNull() // its legend stays
    tileFailures.delete('density.elderly_65')
    await nextTick()
    expect(byId(data, 'density.elderly_65')?.status).toBe('ready')
  })
})

describe('useMapLayers with a broken transform', () => {
  it('turns an exception in toSource into that layer’s error', async () => {
    const { defineMapLayer } = await import('./mapLayer')
    const { populationQueries } = await import('@/features/population')
    const broken = defineMapLayer({
      id: 'population.dayNight', // any catalogued id: this layer is passed in, not looked up
      query: () => populationQueries.byRegion(),
      toSource: () => {
        throw new Error('unexpected shape')
      },
      layers: [],
      legend: { scale: (await import('./colorScales')).SCALES.hourly, unit: { 'zh-CN': '', en: '' }, definition: { 'zh-CN': '', en: '' } },
    })
    const active = ref(['population.dayNight'])
    let data: MapData | undefined
    const Host = defineComponent(() => {
      data = useMapLayers(active, ref(TEST_VIEW), [broken])
      return () => h('div')
    })
    mount(Host, { global: { plugins: [[VueQueryPlugin, { queryClient: new QueryClient({ defaultOptions: { queries: { retry: false } } }) }]] } })
    await vi.waitFor(() => expect(data?.layers.value[0]?.status).toBe('error'), { timeout: 5000 })
    expect(String(data?.layers.value[0]?.error)).toContain('unexpected shape')
  })
})
