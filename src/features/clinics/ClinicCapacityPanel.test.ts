// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest'
import { defineComponent, h } from 'vue'
import { QueryClient, VueQueryPlugin } from '@tanstack/vue-query'
import { http, HttpResponse } from 'msw'
import { mountWithApp } from '@/ui/testUtils'
import { createMockDb } from '../../../mocks/data/db'
import { server } from '../../../mocks/node'
import ClinicCapacityPanel from './ClinicCapacityPanel.vue'

// Canvas charts do not run in happy-dom: a stand-in shows which chart would be drawn.
const ChartFrame = defineComponent({
  props: { label: { type: String, required: true } },
  setup: (props) => () => h('figure', { class: 'chart-stub' }, props.label),
})

function mountPanel(region: string | null, doctorsPct?: Record<string, number>) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } })
  return mountWithApp(ClinicCapacityPanel, {
    props: { region, doctorsPct },
    global: { plugins: [[VueQueryPlugin, { queryClient: client }]], stubs: { ChartFrame } },
  })
}

const wait = (check: () => void) => vi.waitFor(check, { timeout: 5000 })
const lines = (w: ReturnType<typeof mountPanel>) => w.findAll('.decision').map((d) => d.text())

describe('ClinicCapacityPanel', () => {
  it('charts a district, states its decision, how it forecasts and the districts now', async () => {
    const w = mountPanel('310112')
    await wait(() => expect(w.find('.decision').exists()).toBe(true))
    await wait(() => expect(w.find('.panel__title').text()).toBe('门诊负荷与容量 · 闵行区'))
    expect(lines(w)).toEqual(['需行动闵行区：未来 90 天中 4 天门诊负荷超过容量 90%，首日 2026-12-28，峰值 1月11日 94%；高情景（P90）37 天'])
    expect(w.find('.chart-stub').text()).toBe('闵行区：过去 90 天每日门诊量与未来 90 天预测，对比日接诊能力')
    expect(w.text()).toContain('方法：季节水平法')
    expect(w.findAll('.honesty__table tbody th').map((th) => th.text())).toEqual(['提前 1 天', '提前 2–7 天', '提前 8–14 天'])
    await wait(() => expect(w.findAll('.districts tbody tr')).toHaveLength(16))
    expect(w.find('.districts tr.current th').text()).toBe('闵行区')
    w.unmount()
  })

  it('sets a scenario beside the baseline with the change in flagged days', async () => {
    const w = mountPanel('310112', { '310112': 10 })
    await wait(() => expect(w.findAll('.decision')).toHaveLength(2))
    expect(lines(w)[0]).toMatch(/^基线需行动闵行区：未来 90 天中 4 天/)
    expect(lines(w)[1]).toMatch(/^情景（医生 \+10%）/)
    expect(w.find('.compare').text()).toMatch(/^超阈值天数：基线 4 天 → 情景 0 天（−4）$/)
  })

  it('sums the city and names how many districts cross', async () => {
    const w = mountPanel(null)
    await wait(() => expect(w.find('.decision').exists()).toBe(true))
    expect(w.find('.panel__title').text()).toBe('门诊负荷与容量 · 全市')
    expect(lines(w)[0]).toContain('全市 16 个区中 6 个区未来 90 天有门诊负荷超过容量 90% 的日子')
    w.unmount()
  })

  it('says what is wrong with a faulty forecast and draws no chart', async () => {
    const body = structuredClone(createMockDb().respond('clinicForecast', {}))
    const mh = body.data.series.find((s) => s.region === '310112')
    const p = mh?.points[3]
    if (p) Object.assign(p, { p10: 9000, p90: 8000 })
    server.use(http.get('*/api/v1/clinics/forecast', () => HttpResponse.json(body)))
    const w = mountPanel('310112')
    await wait(() => expect(w.find('.clinic__faulty').exists()).toBe(true))
    expect(w.find('.clinic__faulty').text()).toBe(
      '预测数据有误，未绘制图表：闵行区：预测区间颠倒（p10 > p50 或 p50 > p90），首见 2026-11-27',
    )
    expect(w.find('.chart-stub').exists()).toBe(false)
    expect(w.find('.decision').exists()).toBe(false)
    w.unmount()
  })
})
