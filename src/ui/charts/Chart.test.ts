// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h } from 'vue'
import { mount } from '@vue/test-utils'
import Chart from './Chart.vue'

/** The chart as ECharts measured it at its last draw (whole pixels, from its box's clientWidth/Height). */
const drawn = { width: 638, height: 242 }
const resize = vi.fn(() => {
  const box = document.querySelector<HTMLElement>('.chart')!
  drawn.width = box.clientWidth
  drawn.height = box.clientHeight
})

vi.mock('./echarts', () => ({}))
vi.mock('vue-echarts', () => ({
  default: defineComponent({
    setup(_, { expose }) {
      expose({ getWidth: () => drawn.width, getHeight: () => drawn.height, resize })
      return () => h('div', { class: 'echarts-host' })
    },
  }),
}))

/** A ResizeObserver the test drives: `FakeObserver.fire()` reports a change of every watched box. */
class FakeObserver {
  static all: FakeObserver[] = []
  static fire() {
    for (const o of FakeObserver.all) o.callback([], o)
  }
  constructor(readonly callback: (entries: unknown[], o: FakeObserver) => void) {
    FakeObserver.all.push(this)
  }
  observe() {}
  disconnect() {}
}

/** The chart's box now has this size, and its ResizeObserver says so. */
function reportBoxSize(width: number, height: number) {
  const box = document.querySelector<HTMLElement>('.chart')!
  Object.defineProperty(box, 'clientWidth', { value: width, configurable: true })
  Object.defineProperty(box, 'clientHeight', { value: height, configurable: true })
  FakeObserver.fire()
}

describe('Chart', () => {
  let wrapper: ReturnType<typeof mount>
  beforeEach(() => {
    vi.useFakeTimers()
    vi.stubGlobal('ResizeObserver', FakeObserver)
    FakeObserver.all = []
    resize.mockClear()
    Object.assign(drawn, { width: 638, height: 242 })
    wrapper = mount(Chart, { props: { option: {}, label: 'chart' }, attachTo: document.body })
  })
  afterEach(() => {
    wrapper.unmount()
    vi.useRealTimers()
    vi.unstubAllGlobals()
    document.body.innerHTML = ''
  })

  it('does not draw again when its box reports the size it was drawn at', async () => {
    // A box 638.17 px wide: its clientWidth is 638, as the chart measured it. vue-echarts' autoresize
    // compared 638.17 with 638 and drew every chart a second time.
    reportBoxSize(638, 242)
    await vi.advanceTimersByTimeAsync(200)
    expect(resize).not.toHaveBeenCalled()
  })

  it('follows its box to a new size, at most every 100 ms and always to the last one', async () => {
    reportBoxSize(1049, 242)
    expect(resize).toHaveBeenCalledTimes(1)
    expect(drawn).toEqual({ width: 1049, height: 242 })
    // A window being dragged: three sizes within 100 ms end at the last, in one more draw.
    reportBoxSize(900, 242)
    reportBoxSize(800, 200)
    expect(resize).toHaveBeenCalledTimes(1)
    await vi.advanceTimersByTimeAsync(150)
    expect(resize).toHaveBeenCalledTimes(2)
    expect(drawn).toEqual({ width: 800, height: 200 })
  })

  it('leaves a hidden chart (a box of no size) as it was', async () => {
    reportBoxSize(0, 0)
    await vi.advanceTimersByTimeAsync(200)
    expect(resize).not.toHaveBeenCalled()
  })
})
