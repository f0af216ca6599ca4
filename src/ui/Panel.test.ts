// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest'
import { enableAutoUnmount } from '@vue/test-utils'
import { defineComponent, h, nextTick, ref } from 'vue'
import { ApiError, type Meta } from '@/api'
import Panel from './Panel.vue'
import { mountWithApp } from './testUtils'

enableAutoUnmount(afterEach)

const HOSTILE = '<img src=x onerror=alert(1)>'
const min = 60_000

function payload(value: string, meta: Partial<Meta> = {}) {
  return {
    meta: {
      asOf: '2020-11-01T00:00:00+08:00',
      source: { zh: '市统计局', en: 'Statistics Bureau' },
      definition: { residents: { zh: '居住半年以上的人口', en: 'Residents' } },
      units: { residents: 'persons' },
      demo: false,
      ...meta,
    },
    data: { value },
  }
}
type Payload = ReturnType<typeof payload>

function mountPanel(props: Record<string, unknown>, locale: 'zh-CN' | 'en' = 'zh-CN') {
  // A tiny host so the scoped slot can render the payload as a real panel would.
  const Host = defineComponent({
    setup: () => () =>
      h(Panel<Payload>, { title: '常住人口', metric: 'residents', ...props }, {
        default: ({ data }: { data: Payload }) => h('p', { class: 'value' }, data.data.value),
      }),
  })
  return mountWithApp(Host, { attachTo: document.body }, { locale })
}

