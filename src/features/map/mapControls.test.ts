// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest'
import { mount } from '@vue/test-utils'
import { ApiError } from '@/api'
import { testI18n } from '@/ui/testUtils'
import LayerControl from './LayerControl.vue'
import MapLegend from './MapLegend.vue'
import TimeControl from './TimeControl.vue'
import type { MapLayer } from './mapLayer'
import { allMapLayers, fakeState, TEST_VIEW } from './testUtils'

const mapLayers = await allMapLayers()
const layer = (id: string): MapLayer => {
  const l = mapLayers.find((m) => m.id === id)
  if (!l) throw new Error(id)
  return l
}
const global = { plugins: [testI18n('en')] }

describe('LayerControl', () => {
  it('shows a failing layer’s error with a retry, and skipped features, beside working layers', async () => {
    const retry = vi.fn()
    const states = [
      fakeState(layer('flows.od'), { status: 'error', error: new ApiError('http', '/flows/od', 'HTTP 503', { status: 503 }), output: null, retry }),
      fakeState(layer('population.density'), {
        output: { geojson: { type: 'FeatureCollection', features: [] }, invalid: 3, notes: [] },
      }),
    ]
    const w = mount(LayerControl, { props: { active: ['flows.od', 'population.density'], states }, global })
    const flows = w.get('[data-layer="flows.od"]')
    expect(flows.text()).toContain('HTTP 503')
    await flows.get('button').trigger('click')
    expect(retry).toHaveBeenCalled()
    expect(w.get('[data-layer="population.density"]').text()).toContain('3 invalid features skipped')
  })

  it('swaps layers within an exclusive group', async () => {
    const w = mount(LayerControl, { props: { active: ['population.density', 'flows.od'], states: [] }, global })
    await w.get('[data-layer="schools.gap"] input').setValue(true)
    expect(w.emitted('update:active')?.[0]).toEqual([['flows.od', 'schools.gap']])
    expect(w.findAll('input[type="checkbox"]')).toHaveLength(mapLayers.length)
  })
})

describe('MapLegend', () => {
  it('shows classes, unit, definition, source and as-of from meta, notes and invalid count', () => {
    const meta = {
      asOf: '2026-11-23T08:00:00+08:00',
      source: { zh: '上海市交通委', en: 'Shanghai Transport Commission <img src=x onerror=alert(1)>' },
      definition: { volume: { zh: '人次', en: 'Trips' } },
      units: { volume: 'trips/h' },
      demo: true,
    }
    const output = {
      geojson: { type: 'FeatureCollection' as const, features: [] },
      invalid: 2,
      notes: [{ key: 'cityMap.note.otherFlows', params: { n: 210, trips: 650063 } }],
    }
    const w = mount(MapLegend, {
      props: { states: [fakeState(layer('flows.od'), { meta, output }), fakeState(layer('schools.gap'), { output: null })], view: TEST_VIEW },
      global,
    })
    const text = w.text()
    expect(text).toContain('Population flows (OD)')
    expect(text).toContain('Weekday · 08:00')
    expect(text).toContain('Demo data')
    expect(text).toContain('Other flows: 210 pairs, 650,063 trips')
    expect(text).toContain('2 invalid features skipped')
    expect(text).toContain('Nov 23, 2026')
    expect(w.findAll('.map-legend__swatch')).toHaveLength(8) // 7 classes + no data
    // API text is text: the markup in the source name is shown, never parsed.
    expect(w.find('img').exists()).toBe(false)
    expect(text).toContain('<img src=x onerror=alert(1)>')
    // A layer without data gets no legend block.
    expect(w.find('[data-layer="schools.gap"]').exists()).toBe(false)
  })
})

describe('TimeControl', () => {
  afterEach(() => vi.useRealTimers())

  it('plays through the hours and pauses', async () => {
    vi.useFakeTimers()
    const w = mount(TimeControl, { props: { hour: 22, year: 2030, level: 'primary', dayType: 'weekday', stepMs: 1000 }, global })
    await w.get('.time-control__play').trigger('click')
    vi.advanceTimersByTime(1000)
    expect(w.emitted('update:hour')?.[0]).toEqual([23])
    await w.setProps({ hour: 23 })
    vi.advanceTimersByTime(1000)
    expect(w.emitted('update:hour')?.[1]).toEqual([0]) // wraps round midnight
    await w.get('.time-control__play').trigger('click')
    vi.advanceTimersByTime(5000)
    expect(w.emitted('update:hour')).toHaveLength(2)
  })

  it('shows only the controls asked for and emits typed values', async () => {
    const w = mount(TimeControl, {
      props: { hour: 8, year: 2030, level: 'primary', dayType: 'weekday', show: ['year', 'level'], yearRange: [2016, 2037] },
      global,
    })
    expect(w.find('.time-control__play').exists()).toBe(false)
    await w.get('select').setValue('junior')
    expect(w.emitted('update:level')?.[0]).toEqual(['junior'])
    const slider = w.get('input[type="range"]')
    expect(slider.attributes('min')).toBe('2016')
    await slider.setValue('2033')
    expect(w.emitted('update:year')?.[0]).toEqual([2033])
  })
})
