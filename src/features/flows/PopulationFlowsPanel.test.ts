// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest'
import { defineComponent, h } from 'vue'
import { QueryClient, VueQueryPlugin } from '@tanstack/vue-query'
import { http, HttpResponse } from 'msw'
import { mountWithApp } from '@/ui/testUtils'
import { createMockDb } from '../../../mocks/data/db'
import { server } from '../../../mocks/node'
import PopulationFlowsPanel from './PopulationFlowsPanel.vue'

// Canvas charts do not run in happy-dom: a stand-in shows which chart would be drawn.
const ChartFrame = defineComponent({
  props: { label: { type: String, required: true } },
  setup: (props) => () => h('figure', { class: 'chart-stub' }, props.label),
})

function mountPanel(region: string | null) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } })
  return mountWithApp(PopulationFlowsPanel, {
    props: { region },
    global: { plugins: [[VueQueryPlugin, { queryClient: client }]], stubs: { ChartFrame } },
  })
}

const db = createMockDb()

describe('PopulationFlowsPanel', () => {
  it('states the decision, draws the forecast and the typical day, says how it forecasts, and lists OD pairs at the peak hour', async () => {
    const w = mountPanel('310115')
    await vi.waitFor(() => expect(w.find('.od__table tbody tr').exists()).toBe(true), { timeout: 5000 })
    await vi.waitFor(() => expect(w.find('.flows__decision').text()).toContain('公共服务按常住人口配置'), { timeout: 5000 })
    expect(w.find('.flows__decision').text()).toMatch(/^研判: 浦东新区 今日 08:00–10:00、明日 07:00–08:00 净流入最多/)
    expect(w.findAll('.chart-stub').map((c) => c.text())).toEqual(['未来24小时流入与流出', '典型日逐时流入与流出 · 工作日'])
    expect(w.text()).toContain('方法：典型日出行模型')
    expect(w.text()).toContain('此预测暂无回测数据，准确度未知。')
    expect(w.find('.od__table caption').text()).toBe('典型工作日 08:00–09:00 出发的跨区出行（预测净流入峰值时段）')
    expect(w.findAll('.od__table tbody tr')).toHaveLength(8)
    expect(w.findAll('.od__table tbody tr').every((r) => r.text().includes('浦东新区'))).toBe(true)
    w.unmount()
  })

  it('ranks the districts city-wide and lists the busiest hour’s pairs', async () => {
    const w = mountPanel(null)
    await vi.waitFor(() => expect(w.find('.flows__decision').text()).toContain('全市白天人口增加最多：浦东新区'), { timeout: 5000 })
    expect(w.find('.panel__title').text()).toBe('人口流动')
    await vi.waitFor(() => expect(w.find('.od__table caption').text()).toContain('预测出行最多时段'), { timeout: 5000 })
    w.unmount()
  })

  it('says what is wrong with an inconsistent forecast and draws no forecast chart', async () => {
    const body = structuredClone(db.respond('flowForecast', { region: '310112' }))
    body.data.points.reverse()
    const p = body.data.points[4]
    if (p) p.outflow = { p10: 9000, p50: 8000, p90: 7000 }
    server.use(http.get('*/api/v1/flows/forecast', () => HttpResponse.json(body)))
    const w = mountPanel('310112')
    await vi.waitFor(() => expect(w.find('.flows__issues').exists()).toBe(true), { timeout: 5000 })
    const issues = w.findAll('.flows__issues li').map((li) => li.text())
    expect(issues).toEqual([
      '11-24 03:00 的流出预测区间有误（p10 大于 p50 或 p50 大于 p90），未绘图。',
      '流动预测的时间顺序错乱（11-24 06:00 不在前一时点之后），未绘图。',
    ])
    await vi.waitFor(() => expect(w.findAll('.chart-stub').map((c) => c.text())).toEqual(['典型日逐时流入与流出 · 工作日']), { timeout: 5000 })
    expect(w.find('.flows__decision').text()).toContain('闵行区 暂无可用的流动预测')
    w.unmount()
  })
})