describe('Panel', () => {
  it('says the service is not answering, and when it tries next, from the first failed attempt', async () => {
    const query = {
      data: ref(undefined),
      error: ref(null),
      dataUpdatedAt: ref(0),
      failureCount: ref(0),
      failureReason: ref<unknown>(null),
      errorUpdatedAt: ref(0),
      isFetching: ref(true),
    }
    const w = mountPanel({ query })
    expect(w.text()).toContain('正在加载')
    query.failureReason.value = new ApiError('timeout', '/population', 'timed out', { retryable: true })
    query.failureCount.value = 1
    await nextTick()
    expect(w.text()).not.toContain('正在加载')
    expect(w.text()).toContain('数据服务没有响应，正在重试')
    expect(w.text()).toContain('数据服务响应超时')
    expect(w.text()).toMatch(/\d+ 秒后再次尝试/)
    expect(w.text()).not.toContain('timed out')
  })

  it('keeps saying so when its retries ran out and a later fetch starts again', async () => {
    const query = {
      data: ref(undefined),
      error: ref<unknown>(null),
      dataUpdatedAt: ref(0),
      failureCount: ref(0),
      failureReason: ref<unknown>(null),
      errorUpdatedAt: ref(Date.now() - 31_000),
      isFetching: ref(true),
    }
    const w = mountPanel({ query })
    expect(w.text()).toContain('正在重新尝试')
    expect(w.find('.panel__skeleton').exists()).toBe(false)
  })

  it('shows a loading skeleton before the first data', () => {
    const w = mountPanel({})
    expect(w.find('section').attributes('aria-busy')).toBe('true')
    expect(w.find('.panel__skeleton').exists()).toBe(true)
    expect(w.text()).toContain('正在加载')
  })

  it('shows data with unit, source, data time and age', () => {
    const w = mountPanel({ data: payload('2,487.1万'), updatedAt: Date.now() - 3 * min })
    expect(w.find('.value').text()).toBe('2,487.1万')
    expect(w.find('.panel__unit').text()).toBe('人')
    expect(w.text()).toContain('来源：市统计局')
    expect(w.text()).toContain('数据时间 2020/11/01')
    expect(w.text()).toContain('更新于 3分钟前')
    expect(w.find('.error-state').exists()).toBe(false)
  })

  it('explains an error in plain words when there is no data', () => {
    const w = mountPanel({ error: new ApiError('network', '/population', 'Failed to fetch', { retryable: true }) })
    expect(w.find('.error-state').exists()).toBe(true)
    expect(w.text()).toContain('无法连接数据服务')
    expect(w.text()).toContain('接口 /population')
    expect(w.find('.value').exists()).toBe(false)
  })

  it('keeps last good data dimmed with its age when a refetch fails', () => {
    const w = mountPanel({
      data: payload('2,487.1万'),
      updatedAt: Date.now() - 12 * min,
      error: new ApiError('http', '/population', 'HTTP 503', { status: 503, retryable: true }),
    })
    expect(w.find('.value').text()).toBe('2,487.1万')
    expect(w.find('.panel__content').classes()).toContain('panel__content--old')
    expect(w.text()).toContain('HTTP 503')
    expect(w.text()).toContain('正在显示12分钟前获取的数据')
  })

  it('says the same in English', () => {
    const w = mountPanel(
      {
        data: payload('24.87 M'),
        updatedAt: Date.now() - 12 * min,
        error: new ApiError('timeout', '/population', 'No answer', { retryable: true }),
      },
      'en',
    )
    expect(w.text()).toContain('did not answer in time')
    expect(w.text()).toContain('Showing data fetched 12 minutes ago')
  })

  it('names the invalid field of a schema error', () => {
    const error = new ApiError('schema', '/population', 'Invalid field', { fieldPath: 'data.regions.3.residents' })
    const w = mountPanel({ error })
    expect(w.text()).toContain('字段 data.regions.3.residents 无效')
  })

  it('renders hostile API strings as text, never as markup', () => {
    const w = mountPanel({
      data: payload(HOSTILE, {
        source: { zh: HOSTILE, en: HOSTILE },
        definition: { residents: { zh: HOSTILE, en: HOSTILE } },
        units: { residents: HOSTILE },
      }),
      updatedAt: Date.now(),
    })
    expect(w.find('img').exists()).toBe(false)
    expect(w.find('.value').text()).toBe(HOSTILE)
    expect(w.find('.panel__unit').text()).toBe(HOSTILE)
    expect(w.find('[role="tooltip"]').text()).toBe(HOSTILE)
    expect(w.text()).toContain(`来源：${HOSTILE}`)
    expect(w.html()).toContain('&lt;img')
  })

  it('keeps the whole of a long or bidi-laden title, unit and source in title attributes, direction by content', () => {
    const long = `浦东新区\u202E${'长'.repeat(80)}`
    const w = mountPanel({ title: long, data: payload('1', { units: { residents: long }, source: { zh: long, en: long } }), updatedAt: Date.now() })
    for (const sel of ['.panel__title', '.panel__unit', '.panel__source']) {
      expect(w.find(sel).attributes('title'), sel).toContain(long)
      expect(w.find(sel).attributes('dir'), sel).toBe('auto')
    }
  })

  it('marks demo data', () => {
    expect(mountPanel({ data: payload('1', { demo: true }), updatedAt: Date.now() }).text()).toContain('演示')
    expect(mountPanel({ data: payload('1'), updatedAt: Date.now() }).find('.demo-badge').exists()).toBe(false)
  })

  it('shows "no data" when the payload is empty', () => {
    const w = mountPanel({ data: payload(''), updatedAt: Date.now(), isEmpty: (p: Payload) => p.data.value === '' })
    expect(w.text()).toContain('暂无数据')
    expect(w.find('.value').exists()).toBe(false)
  })

  it('takes a vue-query-shaped result and follows it', async () => {
    const query = { data: ref<Payload | undefined>(undefined), error: ref<unknown>(null), dataUpdatedAt: ref(0) }
    const w = mountPanel({ query })
    expect(w.find('.panel__skeleton').exists()).toBe(true)
    query.data.value = payload('42')
    query.dataUpdatedAt.value = Date.now()
    await w.vm.$nextTick()
    expect(w.find('.value').text()).toBe('42')
  })

  it('shows the definition (口径) on keyboard focus and hides it on Escape', async () => {
    const w = mountPanel({ data: payload('1'), updatedAt: Date.now() })
    const trigger = w.find('button.tip__trigger')
    const tip = w.find('[role="tooltip"]')
    expect(trigger.attributes('aria-describedby')).toBe(tip.attributes('id'))
    expect(tip.isVisible()).toBe(false)
    await trigger.trigger('focus')
    expect(tip.isVisible()).toBe(true)
    expect(tip.text()).toBe('居住半年以上的人口')
    await trigger.trigger('keydown', { key: 'Escape' })
    expect(tip.isVisible()).toBe(false)
  })
})
