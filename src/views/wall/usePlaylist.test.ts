// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h, nextTick } from 'vue'
import { mount } from '@vue/test-utils'
import { createPinia } from 'pinia'
import { usePlaylist, FIRST_DRAW_WAIT_MS } from './usePlaylist'

let drawMap: () => void = () => {}
vi.mock('@/features/map', async (original) => ({
  ...(await original<typeof import('@/features/map')>()),
  whenMapDrawn: () => new Promise<void>((resolve) => (drawMap = resolve)),
}))

function harness() {
  let playlist: ReturnType<typeof usePlaylist> | undefined
  const Host = defineComponent(() => {
    playlist = usePlaylist()
    return () => h('div')
  })
  const wrapper = mount(Host, { global: { plugins: [createPinia()] } })
  if (!playlist) throw new Error('not set up')
  return { playlist, wrapper }
}

/** Lets the map's promise settle, then moves the clock. */
async function drawn(): Promise<void> {
  drawMap()
  await nextTick()
  await Promise.resolve()
}

describe('usePlaylist', () => {
  beforeEach(() => vi.useFakeTimers())
  afterEach(() => vi.useRealTimers())

  it("starts the first scene's clock when its map is drawn, not while it loads", async () => {
    const { playlist, wrapper } = harness()
    const seconds = playlist.entry.value.seconds
    expect(playlist.started.value).toBe(false)
    vi.advanceTimersByTime(FIRST_DRAW_WAIT_MS - 1000) // a slow first draw
    expect(playlist.started.value).toBe(false)

    await drawn()
    expect(playlist.started.value).toBe(true)
    vi.advanceTimersByTime(seconds * 1000 - 100) // a clock counted from mount would have moved on
    expect(playlist.index.value).toBe(0)
    vi.advanceTimersByTime(200)
    expect(playlist.index.value).toBe(1)
    wrapper.unmount()
  })

  it('starts anyway when no map is drawn in time, so a broken map does not stop the wall', () => {
    const { playlist, wrapper } = harness()
    vi.advanceTimersByTime(FIRST_DRAW_WAIT_MS)
    expect(playlist.started.value).toBe(true)
    vi.advanceTimersByTime(playlist.entry.value.seconds * 1000)
    expect(playlist.index.value).toBe(1)
    wrapper.unmount()
  })

  it('keeps a pause pressed before the first draw', async () => {
    const { playlist, wrapper } = harness()
    playlist.toggle()
    await drawn()
    vi.advanceTimersByTime(10 * playlist.entry.value.seconds * 1000)
    expect(playlist.paused.value).toBe(true)
    expect(playlist.index.value).toBe(0)
    playlist.toggle()
    vi.advanceTimersByTime(playlist.entry.value.seconds * 1000)
    expect(playlist.index.value).toBe(1)
    wrapper.unmount()
  })
})
